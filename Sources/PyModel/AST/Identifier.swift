/// An interned Python name (a variable, attribute, parameter, keyword argument, or a dotted
/// module path such as `os.path`). Identifiers made by one `NameInterner` are equal exactly when
/// their `id`s are equal; ids are dense from 0, so a compiler or VM can index arrays with them.
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    /// Dense index in the interner that made this identifier.
    public let id: Int
    /// The name's text as written (CPython also NFKC-normalises non-ASCII names; PyModel does not).
    public let text: String

    public var description: String { text }
}

/// Interns names: the same text always yields the same `Identifier`. Share one interner across
/// several parses (the fences of a notes session) to keep ids stable between them.
/// Single-threaded, like everything in PyModel.
public final class NameInterner {
    private var ids: [String: Int] = [:]
    /// Every interned text, indexed by `Identifier.id`.
    public private(set) var names: [String] = []

    public init() {}

    /// The identifier for `text`, made on first use.
    public func intern(_ text: String) -> Identifier {
        if let id = ids[text] { return Identifier(id: id, text: text) }
        let id = names.count
        names.append(text)
        ids[text] = id
        return Identifier(id: id, text: text)
    }
}
