/// One piece of a parsed `str.format` string (see `FormatStringParser` for the evaluation order).
public enum FormatStringPart: Equatable, Sendable {
    case literal(String)
    case field(ReplacementField)
    /// The error CPython raises on reaching this point; always the last part of its list.
    case failure(PyFailure)
}

/// A `{…}` replacement field of `str.format`.
public struct ReplacementField: Equatable, Sendable {
    /// Which argument of `format(*args, **kwargs)` the field starts from.
    public enum Argument: Equatable, Sendable {
        /// `{}` (numbered automatically) or `{0}`: an index into the positional arguments.
        case positional(Int)
        /// `{name}`: a keyword argument.
        case keyword(String)
    }

    /// One `.name` or `[key]` step after the argument.
    public enum Accessor: Equatable, Sendable {
        /// `.name`: `getattr(obj, name)`.
        case attribute(String)
        /// `[3]`: `obj[3]` with an int key (a sequence index for sequences).
        case index(Int)
        /// `[key]`: `obj["key"]` with a str key.
        case key(String)
    }

    /// The `!s`, `!r` or `!a` conversion.
    public enum Conversion: Equatable, Sendable {
        case str, repr, ascii
        /// An unknown conversion character: its `ValueError`, raised after the accessors.
        case invalid(PyFailure)

        init(_ c: Unicode.Scalar) {
            switch c {
            case "s": self = .str
            case "r": self = .repr
            case "a": self = .ascii
            default:
                let shown = c.value > 32 && c.value < 127 ? String(Character(c)) : "\\x" + String(c.value, radix: 16)
                self = .invalid(PyFailure(.valueError, "Unknown conversion specifier \(shown)"))
            }
        }
    }

    public var argument: Argument
    public var accessors: [Accessor] = []
    /// Raised after `accessors` have been applied (a malformed rest of the field name).
    public var accessorFailure: PyFailure?
    public var conversion: Conversion?
    /// The format spec, as literal text and nested fields to evaluate and concatenate.
    public var spec: [FormatStringPart] = []

    public init(argument: Argument, conversion: Conversion? = nil) {
        self.argument = argument
        self.conversion = conversion
    }
}
