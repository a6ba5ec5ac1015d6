import BigInt

/// The `builtins` namespace: functions, types, exceptions and constants.
enum BuiltinFunctions {
    static func install(into ns: PyNamespace) {
        for t in BT.builtinTypes + BT.builtinExceptions { ns[t.name] = .object(t) }
        ns["None"] = PyValue.none
        ns["True"] = .true
        ns["False"] = .false
        ns["NotImplemented"] = .object(BT.notImplemented)
        ns["Ellipsis"] = .object(BT.ellipsis)
        ns["__build_class__"] = nil
        func def(_ name: String, _ body: @escaping PyNative.Body) {
            ns[name] = .object(PyNative(name, body))
        }
        def("print") { vm, a in
            let sep = try a.keyword("sep").flatMap { $0.isNone ? nil : try strArg($0, "sep") } ?? " "
            let end = try a.keyword("end").flatMap { $0.isNone ? nil : try strArg($0, "end") } ?? "\n"
            let text = try a.positional.map { try vm.str($0) }.joined(separator: sep) + end
            if let file = a.keyword("file"), !file.isNone {
                _ = try vm.callMethod(file, "write", Args([.str(text)]))
            } else {
                vm.write(text)
            }
            return .none
        }
        def("len") { vm, a in
            try a.expect("len", min: 1, max: 1)
            return .int(try vm.length(a[0]))
        }
        def("repr") { vm, a in
            try a.expect("repr", min: 1, max: 1)
            return .str(try vm.repr(a[0]))
        }
        def("ascii") { vm, a in .str(asciiEscaped(try vm.repr(a.value(0) ?? .none))) }
        def("format") { vm, a in .str(try vm.format(a.value(0) ?? .none, try a.value(1).map { try strArg($0, "format spec") } ?? "")) }
        def("id") { _, a in
            guard let o = a.value(0)?.object else { return .int(Int(bitPattern: UInt(truncatingIfNeeded: (try? a.value(0).map { "\($0)".hashValue } ?? 0) ?? 0)) & 0xffffff) }
            return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)) & Int.max)
        }
        def("hash") { vm, a in .int(try vm.hash(a.value(0) ?? .none)) }
        def("abs") { vm, a in
            let v = a.value(0) ?? .none
            switch v {
            case .int(let i): return i == Int.min ? .bigint(BigInt(BigInt(i).magnitude)) : .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            case .object(let o as PyBigInt): return .bigint(BigInt(o.value.magnitude))
            default:
                if let m = v.type.lookup("__abs__"), !v.type.isBuiltin { return try vm.call(m, Args([v])) }
                throw pyErr(BT.typeError, "bad operand type for abs(): '\(v.typeName)'")
            }
        }
        def("isinstance") { vm, a in
            try a.expect("isinstance", min: 2, max: 2)
            return .bool(try isInstance(vm, a[0], a[1]))
        }
        def("issubclass") { vm, a in
            try a.expect("issubclass", min: 2, max: 2)
            guard let c = a[0].object as? PyType else { throw pyErr(BT.typeError, "issubclass() arg 1 must be a class") }
            return .bool(try classMatches(vm, c, a[1], fn: "issubclass"))
        }
        def("callable") { vm, a in .bool(vm.isCallable(a.value(0) ?? .none)) }
        def("getattr") { vm, a in
            try a.expect("getattr", min: 2, max: 3)
            let name = try strArg(a[1], "attribute name")
            if a.count == 3 {
                do {
                    return try vm.lookupAttr(a[0], name) ?? a[2]
                } catch let e as PyRaise where e.exc.isInstance(of: BT.attributeError) {
                    return a[2]
                }
            }
            return try vm.getAttr(a[0], name)
        }
        def("setattr") { vm, a in
            try a.expect("setattr", min: 3, max: 3)
            try vm.setAttr(a[0], try strArg(a[1], "attribute name"), a[2])
            return .none
        }
        def("delattr") { vm, a in
            try vm.delAttr(a.value(0) ?? .none, try strArg(a.value(1), "attribute name"))
            return .none
        }
        def("hasattr") { vm, a in
            try a.expect("hasattr", min: 2, max: 2)
            do {
                return .bool(try vm.lookupAttr(a[0], try strArg(a[1], "attribute name")) != nil)
            } catch let e as PyRaise where e.exc.isInstance(of: BT.attributeError) {
                return .false
            }
        }
        def("iter") { vm, a in
            try a.expect("iter", min: 1, max: 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                return .object(PyNativeIterator(type: BT.iterator) { vm in
                    let v = try vm.call(fn, Args())
                    return try vm.eq(v, sentinel) ? nil : v
                })
            }
            return try vm.iter(a[0])
        }
        def("next") { vm, a in
            try a.expect("next", min: 1, max: 2)
            guard isIterator(a[0]) else {
                throw pyErr(BT.typeError, "'\(a[0].typeName)' object is not an iterator")
            }
            if let g = a[0].object as? PyGenerator, g.kind == .generator {
                do {
                    return try GeneratorMethods.stopIteration(try g.send(vm, .none))
                } catch let e as PyRaise where e.exc.isInstance(of: BT.stopIteration) && a.count == 2 {
                    return a[1]
                }
            }
            if let v = try vm.next(a[0]) { return v }
            if a.count == 2 { return a[1] }
            throw PyRaise(exc: PyExc(cls: BT.stopIteration, args: []))
        }
        def("aiter") { vm, a in try vm.asyncIterator(a.value(0) ?? .none) }
        def("anext") { vm, a in
            let it = a.value(0) ?? .none
            guard let m = it.type.lookup("__anext__") else {
                throw pyErr(BT.typeError, "'\(it.typeName)' object is not an async iterator")
            }
            let aw = try vm.call(m, Args([it]))
            if let dflt = a.value(1) { return .object(AnextDefault(try vm.awaitable(aw), dflt)) }
            return aw
        }
        def("sorted") { vm, a in
            try a.expect("sorted", min: 1, max: 1)
            return .object(PyList(try ListMethods.sortValues(vm, try vm.iterate(a[0]), key: a.keyword("key") ?? .none,
                                                            reverse: try vm.truthy(a.keyword("reverse") ?? .false))))
        }
        def("reversed") { vm, a in
            try a.expect("reversed", min: 1, max: 1)
            let v = a[0]
            if let m = v.type.lookup("__reversed__"), !v.type.isBuiltin { return try vm.call(m, Args([v])) }
            switch v.object {
            case is PyList, is PyTuple, is PyStr, is PyRange, is PyDict, is PyDictView, is PyNamedTuple:
                return .object(vm.arrayIterator(try vm.iterate(v).reversed(), BT.reversedIterator))
            default:
                if v.type.lookup("__len__") != nil && v.type.lookup("__getitem__") != nil {
                    let n = try vm.length(v)
                    var r: [PyValue] = []
                    for i in stride(from: n - 1, through: 0, by: -1) { r.append(try vm.getItem(v, .int(i))) }
                    return .object(vm.arrayIterator(r, BT.reversedIterator))
                }
                throw pyErr(BT.typeError, "'\(v.typeName)' object is not reversible")
            }
        }
        def("enumerate") { vm, a in
            let it = try vm.iter(a.value(0, "iterable") ?? .none)
            var i = try a.value(1, "start").map { try intArg($0, "start") } ?? 0
            return .object(PyNativeIterator(type: BT.enumerate) { vm in
                guard let v = try vm.next(it) else { return nil }
                defer { i += 1 }
                return .object(PyTuple([.int(i), v]))
            })
        }
        def("zip") { vm, a in
            let its = try a.positional.map { try vm.iter($0) }
            let strict = try vm.truthy(a.keyword("strict") ?? .false)
            return .object(PyNativeIterator(type: BT.zip) { vm in
                if its.isEmpty { return nil }
                var items: [PyValue] = []
                for (n, it) in its.enumerated() {
                    guard let v = try vm.next(it) else {
                        if strict && n > 0 {
                            throw pyErr(BT.valueError, "zip() argument \(n + 1) is shorter than argument\(n == 1 ? "" : "s") 1\(n == 1 ? "" : "-\(n)")")
                        }
                        if strict && n == 0 {
                            for (m, other) in its.enumerated().dropFirst() where try vm.next(other) != nil {
                                throw pyErr(BT.valueError, "zip() argument \(m + 1) is longer than argument\(m == 1 ? "" : "s") 1\(m == 1 ? "" : "-\(m)")")
                            }
                        }
                        return nil
                    }
                    items.append(v)
                }
                return .object(PyTuple(items))
            })
        }
        def("map") { vm, a in
            guard a.count >= 2 else { throw pyErr(BT.typeError, "map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try vm.iter($0) }
            return .object(PyNativeIterator(type: BT.map) { vm in
                var args: [PyValue] = []
                for it in its {
                    guard let v = try vm.next(it) else { return nil }
                    args.append(v)
                }
                return try vm.call(fn, Args(args))
            })
        }
        def("filter") { vm, a in
            try a.expect("filter", min: 2, max: 2)
            let fn = a[0]
            let it = try vm.iter(a[1])
            return .object(PyNativeIterator(type: BT.filter) { vm in
                while let v = try vm.next(it) {
                    if fn.isNone ? try vm.truthy(v) : try vm.truthy(try vm.call(fn, Args([v]))) { return v }
                }
                return nil
            })
        }
        def("sum") { vm, a in
            var total = a.value(1, "start") ?? .int(0)
            if total.object is PyStr { throw pyErr(BT.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try vm.iter(a.value(0) ?? .none)
            while let v = try vm.next(it) { total = try vm.binary(.add, total, v) }
            return total
        }
        def("min") { vm, a in try minMax(vm, a, "min", wantMax: false) }
        def("max") { vm, a in try minMax(vm, a, "max", wantMax: true) }
        def("any") { vm, a in
            let it = try vm.iter(a.value(0) ?? .none)
            while let v = try vm.next(it) {
                if try vm.truthy(v) { return .true }
            }
            return .false
        }
        def("all") { vm, a in
            let it = try vm.iter(a.value(0) ?? .none)
            while let v = try vm.next(it) {
                if !(try vm.truthy(v)) { return .false }
            }
            return .true
        }
        def("divmod") { vm, a in
            try a.expect("divmod", min: 2, max: 2)
            if case .float = a[0], true {} else if case .float = a[1] {} else if exactInt(a[0]) != nil, exactInt(a[1]) != nil {
                return .object(PyTuple([try vm.binary(.floordiv, a[0], a[1]), try vm.binary(.mod, a[0], a[1])]))
            }
            guard let x = floatValue(a[0]), let y = floatValue(a[1]) else {
                throw pyErr(BT.typeError, "unsupported operand type(s) for divmod(): '\(a[0].typeName)' and '\(a[1].typeName)'")
            }
            if y == 0 { throw pyErr(BT.zeroDivisionError, "float divmod()") }
            let (q, r) = floatDivMod(x, y)
            return .object(PyTuple([.float(q), .float(r)]))
        }
        def("pow") { vm, a in
            try a.expect("pow", min: 2, max: 3)
            if a.count == 3, let b = exactInt(a[0]), let e = exactInt(a[1]), let m = exactInt(a[2]) {
                if m == 0 { throw pyErr(BT.valueError, "pow() 3rd argument cannot be 0") }
                var base = floorDivMod(b, m).1
                var exp = e
                if e.sign == .minus {
                    guard let inverse = modularInverse(base, m) else {
                        throw pyErr(BT.valueError, "base is not invertible for the given modulus")
                    }
                    base = inverse
                    exp = -e
                }
                var r = BigInt(1)
                while exp > 0 {
                    if exp & 1 == 1 { r = floorDivMod(r * base, m).1 }
                    base = floorDivMod(base * base, m).1
                    exp >>= 1
                }
                return .bigint(floorDivMod(r, m).1)
            }
            return try vm.binary(.pow, a[0], a[1])
        }
        def("round") { vm, a in try roundValue(vm, a.value(0, "number") ?? .none, a.value(1, "ndigits")) }
        def("chr") { _, a in
            let i = try intArg(a.value(0), "chr")
            guard let u = Unicode.Scalar(UInt32(clamping: max(i, 0))), i >= 0 else {
                throw pyErr(BT.valueError, "chr() arg not in range(0x110000)")
            }
            return .str(String(Character(u)))
        }
        def("ord") { _, a in
            guard let s = a.value(0)?.object as? PyStr else {
                throw pyErr(BT.typeError, "ord() expected string of length 1, but \(a.value(0)?.typeName ?? "NoneType") found")
            }
            guard s.count == 1, let u = s.value.unicodeScalars.first else {
                throw pyErr(BT.typeError, "ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(u.value))
        }
        def("hex") { _, a in .str(try radixString(a.value(0), 16, "0x")) }
        def("oct") { _, a in .str(try radixString(a.value(0), 8, "0o")) }
        def("bin") { _, a in .str(try radixString(a.value(0), 2, "0b")) }
        def("vars") { vm, a in
            guard let v = a.value(0) else { throw RunStop.unsupported("vars()", line: 0) }
            switch v.object {
            case let inst as PyInstance: return .object(vm.attrDictProxy(inst.dict))
            case let t as PyType: return .object(vm.attrDictProxy(t.dict))
            case let m as PyModule: return .object(vm.namespaceDict(m.namespace))
            default: throw pyErr(BT.typeError, "vars() argument must have __dict__ attribute")
            }
        }
        def("dir") { vm, a in
            guard let v = a.value(0) else { throw RunStop.unsupported("dir()", line: 0) }
            var names = Set<String>()
            if let inst = v.object as? PyInstance { names.formUnion(inst.dict.keys) }
            if let m = v.object as? PyModule { names.formUnion(m.namespace.keys) }
            let t = (v.object as? PyType) ?? v.type
            for c in t.mro { names.formUnion(c.dict.keys) }
            return .object(PyList(names.sorted { codePointCompare($0, $1) < 0 }.map { .str($0) }))
        }
        for refused in ["open", "eval", "exec", "compile", "input", "breakpoint", "__import__", "globals", "locals", "exit", "quit", "help", "memoryview", "bytearray", "complex"] {
            def(refused) { _, _ in throw RunStop.unsupported("\(refused)()", line: 0) }
        }
    }

    static func isIterator(_ v: PyValue) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyNativeIterator { return true }
        if let g = o as? PyGenerator { return g.kind == .generator }
        return o.type.lookup("__next__") != nil
    }

    static func isInstance(_ vm: VM, _ v: PyValue, _ spec: PyValue) throws -> Bool {
        try classMatches(vm, v.type, spec, fn: "isinstance")
    }

    static func classMatches(_ vm: VM, _ c: PyType, _ spec: PyValue, fn: String) throws -> Bool {
        switch spec.object {
        case let t as PyType:
            if let check = t.lookup("__instancecheck_native__")?.object as? PyNative {
                return try vm.truthy(try check.body(vm, Args([.object(c)])))
            }
            return c.isSubtype(of: t)
        case let tup as PyTuple:
            for item in tup.items where try classMatches(vm, c, item, fn: fn) { return true }
            return false
        default:
            throw pyErr(BT.typeError, "\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    static func minMax(_ vm: VM, _ a: Args, _ name: String, wantMax: Bool) throws -> PyValue {
        let key = a.keyword("key") ?? .none
        let items: [PyValue]
        if a.count == 1 {
            items = try vm.iterate(a[0])
        } else if a.count == 0 {
            throw pyErr(BT.typeError, "\(name) expected at least 1 argument, got 0")
        } else {
            if a.keyword("default") != nil {
                throw pyErr(BT.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = a.positional
        }
        guard var best = items.first else {
            if let d = a.keyword("default") { return d }
            throw pyErr(BT.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try vm.call(key, Args([best]))
        for v in items.dropFirst() {
            let k = key.isNone ? v : try vm.call(key, Args([v]))
            if wantMax ? try vm.lessThan(bestKey, k) : try vm.lessThan(k, bestKey) {
                best = v
                bestKey = k
            }
        }
        return best
    }

    static func radixString(_ v: PyValue?, _ radix: Int, _ prefix: String) throws -> String {
        guard let v = v, let b = exactInt(v) else {
            throw pyErr(BT.typeError, "'\(v?.typeName ?? "NoneType")' object cannot be interpreted as an integer")
        }
        let digits = String(b.magnitude, radix: radix)
        return (b.sign == .minus && b != 0 ? "-" : "") + prefix + digits
    }

    static func roundValue(_ vm: VM, _ v: PyValue, _ nd: PyValue?) throws -> PyValue {
        let ndigits = nd.flatMap { $0.isNone ? nil : $0 }
        switch v {
        case .float(let d):
            if let n = ndigits {
                return .float(try PyRound.round(d, ndigits: try intArg(n, "ndigits")))
            }
            if d.isNaN { throw pyErr(BT.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw pyErr(BT.overflowError, "cannot convert float infinity to integer") }
            return .bigint(BigInt(d.rounded(.toNearestOrEven)))
        case .int, .bool, .object(is PyBigInt):
            guard let n = ndigits, let nd = smallInt(n), nd < 0, let b = exactInt(v) else { return try IntMethods.makeInt(vm, Args([v])) }
            let p = BigInt(10).power(-nd)
            var (q, r) = floorDivMod(b, p)
            if r * 2 > p || (r * 2 == p && !q.isMultiple(of: 2)) { q += 1 }
            return .bigint(q * p)
        default:
            if let m = v.type.lookup("__round__"), !v.type.isBuiltin {
                return try vm.call(m, Args(ndigits.map { [v, $0] } ?? [v]))
            }
            throw pyErr(BT.typeError, "type \(v.typeName) doesn't define __round__ method")
        }
    }
}

/// The inverse of `a` modulo `m` (extended Euclid), `nil` when they are not coprime.
func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    var (r0, r1) = (floorDivMod(a, m).1, BigInt(m.magnitude))
    var (s0, s1) = (BigInt(1), BigInt(0))
    while r1 != 0 {
        let q = floorDivMod(r0, r1).0
        (r0, r1) = (r1, r0 - q * r1)
        (s0, s1) = (s1, s0 - q * s1)
    }
    guard r0 == 1 else { return nil }
    return floorDivMod(s0, m).1
}

/// `anext(it, default)`: awaits `__anext__()` and turns StopAsyncIteration into the default.
final class AnextDefault: Delegate {
    let inner: PyValue
    let dflt: PyValue

    init(_ inner: PyValue, _ dflt: PyValue) {
        self.inner = inner
        self.dflt = dflt
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        guard let d = inner.object as? Delegate else { return .returned(dflt) }
        do { return try d.send(vm, value) } catch let e as PyRaise where e.exc.isInstance(of: BT.stopAsyncIteration) {
            return .returned(dflt)
        }
    }

    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        guard let d = inner.object as? Delegate else { throw error }
        do { return try d.throwIn(vm, error) } catch let e as PyRaise where e.exc.isInstance(of: BT.stopAsyncIteration) {
            return .returned(dflt)
        }
    }
}
