/// Walks a tree: every statement, expression and pattern, depth first, parents before children,
/// children in CPython's field order (as `ast.NodeVisitor.generic_visit` visits them). Implement
/// the `visit` methods you need; return false from one to skip that node's children.
/// Parameters' annotations and defaults, keyword values, decorators, handlers' types and bodies
/// are all reached. Synchronous and single-threaded.
public protocol ASTVisitor {
    mutating func visit(_ statement: Stmt) -> Bool
    mutating func visit(_ expression: Expr) -> Bool
    mutating func visit(_ pattern: Pattern) -> Bool
}

extension ASTVisitor {
    public mutating func visit(_ statement: Stmt) -> Bool { true }
    public mutating func visit(_ expression: Expr) -> Bool { true }
    public mutating func visit(_ pattern: Pattern) -> Bool { true }

    public mutating func walk(_ module: Module) {
        walk(module.body)
    }

    public mutating func walk(_ statements: [Stmt]) {
        for statement in statements { walk(statement) }
    }

    public mutating func walk(_ statement: Stmt) {
        guard visit(statement) else { return }
        switch statement.kind {
        case .functionDef(let def):
            walk(def.args)
            walk(def.body)
            walk(def.decorators)
            walk(def.returns)
        case .classDef(let def):
            walk(def.bases)
            walk(def.keywords)
            walk(def.body)
            walk(def.decorators)
        case .returnStmt(let value):
            walk(value)
        case .delete(let targets):
            walk(targets)
        case .assign(let targets, let value):
            walk(targets)
            walk(value)
        case .augAssign(let target, _, let value):
            walk(target)
            walk(value)
        case .annAssign(let target, let annotation, let value, _):
            walk(target)
            walk(annotation)
            walk(value)
        case .forLoop(let loop):
            walk(loop.target)
            walk(loop.iter)
            walk(loop.body)
            walk(loop.orelse)
        case .whileLoop(let test, let body, let orelse), .ifStmt(let test, let body, let orelse):
            walk(test)
            walk(body)
            walk(orelse)
        case .with(let block):
            for item in block.items {
                walk(item.contextExpr)
                walk(item.optionalVars)
            }
            walk(block.body)
        case .match(let subject, let cases):
            walk(subject)
            for matchCase in cases {
                walk(matchCase.pattern)
                walk(matchCase.guardExpr)
                walk(matchCase.body)
            }
        case .raise(let exc, let cause):
            walk(exc)
            walk(cause)
        case .tryStmt(let block):
            walk(block.body)
            for handler in block.handlers {
                walk(handler.type)
                walk(handler.body)
            }
            walk(block.orelse)
            walk(block.finalbody)
        case .assert(let test, let msg):
            walk(test)
            walk(msg)
        case .expr(let value):
            walk(value)
        case .importNames, .importFrom, .global, .nonlocal, .pass, .breakStmt, .continueStmt:
            break
        }
    }

    public mutating func walk(_ expressions: [Expr]) {
        for expression in expressions { walk(expression) }
    }

    public mutating func walk(_ expression: Expr?) {
        guard let expression, visit(expression) else { return }
        switch expression.kind {
        case .boolOp(_, let values):
            walk(values)
        case .namedExpr(let target, let value):
            walk(target)
            walk(value)
        case .binOp(let left, _, let right):
            walk(left)
            walk(right)
        case .unaryOp(_, let operand):
            walk(operand)
        case .lambda(let args, let body):
            walk(args)
            walk(body)
        case .ifExp(let test, let body, let orelse):
            walk(test)
            walk(body)
            walk(orelse)
        case .dict(let keys, let values):
            for key in keys { walk(key) }
            walk(values)
        case .set(let elts), .list(let elts, _), .tuple(let elts, _), .joinedStr(let elts):
            walk(elts)
        case .listComp(let elt, let generators), .setComp(let elt, let generators), .generatorExp(let elt, let generators):
            walk(elt)
            walk(generators)
        case .dictComp(let key, let value, let generators):
            walk(key)
            walk(value)
            walk(generators)
        case .awaitExpr(let value), .yieldFrom(let value), .starred(let value, _), .attribute(let value, _, _):
            walk(value)
        case .yieldExpr(let value):
            walk(value)
        case .compare(let left, _, let comparators):
            walk(left)
            walk(comparators)
        case .call(let function, let args, let keywords):
            walk(function)
            walk(args)
            walk(keywords)
        case .formattedValue(let value, _, let formatSpec):
            walk(value)
            walk(formatSpec)
        case .subscriptExpr(let value, let slice, _):
            walk(value)
            walk(slice)
        case .slice(let lower, let upper, let step):
            walk(lower)
            walk(upper)
            walk(step)
        case .constant, .name:
            break
        }
    }

    public mutating func walk(_ pattern: Pattern) {
        guard visit(pattern) else { return }
        switch pattern.kind {
        case .matchValue(let value):
            walk(value)
        case .matchSingleton, .matchStar:
            break
        case .matchSequence(let patterns), .matchOr(let patterns):
            for item in patterns { walk(item) }
        case .matchMapping(let keys, let patterns, _):
            walk(keys)
            for item in patterns { walk(item) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            walk(cls)
            for item in patterns { walk(item) }
            for item in kwdPatterns { walk(item) }
        case .matchAs(let inner, _):
            if let inner { walk(inner) }
        }
    }

    private mutating func walk(_ args: Arguments) {
        for arg in args.posonlyargs + args.args { walk(arg.annotation) }
        walk(args.vararg?.annotation)
        for arg in args.kwonlyargs { walk(arg.annotation) }
        for value in args.kwDefaults { walk(value) }
        walk(args.kwarg?.annotation)
        walk(args.defaults)
    }

    private mutating func walk(_ keywords: [Keyword]) {
        for keyword in keywords { walk(keyword.value) }
    }

    private mutating func walk(_ generators: [Comprehension]) {
        for generator in generators {
            walk(generator.target)
            walk(generator.iter)
            walk(generator.ifs)
        }
    }
}
