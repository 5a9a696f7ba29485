package baton.capi;

import baton.capi.jna.JnaBackend;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * Chooses the {@link NativeBackend}: Panama when the JVM is 22 or newer (the final FFM API),
 * JNA otherwise.
 *
 * <p>The choice can be forced with the system property {@value #PROPERTY} or, when that is not set,
 * the environment variable {@value #ENV}: {@code auto} (the default), {@code panama} or {@code jna}.
 *
 * <p>The Panama classes are compiled with {@code --release 22} and must not be loaded on an older
 * JVM (class file version 66 fails to load there), so they are only reached reflectively, after
 * the version check.
 */
public final class NativeBackends {

    /** System property that forces a backend. */
    public static final String PROPERTY = "baton.capi.backend";
    /** Environment variable that forces a backend when {@value #PROPERTY} is not set. */
    public static final String ENV = "BATON_CAPI_BACKEND";

    /** The first Java feature release whose FFM API is final. */
    public static final int PANAMA_MIN_FEATURE = 22;

    private static final String PANAMA_CLASS = "baton.capi.panama.PanamaBackend";

    private NativeBackends() {}

    /** The backend requested by {@value #PROPERTY} / {@value #ENV}, or chosen by Java version. */
    public static NativeBackend select() {
        return byName(requested());
    }

    /** What the user asked for: the property, else the environment variable, else {@code auto}. */
    public static String requested() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(ENV);
        }
        return name == null || name.isBlank() ? "auto" : name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The backend called {@code name}: {@code auto}, {@code panama} or {@code jna}.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException if Panama is asked for on a JVM older than 22
     */
    public static NativeBackend byName(String name) {
        switch (name) {
            case "auto":
                return panamaAvailable() ? panama() : new JnaBackend();
            case "panama":
                if (!panamaAvailable()) {
                    throw new IllegalStateException("the panama native backend needs Java "
                            + PANAMA_MIN_FEATURE + " or newer, but this is Java "
                            + System.getProperty("java.version") + " (use " + PROPERTY + "=jna or "
                            + ENV + "=jna, or run on a JDK >= " + PANAMA_MIN_FEATURE + ")");
                }
                return panama();
            case "jna":
                return new JnaBackend();
            default:
                throw new IllegalArgumentException("unknown native backend '" + name
                        + "' (from " + PROPERTY + " or " + ENV + "): expected auto, panama or jna");
        }
    }

    /** Whether this JVM can run the Panama backend. */
    public static boolean panamaAvailable() {
        return Runtime.version().feature() >= PANAMA_MIN_FEATURE;
    }

    private static NativeBackend panama() {
        try {
            return (NativeBackend) Class.forName(PANAMA_CLASS).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                | IllegalAccessException e) {
            throw new IllegalStateException("the panama native backend is missing from the build ("
                    + PANAMA_CLASS + ")", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the panama native backend failed to start",
                    e.getCause());
        }
    }
}
