/// A Python exception raised by one of the runtime algorithms: the CPython exception type and its
/// exact message. The VM turns it into a real exception object; nothing here is evaluated lazily.
public struct PyFailure: Error, Equatable, Sendable {
    /// The CPython exception types the runtime algorithms raise.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        case indexError = "IndexError"
        case keyError = "KeyError"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
