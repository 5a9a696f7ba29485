package baton.capi;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

/**
 * The Java side of an {@code int (*)(int)} upcall, shared by both backends: no {@code Throwable}
 * reaches native code (one escaping an FFM upcall terminates the JVM; JNA only prints it). What the
 * target throws is kept, native code sees 0, and {@link #rethrowPending()} rethrows it on the
 * calling thread once the downcall has returned.
 */
public final class GuardedIntUpcall {

    private final IntUnaryOperator target;
    // Set on whichever thread runs the upcall (possibly a native one), read by the caller after
    // the downcall returns: the AtomicReference's volatile semantics order the two.
    private final AtomicReference<Throwable> pending = new AtomicReference<>();

    public GuardedIntUpcall(IntUnaryOperator target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The upcall entry point: {@code target.applyAsInt(x)}, or 0 if it threw. */
    public int invoke(int x) {
        try {
            return target.applyAsInt(x);
        } catch (Throwable t) {
            pending.compareAndSet(null, t);
            return 0;
        }
    }

    /** Rethrows the first {@code Throwable} the target threw, if any. */
    public void rethrowPending() {
        Throwable t = pending.getAndSet(null);
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        } else if (t instanceof Error) {
            throw (Error) t;
        } else if (t != null) {
            throw new IllegalStateException("upcall failed: " + t, t);
        }
    }
}
