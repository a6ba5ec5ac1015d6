extension VM {
    /// The exception instance `raise v` raises (a class is instantiated with no arguments).
    func makeException(_ v: PyValue) throws -> PyExc {
        switch v.object {
        case let e as PyExc: return e
        case let t as PyType where t.isSubtype(of: BT.baseException):
            guard let e = try instantiate(t, Args()).object as? PyExc else {
                throw pyErr(BT.typeError, "calling \(t.name) should have returned an instance of BaseException")
            }
            return e
        default:
            throw pyErr(BT.typeError, "exceptions must derive from BaseException")
        }
    }

    /// `except T:` matching, `T` a class or a tuple of classes.
    func exceptionMatches(_ e: PyExc, _ spec: PyValue) throws -> Bool {
        switch spec.object {
        case let t as PyType:
            guard t.isSubtype(of: BT.baseException) else {
                throw pyErr(BT.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            return e.isInstance(of: t)
        case let tup as PyTuple:
            for item in tup.items where try exceptionMatches(e, item) { return true }
            return false
        default:
            throw pyErr(BT.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// `except* T`: splits the exception (a group, or a naked exception wrapped in one) into the part that
    /// matches and the rest. Both results are `None` when empty.
    func splitGroup(_ v: PyValue, by spec: PyValue) throws -> (PyValue, PyValue) {
        guard let e = v.object as? PyExc else { return (.none, .none) }
        if let t = spec.object as? PyType, t.isSubtype(of: BT.baseExceptionGroup) {
            throw pyErr(BT.typeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
        if !e.isInstance(of: BT.baseExceptionGroup) {
            if try exceptionMatches(e, spec) {
                let g = makeGroup("", [e], template: nil)
                g.traceback = e.traceback
                return (.object(g), .none)
            }
            return (.none, v)
        }
        let (m, r) = try split(e, spec)
        return (m.map { .object($0) } ?? .none, r.map { .object($0) } ?? .none)
    }

    private func split(_ g: PyExc, _ spec: PyValue) throws -> (PyExc?, PyExc?) {
        if try exceptionMatches(g, spec) { return (g, nil) }
        guard g.isInstance(of: BT.baseExceptionGroup) else { return (nil, g) }
        var matched: [PyExc] = [], rest: [PyExc] = []
        for sub in g.exceptions {
            let (m, r) = try split(sub, spec)
            if let m = m { matched.append(m) }
            if let r = r { rest.append(r) }
        }
        let mg = matched.isEmpty ? nil : (matched.count == g.exceptions.count && rest.isEmpty ? g : derive(g, matched))
        let rg = rest.isEmpty ? nil : (rest.count == g.exceptions.count && matched.isEmpty ? g : derive(g, rest))
        return (mg, rg)
    }

    private func derive(_ g: PyExc, _ subs: [PyExc]) -> PyExc {
        let d = makeGroup(g.groupMessage, subs, template: g)
        d.traceback = g.traceback
        d.cause = g.cause
        d.context = g.context
        return d
    }

    /// A new exception group; `ExceptionGroup` when every member is an `Exception`.
    func makeGroup(_ message: String, _ subs: [PyExc], template: PyExc?) -> PyExc {
        let allExceptions = subs.allSatisfy { $0.isInstance(of: BT.exception) }
        var cls = allExceptions ? BT.exceptionGroup : BT.baseExceptionGroup
        if let t = template, !t.cls.isBuiltin { cls = t.cls }
        let g = PyExc(cls: cls, args: [.str(message), .object(PyList(subs.map { .object($0) }))])
        g.groupMessage = message
        g.exceptions = subs
        return g
    }

    /// After the `except*` clauses ran: what is left to raise. `raised` is a list of the exceptions the clauses
    /// raised or re-raised plus the unmatched rest; the result is `None` when nothing is left.
    func prepareReraiseStar(original: PyValue, raised: PyValue) throws -> PyValue {
        guard let orig = original.object as? PyExc, let list = raised.object as? PyList else { return .none }
        let excs = list.items.compactMap { $0.object as? PyExc }
        if excs.isEmpty { return .none }
        let reraised = excs.filter { isPartOf($0, orig) }
        let newOnes = excs.filter { !isPartOf($0, orig) }
        var keep: PyExc?
        if !reraised.isEmpty {
            let leaves = Set(reraised.flatMap { leafIDs($0) })
            keep = project(orig, leaves)
        }
        if newOnes.isEmpty { return keep.map { .object($0) } ?? .none }
        var all = newOnes
        if let k = keep { all.append(k) }
        if all.count == 1 && keep == nil && !orig.isInstance(of: BT.baseExceptionGroup) { return .object(all[0]) }
        let g = makeGroup("", all, template: nil)
        return .object(g)
    }

    private func isPartOf(_ e: PyExc, _ orig: PyExc) -> Bool {
        let ids = Set(leafIDs(orig))
        let mine = leafIDs(e)
        return !mine.isEmpty && mine.allSatisfy { ids.contains($0) }
    }

    private func leafIDs(_ e: PyExc) -> [ObjectIdentifier] {
        if e.isInstance(of: BT.baseExceptionGroup) { return e.exceptions.flatMap { leafIDs($0) } }
        return [ObjectIdentifier(e)]
    }

    private func project(_ g: PyExc, _ keep: Set<ObjectIdentifier>) -> PyExc? {
        if !g.isInstance(of: BT.baseExceptionGroup) { return keep.contains(ObjectIdentifier(g)) ? g : nil }
        let subs = g.exceptions.compactMap { project($0, keep) }
        if subs.isEmpty { return nil }
        if subs.count == g.exceptions.count && zip(subs, g.exceptions).allSatisfy({ $0 === $1 }) { return g }
        return derive(g, subs)
    }

    /// A Python exception for a Swift error that reached the eval loop (runtime algorithm failures, and
    /// AsyncModel errors crossing the seam).
    func pythonException(for error: any Error) -> PyExc {
        switch error {
        case let e as PyRaise:
            if let stored = e.exc.storedTraceback { e.exc.traceback = stored }
            return e.exc
        case let f as PyFailure:
            let t: PyType
            switch f.kind {
            case .valueError: t = BT.valueError
            case .typeError: t = BT.typeError
            case .overflowError: t = BT.overflowError
            case .zeroDivisionError: t = BT.zeroDivisionError
            case .indexError: t = BT.indexError
            case .keyError: t = BT.keyError
            }
            return PyExc(cls: t, args: [.str(f.message)])
        default:
            if let mapped = asyncErrorMapper?(error) { return mapped }
            return PyExc(cls: BT.systemError, args: [.str("model error: \(error)")])
        }
    }
}
