import BigInt

/// An integer literal: its source text is kept so nothing is lost, and its value is exact.
public struct IntLiteral: Sendable {
    /// The literal as written, e.g. `0x_FF` or `1_000`.
    public let text: String
    /// The exact value, of any size.
    public let value: BigInt

    /// The value when it fits in `Int`.
    public var smallValue: Int? { Int(exactly: value) }
}

/// The value of a `Constant` node (CPython's `Constant.value`).
public enum ConstantValue: Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(IntLiteral)
    case float(Double)
    /// The imaginary part of a literal such as `2j` (its real part is 0).
    case imaginary(Double)
    /// A str literal after escape processing and implicit concatenation. Swift strings cannot hold
    /// lone surrogates: `"\ud800"` is stored as U+FFFD.
    case string(String)
    case bytes([UInt8])
}

/// A literal constant. `hasUPrefix` is CPython's `kind == 'u'` (the first string part had a `u` prefix).
public struct Constant: Sendable {
    public let value: ConstantValue
    public let hasUPrefix: Bool

    public init(_ value: ConstantValue, hasUPrefix: Bool = false) {
        self.value = value
        self.hasUPrefix = hasUPrefix
    }
}
