package baton.objects;

/** Python's {@code None}: one immutable instance, shared by every interpreter in the JVM. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();
    static final PyType TYPE = new PyType("NoneType");

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
