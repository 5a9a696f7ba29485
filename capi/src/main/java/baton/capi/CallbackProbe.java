package baton.capi;

import java.util.function.IntUnaryOperator;

/**
 * One downcall that makes one upcall, bound by a {@link NativeBackend} to {@code c-src}'s
 * {@code btcallback} library.
 *
 * <p>Both calls follow the rule every upcall target in Baton follows: the Java callback's
 * {@code Throwable} never crosses into native code (an exception escaping an FFM upcall terminates
 * the JVM). It is caught at the upcall boundary, native code sees 0, and the exception is rethrown
 * to the caller once the downcall has returned.
 */
public interface CallbackProbe extends AutoCloseable {

    /** {@code bt_call_back(cb, x)}: native code calls {@code callback} on the calling thread. */
    int callBack(IntUnaryOperator callback, int x);

    /**
     * {@code bt_call_back_from_thread(cb, x, &result)}: native code starts a thread, calls
     * {@code callback} on it, joins it and returns the callback's result.
     *
     * @throws IllegalStateException if the native thread could not be started
     */
    int callBackFromNativeThread(IntUnaryOperator callback, int x);

    /** Releases the library binding; the probe must not be used afterwards. */
    @Override
    void close();
}
