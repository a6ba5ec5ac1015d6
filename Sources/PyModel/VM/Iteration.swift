extension VM {
    func isIterable(_ v: PyValue) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyList, is PyTuple, is PyStr, is PyDict, is PySet, is PyFrozenSet, is PyRange, is PyBytes,
             is PyNativeIterator, is PyNamedTuple:
            return true
        case let g as PyGenerator: return g.kind == .generator
        default: return o.type.lookup("__iter__") != nil || (!o.type.isBuiltin && o.type.lookup("__getitem__") != nil)
        }
    }

    /// `iter(v)`.
    func iter(_ v: PyValue) throws -> PyValue {
        guard case .object(let o) = v else {
            throw pyErr(BT.typeError, "'\(v.typeName)' object is not iterable")
        }
        switch o {
        case let l as PyList:
            var i = 0
            return .object(PyNativeIterator(type: BT.listIterator) { _ in
                guard i < l.items.count else { return nil }
                defer { i += 1 }
                return l.items[i]
            })
        case let t as PyTuple: return .object(arrayIterator(t.items, BT.tupleIterator))
        case let n as PyNamedTuple: return .object(arrayIterator(n.items, BT.tupleIterator))
        case let s as PyStr:
            var it = s.value.unicodeScalars.makeIterator()
            return .object(PyNativeIterator(type: BT.strIterator) { _ in it.next().map { .str(String(Character($0))) } })
        case let d as PyDict: return .object(dictKeyIterator(d))
        case let s as PySet: return .object(arrayIterator(SetOrder.ordered(s.storage), BT.setIterator))
        case let s as PyFrozenSet: return .object(arrayIterator(SetOrder.ordered(s.storage), BT.setIterator))
        case let r as PyRange:
            var i = 0
            let n = r.count
            return .object(PyNativeIterator(type: BT.rangeIterator) { _ in
                guard i < n else { return nil }
                defer { i += 1 }
                return .int(r.item(i))
            })
        case let b as PyBytes: return .object(arrayIterator(b.value.map { .int(Int($0)) }, BT.iterator))
        case is PyNativeIterator: return v
        case let g as PyGenerator where g.kind == .generator: return v
        default:
            if let m = o.type.lookup("__iter__") {
                let r = try call(m, Args([v]))
                guard case .object(let ro) = r, ro.type.lookup("__next__") != nil || ro is PyNativeIterator || ro is PyGenerator else {
                    throw pyErr(BT.typeError, "iter() returned non-iterator of type '\(r.typeName)'")
                }
                return r
            }
            if !o.type.isBuiltin, let gi = o.type.lookup("__getitem__") {
                var i = 0
                return .object(PyNativeIterator { vm in
                    do {
                        let r = try vm.call(gi, Args([v, .int(i)]))
                        i += 1
                        return r
                    } catch let e as PyRaise where e.exc.isInstance(of: BT.indexError) || e.exc.isInstance(of: BT.stopIteration) {
                        return nil
                    }
                })
            }
            throw pyErr(BT.typeError, "'\(o.type.name)' object is not iterable")
        }
    }

    func arrayIterator(_ items: [PyValue], _ type: PyType) -> PyNativeIterator {
        var i = 0
        return PyNativeIterator(type: type) { _ in
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        }
    }

    func dictKeyIterator(_ d: PyDict) -> PyNativeIterator {
        var i = 0
        let initial = d.storage.count
        return PyNativeIterator(type: BT.dictKeyIterator) { _ in
            if d.storage.count != initial {
                throw pyErr(BT.runtimeError, "dictionary changed size during iteration")
            }
            guard i < d.storage.count else { return nil }
            defer { i += 1 }
            return d.storage.keys[i].value
        }
    }

    /// The next item of an iterator, or `nil` at its end (StopIteration is absorbed).
    func next(_ it: PyValue) throws -> PyValue? {
        guard case .object(let o) = it else {
            throw pyErr(BT.typeError, "'\(it.typeName)' object is not an iterator")
        }
        if let n = o as? PyNativeIterator { return try n.next(self) }
        if let g = o as? PyGenerator, g.kind == .generator {
            switch try g.send(self, .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        }
        guard let m = o.type.lookup("__next__") else {
            throw pyErr(BT.typeError, "'\(o.type.name)' object is not an iterator")
        }
        do {
            return try call(m, Args([it]))
        } catch let e as PyRaise where e.exc.isInstance(of: BT.stopIteration) {
            return nil
        }
    }

    /// All items of an iterable.
    func iterate(_ v: PyValue) throws -> [PyValue] {
        switch v.object {
        case let l as PyList: return l.items
        case let t as PyTuple: return t.items
        default:
            let it = try iter(v)
            var r: [PyValue] = []
            while let x = try next(it) {
                r.append(x)
                if r.count > budgets.objectSize { throw sizeBudget() }
            }
            return r
        }
    }

    /// The object `yield from v` delegates to.
    func yieldFromIterator(_ v: PyValue) throws -> PyValue {
        if let g = v.object as? PyGenerator {
            if g.kind == .coroutine {
                throw pyErr(BT.typeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        return .object(IteratorDelegate(try iter(v)))
    }

    /// `aiter(v)`.
    func asyncIterator(_ v: PyValue) throws -> PyValue {
        guard let m = v.type.lookup("__aiter__") else {
            throw pyErr(BT.typeError, "'async for' requires an object with __aiter__ method, got \(v.typeName)")
        }
        return try call(m, Args([v]))
    }

    /// The delegate `await v` drives: a coroutine, a future's awaiter, or what `__await__` returns.
    func awaitable(_ v: PyValue) throws -> PyValue {
        guard case .object(let o) = v else {
            throw pyErr(BT.typeError, "object \(v.typeName) can't be used in 'await' expression")
        }
        if let g = o as? PyGenerator {
            if g.kind == .coroutine {
                if g.awaited && g.state == .finished {
                    throw pyErr(BT.runtimeError, "cannot reuse already awaited coroutine")
                }
                g.awaited = true
                return v
            }
        }
        if let f = o as? PyFuture { return .object(FutureAwaiter(f)) }
        if o is Delegate { return v }
        if let m = o.type.lookup("__await__") {
            let r = try call(m, Args([v]))
            if let g = r.object as? PyGenerator, g.kind == .generator { return r }
            if r.object is Delegate { return r }
            if isIterable(r), r.object is PyNativeIterator || r.type.lookup("__next__") != nil {
                return .object(IteratorDelegate(r))
            }
            throw pyErr(BT.typeError, "__await__() returned non-iterator of type '\(r.typeName)'")
        }
        throw pyErr(BT.typeError, "object \(o.type.name) can't be used in 'await' expression")
    }
}

/// `yield from` over a plain iterator: sends are only allowed as `None`.
final class IteratorDelegate: Delegate {
    let iterator: PyValue

    init(_ iterator: PyValue) {
        self.iterator = iterator
    }

    override func send(_ vm: VM, _ value: PyValue) throws -> SendResult {
        if !value.isNone, let m = try vm.lookupAttr(iterator, "send") {
            do {
                return .yielded(try vm.call(m, Args([value])))
            } catch let e as PyRaise where e.exc.isInstance(of: BT.stopIteration) {
                return .returned(e.exc.args.first ?? .none)
            }
        }
        guard case .object(let o) = iterator else { return .returned(.none) }
        if let n = o as? PyNativeIterator {
            return try n.next(vm).map { .yielded($0) } ?? .returned(.none)
        }
        guard let m = o.type.lookup("__next__") else {
            throw pyErr(BT.typeError, "'\(o.type.name)' object is not an iterator")
        }
        do {
            return .yielded(try vm.call(m, Args([iterator])))
        } catch let e as PyRaise where e.exc.isInstance(of: BT.stopIteration) {
            return .returned(e.exc.args.first ?? .none)
        }
    }

    override func throwIn(_ vm: VM, _ error: PyRaise) throws -> SendResult {
        if let m = try vm.lookupAttr(iterator, "throw") {
            do {
                return .yielded(try vm.call(m, Args([.object(error.exc)])))
            } catch let e as PyRaise where e.exc.isInstance(of: BT.stopIteration) {
                return .returned(e.exc.args.first ?? .none)
            }
        }
        throw error
    }
}
