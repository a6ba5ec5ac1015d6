import BigInt

/// The marker `loadMethod` leaves in place of a receiver when the attribute was not a method.
var nullMarker: PyValue { .object(BT.nullMarker) }

extension VM {
    /// Python truthiness (`__bool__`, then `__len__`).
    func truthy(_ v: PyValue) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return !d.storage.isEmpty
            case let s as PySet: return !s.storage.isEmpty
            case let s as PyFrozenSet: return !s.storage.isEmpty
            case let r as PyRange: return r.count > 0
            case is PyBigInt: return true
            case let b as PyBytes: return !b.value.isEmpty
            case let n as PyNamedTuple: return !n.items.isEmpty
            default:
                if let m = o.type.lookup("__bool__"), !o.type.isBuiltin {
                    let r = try call(m, Args([v]))
                    guard case .bool(let b) = r else {
                        throw pyErr(BT.typeError, "__bool__ should return bool, returned \(r.typeName)")
                    }
                    return b
                }
                if let m = o.type.lookup("__len__"), !o.type.isBuiltin {
                    return try truthy(try call(m, Args([v])))
                }
                return true
            }
        }
    }

    func binary(_ op: BinOpCode, _ a: PyValue, _ b: PyValue, inplace: Bool = false) throws -> PyValue {
        if let r = try numericBinary(op, a, b) { return r }
        if inplace, case .object(let o) = a {
            if let l = o as? PyList, op == .add {
                l.items.append(contentsOf: try iterate(b))
                return a
            }
            if !o.type.isBuiltin, let m = o.type.lookup("__i\(op.dunder)__") {
                let r = try call(m, Args([a, b]))
                if !isNotImplemented(r) { return r }
            }
        }
        if let r = try builtinBinary(op, a, b) { return r }
        let aUser = !a.type.isBuiltin, bUser = !b.type.isBuiltin
        if aUser || a.type.lookup("__\(op.dunder)__") != nil && !(a.object is PyStr) {
            if aUser, let m = a.type.lookup("__\(op.dunder)__") {
                let r = try call(m, Args([a, b]))
                if !isNotImplemented(r) { return r }
            }
        }
        if bUser, let m = b.type.lookup("__r\(op.dunder)__") {
            let r = try call(m, Args([b, a]))
            if !isNotImplemented(r) { return r }
        }
        if op == .add, let _ = a.object as? PyList {
            throw pyErr(BT.typeError, "can only concatenate list (not \"\(b.typeName)\") to list")
        }
        if op == .add, let _ = a.object as? PyTuple {
            throw pyErr(BT.typeError, "can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        }
        if op == .add, a.object is PyStr {
            throw pyErr(BT.typeError, "can only concatenate str (not \"\(b.typeName)\") to str")
        }
        if op == .mul, isSequence(a) || isSequence(b) {
            let other = isSequence(a) ? b : a
            throw pyErr(BT.typeError, "can't multiply sequence by non-int of type '\(other.typeName)'")
        }
        if op == .pow {
            throw pyErr(BT.typeError, "unsupported operand type(s) for ** or pow(): '\(a.typeName)' and '\(b.typeName)'")
        }
        let sym = inplace ? op.symbol + "=" : op.symbol
        throw pyErr(BT.typeError, "unsupported operand type(s) for \(sym): '\(a.typeName)' and '\(b.typeName)'")
    }

    private func isSequence(_ v: PyValue) -> Bool {
        guard let o = v.object else { return false }
        return o is PyStr || o is PyList || o is PyTuple || o is PyBytes
    }

    func isNotImplemented(_ v: PyValue) -> Bool {
        if case .object(let o) = v { return o === BT.notImplemented }
        return false
    }

    private func repeatCount(_ v: PyValue) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    private func checkSize(_ n: Int) throws {
        if n > budgets.objectSize { throw sizeBudget() }
    }

    private func builtinBinary(_ op: BinOpCode, _ a: PyValue, _ b: PyValue) throws -> PyValue? {
        guard case .object(let x) = a else {
            if op == .mul, let n = repeatCount(a), case .object = b { return try builtinBinary(.mul, b, .int(n)) }
            return nil
        }
        switch (op, x) {
        case (.add, let s as PyStr):
            guard let t = b.object as? PyStr else { return nil }
            try checkSize(s.value.utf8.count + t.value.utf8.count)
            return .str(s.value + t.value)
        case (.mul, let s as PyStr):
            guard let n = repeatCount(b) else { return nil }
            if n <= 0 { return .str("") }
            let (total, o) = s.value.utf8.count.multipliedReportingOverflow(by: n)
            if o { throw sizeBudget() }
            try checkSize(total)
            return .str(String(repeating: s.value, count: n))
        case (.mod, let s as PyStr):
            return .str(try percentFormat(s.value, b))
        case (.add, let l as PyList):
            guard let m = b.object as? PyList else { return nil }
            try checkSize(l.items.count + m.items.count)
            return .object(PyList(l.items + m.items))
        case (.mul, let l as PyList):
            guard let n = repeatCount(b) else { return nil }
            if n <= 0 || l.items.isEmpty { return .object(PyList()) }
            let (total, o) = l.items.count.multipliedReportingOverflow(by: n)
            if o { throw sizeBudget() }
            try checkSize(total)
            var r: [PyValue] = []
            r.reserveCapacity(total)
            for _ in 0..<n { r.append(contentsOf: l.items) }
            return .object(PyList(r))
        case (.add, let t as PyTuple):
            guard let u = b.object as? PyTuple else { return nil }
            return .object(PyTuple(t.items + u.items))
        case (.mul, let t as PyTuple):
            guard let n = repeatCount(b) else { return nil }
            if n <= 0 || t.items.isEmpty { return .object(PyTuple.empty) }
            let (total, o) = t.items.count.multipliedReportingOverflow(by: n)
            if o { throw sizeBudget() }
            try checkSize(total)
            var r: [PyValue] = []
            for _ in 0..<n { r.append(contentsOf: t.items) }
            return .object(PyTuple(r))
        case (.or, let d as PyDict):
            guard let e = b.object as? PyDict else { return nil }
            let r = PyDict()
            r.storage = d.storage
            for (k, v) in e.storage { r.storage[k] = v }
            return .object(r)
        case (.and, _), (.or, _), (.sub, _), (.xor, _):
            guard let s = setStorage(x), let t = b.object.flatMap(setStorage) else { return nil }
            var r = OrderedKeys()
            switch op {
            case .and: for (k, v) in s where t[k] != nil { r[k] = v }
            case .or:
                r = s
                for (k, v) in t where r[k] == nil { r[k] = v }
            case .sub: for (k, v) in s where t[k] == nil { r[k] = v }
            default:
                for (k, v) in s where t[k] == nil { r[k] = v }
                for (k, v) in t where s[k] == nil { r[k] = v }
            }
            if x is PyFrozenSet {
                let f = PyFrozenSet()
                f.storage = r
                return .object(f)
            }
            let n = PySet()
            n.storage = r
            return .object(n)
        default:
            return nil
        }
    }

    func setStorage(_ o: PyObject) -> OrderedKeys? {
        if let s = o as? PySet { return s.storage }
        if let s = o as? PyFrozenSet { return s.storage }
        return nil
    }

    func negate(_ v: PyValue) throws -> PyValue {
        switch v {
        case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .object(let o as PyBigInt): return .bigint(-o.value)
        default: return try unaryDunder(v, "__neg__", "-")
        }
    }

    func positive(_ v: PyValue) throws -> PyValue {
        switch v {
        case .int, .float, .object(is PyBigInt): return v
        case .bool(let b): return .int(b ? 1 : 0)
        default: return try unaryDunder(v, "__pos__", "+")
        }
    }

    func invert(_ v: PyValue) throws -> PyValue {
        if let b = exactInt(v) { return .bigint(~b) }
        return try unaryDunder(v, "__invert__", "~")
    }

    private func unaryDunder(_ v: PyValue, _ name: String, _ sym: String) throws -> PyValue {
        if !v.type.isBuiltin, let m = v.type.lookup(name) { return try call(m, Args([v])) }
        throw pyErr(BT.typeError, "bad operand type for unary \(sym): '\(v.typeName)'")
    }

    func compare(_ op: CompareCode, _ a: PyValue, _ b: PyValue) throws -> PyValue {
        switch op {
        case .isSame: return .bool(a.isIdentical(b))
        case .isNot: return .bool(!a.isIdentical(b))
        case .isIn: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        case .eq: return try richEq(a, b)
        case .ne:
            let r = try richEq(a, b, negate: true)
            return r
        default: return try order(op, a, b)
        }
    }

    /// `a == b` as a Python bool.
    func eq(_ a: PyValue, _ b: PyValue) throws -> Bool {
        if a.isIdentical(b), !(a.object is PyInstance) { return true }
        return try truthy(try richEq(a, b))
    }

    private func richEq(_ a: PyValue, _ b: PyValue, negate: Bool = false) throws -> PyValue {
        if let r = numericEquals(a, b) { return .bool(r != negate) }
        // A user class on either side (the other may be an inline value such as 1 or None) decides first.
        let userA = !a.type.isBuiltin, userB = !b.type.isBuiltin
        if userA || userB {
            let name = negate ? "__ne__" : "__eq__"
            if userA, let m = a.type.lookup(name), !(m.object is PyNative) {
                let r = try call(m, Args([a, b]))
                if !isNotImplemented(r) { return r }
            }
            if userB, let m = b.type.lookup(name), !(m.object is PyNative) {
                let r = try call(m, Args([b, a]))
                if !isNotImplemented(r) { return r }
            }
            if negate, userA, let m = a.type.lookup("__eq__"), !(m.object is PyNative) {
                let r = try call(m, Args([a, b]))
                if !isNotImplemented(r) { return .bool(!(try truthy(r))) }
            }
            if case .object(let x) = a, case .object(let y) = b, x is PyNamedTuple || y is PyNamedTuple {
                return .bool(try sequenceEquals(x, y) != negate)
            }
            // Instances of subclasses of str, list or dict compare by value as their builtin base does.
            if case .object(let x) = a, case .object(let y) = b, !(x is PyInstance), !(y is PyInstance) {
                return .bool(try builtinEquals(x, y) != negate)
            }
            return .bool(a.isIdentical(b) != negate)
        }
        if case .object(let x) = a, case .object(let y) = b {
            return .bool(try builtinEquals(x, y) != negate)
        }
        return .bool(a.isIdentical(b) != negate)
    }

    private func sequenceItems(_ o: PyObject) -> [PyValue]? {
        if let t = o as? PyTuple { return t.items }
        if let n = o as? PyNamedTuple { return n.items }
        return nil
    }

    private func sequenceEquals(_ x: PyObject, _ y: PyObject) throws -> Bool {
        guard let a = sequenceItems(x), let b = sequenceItems(y), a.count == b.count else { return x === y }
        for (p, q) in zip(a, b) where !(try eq(p, q)) { return false }
        return true
    }

    private func builtinEquals(_ x: PyObject, _ y: PyObject) throws -> Bool {
        if x === y { return true }
        switch (x, y) {
        case (let s as PyStr, let t as PyStr): return s.value == t.value
        case (let s as PyList, let t as PyList):
            guard s.items.count == t.items.count else { return false }
            for (p, q) in zip(s.items, t.items) where !(try eq(p, q)) { return false }
            return true
        case (let s as PyTuple, let t as PyTuple):
            guard s.items.count == t.items.count else { return false }
            for (p, q) in zip(s.items, t.items) where !(try eq(p, q)) { return false }
            return true
        case (let s as PyDict, let t as PyDict):
            guard s.storage.count == t.storage.count else { return false }
            for (k, v) in s.storage {
                guard let w = t.storage[k], try eq(v, w) else { return false }
            }
            return true
        case (let r as PyRange, let s as PyRange):
            return r.count == s.count && (r.count == 0 || (r.start == s.start && (r.count == 1 || r.step == s.step)))
        case (let b as PyBytes, let c as PyBytes): return b.value == c.value
        case (let s as PySlice, let t as PySlice):
            return try eq(s.start, t.start) && eq(s.stop, t.stop) && eq(s.step, t.step)
        default:
            if let s = setStorage(x), let t = setStorage(y) {
                return s.count == t.count && s.keys.allSatisfy { t[$0] != nil }
            }
            return false
        }
    }

    private func order(_ op: CompareCode, _ a: PyValue, _ b: PyValue) throws -> PyValue {
        if let x = floatValue(a), let y = floatValue(b) {
            if case .float = a {} else if case .float = b {} else if let p = exactInt(a), let q = exactInt(b) {
                return .bool(compareResult(op, p < q ? -1 : (p == q ? 0 : 1)))
            }
            if x.isNaN || y.isNaN { return .bool(false) }
            return .bool(compareResult(op, x < y ? -1 : (x == y ? 0 : 1)))
        }
        if case .object(let x) = a, case .object(let y) = b, x.type.isBuiltin, y.type.isBuiltin {
            switch (x, y) {
            case (let s as PyStr, let t as PyStr):
                return .bool(compareResult(op, codePointCompare(s.value, t.value)))
            case (let s as PyList, let t as PyList):
                return try lexicographic(op, s.items, t.items)
            case (let s as PyTuple, let t as PyTuple):
                return try lexicographic(op, s.items, t.items)
            default:
                if let s = setStorage(x), let t = setStorage(y) {
                    let sub = s.keys.allSatisfy { t[$0] != nil }
                    let sup = t.keys.allSatisfy { s[$0] != nil }
                    switch op {
                    case .le: return .bool(sub)
                    case .lt: return .bool(sub && s.count < t.count)
                    case .ge: return .bool(sup)
                    default: return .bool(sup && s.count > t.count)
                    }
                }
            }
        }
        let names: [CompareCode: (String, String)] = [
            .lt: ("__lt__", "__gt__"), .le: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"), .ge: ("__ge__", "__le__"),
        ]
        if let (fwd, rev) = names[op] {
            if !a.type.isBuiltin || a.object is PyNamedTuple, let m = a.type.lookup(fwd), !(m.object is PyNative) {
                let r = try call(m, Args([a, b]))
                if !isNotImplemented(r) { return r }
            }
            if !b.type.isBuiltin, let m = b.type.lookup(rev), !(m.object is PyNative) {
                let r = try call(m, Args([b, a]))
                if !isNotImplemented(r) { return r }
            }
            if let x = a.object as? PyNamedTuple, let y = b.object as? PyNamedTuple {
                return try lexicographic(op, x.items, y.items)
            }
        }
        throw pyErr(BT.typeError, "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }

    private func compareResult(_ op: CompareCode, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        case .eq: return c == 0
        default: return c != 0
        }
    }

    private func lexicographic(_ op: CompareCode, _ a: [PyValue], _ b: [PyValue]) throws -> PyValue {
        for (x, y) in zip(a, b) where !(try eq(x, y)) {
            return try compare(op, x, y)
        }
        return .bool(compareResult(op, a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)))
    }

    /// `a < b` as a Swift bool (sorting, min, max).
    func lessThan(_ a: PyValue, _ b: PyValue) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        return try truthy(try compare(.lt, a, b))
    }

    func contains(_ container: PyValue, _ item: PyValue) throws -> Bool {
        guard case .object(let o) = container else {
            throw pyErr(BT.typeError, "argument of type '\(container.typeName)' is not iterable")
        }
        switch o {
        case let s as PyStr:
            guard let t = item.object as? PyStr else {
                throw pyErr(BT.typeError, "'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return t.value.isEmpty || s.value.contains(t.value)
        case let d as PyDict: return d.storage[try hashKey(item)] != nil
        case let s as PySet: return s.storage[try hashKey(item)] != nil
        case let s as PyFrozenSet: return s.storage[try hashKey(item)] != nil
        case let l as PyList:
            for v in l.items where try eq(v, item) { return true }
            return false
        case let t as PyTuple:
            for v in t.items where try eq(v, item) { return true }
            return false
        case let r as PyRange:
            guard let i = smallInt(item) else { return false }
            if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
            return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
        default:
            if !o.type.isBuiltin || o is PyNamedTuple, let m = o.type.lookup("__contains__") {
                return try truthy(try call(m, Args([container, item])))
            }
            for v in try iterate(container) where try eq(v, item) { return true }
            return false
        }
    }
}

/// Compares strings by code points, as Python does (Swift's `<` uses Unicode canonical ordering).
func codePointCompare(_ a: String, _ b: String) -> Int {
    var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
    while true {
        switch (i.next(), j.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?):
            if x.value != y.value { return x.value < y.value ? -1 : 1 }
        }
    }
}
