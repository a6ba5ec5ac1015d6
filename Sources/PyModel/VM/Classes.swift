extension VM {
    /// `class Name(bases): body`: runs the body in a fresh namespace, then makes the type.
    func buildClass(body: PyValue, name: PyValue, bases basesIn: [PyValue]) throws -> PyValue {
        guard let fn = body.object as? PyFunction, let nameStr = (name.object as? PyStr)?.value else {
            throw RunStop.internalError("buildClass")
        }
        var bases: [PyType] = []
        for b in basesIn {
            guard let t = b.object as? PyType else {
                if let m = try lookupAttr(b, "__mro_entries__") {
                    for e in try iterate(try call(m, Args([.object(PyTuple(basesIn))]))) {
                        if let t = e.object as? PyType { bases.append(t) }
                    }
                    continue
                }
                throw pyErr(BT.typeError, "bases must be types")
            }
            if t === BT.bool || t === BT.noneType || t === BT.range || t === BT.slice || t === BT.function {
                throw pyErr(BT.typeError, "type '\(t.name)' is not an acceptable base type")
            }
            bases.append(t)
        }
        let ns = PyNamespace()
        ns["__module__"] = fn.globals["__name__"] ?? .str("__main__")
        ns["__qualname__"] = .str(fn.qualname)
        let frame = try bindFrame(fn, Args(), namespace: ns)
        if depth >= budgets.recursionLimit { throw RunStop.budget(.recursion, line: 0) }
        depth += 1
        defer { depth -= 1 }
        _ = try execute(frame, .start)
        let t = try makeType(name: nameStr, bases: bases, namespace: ns)
        if let idx = fn.code.cellvars.firstIndex(of: "__class__") {
            frame.cells[idx].value = .object(t)
        }
        return .object(t)
    }

    /// A user class from a name, bases and a namespace (also `type(name, bases, dict)`).
    func makeType(name: String, bases inBases: [PyType], namespace ns: PyNamespace) throws -> PyType {
        let bases = inBases.isEmpty ? [BT.object] : inBases
        if PyType.c3Merge(bases.map { $0.mro } + [bases]) == nil {
            throw pyErr(BT.typeError, "Cannot create a consistent method resolution order (MRO) for bases " + bases.map { $0.name }.joined(separator: ", "))
        }
        let layouts = Set(bases.map { $0.layout == .exception ? 1 : ($0.layout == .native ? 2 : 0) })
        if layouts.contains(1) && layouts.contains(2) {
            throw pyErr(BT.typeError, "multiple bases have instance lay-out conflict")
        }
        let t = PyType(name: name, bases: bases, builtin: false, module: (ns["__module__"].flatMap { ($0.object as? PyStr)?.value }) ?? "__main__")
        if let q = ns["__qualname__"]?.object as? PyStr { t.qualname = q.value }
        t.metaclass = bases.lazy.compactMap { $0.metaclass }.first
        for k in ns.keys where k != "__qualname__" {
            if let v = ns[k] { t.dict[k] = v }
        }
        if let initSub = t.mro.dropFirst().lazy.compactMap({ $0.dict["__init_subclass__"] }).first, !(initSub.object is PyNative) {
            let fn = (initSub.object as? PyMethodWrapper)?.function ?? initSub
            _ = try call(fn, Args([.object(t)]))
        }
        for k in t.dict.keys {
            if let v = t.dict[k], case .object(let o) = v, !o.type.isBuiltin, let sn = o.type.lookup("__set_name__") {
                _ = try call(sn, Args([v, .object(t), .str(k)]))
            }
        }
        if t.dict["__eq__"] != nil && t.dict["__hash__"] == nil {
            t.dict["__hash__"] = PyValue.none
        }
        return t
    }
}
