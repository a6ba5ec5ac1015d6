/// Expressions, from `star_expressions` down to `atom`, following CPython's precedence rules.
extension Parser {
    /// True when the current token can begin an expression (or a starred one).
    var startsExpression: Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda,
             .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis, .star, .kwYield:
            return true
        default:
            return false
        }
    }

    /// `star_expressions`: one starred-or-plain expression, or an unparenthesized tuple of them.
    mutating func parseStarExpressions() throws -> Expr {
        let start = token
        let first = try parseStarExpression()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) != nil {
            guard startsExpression, kind != .kwYield else { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    mutating func parseStarExpression() throws -> Expr {
        if let star = accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), range(from: star))
        }
        return try parseExpression()
    }

    /// `star_named_expression`: `*x` or a named expression (list, tuple and set displays).
    mutating func parseStarNamedExpression() throws -> Expr {
        if let star = accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), range(from: star))
        }
        return try parseNamedExpression()
    }

    /// `named_expression`: `name := expression` or an expression.
    mutating func parseNamedExpression() throws -> Expr {
        if kind == .name && peekKind(1) == .colonEqual {
            let nameToken = advance()
            let target = Expr(.name(id: identifier(nameToken), ctx: .store), range(of: nameToken))
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: target, value: value), range(from: nameToken))
        }
        let expression = try parseExpression()
        if kind == .colonEqual {
            throw fail("cannot use assignment expressions with \(expressionName(expression))", expression.range)
        }
        return expression
    }

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    mutating func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let start = token
        let body = try parseDisjunction()
        guard kind == .kwIf else { return body }
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) != nil else {
            throw fail("expected 'else' after 'if' expression", range(from: start))
        }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
    }

    mutating func parseLambda() throws -> Expr {
        let start = advance()
        let args = try parseParameters(closer: .colon, allowAnnotations: false)
        try expect(.colon, ":")
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range(from: start))
    }

    mutating func parseDisjunction() throws -> Expr {
        let start = token
        let first = try parseConjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) != nil { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), range(from: start))
    }

    mutating func parseConjunction() throws -> Expr {
        let start = token
        let first = try parseInversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) != nil { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), range(from: start))
    }

    mutating func parseInversion() throws -> Expr {
        guard let notToken = accept(.kwNot) else { return try parseComparison() }
        try enter()
        defer { leave() }
        let operand = try parseInversion()
        return Expr(.unaryOp(op: .not, operand: operand), range(from: notToken))
    }

    mutating func parseComparison() throws -> Expr {
        let start = token
        let left = try parseBitwiseOr()
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while true {
            let op: CompareOperator
            switch kind {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwIs: op = peekKind(1) == .kwNot ? .isNot : .is
            case .kwNot where peekKind(1) == .kwIn: op = .notIn
            default:
                if ops.isEmpty { return left }
                return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
            }
            advance()
            if op == .isNot || op == .notIn { advance() }
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
    }

    /// One left-associative binary level: `next (op next)*`.
    private mutating func parseBinary(
        _ next: (inout Parser) throws -> Expr, _ op: (TokenKind) -> BinaryOperator?
    ) throws -> Expr {
        let start = token
        var left = try next(&self)
        while let binary = op(kind) {
            advance()
            let right = try next(&self)
            left = Expr(.binOp(left: left, op: binary, right: right), range(from: start))
        }
        return left
    }

    mutating func parseBitwiseOr() throws -> Expr {
        try parseBinary({ try $0.parseBitwiseXor() }) { $0 == .vbar ? .bitOr : nil }
    }

    mutating func parseBitwiseXor() throws -> Expr {
        try parseBinary({ try $0.parseBitwiseAnd() }) { $0 == .circumflex ? .bitXor : nil }
    }

    mutating func parseBitwiseAnd() throws -> Expr {
        try parseBinary({ try $0.parseShift() }) { $0 == .amper ? .bitAnd : nil }
    }

    mutating func parseShift() throws -> Expr {
        try parseBinary({ try $0.parseSum() }) { $0 == .leftShift ? .lShift : $0 == .rightShift ? .rShift : nil }
    }

    mutating func parseSum() throws -> Expr {
        try parseBinary({ try $0.parseTerm() }) { $0 == .plus ? .add : $0 == .minus ? .sub : nil }
    }

    mutating func parseTerm() throws -> Expr {
        try parseBinary({ try $0.parseFactor() }) { kind in
            switch kind {
            case .star: return .mult
            case .slash: return .div
            case .doubleSlash: return .floorDiv
            case .percent: return .mod
            case .at: return .matMult
            default: return nil
            }
        }
    }

    mutating func parseFactor() throws -> Expr {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try parsePower()
        }
        let start = advance()
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), range(from: start))
    }

    mutating func parsePower() throws -> Expr {
        let start = token
        let base = try parseAwaitPrimary()
        guard accept(.doubleStar) != nil else { return base }
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binOp(left: base, op: .pow, right: exponent), range(from: start))
    }

    mutating func parseAwaitPrimary() throws -> Expr {
        guard let awaitToken = accept(.kwAwait) else { return try parsePrimary() }
        let value = try parsePrimary()
        return Expr(.awaitExpr(value: value), range(from: awaitToken))
    }

    /// An atom followed by `.name`, `(arguments)` and `[slices]` trailers.
    mutating func parsePrimary() throws -> Expr {
        var value = try parseAtom()
        while true {
            switch kind {
            case .dot:
                advance()
                let (attr, _) = try expectName()
                value = Expr(.attribute(value: value, attr: attr, ctx: .load), range(fromNode: value.range))
            case .lpar:
                let open = advance()
                let (args, keywords) = try parseCallArguments(open: open)
                value = Expr(.call(function: value, args: args, keywords: keywords), range(fromNode: value.range))
            case .lsqb:
                advance()
                let slice = try parseSlices()
                try expect(.rsqb, "]")
                value = Expr(.subscriptExpr(value: value, slice: slice, ctx: .load), range(fromNode: value.range))
            default:
                return value
            }
        }
    }

    /// The inside of `[...]`: one slice, or a tuple of slices and expressions.
    mutating func parseSlices() throws -> Expr {
        let start = token
        let first = try parseSlice()
        guard kind == .comma else {
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), range(from: start)) }
            return first
        }
        var elts = [first]
        while accept(.comma) != nil {
            if kind == .rsqb { break }
            elts.append(try parseSlice())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    mutating func parseSlice() throws -> Expr {
        let start = token
        if kind == .star { return try parseStarExpression() }
        var lower: Expr?
        if kind != .colon {
            let expression = try parseNamedExpression()
            guard kind == .colon else { return expression }
            lower = expression
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if kind != .colon && kind != .comma && kind != .rsqb { upper = try parseExpression() }
        if accept(.colon) != nil, kind != .comma && kind != .rsqb {
            step = try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    mutating func parseYield() throws -> Expr {
        let start = advance()
        if accept(.kwFrom) != nil {
            let value = try parseExpression()
            return Expr(.yieldFrom(value: value), range(from: start))
        }
        let value = startsExpression && kind != .kwYield ? try parseStarExpressions() : nil
        return Expr(.yieldExpr(value: value), range(from: start))
    }

    mutating func parseAtom() throws -> Expr {
        let start = token
        switch kind {
        case .name:
            advance()
            return Expr(.name(id: identifier(start), ctx: .load), range(of: start))
        case .kwTrue:
            advance()
            return Expr(.constant(Constant(.bool(true))), range(of: start))
        case .kwFalse:
            advance()
            return Expr(.constant(Constant(.bool(false))), range(of: start))
        case .kwNone:
            advance()
            return Expr(.constant(Constant(.none)), range(of: start))
        case .ellipsis:
            advance()
            return Expr(.constant(Constant(.ellipsis)), range(of: start))
        case .number:
            advance()
            return Expr(.constant(Constant(NumberLiteral.value(of: src[start.start..<start.end]))), range(of: start))
        case .string:
            return try parseStrings()
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// `( )`, `(yield)`, `(expr)`, `(a, b)` or `(x for x in y)`.
    mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if accept(.rpar) != nil {
            return Expr(.tuple(elts: [], ctx: .load), range(from: open))
        }
        if kind == .kwYield {
            let value = try parseYield()
            try expect(.rpar, ")")
            return value
        }
        let first = try parseStarNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let generators = try parseComprehensionClauses()
            try expectClosing(.rpar, open: open)
            return Expr(.generatorExp(elt: first, generators: generators), range(from: open))
        }
        if kind == .rpar {
            advance()
            if case .starred = first.kind {
                throw fail("cannot use starred expression here", first.range)
            }
            parenthesized.insert(ObjectIdentifier(first))
            return first
        }
        guard kind == .comma else { throw try missingComma(after: first) }
        var elts = [first]
        while accept(.comma) != nil {
            if kind == .rpar { break }
            elts.append(try parseStarNamedExpression())
        }
        try expectClosing(.rpar, open: open)
        let tuple = Expr(.tuple(elts: elts, ctx: .load), range(from: open))
        parenthesized.insert(ObjectIdentifier(tuple))
        return tuple
    }

    /// Consumes the closer of a display, or fails as CPython does (a missing comma, or invalid syntax).
    mutating func expectClosing(_ closer: TokenKind, open: Token) throws {
        if accept(closer) != nil { return }
        throw invalidSyntax()
    }

    /// CPython's "invalid syntax. Perhaps you forgot a comma?" when another expression follows
    /// `expression` directly inside brackets; otherwise the generic error.
    mutating func missingComma(after expression: Expr) throws -> Failure {
        if let unclosed = unclosedBracketFailure(beforeCurrent: true) { return unclosed }
        guard startsExpression, kind != .star, kind != .kwYield, lex.error == nil else { return invalidSyntax() }
        if case .name = expression.kind, kind == .string { return invalidSyntax() }
        let saved = (index, lastEndLine, lastEndColumn)
        let next = try? parseExpression()
        (index, lastEndLine, lastEndColumn) = saved
        guard let next else { return invalidSyntax() }
        let span = SourceRange(startLine: expression.range.startLine, startColumn: expression.range.startColumn,
                               endLine: next.range.endLine, endColumn: next.range.endColumn)
        return fail("invalid syntax. Perhaps you forgot a comma?", span)
    }

    /// `[a, *b]` or `[x for x in y]`.
    mutating func parseListDisplay() throws -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        var elts: [Expr] = []
        if kind != .rsqb {
            let first = try parseStarNamedExpression()
            if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
                let generators = try parseComprehensionClauses()
                try expectClosing(.rsqb, open: open)
                return Expr(.listComp(elt: first, generators: generators), range(from: open))
            }
            elts.append(first)
            while kind != .rsqb {
                guard accept(.comma) != nil else { throw try missingComma(after: elts[elts.count - 1]) }
                if kind == .rsqb { break }
                elts.append(try parseStarNamedExpression())
            }
        }
        try expectClosing(.rsqb, open: open)
        return Expr(.list(elts: elts, ctx: .load), range(from: open))
    }

    /// `{}`, a dict or set display, or a dict or set comprehension.
    mutating func parseBraceDisplay() throws -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if accept(.rbrace) != nil {
            return Expr(.dict(keys: [], values: []), range(from: open))
        }
        if accept(.doubleStar) != nil {
            return try parseDictRest(open: open, firstKey: nil, firstValue: try parseBitwiseOr())
        }
        let first = try parseStarNamedExpression()
        if accept(.colon) != nil {
            let value = try parseExpression()
            if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
                let generators = try parseComprehensionClauses()
                try expectClosing(.rbrace, open: open)
                return Expr(.dictComp(key: first, value: value, generators: generators), range(from: open))
            }
            return try parseDictRest(open: open, firstKey: first, firstValue: value)
        }
        if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let generators = try parseComprehensionClauses()
            try expectClosing(.rbrace, open: open)
            return Expr(.setComp(elt: first, generators: generators), range(from: open))
        }
        var elts = [first]
        while kind != .rbrace {
            guard accept(.comma) != nil else { throw try missingComma(after: elts[elts.count - 1]) }
            if kind == .rbrace { break }
            elts.append(try parseStarNamedExpression())
        }
        try expectClosing(.rbrace, open: open)
        return Expr(.set(elts: elts), range(from: open))
    }

    mutating func parseDictRest(open: Token, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        var keys: [Expr?] = [firstKey]
        var values = [firstValue]
        while kind != .rbrace {
            guard accept(.comma) != nil else { throw try missingComma(after: values[values.count - 1]) }
            if kind == .rbrace { break }
            if accept(.doubleStar) != nil {
                keys.append(nil)
                values.append(try parseBitwiseOr())
            } else {
                let key = try parseExpression()
                guard accept(.colon) != nil else {
                    throw fail("':' expected after dictionary key", key.range)
                }
                keys.append(key)
                values.append(try parseExpression())
            }
        }
        try expectClosing(.rbrace, open: open)
        return Expr(.dict(keys: keys, values: values), range(from: open))
    }

    /// `('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+`.
    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let isAsync = accept(.kwAsync) != nil
            advance()
            let target = try parseStarTargets()
            guard accept(.kwIn) != nil else { throw invalidSyntax() }
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) != nil { ifs.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return clauses
    }

    /// `star_targets` of `for` loops and comprehensions: targets up to `in`, in store context.
    mutating func parseStarTargets() throws -> Expr {
        let start = token
        let first = try parseStarTarget()
        var result = first
        if kind == .comma {
            var elts = [first]
            while accept(.comma) != nil {
                if kind == .kwIn || kind == .equal { break }
                elts.append(try parseStarTarget())
            }
            result = Expr(.tuple(elts: elts, ctx: .load), range(from: start))
        }
        try setContext(result, .store)
        return result
    }

    mutating func parseStarTarget() throws -> Expr {
        if let star = accept(.star) {
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), range(from: star))
        }
        return try parseBitwiseOr()
    }
}
