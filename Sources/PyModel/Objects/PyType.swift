/// How instances of a type are laid out in Swift, inherited from the nearest builtin base.
enum InstanceLayout {
    /// `PyInstance` with an attribute dictionary.
    case object
    /// `PyExc`: arguments, context, cause, traceback.
    case exception
    /// A builtin type whose instances are made only by its own constructor.
    case native
}

/// A Python type object: name, bases, C3 method resolution order and the class dictionary.
///
/// Builtin types are created once (see `BT`) and are immutable afterwards; user classes belong to one run.
public final class PyType: PyObject, @unchecked Sendable {
    let name: String
    var qualname: String
    var moduleName: String
    let bases: [PyType]
    private(set) var mro: [PyType] = []
    var dict: AttrDict = [:]
    let layout: InstanceLayout
    let isBuiltin: Bool
    /// Constructs an instance when the type is called (builtin types only); user classes go through `__init__`.
    var construct: ((VM, PyType, Args) throws -> PyValue)?

    /// The class's metaclass when it is not `type`: only the model's own modules set one (`enum`'s `EnumType`),
    /// and subclasses inherit it. Its Python-defined `__call__`, `__getitem__`, `__iter__`, `__len__`,
    /// `__contains__` and `__repr__` then apply to the class object.
    var metaclass: PyType?

    override var type: PyType { metaclass ?? BT.type }

    init(name: String, bases: [PyType], layout: InstanceLayout? = nil, builtin: Bool, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.moduleName = module
        self.bases = bases
        self.isBuiltin = builtin
        if let layout = layout {
            self.layout = layout
        } else if bases.contains(where: { $0.layout == .exception }) {
            self.layout = .exception
        } else if bases.contains(where: { $0.layout == .native }) {
            self.layout = .native
        } else {
            self.layout = .object
        }
        super.init()
        self.mro = [self] + (PyType.c3Merge(bases.map { $0.mro } + [bases]) ?? bases)
    }

    /// Builds the MRO for user classes; `nil` when the bases have no consistent order.
    static func c3Merge(_ input: [[PyType]]) -> [PyType]? {
        var seqs = input.filter { !$0.isEmpty }
        var result: [PyType] = []
        while !seqs.isEmpty {
            var found: PyType?
            for seq in seqs {
                let head = seq[0]
                if !seqs.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    found = head
                    break
                }
            }
            guard let next = found else { return nil }
            result.append(next)
            seqs = seqs.map { $0.first === next ? Array($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        }
        return result
    }

    /// Looks a name up along the MRO (class attributes and methods).
    func lookup(_ name: String) -> PyValue? {
        for t in mro {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The nearest builtin type in the MRO that can construct instances.
    var nativeBase: PyType? {
        mro.first { $0.construct != nil }
    }
}
