package baton.capi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The native path end to end, in one backend: a downcall into {@code c-src}'s btcallback library
 * that calls back into Java, on the calling thread and on a native thread the JVM has never seen.
 * Each backend's test class extends this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
abstract class CallbackProbeContract {

    private CallbackProbe probe;

    abstract NativeBackend backend();

    @BeforeAll
    void bindLibrary() {
        probe = backend().callbackProbe(NativeLibraries.library("btcallback"));
    }

    @AfterAll
    void release() {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void downcallMakesAnUpcallOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        int result = probe.callBack(x -> {
            ranOn.set(Thread.currentThread());
            return x * 2 + 1;
        }, 20);
        assertEquals(41, result);
        assertSame(caller, ranOn.get());
    }

    @Test
    void downcallMakesAnUpcallFromANativeThread() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        int result = probe.callBackFromNativeThread(x -> {
            ranOn.set(Thread.currentThread());
            return -x;
        }, 7);
        assertEquals(-7, result);
        assertNotSame(caller, ranOn.get());
    }

    /** Each call starts and ends a fresh native thread: attaching must neither leak nor fail. */
    @Test
    void manyNativeThreadsCallBackInTurn() {
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            sum += probe.callBackFromNativeThread(x -> x + 1, i);
        }
        assertEquals(200L * 199 / 2 + 200, sum);
    }

    @Test
    void exceptionInTheCallbackReachesTheCallerNotNativeCode() {
        IllegalArgumentException thrown = new IllegalArgumentException("from the callback");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> probe.callBack(x -> { throw thrown; }, 1)));
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> probe.callBackFromNativeThread(x -> { throw thrown; }, 1)));
        // The probe still works afterwards.
        assertEquals(3, probe.callBack(x -> x + 2, 1));
    }
}
