package baton.objects;

/** Python's {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();
    static final PyType TYPE = new PyType("ellipsis");

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
