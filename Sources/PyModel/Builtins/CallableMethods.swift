/// `function`, `property`, `staticmethod`, `classmethod`, `super`.
enum FunctionMethods {
    static func install(_ t: PyType) {
        t.method("__get__") { _, a in
            guard let inst = a.value(1), !inst.isNone else { return a[0] }
            return .object(PyBoundMethod(receiver: inst, function: a[0]))
        }
    }
}

enum PropertyMethods {
    static func install(_ t: PyType) {
        t.construct = { _, _, a in
            .object(PyProperty(getter: a.value(0, "fget") ?? .none, setter: a.value(1, "fset") ?? .none,
                               deleter: a.value(2, "fdel") ?? .none))
        }
        t.method("setter") { _, a in
            let p = try receiver(a, PyProperty.self, "setter", "property")
            return .object(PyProperty(getter: p.getter, setter: a.value(1) ?? .none, deleter: p.deleter))
        }
        t.method("getter") { _, a in
            let p = try receiver(a, PyProperty.self, "getter", "property")
            return .object(PyProperty(getter: a.value(1) ?? .none, setter: p.setter, deleter: p.deleter))
        }
        t.method("deleter") { _, a in
            let p = try receiver(a, PyProperty.self, "deleter", "property")
            return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a.value(1) ?? .none))
        }
        t.getter("fget") { _, v in (v.object as? PyProperty)?.getter ?? .none }
        t.getter("__isabstractmethod__") { _, _ in .false }
    }

    static func installStatic(_ t: PyType) {
        t.construct = { _, _, a in
            try a.expect("staticmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(.staticMethod, a[0]))
        }
        t.getter("__func__") { _, v in (v.object as? PyMethodWrapper)?.function ?? .none }
    }

    static func installClass(_ t: PyType) {
        t.construct = { _, _, a in
            try a.expect("classmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(.classMethod, a[0]))
        }
        t.getter("__func__") { _, v in (v.object as? PyMethodWrapper)?.function ?? .none }
    }

    static func installSuper(_ t: PyType) {
        t.construct = { _, _, a in
            guard a.count == 2, let start = a[0].object as? PyType else {
                throw pyErr(BT.runtimeError, "super(): no arguments")
            }
            let obj = a[1]
            let objType: PyType
            if let ot = obj.object as? PyType, ot.isSubtype(of: start) {
                objType = ot
            } else if obj.type.isSubtype(of: start) {
                objType = obj.type
            } else {
                throw pyErr(BT.typeError, "super(type, obj): obj must be an instance or subtype of type")
            }
            return .object(PySuper(startAfter: start, receiver: obj, receiverType: objType))
        }
    }
}

/// Iterators implemented in Swift.
enum IteratorMethods {
    static func install(_ t: PyType) {
        t.method("__iter__") { _, a in a[0] }
        t.method("__next__") { vm, a in
            guard let v = try vm.next(a[0]) else { throw PyRaise(exc: PyExc(cls: BT.stopIteration, args: [])) }
            return v
        }
    }
}

enum GeneratorMethods {
    static func generatorOf(_ a: Args, _ name: String) throws -> PyGenerator {
        try receiver(a, PyGenerator.self, name, "generator")
    }

    static func stepResult(_ r: SendResult) -> PyValue {
        switch r {
        case .yielded(let v): return v
        case .returned: return .none
        }
    }

    static func stopIteration(_ r: SendResult, asyncStop: Bool = false) throws -> PyValue {
        switch r {
        case .yielded(let v): return v
        case .returned(let v):
            throw PyRaise(exc: PyExc(cls: BT.stopIteration, args: v.isNone ? [] : [v]))
        }
    }

    static func throwArgument(_ vm: VM, _ a: Args) throws -> PyRaise {
        guard let v = a.value(1) else { throw pyErr(BT.typeError, "throw expected at least 1 argument, got 0") }
        if let t = v.object as? PyType, let arg = a.value(2), !arg.isNone {
            if let e = arg.object as? PyExc { return PyRaise(exc: e) }
            return PyRaise(exc: try vm.makeException(try vm.call(.object(t), Args([arg]))))
        }
        return PyRaise(exc: try vm.makeException(v))
    }

    static func installGenerator(_ t: PyType) {
        t.method("__iter__") { _, a in a[0] }
        t.method("__next__") { vm, a in try stopIteration(try generatorOf(a, "__next__").send(vm, .none)) }
        t.method("send") { vm, a in try stopIteration(try generatorOf(a, "send").send(vm, a.value(1) ?? .none)) }
        t.method("throw") { vm, a in
            try stopIteration(try generatorOf(a, "throw").throwIn(vm, try throwArgument(vm, a)))
        }
        t.method("close") { vm, a in
            try generatorOf(a, "close").close(vm)
            return .none
        }
        installNames(t)
    }

    static func installCoroutine(_ t: PyType) {
        t.method("send") { vm, a in try stopIteration(try generatorOf(a, "send").send(vm, a.value(1) ?? .none)) }
        t.method("throw") { vm, a in
            try stopIteration(try generatorOf(a, "throw").throwIn(vm, try throwArgument(vm, a)))
        }
        t.method("close") { vm, a in
            try generatorOf(a, "close").close(vm)
            return .none
        }
        t.method("__await__") { _, a in a[0] }
        installNames(t)
    }

    static func installAsyncGenerator(_ t: PyType) {
        t.method("__aiter__") { _, a in a[0] }
        t.method("__anext__") { vm, a in
            let g = try generatorOf(a, "__anext__")
            vm.asyncGenFirstIteration(g)
            return .object(AsyncGenStep(g, .send(.none)))
        }
        t.method("asend") { vm, a in
            let g = try generatorOf(a, "asend")
            vm.asyncGenFirstIteration(g)
            return .object(AsyncGenStep(g, .send(a.value(1) ?? .none)))
        }
        t.method("athrow") { vm, a in
            let g = try generatorOf(a, "athrow")
            vm.asyncGenFirstIteration(g)
            return .object(AsyncGenStep(g, .raise(try throwArgument(vm, a))))
        }
        t.method("aclose") { vm, a in
            let g = try generatorOf(a, "aclose")
            vm.asyncGenFirstIteration(g)
            return .object(AsyncGenStep(g, .close))
        }
        installNames(t)
    }

    private static func installNames(_ t: PyType) {
        t.getter("__name__") { _, v in .str((v.object as? PyGenerator)?.name ?? "") }
        t.getter("__qualname__") { _, v in .str((v.object as? PyGenerator)?.qualname ?? "") }
        t.getter("cr_running") { _, v in .bool((v.object as? PyGenerator)?.state == .running) }
        t.getter("gi_running") { _, v in .bool((v.object as? PyGenerator)?.state == .running) }
        t.getter("cr_frame") { _, v in (v.object as? PyGenerator)?.state == .finished ? .none : .true }
        t.getter("gi_frame") { _, v in (v.object as? PyGenerator)?.state == .finished ? .none : .true }
        t.getter("ag_running") { _, v in .bool((v.object as? PyGenerator)?.state == .running) }
    }
}

enum RangeMethods {
    static func install(_ t: PyType) {
        t.construct = { _, _, a in
            try a.expect("range", min: 1, max: 3)
            var vals: [Int] = []
            for v in a.positional {
                guard let i = smallInt(v) else {
                    throw pyErr(BT.typeError, "'\(v.typeName)' object cannot be interpreted as an integer")
                }
                vals.append(i)
            }
            switch vals.count {
            case 1: return .object(PyRange(start: 0, stop: vals[0], step: 1))
            case 2: return .object(PyRange(start: vals[0], stop: vals[1], step: 1))
            default:
                if vals[2] == 0 { throw pyErr(BT.valueError, "range() arg 3 must not be zero") }
                return .object(PyRange(start: vals[0], stop: vals[1], step: vals[2]))
            }
        }
        t.getter("start") { _, v in .int((v.object as? PyRange)?.start ?? 0) }
        t.getter("stop") { _, v in .int((v.object as? PyRange)?.stop ?? 0) }
        t.getter("step") { _, v in .int((v.object as? PyRange)?.step ?? 1) }
        t.method("index") { vm, a in
            let r = try receiver(a, PyRange.self, "index", "range")
            if let i = smallInt(a.value(1) ?? .none), try vm.contains(a[0], .int(i)) { return .int((i - r.start) / r.step) }
            throw pyErr(BT.valueError, "\(try vm.repr(a.value(1) ?? .none)) is not in range")
        }
        t.method("count") { vm, a in .int(try vm.contains(a[0], a.value(1) ?? .none) ? 1 : 0) }
    }
}

enum SliceMethods {
    static func install(_ t: PyType) {
        t.construct = { _, _, a in
            try a.expect("slice", min: 1, max: 3)
            if a.count == 1 { return .object(PySlice(start: .none, stop: a[0], step: .none)) }
            return .object(PySlice(start: a[0], stop: a[1], step: a.value(2) ?? .none))
        }
        t.getter("start") { _, v in (v.object as? PySlice)?.start ?? .none }
        t.getter("stop") { _, v in (v.object as? PySlice)?.stop ?? .none }
        t.getter("step") { _, v in (v.object as? PySlice)?.step ?? .none }
    }
}

enum ExceptionMethods {
    static func install(_ t: PyType) {
        t.construct = { _, cls, a in
            if !a.keywords.isEmpty { throw pyErr(BT.typeError, "\(cls.name)() takes no keyword arguments") }
            return .object(PyExc(cls: cls, args: a.positional))
        }
        t.method("__init__") { _, a in
            if let e = a[0].object as? PyExc { e.args = Array(a.positional.dropFirst()) }
            return .none
        }
        t.method("__str__") { vm, a in
            guard let e = a[0].object as? PyExc else { return .str("") }
            return .str(try vm.exceptionStr(e))
        }
        t.method("__repr__") { vm, a in
            guard let e = a[0].object as? PyExc else { return .str("") }
            return .str(try vm.exceptionRepr(e))
        }
        t.method("with_traceback") { vm, a in
            try vm.setAttr(a[0], "__traceback__", a[1])
            return a[0]
        }
        t.method("add_note") { vm, a in
            guard let e = a[0].object as? PyExc else { return .none }
            let note = try strArg(a.value(1), "note")
            if let l = e.dict["__notes__"]?.object as? PyList { l.items.append(.str(note)) } else { e.dict["__notes__"] = .object(PyList([.str(note)])) }
            _ = vm
            return .none
        }
    }

    static func installGroup(_ t: PyType) {
        t.construct = { vm, cls, a in
            guard a.count == 2, let msg = a[0].object as? PyStr else {
                throw pyErr(BT.typeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(a.count) given)")
            }
            let items = try vm.iterate(a[1])
            if items.isEmpty { throw pyErr(BT.valueError, "second argument (exceptions) must be a non-empty sequence") }
            var subs: [PyExc] = []
            for (i, item) in items.enumerated() {
                guard let e = item.object as? PyExc else {
                    throw pyErr(BT.valueError, "Item \(i) of second argument (exceptions) is not an exception")
                }
                subs.append(e)
            }
            let allExceptions = subs.allSatisfy { $0.isInstance(of: BT.exception) }
            var actual = cls
            if cls === BT.baseExceptionGroup && allExceptions { actual = BT.exceptionGroup }
            if cls.isSubtype(of: BT.exceptionGroup) && !allExceptions {
                throw pyErr(BT.typeError, "Cannot nest BaseExceptions in an ExceptionGroup")
            }
            let g = PyExc(cls: actual, args: [a[0], .object(PyList(items))])
            g.groupMessage = msg.value
            g.exceptions = subs
            return .object(g)
        }
        t.method("subgroup") { vm, a in
            guard let g = a[0].object as? PyExc else { return .none }
            let spec = a.value(1) ?? .none
            if vm.isCallable(spec), !(spec.object is PyType) {
                return try filterGroup(vm, g) { try vm.truthy(try vm.call(spec, Args([.object($0)]))) } ?? .none
            }
            return try vm.splitGroup(a[0], by: spec).0
        }
        t.method("split") { vm, a in
            let (m, r) = try vm.splitGroup(a[0], by: a.value(1) ?? .none)
            return .object(PyTuple([m, r]))
        }
        t.method("derive") { vm, a in
            guard let g = a[0].object as? PyExc else { return .none }
            let subs = try vm.iterate(a.value(1) ?? .none).compactMap { $0.object as? PyExc }
            return .object(vm.makeGroup(g.groupMessage, subs, template: nil))
        }
    }

    private static func filterGroup(_ vm: VM, _ g: PyExc, _ pred: (PyExc) throws -> Bool) throws -> PyValue? {
        if try pred(g) { return .object(g) }
        var kept: [PyExc] = []
        for s in g.exceptions {
            if s.isInstance(of: BT.baseExceptionGroup) {
                if let k = try filterGroup(vm, s, pred)?.object as? PyExc { kept.append(k) }
            } else if try pred(s) {
                kept.append(s)
            }
        }
        if kept.isEmpty { return nil }
        return .object(vm.makeGroup(g.groupMessage, kept, template: g))
    }
}
