package baton.capi;

import org.junit.jupiter.api.Tag;

/** Needs JDK 22+: the Java 17 test run excludes the tag. */
@Tag("panama")
class PanamaCallbackProbeTest extends CallbackProbeContract {

    @Override
    NativeBackend backend() {
        return NativeBackends.byName("panama");
    }
}
