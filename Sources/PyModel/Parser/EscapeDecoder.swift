/// Decodes the backslash escapes of Python string and bytes literals, appending UTF-8 (for str)
/// or raw bytes (for bytes) to an output buffer.
enum EscapeDecoder {
    /// Appends `scalar` to `out` as UTF-8.
    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Decodes the escape whose backslash is at `index` (content ends at `end`; `bodyStart` is
    /// where the literal's body starts, for CPython's "position" in messages). Returns the index
    /// after the escape, or CPython's error message.
    static func decode(
        _ src: [UInt8], at index: Int, end: Int, bodyStart: Int, isBytes: Bool, into out: inout [UInt8]
    ) -> Result<Int, EscapeError> {
        let next = index + 1
        guard next < end else {
            out.append(UInt8(ascii: "\\"))
            return .success(next)
        }
        let byte = src[next]
        let simple: UInt8?
        switch byte {
        case 0x0A: return .success(next + 1)
        case 0x0D: return .success(next + 1 < end && src[next + 1] == 0x0A ? next + 2 : next + 1)
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "'"): simple = UInt8(ascii: "'")
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "v"): simple = 0x0B
        default: simple = nil
        }
        if let simple {
            out.append(simple)
            return .success(next + 1)
        }
        let position = index - bodyStart
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value: UInt32 = 0
            var scan = next
            while scan < end && scan < next + 3, src[scan] >= UInt8(ascii: "0"), src[scan] <= UInt8(ascii: "7") {
                value = value * 8 + UInt32(src[scan] - UInt8(ascii: "0"))
                scan += 1
            }
            if isBytes {
                out.append(UInt8(truncatingIfNeeded: value))
            } else if let scalar = Unicode.Scalar(value) {
                appendUTF8(scalar, to: &out)
            }
            return .success(scan)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            if isBytes && byte != UInt8(ascii: "x") { break }
            let count = byte == UInt8(ascii: "x") ? 2 : byte == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            var scan = next + 1
            while scan < end && scan < next + 1 + count, let digit = hexValue(src[scan]) {
                value = value * 16 + digit
                scan += 1
            }
            guard scan == next + 1 + count else {
                if isBytes { return .failure(EscapeError("(value error) invalid \\x escape at position \(position)")) }
                let name = byte == UInt8(ascii: "x") ? "\\xXX" : byte == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                return .failure(unicodeError(position, scan - bodyStart - 1, "truncated \(name) escape"))
            }
            if isBytes {
                out.append(UInt8(truncatingIfNeeded: value))
            } else if let scalar = Unicode.Scalar(value) {
                appendUTF8(scalar, to: &out)
            } else if value < 0x110000 {
                appendUTF8("\u{FFFD}", to: &out)
            } else {
                return .failure(unicodeError(position, scan - bodyStart - 1, "illegal Unicode character"))
            }
            return .success(scan)
        case UInt8(ascii: "N"):
            if isBytes { break }
            guard next + 1 < end, src[next + 1] == UInt8(ascii: "{"),
                  let close = src[(next + 2)..<end].firstIndex(of: UInt8(ascii: "}")), close > next + 2 else {
                return .failure(unicodeError(position, position + 1, "malformed \\N character escape"))
            }
            let name = String(decoding: src[(next + 2)..<close], as: UTF8.self)
            guard let scalar = UnicodeNames.scalar(named: name) else {
                return .failure(unicodeError(position, close - bodyStart, "unknown Unicode character name"))
            }
            appendUTF8(scalar, to: &out)
            return .success(close + 1)
        default:
            break
        }
        out.append(UInt8(ascii: "\\"))
        return .success(next)
    }

    private static func unicodeError(_ from: Int, _ to: Int, _ reason: String) -> EscapeError {
        EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(to): \(reason)")
    }
}

/// A malformed escape, with CPython's message.
struct EscapeError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
