/// Statements: CPython's `statements`, `simple_stmts`, `compound_stmt` and blocks.
extension Parser {
    /// All top-level statements. After an error it resynchronises at the next top-level
    /// statement and goes on, collecting up to `maxDiagnostics` errors; the first is CPython's.
    /// A tokenizer error ends the parse (no tokens follow it).
    mutating func parseFile() -> [Stmt] {
        var body: [Stmt] = []
        while true {
            while kind == .newline { advance() }
            if kind == .endMarker { break }
            do {
                try parseStatement(into: &body)
            } catch {
                if let found = diagnostic { diagnostics.append(found) }
                diagnostic = nil
                let tokenizerError = lex.error.map(lexerDiagnostic)
                guard kind != .error, diagnostics.last != tokenizerError,
                      diagnostics.count < Parser.maxDiagnostics, resynchronize() else { break }
            }
        }
        return body
    }

    /// Skips to the first token of the next statement at module level; false at the end of input.
    mutating func resynchronize() -> Bool {
        var level = 0
        for earlier in tokens[0..<index] {
            if earlier.kind == .indent { level += 1 }
            if earlier.kind == .dedent { level -= 1 }
        }
        if kind == .indent {
            level += 1
            advance()
        }
        while true {
            switch kind {
            case .endMarker, .error:
                return false
            case .indent:
                level += 1
            case .dedent:
                level -= 1
            case .newline:
                advance()
                while kind == .dedent {
                    level -= 1
                    advance()
                }
                if level <= 0 && kind != .indent { return kind != .endMarker && kind != .error }
                continue
            default:
                break
            }
            advance()
        }
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    mutating func parseStatement(into body: inout [Stmt]) throws {
        if let compound = try parseCompoundStatement() {
            body.append(compound)
            return
        }
        try parseSimpleStatements(into: &body)
    }

    mutating func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) != nil {
                if kind == .newline { break }
                continue
            }
            break
        }
        guard kind == .newline else { throw unclosedBracketAfterReadingOn() ?? invalidSyntax() }
        advance()
    }

    /// `':' block`, where the block is an indented suite or simple statements on the same line.
    /// `what` names the statement in CPython's "expected an indented block after ..." message.
    /// `forced` is CPython's `&&':'` (def, try, else, finally): "expected ':'" whatever follows.
    mutating func parseBlock(after what: String, line headerLine: Int, forced: Bool = false) throws -> [Stmt] {
        try expect(.colon, ":", forced: forced)
        var body: [Stmt] = []
        if kind == .newline {
            advance()
            guard kind == .indent else {
                if lex.error != nil && kind == .error { throw invalidSyntax() }
                var at = range(of: token)
                if kind == .dedent { at.startColumn = max(0, at.startColumn - 1) }
                if kind == .endMarker, index > 0 { at = range(of: tokens[index - 1]) }
                throw fail("expected an indented block after \(what) on line \(line(headerLine))", at,
                           kind: .indentationError)
            }
            advance()
            while kind != .dedent && kind != .endMarker {
                if kind == .error { throw invalidSyntax() }
                try parseStatement(into: &body)
            }
            _ = accept(.dedent)
        } else {
            try parseSimpleStatements(into: &body)
        }
        return body
    }

    mutating func parseCompoundStatement() throws -> Stmt? {
        let start = token
        switch kind {
        case .kwIf: return try parseIf(start, keyword: "if")
        case .kwWhile: return try parseWhile()
        case .kwFor: return try parseFor(start: start, isAsync: false)
        case .kwWith: return try parseWith(start: start, isAsync: false)
        case .kwTry: return try parseTry()
        case .kwDef: return try parseFunctionDef(start: start, decorators: [], isAsync: false)
        case .kwClass: return try parseClassDef(start: start, decorators: [])
        case .at: return try parseDecorated()
        case .kwAsync:
            advance()
            switch kind {
            case .kwDef: return try parseFunctionDef(start: start, decorators: [], isAsync: true)
            case .kwFor: return try parseFor(start: start, isAsync: true)
            case .kwWith: return try parseWith(start: start, isAsync: true)
            default: throw invalidSyntax()
            }
        case .name:
            if isName("match") { return try parseMatchIfPresent() }
            return nil
        default:
            return nil
        }
    }

    mutating func parseIf(_ start: Token, keyword: String) throws -> Stmt {
        advance()
        let test = try parseCondition()
        let body = try parseBlock(after: "'\(keyword)' statement", line: start.line)
        var orelse: [Stmt] = []
        if kind == .kwElif {
            orelse = [try parseIf(token, keyword: "elif")]
        } else if kind == .kwElse {
            let elseToken = advance()
            orelse = try parseBlock(after: "'else' statement", line: elseToken.line, forced: true)
        }
        return Stmt(.ifStmt(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// The test of `if`/`elif`/`while`, with CPython's hints for `=` written for `==`.
    mutating func parseCondition() throws -> Expr {
        let test = try parseNamedExpression()
        guard kind == .equal else { return test }
        let saved = (index, lastEndLine, lastEndColumn)
        advance()
        let value = startsExpression ? try? parseBitwiseOr() : nil
        let followedByAssignment = kind == .equal || kind == .colonEqual
        (index, lastEndLine, lastEndColumn) = saved
        diagnostic = nil
        guard let value, !followedByAssignment else { throw invalidSyntax() }
        let span = test.range.union(value.range)
        if case .name = test.kind {
            throw fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span)
        }
        if isBitwiseOrLevel(test) {
            throw fail("cannot assign to \(expressionName(test)) here. Maybe you meant '==' instead of '='?", test.range)
        }
        throw invalidSyntax()
    }

    mutating func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseCondition()
        let body = try parseBlock(after: "'while' statement", line: start.line)
        let orelse = try parseElse()
        return Stmt(.whileLoop(test: test, body: body, orelse: orelse), range(from: start))
    }

    mutating func parseElse() throws -> [Stmt] {
        guard kind == .kwElse else { return [] }
        let elseToken = advance()
        return try parseBlock(after: "'else' statement", line: elseToken.line, forced: true)
    }

    mutating func parseFor(start: Token, isAsync: Bool) throws -> Stmt {
        let forToken = advance()
        let target = try parseStarTargets()
        guard accept(.kwIn) != nil else { throw invalidSyntax() }
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: forToken.line)
        let orelse = try parseElse()
        let loop = ForLoop(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync)
        return Stmt(.forLoop(loop), range(from: start))
    }

    mutating func parseWith(start: Token, isAsync: Bool) throws -> Stmt {
        let withToken = advance()
        var items: [WithItem] = []
        if kind == .lpar {
            let saved = (index, lastEndLine, lastEndColumn)
            if let parenthesized = try? parseParenthesizedWithItems() {
                items = parenthesized
            } else {
                (index, lastEndLine, lastEndColumn) = saved
                diagnostic = nil
            }
        }
        if items.isEmpty {
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma) != nil
        }
        let body = try parseBlock(after: "'with' statement", line: withToken.line)
        return Stmt(.with(WithBlock(items: items, body: body, isAsync: isAsync)), range(from: start))
    }

    /// `'(' with_item (',' with_item)* [','] ')' &':'`.
    mutating func parseParenthesizedWithItems() throws -> [WithItem] {
        try expect(.lpar, "(")
        var items: [WithItem] = []
        repeat {
            if kind == .rpar && !items.isEmpty { break }
            items.append(try parseWithItem())
        } while accept(.comma) != nil
        try expect(.rpar, ")")
        guard kind == .colon else { throw invalidSyntax() }
        return items
    }

    mutating func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        var vars: Expr?
        if accept(.kwAs) != nil {
            let target = try parseStarTarget()
            try setContext(target, .store)
            vars = target
        }
        return WithItem(contextExpr: context, optionalVars: vars)
    }

    mutating func parseTry() throws -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement", line: start.line, forced: true)
        var handlers: [ExceptHandler] = []
        var isStar: Bool?
        while kind == .kwExcept {
            let exceptToken = advance()
            let star = accept(.star) != nil
            if let seen = isStar, seen != star {
                throw fail("cannot have both 'except' and 'except*' on the same 'try'", range(of: exceptToken))
            }
            isStar = star
            var type: Expr?
            var name: Identifier?
            if kind != .colon {
                let first = try parseExpression()
                if kind == .comma {
                    throw fail("multiple exception types must be parenthesized", first.range)
                }
                type = first
                if accept(.kwAs) != nil {
                    name = try expectName().0
                }
            } else if star {
                throw fail("expected one or more exception types", range(of: token))
            }
            let handlerBody = try parseBlock(after: star ? "'except*' statement" : "'except' statement", line: exceptToken.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, range: range(from: exceptToken)))
        }
        var orelse: [Stmt] = []
        if !handlers.isEmpty && kind == .kwElse {
            orelse = try parseElse()
        }
        var finalbody: [Stmt] = []
        if kind == .kwFinally {
            let finallyToken = advance()
            finalbody = try parseBlock(after: "'finally' statement", line: finallyToken.line, forced: true)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw fail("expected 'except' or 'finally' block", range(of: token))
        }
        let block = TryBlock(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar ?? false)
        return Stmt(.tryStmt(block), range(from: start))
    }

    mutating func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) != nil {
            decorators.append(try parseNamedExpression())
            guard kind == .newline else { throw invalidSyntax() }
            advance()
        }
        let start = token
        switch kind {
        case .kwDef: return try parseFunctionDef(start: start, decorators: decorators, isAsync: false)
        case .kwClass: return try parseClassDef(start: start, decorators: decorators)
        case .kwAsync where peekKind(1) == .kwDef:
            advance()
            return try parseFunctionDef(start: start, decorators: decorators, isAsync: true)
        default: throw invalidSyntax()
        }
    }

    mutating func parseFunctionDef(start: Token, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        let defToken = advance()
        let (name, _) = try expectName()
        try expect(.lpar, "(")
        let args = try parseParameters(closer: .rpar, allowAnnotations: true)
        try expect(.rpar, ")")
        var returns: Expr?
        if accept(.arrow) != nil {
            returns = try parseExpression()
        }
        let body = try parseBlock(after: "function definition", line: defToken.line, forced: true)
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), range(from: start))
    }

    mutating func parseClassDef(start: Token, decorators: [Expr]) throws -> Stmt {
        let classToken = advance()
        let (name, _) = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if let open = accept(.lpar) {
            (bases, keywords) = try parseCallArguments(open: open)
        }
        let body = try parseBlock(after: "class definition", line: classToken.line)
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), range(from: start))
    }
}
