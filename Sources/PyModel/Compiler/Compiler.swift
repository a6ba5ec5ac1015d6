import BigInt

/// What `break`, `continue` and `return` must undo when they leave a block.
enum FrameBlock {
    /// A `for` loop: its iterator is on the stack.
    case forLoop(continueLabel: Int, breakLabel: Int)
    case asyncForLoop(continueLabel: Int, breakLabel: Int)
    case whileLoop(continueLabel: Int, breakLabel: Int)
    /// The body of `try` with handlers (one handler block to pop).
    case tryExcept
    /// The body of `try ... finally`: the finally body runs on the way out.
    case tryFinally([Stmt])
    /// Running a `finally` body after an exception: the exception is on the stack and being handled.
    case finallyHandler
    /// An `except` body: pop the cleanup block and the handled exception (and clear the name).
    case handler(name: String?)
    /// A `with` body: `__exit__(None, None, None)` runs on the way out.
    case with(isAsync: Bool)
    /// An `except*` body, where break, continue and return are syntax errors.
    case exceptStar
}

/// Compiles a parsed module to bytecode (CPython's compile-time checks included).
final class Compiler {
    struct Unit {
        var builder: CodeBuilder
        let scope: Scope
        var blocks: [FrameBlock] = []
        let qualname: String
        let name: String
    }

    private let scopes: [ObjectIdentifier: Scope]
    var unit: Unit
    private var outer: [Unit] = []
    let allowTopLevelAwait: Bool
    let interner: NameInterner
    /// The text every code object of this module was compiled from.
    let source: SourceText?

    private init(scopes: [ObjectIdentifier: Scope], root: Scope, firstLine: Int, allowTopLevelAwait: Bool, interner: NameInterner,
                 source: SourceText?) {
        self.scopes = scopes
        self.source = source
        self.allowTopLevelAwait = allowTopLevelAwait
        self.interner = interner
        unit = Unit(builder: CodeBuilder(line: firstLine), scope: root, qualname: "", name: "<module>")
    }

    /// Compiles a module; `firstLine` is the line of the module's first statement for an empty body.
    static func compile(_ module: Module, firstLine: Int, allowTopLevelAwait: Bool, source: SourceText? = nil) -> Result<CodeObject, SyntaxFailure> {
        let collector = SymbolCollector(module: module, firstLine: firstLine)
        if let f = collector.failure { return .failure(f) }
        do {
            if let f = try collector.root.resolve() { return .failure(f) }
            let c = Compiler(scopes: collector.scopes, root: collector.root, firstLine: firstLine,
                             allowTopLevelAwait: allowTopLevelAwait, interner: module.names, source: source)
            for s in module.body { try c.statement(s) }
            c.b.loadConst(.none)
            c.b.emit(.returnValue)
            var flags: CodeFlags = []
            if allowTopLevelAwait && collector.root.hasAwait { flags.insert(.coroutine) }
            return .success(c.finish(argcount: 0, posonly: 0, kwonly: 0, flags: flags))
        } catch let f as SyntaxFailure {
            return .failure(f)
        } catch {
            return .failure(SyntaxFailure(message: "\(error)", line: firstLine))
        }
    }

    /// The current code builder.
    var b: CodeBuilder {
        get { unit.builder }
        set { unit.builder = newValue }
    }

    var scope: Scope { unit.scope }

    func finish(argcount: Int, posonly: Int, kwonly: Int, flags: CodeFlags) -> CodeObject {
        var builder = unit.builder
        builder.resolveLabels()
        let s = unit.scope
        var f = flags
        if s.kind == .classBody || s.kind == .module { f.insert(.namespaceScope) }
        return CodeObject(
            name: unit.name, qualname: unit.qualname.isEmpty ? unit.name : unit.qualname,
            instructions: builder.instructions, lines: builder.lines, positions: builder.columns, source: source,
            constants: builder.constants,
            names: builder.names, varnames: s.kind == .function ? s.fastLocals : [], cellvars: s.cells,
            freevars: s.frees, argcount: argcount, posonlyCount: posonly, kwonlyCount: kwonly, flags: f,
            maxStack: builder.maxStackDepth(), firstLine: s.line)
    }

    func fail(_ message: String, _ line: Int) -> SyntaxFailure {
        SyntaxFailure(message: message, line: line)
    }

    func fail(_ message: String, at range: SourceRange) -> SyntaxFailure {
        SyntaxFailure(message: message, line: range.startLine, range: range)
    }

    /// Compiles `body` as a new code object for `node`'s scope.
    func nested(_ node: AnyObject, name: String, line: Int, _ body: () throws -> Void,
                args: (Int, Int, Int), flags: CodeFlags) throws -> CodeObject {
        guard let s = scopes[ObjectIdentifier(node)] else { throw fail("internal: no scope for \(name)", line) }
        let parentQual = unit.qualname
        let qual: String
        if scope.kind == .module {
            qual = name
        } else if scope.kind == .classBody {
            qual = parentQual + "." + name
        } else {
            qual = parentQual + ".<locals>." + name
        }
        outer.append(unit)
        unit = Unit(builder: CodeBuilder(line: line), scope: s, qualname: qual, name: name)
        defer {
            if let u = outer.popLast() { unit = u }
        }
        try body()
        return finish(argcount: args.0, posonly: args.1, kwonly: args.2, flags: flags)
    }

    func scopeOf(_ node: AnyObject) -> Scope? { scopes[ObjectIdentifier(node)] }

    /// Emits code that makes a function from `code`, with defaults and closure already handled by the caller.
    func makeClosure(_ code: CodeObject, flags: Int32) {
        var f = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                b.emit(.loadClosure, closureIndex(name))
            }
            b.emit(.buildTuple, Int32(code.freevars.count))
            f |= 8
        }
        b.loadConst(.object(code))
        b.emit(.makeFunction, f)
    }

    private func closureIndex(_ name: String) -> Int32 {
        if let i = scope.cells.firstIndex(of: name) { return Int32(i) }
        if let i = scope.frees.firstIndex(of: name) { return Int32(scope.cells.count + i) }
        return 0
    }

    // MARK: names

    func load(_ name: String) {
        switch scope.access(name) {
        case .fast(let i): b.emit(.loadFast, Int32(i))
        case .deref(let i): b.emit(.loadDeref, Int32(i))
        case .classDeref(let i): b.emit(.loadClassDeref, Int32(i))
        case .global: b.emit(.loadGlobal, b.name(name))
        case .name: b.emit(.loadName, b.name(name))
        }
    }

    func store(_ name: String) {
        switch scope.access(name, store: true) {
        case .fast(let i): b.emit(.storeFast, Int32(i))
        case .deref(let i), .classDeref(let i): b.emit(.storeDeref, Int32(i))
        case .global: b.emit(.storeGlobal, b.name(name))
        case .name: b.emit(.storeName, b.name(name))
        }
    }

    func delete(_ name: String) {
        switch scope.access(name, store: true) {
        case .fast(let i): b.emit(.deleteFast, Int32(i))
        case .deref(let i), .classDeref(let i): b.emit(.deleteDeref, Int32(i))
        case .global: b.emit(.deleteGlobal, b.name(name))
        case .name: b.emit(.deleteName, b.name(name))
        }
    }

    // MARK: functions and classes

    /// Pushes defaults and keyword defaults; returns the makeFunction flags they need.
    func defaults(_ a: Arguments) throws -> Int32 {
        var flags: Int32 = 0
        if !a.defaults.isEmpty {
            for d in a.defaults { try expression(d) }
            b.emit(.buildTuple, Int32(a.defaults.count))
            flags |= 1
        }
        let kw = zip(a.kwonlyargs, a.kwDefaults).compactMap { arg, d in d.map { (arg.name.text, $0) } }
        if !kw.isEmpty {
            for (name, d) in kw {
                b.loadConst(.str(name))
                try expression(d)
            }
            b.emit(.buildMap, Int32(kw.count))
            flags |= 2
        }
        return flags
    }

    func functionFlags(_ s: Scope) -> CodeFlags {
        var f: CodeFlags = []
        if s.isAsync {
            f.insert(s.hasYield ? .asyncGenerator : .coroutine)
        } else if s.hasYield {
            f.insert(.generator)
        }
        return f
    }

    func functionDef(_ stmt: Stmt, _ fd: FunctionDef) throws {
        for d in fd.decorators { try expression(d) }
        let dflags = try defaults(fd.args)
        guard let s = scopeOf(stmt) else { throw fail("internal: no scope", stmt.range.startLine) }
        var flags = functionFlags(s)
        if fd.args.vararg != nil { flags.insert(.varargs) }
        if fd.args.kwarg != nil { flags.insert(.varkeywords) }
        // The flag is an argument of `nested`, evaluated before its body runs: find the docstring first.
        var docstring: String?
        if let first = fd.body.first, case .expr(let e) = first.kind, case .constant(let c) = e.kind, case .string(let doc) = c.value {
            docstring = doc
        }
        let hasDoc = docstring != nil
        let code = try nested(stmt, name: fd.name.text, line: stmt.range.startLine, {
            var body = fd.body[...]
            if let doc = docstring {
                _ = b.constant(.str(doc))
                body = body.dropFirst()
            }
            for st in body { try statement(st) }
            b.loadConst(.none)
            b.emit(.returnValue)
        }, args: (fd.args.posonlyargs.count + fd.args.args.count, fd.args.posonlyargs.count, fd.args.kwonlyargs.count),
           flags: flags.union(hasDoc ? .hasDocstring : []))
        b.line = stmt.range.startLine
        makeClosure(code, flags: dflags)
        for _ in fd.decorators { b.emit(.call, 1) }
        store(fd.name.text)
    }

    func lambda(_ e: Expr, _ args: Arguments, _ body: Expr) throws {
        let dflags = try defaults(args)
        guard let s = scopeOf(e) else { throw fail("internal: no scope", e.range.startLine) }
        var flags = functionFlags(s)
        if args.vararg != nil { flags.insert(.varargs) }
        if args.kwarg != nil { flags.insert(.varkeywords) }
        let code = try nested(e, name: "<lambda>", line: e.range.startLine, {
            try expression(body)
            b.emit(.returnValue)
        }, args: (args.posonlyargs.count + args.args.count, args.posonlyargs.count, args.kwonlyargs.count), flags: flags)
        makeClosure(code, flags: dflags)
    }

    func classDef(_ stmt: Stmt, _ cd: ClassDef) throws {
        for d in cd.decorators { try expression(d) }
        for k in cd.keywords {
            unsupported("class keyword '\(k.arg?.text ?? "**")'")
        }
        let code = try nested(stmt, name: cd.name.text, line: stmt.range.startLine, {
            var body = cd.body[...]
            if let first = body.first, case .expr(let e) = first.kind, case .constant(let c) = e.kind, case .string(let doc) = c.value {
                b.loadConst(.str(doc))
                store("__doc__")
                body = body.dropFirst()
            }
            if body.contains(where: { if case .annAssign = $0.kind { return true }; return false }) {
                b.emit(.setupAnnotations)
            }
            for st in body { try statement(st) }
            b.loadConst(.none)
            b.emit(.returnValue)
        }, args: (0, 0, 0), flags: [])
        b.line = stmt.range.startLine
        makeClosure(code, flags: 0)
        b.loadConst(.str(cd.name.text))
        for base in cd.bases { try expression(base) }
        b.emit(.buildClass, Int32(cd.bases.count))
        for _ in cd.decorators { b.emit(.call, 1) }
        store(cd.name.text)
    }

    /// The text of an annotation, kept as a string (the model never evaluates annotations).
    func annotationText(_ e: Expr) -> String {
        switch e.kind {
        case .name(let id, _): return id.text
        case .attribute(let v, let attr, _): return annotationText(v) + "." + attr.text
        case .subscriptExpr(let v, let s, _): return annotationText(v) + "[" + annotationText(s) + "]"
        case .tuple(let elts, _): return elts.map { annotationText($0) }.joined(separator: ", ")
        case .constant(let c):
            if case .string(let s) = c.value { return s }
            if case .none = c.value { return "None" }
            return "..."
        case .binOp(let l, _, let r): return annotationText(l) + " | " + annotationText(r)
        default: return "..."
        }
    }

    /// Emits a stop naming a construct the model does not run; code before it still runs.
    func unsupported(_ what: String) {
        b.emit(.unsupported, b.constant(.str(what)))
    }
}
