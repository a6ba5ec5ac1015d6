import BigInt

/// `format(n, spec)` for ints (`int.__format__`, CPython's `format_long_internal`).
/// Pure functions: no state, no effects, synchronous.
public enum FormatInt {
    /// Formats `value`; `typeName` names the object in error messages (`bool` formats as an int
    /// for any non-empty spec; the caller answers `str(obj)` for an empty one).
    public static func format(_ value: BigInt, spec: String, typeName: String = "int") throws(PyFailure) -> String {
        if spec.isEmpty { return try IntToString.decimal(value) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
        switch parsed.type {
        case "b", "c", "d", "o", "x", "X", "n":
            return try formatInteger(value, parsed)
        case "e", "E", "f", "F", "g", "G", "%":
            return try FormatFloat.format(IntToFloat.convert(value), parsed: parsed)
        default:
            throw FormatSpec.unknownCode(parsed.type, typeName: typeName)
        }
    }

    private static func formatInteger(_ value: BigInt, _ spec: FormatSpec) throws(PyFailure) -> String {
        if spec.precision != nil {
            throw PyFailure(.valueError, "Precision not allowed in integer format specifier")
        }
        if spec.noNegativeZero {
            throw PyFailure(.valueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        if spec.type == "c" { return try formatCharacter(value, spec) }
        var layout = NumberLayout(digits: [], isNegative: value.sign == .minus && value != 0)
        let text: String
        switch spec.type {
        case "b":
            text = IntToString.digits(value, radix: 2)
            if spec.alternate { layout.prefix = ["0", "b"] }
        case "o":
            text = IntToString.digits(value, radix: 8)
            if spec.alternate { layout.prefix = ["0", "o"] }
        case "x", "X":
            text = IntToString.digits(value, radix: 16)
            if spec.alternate { layout.prefix = ["0", "x"] }
            layout.upper = spec.type == "X"
        default:
            let decimal = try IntToString.decimal(value)
            text = layout.isNegative ? String(decimal.dropFirst()) : decimal
        }
        layout.digits = Array(text.unicodeScalars)
        switch (spec.grouping, spec.type) {
        case (.none, _), (_, "n"):
            return layout.render(spec, separator: nil, groupEvery: nil)
        case (.comma, _):
            return layout.render(spec, separator: ",", groupEvery: 3)
        case (.underscore, "b"), (.underscore, "o"), (.underscore, "x"), (.underscore, "X"):
            return layout.render(spec, separator: "_", groupEvery: 4)
        case (.underscore, _):
            return layout.render(spec, separator: "_", groupEvery: 3)
        }
    }

    private static func formatCharacter(_ value: BigInt, _ spec: FormatSpec) throws(PyFailure) -> String {
        if spec.sign != nil {
            throw PyFailure(.valueError, "Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw PyFailure(.valueError, "Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = Int64(exactly: value) else {
            throw PyFailure(.overflowError, "Python int too large to convert to C long")
        }
        guard code >= 0 && code <= 0x10FFFF else {
            throw PyFailure(.overflowError, "%c arg not in range(0x110000)")
        }
        let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
        let layout = NumberLayout(digits: [], isNegative: false, remainder: [scalar])
        return layout.render(spec, separator: nil, groupEvery: nil)
    }
}
