import BigInt

extension VM {
    /// `format(v, spec)` for the builtin types, through the runtime's format-spec implementations.
    func formatBuiltin(_ v: PyValue, _ spec: String) throws -> String {
        do {
            switch v {
            case .bool(let b):
                if spec.isEmpty || spec.last.map({ !"bcdoxXneEfFgG%".contains($0) }) == true {
                    return try FormatString.format(b ? "True" : "False", spec: spec)
                }
                return try FormatInt.format(b ? 1 : 0, spec: spec)
            case .int(let i):
                if let last = spec.last, "eEfFgG%".contains(last) { return try FormatFloat.format(Double(i), spec: spec) }
                return try FormatInt.format(BigInt(i), spec: spec)
            case .float(let d):
                return try FormatFloat.format(d, spec: spec)
            case .object(let o):
                switch o {
                case let b as PyBigInt:
                    if let last = spec.last, "eEfFgG%".contains(last) {
                        return try FormatFloat.format(try IntToFloat.convert(b.value), spec: spec)
                    }
                    return try FormatInt.format(b.value, spec: spec)
                case let s as PyStr:
                    return try FormatString.format(s.value, spec: spec)
                default:
                    if spec.isEmpty { return try str(v) }
                    throw pyErr(BT.typeError, "unsupported format string passed to \(o.type.name).__format__")
                }
            case .none:
                if spec.isEmpty { return "None" }
                throw pyErr(BT.typeError, "unsupported format string passed to NoneType.__format__")
            }
        } catch let f as PyFailure {
            throw PyRaise(exc: pythonException(for: f))
        }
    }

    /// `format % args` (printf-style formatting), translated field by field into format specs.
    func percentFormat(_ format: String, _ argsValue: PyValue) throws -> String {
        var args: [PyValue]
        var mapping: PyValue?
        if let t = argsValue.object as? PyTuple {
            args = t.items
        } else if argsValue.object is PyDict {
            mapping = argsValue
            args = [argsValue]
        } else {
            args = [argsValue]
        }
        var out = ""
        var chars = Array(format)[...]
        var argIndex = 0
        func nextArg() throws -> PyValue {
            guard argIndex < args.count else { throw pyErr(BT.typeError, "not enough arguments for format string") }
            defer { argIndex += 1 }
            return args[argIndex]
        }
        while let c = chars.popFirst() {
            guard c == "%" else {
                out.append(c)
                continue
            }
            var key: String?
            if chars.first == "(" {
                chars.removeFirst()
                var k = ""
                while let ch = chars.popFirst(), ch != ")" { k.append(ch) }
                key = k
            }
            var flags = ""
            while let ch = chars.first, "-+ #0".contains(ch) { flags.append(ch); chars.removeFirst() }
            var width = ""
            if chars.first == "*" {
                chars.removeFirst()
                width = String(smallInt(try nextArg()) ?? 0)
            } else {
                while let ch = chars.first, ch.isNumber { width.append(ch); chars.removeFirst() }
            }
            var precision: String?
            if chars.first == "." {
                chars.removeFirst()
                var p = ""
                if chars.first == "*" {
                    chars.removeFirst()
                    p = String(smallInt(try nextArg()) ?? 0)
                } else {
                    while let ch = chars.first, ch.isNumber { p.append(ch); chars.removeFirst() }
                }
                precision = p.isEmpty ? "0" : p
            }
            guard let type = chars.popFirst() else { throw pyErr(BT.valueError, "incomplete format") }
            if type == "%" {
                out.append("%")
                continue
            }
            let value: PyValue
            if let k = key {
                guard let m = mapping else { throw pyErr(BT.typeError, "format requires a mapping") }
                value = try getItem(m, .str(k))
            } else {
                value = try nextArg()
            }
            var spec = ""
            if flags.contains("-") { spec += "<" } else if !"sra".contains(type) || !width.isEmpty { spec += flags.contains("-") ? "<" : ">" }
            if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
            if flags.contains("#") { spec += "#" }
            if flags.contains("0") && !flags.contains("-") && !"sra".contains(type) { spec = spec.replacingOccurrences(of: ">", with: "") + "0" }
            spec += width
            switch type {
            case "s", "r", "a":
                var s = type == "s" ? try str(value) : try repr(value)
                if type == "a" { s = asciiEscaped(s) }
                if let p = precision, let n = Int(p) { s = String(s.prefix(n)) }
                out += try FormatString.format(s, spec: flags.contains("-") ? "<" + width : ">" + width)
            case "d", "i", "u":
                guard let n = exactInt(value) ?? floatValue(value).map({ BigInt($0.rounded(.towardZero)) }) else {
                    throw pyErr(BT.typeError, "%\(type) format: a real number is required, not \(value.typeName)")
                }
                out += try formatBuiltin(.bigint(n), spec + "d")
            case "x", "X", "o":
                guard let n = exactInt(value) else {
                    throw pyErr(BT.typeError, "%\(type) format: an integer is required, not \(value.typeName)")
                }
                out += try formatBuiltin(.bigint(n), spec + String(type))
            case "f", "F", "e", "E", "g", "G":
                guard let d = floatValue(value) else {
                    throw pyErr(BT.typeError, "must be real number, not \(value.typeName)")
                }
                out += try formatBuiltin(.float(d), spec + "." + (precision ?? "6") + String(type))
            case "c":
                if let n = smallInt(value), let u = Unicode.Scalar(UInt32(clamping: n)) { out.unicodeScalars.append(u) } else { out += try str(value) }
            default:
                throw pyErr(BT.valueError, "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first?.value ?? 0, radix: 16))) at index \(format.count - chars.count - 1)")
            }
        }
        if mapping == nil && argIndex < args.count {
            throw pyErr(BT.typeError, "not all arguments converted during string formatting")
        }
        return out
    }
}
