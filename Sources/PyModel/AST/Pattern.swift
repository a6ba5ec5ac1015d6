/// A `match` pattern node (CPython 3.11's `ast.pattern`).
public final class Pattern {
    public var kind: PatternKind
    public var range: SourceRange

    public init(_ kind: PatternKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// What a pattern is.
public enum PatternKind {
    /// A literal or dotted-name value compared with `==`.
    case matchValue(value: Expr)
    /// `None`, `True`, `False`, compared with `is`.
    case matchSingleton(value: ConstantValue)
    case matchSequence(patterns: [Pattern])
    /// `{key: pattern, **rest}`.
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: Identifier?)
    /// `cls(patterns, kwdAttrs[i]=kwdPatterns[i])`.
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [Identifier], kwdPatterns: [Pattern])
    /// `*name` in a sequence pattern; `nil` for `*_`.
    case matchStar(name: Identifier?)
    /// `pattern as name`, a capture `name` (pattern `nil`), or the wildcard `_` (both `nil`).
    case matchAs(pattern: Pattern?, name: Identifier?)
    case matchOr(patterns: [Pattern])
}

/// `case pattern if guard: body` (no range, as in CPython).
public struct MatchCase {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]

    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guardExpr = guardExpr
        self.body = body
    }
}
