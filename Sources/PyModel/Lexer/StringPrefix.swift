/// The prefix of a string literal (`r`, `b`, `u`, `f` in any case and valid combination).
struct StringPrefix {
    var isRaw = false
    var isBytes = false
    var isFormatted = false
    /// A lowercase `u` prefix (CPython sets `kind='u'` only for that spelling).
    var isUnicode = false

    /// No prefix: a plain str literal.
    init() {}

    /// Parses `bytes` as a prefix; `nil` when they are not a valid one (such as `ub` or `bf`).
    init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count <= 2 else { return nil }
        for byte in bytes {
            switch byte | 0x20 {
            case UInt8(ascii: "r"):
                guard !isRaw, !isUnicode else { return nil }
                isRaw = true
            case UInt8(ascii: "b"):
                guard !isBytes, !isFormatted, !isUnicode else { return nil }
                isBytes = true
            case UInt8(ascii: "f"):
                guard !isFormatted, !isBytes, !isUnicode else { return nil }
                isFormatted = true
            case UInt8(ascii: "u"):
                guard bytes.count == 1 else { return nil }
                isUnicode = byte == UInt8(ascii: "u")
            default:
                return nil
            }
        }
    }
}
