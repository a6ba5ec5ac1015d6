import PyModel

/// Searches a PyModel syntax tree. `enteringScopes: false` stops at function, lambda and class bodies, which
/// is what "at top level" means for the session rules.
enum ASTWalk {
    static func statementContains(_ statement: Stmt, enteringScopes: Bool, statementTest: (Stmt) -> Bool = { _ in false },
                                  _ test: (Expr) -> Bool) -> Bool {
        if statementTest(statement) { return true }
        func any(_ statements: [Stmt]) -> Bool {
            statements.contains { statementContains($0, enteringScopes: enteringScopes, statementTest: statementTest, test) }
        }
        func expr(_ e: Expr?) -> Bool { e.map { exprContains($0, enteringScopes: enteringScopes, test) } ?? false }
        func exprs(_ list: [Expr]) -> Bool { list.contains { expr($0) } }
        switch statement.kind {
        case .functionDef(let function):
            return exprs(function.decorators) || exprs(function.args.defaults) || (enteringScopes && any(function.body))
        case .classDef(let type):
            return exprs(type.decorators) || exprs(type.bases) || (enteringScopes && any(type.body))
        case .returnStmt(let value): return expr(value)
        case .delete(let targets): return exprs(targets)
        case .assign(let targets, let value): return exprs(targets) || expr(value)
        case .augAssign(let target, _, let value): return expr(target) || expr(value)
        case .annAssign(let target, _, let value, _): return expr(target) || expr(value)
        case .forLoop(let loop): return expr(loop.target) || expr(loop.iter) || any(loop.body) || any(loop.orelse)
        case .whileLoop(let condition, let body, let orelse): return expr(condition) || any(body) || any(orelse)
        case .ifStmt(let condition, let body, let orelse): return expr(condition) || any(body) || any(orelse)
        case .with(let block):
            return block.items.contains { expr($0.contextExpr) || expr($0.optionalVars) } || any(block.body)
        case .match(let subject, let cases): return expr(subject) || cases.contains { expr($0.guardExpr) || any($0.body) }
        case .raise(let exc, let cause): return expr(exc) || expr(cause)
        case .tryStmt(let block):
            return any(block.body) || block.handlers.contains { expr($0.type) || any($0.body) } || any(block.orelse)
                || any(block.finalbody)
        case .assert(let condition, let message): return expr(condition) || expr(message)
        case .expr(let value): return expr(value)
        case .importNames, .importFrom, .global, .nonlocal, .pass, .breakStmt, .continueStmt: return false
        }
    }

    static func exprContains(_ expr: Expr, enteringScopes: Bool, _ test: (Expr) -> Bool) -> Bool {
        if test(expr) { return true }
        func sub(_ e: Expr?) -> Bool { e.map { exprContains($0, enteringScopes: enteringScopes, test) } ?? false }
        func subs(_ list: [Expr]) -> Bool { list.contains { sub($0) } }
        func comprehension(_ generators: [Comprehension]) -> Bool {
            generators.contains { sub($0.target) || sub($0.iter) || subs($0.ifs) }
        }
        switch expr.kind {
        case .boolOp(_, let values): return subs(values)
        case .namedExpr(let target, let value): return sub(target) || sub(value)
        case .binOp(let left, _, let right): return sub(left) || sub(right)
        case .unaryOp(_, let operand): return sub(operand)
        case .lambda(let args, let body): return subs(args.defaults) || (enteringScopes && sub(body))
        case .ifExp(let condition, let body, let orelse): return sub(condition) || sub(body) || sub(orelse)
        case .dict(let keys, let values): return keys.contains { sub($0) } || subs(values)
        case .set(let elements), .list(let elements, _), .tuple(let elements, _): return subs(elements)
        case .listComp(let element, let generators), .setComp(let element, let generators),
             .generatorExp(let element, let generators):
            return sub(element) || comprehension(generators)
        case .dictComp(let key, let value, let generators): return sub(key) || sub(value) || comprehension(generators)
        case .awaitExpr(let value), .yieldFrom(let value): return sub(value)
        case .yieldExpr(let value): return sub(value)
        case .compare(let left, _, let comparators): return sub(left) || subs(comparators)
        case .call(let function, let args, let keywords): return sub(function) || subs(args) || keywords.contains { sub($0.value) }
        case .formattedValue(let value, _, let spec): return sub(value) || sub(spec)
        case .joinedStr(let values): return subs(values)
        case .attribute(let value, _, _), .starred(let value, _): return sub(value)
        case .subscriptExpr(let value, let slice, _): return sub(value) || sub(slice)
        case .slice(let lower, let upper, let step): return sub(lower) || sub(upper) || sub(step)
        case .constant, .name: return false
        }
    }
}
