import AsyncModel

extension VM {
    /// Calls any callable with `args` (re-entering the eval loop for Python functions).
    func call(_ callee: PyValue, _ args: Args) throws -> PyValue {
        guard case .object(let o) = callee else {
            throw pyErr(BT.typeError, "'\(callee.typeName)' object is not callable")
        }
        switch o {
        case let fn as PyFunction:
            var frame = try bindFrame(fn, args)
            if fn.code.isGenerator { return .object(makeGenerator(frame, fn)) }
            if depth >= budgets.recursionLimit {
                throw RunStop.budget(.recursion, line: 0)
            }
            depth += 1
            defer { depth -= 1 }
            switch try execute(frame, .start) {
            case .returned(let v):
                Frame.recycle(&frame)
                return v
            case .yielded: throw RunStop.internalError("a plain function yielded")
            }
        case let n as PyNative:
            if n.isMethod && args.positional.isEmpty {
                throw pyErr(BT.typeError, "unbound method \(n.qualifier ?? "object").\(n.name)() needs an argument")
            }
            return try n.body(self, args)
        case let b as PyBoundMethod:
            return try call(b.function, args.prepending(b.receiver))
        case let t as PyType:
            if let meta = t.metaclass, let m = meta.lookup("__call__"), m.object is PyFunction {
                return try call(m, args.prepending(callee))
            }
            return try instantiate(t, args)
        default:
            if let m = o.type.lookup("__call__") {
                return try call(m, args.prepending(callee))
            }
            throw pyErr(BT.typeError, "'\(o.type.name)' object is not callable")
        }
    }

    func isCallable(_ v: PyValue) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyNative, is PyBoundMethod, is PyType: return true
        default: return !o.type.isBuiltin && o.type.lookup("__call__") != nil
        }
    }

    /// `cls(*args)`: builtin constructors, or allocation plus `__init__` for user classes.
    func instantiate(_ t: PyType, _ args: Args) throws -> PyValue {
        if t.isBuiltin, let make = t.construct ?? t.nativeBase?.construct { return try make(self, t, args) }
        if let make = t.construct { return try make(self, t, args) }
        if let newFn = t.lookup("__new__"), let fn = ((newFn.object as? PyMethodWrapper)?.function ?? newFn).object as? PyFunction {
            let inst = try call(.object(fn), args.prepending(.object(t)))
            if inst.type.isSubtype(of: t), let initFn = t.lookup("__init__"), !(initFn.object is PyNative) {
                _ = try call(initFn, args.prepending(inst))
            }
            return inst
        }
        let inst: PyValue
        switch t.layout {
        case .exception:
            let e = PyExc(cls: t, args: args.positional)
            if t.isSubtype(of: BT.baseExceptionGroup), args.positional.count == 2,
               let msg = args.positional[0].object as? PyStr {
                e.groupMessage = msg.value
                e.exceptions = try iterate(args.positional[1]).compactMap { $0.object as? PyExc }
            }
            inst = .object(e)
        case .object:
            inst = .object(PyInstance(cls: t))
        case .native:
            guard let base = t.nativeBase, let make = base.construct else {
                throw pyErr(BT.typeError, "cannot create '\(t.name)' instances")
            }
            if let initFn = t.lookup("__init__"), initFn.object is PyFunction {
                // str.__new__ takes the arguments; list.__new__ and dict.__new__ ignore them (__init__ fills).
                inst = try make(self, t, base === BT.str ? args : Args())
                _ = try call(initFn, args.prepending(inst))
            } else {
                inst = try make(self, t, args)
            }
            return inst
        }
        if let initFn = t.lookup("__init__") {
            if initFn.object is PyNative {
                if t.layout == .object, !args.positional.isEmpty || !args.keywords.isEmpty {
                    throw pyErr(BT.typeError, "\(t.name)() takes no arguments")
                }
                if t.layout == .exception, !args.keywords.isEmpty {
                    throw pyErr(BT.typeError, "\(t.name)() takes no keyword arguments")
                }
            } else {
                let r = try call(initFn, args.prepending(inst))
                if !r.isNone { throw pyErr(BT.typeError, "__init__() should return None, not '\(r.typeName)'") }
            }
        }
        return inst
    }

    /// A frame for `fn` with positional arguments taken from the eval loop's stack (the fast path of `call`).
    func makeFrame(_ fn: PyFunction, stack: UnsafeMutablePointer<PyValue>, count: Int) throws -> Frame {
        let code = fn.code
        if count == code.argcount && code.kwonlyCount == 0 && !code.flags.contains(.varargs) && !code.flags.contains(.varkeywords) {
            let frame = Frame.make(for: fn)
            for i in 0..<count { frame.locals[i] = stack[i] }
            if !code.cellParameters.isEmpty { frame.moveParametersIntoCells() }
            return frame
        }
        return try bindFrame(fn, Args(Array(UnsafeBufferPointer(start: stack, count: count))))
    }

    /// Binds arguments to parameters as CPython does, with its error messages.
    func bindFrame(_ fn: PyFunction, _ args: Args, namespace: PyNamespace? = nil) throws -> Frame {
        let code = fn.code
        let frame = Frame.make(for: fn, namespace: namespace)
        let n = code.argcount
        let positional = args.positional
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let qual = fn.qualname
        if positional.count > n && !hasVarargs {
            let given = positional.count
            let required = n - fn.defaults.count
            let takes: String
            if fn.defaults.isEmpty {
                takes = "\(n) positional argument\(n == 1 ? "" : "s")"
            } else {
                takes = "from \(required) to \(n) positional arguments"
            }
            let kwGiven = args.keywords.filter { k in code.varnames[n..<(n + code.kwonlyCount)].contains(k.0) }.count
            if kwGiven > 0 {
                throw pyErr(BT.typeError, "\(qual)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given")
            }
            throw pyErr(BT.typeError, "\(qual)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
        }
        for i in 0..<min(n, positional.count) { frame.locals[i] = positional[i] }
        let kwonlyEnd = n + code.kwonlyCount
        var extraKw: PyDict?
        if hasVarkw { extraKw = PyDict() }
        for (name, value) in args.keywords {
            if let idx = code.varnames[0..<kwonlyEnd].firstIndex(of: name), idx >= code.posonlyCount {
                if frame.locals[idx] != nil {
                    throw pyErr(BT.typeError, "\(qual)() got multiple values for argument '\(name)'")
                }
                frame.locals[idx] = value
            } else if let d = extraKw {
                try dictSet(d, .str(name), value)
            } else if code.varnames[0..<code.posonlyCount].contains(name) {
                throw pyErr(BT.typeError, "\(qual)() got some positional-only arguments passed as keyword arguments: '\(name)'")
            } else {
                throw pyErr(BT.typeError, "\(qual)() got an unexpected keyword argument '\(name)'")
            }
        }
        var missing: [String] = []
        let firstDefault = n - fn.defaults.count
        for i in 0..<n where frame.locals[i] == nil {
            if i >= firstDefault {
                frame.locals[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty {
            throw pyErr(BT.typeError, "\(qual)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
        }
        var missingKw: [String] = []
        for i in n..<kwonlyEnd where frame.locals[i] == nil {
            if let d = fn.kwdefaults[code.varnames[i]] {
                frame.locals[i] = d
            } else {
                missingKw.append(code.varnames[i])
            }
        }
        if !missingKw.isEmpty {
            throw pyErr(BT.typeError, "\(qual)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(listNames(missingKw))")
        }
        var slot = kwonlyEnd
        if hasVarargs {
            frame.locals[slot] = .object(PyTuple(positional.count > n ? Array(positional[n...]) : []))
            slot += 1
        }
        if let d = extraKw { frame.locals[slot] = .object(d) }
        if !code.cellParameters.isEmpty { frame.moveParametersIntoCells() }
        return frame
    }

    private func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        if quoted.count == 1 { return quoted[0] }
        if quoted.count == 2 { return "\(quoted[0]) and \(quoted[1])" }
        return quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
    }
}

extension VM {
    /// A generator, coroutine or async generator object for a call of `fn`; a coroutine's call is followed
    /// in the trace (from its first step to its end) so claims can ask when it ran.
    func makeGenerator(_ frame: Frame, _ fn: PyFunction) -> PyGenerator {
        let generator = PyGenerator(frame: frame, function: fn)
        if generator.kind == .coroutine {
            let trace = virtualRun.trace
            if let index = trace.openSpan(name: fn.qualname, mark: SourceMark(line: currentLine)) {
                generator.span = (trace, index)
            }
        }
        return generator
    }
}
