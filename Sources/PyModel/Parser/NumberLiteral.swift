import BigInt

/// Converts a NUMBER token's text (already validated by the lexer) to its constant value.
enum NumberLiteral {
    static func value(of bytes: ArraySlice<UInt8>) -> ConstantValue {
        let written = String(decoding: bytes, as: UTF8.self)
        let digits = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if let last = digits.utf8.last, last | 0x20 == UInt8(ascii: "j") {
            return .imaginary(Double(digits.dropLast()) ?? .infinity)
        }
        let lower = digits.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
            let radix = lower.hasPrefix("0x") ? 16 : lower.hasPrefix("0o") ? 8 : 2
            return .int(IntLiteral(text: written, value: BigInt(lower.dropFirst(2), radix: radix) ?? 0))
        }
        if lower.contains(".") || lower.contains("e") {
            return .float(Double(digits) ?? .infinity)
        }
        return .int(IntLiteral(text: written, value: BigInt(digits, radix: 10) ?? 0))
    }
}
