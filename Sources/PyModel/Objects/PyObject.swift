import Collections

/// The root of every heap-allocated Python object. Subclasses override `type`.
///
/// Objects are single-threaded; they are shared between runs only when immutable (the builtin types).
public class PyObject {
    /// The Python type of the object.
    var type: PyType { BT.object }

    init() {}
}

/// An attribute dictionary keyed by name, in insertion order (a class's or an instance's `__dict__`).
typealias AttrDict = OrderedDictionary<String, PyValue>

/// An instance of a user class (or of `object`): a class pointer and an attribute dictionary.
class PyInstance: PyObject {
    let cls: PyType
    var dict: AttrDict = [:]

    override var type: PyType { cls }

    init(cls: PyType) {
        self.cls = cls
    }
}

/// A namespace with names as keys: a module's globals, a class body's locals, the builtins.
final class PyNamespace {
    var values: [String: PyValue] = [:]
    var order: [String] = []

    subscript(name: String) -> PyValue? {
        get { values[name] }
        set {
            if let v = newValue {
                if values.updateValue(v, forKey: name) == nil { order.append(name) }
            } else if values.removeValue(forKey: name) != nil {
                order.removeAll { $0 == name }
            }
        }
    }

    /// Names in insertion order.
    var keys: [String] { order }
}

/// A module object: a name and its namespace.
final class PyModule: PyObject {
    let name: String
    let namespace: PyNamespace

    override var type: PyType { BT.module }

    init(name: String, namespace: PyNamespace = PyNamespace()) {
        self.name = name
        self.namespace = namespace
        super.init()
        namespace["__name__"] = .str(name)
    }
}

/// A closure cell: a variable shared between a function and the functions nested in it.
final class PyCell: PyObject {
    var value: PyValue?

    override var type: PyType { BT.cell }

    init(_ value: PyValue? = nil) {
        self.value = value
    }
}
