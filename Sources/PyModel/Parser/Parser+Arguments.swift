/// Parameter lists of `def` and `lambda`, and argument lists of calls and class bases.
extension Parser {
    /// Parameters up to `closer` (not consumed): positional-only before `/`, keyword-only after
    /// `*` or `*args`, then `**kwargs`, with defaults and (for `def`) annotations.
    mutating func parseParameters(closer: TokenKind, allowAnnotations: Bool) throws -> Arguments {
        var arguments = Arguments()
        var positional: [Arg] = []
        var sawDefault = false
        var sawStar = false
        while kind != closer {
            if let slash = accept(.slash) {
                guard !sawStar else { throw fail("/ must be ahead of *", range(of: slash)) }
                guard arguments.posonlyargs.isEmpty, !positional.isEmpty else {
                    throw fail(positional.isEmpty && arguments.posonlyargs.isEmpty ? "at least one argument must precede /" : "/ may appear only once", range(of: slash))
                }
                arguments.posonlyargs = positional
                positional = []
            } else if accept(.doubleStar) != nil {
                arguments.kwarg = try parseParameter(allowAnnotations: allowAnnotations)
                _ = accept(.comma)
                guard kind == closer else {
                    throw fail("arguments cannot follow var-keyword argument", range(of: token))
                }
                break
            } else if let star = accept(.star) {
                guard !sawStar else { throw fail("* argument may appear only once", range(of: star)) }
                sawStar = true
                if kind == .comma {
                    guard peekKind(1) != closer else { throw fail("named arguments must follow bare *", range(of: star)) }
                } else if kind == closer {
                    throw fail("named arguments must follow bare *", range(of: star))
                } else {
                    arguments.vararg = try parseParameter(allowAnnotations: allowAnnotations)
                }
            } else {
                let parameter = try parseParameter(allowAnnotations: allowAnnotations)
                var defaultValue: Expr?
                if let equal = accept(.equal) {
                    if allowAnnotations && (kind == .comma || kind == .rpar) {
                        throw fail("expected default value expression", range(of: equal))
                    }
                    defaultValue = try parseExpression()
                }
                if sawStar {
                    arguments.kwonlyargs.append(parameter)
                    arguments.kwDefaults.append(defaultValue)
                } else {
                    if let defaultValue {
                        sawDefault = true
                        arguments.defaults.append(defaultValue)
                    } else if sawDefault {
                        throw fail("non-default argument follows default argument", parameter.range)
                    }
                    positional.append(parameter)
                }
            }
            guard accept(.comma) != nil else { break }
        }
        arguments.args = positional
        return arguments
    }

    mutating func parseParameter(allowAnnotations: Bool) throws -> Arg {
        let (name, nameToken) = try expectName()
        var annotation: Expr?
        if allowAnnotations && accept(.colon) != nil {
            annotation = try parseExpression()
        }
        return Arg(name: name, annotation: annotation, range: range(from: nameToken))
    }

    /// Call arguments after `open` through the closing `)`: positional (possibly `*x`), keyword
    /// (`name=x`, `**x`), or a sole generator expression without its own parentheses.
    mutating func parseCallArguments(open: Token) throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        while kind != .rpar {
            let start = token
            if accept(.doubleStar) != nil {
                let value = try parseExpression()
                keywords.append(Keyword(arg: nil, value: value, range: range(from: start)))
                sawDoubleStar = true
            } else if accept(.star) != nil {
                let value = try parseExpression()
                if sawDoubleStar {
                    throw fail("iterable argument unpacking follows keyword argument unpacking", range(from: start))
                }
                args.append(Expr(.starred(value: value, ctx: .load), range(from: start)))
            } else if kind == .name && peekKind(1) == .equal {
                let (name, _) = try expectName()
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(arg: name, value: value, range: range(from: start)))
                sawKeyword = true
            } else {
                let value = try parseNamedExpression()
                if kind == .equal {
                    throw fail("expression cannot contain assignment, perhaps you meant \"==\"?", range(fromNode: value.range))
                }
                if kind == .kwFor || (kind == .kwAsync && peekKind(1) == .kwFor) {
                    let generators = try parseComprehensionClauses()
                    guard args.isEmpty && keywords.isEmpty && kind == .rpar else {
                        throw fail("Generator expression must be parenthesized", range(fromNode: value.range))
                    }
                    advance()
                    let genexp = Expr(.generatorExp(elt: value, generators: generators), range(from: open))
                    return ([genexp], [])
                }
                if sawDoubleStar {
                    throw fail("positional argument follows keyword argument unpacking", range(of: token))
                }
                if sawKeyword {
                    throw fail("positional argument follows keyword argument", range(of: token))
                }
                args.append(value)
            }
            if accept(.comma) == nil {
                guard kind == .rpar else {
                    if let last = args.last, keywords.isEmpty { throw try missingComma(after: last) }
                    throw invalidSyntax()
                }
            }
        }
        advance()
        return (args, keywords)
    }
}
