/// `set` and `frozenset`.
enum SetMethods {
    static func storage(_ vm: VM, _ v: PyValue) throws -> OrderedKeys {
        if let o = v.object, let s = vm.setStorage(o) { return s }
        var r = OrderedKeys()
        for x in try vm.iterate(v) {
            let k = try vm.hashKey(x)
            if r[k] == nil { r[k] = x }
        }
        return r
    }

    static func make(_ frozen: Bool, _ s: OrderedKeys) -> PyValue {
        if frozen {
            let f = PyFrozenSet()
            f.storage = s
            return .object(f)
        }
        let n = PySet()
        n.storage = s
        return .object(n)
    }

    static func installCommon(_ t: PyType, frozen: Bool) {
        t.method("union") { vm, a in
            var s = try storage(vm, a[0])
            for other in a.positional.dropFirst() {
                for (k, v) in try storage(vm, other) where s[k] == nil { s[k] = v }
            }
            return make(frozen, s)
        }
        t.method("intersection") { vm, a in
            var s = try storage(vm, a[0])
            for other in a.positional.dropFirst() {
                let o = try storage(vm, other)
                s = s.filter { o[$0.key] != nil }
            }
            return make(frozen, s)
        }
        t.method("difference") { vm, a in
            var s = try storage(vm, a[0])
            for other in a.positional.dropFirst() {
                let o = try storage(vm, other)
                s = s.filter { o[$0.key] == nil }
            }
            return make(frozen, s)
        }
        t.method("symmetric_difference") { vm, a in
            let s = try storage(vm, a[0]), o = try storage(vm, a.value(1) ?? .none)
            var r = s.filter { o[$0.key] == nil }
            for (k, v) in o where s[k] == nil { r[k] = v }
            return make(frozen, r)
        }
        t.method("issubset") { vm, a in
            let s = try storage(vm, a[0]), o = try storage(vm, a.value(1) ?? .none)
            return .bool(s.keys.allSatisfy { o[$0] != nil })
        }
        t.method("issuperset") { vm, a in
            let s = try storage(vm, a[0]), o = try storage(vm, a.value(1) ?? .none)
            return .bool(o.keys.allSatisfy { s[$0] != nil })
        }
        t.method("isdisjoint") { vm, a in
            let s = try storage(vm, a[0]), o = try storage(vm, a.value(1) ?? .none)
            return .bool(s.keys.allSatisfy { o[$0] == nil })
        }
        t.method("copy") { vm, a in make(frozen, try storage(vm, a[0])) }
        t.method("__len__") { vm, a in .int(try vm.length(a[0])) }
        t.method("__contains__") { vm, a in .bool(try vm.contains(a[0], a.value(1) ?? .none)) }
        t.method("__iter__") { vm, a in try vm.iter(a[0]) }
    }

    static func installSet(_ t: PyType) {
        t.construct = { vm, _, a in
            try a.expect("set", min: 0, max: 1)
            return make(false, try a.value(0).map { try storage(vm, $0) } ?? OrderedKeys())
        }
        installCommon(t, frozen: false)
        t.method("add") { vm, a in
            try vm.setAdd(try receiver(a, PySet.self, "add", "set"), a.value(1) ?? .none)
            return .none
        }
        t.method("remove") { vm, a in
            let s = try receiver(a, PySet.self, "remove", "set")
            if s.storage.removeValue(forKey: try vm.hashKey(a.value(1) ?? .none)) == nil {
                throw PyRaise(exc: PyExc(cls: BT.keyError, args: [a.value(1) ?? .none]))
            }
            return .none
        }
        t.method("discard") { vm, a in
            let s = try receiver(a, PySet.self, "discard", "set")
            s.storage.removeValue(forKey: try vm.hashKey(a.value(1) ?? .none))
            return .none
        }
        t.method("pop") { vm, a in
            let s = try receiver(a, PySet.self, "pop", "set")
            guard let first = SetOrder.ordered(s.storage).first else { throw pyErr(BT.keyError, "pop from an empty set") }
            s.storage.removeValue(forKey: try vm.hashKey(first))
            return first
        }
        t.method("clear") { _, a in
            try receiver(a, PySet.self, "clear", "set").storage.removeAll()
            return .none
        }
        t.method("update") { vm, a in
            let s = try receiver(a, PySet.self, "update", "set")
            for other in a.positional.dropFirst() {
                for (k, v) in try storage(vm, other) where s.storage[k] == nil { s.storage[k] = v }
            }
            return .none
        }
        t.method("difference_update") { vm, a in
            let s = try receiver(a, PySet.self, "difference_update", "set")
            for other in a.positional.dropFirst() {
                for k in try storage(vm, other).keys { s.storage.removeValue(forKey: k) }
            }
            return .none
        }
        t.method("intersection_update") { vm, a in
            let s = try receiver(a, PySet.self, "intersection_update", "set")
            let o = try storage(vm, a.value(1) ?? .none)
            s.storage = s.storage.filter { o[$0.key] != nil }
            return .none
        }
    }

    static func installFrozenSet(_ t: PyType) {
        t.construct = { vm, _, a in
            try a.expect("frozenset", min: 0, max: 1)
            return make(true, try a.value(0).map { try storage(vm, $0) } ?? OrderedKeys())
        }
        installCommon(t, frozen: true)
        t.method("__hash__") { vm, a in .int(try vm.hash(a[0])) }
    }
}
