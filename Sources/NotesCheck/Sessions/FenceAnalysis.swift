import PyModel

/// What the session rules need to know about one fence's code, read from its syntax tree.
public struct FenceAnalysis {
    public var module: Module?
    public var syntaxError: SyntaxDiagnostic?
    /// Await, `async for` or `async with` outside any function: the fence runs as IPython runs it.
    public var hasTopLevelAwait = false
    /// Indices of top-level statements that are entry points: `if __name__ == "__main__":` or a statement that
    /// calls `asyncio.run(...)` outside any function it holds.
    public var entryIndices: [Int] = []
    /// Names of the functions and classes it defines at top level.
    public var defined: Set<String> = []
    /// It defines an `async def main()` callable without arguments.
    public var definesCallableAsyncMain = false

    public var compiles: Bool { module != nil }

    public init(source: String, firstLine: Int, names: NameInterner) {
        let parsed = Parser.parse(source: source, firstLine: firstLine, names: names)
        guard let module = parsed.module, parsed.diagnostics.isEmpty else {
            syntaxError = parsed.diagnostics.first
            return
        }
        self.module = module
        for (index, statement) in module.body.enumerated() {
            switch statement.kind {
            case .functionDef(let function):
                defined.insert(function.name.text)
                if function.name.text == "main" {
                    definesCallableAsyncMain = function.isAsync && Self.callableWithoutArguments(function.args)
                }
            case .classDef(let type):
                defined.insert(type.name.text)
            default:
                if Self.isMainGuard(statement) || Self.callsAsyncioRun(statement) { entryIndices.append(index) }
            }
            if Self.awaitsAtTopLevel(statement) { hasTopLevelAwait = true }
        }
    }

    static func callableWithoutArguments(_ args: Arguments) -> Bool {
        let positional = args.posonlyargs.count + args.args.count
        let requiredKeyword = args.kwDefaults.filter { $0 == nil }.count
        return positional - args.defaults.count == 0 && requiredKeyword == 0
    }

    static func isMainGuard(_ statement: Stmt) -> Bool {
        guard case .ifStmt(let test, _, _) = statement.kind,
              case .compare(let left, let ops, let comparators) = test.kind, ops.count == 1, ops.first == .eq,
              let right = comparators.first else { return false }
        func isName(_ e: Expr) -> Bool { if case .name(let id, _) = e.kind { return id.text == "__name__" } else { return false } }
        func isMain(_ e: Expr) -> Bool { if case .constant(let c) = e.kind, case .string(let s) = c.value { return s == "__main__" } else { return false } }
        return (isName(left) && isMain(right)) || (isMain(left) && isName(right))
    }

    /// Whether the statement calls `asyncio.run(...)` outside any function, lambda or class it holds.
    static func callsAsyncioRun(_ statement: Stmt) -> Bool {
        ASTWalk.statementContains(statement, enteringScopes: false) { expr in
            guard case .call(let function, _, _) = expr.kind, case .attribute(let value, let attr, _) = function.kind,
                  attr.text == "run", case .name(let module, _) = value.kind else { return false }
            return module.text == "asyncio"
        }
    }

    static func awaitsAtTopLevel(_ statement: Stmt) -> Bool {
        ASTWalk.statementContains(statement, enteringScopes: false, statementTest: { stmt in
            switch stmt.kind {
            case .forLoop(let loop): return loop.isAsync
            case .with(let block): return block.isAsync
            default: return false
            }
        }) { expr in
            switch expr.kind {
            case .awaitExpr: return true
            case .listComp(_, let generators), .setComp(_, let generators), .dictComp(_, _, let generators),
                 .generatorExp(_, let generators):
                return generators.contains { $0.isAsync }
            default: return false
            }
        }
    }
}
