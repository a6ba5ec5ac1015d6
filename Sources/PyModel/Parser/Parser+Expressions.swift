/// Expressions, from `star_expressions` down to `atom`, following CPython's precedence rules.
extension Parser {
    /// True when the current token can begin an expression (or a starred one).
    var startsExpression: Bool { startsExpressionKind(kind) }

    func startsExpressionKind(_ kind: TokenKind) -> Bool {
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
        if kind == .star { return try parseStarred() }
        return try parseExpression()
    }

    /// `star_named_expression`: `*x` or a named expression (list, tuple and set displays).
    mutating func parseStarNamedExpression() throws -> Expr {
        if kind == .star { return try parseStarred() }
        return try parseNamedExpression()
    }

    /// `'*' bitwise_or`.
    mutating func parseStarred() throws -> Expr {
        let star = advance()
        let value = try parseBitwiseOr()
        return Expr(.starred(value: value, ctx: .load), range(from: star))
    }

    // The functions from here to `parseParenthesized` recurse once per level of nesting. Each
    // keeps only its common path and hands the rest to a helper, so that a level costs little
    // stack even in debug builds (where every temporary gets its own stack slot).

    /// `named_expression`: `name := expression` or an expression.
    mutating func parseNamedExpression() throws -> Expr {
        if kind == .name && peekKind(1) == .colonEqual { return try parseWalrus() }
        let expression = try parseExpression()
        if kind == .colonEqual { throw walrusTargetFailure(expression) }
        return expression
    }

    mutating func parseWalrus() throws -> Expr {
        let nameToken = advance()
        let target = Expr(.name(id: identifier(nameToken), ctx: .store), range(of: nameToken))
        advance()
        let value = try parseExpression()
        return Expr(.namedExpr(target: target, value: value), range(from: nameToken))
    }

    mutating func walrusTargetFailure(_ expression: Expr) -> Failure {
        fail("cannot use assignment expressions with \(expressionName(expression))", expression.range)
    }

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    mutating func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let start = index
        let body = try parseDisjunction()
        if kind != .kwIf { return body }
        return try parseConditional(body: body, start: start)
    }

    mutating func parseConditional(body: Expr, start: Int) throws -> Expr {
        let startToken = tokens[start]
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) != nil else {
            throw fail("expected 'else' after 'if' expression", range(from: startToken))
        }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: startToken))
    }

    mutating func parseLambda() throws -> Expr {
        let start = advance()
        let args = try parseParameters(closer: .colon, allowAnnotations: false)
        try expect(.colon, ":")
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range(from: start))
    }

    mutating func parseDisjunction() throws -> Expr {
        let start = index
        let first = try parseConjunction()
        if kind != .kwOr { return first }
        return try parseBoolOp(.or, first: first, start: start)
    }

    mutating func parseConjunction() throws -> Expr {
        let start = index
        let first = try parseInversion()
        if kind != .kwAnd { return first }
        return try parseBoolOp(.and, first: first, start: start)
    }

    /// The rest of `first (and|or) ...`.
    mutating func parseBoolOp(_ op: BoolOperator, first: Expr, start: Int) throws -> Expr {
        let startToken = tokens[start]
        var values = [first]
        let keyword: TokenKind = op == .or ? .kwOr : .kwAnd
        while accept(keyword) != nil {
            values.append(op == .or ? try parseConjunction() : try parseInversion())
        }
        return Expr(.boolOp(op: op, values: values), range(from: startToken))
    }

    mutating func parseInversion() throws -> Expr {
        if kind != .kwNot { return try parseComparison() }
        return try parseNot()
    }

    mutating func parseNot() throws -> Expr {
        let notToken = advance()
        try enter()
        defer { leave() }
        let operand = try parseInversion()
        return Expr(.unaryOp(op: .not, operand: operand), range(from: notToken))
    }

    /// The comparison operator at the current token, and how many tokens it spans.
    var comparisonOperator: (op: CompareOperator, width: Int)? {
        switch kind {
        case .eqEqual: return (.eq, 1)
        case .notEqual: return (.notEq, 1)
        case .less: return (.lt, 1)
        case .lessEqual: return (.ltE, 1)
        case .greater: return (.gt, 1)
        case .greaterEqual: return (.gtE, 1)
        case .kwIn: return (.in, 1)
        case .kwIs: return peekKind(1) == .kwNot ? (.isNot, 2) : (.is, 1)
        case .kwNot where peekKind(1) == .kwIn: return (.notIn, 2)
        default: return nil
        }
    }

    mutating func parseComparison() throws -> Expr {
        let start = index
        let left = try parseBitwiseOr()
        if comparisonOperator == nil { return left }
        return try parseComparisonRest(left: left, start: start)
    }

    mutating func parseComparisonRest(left: Expr, start: Int) throws -> Expr {
        let startToken = tokens[start]
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while let (op, width) = comparisonOperator {
            for _ in 0..<width { advance() }
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: startToken))
    }

    /// The binary operator a token spells and its precedence (higher binds tighter), from `|`
    /// (CPython's `bitwise_or`) up to `*` `/` `//` `%` `@` (`term`).
    static func binaryOperator(_ kind: TokenKind) -> (op: BinaryOperator, precedence: Int)? {
        switch kind {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mult, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMult, 6)
        default: return nil
        }
    }

    /// `bitwise_or`: all left-associative binary levels by precedence climbing.
    mutating func parseBitwiseOr() throws -> Expr {
        let start = index
        let left = try parseFactor()
        if Parser.binaryOperator(kind) == nil { return left }
        return try parseBinaryRest(left: left, start: start, minimumPrecedence: 1)
    }

    /// Operators at or above `minimumPrecedence` after `left`, which began at token `start`.
    mutating func parseBinaryRest(left first: Expr, start: Int, minimumPrecedence: Int) throws -> Expr {
        let startToken = tokens[start]
        var left = first
        while let (op, precedence) = Parser.binaryOperator(kind), precedence >= minimumPrecedence {
            advance()
            let rightStart = index
            var right = try parseFactor()
            if let (_, next) = Parser.binaryOperator(kind), next > precedence {
                right = try parseBinaryRest(left: right, start: rightStart, minimumPrecedence: precedence + 1)
            }
            left = Expr(.binOp(left: left, op: op, right: right), range(from: startToken))
        }
        return left
    }

    mutating func parseFactor() throws -> Expr {
        switch kind {
        case .plus, .minus, .tilde: return try parseUnary()
        default: return try parsePower()
        }
    }

    mutating func parseUnary() throws -> Expr {
        let start = advance()
        let op: UnaryOperator = start.kind == .plus ? .uAdd : start.kind == .minus ? .uSub : .invert
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), range(from: start))
    }

    mutating func parsePower() throws -> Expr {
        let start = index
        let base = kind == .kwAwait ? try parseAwait() : try parsePrimary()
        if kind != .doubleStar { return base }
        return try parsePowerRest(base: base, start: start)
    }

    mutating func parsePowerRest(base: Expr, start: Int) throws -> Expr {
        let startToken = tokens[start]
        advance()
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binOp(left: base, op: .pow, right: exponent), range(from: startToken))
    }

    mutating func parseAwait() throws -> Expr {
        let awaitToken = advance()
        let value = try parsePrimary()
        return Expr(.awaitExpr(value: value), range(from: awaitToken))
    }

    /// An atom followed by `.name`, `(arguments)` and `[slices]` trailers. Trailer nodes start
    /// where the atom's first token does, parentheses included, as in CPython.
    mutating func parsePrimary() throws -> Expr {
        let start = index
        let value = try parseAtom()
        switch kind {
        case .dot, .lpar, .lsqb: return try parseTrailers(value, start: start)
        default: return value
        }
    }

    mutating func parseTrailers(_ atom: Expr, start: Int) throws -> Expr {
        let startToken = tokens[start]
        var value = atom
        while true {
            switch kind {
            case .dot:
                advance()
                let (attr, _) = try expectName()
                value = Expr(.attribute(value: value, attr: attr, ctx: .load), range(from: startToken))
            case .lpar:
                let open = advance()
                let (args, keywords) = try parseCallArguments(open: open)
                value = Expr(.call(function: value, args: args, keywords: keywords), range(from: startToken))
            case .lsqb:
                advance()
                let slice = try parseSlices()
                try expect(.rsqb, "]")
                value = Expr(.subscriptExpr(value: value, slice: slice, ctx: .load), range(from: startToken))
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
        switch kind {
        case .lpar: return try parseParenthesized()
        case .lsqb: return try parseListDisplay()
        case .lbrace: return try parseBraceDisplay()
        case .string: return try parseStrings()
        default: return try parseSimpleAtom()
        }
    }

    /// A name, keyword constant, number or `...`.
    mutating func parseSimpleAtom() throws -> Expr {
        let start = token
        let node: ExprKind
        switch kind {
        case .name: node = .name(id: identifier(start), ctx: .load)
        case .kwTrue: node = .constant(Constant(.bool(true)))
        case .kwFalse: node = .constant(Constant(.bool(false)))
        case .kwNone: node = .constant(Constant(.none))
        case .ellipsis: node = .constant(Constant(.ellipsis))
        case .number: node = .constant(Constant(NumberLiteral.value(of: src[start.start..<start.end])))
        default: throw invalidSyntax()
        }
        advance()
        return Expr(node, range(of: start))
    }

    /// `( )`, `(yield)`, `(expr)`, `(a, b)` or `(x for x in y)`.
    mutating func parseParenthesized() throws -> Expr {
        let open = index
        advance()
        try enter()
        defer { leave() }
        if kind == .rpar || kind == .kwYield { return try parseEmptyTupleOrYield(open: open) }
        let first = try parseStarNamedExpression()
        if kind == .rpar, !first.isStarred {
            advance()
            parenthesized.insert(ObjectIdentifier(first))
            return first
        }
        return try parseParenthesizedRest(first: first, open: open)
    }

    mutating func parseEmptyTupleOrYield(open: Int) throws -> Expr {
        let openToken = tokens[open]
        if accept(.rpar) != nil {
            return Expr(.tuple(elts: [], ctx: .load), range(from: openToken))
        }
        let value = try parseYield()
        try expect(.rpar, ")")
        return value
    }

    /// After `( first`: a generator expression, a tuple, or an error.
    mutating func parseParenthesizedRest(first: Expr, open: Int) throws -> Expr {
        let openToken = tokens[open]
        if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let generators = try parseComprehensionClauses()
            try expectClosing(.rpar)
            return Expr(.generatorExp(elt: first, generators: generators), range(from: openToken))
        }
        if kind == .rpar {
            throw fail("cannot use starred expression here", first.range)
        }
        guard kind == .comma else { throw try missingComma(after: first) }
        var elts = [first]
        while accept(.comma) != nil {
            if kind == .rpar { break }
            elts.append(try parseStarNamedExpression())
        }
        try expectClosing(.rpar)
        let tuple = Expr(.tuple(elts: elts, ctx: .load), range(from: openToken))
        parenthesized.insert(ObjectIdentifier(tuple))
        return tuple
    }

    /// Consumes the closer of a display, or fails as CPython does (a missing comma, or invalid syntax).
    mutating func expectClosing(_ closer: TokenKind) throws {
        if accept(closer) != nil { return }
        throw invalidSyntax()
    }

    /// CPython's "invalid syntax. Perhaps you forgot a comma?" when another expression follows
    /// `expression` directly inside brackets; otherwise the generic error.
    mutating func missingComma(after expression: Expr) throws -> Failure {
        guard startsExpression, kind != .star, kind != .kwYield, lex.error == nil else { return invalidSyntax() }
        if case .name = expression.kind, kind == .string { return invalidSyntax() }
        let saved = (index, lastEndLine, lastEndColumn)
        var next = try? parseExpression()
        if next == nil {
            // A PEG parser backtracks to the longest expression that parses, as in `f ==or`.
            (index, lastEndLine, lastEndColumn) = saved
            next = try? parseBitwiseOr()
        }
        if next != nil, accept(.equal) != nil, startsExpression {
            // CPython's `invalid_named_expression` reads `name = value` and one token past it.
            _ = try? parseBitwiseOr()
        }
        let readTo = token
        (index, lastEndLine, lastEndColumn) = saved
        diagnostic = nil
        if let unclosed = unclosedBracketFailure(readingTo: readTo) { return unclosed }
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
                try expectClosing(.rsqb)
                return Expr(.listComp(elt: first, generators: generators), range(from: open))
            }
            elts.append(first)
            while kind != .rsqb {
                guard accept(.comma) != nil else { throw try missingComma(after: elts[elts.count - 1]) }
                if kind == .rsqb { break }
                elts.append(try parseStarNamedExpression())
            }
        }
        try expectClosing(.rsqb)
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
        if let colon = accept(.colon) {
            let value = try parseDictValue(after: colon)
            if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
                let generators = try parseComprehensionClauses()
                try expectClosing(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: generators), range(from: open))
            }
            return try parseDictRest(open: open, firstKey: first, firstValue: value)
        }
        if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let generators = try parseComprehensionClauses()
            try expectClosing(.rbrace)
            return Expr(.setComp(elt: first, generators: generators), range(from: open))
        }
        var elts = [first]
        while kind != .rbrace {
            guard accept(.comma) != nil else { throw try missingComma(after: elts[elts.count - 1]) }
            if kind == .rbrace { break }
            elts.append(try parseStarNamedExpression())
        }
        try expectClosing(.rbrace)
        return Expr(.set(elts: elts), range(from: open))
    }

    mutating func parseDictValue(after colon: Token) throws -> Expr {
        if kind == .rbrace || kind == .comma {
            throw fail("expression expected after dictionary key and ':'", range(of: colon))
        }
        return try parseExpression()
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
                guard let colon = accept(.colon) else {
                    throw fail("':' expected after dictionary key", key.range)
                }
                keys.append(key)
                values.append(try parseDictValue(after: colon))
            }
        }
        try expectClosing(.rbrace)
        return Expr(.dict(keys: keys, values: values), range(from: open))
    }

    /// `('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+`.
    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
            let isAsync = accept(.kwAsync) != nil
            advance()
            let target = try parseStarTargets()
            guard accept(.kwIn) != nil else { throw try missingComma(after: target) }
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
        if kind == .star { return try parseStarred() }
        return try parseBitwiseOr()
    }
}
