package baton.capi;

import java.nio.file.Path;

/**
 * How Baton binds the C API to native code: Panama's FFM API on JDK 22+, JNA on Java 17+.
 *
 * <p>The C API's semantics (handles, reference counts, errors, thread states) are the same in both;
 * a backend only supplies the mechanics of downcalls, upcalls and native memory. Choose one with
 * {@link NativeBackends#select()}.
 */
public interface NativeBackend {

    /** The backend's name as users select it: {@code "panama"} or {@code "jna"}. */
    String name();

    /**
     * Binds the {@code btcallback} test library at {@code library} (built by {@code c-src}): the
     * end-to-end check that this backend can make a downcall that calls back into Java, from the
     * calling thread and from a native thread the JVM has never seen.
     */
    CallbackProbe callbackProbe(Path library);
}
