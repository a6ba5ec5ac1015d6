/// Arguments of a call: positional values and keyword pairs in call order.
struct Args {
    var positional: [PyValue]
    var keywords: [(String, PyValue)]

    init(_ positional: [PyValue] = [], keywords: [(String, PyValue)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    var count: Int { positional.count }

    /// The positional argument at `i`, or `None` when absent (arity is checked where it matters; a missing
    /// argument never traps).
    subscript(_ i: Int) -> PyValue { i >= 0 && i < positional.count ? positional[i] : .none }

    func keyword(_ name: String) -> PyValue? {
        keywords.first { $0.0 == name }?.1
    }

    /// The receiver prepended (unbound method called through its class, or a bound method call).
    func prepending(_ v: PyValue) -> Args {
        Args([v] + positional, keywords: keywords)
    }
}

/// A function defined in Python: code, globals, defaults and closure cells.
final class PyFunction: PyObject {
    let code: CodeObject
    let globals: PyNamespace
    var defaults: [PyValue]
    var kwdefaults: [String: PyValue]
    let closure: [PyCell]
    var name: String
    var qualname: String
    var dict: AttrDict = [:]

    override var type: PyType { BT.function }

    init(code: CodeObject, globals: PyNamespace, defaults: [PyValue], kwdefaults: [String: PyValue], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
    }
}

/// A function implemented in Swift.
final class PyNative: PyObject {
    typealias Body = (VM, Args) throws -> PyValue
    let name: String
    let body: Body
    /// `true` for methods of builtin types: the receiver is `args[0]`, and attribute access binds it.
    let isMethod: Bool
    let qualifier: String?

    override var type: PyType { isMethod ? BT.methodDescriptor : BT.builtinFunction }

    init(_ name: String, method: Bool = false, qualifier: String? = nil, _ body: @escaping Body) {
        self.name = name
        self.body = body
        self.isMethod = method
        self.qualifier = qualifier
    }
}

/// A method bound to its receiver.
final class PyBoundMethod: PyObject {
    let receiver: PyValue
    let function: PyValue

    override var type: PyType { BT.method }

    init(receiver: PyValue, function: PyValue) {
        self.receiver = receiver
        self.function = function
    }
}

/// `property(fget, fset, fdel)`.
final class PyProperty: PyObject {
    let getter: PyValue
    let setter: PyValue
    let deleter: PyValue

    override var type: PyType { BT.property }

    init(getter: PyValue, setter: PyValue = .none, deleter: PyValue = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
    }
}

/// `staticmethod(f)` or `classmethod(f)`.
final class PyMethodWrapper: PyObject {
    enum Kind { case staticMethod, classMethod }
    let kind: Kind
    let function: PyValue

    override var type: PyType { kind == .staticMethod ? BT.staticmethod : BT.classmethod }

    init(_ kind: Kind, _ function: PyValue) {
        self.kind = kind
        self.function = function
    }
}

/// `super(cls, obj)`: attribute lookup starting after `cls` in the MRO of `obj`'s type.
final class PySuper: PyObject {
    let startAfter: PyType
    let receiver: PyValue
    let receiverType: PyType

    override var type: PyType { BT.superType }

    init(startAfter: PyType, receiver: PyValue, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
    }
}

/// A Python iterator implemented in Swift: `next` returns `nil` when exhausted.
final class PyNativeIterator: PyObject {
    let next: (VM) throws -> PyValue?
    let typeOverride: PyType

    override var type: PyType { typeOverride }

    init(type: PyType = BT.iterator, _ next: @escaping (VM) throws -> PyValue?) {
        self.next = next
        self.typeOverride = type
    }
}

/// A `NotImplemented` / `Ellipsis` style singleton.
final class PySingleton: PyObject, @unchecked Sendable {
    let name: String
    let singletonType: PyType

    override var type: PyType { singletonType }

    init(name: String, type: PyType) {
        self.name = name
        self.singletonType = type
    }
}
