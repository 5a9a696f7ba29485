package baton.capi.panama;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import baton.capi.CallbackProbe;
import baton.capi.GuardedIntUpcall;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * {@link CallbackProbe} over FFM: downcall handles bound once per library, an upcall stub per call.
 *
 * <p>A native thread that calls an upcall stub is attached to the JVM by the stub itself (as a
 * daemon thread), so, unlike JNA, Panama needs no set-up for threads it has never seen.
 */
final class PanamaCallbackProbe implements CallbackProbe {

    private static final Linker LINKER = Linker.nativeLinker();

    /** {@code int (*)(int)}. */
    private static final FunctionDescriptor INT_CALLBACK = FunctionDescriptor.of(JAVA_INT, JAVA_INT);

    private static final MethodHandle GUARDED_INVOKE;

    static {
        try {
            GUARDED_INVOKE = MethodHandles.publicLookup().findVirtual(GuardedIntUpcall.class,
                    "invoke", MethodType.methodType(int.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Arena libraryArena = Arena.ofShared();
    /** {@code int bt_call_back(int (*cb)(int), int x)}. */
    private final MethodHandle btCallBack;
    /** {@code int bt_call_back_from_thread(int (*cb)(int), int x, int *result)}. */
    private final MethodHandle btCallBackFromThread;

    PanamaCallbackProbe(Path library) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, libraryArena);
        btCallBack = LINKER.downcallHandle(find(lookup, "bt_call_back"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        btCallBackFromThread = LINKER.downcallHandle(find(lookup, "bt_call_back_from_thread"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    }

    private static MemorySegment find(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(
                () -> new IllegalStateException("btcallback: no symbol " + name));
    }

    @Override
    public int callBack(IntUnaryOperator callback, int x) {
        GuardedIntUpcall upcall = new GuardedIntUpcall(callback);
        try (Arena arena = Arena.ofConfined()) {
            int result = (int) btCallBack.invokeExact(stub(upcall, arena), x);
            upcall.rethrowPending();
            return result;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("bt_call_back failed", t);
        }
    }

    @Override
    public int callBackFromNativeThread(IntUnaryOperator callback, int x) {
        GuardedIntUpcall upcall = new GuardedIntUpcall(callback);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment result = arena.allocate(JAVA_INT);
            int err = (int) btCallBackFromThread.invokeExact(stub(upcall, arena), x, result);
            if (err != 0) {
                throw new IllegalStateException(
                        "bt_call_back_from_thread: no native thread (error " + err + ")");
            }
            upcall.rethrowPending();
            return result.get(JAVA_INT, 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("bt_call_back_from_thread failed", t);
        }
    }

    /** An upcall stub that lives as long as {@code arena}: the downcall that uses it. */
    private static MemorySegment stub(GuardedIntUpcall upcall, Arena arena) {
        return LINKER.upcallStub(GUARDED_INVOKE.bindTo(upcall), INT_CALLBACK, arena);
    }

    @Override
    public void close() {
        libraryArena.close();
    }
}
