package baton.capi.jna;

import baton.capi.CallbackProbe;
import baton.capi.NativeBackend;
import java.nio.file.Path;

/** The C API over JNA: runs on Java 17 and newer. Slower at the boundary than Panama. */
public final class JnaBackend implements NativeBackend {

    @Override
    public String name() {
        return "jna";
    }

    @Override
    public CallbackProbe callbackProbe(Path library) {
        return new JnaCallbackProbe(library);
    }
}
