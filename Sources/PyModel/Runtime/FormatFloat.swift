/// `format(x, spec)` for floats (`float.__format__`, CPython's `format_float_internal`).
/// Pure functions: no state, no effects, synchronous.
public enum FormatFloat {
    public static func format(_ value: Double, spec: String, typeName: String = "float") throws(PyFailure) -> String {
        if spec.isEmpty { return FloatToString.repr(value) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: nil, defaultAlign: ">")
        switch parsed.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try format(value, parsed: parsed)
        default:
            throw FormatSpec.unknownCode(parsed.type, typeName: typeName)
        }
    }

    /// Formats with an already parsed spec whose type is a float presentation type (ints reach
    /// here for `e`, `f`, `g`, `%`…).
    static func format(_ value: Double, parsed spec: FormatSpec) throws(PyFailure) -> String {
        if let precision = spec.precision, precision > Int(Int32.max) {
            throw PyFailure(.valueError, "precision too big")
        }
        var flags: FloatToString.Flags = []
        if spec.alternate { flags.insert(.alternate) }
        if spec.noNegativeZero { flags.insert(.noNegativeZero) }
        var code: FloatToString.Code
        var defaultPrecision = 6
        var value = value
        var percent = false
        switch spec.type {
        case nil:
            flags.insert(.addDot0)
            code = .repr
            defaultPrecision = 0
        case "e": code = .exponent
        case "E":
            code = .exponent
            flags.insert(.upper)
        case "f": code = .fixed
        case "F":
            code = .fixed
            flags.insert(.upper)
        case "G":
            code = .general
            flags.insert(.upper)
        case "%":
            code = .fixed
            value *= 100
            percent = true
        default: code = .general
        }
        var precision = defaultPrecision
        if let given = spec.precision {
            precision = given
            if code == .repr { code = .general }
        }
        var text = Array(FloatToString.format(value, code: code, precision: precision, flags: flags).unicodeScalars)
        if percent { text.append("%") }

        var layout = NumberLayout(digits: [], isNegative: false)
        var index = 0
        if text.first == "-" {
            layout.isNegative = true
            index = 1
        }
        var digitsEnd = index
        while digitsEnd < text.count, text[digitsEnd].value >= 0x30 && text[digitsEnd].value <= 0x39 { digitsEnd += 1 }
        layout.digits = Array(text[index..<digitsEnd])
        var remainderStart = digitsEnd
        if remainderStart < text.count && text[remainderStart] == "." {
            layout.hasDecimalPoint = true
            remainderStart += 1
        }
        layout.remainder = Array(text[remainderStart...])
        switch (spec.grouping, spec.type) {
        case (.none, _), (_, "n"):
            return layout.render(spec, separator: nil, groupEvery: nil)
        case (.comma, _):
            return layout.render(spec, separator: ",", groupEvery: 3)
        case (.underscore, _):
            return layout.render(spec, separator: "_", groupEvery: 3)
        }
    }
}
