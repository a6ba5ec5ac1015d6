extension VM {
    /// `getattr(obj, name)`.
    func getAttr(_ v: PyValue, _ name: String) throws -> PyValue {
        if let r = try lookupAttr(v, name) { return r }
        throw attributeError(v, name)
    }

    func attributeError(_ v: PyValue, _ name: String) -> PyRaise {
        if let t = v.object as? PyType {
            return pyErr(BT.attributeError, "type object '\(t.name)' has no attribute '\(name)'")
        }
        if let m = v.object as? PyModule {
            return pyErr(BT.attributeError, "module '\(m.name)' has no attribute '\(name)'")
        }
        return pyErr(BT.attributeError, "'\(v.typeName)' object has no attribute '\(name)'")
    }

    /// Binds a class attribute found on `owner`'s type to the instance `v` (the descriptor protocol).
    func bind(_ attr: PyValue, to v: PyValue, type: PyType) throws -> PyValue {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction:
            return .object(PyBoundMethod(receiver: v, function: attr))
        case let n as PyNative where n.isMethod:
            return .object(PyBoundMethod(receiver: v, function: attr))
        case let p as PyProperty:
            if p.getter.isNone { throw pyErr(BT.attributeError, "property object has no getter") }
            return try call(p.getter, Args([v]))
        case let w as PyMethodWrapper:
            return w.kind == .staticMethod ? w.function : .object(PyBoundMethod(receiver: .object(type), function: w.function))
        default:
            if !o.type.isBuiltin, let get = o.type.lookup("__get__") {
                return try call(get, Args([attr, v, .object(type)]))
            }
            return attr
        }
    }

    /// The attribute, or `nil` when it does not exist (other errors propagate).
    func lookupAttr(_ v: PyValue, _ name: String) throws -> PyValue? {
        guard case .object(let o) = v else {
            if name == "__class__" { return .object(v.type) }
            if let a = v.type.lookup(name) { return try bind(a, to: v, type: v.type) }
            return nil
        }
        switch o {
        case let inst as PyInstance:
            let t = inst.cls
            let classAttr = t.lookup(name)
            if let ca = classAttr, ca.object is PyProperty { return try bind(ca, to: v, type: t) }
            if let iv = inst.dict[name] { return iv }
            if let exc = inst as? PyExc, let r = exceptionAttribute(exc, name) { return r }
            if let ca = classAttr { return try bind(ca, to: v, type: t) }
            if name == "__class__" { return .object(t) }
            if name == "__dict__" { return .object(attrDictProxy(inst.dict)) }
            if let ga = t.lookup("__getattr__") {
                do {
                    return try call(ga, Args([v, .str(name)]))
                } catch let e as PyRaise where e.exc.isInstance(of: BT.attributeError) {
                    throw e
                }
            }
            return nil
        case let t as PyType:
            if ["__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__class__"].contains(name) {
                return typeAttribute(t, name)
            }
            for c in t.mro {
                if let a = c.dict[name] {
                    if let w = a.object as? PyMethodWrapper {
                        return w.kind == .staticMethod ? w.function : .object(PyBoundMethod(receiver: v, function: w.function))
                    }
                    if !(a.object is PyProperty), let ao = a.object, !ao.type.isBuiltin, let get = ao.type.lookup("__get__") {
                        return try call(get, Args([a, .none, v]))
                    }
                    return a
                }
            }
            if name == "__call__" { return v }
            return typeAttribute(t, name)
        case let m as PyModule:
            if let r = m.namespace[name] { return r }
            if name == "__dict__" { return .object(namespaceDict(m.namespace)) }
            return nil
        case let s as PySuper:
            var after = false
            for c in s.receiverType.mro {
                if after, let a = c.dict[name] {
                    if case .object(let r) = s.receiver, r is PyType {
                        if let w = a.object as? PyMethodWrapper {
                            return w.kind == .staticMethod ? w.function : .object(PyBoundMethod(receiver: s.receiver, function: w.function))
                        }
                        return a
                    }
                    return try bind(a, to: s.receiver, type: s.receiverType)
                }
                if c === s.startAfter { after = true }
            }
            return nil
        case let f as PyFunction:
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualname)
            case "__module__": return f.globals["__name__"] ?? PyValue.none
            case "__doc__": return f.dict["__doc__"] ?? docstring(f.code)
            case "__dict__": return .object(attrDictProxy(f.dict))
            case "__defaults__": return f.defaults.isEmpty ? .none : .object(PyTuple(f.defaults))
            case "__code__": return .object(f.code)
            default:
                if let a = f.dict[name] { return a }
            }
        case let b as PyBoundMethod:
            switch name {
            case "__self__": return b.receiver
            case "__func__": return b.function
            case "__name__", "__qualname__", "__doc__", "__module__": return try lookupAttr(b.function, name)
            default: break
            }
        case let n as PyNative:
            switch name {
            case "__name__": return .str(n.name)
            case "__qualname__": return .str(n.qualifier.map { "\($0).\(n.name)" } ?? n.name)
            case "__doc__": return PyValue.none
            default: break
            }
        case let d as PyDict where name == "default_factory" && d.defaultFactory != nil:
            return d.defaultFactory
        case let c as CodeObject:
            switch name {
            case "co_name": return .str(c.name)
            case "co_qualname": return .str(c.qualname)
            case "co_firstlineno": return .int(c.firstLine)
            default: break
            }
        default:
            break
        }
        if let a = o.type.lookup(name) { return try bind(a, to: v, type: o.type) }
        if name == "__class__" { return .object(o.type) }
        // A function's, builtin's, method's or class's `__call__` (CPython's method-wrapper) calls it.
        if name == "__call__", o is PyFunction || o is PyNative || o is PyBoundMethod { return v }
        if !o.type.isBuiltin, let ga = o.type.lookup("__getattr__") {
            return try call(ga, Args([v, .str(name)]))
        }
        return nil
    }

    private func docstring(_ code: CodeObject) -> PyValue {
        if let first = code.constants.first, first.object is PyStr, code.flags.contains(.hasDocstring) { return first }
        return PyValue.none
    }

    private func typeAttribute(_ t: PyType, _ name: String) -> PyValue? {
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualname)
        case "__module__": return .str(t.moduleName)
        case "__mro__": return .object(PyTuple(t.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(t.bases.map { .object($0) }))
        case "__base__": return t.bases.first.map { .object($0) } ?? PyValue.none
        case "__dict__": return .object(attrDictProxy(t.dict))
        case "__doc__": return PyValue.none
        case "__class__": return .object(BT.type)
        default: return nil
        }
    }

    private func exceptionAttribute(_ e: PyExc, _ name: String) -> PyValue? {
        switch name {
        case "args": return .object(PyTuple(e.args))
        case "__context__": return e.context.map { .object($0) } ?? PyValue.none
        case "__cause__": return e.cause.map { .object($0) } ?? PyValue.none
        case "__suppress_context__": return .bool(e.suppressContext)
        case "__traceback__": return e.traceback.isEmpty ? .none : .object(PyTraceback(e.traceback))
        case "value" where e.isInstance(of: BT.stopIteration): return e.args.first ?? PyValue.none
        case "exceptions" where e.isInstance(of: BT.baseExceptionGroup): return .object(PyTuple(e.exceptions.map { .object($0) }))
        case "message" where e.isInstance(of: BT.baseExceptionGroup): return .str(e.groupMessage)
        default: return nil
        }
    }

    func attrDictProxy(_ d: AttrDict) -> PyDict {
        let r = PyDict()
        for (k, v) in d { r.storage[HashKey(value: .str(k), hash: stringHash(k))] = v }
        return r
    }

    func namespaceDict(_ ns: PyNamespace) -> PyDict {
        let r = PyDict()
        for k in ns.keys { if let v = ns[k] { r.storage[HashKey(value: .str(k), hash: stringHash(k))] = v } }
        return r
    }

    /// The plain function to call with `v` prepended, when `v.name` is a method (no bound method is made).
    func methodForCall(_ v: PyValue, _ name: String) -> PyValue? {
        guard case .object(let o) = v else {
            if let a = v.type.lookup(name), let n = a.object as? PyNative, n.isMethod { return a }
            return nil
        }
        if o is PyType || o is PyModule || o is PySuper { return nil }
        let t = o.type
        guard let a = t.lookup(name) else { return nil }
        switch a.object {
        case let n as PyNative where n.isMethod:
            if let inst = o as? PyInstance, inst.dict[name] != nil { return nil }
            return a
        case is PyFunction:
            if let inst = o as? PyInstance, inst.dict[name] != nil { return nil }
            if o is PyFunction { return nil }
            return a
        default:
            return nil
        }
    }

    /// `setattr(obj, name, value)`.
    func setAttr(_ v: PyValue, _ name: String, _ value: PyValue) throws {
        guard case .object(let o) = v else { throw attributeError(v, name) }
        switch o {
        case let inst as PyInstance:
            if let ca = inst.cls.lookup(name), let p = ca.object as? PyProperty {
                if p.setter.isNone {
                    throw pyErr(BT.attributeError, "property '\(name)' of '\(inst.cls.name)' object has no setter")
                }
                _ = try call(p.setter, Args([v, value]))
                return
            }
            if let sa = inst.cls.lookup("__setattr__"), sa.object is PyFunction {
                _ = try call(sa, Args([v, .str(name), value]))
                return
            }
            if let exc = inst as? PyExc, try setExceptionAttribute(exc, name, value) { return }
            inst.dict[name] = value
        case let t as PyType:
            if t.isBuiltin {
                throw pyErr(BT.typeError, "cannot set '\(name)' attribute of immutable type '\(t.name)'")
            }
            t.dict[name] = value
        case let f as PyFunction:
            switch name {
            case "__name__": f.name = (value.object as? PyStr)?.value ?? f.name
            case "__qualname__": f.qualname = (value.object as? PyStr)?.value ?? f.qualname
            default: f.dict[name] = value
            }
        case let m as PyModule:
            m.namespace[name] = value
        default:
            throw attributeError(v, name)
        }
    }

    private func setExceptionAttribute(_ e: PyExc, _ name: String, _ value: PyValue) throws -> Bool {
        switch name {
        case "__cause__":
            e.cause = value.object as? PyExc
            e.suppressContext = true
        case "__context__": e.context = value.object as? PyExc
        case "__suppress_context__": e.suppressContext = try truthy(value)
        case "args": e.args = try iterate(value)
        case "__traceback__":
            if let tb = value.object as? PyTraceback {
                e.traceback = tb.entries
            } else if value.isNone {
                e.traceback = []
            } else {
                throw pyErr(BT.typeError, "__traceback__ must be a traceback or None")
            }
        default: return false
        }
        return true
    }

    /// `delattr(obj, name)`.
    func delAttr(_ v: PyValue, _ name: String) throws {
        switch v.object {
        case let inst as PyInstance:
            if let ca = inst.cls.lookup(name), let p = ca.object as? PyProperty, !p.deleter.isNone {
                _ = try call(p.deleter, Args([v]))
                return
            }
            if inst.dict.removeValue(forKey: name) == nil { throw attributeError(v, name) }
        case let t as PyType where !t.isBuiltin:
            if t.dict.removeValue(forKey: name) == nil { throw attributeError(v, name) }
        case let f as PyFunction:
            if f.dict.removeValue(forKey: name) == nil { throw attributeError(v, name) }
        default:
            throw attributeError(v, name)
        }
    }

    /// A special method looked up on the type (not the instance), bound to `v`.
    func specialMethod(_ v: PyValue, _ name: String, orError message: String) throws -> PyValue {
        guard let a = v.type.lookup(name) else { throw pyErr(BT.typeError, message) }
        return try bind(a, to: v, type: v.type)
    }

    /// Calls `v.name(*args)`.
    func callMethod(_ v: PyValue, _ name: String, _ args: Args) throws -> PyValue {
        if let m = methodForCall(v, name) { return try call(m, args.prepending(v)) }
        return try call(try getAttr(v, name), args)
    }
}

/// A traceback object: only what `exc.__traceback__` is compared with (`is None`).
final class PyTraceback: PyObject {
    let entries: [TracebackEntry]

    override var type: PyType { BT.object }

    init(_ entries: [TracebackEntry]) {
        self.entries = entries
    }
}
