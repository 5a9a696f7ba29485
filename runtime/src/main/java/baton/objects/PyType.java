package baton.objects;

/** A Python type object. Skeleton: the object-model work fills in MRO, slots and dispatch. */
public class PyType extends PyObject {
    final String name;

    public PyType(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public PyType type() {
        throw new UnsupportedOperationException("type of type: filled in by the object model");
    }
}
