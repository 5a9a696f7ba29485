package baton.objects;

/** Python's {@code tuple}: an immutable array of values. The array is owned by the tuple. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    static final PyType TYPE = new PyType("tuple");

    final Object[] items;

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public PyTuple(Object[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
