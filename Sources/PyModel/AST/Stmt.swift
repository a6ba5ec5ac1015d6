/// A statement node: a final class like `Expr`, for the same reasons. The cases mirror
/// CPython 3.11's `ast.stmt`; async variants are a flag on the sync ones.
public final class Stmt {
    public var kind: StmtKind
    public var range: SourceRange

    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// What a statement is.
public enum StmtKind {
    /// `def` or `async def`.
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case returnStmt(value: Expr?)
    case delete(targets: [Expr])
    /// `a = b = value` has `targets == [a, b]`.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `simple` is true for a bare name target not in parentheses (CPython's `simple=1`).
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    /// `for` or `async for`.
    case forLoop(ForLoop)
    case whileLoop(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `elif` is an `ifStmt` alone in `orelse`.
    case ifStmt(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `with` or `async with`.
    case with(WithBlock)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    /// `try` or `try` with `except*`.
    case tryStmt(TryBlock)
    case assert(test: Expr, msg: Expr?)
    case importNames(names: [Alias])
    /// `from ..module import names`: `level` counts the leading dots.
    case importFrom(module: Identifier?, names: [Alias], level: Int)
    case global(names: [Identifier])
    case nonlocal(names: [Identifier])
    case expr(value: Expr)
    case pass
    case breakStmt
    case continueStmt
}

/// A `def` / `async def`. `returns` (the annotation) is kept and has no meaning for the model.
public struct FunctionDef {
    public var name: Identifier
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool

    public init(name: Identifier, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

/// A `class` statement; `keywords` holds `metaclass=...` and the like.
public struct ClassDef {
    public var name: Identifier
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]

    public init(name: Identifier, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// A `for` / `async for` loop with its optional `else`.
public struct ForLoop {
    public var target: Expr
    public var iter: Expr
    public var body: [Stmt]
    public var orelse: [Stmt]
    public var isAsync: Bool

    public init(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.isAsync = isAsync
    }
}

/// A `with` / `async with` statement with one or more items.
public struct WithBlock {
    public var items: [WithItem]
    public var body: [Stmt]
    public var isAsync: Bool

    public init(items: [WithItem], body: [Stmt], isAsync: Bool) {
        self.items = items
        self.body = body
        self.isAsync = isAsync
    }
}

/// `contextExpr as optionalVars` (no range, as in CPython).
public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?

    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `try` with handlers, `else` and `finally`; `isStar` marks `except*` (CPython's `TryStar`).
public struct TryBlock {
    public var body: [Stmt]
    public var handlers: [ExceptHandler]
    public var orelse: [Stmt]
    public var finalbody: [Stmt]
    public var isStar: Bool

    public init(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool) {
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.isStar = isStar
    }
}

/// `except type as name:` (type and name optional). The range runs from `except` to the body's end.
public struct ExceptHandler {
    public var type: Expr?
    public var name: Identifier?
    public var body: [Stmt]
    public var range: SourceRange

    public init(type: Expr?, name: Identifier?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// `import name as asname` / `from m import name as asname`; `name` may be dotted or `*`.
public struct Alias {
    public var name: Identifier
    public var asname: Identifier?
    public var range: SourceRange

    public init(name: Identifier, asname: Identifier?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}
