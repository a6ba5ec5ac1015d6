/// An expression node. Nodes are final classes so a tree is shared, never copied, and `kind` is
/// mutable so AST transforms (counterfactual variants) can rewrite a node in place. The cases
/// mirror CPython 3.11's `ast.expr` one to one, with the same field names.
public final class Expr {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// True for `*value`.
    public var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}

/// What an expression is. Children are `Expr` references, so a payload is a few words.
public enum ExprKind {
    case boolOp(op: BoolOperator, values: [Expr])
    /// `target := value`; `target` is always a `name` in store context.
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: BinaryOperator, right: Expr)
    case unaryOp(op: UnaryOperator, operand: Expr)
    case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A `nil` key marks `**value` unpacking.
    case dict(keys: [Expr?], values: [Expr])
    case set(elts: [Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case awaitExpr(value: Expr)
    case yieldExpr(value: Expr?)
    case yieldFrom(value: Expr)
    /// `left ops[0] comparators[0] ops[1] comparators[1] ...` (a chained comparison).
    case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
    /// Positional arguments may be `starred`; keywords with a `nil` name are `**value`.
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    /// One `{value!conversion:formatSpec}` field of an f-string; `formatSpec` is a `joinedStr`.
    case formattedValue(value: Expr, conversion: Conversion?, formatSpec: Expr?)
    /// An f-string (after implicit concatenation): `constant` strings and `formattedValue`s.
    case joinedStr(values: [Expr])
    case constant(Constant)
    case attribute(value: Expr, attr: Identifier, ctx: ExprContext)
    case subscriptExpr(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: Identifier, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    /// `lower:upper:step`, only as (part of) a subscript's `slice`.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// One `for ... in ... if ...` clause of a comprehension (no source range, as in CPython).
public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool

    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// A keyword argument `arg=value` of a call or class definition; `arg == nil` is `**value`.
public struct Keyword {
    public var arg: Identifier?
    public var value: Expr
    public var range: SourceRange

    public init(arg: Identifier?, value: Expr, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}
