import Foundation

/// `str` and its methods.
enum StrMethods {
    static func this(_ a: Args, _ name: String) throws -> String {
        try receiver(a, PyStr.self, name, "str").value
    }

    static func optionalChars(_ a: Args, _ name: String) throws -> Set<Unicode.Scalar>? {
        guard let v = a.value(1), !v.isNone else { return nil }
        return Set(try strArg(v, "\(name) arg").unicodeScalars)
    }

    static func install(_ t: PyType) {
        t.construct = { vm, cls, a in
            let text: String
            if let v = a.value(0, "object") {
                if let b = v.object as? PyBytes, a.value(1, "encoding") != nil {
                    text = String(decoding: b.value, as: UTF8.self)
                } else {
                    text = try vm.str(v)
                }
            } else {
                text = ""
            }
            return cls === BT.str ? .str(text) : .object(PyStr(text, cls: cls))
        }
        t.method("upper") { _, a in .str(try this(a, "upper").uppercased()) }
        t.method("lower") { _, a in .str(try this(a, "lower").lowercased()) }
        t.method("casefold") { _, a in .str(try this(a, "casefold").lowercased().replacingOccurrences(of: "ß", with: "ss")) }
        t.method("swapcase") { _, a in
            .str(String(try this(a, "swapcase").map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        t.method("strip") { _, a in .str(strip(try this(a, "strip"), try optionalChars(a, "strip"), left: true, right: true)) }
        t.method("lstrip") { _, a in .str(strip(try this(a, "lstrip"), try optionalChars(a, "lstrip"), left: true, right: false)) }
        t.method("rstrip") { _, a in .str(strip(try this(a, "rstrip"), try optionalChars(a, "rstrip"), left: false, right: true)) }
        t.method("split") { _, a in try split(a, fromRight: false) }
        t.method("rsplit") { _, a in try split(a, fromRight: true) }
        t.method("splitlines") { _, a in
            let s = try this(a, "splitlines")
            let keep = a.value(1, "keepends").map { if case .bool(let b) = $0 { return b }; return false } ?? false
            var lines: [PyValue] = []
            var cur = ""
            var it = Array(s.unicodeScalars)[...]
            while let c = it.popFirst() {
                if c == "\n" || c == "\r" || c == "\u{0b}" || c == "\u{0c}" || c == "\u{1c}" || c == "\u{1d}" || c == "\u{1e}" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}" {
                    var end = String(c)
                    if c == "\r", it.first == "\n" { it.removeFirst(); end = "\r\n" }
                    lines.append(.str(keep ? cur + end : cur))
                    cur = ""
                } else {
                    cur.unicodeScalars.append(c)
                }
            }
            if !cur.isEmpty { lines.append(.str(cur)) }
            return .object(PyList(lines))
        }
        t.method("join") { vm, a in
            let sep = try this(a, "join")
            var parts: [String] = []
            for (i, v) in try vm.iterate(a.value(1) ?? .none).enumerated() {
                guard let s = v.object as? PyStr else {
                    throw pyErr(BT.typeError, "sequence item \(i): expected str instance, \(v.typeName) found")
                }
                parts.append(s.value)
            }
            return .str(parts.joined(separator: sep))
        }
        t.method("replace") { _, a in
            let s = try this(a, "replace")
            let old = try strArg(a.value(1), "replace() argument 1")
            let new = try strArg(a.value(2), "replace() argument 2")
            var count = a.value(3).flatMap { smallInt($0) } ?? -1
            if old.isEmpty {
                var out = ""
                for c in s.unicodeScalars {
                    if count != 0 { out += new; count -= 1 }
                    out.unicodeScalars.append(c)
                }
                if count != 0 { out += new }
                return .str(out)
            }
            if count < 0 { return .str(s.replacingOccurrences(of: old, with: new)) }
            var out = ""
            var rest = Substring(s)
            while count > 0, let r = rest.range(of: old) {
                out += rest[..<r.lowerBound] + new
                rest = rest[r.upperBound...]
                count -= 1
            }
            return .str(out + rest)
        }
        t.method("startswith") { vm, a in try affix(vm, a, "startswith") { $0.hasPrefix($1) } }
        t.method("endswith") { vm, a in try affix(vm, a, "endswith") { $0.hasSuffix($1) } }
        t.method("find") { _, a in .int(try find(a, "find", reverse: false) ?? -1) }
        t.method("rfind") { _, a in .int(try find(a, "rfind", reverse: true) ?? -1) }
        t.method("index") { _, a in
            guard let i = try find(a, "index", reverse: false) else { throw pyErr(BT.valueError, "substring not found") }
            return .int(i)
        }
        t.method("rindex") { _, a in
            guard let i = try find(a, "rindex", reverse: true) else { throw pyErr(BT.valueError, "substring not found") }
            return .int(i)
        }
        t.method("count") { _, a in
            let s = try this(a, "count")
            let sub = try strArg(a.value(1), "must be str, not")
            if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
            return .int(s.components(separatedBy: sub).count - 1)
        }
        t.method("format") { vm, a in .str(try formatString(vm, try this(a, "format"), Args(Array(a.positional.dropFirst()), keywords: a.keywords))) }
        t.method("format_map") { vm, a in
            let s = try this(a, "format_map")
            guard let d = a.value(1)?.object as? PyDict else { return .str(s) }
            var kw: [(String, PyValue)] = []
            for (k, v) in d.storage { kw.append((try vm.str(k.value), v)) }
            return .str(try formatString(vm, s, Args([], keywords: kw)))
        }
        t.method("center") { _, a in try pad(a, "center") }
        t.method("ljust") { _, a in try pad(a, "ljust") }
        t.method("rjust") { _, a in try pad(a, "rjust") }
        t.method("zfill") { _, a in
            let s = try this(a, "zfill")
            let w = try intArg(a.value(1), "width")
            let n = s.unicodeScalars.count
            if n >= w { return .str(s) }
            let zeros = String(repeating: "0", count: w - n)
            if let f = s.first, f == "-" || f == "+" { return .str(String(f) + zeros + s.dropFirst()) }
            return .str(zeros + s)
        }
        t.method("isdigit") { _, a in let s = try this(a, "isdigit"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil && $0.properties.numericType != .numeric }) }
        t.method("isdecimal") { _, a in let s = try this(a, "isdecimal"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }) }
        t.method("isnumeric") { _, a in let s = try this(a, "isnumeric"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil }) }
        t.method("isalpha") { _, a in let s = try this(a, "isalpha"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }) }
        t.method("isalnum") { _, a in let s = try this(a, "isalnum"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }) }
        t.method("isspace") { _, a in let s = try this(a, "isspace"); return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }) }
        t.method("isupper") { _, a in let s = try this(a, "isupper"); return .bool(s.contains { $0.isCased } && s == s.uppercased()) }
        t.method("islower") { _, a in let s = try this(a, "islower"); return .bool(s.contains { $0.isCased } && s == s.lowercased()) }
        t.method("isidentifier") { _, a in
            let s = try this(a, "isidentifier")
            guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return .false }
            return .bool(s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        t.method("istitle") { _, a in let s = try this(a, "istitle"); return .bool(s == titleCase(s) && s.contains { $0.isCased }) }
        t.method("title") { _, a in .str(titleCase(try this(a, "title"))) }
        t.method("capitalize") { _, a in
            let s = try this(a, "capitalize")
            guard let f = s.first else { return .str("") }
            return .str(f.uppercased() + s.dropFirst().lowercased())
        }
        t.method("partition") { _, a in
            let s = try this(a, "partition")
            let sep = try strArg(a.value(1), "partition() argument")
            if sep.isEmpty { throw pyErr(BT.valueError, "empty separator") }
            guard let r = s.range(of: sep) else { return .object(PyTuple([.str(s), .str(""), .str("")])) }
            return .object(PyTuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
        }
        t.method("rpartition") { _, a in
            let s = try this(a, "rpartition")
            let sep = try strArg(a.value(1), "rpartition() argument")
            if sep.isEmpty { throw pyErr(BT.valueError, "empty separator") }
            guard let r = s.range(of: sep, options: .backwards) else { return .object(PyTuple([.str(""), .str(""), .str(s)])) }
            return .object(PyTuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))]))
        }
        t.method("removeprefix") { _, a in
            let s = try this(a, "removeprefix"), p = try strArg(a.value(1), "removeprefix() argument")
            return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        }
        t.method("removesuffix") { _, a in
            let s = try this(a, "removesuffix"), p = try strArg(a.value(1), "removesuffix() argument")
            return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        }
        t.method("encode") { _, a in .object(PyBytes(Array(try this(a, "encode").utf8))) }
        t.method("expandtabs") { _, a in
            let size = try a.value(1, "tabsize").map { try intArg($0, "tabsize") } ?? 8
            var out = ""
            var column = 0
            for u in try this(a, "expandtabs").unicodeScalars {
                if u == "\t" {
                    let n = size > 0 ? size - column % size : 0
                    out += String(repeating: " ", count: n)
                    column += n
                } else {
                    out.unicodeScalars.append(u)
                    column = (u == "\n" || u == "\r") ? 0 : column + 1
                }
            }
            return .str(out)
        }
        t.method("__format__") { vm, a in .str(try vm.format(a[0], try strArg(a.value(1), "format spec"))) }
        t.method("__len__") { vm, a in .int(try vm.length(a[0])) }
        t.method("__contains__") { vm, a in .bool(try vm.contains(a[0], a.value(1) ?? .none)) }
        t.method("__add__") { vm, a in try vm.binary(.add, a[0], a.value(1) ?? .none) }
        t.method("__mul__") { vm, a in try vm.binary(.mul, a[0], a.value(1) ?? .none) }
        t.method("__mod__") { vm, a in try vm.binary(.mod, a[0], a.value(1) ?? .none) }
        t.method("__getitem__") { vm, a in try vm.getItem(a[0], a.value(1) ?? .none) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a.value(1) ?? .none) }
        t.method("__lt__") { vm, a in try vm.compare(.lt, a[0], a.value(1) ?? .none) }
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
        t.method("__str__") { _, a in .str(try this(a, "__str__")) }
        t.method("__repr__") { _, a in .str(strRepr(try this(a, "__repr__"))) }
        t.dict["maketrans"] = .object(PyMethodWrapper(.staticMethod, .object(PyNative("maketrans") { vm, a in
            let d = PyDict()
            if a.count >= 2 {
                let from = Array(try strArg(a[0], "maketrans() argument").unicodeScalars)
                let to = Array(try strArg(a[1], "maketrans() argument").unicodeScalars)
                for (x, y) in zip(from, to) { try vm.dictSet(d, .int(Int(x.value)), .int(Int(y.value))) }
                if a.count == 3 {
                    for x in try strArg(a[2], "maketrans() argument").unicodeScalars { try vm.dictSet(d, .int(Int(x.value)), .none) }
                }
            }
            return .object(d)
        })))
        t.method("translate") { vm, a in
            let s = try this(a, "translate")
            let table = a.value(1) ?? .none
            var out = ""
            for u in s.unicodeScalars {
                let r: PyValue
                do { r = try vm.getItem(table, .int(Int(u.value))) } catch let e as PyRaise where e.exc.isInstance(of: BT.lookupError) {
                    out.unicodeScalars.append(u)
                    continue
                }
                switch r {
                case .none: break
                case .int(let i): if let c = Unicode.Scalar(UInt32(i)) { out.unicodeScalars.append(c) }
                default: out += try vm.str(r)
                }
            }
            return .str(out)
        }
    }

    static func titleCase(_ s: String) -> String {
        var out = ""
        var prevCased = false
        for c in s {
            if c.isLetter {
                out += prevCased ? c.lowercased() : c.uppercased()
                prevCased = true
            } else {
                out.append(c)
                prevCased = false
            }
        }
        return out
    }

    static func strip(_ s: String, _ chars: Set<Unicode.Scalar>?, left: Bool, right: Bool) -> String {
        var scalars = Array(s.unicodeScalars)[...]
        let test: (Unicode.Scalar) -> Bool = { c in chars.map { $0.contains(c) } ?? c.properties.isWhitespace }
        if left { while let f = scalars.first, test(f) { scalars.removeFirst() } }
        if right { while let l = scalars.last, test(l) { scalars.removeLast() } }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    static func split(_ a: Args, fromRight: Bool) throws -> PyValue {
        let s = try this(a, fromRight ? "rsplit" : "split")
        let sepV = a.value(1, "sep") ?? .none
        let maxsplit = a.value(2, "maxsplit").flatMap { smallInt($0) } ?? -1
        if sepV.isNone {
            var words: [String] = []
            var scalars = Array(s.unicodeScalars)
            if fromRight { scalars.reverse() }
            var i = 0
            var splits = 0
            while i < scalars.count {
                while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
                if i >= scalars.count { break }
                if maxsplit >= 0 && splits >= maxsplit {
                    var rest = Array(scalars[i...])
                    while let l = rest.last, l.properties.isWhitespace { rest.removeLast() }
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: fromRight ? rest.reversed() : rest)
                    words.append(String(v))
                    break
                }
                var w = String.UnicodeScalarView()
                while i < scalars.count, !scalars[i].properties.isWhitespace { w.append(scalars[i]); i += 1 }
                words.append(fromRight ? String(String.UnicodeScalarView(w.reversed())) : String(w))
                splits += 1
            }
            if fromRight { words.reverse() }
            return .object(PyList(words.map { .str($0) }))
        }
        let sep = try strArg(sepV, "must be str or None, not")
        if sep.isEmpty { throw pyErr(BT.valueError, "empty separator") }
        var parts = s.components(separatedBy: sep)
        if maxsplit >= 0 && parts.count > maxsplit + 1 {
            if fromRight {
                let head = parts[0..<(parts.count - maxsplit)].joined(separator: sep)
                parts = [head] + parts[(parts.count - maxsplit)...]
            } else {
                let tail = parts[maxsplit...].joined(separator: sep)
                parts = Array(parts[0..<maxsplit]) + [tail]
            }
        }
        return .object(PyList(parts.map { .str($0) }))
    }

    static func affix(_ vm: VM, _ a: Args, _ name: String, _ test: (String, String) -> Bool) throws -> PyValue {
        var s = try this(a, name)
        if let startV = a.value(2), let start = smallInt(startV) {
            let scalars = Array(s.unicodeScalars)
            let st = start < 0 ? max(0, scalars.count + start) : min(start, scalars.count)
            var end = scalars.count
            if let e = a.value(3).flatMap({ smallInt($0) }) { end = e < 0 ? max(0, scalars.count + e) : min(e, scalars.count) }
            var v = String.UnicodeScalarView()
            if st < end { v.append(contentsOf: scalars[st..<end]) }
            s = String(v)
        }
        let arg = a.value(1) ?? .none
        if let t = arg.object as? PyTuple {
            for item in t.items where test(s, try strArg(item, "tuple for \(name) must only contain str, not")) { return .true }
            return .false
        }
        guard let p = arg.object as? PyStr else {
            throw pyErr(BT.typeError, "\(name) first arg must be str or a tuple of str, not \(arg.typeName)")
        }
        return .bool(p.value.isEmpty || test(s, p.value))
    }

    static func find(_ a: Args, _ name: String, reverse: Bool) throws -> Int? {
        let s = Array(try this(a, name).unicodeScalars)
        let sub = Array(try strArg(a.value(1), "must be str, not").unicodeScalars)
        var start = a.value(2).flatMap { smallInt($0) } ?? 0
        var end = a.value(3).flatMap { smallInt($0) } ?? s.count
        if start < 0 { start = max(0, start + s.count) }
        if end < 0 { end = max(0, end + s.count) }
        end = min(end, s.count)
        if end - start < sub.count { return nil }
        let range = Array(start...(end - sub.count))
        for i in (reverse ? range.reversed() : range) where Array(s[i..<(i + sub.count)]) == sub {
            return i
        }
        return nil
    }

    static func pad(_ a: Args, _ name: String) throws -> PyValue {
        let s = try this(a, name)
        let w = try intArg(a.value(1), "width")
        let fill = try a.value(2).map { try strArg($0, "fill character") } ?? " "
        let n = s.unicodeScalars.count
        if n >= w { return .str(s) }
        let total = w - n
        switch name {
        case "ljust": return .str(s + String(repeating: fill, count: total))
        case "rjust": return .str(String(repeating: fill, count: total) + s)
        default:
            let left = total / 2 + (total & w & 1)
            return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: total - left))
        }
    }

    /// `str.format`: replacement fields with indexes, names, attributes, items, conversions and nested specs.
    static func formatString(_ vm: VM, _ s: String, _ args: Args) throws -> String {
        var out = ""
        let chars = Array(s)
        var i = 0
        var auto = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count, chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                if j >= chars.count { throw pyErr(BT.valueError, "expected '}' before end of string") }
                let field = String(chars[(i + 1)..<j])
                out += try formatField(vm, field, args, &auto)
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count, chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw pyErr(BT.valueError, "Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private static func formatField(_ vm: VM, _ field: String, _ args: Args, _ auto: inout Int) throws -> String {
        var name = field
        var spec = ""
        var conversion: Character?
        var bracket = 0
        var cut: String.Index?
        for idx in field.indices {
            let ch = field[idx]
            if ch == "[" { bracket += 1 } else if ch == "]" { bracket -= 1 }
            if bracket == 0 && (ch == "!" || ch == ":") { cut = idx; break }
        }
        if let c = cut {
            name = String(field[..<c])
            var rest = field[c...]
            if rest.first == "!" {
                rest = rest.dropFirst()
                conversion = rest.first
                rest = rest.dropFirst()
            }
            if rest.first == ":" { spec = String(rest.dropFirst()) }
        }
        if spec.contains("{") { spec = try formatString(vm, spec, args) }
        var first = ""
        var rest = Substring(name)
        while let ch = rest.first, ch != ".", ch != "[" { first.append(ch); rest = rest.dropFirst() }
        var value: PyValue
        if first.isEmpty {
            guard auto < args.count else {
                throw pyErr(BT.indexError, "Replacement index \(auto) out of range for positional args tuple")
            }
            value = args[auto]
            auto += 1
        } else if let n = Int(first) {
            guard n < args.count else {
                throw pyErr(BT.indexError, "Replacement index \(n) out of range for positional args tuple")
            }
            value = args[n]
        } else {
            guard let v = args.keyword(first) else { throw PyRaise(exc: PyExc(cls: BT.keyError, args: [.str(first)])) }
            value = v
        }
        while let ch = rest.first {
            if ch == "." {
                rest = rest.dropFirst()
                var attr = ""
                while let c = rest.first, c != ".", c != "[" { attr.append(c); rest = rest.dropFirst() }
                value = try vm.getAttr(value, attr)
            } else if ch == "[" {
                rest = rest.dropFirst()
                var key = ""
                while let c = rest.first, c != "]" { key.append(c); rest = rest.dropFirst() }
                rest = rest.dropFirst()
                value = try vm.getItem(value, Int(key).map { .int($0) } ?? .str(key))
            } else {
                break
            }
        }
        switch conversion {
        case "r": value = .str(try vm.repr(value))
        case "s": value = .str(try vm.str(value))
        case "a": value = .str(asciiEscaped(try vm.repr(value)))
        default: break
        }
        return try vm.format(value, spec)
    }
}
