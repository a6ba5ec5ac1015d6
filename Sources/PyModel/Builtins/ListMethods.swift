/// `list` and `tuple`.
enum ListMethods {
    static func this(_ a: Args, _ name: String) throws -> PyList {
        try receiver(a, PyList.self, name, "list")
    }

    static func install(_ t: PyType) {
        t.construct = { vm, cls, a in
            try a.expect("list", min: 0, max: 1)
            let items = try a.value(0).map { try vm.iterate($0) } ?? []
            return .object(PyList(items, cls: cls === BT.list ? nil : cls))
        }
        t.method("append") { vm, a in
            try a.expect("append", min: 2, max: 2)
            let l = try this(a, "append")
            l.items.append(a[1])
            if l.items.count > vm.budgets.objectSize { throw vm.sizeBudget() }
            return .none
        }
        t.method("extend") { vm, a in
            let l = try this(a, "extend")
            l.items.append(contentsOf: try vm.iterate(a.value(1) ?? .none))
            return .none
        }
        t.method("insert") { _, a in
            let l = try this(a, "insert")
            var i = try intArg(a.value(1), "index")
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(a.value(2) ?? .none, at: min(i, l.items.count))
            return .none
        }
        t.method("pop") { _, a in
            let l = try this(a, "pop")
            if l.items.isEmpty { throw pyErr(BT.indexError, "pop from empty list") }
            var i = try a.value(1).map { try intArg($0, "index") } ?? -1
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw pyErr(BT.indexError, "pop index out of range") }
            return l.items.remove(at: i)
        }
        t.method("remove") { vm, a in
            let l = try this(a, "remove")
            for (i, v) in l.items.enumerated() where try vm.eq(v, a.value(1) ?? .none) {
                l.items.remove(at: i)
                return .none
            }
            throw pyErr(BT.valueError, "list.remove(x): x not in list")
        }
        t.method("index") { vm, a in
            let l = try this(a, "index")
            for (i, v) in l.items.enumerated() where try vm.eq(v, a.value(1) ?? .none) { return .int(i) }
            throw pyErr(BT.valueError, "\(try vm.repr(a.value(1) ?? .none)) is not in list")
        }
        t.method("count") { vm, a in
            let l = try this(a, "count")
            var n = 0
            for v in l.items where try vm.eq(v, a.value(1) ?? .none) { n += 1 }
            return .int(n)
        }
        t.method("sort") { vm, a in
            let l = try this(a, "sort")
            if a.count > 1 { throw pyErr(BT.typeError, "sort() takes no positional arguments") }
            l.items = try sortValues(vm, l.items, key: a.keyword("key") ?? .none, reverse: try vm.truthy(a.keyword("reverse") ?? .false))
            return .none
        }
        t.method("reverse") { _, a in
            let l = try this(a, "reverse")
            l.items.reverse()
            return .none
        }
        t.method("copy") { _, a in .object(PyList(try this(a, "copy").items)) }
        t.method("clear") { _, a in
            try this(a, "clear").items.removeAll()
            return .none
        }
        t.method("__len__") { vm, a in .int(try vm.length(a[0])) }
        t.method("__getitem__") { vm, a in try vm.getItem(a[0], a.value(1) ?? .none) }
        t.method("__setitem__") { vm, a in
            try vm.setItem(a[0], a.value(1) ?? .none, a.value(2) ?? .none)
            return .none
        }
        t.method("__contains__") { vm, a in .bool(try vm.contains(a[0], a.value(1) ?? .none)) }
        t.method("__iter__") { vm, a in try vm.iter(a[0]) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a.value(1) ?? .none) }
        t.method("__add__") { vm, a in try vm.binary(.add, a[0], a.value(1) ?? .none) }
        t.method("__repr__") { vm, a in .str(try vm.repr(a[0])) }
        t.classMethod("__class_getitem__") { _, a in a[0] }
    }

    /// A stable sort with an optional key function, as `sorted` and `list.sort` do.
    static func sortValues(_ vm: VM, _ items: [PyValue], key: PyValue, reverse: Bool) throws -> [PyValue] {
        let keys = try key.isNone ? items : items.map { try vm.call(key, Args([$0])) }
        var idx = Array(0..<items.count)
        var failure: Error?
        try mergeSort(&idx) { i, j in
            if failure != nil { return false }
            do {
                return reverse ? try vm.lessThan(keys[j], keys[i]) : try vm.lessThan(keys[i], keys[j])
            } catch {
                failure = error
                return false
            }
        }
        if let f = failure { throw f }
        return idx.map { items[$0] }
    }

    /// A stable merge sort (Swift's `sort` is not guaranteed stable across versions).
    static func mergeSort(_ a: inout [Int], _ less: (Int, Int) throws -> Bool) throws {
        if a.count < 2 { return }
        var buffer = a
        var width = 1
        while width < a.count {
            var i = 0
            while i < a.count {
                let mid = min(i + width, a.count), hi = min(i + 2 * width, a.count)
                var l = i, r = mid, k = i
                while l < mid && r < hi {
                    if try less(a[r], a[l]) { buffer[k] = a[r]; r += 1 } else { buffer[k] = a[l]; l += 1 }
                    k += 1
                }
                while l < mid { buffer[k] = a[l]; l += 1; k += 1 }
                while r < hi { buffer[k] = a[r]; r += 1; k += 1 }
                i += 2 * width
            }
            swap(&a, &buffer)
            width *= 2
        }
    }
}

enum TupleMethods {
    static func install(_ t: PyType) {
        t.construct = { vm, _, a in
            try a.expect("tuple", min: 0, max: 1)
            guard let v = a.value(0) else { return .object(PyTuple.empty) }
            if let tup = v.object as? PyTuple { return .object(tup) }
            return .object(PyTuple(try vm.iterate(v)))
        }
        t.method("index") { vm, a in
            for (i, v) in try vm.iterate(a[0]).enumerated() where try vm.eq(v, a.value(1) ?? .none) { return .int(i) }
            throw pyErr(BT.valueError, "tuple.index(x): x not in tuple")
        }
        t.method("count") { vm, a in
            var n = 0
            for v in try vm.iterate(a[0]) where try vm.eq(v, a.value(1) ?? .none) { n += 1 }
            return .int(n)
        }
        t.method("__len__") { vm, a in .int(try vm.length(a[0])) }
        t.method("__getitem__") { vm, a in try vm.getItem(a[0], a.value(1) ?? .none) }
        t.method("__iter__") { vm, a in try vm.iter(a[0]) }
        t.method("__contains__") { vm, a in .bool(try vm.contains(a[0], a.value(1) ?? .none)) }
        t.method("__eq__") { vm, a in try vm.compare(.eq, a[0], a.value(1) ?? .none) }
        t.method("__lt__") { vm, a in try vm.compare(.lt, a[0], a.value(1) ?? .none) }
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
        t.method("__repr__") { vm, a in .str(try vm.repr(a[0])) }
        t.classMethod("__class_getitem__") { _, a in a[0] }
    }
}
