package baton.objects;

/** Python's {@code bytes}: an immutable byte string. The array is owned by the object. */
public final class PyBytes extends PyObject {
    static final PyType TYPE = new PyType("bytes");

    final byte[] value;

    /** Takes ownership of {@code value}: the caller must not change the array afterwards. */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    public int size() {
        return value.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
