/// The `match` statement (soft keyword) and its patterns, per CPython 3.11's grammar.
extension Parser {
    /// Parses a `match` statement when `match` starts one; returns nil (nothing consumed) when
    /// `match` is an ordinary name here, as in `match = 1` or `match(x)`.
    mutating func parseMatchIfPresent() throws -> Stmt? {
        let start = token
        let saved = (index, lastEndLine, lastEndColumn, diagnostic)
        advance()
        let subject: Expr
        do {
            guard startsExpression, kind != .kwYield, kind != .kwLambda else { throw Failure() }
            let first = try parseStarNamedExpression()
            if kind == .comma {
                var elts = [first]
                while accept(.comma) != nil, kind != .colon { elts.append(try parseStarNamedExpression()) }
                subject = Expr(.tuple(elts: elts, ctx: .load), range(fromNode: first.range))
            } else {
                subject = first
            }
            guard kind == .colon else { throw Failure() }
        } catch {
            (index, lastEndLine, lastEndColumn, diagnostic) = saved
            return nil
        }
        advance()
        guard accept(.newline) != nil else { throw invalidSyntax() }
        guard accept(.indent) != nil else {
            throw fail("expected an indented block after 'match' statement on line \(line(start.line))",
                       range(of: token), kind: .indentationError)
        }
        var cases: [MatchCase] = []
        while kind != .dedent && kind != .endMarker {
            guard isName("case") else { throw invalidSyntax() }
            let caseToken = advance()
            let pattern = try parsePatterns()
            var guardExpr: Expr?
            if accept(.kwIf) != nil { guardExpr = try parseNamedExpression() }
            let body = try parseBlock(after: "'case' statement", line: caseToken.line)
            cases.append(MatchCase(pattern: pattern, guardExpr: guardExpr, body: body))
        }
        _ = accept(.dedent)
        return Stmt(.match(subject: subject, cases: cases), range(from: start))
    }

    /// `patterns`: an open sequence (`a, *b`) or one pattern.
    mutating func parsePatterns() throws -> Pattern {
        let start = token
        let first = try parseMaybeStarPattern()
        guard kind == .comma else {
            if case .matchStar = first.kind { return Pattern(.matchSequence(patterns: [first]), range(from: start)) }
            return first
        }
        var patterns = [first]
        while accept(.comma) != nil, kind != .colon, kind != .kwIf {
            patterns.append(try parseMaybeStarPattern())
        }
        return Pattern(.matchSequence(patterns: patterns), range(from: start))
    }

    mutating func parseMaybeStarPattern() throws -> Pattern {
        guard let star = accept(.star) else { return try parsePattern() }
        let (name, _) = try expectName()
        return Pattern(.matchStar(name: name.text == "_" ? nil : name), range(from: star))
    }

    /// `or_pattern ['as' NAME]`.
    mutating func parsePattern() throws -> Pattern {
        let start = token
        try enter()
        defer { leave() }
        let pattern = try parseOrPattern()
        guard accept(.kwAs) != nil else { return pattern }
        let (name, nameToken) = try expectName()
        if name.text == "_" { throw fail("cannot use '_' as a target", range(of: nameToken)) }
        return Pattern(.matchAs(pattern: pattern, name: name), range(from: start))
    }

    mutating func parseOrPattern() throws -> Pattern {
        let start = token
        let first = try parseClosedPattern()
        guard kind == .vbar else { return first }
        var patterns = [first]
        while accept(.vbar) != nil { patterns.append(try parseClosedPattern()) }
        return Pattern(.matchOr(patterns: patterns), range(from: start))
    }

    mutating func parseClosedPattern() throws -> Pattern {
        let start = token
        switch kind {
        case .kwNone, .kwTrue, .kwFalse:
            advance()
            let value: ConstantValue = start.kind == .kwNone ? .none : .bool(start.kind == .kwTrue)
            return Pattern(.matchSingleton(value: value), range(of: start))
        case .number, .minus, .string:
            let value = try parseLiteralPatternValue()
            return Pattern(.matchValue(value: value), range(from: start))
        case .lpar, .lsqb:
            let open = advance()
            let closer: TokenKind = open.kind == .lpar ? .rpar : .rsqb
            var patterns: [Pattern] = []
            var isSequence = open.kind == .lsqb
            while kind != closer {
                patterns.append(try parseMaybeStarPattern())
                if accept(.comma) != nil {
                    isSequence = true
                } else {
                    break
                }
            }
            try expectClosing(closer)
            if !isSequence, patterns.count == 1 {
                if case .matchStar = patterns[0].kind {} else { return patterns[0] }
            }
            return Pattern(.matchSequence(patterns: patterns), range(from: open))
        case .lbrace:
            return try parseMappingPattern()
        case .name:
            let (name, nameToken) = try expectName()
            if kind != .dot && kind != .lpar {
                return Pattern(.matchAs(pattern: nil, name: name.text == "_" ? nil : name), range(of: nameToken))
            }
            var value = Expr(.name(id: name, ctx: .load), range(of: nameToken))
            while accept(.dot) != nil {
                let (attr, _) = try expectName()
                value = Expr(.attribute(value: value, attr: attr, ctx: .load), range(from: nameToken))
            }
            if kind == .lpar { return try parseClassPattern(cls: value, start: nameToken) }
            return Pattern(.matchValue(value: value), range(from: nameToken))
        default:
            throw invalidSyntax()
        }
    }

    /// A literal pattern's value: a signed number, `a + bj` / `a - bj`, or strings.
    mutating func parseLiteralPatternValue() throws -> Expr {
        let start = token
        if kind == .string { return try parseStrings() }
        var value: Expr
        if let minus = accept(.minus) {
            guard kind == .number else { throw invalidSyntax() }
            let operand = try parseAtom()
            value = Expr(.unaryOp(op: .uSub, operand: operand), range(from: minus))
        } else {
            guard kind == .number else { throw invalidSyntax() }
            value = try parseAtom()
        }
        if kind == .plus || kind == .minus {
            let op: BinaryOperator = advance().kind == .plus ? .add : .sub
            guard kind == .number else { throw invalidSyntax() }
            let imaginary = try parseAtom()
            guard Self.isImaginary(imaginary) else {
                throw fail("imaginary number required in complex literal", imaginary.range)
            }
            var real = value
            if case .unaryOp(_, let operand) = value.kind { real = operand }
            if Self.isImaginary(real) { throw fail("real number required in complex literal", real.range) }
            value = Expr(.binOp(left: value, op: op, right: imaginary), range(from: start))
        }
        return value
    }

    private static func isImaginary(_ e: Expr) -> Bool {
        if case .constant(let c) = e.kind, case .imaginary = c.value { return true }
        return false
    }

    mutating func parseMappingPattern() throws -> Pattern {
        let open = advance()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: Identifier?
        while kind != .rbrace {
            if accept(.doubleStar) != nil {
                rest = try expectName().0
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch kind {
            case .kwNone, .kwTrue, .kwFalse:
                key = try parseAtom()
            case .name:
                let (name, nameToken) = try expectName()
                var value = Expr(.name(id: name, ctx: .load), range(of: nameToken))
                guard kind == .dot else { throw invalidSyntax() }
                while accept(.dot) != nil {
                    let (attr, _) = try expectName()
                    value = Expr(.attribute(value: value, attr: attr, ctx: .load), range(from: nameToken))
                }
                key = value
            default:
                key = try parseLiteralPatternValue()
            }
            try expect(.colon, ":")
            keys.append(key)
            patterns.append(try parsePattern())
            guard accept(.comma) != nil else { break }
        }
        try expectClosing(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), range(from: open))
    }

    mutating func parseClassPattern(cls: Expr, start: Token) throws -> Pattern {
        advance()
        var patterns: [Pattern] = []
        var kwdAttrs: [Identifier] = []
        var kwdPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && peekKind(1) == .equal {
                let (attr, _) = try expectName()
                advance()
                kwdAttrs.append(attr)
                kwdPatterns.append(try parsePattern())
            } else {
                let pattern = try parsePattern()
                if !kwdAttrs.isEmpty {
                    throw fail("positional patterns follow keyword patterns", pattern.range)
                }
                patterns.append(pattern)
            }
            guard accept(.comma) != nil else { break }
        }
        try expectClosing(.rpar)
        return Pattern(.matchClass(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns), range(from: start))
    }
}
