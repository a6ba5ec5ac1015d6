import BigInt

/// CPython hashes str with a per-process random key; any stable hash is as good (set order of strings is
/// unspecified in CPython too).
func stringHash(_ s: String) -> Int {
    var h = Hasher()
    h.combine(s)
    return h.finalize()
}

extension VM {
    /// `hash(v)`; raises `TypeError: unhashable type` for mutable containers.
    func hash(_ v: PyValue) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return intHash(i)
        case .float(let d): return floatHash(d)
        case .object(let o):
            switch o {
            case let s as PyStr: return stringHash(s.value)
            case let b as PyBigInt: return intHash(b.value)
            case let t as PyTuple: return try tupleHash(t.items)
            case let n as PyNamedTuple: return try tupleHash(n.items)
            case let f as PyFrozenSet:
                var h = 0
                for k in f.storage.keys { h ^= k.hash &* 1_000_003 }
                return h
            case let b as PyBytes: return stringHash(String(decoding: b.value, as: UTF8.self))
            case is PyList, is PyDict, is PySet:
                throw pyErr(BT.typeError, "unhashable type: '\(o.type.name)'")
            default:
                if !o.type.isBuiltin {
                    if let h = o.type.lookup("__hash__") {
                        if h.isNone { throw pyErr(BT.typeError, "unhashable type: '\(o.type.name)'") }
                        if !(h.object is PyNative) {
                            let r = try call(h, Args([v]))
                            guard let i = exactInt(r) else {
                                throw pyErr(BT.typeError, "__hash__ method should return an integer")
                            }
                            return intHash(i)
                        }
                    }
                }
                return ObjectIdentifier(o).hashValue >> 4
            }
        }
    }

    private func tupleHash(_ items: [PyValue]) throws -> Int {
        var acc: UInt64 = 2_870_177_450_012_600_261
        for item in items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* 14_029_467_366_897_019_727
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* 11_400_714_785_074_694_791
        }
        acc = acc &+ (UInt64(items.count) ^ (2_870_177_450_012_600_261 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(bitPattern: UInt(acc))
    }

    func hashKey(_ v: PyValue) throws -> HashKey {
        HashKey(value: v, hash: try hash(v))
    }

    func dictSet(_ d: PyDict, _ k: PyValue, _ v: PyValue) throws {
        d.storage[try hashKey(k)] = v
        if d.storage.count > budgets.objectSize { throw sizeBudget() }
    }

    func dictGet(_ d: PyDict, _ k: PyValue) throws -> PyValue? {
        d.storage[try hashKey(k)]
    }

    func setAdd(_ s: PySet, _ v: PyValue) throws {
        let k = try hashKey(v)
        if s.storage[k] == nil { s.storage[k] = v }
        if s.storage.count > budgets.objectSize { throw sizeBudget() }
    }

    /// `d.update(other)`; with `forKeywords` (`f(**a, **b)`), a repeated key is CPython's TypeError.
    func dictUpdate(_ d: PyDict, _ other: PyValue, forKeywords: Bool = false) throws {
        if let o = other.object as? PyDict {
            for (k, v) in o.storage {
                if forKeywords, d.storage[k] != nil {
                    throw pyErr(BT.typeError, "got multiple values for keyword argument '\(try str(k.value))'")
                }
                d.storage[k] = v
            }
            return
        }
        if let keysFn = try lookupAttr(other, "keys") {
            for k in try iterate(try call(keysFn, Args())) { try dictSet(d, k, try getItem(other, k)) }
            return
        }
        if forKeywords {
            throw pyErr(BT.typeError, "argument after ** must be a mapping, not \(other.typeName)")
        }
        for item in try iterate(other) {
            let pair = try iterate(item)
            guard pair.count == 2 else {
                throw pyErr(BT.valueError, "dictionary update sequence element #0 has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
        }
    }

    /// Normalises a sequence index (negative from the end); `nil` when out of range.
    func sequenceIndex(_ key: PyValue, count: Int, typeName: String) throws -> Int? {
        guard let i = try indexValue(key, typeName: typeName) else { return nil }
        let j = i < 0 ? i + count : i
        return j >= 0 && j < count ? j : nil
    }

    private func indexValue(_ key: PyValue, typeName: String) throws -> Int? {
        switch key {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt): return o.value.sign == .minus ? Int.min / 2 : Int.max / 2
        default:
            if !key.type.isBuiltin, let m = key.type.lookup("__index__") {
                return smallInt(try call(m, Args([key])))
            }
            throw pyErr(BT.typeError, "\(typeName) indices must be integers or slices, not \(key.typeName)")
        }
    }

    /// The indices a slice selects from a sequence of `count` items (CPython's `PySlice_AdjustIndices`).
    func sliceIndices(_ s: PySlice, count: Int) throws -> [Int] {
        let step = s.step.isNone ? 1 : (smallInt(s.step) ?? 1)
        if step == 0 { throw pyErr(BT.valueError, "slice step cannot be zero") }
        func bound(_ v: PyValue, _ dflt: Int) throws -> Int {
            if v.isNone { return dflt }
            guard var i = smallInt(v) ?? exactInt(v).map({ $0.sign == .minus ? Int.min / 2 : Int.max / 2 }) else {
                throw pyErr(BT.typeError, "slice indices must be integers or None or have an __index__ method")
            }
            if i < 0 {
                i += count
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= count {
                i = step < 0 ? count - 1 : count
            }
            return i
        }
        let start = try bound(s.start, step < 0 ? count - 1 : 0)
        let stop = try bound(s.stop, step < 0 ? -1 : count)
        var r: [Int] = []
        var i = start
        if step > 0 {
            while i < stop { r.append(i); i += step }
        } else {
            while i > stop { r.append(i); i += step }
        }
        return r
    }

    /// `container[key]`.
    func getItem(_ container: PyValue, _ key: PyValue) throws -> PyValue {
        guard case .object(let o) = container else {
            throw pyErr(BT.typeError, "'\(container.typeName)' object is not subscriptable")
        }
        switch o {
        case let l as PyList:
            if let s = key.object as? PySlice { return .object(PyList(try sliceIndices(s, count: l.items.count).map { l.items[$0] })) }
            guard let i = try sequenceIndex(key, count: l.items.count, typeName: "list") else {
                throw pyErr(BT.indexError, "list index out of range")
            }
            return l.items[i]
        case let t as PyTuple:
            if let s = key.object as? PySlice { return .object(PyTuple(try sliceIndices(s, count: t.items.count).map { t.items[$0] })) }
            guard let i = try sequenceIndex(key, count: t.items.count, typeName: "tuple") else {
                throw pyErr(BT.indexError, "tuple index out of range")
            }
            return t.items[i]
        case let n as PyNamedTuple:
            if let s = key.object as? PySlice { return .object(PyTuple(try sliceIndices(s, count: n.items.count).map { n.items[$0] })) }
            guard let i = try sequenceIndex(key, count: n.items.count, typeName: "tuple") else {
                throw pyErr(BT.indexError, "tuple index out of range")
            }
            return n.items[i]
        case let s as PyStr:
            let scalars = s.scalars
            if let sl = key.object as? PySlice {
                var out = String.UnicodeScalarView()
                for i in try sliceIndices(sl, count: scalars.count) { out.append(scalars[i]) }
                return .str(String(out))
            }
            guard let i = try sequenceIndex(key, count: scalars.count, typeName: "string") else {
                throw pyErr(BT.indexError, "string index out of range")
            }
            return .str(String(Character(scalars[i])))
        case let d as PyDict:
            if let v = try dictGet(d, key) { return v }
            if let f = d.defaultFactory, !f.isNone {
                let v = try call(f, Args())
                try dictSet(d, key, v)
                return v
            }
            if d.cls != nil, let m = d.type.lookup("__missing__") {
                return try call(m, Args([container, key]))
            }
            throw PyRaise(exc: PyExc(cls: BT.keyError, args: [key]))
        case let r as PyRange:
            if let s = key.object as? PySlice {
                let idx = try sliceIndices(s, count: r.count)
                let step = (s.step.isNone ? 1 : (smallInt(s.step) ?? 1)) * r.step
                let start = idx.first.map { r.item($0) } ?? r.start
                return .object(PyRange(start: start, stop: start + idx.count * step, step: step))
            }
            guard let i = try sequenceIndex(key, count: r.count, typeName: "range") else {
                throw pyErr(BT.indexError, "range object index out of range")
            }
            return .int(r.item(i))
        case let b as PyBytes:
            guard let i = try sequenceIndex(key, count: b.value.count, typeName: "byte") else {
                throw pyErr(BT.indexError, "index out of range")
            }
            return .int(Int(b.value[i]))
        case let t as PyType:
            if let meta = t.metaclass, let m = meta.lookup("__getitem__"), m.object is PyFunction {
                return try call(m, Args([container, key]))
            }
            if let m = t.lookup("__class_getitem__") {
                return try call(m, Args([.object(t), key]))
            }
            if t.isBuiltin || t.moduleName == "typing" { return container }
            throw pyErr(BT.typeError, "type '\(t.name)' is not subscriptable")
        default:
            if let m = o.type.lookup("__getitem__") {
                return try call(m, Args([container, key]))
            }
            throw pyErr(BT.typeError, "'\(o.type.name)' object is not subscriptable")
        }
    }

    /// `container[key] = value`.
    func setItem(_ container: PyValue, _ key: PyValue, _ value: PyValue) throws {
        switch container.object {
        case let l as PyList:
            if let s = key.object as? PySlice {
                let idx = try sliceIndices(s, count: l.items.count)
                let new = try iterate(value)
                if s.step.isNone || smallInt(s.step) == 1 {
                let start = try sliceStart(s, l.items.count)
                    let lo = idx.first ?? min(max(start, 0), l.items.count)
                    l.items.replaceSubrange(lo..<(lo + idx.count), with: new)
                } else {
                    guard new.count == idx.count else {
                        throw pyErr(BT.valueError, "attempt to assign sequence of size \(new.count) to extended slice of size \(idx.count)")
                    }
                    for (i, v) in zip(idx, new) { l.items[i] = v }
                }
                return
            }
            guard let i = try sequenceIndex(key, count: l.items.count, typeName: "list") else {
                throw pyErr(BT.indexError, "list assignment index out of range")
            }
            l.items[i] = value
        case let d as PyDict:
            try dictSet(d, key, value)
        case let o?:
            if let m = o.type.lookup("__setitem__"), !o.type.isBuiltin {
                _ = try call(m, Args([container, key, value]))
                return
            }
            throw pyErr(BT.typeError, "'\(o.type.name)' object does not support item assignment")
        default:
            throw pyErr(BT.typeError, "'\(container.typeName)' object does not support item assignment")
        }
    }

    private func sliceStart(_ s: PySlice, _ count: Int) throws -> Int {
        guard let i = smallInt(s.start) else { return 0 }
        return i < 0 ? max(i + count, 0) : min(i, count)
    }

    /// `del container[key]`.
    func delItem(_ container: PyValue, _ key: PyValue) throws {
        switch container.object {
        case let l as PyList:
            if let s = key.object as? PySlice {
                let idx = Set(try sliceIndices(s, count: l.items.count))
                l.items = l.items.enumerated().filter { !idx.contains($0.offset) }.map { $0.element }
                return
            }
            guard let i = try sequenceIndex(key, count: l.items.count, typeName: "list") else {
                throw pyErr(BT.indexError, "list assignment index out of range")
            }
            l.items.remove(at: i)
        case let d as PyDict:
            if d.storage.removeValue(forKey: try hashKey(key)) == nil {
                throw PyRaise(exc: PyExc(cls: BT.keyError, args: [key]))
            }
        case let o?:
            if let m = o.type.lookup("__delitem__"), !o.type.isBuiltin {
                _ = try call(m, Args([container, key]))
                return
            }
            throw pyErr(BT.typeError, "'\(o.type.name)' object doesn't support item deletion")
        default:
            throw pyErr(BT.typeError, "'\(container.typeName)' object doesn't support item deletion")
        }
    }

    /// `len(v)`.
    func length(_ v: PyValue) throws -> Int {
        switch v.object {
        case let s as PyStr: return s.count
        case let l as PyList: return l.items.count
        case let t as PyTuple: return t.items.count
        case let n as PyNamedTuple: return n.items.count
        case let d as PyDict: return d.storage.count
        case let s as PySet: return s.storage.count
        case let s as PyFrozenSet: return s.storage.count
        case let r as PyRange: return r.count
        case let b as PyBytes: return b.value.count
        case let o?:
            if let m = o.type.lookup("__len__") {
                let r = try call(m, Args([v]))
                guard let n = smallInt(r) else {
                    throw pyErr(BT.typeError, "'\(r.typeName)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw pyErr(BT.valueError, "__len__() should return >= 0") }
                return n
            }
            throw pyErr(BT.typeError, "object of type '\(o.type.name)' has no len()")
        default:
            throw pyErr(BT.typeError, "object of type '\(v.typeName)' has no len()")
        }
    }

    /// Unpacks exactly `count` items (assignment targets), with CPython's messages.
    func unpack(_ v: PyValue, count: Int) throws -> [PyValue] {
        let items: [PyValue]
        switch v.object {
        case let t as PyTuple: items = t.items
        case let l as PyList: items = l.items
        default:
            guard isIterable(v) else {
                throw pyErr(BT.typeError, "cannot unpack non-iterable \(v.typeName) object")
            }
            let it = try iter(v)
            var got: [PyValue] = []
            while let x = try next(it) {
                got.append(x)
                if got.count > count {
                    throw pyErr(BT.valueError, "too many values to unpack (expected \(count))")
                }
            }
            items = got
        }
        if items.count > count { throw pyErr(BT.valueError, "too many values to unpack (expected \(count))") }
        if items.count < count {
            throw pyErr(BT.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }
}
