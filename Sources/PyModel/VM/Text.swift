import BigInt

extension VM {
    /// `repr(v)`.
    func repr(_ v: PyValue) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatToString.repr(d)
        case .object(let o):
            if !o.type.isBuiltin, !(o is PyInstance), let m = o.type.lookup("__repr__"), m.object is PyFunction {
                let r = try call(m, Args([v]))
                guard let s = r.object as? PyStr else {
                    throw pyErr(BT.typeError, "__repr__ returned non-string (type \(r.typeName))")
                }
                return s.value
            }
            switch o {
            case let s as PyStr: return strRepr(s.value)
            case let b as PyBigInt:
                if b.value.bitWidth > 4300 * 4 { throw pyErr(BT.valueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit") }
                return b.value.description
            case let l as PyList:
                return try guardRecursion(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
            case let t as PyTuple:
                if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
                return try guardRecursion(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
            case let d as PyDict:
                return try guardRecursion(o, "{...}") {
                    let body = try d.storage.map { "\(try repr($0.key.value)): \(try repr($0.value))" }.joined(separator: ", ")
                    if let f = d.defaultFactory {
                        return "defaultdict(\(try repr(f)), {\(body)})"
                    }
                    if let c = d.cls, c.name == "Counter" { return d.storage.isEmpty ? "Counter()" : "Counter({\(body)})" }
                    if let c = d.cls, c.name == "OrderedDict" {
                        return d.storage.isEmpty ? "OrderedDict()" : "OrderedDict([" + (try d.storage.map { "(\(try repr($0.key.value)), \(try repr($0.value)))" }.joined(separator: ", ")) + "])"
                    }
                    return "{" + body + "}"
                }
            case let s as PySet:
                if s.storage.isEmpty { return "set()" }
                return "{" + (try SetOrder.ordered(s.storage).map { try repr($0) }.joined(separator: ", ")) + "}"
            case let s as PyFrozenSet:
                if s.storage.isEmpty { return "frozenset()" }
                return "frozenset({" + (try SetOrder.ordered(s.storage).map { try repr($0) }.joined(separator: ", ")) + "})"
            case let r as PyRange:
                return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
            case let s as PySlice:
                return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
            case let b as PyBytes: return bytesRepr(b.value)
            case let t as PyType:
                if t.isBuiltin && t.moduleName == "builtins" { return "<class '\(t.name)'>" }
                return "<class '\(t.moduleName).\(t.qualname)'>"
            case let f as PyFunction: return "<function \(f.qualname) at \(address(f))>"
            case let n as PyNative:
                if n.isMethod { return "<method '\(n.name)' of '\(n.qualifier ?? "object")' objects>" }
                return "<built-in function \(n.name)>"
            case let b as PyBoundMethod:
                if let n = b.function.object as? PyNative {
                    return "<built-in method \(n.name) of \(b.receiver.typeName) object at \(addressOf(b.receiver))>"
                }
                let q = (b.function.object as? PyFunction)?.qualname ?? "?"
                return "<bound method \(q) of \(try repr(b.receiver))>"
            case let m as PyModule: return "<module '\(m.name)' (built-in)>"
            case let s as PySingleton: return s.name
            case let g as PyGenerator:
                let noun = g.kind == .generator ? "generator" : (g.kind == .coroutine ? "coroutine" : "async_generator")
                return "<\(noun) object \(g.qualname) at \(address(g))>"
            case let e as PyExc where e.cls.lookup("__repr__")?.object is PyNative:
                return try exceptionRepr(e)
            case let n as PyNamedTuple where n.cls.lookup("__repr__")?.object is PyNative:
                let fields = namedTupleFields(n.cls)
                let parts = try zip(fields, n.items).map { "\($0)=\(try repr($1))" }
                return "\(n.cls.name)(" + parts.joined(separator: ", ") + ")"
            case is PyCell: return "<cell at \(address(o))>"
            default:
                if let m = o.type.lookup("__repr__"), !(m.object is PyNative) {
                    let r = try call(m, Args([v]))
                    guard let s = r.object as? PyStr else {
                        throw pyErr(BT.typeError, "__repr__ returned non-string (type \(r.typeName))")
                    }
                    return s.value
                }
                if let native = o as? NativeRepr { return try native.pythonRepr(self) }
                return "<\(o.type.moduleName == "builtins" ? "" : o.type.moduleName + ".")\(o.type.qualname) object at \(address(o))>"
            }
        }
    }

    private func guardRecursion(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        if reprInProgress.count > budgets.nativeDepth * 4 { throw RunStop.budget(.recursion, line: currentLine) }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    func exceptionRepr(_ e: PyExc) throws -> String {
        if e.isInstance(of: BT.baseExceptionGroup) {
            return "\(e.cls.name)(\(strRepr(e.groupMessage)), [" + (try e.exceptions.map { try repr(.object($0)) }.joined(separator: ", ")) + "])"
        }
        if e.args.count == 1 { return "\(e.cls.name)(\(try repr(e.args[0])))" }
        return "\(e.cls.name)(" + (try e.args.map { try repr($0) }.joined(separator: ", ")) + ")"
    }

    /// A stable fake address for `<... at 0x...>` reprs (CPython's vary from run to run anyway).
    func address(_ o: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    private func addressOf(_ v: PyValue) -> String {
        if case .object(let o) = v { return address(o) }
        return "0x0"
    }

    /// `str(v)`.
    func str(_ v: PyValue) throws -> String {
        switch v {
        case .object(let o):
            switch o {
            case let s as PyStr:
                if s.cls != nil, let m = o.type.lookup("__str__"), !(m.object is PyNative) { return try userStr(v, m) }
                return s.value
            case let e as PyExc:
                if let m = e.cls.lookup("__str__"), !(m.object is PyNative) { return try userStr(v, m) }
                return try exceptionStr(e)
            default:
                if !o.type.isBuiltin || o is PyNamedTuple, let m = o.type.lookup("__str__"), !(m.object is PyNative) {
                    return try userStr(v, m)
                }
                return try repr(v)
            }
        default:
            return try repr(v)
        }
    }

    private func userStr(_ v: PyValue, _ m: PyValue) throws -> String {
        let r = try call(m, Args([v]))
        guard let s = r.object as? PyStr else {
            throw pyErr(BT.typeError, "__str__ returned non-string (type \(r.typeName))")
        }
        return s.value
    }

    func exceptionStr(_ e: PyExc) throws -> String {
        if e.isInstance(of: BT.baseExceptionGroup) {
            let n = e.exceptions.count
            return "\(e.groupMessage) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        if e.isInstance(of: BT.keyError), e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(.object(PyTuple(e.args)))
        }
    }

    /// `format(v, spec)`.
    func format(_ v: PyValue, _ spec: String) throws -> String {
        if spec.isEmpty { return try str(v) }
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookup("__format__"), !(m.object is PyNative) {
            let r = try call(m, Args([v, .str(spec)]))
            return (r.object as? PyStr)?.value ?? ""
        }
        return try formatBuiltin(v, spec)
    }
}

/// The field names of a `collections.namedtuple` class.
func namedTupleFields(_ cls: PyType) -> [String] {
    guard let t = cls.lookup("_fields")?.object as? PyTuple else { return [] }
    return t.items.compactMap { ($0.object as? PyStr)?.value }
}

/// A Swift-implemented object with its own Python repr (futures, tasks, queues, ...).
protocol NativeRepr {
    func pythonRepr(_ vm: VM) throws -> String
}

/// CPython's `repr` of a str: single quotes unless the text has a single quote and no double quote.
func strRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(u) == q {
                out += "\\" + String(q)
            } else if u.value < 0x20 || u.value == 0x7f {
                out += "\\x" + hex2(u.value)
            } else if (0x80..<0xa0).contains(u.value) {
                out += "\\x" + hex2(u.value)
            } else if !isPrintable(u) {
                if u.value <= 0xff {
                    out += "\\x" + hex2(u.value)
                } else if u.value <= 0xffff {
                    out += "\\u" + hexDigits(u.value, width: 4)
                } else {
                    out += "\\U" + hexDigits(u.value, width: 8)
                }
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    out.append(q)
    return out
}

private func isPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return false
    case .spaceSeparator:
        return u == " "
    default:
        return true
    }
}

private func hex2(_ v: UInt32) -> String {
    let s = String(v, radix: 16)
    return s.count < 2 ? "0" + s : s
}

func hexDigits(_ v: UInt32, width: Int) -> String {
    let digits = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// `ascii()`: the repr with non-ASCII characters escaped.
func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 0x80 {
            out.unicodeScalars.append(u)
        } else if u.value <= 0xff {
            out += "\\x" + hex2(u.value)
        } else if u.value <= 0xffff {
            out += "\\u" + hexDigits(u.value, width: 4)
        } else {
            out += "\\U" + hexDigits(u.value, width: 8)
        }
    }
    return out
}

func bytesRepr(_ b: [UInt8]) -> String {
    let useDouble = b.contains(0x27) && !b.contains(0x22)
    var out = useDouble ? "b\"" : "b'"
    for c in b {
        switch c {
        case 0x5c: out += "\\\\"
        case 0x0a: out += "\\n"
        case 0x0d: out += "\\r"
        case 0x09: out += "\\t"
        case 0x27 where !useDouble: out += "\\'"
        case 0x20..<0x7f: out.unicodeScalars.append(Unicode.Scalar(c))
        default: out += "\\x" + hex2(UInt32(c))
        }
    }
    return out + (useDouble ? "\"" : "'")
}
