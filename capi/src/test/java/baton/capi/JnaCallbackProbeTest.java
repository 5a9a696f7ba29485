package baton.capi;

import org.junit.jupiter.api.Tag;

@Tag("jna")
class JnaCallbackProbeTest extends CallbackProbeContract {

    @Override
    NativeBackend backend() {
        return NativeBackends.byName("jna");
    }
}
