/// Simple statements: assignments, expression statements and the keyword statements.
extension Parser {
    mutating func parseSimpleStatement() throws -> Stmt {
        let start = token
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.pass, range(from: start))
        case .kwBreak:
            advance()
            return Stmt(.breakStmt, range(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continueStmt, range(from: start))
        case .kwReturn:
            advance()
            let value = startsExpression ? try parseStarExpressions() : nil
            return Stmt(.returnStmt(value: value), range(from: start))
        case .kwRaise:
            advance()
            var exc: Expr?
            var cause: Expr?
            if startsExpression {
                exc = try parseExpression()
                if accept(.kwFrom) != nil { cause = try parseExpression() }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names: [Identifier] = []
            repeat {
                names.append(try expectName().0)
            } while accept(.comma) != nil
            let node: StmtKind = start.kind == .kwGlobal ? .global(names: names) : .nonlocal(names: names)
            return Stmt(node, range(from: start))
        case .kwDel:
            advance()
            var targets: [Expr] = []
            repeat {
                if !startsExpression { break }
                let target = try parseBitwiseOr()
                try setContext(target, .del)
                targets.append(target)
            } while accept(.comma) != nil
            guard !targets.isEmpty, kind == .newline || kind == .semi else { throw invalidSyntax() }
            return Stmt(.delete(targets: targets), range(from: start))
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let msg = accept(.comma) != nil ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: msg), range(from: start))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseImportFrom()
        default:
            return try parseExpressionStatement()
        }
    }

    /// Assignment, augmented or annotated assignment, or a bare expression.
    mutating func parseExpressionStatement() throws -> Stmt {
        let start = token
        let first = kind == .kwYield ? try parseYield() : try parseStarExpressions()
        switch kind {
        case .equal:
            var targets = [first]
            var value = first
            while accept(.equal) != nil {
                value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
                if kind == .equal { targets.append(value) }
            }
            try setAssignmentTargets(targets, value: value)
            return Stmt(.assign(targets: targets, value: value), range(from: start))
        case .colon:
            let validTarget: Bool
            switch first.kind {
            case .name, .attribute, .subscriptExpr: validTarget = true
            default: validTarget = false
            }
            if !validTarget && !startsExpressionKind(peekKind(1)) { throw invalidSyntax() }
            advance()
            if !startsExpression { throw invalidSyntax() }
            switch first.kind {
            case .name, .attribute, .subscriptExpr: break
            case .tuple: throw fail("only single target (not tuple) can be annotated", first.range)
            case .list: throw fail("only single target (not list) can be annotated", first.range)
            default: throw fail("illegal target for annotation", first.range)
            }
            try setContext(first, .store)
            let annotation = try parseExpression()
            var value: Expr?
            if accept(.equal) != nil {
                value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
            }
            var simple = false
            if case .name = first.kind, first.range.startColumn == column(start.line, start.column),
               first.range.startLine == line(start.line) {
                simple = true
            }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple), range(from: start))
        default:
            if let op = kind.augmentedOperator {
                switch first.kind {
                case .name, .attribute, .subscriptExpr: break
                default:
                    throw fail("'\(expressionName(first))' is an illegal expression for augmented assignment", first.range)
                }
                try setContext(first, .store)
                advance()
                let value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
                return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
            }
            guard kind == .newline || kind == .semi else { throw try legacyStatementFailure(first) }
            return Stmt(.expr(value: first), range(from: start))
        }
    }

    /// CPython's hint for Python 2's `print x` and `exec code`, otherwise the generic error
    /// (after reading on as CPython's rules do, which may end in an unclosed bracket).
    mutating func legacyStatementFailure(_ first: Expr) throws -> Failure {
        if let unclosed = unclosedBracketAfterReadingOn() { return unclosed }
        guard case .name(let id, _) = first.kind, id.text == "print" || id.text == "exec",
              startsExpression, kind != .star, lex.error == nil else { return invalidSyntax() }
        let saved = (index, lastEndLine, lastEndColumn)
        let argument = try? parseStarExpressions()
        (index, lastEndLine, lastEndColumn) = saved
        diagnostic = nil
        guard let argument else { return invalidSyntax() }
        return fail("Missing parentheses in call to '\(id.text)'. Did you mean \(id.text)(...)?", first.range.union(argument.range))
    }

    /// When an expression starts where a statement should have ended, CPython's error rules
    /// read it; if that reading ends inside a bracket left open at the end of input, the
    /// bracket is the error.
    mutating func unclosedBracketAfterReadingOn() -> Failure? {
        guard startsExpression, lex.error == nil, lex.unclosedBracket != nil else { return nil }
        let saved = (index, lastEndLine, lastEndColumn)
        _ = try? parseExpression()
        let readTo = token
        (index, lastEndLine, lastEndColumn) = saved
        diagnostic = nil
        return unclosedBracketFailure(readingTo: readTo)
    }

    mutating func parseDottedName() throws -> Identifier {
        var text = try expectNameText()
        while accept(.dot) != nil {
            text += "." + (try expectNameText())
        }
        return names.intern(text)
    }

    mutating func expectNameText() throws -> String {
        guard kind == .name else { throw invalidSyntax() }
        return text(advance())
    }

    mutating func parseImport() throws -> Stmt {
        let start = advance()
        var aliases: [Alias] = []
        repeat {
            let aliasStart = token
            let name = try parseDottedName()
            let asname = accept(.kwAs) != nil ? try expectName().0 : nil
            aliases.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
        } while accept(.comma) != nil
        return Stmt(.importNames(names: aliases), range(from: start))
    }

    mutating func parseImportFrom() throws -> Stmt {
        let start = advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += advance().kind == .dot ? 1 : 3
        }
        var module: Identifier?
        if kind != .kwImport || level == 0 {
            module = try parseDottedName()
        }
        guard accept(.kwImport) != nil else { throw invalidSyntax() }
        var aliases: [Alias] = []
        if let star = accept(.star) {
            aliases.append(Alias(name: names.intern("*"), asname: nil, range: range(of: star)))
        } else {
            let parenthesized = accept(.lpar) != nil
            repeat {
                if parenthesized && kind == .rpar && !aliases.isEmpty { break }
                let aliasStart = token
                let (name, _) = try expectName()
                let asname = accept(.kwAs) != nil ? try expectName().0 : nil
                aliases.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
                if !parenthesized && kind == .comma && peekKind(1) == .newline {
                    advance()
                    throw fail("trailing comma not allowed without surrounding parentheses", range(of: token))
                }
            } while accept(.comma) != nil
            if parenthesized { try expect(.rpar, ")") }
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), range(from: start))
    }
}
