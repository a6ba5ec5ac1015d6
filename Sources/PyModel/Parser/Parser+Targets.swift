/// Assignment and deletion targets: setting their context, and CPython's messages for targets
/// that cannot be assigned or deleted.
extension Parser {
    /// CPython's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
    func expressionName(_ expression: Expr) -> String {
        switch expression.kind {
        case .attribute: return "attribute"
        case .subscriptExpr: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yieldExpr, .yieldFrom: return "yield expression"
        case .awaitExpr: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let constant):
            switch constant.value {
            case .none: return "None"
            case .bool(let value): return value ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
    func invalidTarget(_ expression: Expr, deleting: Bool) -> Expr? {
        switch expression.kind {
        case .name, .attribute, .subscriptExpr:
            return nil
        case .starred(let value, _):
            return deleting ? expression : invalidTarget(value, deleting: false)
        case .list(let elts, _), .tuple(let elts, _):
            for element in elts {
                if let invalid = invalidTarget(element, deleting: deleting) { return invalid }
            }
            return nil
        default:
            return expression
        }
    }

    /// Gives `expression` and its target children the context `context`, or fails with
    /// "cannot assign to X" / "cannot delete X".
    mutating func setContext(_ expression: Expr, _ context: ExprContext) throws {
        if let invalid = invalidTarget(expression, deleting: context == .del) {
            let verb = context == .del ? "delete" : "assign to"
            throw fail("cannot \(verb) \(expressionName(invalid))", invalid.range)
        }
        applyContext(expression, context)
    }

    private func applyContext(_ expression: Expr, _ context: ExprContext) {
        switch expression.kind {
        case .name(let id, _): expression.kind = .name(id: id, ctx: context)
        case .attribute(let value, let attr, _): expression.kind = .attribute(value: value, attr: attr, ctx: context)
        case .subscriptExpr(let value, let slice, _): expression.kind = .subscriptExpr(value: value, slice: slice, ctx: context)
        case .starred(let value, _):
            applyContext(value, context)
            expression.kind = .starred(value: value, ctx: context)
        case .list(let elts, _):
            for element in elts { applyContext(element, context) }
            expression.kind = .list(elts: elts, ctx: context)
        case .tuple(let elts, _):
            for element in elts { applyContext(element, context) }
            expression.kind = .tuple(elts: elts, ctx: context)
        default:
            break
        }
    }

    /// Checks and stores the targets of `t1 = t2 = ... = value` with CPython's messages,
    /// including its "Maybe you meant '==' instead of '='?" hint for the target right before the
    /// first `=` when what follows that `=` is a plain expression not itself assigned to.
    mutating func setAssignmentTargets(_ targets: [Expr], value: Expr) throws {
        let first = targets[0]
        var beforeEqual = first
        if case .tuple(let elts, _) = first.kind, !parenthesized.contains(ObjectIdentifier(first)), let last = elts.last {
            beforeEqual = last
        }
        let afterEqual = targets.count > 1 ? targets[1] : value
        var afterFirst = afterEqual
        var afterIsTupleHead = false
        if case .tuple(let elts, _) = afterEqual.kind, !parenthesized.contains(ObjectIdentifier(afterEqual)), let head = elts.first {
            afterFirst = head
            afterIsTupleHead = elts.count > 1
        }
        let followedByEqual = targets.count > 1 && !afterIsTupleHead
        if invalidTarget(beforeEqual, deleting: false) === beforeEqual, isBitwiseOrLevel(beforeEqual),
           !followedByEqual, isBitwiseOrLevel(afterFirst) {
            if case .yieldExpr = afterFirst.kind {} else if case .yieldFrom = afterFirst.kind {} else {
                throw fail("cannot assign to \(expressionName(beforeEqual)) here. Maybe you meant '==' instead of '='?",
                           beforeEqual.range)
            }
        }
        for target in targets {
            switch target.kind {
            case .yieldExpr, .yieldFrom:
                throw fail("assignment to yield expression not possible", target.range)
            default:
                try setContext(target, .store)
            }
        }
    }

    /// True for expressions CPython's `bitwise_or` rule produces, minus the displays its hint excludes.
    func isBitwiseOrLevel(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .compare, .boolOp, .lambda, .ifExp, .namedExpr, .starred, .list, .tuple, .generatorExp:
            return false
        case .unaryOp(let op, _):
            return op != .not
        case .constant(let constant):
            switch constant.value {
            case .none, .bool: return false
            default: return true
            }
        default:
            return true
        }
    }
}
