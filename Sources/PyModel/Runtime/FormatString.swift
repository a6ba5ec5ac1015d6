/// `format(s, spec)` for strings (`str.__format__`, CPython's `format_string_internal`).
/// Widths and precisions count code points, as in CPython.
/// Pure functions: no state, no effects, synchronous.
public enum FormatString {
    public static func format(_ value: String, spec: String, typeName: String = "str") throws(PyFailure) -> String {
        if spec.isEmpty { return value }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "s", defaultAlign: "<")
        guard parsed.type == "s" else { throw FormatSpec.unknownCode(parsed.type, typeName: typeName) }
        if let sign = parsed.sign {
            throw PyFailure(.valueError, sign == " "
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier")
        }
        if parsed.noNegativeZero {
            throw PyFailure(.valueError, "Negative zero coercion (z) not allowed in string format specifier")
        }
        if parsed.alternate {
            throw PyFailure(.valueError, "Alternate form (#) not allowed in string format specifier")
        }
        if parsed.align == "=" {
            throw PyFailure(.valueError, "'=' alignment not allowed in string format specifier")
        }
        var scalars = Array(value.unicodeScalars)
        if let precision = parsed.precision, scalars.count >= precision { scalars.removeLast(scalars.count - precision) }
        let total = max(parsed.width ?? -1, scalars.count)
        let left: Int
        switch parsed.align {
        case ">": left = total - scalars.count
        case "^": left = (total - scalars.count) / 2
        default: left = 0
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(parsed.fill, count: left))
        out.append(contentsOf: scalars)
        out.append(contentsOf: repeatElement(parsed.fill, count: total - scalars.count - left))
        return String(out)
    }
}
