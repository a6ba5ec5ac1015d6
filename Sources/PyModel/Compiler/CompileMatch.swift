/// What a pattern being compiled knows about its surroundings (CPython 3.11's `pattern_context`).
///
/// Captured values wait on the stack until the whole case pattern has matched, newest deepest: `stores[0]` is
/// the item just under `onTop`. A failed test jumps to `failPop[k]`, which pops the `k` items above the subject
/// position (captures and `onTop` items) and falls through to `failPop[0]`.
struct PatternContext {
    var stores: [String] = []
    var allowIrrefutable: Bool
    var failPop: [Int] = []
    /// Items on top of the stack that must be popped when the pattern fails.
    var onTop = 0
    /// The last pattern compiled: where CPython's compile-time errors about patterns point.
    var location: SourceRange
}

/// The `match` statement, compiled as CPython 3.11 compiles it: the subject stays on the stack while cases are
/// tried, captures are stored only when a case's whole pattern matched, then the guard decides.
extension Compiler {
    func matchStatement(subject: Expr, cases: [MatchCase]) throws {
        try expression(subject)
        let end = b.newLabel()
        let lastIsWildcard = cases.last.map { isWildcard($0.pattern) } ?? false
        let hasDefault = lastIsWildcard && cases.count > 1
        let tested = cases.count - (hasDefault ? 1 : 0)
        for (i, matchCase) in cases.prefix(tested).enumerated() {
            b.line = matchCase.pattern.range.startLine
            let keepsSubject = i != tested - 1
            if keepsSubject { b.emit(.pattern, PatternOp.copy.argument(1)) }
            var pc = PatternContext(allowIrrefutable: matchCase.guardExpr != nil || i == cases.count - 1,
                                    location: matchCase.pattern.range)
            try pattern(matchCase.pattern, &pc)
            for name in pc.stores { store(name) }
            if let guardExpr = matchCase.guardExpr {
                ensureFailPop(&pc, 0)
                try condition(guardExpr, jumpIfFalse: pc.failPop[0])
            }
            if keepsSubject { b.emit(.popTop) }
            for s in matchCase.body { try statement(s) }
            b.jump(.jump, end)
            b.line = matchCase.pattern.range.startLine
            emitFailPops(&pc)
        }
        if hasDefault, let last = cases.last {
            b.line = last.pattern.range.startLine
            if cases.count == 1 { b.emit(.popTop) } else { b.emit(.nop) }
            if let guardExpr = last.guardExpr { try condition(guardExpr, jumpIfFalse: end) }
            for s in last.body { try statement(s) }
        }
        b.place(end)
    }

    /// `_` (a wildcard with no sub-pattern and no name).
    private func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        return false
    }

    private func isStarWildcard(_ p: Pattern) -> Bool {
        if case .matchStar(nil) = p.kind { return true }
        return false
    }

    // MARK: the fail-pop chain

    private func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count <= n { pc.failPop.append(b.newLabel()) }
    }

    /// Emits `jump` (a conditional or plain jump) to the label that pops everything this pattern pushed.
    private func jumpToFailPop(_ pc: inout PatternContext, _ jump: Opcode) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(&pc, pops)
        b.jump(jump, pc.failPop[pops])
    }

    private func emitFailPops(_ pc: inout PatternContext) {
        for k in pc.failPop.indices.reversed() {
            b.place(pc.failPop[k])
            if k > 0 { b.emit(.popTop) }
        }
        pc.failPop = []
    }

    /// Moves the top of the stack down to depth `n`.
    private func rotate(_ n: Int) {
        if n > 1 { b.emit(.pattern, PatternOp.rotate.argument(n)) }
    }

    // MARK: patterns

    /// Compiles `p` against the subject on top of the stack; the code consumes the subject.
    private func pattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        b.line = p.range.startLine
        pc.location = p.range
        switch p.kind {
        case .matchValue(let value):
            try expression(value)
            b.emit(.compareOp, CompareCode.eq.rawValue)
            jumpToFailPop(&pc, .popJumpIfFalse)
        case .matchSingleton(let value):
            b.loadConst(constantValue(value))
            b.emit(.compareOp, CompareCode.isSame.rawValue)
            jumpToFailPop(&pc, .popJumpIfFalse)
        case .matchSequence(let patterns):
            try sequencePattern(patterns, pc: &pc)
        case .matchMapping(let keys, let patterns, let rest):
            try mappingPattern(keys, patterns, rest: rest, pc: &pc)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            try classPattern(cls, patterns, kwdAttrs, kwdPatterns, pc: &pc)
        case .matchStar(let name):
            try storeCapture(name, &pc)
        case .matchAs(let sub, let name):
            guard let sub = sub else {
                if !pc.allowIrrefutable {
                    if let name = name {
                        throw fail("name capture '\(name.text)' makes remaining patterns unreachable", at: p.range)
                    }
                    throw fail("wildcard makes remaining patterns unreachable", at: p.range)
                }
                try storeCapture(name, &pc)
                return
            }
            pc.onTop += 1
            b.emit(.pattern, PatternOp.copy.argument(1))
            try pattern(sub, &pc)
            pc.onTop -= 1
            try storeCapture(name, &pc)
        case .matchOr(let alternatives):
            try orPattern(alternatives, pc: &pc)
        }
    }

    /// A sub-pattern may be irrefutable even where its parent may not.
    private func subpattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try pattern(p, &pc)
        pc.allowIrrefutable = allow
    }

    /// Keeps the captured value on the stack, under the other captures, until the case matched.
    private func storeCapture(_ name: Identifier?, _ pc: inout PatternContext) throws {
        guard let name = name else {
            b.emit(.popTop)
            return
        }
        if name.text == "__debug__" { throw fail("cannot assign to __debug__", at: pc.location) }
        if pc.stores.contains(name.text) {
            throw fail("multiple assignments to name '\(name.text)' in pattern", at: pc.location)
        }
        rotate(pc.onTop + pc.stores.count + 1)
        pc.stores.append(name.text)
    }

    private func sequencePattern(_ patterns: [Pattern], pc: inout PatternContext) throws {
        var star: Int?
        var starWildcard = false
        var onlyWildcard = true
        for (i, p) in patterns.enumerated() {
            if case .matchStar = p.kind {
                if star != nil { throw fail("multiple starred names in sequence pattern", at: pc.location) }
                star = i
                starWildcard = isStarWildcard(p)
            }
            onlyWildcard = onlyWildcard && (isWildcard(p) || isStarWildcard(p))
        }
        let size = patterns.count
        pc.onTop += 1
        b.emit(.pattern, PatternOp.isSequence.argument())
        jumpToFailPop(&pc, .popJumpIfFalse)
        if star == nil {
            b.emit(.pattern, PatternOp.length.argument())
            b.loadConst(.int(size))
            b.emit(.compareOp, CompareCode.eq.rawValue)
            jumpToFailPop(&pc, .popJumpIfFalse)
        } else if size > 1 {
            b.emit(.pattern, PatternOp.length.argument())
            b.loadConst(.int(size - 1))
            b.emit(.compareOp, CompareCode.ge.rawValue)
            jumpToFailPop(&pc, .popJumpIfFalse)
        }
        pc.onTop -= 1
        if onlyWildcard {
            b.emit(.popTop)
        } else if let star = star, starWildcard {
            try sequenceBySubscript(patterns, star: star, pc: &pc)
        } else {
            if let star = star {
                b.emit(.unpackEx, Int32(star | ((size - star - 1) << 8)))
            } else {
                b.emit(.unpackSequence, Int32(size))
            }
            pc.onTop += size
            for p in patterns {
                pc.onTop -= 1
                try subpattern(p, &pc)
            }
        }
    }

    /// `[a, *_, b]`: the items by index (from the end through the length), without copying the middle.
    private func sequenceBySubscript(_ patterns: [Pattern], star: Int, pc: inout PatternContext) throws {
        let size = patterns.count
        pc.onTop += 1
        for (i, p) in patterns.enumerated() where !isWildcard(p) && i != star {
            b.emit(.pattern, PatternOp.copy.argument(1))
            if i < star {
                b.loadConst(.int(i))
            } else {
                b.emit(.pattern, PatternOp.length.argument())
                b.loadConst(.int(size - i))
                b.emit(.binaryOp, BinOpCode.sub.rawValue)
            }
            b.emit(.binarySubscr)
            try subpattern(p, &pc)
        }
        pc.onTop -= 1
        b.emit(.popTop)
    }

    private func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], rest: Identifier?, pc: inout PatternContext) throws {
        let size = keys.count
        pc.onTop += 1
        b.emit(.pattern, PatternOp.isMapping.argument())
        jumpToFailPop(&pc, .popJumpIfFalse)
        if size == 0 && rest == nil {
            pc.onTop -= 1
            b.emit(.popTop)
            return
        }
        if size > 0 {
            b.emit(.pattern, PatternOp.length.argument())
            b.loadConst(.int(size))
            b.emit(.compareOp, CompareCode.ge.rawValue)
            jumpToFailPop(&pc, .popJumpIfFalse)
        }
        var seen: Set<String> = []
        for key in keys {
            if let (identity, text) = literalKey(key) {
                if !seen.insert(identity).inserted {
                    throw fail("mapping pattern checks duplicate key (\(text))", at: pc.location)
                }
            } else if case .attribute = key.kind {
                // A value looked up at run time: duplicates are found there.
            } else {
                throw fail("mapping pattern keys may only match literals and attribute lookups", at: pc.location)
            }
            try expression(key)
        }
        b.emit(.buildTuple, Int32(size))
        b.emit(.pattern, PatternOp.mappingValues.argument())
        pc.onTop += 2
        b.emit(.pattern, PatternOp.copy.argument(1))
        b.loadConst(.none)
        b.emit(.compareOp, CompareCode.isNot.rawValue)
        jumpToFailPop(&pc, .popJumpIfFalse)
        b.emit(.unpackSequence, Int32(size))
        pc.onTop += size - 1
        for p in patterns {
            pc.onTop -= 1
            try subpattern(p, &pc)
        }
        pc.onTop -= 2
        guard let rest = rest else {
            b.emit(.popTop)
            b.emit(.popTop)
            return
        }
        // rest = dict(subject); del rest[key] for each key
        b.emit(.buildMap, 0)
        b.emit(.rotThree)
        b.emit(.rotTwo)
        b.emit(.dictUpdate, 2)
        b.emit(.unpackSequence, Int32(size))
        var remaining = size
        while remaining > 0 {
            b.emit(.pattern, PatternOp.copy.argument(1 + remaining))
            b.emit(.rotTwo)
            b.emit(.deleteSubscr)
            remaining -= 1
        }
        try storeCapture(rest, &pc)
    }

    /// A literal mapping key's identity for the duplicate check (numbers by value, as a set compares them) and
    /// its repr; nil for a key that is not a literal.
    private func literalKey(_ key: Expr) -> (String, String)? {
        var negative = false
        var node = key
        if case .unaryOp(.uSub, let operand) = key.kind {
            negative = true
            node = operand
        }
        guard case .constant(let c) = node.kind else { return nil }
        let sign = negative ? "-" : ""
        switch c.value {
        case .none: return negative ? nil : ("None", "None")
        case .bool(let v): return negative ? nil : ("n:\(v ? 1 : 0)", v ? "True" : "False")
        case .int(let lit):
            let value = negative ? -lit.value : lit.value
            return ("n:\(value)", "\(value)")
        case .float(let d):
            let value = negative ? -d : d
            let text = FloatToString.repr(value)
            if value == value.rounded(), abs(value) < 1e18 { return ("n:\(Int(value))", text) }
            return ("f:\(value.bitPattern)", text)
        case .string(let s): return negative ? nil : ("s:" + s, strRepr(s))
        case .bytes(let bytes): return negative ? nil : ("b:\(bytes)", bytesRepr(bytes))
        case .imaginary(let d): return ("j:\(sign)\(d)", "\(sign)\(FloatToString.repr(d))j")
        case .ellipsis: return nil
        }
    }

    private func classPattern(_ cls: Expr, _ patterns: [Pattern], _ kwdAttrs: [Identifier], _ kwdPatterns: [Pattern],
                              pc: inout PatternContext) throws {
        var seenAttrs: Set<String> = []
        for attr in kwdAttrs {
            if attr.text == "__debug__" { throw fail("cannot assign to __debug__", at: pc.location) }
            if !seenAttrs.insert(attr.text).inserted {
                throw fail("attribute name repeated in class pattern: \(attr.text)", at: pc.location)
            }
        }
        try expression(cls)
        b.loadConst(.object(PyTuple(kwdAttrs.map { .str($0.text) })))
        b.emit(.pattern, PatternOp.classAttributes.argument(patterns.count))
        b.emit(.pattern, PatternOp.copy.argument(1))
        b.loadConst(.none)
        b.emit(.compareOp, CompareCode.isNot.rawValue)
        pc.onTop += 1
        jumpToFailPop(&pc, .popJumpIfFalse)
        let all = patterns + kwdPatterns
        b.emit(.unpackSequence, Int32(all.count))
        pc.onTop += all.count - 1
        for p in all {
            pc.onTop -= 1
            if isWildcard(p) {
                b.emit(.popTop)
                continue
            }
            try subpattern(p, &pc)
        }
    }

    /// Alternatives tried in order on copies of the subject; each must bind the same names, which end up on
    /// the stack in the first alternative's order.
    private func orPattern(_ alternatives: [Pattern], pc: inout PatternContext) throws {
        let end = b.newLabel()
        let old = pc
        var control: [String]?
        for (i, alt) in alternatives.enumerated() {
            b.line = alt.range.startLine
            pc.stores = []
            pc.allowIrrefutable = i == alternatives.count - 1 && old.allowIrrefutable
            pc.failPop = []
            pc.onTop = 0
            b.emit(.pattern, PatternOp.copy.argument(1))
            try pattern(alt, &pc)
            if let control = control {
                guard pc.stores.count == control.count, Set(pc.stores) == Set(control) else {
                    throw fail("alternative patterns bind different names", at: pc.location)
                }
                var icontrol = control.count
                while icontrol > 0 {
                    icontrol -= 1
                    guard let istores = pc.stores.firstIndex(of: control[icontrol]) else {
                        throw fail("alternative patterns bind different names", at: pc.location)
                    }
                    if icontrol != istores {
                        let rotations = istores + 1
                        let rotated = Array(pc.stores[0..<rotations])
                        pc.stores.removeSubrange(0..<rotations)
                        pc.stores.insert(contentsOf: rotated, at: icontrol - istores)
                        for _ in 0..<rotations { rotate(icontrol + 1) }
                    }
                }
            } else {
                control = pc.stores
            }
            b.jump(.jump, end)
            emitFailPops(&pc)
        }
        pc = old
        b.emit(.popTop)
        jumpToFailPop(&pc, .jump)
        b.place(end)
        let captured = control ?? []
        let rotations = captured.count + 1 + pc.onTop + pc.stores.count
        for name in captured {
            rotate(rotations)
            if pc.stores.contains(name) { throw fail("multiple assignments to name '\(name)' in pattern", at: pc.location) }
            pc.stores.append(name)
        }
        b.emit(.popTop)
    }
}
