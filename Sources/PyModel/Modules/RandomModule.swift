import BigInt

/// The run's `random` generator state (seeded with 0 at the start of each run).
final class RandomState {
    var generator = PyRandom(seed: 0)
}

/// `random`: CPython's Mersenne Twister and method algorithms (from the runtime), one generator per run.
enum RandomModule {
    static func state(_ vm: VM) -> RandomState {
        if let s = vm.moduleState["random"] as? RandomState { return s }
        let s = RandomState()
        vm.moduleState["random"] = s
        return s
    }

    static func bigArg(_ v: PyValue?, _ what: String) throws -> BigInt {
        guard let v = v, let b = exactInt(v) else {
            throw pyErr(BT.typeError, "'\(v?.typeName ?? "NoneType")' object cannot be interpreted as an integer")
        }
        return b
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "random")
        func def(_ name: String, _ body: @escaping (VM, Args, RandomState) throws -> PyValue) {
            m.namespace[name] = .object(PyNative(name) { vm, a in
                do {
                    return try body(vm, a, state(vm))
                } catch let f as PyFailure {
                    throw PyRaise(exc: vm.pythonException(for: f))
                }
            })
        }
        def("seed") { _, a, s in
            let v = a.value(0) ?? .none
            if let b = exactInt(v) {
                s.generator.seed(b)
            } else if v.isNone {
                s.generator.seed(0)
            } else {
                throw RunStop.unsupported("random.seed() with a non-integer seed", line: 0)
            }
            return .none
        }
        def("random") { _, _, s in .float(s.generator.random()) }
        def("uniform") { _, a, s in
            .float(s.generator.uniform(floatValue(a.value(0) ?? .none) ?? 0, floatValue(a.value(1) ?? .none) ?? 0))
        }
        def("randint") { _, a, s in .bigint(try s.generator.randint(try bigArg(a.value(0), "a"), try bigArg(a.value(1), "b"))) }
        def("randrange") { _, a, s in
            if a.count == 1 { return .bigint(try s.generator.randrange(try bigArg(a.value(0), "stop"))) }
            return .bigint(try s.generator.randrange(try bigArg(a.value(0), "start"), try bigArg(a.value(1), "stop"),
                                                     step: try a.value(2).map { try bigArg($0, "step") } ?? 1))
        }
        def("getrandbits") { _, a, s in .bigint(try s.generator.getrandbits(try intArg(a.value(0), "k"))) }
        def("choice") { vm, a, s in
            let items = try vm.iterate(a.value(0) ?? .none)
            if items.isEmpty { throw pyErr(BT.indexError, "Cannot choose from an empty sequence") }
            return items[try s.generator.choiceIndex(count: items.count)]
        }
        def("shuffle") { _, a, s in
            guard let l = a.value(0)?.object as? PyList else { throw pyErr(BT.typeError, "shuffle() needs a list") }
            s.generator.shuffle(&l.items)
            return .none
        }
        def("sample") { vm, a, s in
            let items = try vm.iterate(a.value(0) ?? .none)
            let k = try intArg(a.value(1, "k"), "k")
            return .object(PyList(try s.generator.sample(items, k: k)))
        }
        def("choices") { vm, a, s in
            let items = try vm.iterate(a.value(0) ?? .none)
            let k = try a.keyword("k").map { try intArg($0, "k") } ?? 1
            if let w = a.value(1, "weights"), !w.isNone {
                let weights = try vm.iterate(w).map { floatValue($0) ?? 0 }
                return .object(PyList(try s.generator.choicesIndices(count: items.count, weights: weights, cumulativeWeights: nil, k: k).map { items[$0] }))
            }
            return .object(PyList(s.generator.choicesIndices(count: items.count, k: k).map { items[$0] }))
        }
        def("gauss") { _, a, s in
            .float(s.generator.gauss(mu: floatValue(a.value(0, "mu") ?? .float(0)) ?? 0, sigma: floatValue(a.value(1, "sigma") ?? .float(1)) ?? 1))
        }
        def("expovariate") { _, a, s in .float(try s.generator.expovariate(floatValue(a.value(0) ?? .none) ?? 1)) }
        return m
    }
}
