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
///
/// Values live in slots that never move (a deleted name leaves an empty slot, reused if the name comes
/// back), so the eval loop can cache a name's slot per code object; `version` changes whenever a name is
/// added, which invalidates cached misses.
final class PyNamespace {
    private var index: [String: Int] = [:]
    private var names: [String] = []
    private(set) var slots: [PyValue?] = []
    private(set) var version = 0

    subscript(name: String) -> PyValue? {
        get { index[name].flatMap { slots[$0] } }
        set {
            if let i = index[name] {
                slots[i] = newValue
            } else if let v = newValue {
                index[name] = slots.count
                names.append(name)
                slots.append(v)
                version += 1
            }
        }
    }

    /// The slot of `name`, if the name was ever bound here.
    func slot(of name: String) -> Int? { index[name] }

    func setSlot(_ i: Int, _ v: PyValue?) { slots[i] = v }

    /// Bound names in first-binding order.
    var keys: [String] { names.indices.filter { slots[$0] != nil }.map { names[$0] } }
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
