import BigInt

/// One Python value as the VM stack holds it: small immutable values inline, everything else a heap object.
///
/// Integers that do not fit in `Int` are `PyBigInt` objects; arithmetic promotes on overflow and demotes results
/// that fit again, so `.int` is the only representation of a machine-sized integer.
public enum PyValue {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    static var `true`: PyValue { .bool(true) }
    static var `false`: PyValue { .bool(false) }

    /// The Python type of the value.
    var type: PyType {
        switch self {
        case .none: return BT.noneType
        case .bool: return BT.bool
        case .int: return BT.int
        case .float: return BT.float
        case .object(let o): return o.type
        }
    }

    var typeName: String { type.name }

    var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    static func str(_ s: String) -> PyValue { .object(PyStr(s)) }

    static func bigint(_ b: BigInt) -> PyValue {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }

    /// `a is b`.
    func isIdentical(_ other: PyValue) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}
