import BigInt

extension Compiler {
    func binOpCode(_ op: BinaryOperator) -> BinOpCode {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mult: return .mul
        case .matMult: return .matmul
        case .div: return .truediv
        case .mod: return .mod
        case .pow: return .pow
        case .lShift: return .lshift
        case .rShift: return .rshift
        case .bitOr: return .or
        case .bitXor: return .xor
        case .bitAnd: return .and
        case .floorDiv: return .floordiv
        }
    }

    func compareCode(_ op: CompareOperator) -> CompareCode {
        switch op {
        case .eq: return .eq
        case .notEq: return .ne
        case .lt: return .lt
        case .ltE: return .le
        case .gt: return .gt
        case .gtE: return .ge
        case .is: return .isSame
        case .isNot: return .isNot
        case .in: return .isIn
        case .notIn: return .notIn
        }
    }

    func constantValue(_ c: ConstantValue) -> PyValue {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .object(BT.ellipsis)
        case .int(let lit): return .bigint(lit.value)
        case .float(let d): return .float(d)
        case .imaginary: return .none
        case .string(let s): return .str(s)
        case .bytes(let bytes): return .object(PyBytes(bytes))
        }
    }

    /// Compiles `test` and jumps to `label` when it is false (or true).
    func condition(_ test: Expr, jumpIfFalse label: Int) throws {
        try expression(test)
        b.jump(.popJumpIfFalse, label)
    }

    func condition(_ test: Expr, jumpIfTrue label: Int) throws {
        try expression(test)
        b.jump(.popJumpIfTrue, label)
    }

    func expression(_ e: Expr) throws {
        let line = e.range.startLine
        let savedPosition = b.position
        if line > 0 { b.position = CodePosition(e.range) }
        defer { b.position = savedPosition }
        switch e.kind {
        case .boolOp(let op, let values):
            let end = b.newLabel()
            for (i, v) in values.enumerated() {
                try expression(v)
                if i < values.count - 1 { b.jump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end) }
            }
            b.place(end)
        case .namedExpr(let target, let value):
            try expression(value)
            b.emit(.dupTop)
            try assign(target)
        case .binOp(let l, let op, let r):
            try expression(l)
            try expression(r)
            b.emit(.binaryOp, binOpCode(op).rawValue)
        case .unaryOp(let op, let operand):
            try expression(operand)
            switch op {
            case .invert: b.emit(.unaryInvert)
            case .not: b.emit(.unaryNot)
            case .uAdd: b.emit(.unaryPositive)
            case .uSub: b.emit(.unaryNegative)
            }
        case .lambda(let args, let body):
            try lambda(e, args, body)
        case .ifExp(let test, let body, let orelse):
            let elseLabel = b.newLabel(), end = b.newLabel()
            try condition(test, jumpIfFalse: elseLabel)
            try expression(body)
            b.jump(.jump, end)
            b.place(elseLabel)
            try expression(orelse)
            b.place(end)
        case .dict(let keys, let values):
            if keys.allSatisfy({ $0 != nil }) {
                for (k, v) in zip(keys, values) {
                    if let k = k { try expression(k) }
                    try expression(v)
                }
                b.emit(.buildMap, Int32(keys.count))
            } else {
                b.emit(.buildMap, 0)
                for (k, v) in zip(keys, values) {
                    if let k = k {
                        try expression(k)
                        try expression(v)
                        b.emit(.mapAdd, 1)
                    } else {
                        try expression(v)
                        b.emit(.dictUpdate, 1)
                    }
                }
            }
        case .set(let elts):
            if elts.contains(where: isStarred) {
                b.emit(.buildSet, 0)
                for x in elts {
                    if case .starred(let v, _) = x.kind {
                        try expression(v)
                        b.emit(.setUpdate, 1)
                    } else {
                        try expression(x)
                        b.emit(.setAdd, 1)
                    }
                }
            } else {
                for x in elts { try expression(x) }
                b.emit(.buildSet, Int32(elts.count))
            }
        case .list(let elts, _):
            try sequence(elts, tuple: false)
        case .tuple(let elts, _):
            if let c = constantTuple(elts) {
                b.loadConst(c)
            } else {
                try sequence(elts, tuple: true)
            }
        case .listComp(let elt, let gens):
            try comprehension(e, gens, kind: .list) { try self.expression(elt) }
        case .setComp(let elt, let gens):
            try comprehension(e, gens, kind: .set) { try self.expression(elt) }
        case .dictComp(let k, let v, let gens):
            try comprehension(e, gens, kind: .dict) {
                try self.expression(k)
                try self.expression(v)
            }
        case .generatorExp(let elt, let gens):
            try comprehension(e, gens, kind: .generator) { try self.expression(elt) }
        case .awaitExpr(let v):
            guard scope.kind != .classBody else { throw fail("'await' outside function", line) }
            guard inAsyncContext else {
                if scope.isComprehension {
                    throw fail("asynchronous comprehension outside of an asynchronous function", line)
                }
                throw fail(scope.kind == .function ? "'await' outside async function" : "'await' outside function", line)
            }
            try expression(v)
            awaitTop()
        case .yieldExpr(let v):
            guard scope.kind == .function, !scope.isComprehension else { throw fail("'yield' outside function", line) }
            if let v = v { try expression(v) } else { b.loadConst(.none) }
            b.emit(.yieldValue, scope.isAsync ? 1 : 0)
        case .yieldFrom(let v):
            guard scope.kind == .function, !scope.isComprehension else { throw fail("'yield' outside function", line) }
            if scope.isAsync { throw fail("'yield from' inside async function", line) }
            try expression(v)
            b.emit(.getYieldFromIter)
            b.loadConst(.none)
            b.emit(.yieldFrom)
        case .compare(let left, let ops, let comparators):
            try expression(left)
            if ops.count == 1 {
                try expression(comparators[0])
                b.emit(.compareOp, compareCode(ops[0]).rawValue)
            } else {
                let cleanup = b.newLabel(), end = b.newLabel()
                for (i, (op, c)) in zip(ops, comparators).enumerated() {
                    try expression(c)
                    if i < ops.count - 1 {
                        b.emit(.dupTop)
                        b.emit(.rotThree)
                        b.emit(.compareOp, compareCode(op).rawValue)
                        b.jump(.jumpIfFalseOrPop, cleanup)
                    } else {
                        b.emit(.compareOp, compareCode(op).rawValue)
                    }
                }
                b.jump(.jump, end)
                b.place(cleanup)
                b.emit(.rotTwo)
                b.emit(.popTop)
                b.place(end)
            }
        case .call(let function, let args, let keywords):
            try call(function, args, keywords)
        case .formattedValue(let v, let conversion, let spec):
            try expression(v)
            var flags: Int32 = 0
            switch conversion {
            case .str: flags = 1
            case .repr: flags = 2
            case .ascii: flags = 3
            case nil: flags = 0
            }
            if let s = spec {
                try expression(s)
                flags |= 4
            }
            b.emit(.formatValue, flags)
        case .joinedStr(let values):
            if values.isEmpty {
                b.loadConst(.str(""))
            } else {
                for v in values { try expression(v) }
                if values.count > 1 { b.emit(.buildString, Int32(values.count)) }
            }
        case .constant(let c):
            if case .imaginary = c.value {
                unsupported("complex number")
                b.loadConst(.none)
            } else {
                b.loadConst(constantValue(c.value))
            }
        case .attribute(let v, let attr, _):
            try expression(v)
            b.emit(.loadAttr, b.name(attr.text))
        case .subscriptExpr(let v, let s, _):
            try expression(v)
            try expression(s)
            b.emit(.binarySubscr)
        case .starred:
            throw fail("can't use starred expression here", line)
        case .name(let id, _):
            load(id.text)
        case .slice(let lower, let upper, let step):
            if let l = lower { try expression(l) } else { b.loadConst(.none) }
            if let u = upper { try expression(u) } else { b.loadConst(.none) }
            if let s = step {
                try expression(s)
                b.emit(.buildSlice, 3)
            } else {
                b.emit(.buildSlice, 2)
            }
        }
    }

    private func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    private func constantTuple(_ elts: [Expr]) -> PyValue? {
        var items: [PyValue] = []
        for x in elts {
            guard case .constant(let c) = x.kind else { return nil }
            if case .imaginary = c.value { return nil }
            items.append(constantValue(c.value))
        }
        return .object(PyTuple(items))
    }

    private func sequence(_ elts: [Expr], tuple: Bool) throws {
        if elts.contains(where: isStarred) {
            b.emit(.buildList, 0)
            for x in elts {
                if case .starred(let v, _) = x.kind {
                    try expression(v)
                    b.emit(.listExtend, 1)
                } else {
                    try expression(x)
                    b.emit(.listAppend, 1)
                }
            }
            if tuple { b.emit(.listToTuple) }
        } else {
            for x in elts { try expression(x) }
            b.emit(tuple ? .buildTuple : .buildList, Int32(elts.count))
        }
    }

    private func call(_ function: Expr, _ args: [Expr], _ keywords: [Keyword]) throws {
        let starred = args.contains(where: isStarred) || keywords.contains { $0.arg == nil }
        if case .name(let id, _) = function.kind, id.text == "super", args.isEmpty, keywords.isEmpty,
           scope.kind == .function, let first = scope.parameters.first, scope.frees.contains("__class__") {
            load("super")
            load("__class__")
            load(first)
            b.emit(.call, 2)
            return
        }
        if !starred, keywords.isEmpty, case .attribute(let obj, let attr, _) = function.kind {
            try expression(obj)
            let call = b.position
            b.position = CodePosition(function.range)
            b.emit(.loadMethod, b.name(attr.text))
            b.position = call
            for a in args { try expression(a) }
            b.emit(.callMethod, Int32(args.count))
            return
        }
        try expression(function)
        if !starred {
            for a in args { try expression(a) }
            if keywords.isEmpty {
                b.emit(.call, Int32(args.count))
            } else {
                for k in keywords { try expression(k.value) }
                b.loadConst(.object(PyTuple(keywords.map { .str($0.arg?.text ?? "") })))
                b.emit(.callKw, Int32(args.count + keywords.count))
            }
            return
        }
        b.emit(.buildList, 0)
        for a in args {
            if case .starred(let v, _) = a.kind {
                try expression(v)
                b.emit(.listExtend, 1)
            } else {
                try expression(a)
                b.emit(.listAppend, 1)
            }
        }
        b.emit(.listToTuple)
        if keywords.isEmpty {
            b.emit(.callEx, 0)
            return
        }
        b.emit(.buildMap, 0)
        for k in keywords {
            if let name = k.arg {
                b.loadConst(.str(name.text))
                try expression(k.value)
                b.emit(.mapAdd, 1)
            } else {
                try expression(k.value)
                b.emit(.dictMerge, 1)
            }
        }
        b.emit(.callEx, 1)
    }

    enum ComprehensionKind { case list, set, dict, generator }

    private func comprehension(_ node: Expr, _ gens: [Comprehension], kind: ComprehensionKind, element: @escaping () throws -> Void) throws {
        guard let s = scopeOf(node), let first = gens.first else { throw fail("internal: comprehension", node.range.startLine) }
        let isAsync = s.hasAwait || gens.contains { $0.isAsync }
        if isAsync && kind != .generator && !inAsyncContext {
            throw fail("asynchronous comprehension outside of an asynchronous function", node.range.startLine)
        }
        s.isAsync = isAsync
        var flags: CodeFlags = []
        if kind == .generator {
            flags.insert(isAsync ? .asyncGenerator : .generator)
            s.hasYield = true
        } else if isAsync {
            flags.insert(.coroutine)
        }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        let line = node.range.startLine
        let code = try nested(node, name: name, line: line, {
            b.position = CodePosition(node.range)
            switch kind {
            case .list: b.emit(.buildList, 0)
            case .set: b.emit(.buildSet, 0)
            case .dict: b.emit(.buildMap, 0)
            case .generator: break
            }
            try comprehensionLoop(gens[...], depth: 0, kind: kind, element: element)
            if kind == .generator { b.loadConst(.none) }
            b.emit(.returnValue)
        }, args: (1, 0, 0), flags: flags)
        makeClosure(code, flags: 0)
        try expression(first.iter)
        b.emit(first.isAsync ? .getAIter : .getIter)
        b.emit(.call, 1)
        if isAsync && kind != .generator { awaitTop() }
    }

    private func comprehensionLoop(_ gens: ArraySlice<Comprehension>, depth: Int, kind: ComprehensionKind,
                                   element: () throws -> Void) throws {
        guard let g = gens.first else {
            try element()
            let listDepth = Int32(depth + 1)
            switch kind {
            case .list: b.emit(.listAppend, listDepth)
            case .set: b.emit(.setAdd, listDepth)
            case .dict: b.emit(.mapAdd, listDepth)
            case .generator:
                b.emit(.yieldValue, scope.isAsync ? 1 : 0)
                b.emit(.popTop)
            }
            return
        }
        if depth == 0 {
            b.emit(.loadFast, 0)
        } else {
            try expression(g.iter)
            b.emit(g.isAsync ? .getAIter : .getIter)
        }
        let top = b.newLabel(), exit = b.newLabel()
        b.place(top)
        if g.isAsync {
            b.jump(.setupFinally, exit)
            b.emit(.getANext)
            b.loadConst(.none)
            b.emit(.yieldFrom)
            b.emit(.popBlock)
        } else {
            b.jump(.forIter, exit)
        }
        try assign(g.target)
        for cond in g.ifs {
            try condition(cond, jumpIfFalse: top)
        }
        try comprehensionLoop(gens.dropFirst(), depth: depth + 1, kind: kind, element: element)
        b.jump(.jump, top)
        b.place(exit)
        if g.isAsync { b.emit(.endAsyncFor) }
    }
}
