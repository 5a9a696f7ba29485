package baton.objects;

/**
 * Base of every Python value that is not represented by a plain Java value ({@code Long},
 * {@code BigInteger}, {@code Boolean}, {@code Double}, {@code String}); see docs/internals.md.
 */
public abstract class PyObject {
    /** The Python type of this object. */
    public abstract PyType type();
}
