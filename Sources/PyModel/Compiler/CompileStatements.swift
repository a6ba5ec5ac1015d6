extension Compiler {
    /// Whether `await` and friends are allowed here (async def, or top-level await at module level).
    var inAsyncContext: Bool {
        if scope.kind == .function { return scope.isAsync || (scope.isComprehension && outerAsync) }
        return scope.kind == .module && allowTopLevelAwait
    }

    private var outerAsync: Bool {
        var s: Scope? = scope
        while let sc = s, sc.isComprehension { s = sc.parent }
        guard let sc = s else { return false }
        return sc.kind == .function ? sc.isAsync : (sc.kind == .module && allowTopLevelAwait)
    }

    func statement(_ s: Stmt) throws {
        b.position = CodePosition(s.range)
        let line = s.range.startLine
        switch s.kind {
        case .functionDef(let fd): try functionDef(s, fd)
        case .classDef(let cd): try classDef(s, cd)
        case .returnStmt(let value):
            guard scope.kind == .function, !scope.isComprehension else { throw fail("'return' outside function", line) }
            if scope.isAsync && scope.hasYield && value != nil { throw fail("'return' with value in async generator", line) }
            if unit.blocks.contains(where: { if case .exceptStar = $0 { return true }; return false }) {
                throw fail("'break', 'continue' and 'return' cannot appear in an except* block", line)
            }
            if let v = value { try expression(v) } else { b.loadConst(.none) }
            try unwindAll(preserveTop: true)
            b.emit(.returnValue)
        case .delete(let targets):
            for t in targets { try deleteTarget(t) }
        case .assign(let targets, let value):
            try expression(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.emit(.dupTop) }
                try assign(t)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let v = value {
                try expression(v)
                try assign(target)
            }
            if scope.kind == .classBody, simple, case .name(let id, _) = target.kind {
                load("__annotations__")
                b.loadConst(.str(annotationText(annotation)))
                b.emit(.rotTwo)
                b.loadConst(.str(id.text))
                b.emit(.storeSubscr)
            }
        case .forLoop(let f):
            if f.isAsync {
                guard inAsyncContext else { throw fail("'async for' outside async function", line) }
                try asyncFor(f)
            } else {
                try forLoop(f)
            }
        case .whileLoop(let test, let body, let orelse):
            let top = b.newLabel(), end = b.newLabel(), orelseLabel = b.newLabel()
            b.place(top)
            try condition(test, jumpIfFalse: orelseLabel)
            unit.blocks.append(.whileLoop(continueLabel: top, breakLabel: end))
            for st in body { try statement(st) }
            unit.blocks.removeLast()
            b.line = line
            b.jump(.jump, top)
            b.place(orelseLabel)
            for st in orelse { try statement(st) }
            b.place(end)
        case .ifStmt(let test, let body, let orelse):
            let elseLabel = b.newLabel(), end = b.newLabel()
            try condition(test, jumpIfFalse: elseLabel)
            for st in body { try statement(st) }
            if !orelse.isEmpty { b.jump(.jump, end) }
            b.place(elseLabel)
            for st in orelse { try statement(st) }
            b.place(end)
        case .with(let w):
            if w.isAsync && !inAsyncContext { throw fail("'async with' outside async function", line) }
            try withItems(w.items[...], w.body, isAsync: w.isAsync, line: line)
        case .match(let subject, let cases):
            try matchStatement(subject: subject, cases: cases)
        case .raise(let exc, let cause):
            var n: Int32 = 0
            if let e = exc {
                try expression(e)
                n = 1
                if let c = cause {
                    try expression(c)
                    n = 2
                }
            }
            b.emit(.raiseVarargs, n)
        case .tryStmt(let t):
            if t.isStar {
                try tryStar(t, line: line)
            } else if !t.finalbody.isEmpty {
                try tryFinally(t)
            } else {
                try tryExcept(t)
            }
        case .assert(let test, let msg):
            let end = b.newLabel()
            try condition(test, jumpIfTrue: end)
            b.emit(.loadAssertionError)
            if let m = msg {
                try expression(m)
                b.emit(.call, 1)
            }
            b.emit(.raiseVarargs, 1)
            b.place(end)
        case .importNames(let names):
            for a in names {
                let full = a.name.text
                if let alias = a.asname {
                    b.emit(.importName, b.name(full))
                    store(alias.text)
                } else {
                    let top = String(full.split(separator: ".").first ?? "")
                    if top != full {
                        b.emit(.importName, b.name(full))
                        b.emit(.popTop)
                    }
                    b.emit(.importName, b.name(top))
                    store(top)
                }
            }
        case .importFrom(let module, let names, let level):
            guard level == 0, let m = module?.text else {
                unsupported("relative import")
                return
            }
            if m == "__future__" { return }
            b.emit(.importName, b.name(m))
            if names.count == 1 && names[0].name.text == "*" {
                b.emit(.importStar)
                return
            }
            for a in names {
                b.emit(.importFrom, b.name(a.name.text))
                store(a.asname?.text ?? a.name.text)
            }
            b.emit(.popTop)
        case .global, .nonlocal, .pass:
            break
        case .expr(let v):
            try expression(v)
            // Argument 1 marks a call statement's dropped result (the eval loop looks for unawaited coroutines).
            if case .call = v.kind {
                b.emit(.popTop, 1)
            } else {
                b.emit(.popTop)
            }
        case .breakStmt:
            try breakOrContinue(isBreak: true, line: line)
        case .continueStmt:
            try breakOrContinue(isBreak: false, line: line)
        }
    }

    // MARK: unwinding

    /// Undoes the block `fb` on the way out; `preserveTop` keeps a return value on top of the stack.
    private func unwind(_ fb: FrameBlock, preserveTop: Bool) throws {
        switch fb {
        case .forLoop:
            if preserveTop { b.emit(.rotTwo) }
            b.emit(.popTop)
        case .asyncForLoop:
            if preserveTop { b.emit(.rotTwo) }
            b.emit(.popTop)
            // Overwrites the popped iterator's slot: leaving the loop frees an async generator only it held,
            // when CPython's reference count would (its finalizer hook schedules `aclose()`).
            b.loadConst(.none)
            b.emit(.popTop)
        case .whileLoop, .exceptStar:
            break
        case .tryExcept:
            b.emit(.popBlock)
        case .tryFinally(let body):
            b.emit(.popBlock)
            let saved = unit.blocks
            if let i = unit.blocks.lastIndex(where: { if case .tryFinally = $0 { return true }; return false }) {
                unit.blocks.removeSubrange(i...)
            }
            for st in body { try statement(st) }
            unit.blocks = saved
        case .finallyHandler:
            b.emit(.popBlock)
            b.emit(.popExcept)
            if preserveTop { b.emit(.rotTwo) }
            b.emit(.popTop)
        case .handler(let name):
            if let n = name {
                b.emit(.popBlock)
                b.loadConst(.none)
                store(n)
                delete(n)
            }
            b.emit(.popBlock)
            b.emit(.popExcept)
        case .with(let isAsync):
            b.emit(.popBlock)
            if preserveTop { b.emit(.rotTwo) }
            callExitWithNones(isAsync: isAsync)
        }
    }

    private func unwindAll(preserveTop: Bool) throws {
        let blocks = unit.blocks
        for fb in blocks.reversed() {
            unit.blocks.removeLast()
            try unwind(fb, preserveTop: preserveTop)
        }
        unit.blocks = blocks
    }

    private func breakOrContinue(isBreak: Bool, line: Int) throws {
        let blocks = unit.blocks
        for (i, fb) in blocks.enumerated().reversed() {
            switch fb {
            case .forLoop(let c, let brk), .asyncForLoop(let c, let brk), .whileLoop(let c, let brk):
                unit.blocks = Array(blocks[..<i])
                if isBreak {
                    if case .whileLoop = fb {} else { b.emit(.popTop) }
                    b.jump(.jump, brk)
                } else {
                    b.jump(.jump, c)
                }
                unit.blocks = blocks
                return
            case .exceptStar:
                throw fail("'break', 'continue' and 'return' cannot appear in an except* block", line)
            default:
                unit.blocks = Array(blocks[..<i])
                try unwind(fb, preserveTop: false)
            }
        }
        unit.blocks = blocks
        throw fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", line)
    }

    /// `exit(None, None, None)` with the exit function on top of the stack; the result is discarded.
    func callExitWithNones(isAsync: Bool) {
        b.loadConst(.none)
        b.loadConst(.none)
        b.loadConst(.none)
        b.emit(.call, 3)
        if isAsync { awaitTop() }
        b.emit(.popTop)
    }

    /// `await` on the value on top of the stack.
    func awaitTop() {
        b.emit(.getAwaitable)
        b.loadConst(.none)
        b.emit(.yieldFrom)
    }

    // MARK: loops

    private func forLoop(_ f: ForLoop) throws {
        try expression(f.iter)
        b.emit(.getIter)
        let top = b.newLabel(), exit = b.newLabel(), end = b.newLabel()
        b.place(top)
        b.jump(.forIter, exit)
        try assign(f.target)
        unit.blocks.append(.forLoop(continueLabel: top, breakLabel: end))
        for st in f.body { try statement(st) }
        unit.blocks.removeLast()
        b.jump(.jump, top)
        b.place(exit)
        for st in f.orelse { try statement(st) }
        b.place(end)
    }

    private func asyncFor(_ f: ForLoop) throws {
        try expression(f.iter)
        b.emit(.getAIter)
        let top = b.newLabel(), done = b.newLabel(), end = b.newLabel()
        b.place(top)
        b.jump(.setupFinally, done)
        b.emit(.getANext)
        b.loadConst(.none)
        b.emit(.yieldFrom)
        b.emit(.popBlock)
        try assign(f.target)
        unit.blocks.append(.asyncForLoop(continueLabel: top, breakLabel: end))
        for st in f.body { try statement(st) }
        unit.blocks.removeLast()
        b.jump(.jump, top)
        b.place(done)
        b.emit(.endAsyncFor)
        for st in f.orelse { try statement(st) }
        b.place(end)
    }

    // MARK: with

    private func withItems(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool, line: Int) throws {
        guard let item = items.first else {
            for st in body { try statement(st) }
            return
        }
        try expression(item.contextExpr)
        b.line = line
        let excLabel = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel(), suppress = b.newLabel()
        if isAsync {
            b.emit(.beforeAsyncWith)
            b.loadConst(.none)
            b.emit(.yieldFrom)
            b.jump(.setupAsyncWith, excLabel)
        } else {
            b.jump(.setupWith, excLabel)
        }
        if let v = item.optionalVars { try assign(v) } else { b.emit(.popTop) }
        unit.blocks.append(.with(isAsync: isAsync))
        try withItems(items.dropFirst(), body, isAsync: isAsync, line: line)
        unit.blocks.removeLast()
        b.line = line
        b.emit(.popBlock)
        callExitWithNones(isAsync: isAsync)
        b.jump(.jump, end)
        b.place(excLabel)
        b.emit(.pushExcInfo)
        b.jump(.setupFinally, cleanup)
        b.emit(.withExceptStart)
        if isAsync { awaitTop() }
        b.jump(.popJumpIfTrue, suppress)
        b.emit(.reraise)
        b.place(suppress)
        b.emit(.popBlock)
        b.emit(.popExcept)
        b.emit(.popTop)
        b.emit(.popTop)
        b.jump(.jump, end)
        b.place(cleanup)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    // MARK: try

    private func tryExcept(_ t: TryBlock) throws {
        let handler = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        b.jump(.setupFinally, handler)
        unit.blocks.append(.tryExcept)
        for st in t.body { try statement(st) }
        unit.blocks.removeLast()
        b.emit(.popBlock)
        for st in t.orelse { try statement(st) }
        b.jump(.jump, end)
        b.place(handler)
        b.emit(.pushExcInfo)
        b.jump(.setupFinally, cleanup)
        for (i, h) in t.handlers.enumerated() {
            b.line = h.range.startLine
            let next = b.newLabel()
            if let ty = h.type {
                try expression(ty)
                b.emit(.checkExcMatch)
                b.jump(.popJumpIfFalse, next)
            } else if i != t.handlers.count - 1 {
                throw fail("default 'except:' must be last", h.range.startLine)
            }
            let nameCleanup = b.newLabel()
            if let n = h.name {
                store(n.text)
                b.jump(.setupFinally, nameCleanup)
            } else {
                b.emit(.popTop)
            }
            unit.blocks.append(.handler(name: h.name?.text))
            for st in h.body { try statement(st) }
            unit.blocks.removeLast()
            if let n = h.name {
                b.emit(.popBlock)
                b.loadConst(.none)
                store(n.text)
                delete(n.text)
            }
            b.emit(.popBlock)
            b.emit(.popExcept)
            b.jump(.jump, end)
            if let n = h.name {
                b.place(nameCleanup)
                b.loadConst(.none)
                store(n.text)
                delete(n.text)
                b.emit(.reraise)
            }
            b.place(next)
        }
        b.emit(.reraise)
        b.place(cleanup)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    private func tryFinally(_ t: TryBlock) throws {
        let excLabel = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        b.jump(.setupFinally, excLabel)
        unit.blocks.append(.tryFinally(t.finalbody))
        if t.handlers.isEmpty {
            for st in t.body { try statement(st) }
        } else if t.isStar {
            try tryStar(TryBlock(body: t.body, handlers: t.handlers, orelse: t.orelse, finalbody: [], isStar: true), line: b.line)
        } else {
            try tryExcept(TryBlock(body: t.body, handlers: t.handlers, orelse: t.orelse, finalbody: [], isStar: false))
        }
        unit.blocks.removeLast()
        b.emit(.popBlock)
        for st in t.finalbody { try statement(st) }
        b.jump(.jump, end)
        b.place(excLabel)
        b.emit(.pushExcInfo)
        b.jump(.setupFinally, cleanup)
        unit.blocks.append(.finallyHandler)
        for st in t.finalbody { try statement(st) }
        unit.blocks.removeLast()
        b.emit(.popBlock)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(cleanup)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    private func tryStar(_ t: TryBlock, line: Int) throws {
        if !t.finalbody.isEmpty {
            try tryFinally(t)
            return
        }
        let handler = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        b.jump(.setupFinally, handler)
        unit.blocks.append(.tryExcept)
        for st in t.body { try statement(st) }
        unit.blocks.removeLast()
        b.emit(.popBlock)
        for st in t.orelse { try statement(st) }
        b.jump(.jump, end)
        b.place(handler)
        b.emit(.pushExcInfo)
        b.jump(.setupFinally, cleanup)
        b.emit(.dupTop)
        b.emit(.buildList, 0)
        b.emit(.rotTwo)
        for h in t.handlers {
            b.line = h.range.startLine
            let skip = b.newLabel(), next = b.newLabel(), bodyExc = b.newLabel()
            guard let ty = h.type else { throw fail("expected one or more exception types", h.range.startLine) }
            try expression(ty)
            b.emit(.checkEGMatch)
            b.emit(.dupTop)
            b.loadConst(.none)
            b.emit(.compareOp, CompareCode.isSame.rawValue)
            b.jump(.popJumpIfTrue, skip)
            b.emit(.pushExcInfo)
            if let n = h.name { store(n.text) } else { b.emit(.popTop) }
            b.jump(.setupFinally, bodyExc)
            unit.blocks.append(.exceptStar)
            for st in h.body { try statement(st) }
            unit.blocks.removeLast()
            b.emit(.popBlock)
            b.emit(.popExcept)
            b.jump(.jump, next)
            b.place(bodyExc)
            b.emit(.popExcept)
            b.emit(.listAppend, 2)
            b.jump(.jump, next)
            b.place(skip)
            b.emit(.popTop)
            b.place(next)
        }
        let noRest = b.newLabel(), prep = b.newLabel(), raise = b.newLabel()
        b.emit(.dupTop)
        b.loadConst(.none)
        b.emit(.compareOp, CompareCode.isSame.rawValue)
        b.jump(.popJumpIfTrue, noRest)
        b.emit(.listAppend, 1)
        b.jump(.jump, prep)
        b.place(noRest)
        b.emit(.popTop)
        b.place(prep)
        b.emit(.prepReraiseStar)
        b.emit(.dupTop)
        b.loadConst(.none)
        b.emit(.compareOp, CompareCode.isSame.rawValue)
        b.jump(.popJumpIfFalse, raise)
        b.emit(.popTop)
        b.emit(.popBlock)
        b.emit(.popExcept)
        b.jump(.jump, end)
        b.place(raise)
        b.emit(.reraise)
        b.place(cleanup)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    // MARK: assignment

    func assign(_ t: Expr) throws {
        switch t.kind {
        case .name(let id, _): store(id.text)
        case .attribute(let v, let attr, _):
            try expression(v)
            b.emit(.storeAttr, b.name(attr.text))
        case .subscriptExpr(let v, let s, _):
            try expression(v)
            try expression(s)
            b.emit(.storeSubscr)
        case .tuple(let elts, _), .list(let elts, _):
            if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = elts.count - star - 1
                b.emit(.unpackEx, Int32(star | (after << 8)))
            } else {
                b.emit(.unpackSequence, Int32(elts.count))
            }
            for e in elts {
                if case .starred(let inner, _) = e.kind { try assign(inner) } else { try assign(e) }
            }
        case .starred:
            throw fail("starred assignment target must be in a list or tuple", t.range.startLine)
        default:
            throw fail("cannot assign to \(describe(t))", t.range.startLine)
        }
    }

    private func deleteTarget(_ t: Expr) throws {
        switch t.kind {
        case .name(let id, _): delete(id.text)
        case .attribute(let v, let attr, _):
            try expression(v)
            b.emit(.deleteAttr, b.name(attr.text))
        case .subscriptExpr(let v, let s, _):
            try expression(v)
            try expression(s)
            b.emit(.deleteSubscr)
        case .tuple(let elts, _), .list(let elts, _):
            for e in elts { try deleteTarget(e) }
        default:
            throw fail("cannot delete \(describe(t))", t.range.startLine)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        default: return "expression"
        }
    }

    /// The target's load and store carry the target's position, the operation the statement's (as in CPython).
    private func augAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let code = binOpCode(op).rawValue
        let statement = b.position
        let targetPosition = CodePosition(target.range)
        switch target.kind {
        case .name(let id, _):
            b.position = targetPosition
            load(id.text)
            try expression(value)
            b.position = statement
            b.emit(.inplaceOp, code)
            b.position = targetPosition
            store(id.text)
        case .attribute(let v, let attr, _):
            try expression(v)
            b.position = targetPosition
            b.emit(.dupTop)
            b.emit(.loadAttr, b.name(attr.text))
            try expression(value)
            b.position = statement
            b.emit(.inplaceOp, code)
            b.position = targetPosition
            b.emit(.rotTwo)
            b.emit(.storeAttr, b.name(attr.text))
        case .subscriptExpr(let v, let s, _):
            try expression(v)
            try expression(s)
            b.position = targetPosition
            b.emit(.dupTopTwo)
            b.emit(.binarySubscr)
            try expression(value)
            b.position = statement
            b.emit(.inplaceOp, code)
            b.position = targetPosition
            b.emit(.rotThree)
            b.emit(.storeSubscr)
        default:
            throw fail("'\(describe(target))' is an illegal expression for augmented assignment", target.range.startLine)
        }
    }
}
