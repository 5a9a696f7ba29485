package baton.capi.panama;

import baton.capi.CallbackProbe;
import baton.capi.NativeBackend;
import java.nio.file.Path;

/**
 * The C API over Panama's FFM API (final in JDK 22). Compiled with {@code --release 22}: only
 * {@link baton.capi.NativeBackends} instantiates it, reflectively, after checking the Java version.
 */
public final class PanamaBackend implements NativeBackend {

    public PanamaBackend() {}

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public CallbackProbe callbackProbe(Path library) {
        return new PanamaCallbackProbe(library);
    }
}
