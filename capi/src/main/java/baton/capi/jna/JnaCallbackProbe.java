package baton.capi.jna;

import baton.capi.CallbackProbe;
import baton.capi.GuardedIntUpcall;
import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * {@link CallbackProbe} over JNA interface mapping.
 *
 * <p>JNA attaches a native thread to the JVM when it first calls a callback. The
 * {@link CallbackThreadInitializer} makes that thread a daemon (a native thread must never keep
 * the JVM alive) and keeps it attached across callbacks instead of attaching and detaching on
 * every one, which is what C API threads calling {@code BtGILState_Ensure} repeatedly need; JNA
 * detaches it when the native thread exits.
 */
final class JnaCallbackProbe implements CallbackProbe {

    /** {@code int (*)(int)}. */
    public interface IntCallback extends Callback {
        int invoke(int x);
    }

    /** The functions of {@code c-src/native/btcallback.c}. */
    public interface BtCallbackLibrary extends Library {
        int bt_call_back(IntCallback cb, int x);

        int bt_call_back_from_thread(IntCallback cb, int x, IntByReference result);
    }

    private static final CallbackThreadInitializer NATIVE_THREADS =
            new CallbackThreadInitializer(true, false, "baton-native-callback");

    private final BtCallbackLibrary lib;

    JnaCallbackProbe(Path library) {
        this.lib = Native.load(library.toAbsolutePath().toString(), BtCallbackLibrary.class);
    }

    @Override
    public int callBack(IntUnaryOperator callback, int x) {
        Upcall upcall = new Upcall(callback);
        try {
            int result = lib.bt_call_back(upcall, x);
            upcall.guard.rethrowPending();
            return result;
        } finally {
            // JNA frees a callback's native trampoline once the Callback object is collected.
            Reference.reachabilityFence(upcall);
        }
    }

    @Override
    public int callBackFromNativeThread(IntUnaryOperator callback, int x) {
        Upcall upcall = new Upcall(callback);
        Native.setCallbackThreadInitializer(upcall, NATIVE_THREADS);
        try {
            IntByReference result = new IntByReference();
            int err = lib.bt_call_back_from_thread(upcall, x, result);
            if (err != 0) {
                throw new IllegalStateException(
                        "bt_call_back_from_thread: no native thread (error " + err + ")");
            }
            upcall.guard.rethrowPending();
            return result.getValue();
        } finally {
            Reference.reachabilityFence(upcall);
        }
    }

    @Override
    public void close() {
        // Native.load keeps the library mapped for the life of the JVM: nothing to release.
    }

    /** JNA finds the callback method through the {@link Callback} interface a class implements. */
    private static final class Upcall implements IntCallback {
        final GuardedIntUpcall guard;

        Upcall(IntUnaryOperator callback) {
            this.guard = new GuardedIntUpcall(callback);
        }

        @Override
        public int invoke(int x) {
            return guard.invoke(x);
        }
    }
}
