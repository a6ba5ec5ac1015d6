/// Whether an expression is read, assigned or deleted (CPython's `expr_context`).
public enum ExprContext: Sendable {
    case load, store, del
}

/// `and` / `or` (CPython's `boolop`).
public enum BoolOperator: Sendable {
    case and, or
}

/// Binary arithmetic and bitwise operators (CPython's `operator`); also used by augmented assignment.
public enum BinaryOperator: Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv

    /// The operator's source spelling, e.g. `"//"` (for messages such as CPython's
    /// "unsupported operand type(s) for //").
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mult: return "*"
        case .matMult: return "@"
        case .div: return "/"
        case .mod: return "%"
        case .pow: return "**"
        case .lShift: return "<<"
        case .rShift: return ">>"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .bitAnd: return "&"
        case .floorDiv: return "//"
        }
    }
}

/// `~`, `not`, unary `+` and `-` (CPython's `unaryop`).
public enum UnaryOperator: Sendable {
    case invert, not, uAdd, uSub
}

/// Comparison operators (CPython's `cmpop`).
public enum CompareOperator: Sendable {
    case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn
}

/// The `!s`, `!r`, `!a` conversion of an f-string replacement field.
public enum Conversion: Sendable {
    case str, repr, ascii

    /// CPython's `conversion` code: `ord('s')`, `ord('r')`, `ord('a')`.
    public var code: Int {
        switch self {
        case .str: return 115
        case .repr: return 114
        case .ascii: return 97
        }
    }
}
