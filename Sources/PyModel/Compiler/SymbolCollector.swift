/// Walks an AST once and builds the scope tree: which names each scope binds, declares and uses.
struct SymbolCollector {
    private(set) var scopes: [ObjectIdentifier: Scope] = [:]
    private var current: Scope
    let root: Scope
    private(set) var failure: SyntaxFailure?

    init(module: Module, firstLine: Int) {
        root = Scope(kind: .module, name: "<module>", parent: nil, line: firstLine)
        current = root
        for s in module.body { visit(s) }
    }

    private mutating func fail(_ message: String, _ line: Int) {
        if failure == nil { failure = SyntaxFailure(message: message, line: line) }
    }

    private mutating func bind(_ name: String, line: Int) {
        if current.globals.contains(name) || current.nonlocals.contains(name) { return }
        current.addAssigned(name)
    }

    private mutating func declareGlobal(_ name: String, line: Int) {
        if current.parameters.contains(name) {
            fail("name '\(name)' is parameter and global", line)
        } else if current.assigned.contains(name) {
            fail("name '\(name)' is assigned to before global declaration", line)
        } else if current.used.contains(name) {
            fail("name '\(name)' is used prior to global declaration", line)
        }
        current.globals.insert(name)
    }

    private mutating func enter(_ kind: Scope.Kind, _ name: String, node: AnyObject, line: Int, body: (inout SymbolCollector) -> Void) {
        let s = Scope(kind: kind, name: name, parent: current, line: line)
        scopes[ObjectIdentifier(node)] = s
        let saved = current
        current = s
        body(&self)
        current = saved
    }

    private mutating func parameters(_ a: Arguments) {
        for arg in a.posonlyargs + a.args { current.parameters.append(arg.name.text) }
        for arg in a.kwonlyargs { current.parameters.append(arg.name.text) }
        if let v = a.vararg { current.parameters.append(v.name.text) }
        if let k = a.kwarg { current.parameters.append(k.name.text) }
    }

    private mutating func defaults(_ a: Arguments) {
        for d in a.defaults { visit(d) }
        for d in a.kwDefaults { if let d = d { visit(d) } }
    }

    mutating func visit(_ s: Stmt) {
        let line = s.range.startLine
        switch s.kind {
        case .functionDef(let f):
            for d in f.decorators { visit(d) }
            defaults(f.args)
            bind(f.name.text, line: line)
            enter(.function, f.name.text, node: s, line: line) { c in
                c.current.isAsync = f.isAsync
                c.parameters(f.args)
                for b in f.body { c.visit(b) }
            }
        case .classDef(let cd):
            for d in cd.decorators { visit(d) }
            for b in cd.bases { visit(b) }
            for k in cd.keywords { visit(k.value) }
            bind(cd.name.text, line: line)
            enter(.classBody, cd.name.text, node: s, line: line) { c in
                for b in cd.body { c.visit(b) }
            }
        case .returnStmt(let v):
            if let v = v { visit(v) }
        case .delete(let targets):
            for t in targets { visitTarget(t) }
        case .assign(let targets, let value):
            visit(value)
            for t in targets { visitTarget(t) }
        case .augAssign(let target, _, let value):
            visit(value)
            if case .name(let id, _) = target.kind { current.used.insert(id.text) }
            visitTarget(target)
        case .annAssign(let target, let annotation, let value, _):
            if let v = value { visit(v) }
            if current.kind != .function { visit(annotation) }
            visitTarget(target)
        case .forLoop(let f):
            if f.isAsync { current.hasAwait = true }
            visit(f.iter)
            visitTarget(f.target)
            for b in f.body + f.orelse { visit(b) }
        case .whileLoop(let test, let body, let orelse):
            visit(test)
            for b in body + orelse { visit(b) }
        case .ifStmt(let test, let body, let orelse):
            visit(test)
            for b in body + orelse { visit(b) }
        case .with(let w):
            if w.isAsync { current.hasAwait = true }
            for item in w.items {
                visit(item.contextExpr)
                if let v = item.optionalVars { visitTarget(v) }
            }
            for b in w.body { visit(b) }
        case .match(let subject, let cases):
            visit(subject)
            for c in cases {
                visitPattern(c.pattern)
                if let g = c.guardExpr { visit(g) }
                for b in c.body { visit(b) }
            }
        case .raise(let exc, let cause):
            if let e = exc { visit(e) }
            if let c = cause { visit(c) }
        case .tryStmt(let t):
            for b in t.body { visit(b) }
            for h in t.handlers {
                if let ty = h.type { visit(ty) }
                if let n = h.name { bind(n.text, line: h.range.startLine) }
                for b in h.body { visit(b) }
            }
            for b in t.orelse + t.finalbody { visit(b) }
        case .assert(let test, let msg):
            visit(test)
            if let m = msg { visit(m) }
        case .importNames(let names):
            for a in names {
                let bound = a.asname?.text ?? String(a.name.text.split(separator: ".").first ?? "")
                bind(bound, line: line)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name.text != "*" { bind(a.asname?.text ?? a.name.text, line: line) }
        case .global(let names):
            if current.kind == .module { return }
            for n in names { declareGlobal(n.text, line: line) }
        case .nonlocal(let names):
            if current.kind == .module {
                fail("nonlocal declaration not allowed at module level", line)
                return
            }
            for n in names {
                if current.parameters.contains(n.text) { fail("name '\(n.text)' is parameter and nonlocal", line) }
                current.nonlocals.insert(n.text)
            }
        case .expr(let v):
            visit(v)
        case .pass, .breakStmt, .continueStmt:
            break
        }
    }

    /// A pattern's captures bind names; its values, class names and keys are expressions.
    private mutating func visitPattern(_ p: Pattern) {
        let line = p.range.startLine
        switch p.kind {
        case .matchValue(let value): visit(value)
        case .matchSingleton: break
        case .matchSequence(let patterns), .matchOr(let patterns):
            for x in patterns { visitPattern(x) }
        case .matchMapping(let keys, let patterns, let rest):
            for k in keys { visit(k) }
            for x in patterns { visitPattern(x) }
            if let r = rest { bind(r.text, line: line) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            visit(cls)
            for x in patterns + kwdPatterns { visitPattern(x) }
        case .matchStar(let name):
            if let n = name { bind(n.text, line: line) }
        case .matchAs(let sub, let name):
            if let s = sub { visitPattern(s) }
            if let n = name { bind(n.text, line: line) }
        }
    }

    private mutating func visitTarget(_ e: Expr) {
        switch e.kind {
        case .name(let id, _): bind(id.text, line: e.range.startLine)
        case .tuple(let elts, _), .list(let elts, _): for x in elts { visitTarget(x) }
        case .starred(let v, _): visitTarget(v)
        case .attribute(let v, _, _): visit(v)
        case .subscriptExpr(let v, let sl, _):
            visit(v)
            visit(sl)
        default: visit(e)
        }
    }

    private mutating func visitComprehension(_ node: Expr, _ gens: [Comprehension], isGenerator: Bool, body: (inout SymbolCollector) -> Void) {
        guard let first = gens.first else { return }
        visit(first.iter)
        enter(.function, "<comp>", node: node, line: node.range.startLine) { c in
            c.current.isComprehension = true
            c.current.isGeneratorExpression = isGenerator
            c.current.parameters = [".0"]
            for (i, g) in gens.enumerated() {
                if g.isAsync { c.current.hasAwait = true }
                if i > 0 { c.visit(g.iter) }
                c.visitTarget(g.target)
                for cond in g.ifs { c.visit(cond) }
            }
            body(&c)
        }
    }

    mutating func visit(_ e: Expr) {
        switch e.kind {
        case .boolOp(_, let values): for v in values { visit(v) }
        case .namedExpr(let target, let value):
            visit(value)
            if case .name(let id, _) = target.kind {
                var s: Scope? = current
                while let sc = s, sc.isComprehension { s = sc.parent }
                if let sc = s, sc !== current {
                    let saved = current
                    current = sc
                    bind(id.text, line: e.range.startLine)
                    current = saved
                    var c: Scope? = saved
                    while let cs = c, cs !== sc {
                        cs.nonlocals.insert(id.text)
                        c = cs.parent
                    }
                    if sc.kind == .module {
                        var c2: Scope? = saved
                        while let cs = c2, cs !== sc {
                            cs.nonlocals.remove(id.text)
                            cs.globals.insert(id.text)
                            c2 = cs.parent
                        }
                    }
                } else {
                    bind(id.text, line: e.range.startLine)
                }
            }
        case .binOp(let l, _, let r):
            visit(l)
            visit(r)
        case .unaryOp(_, let o): visit(o)
        case .lambda(let args, let body):
            defaults(args)
            enter(.function, "<lambda>", node: e, line: e.range.startLine) { c in
                c.parameters(args)
                c.visit(body)
            }
        case .ifExp(let t, let b, let o):
            visit(t)
            visit(b)
            visit(o)
        case .dict(let keys, let values):
            for k in keys { if let k = k { visit(k) } }
            for v in values { visit(v) }
        case .set(let elts), .list(let elts, _), .tuple(let elts, _): for x in elts { visit(x) }
        case .listComp(let elt, let gens), .setComp(let elt, let gens):
            visitComprehension(e, gens, isGenerator: false) { $0.visit(elt) }
        case .generatorExp(let elt, let gens):
            visitComprehension(e, gens, isGenerator: true) { $0.visit(elt) }
        case .dictComp(let k, let v, let gens):
            visitComprehension(e, gens, isGenerator: false) { c in
                c.visit(k)
                c.visit(v)
            }
        case .awaitExpr(let v):
            current.hasAwait = true
            visit(v)
        case .yieldExpr(let v):
            current.hasYield = true
            if let v = v { visit(v) }
        case .yieldFrom(let v):
            current.hasYield = true
            visit(v)
        case .compare(let l, _, let cs):
            visit(l)
            for c in cs { visit(c) }
        case .call(let f, let args, let kws):
            visit(f)
            for a in args { visit(a) }
            for k in kws { visit(k.value) }
            if case .name(let id, _) = f.kind, id.text == "super", args.isEmpty, current.kind == .function {
                current.used.insert("__class__")
                if let first = current.parameters.first { current.used.insert(first) }
            }
        case .formattedValue(let v, _, let spec):
            visit(v)
            if let s = spec { visit(s) }
        case .joinedStr(let values): for v in values { visit(v) }
        case .constant: break
        case .attribute(let v, _, _): visit(v)
        case .subscriptExpr(let v, let s, _):
            visit(v)
            visit(s)
        case .starred(let v, _): visit(v)
        case .name(let id, let ctx):
            if ctx == .load { current.used.insert(id.text) } else { bind(id.text, line: e.range.startLine) }
            if id.text == "__class__" { current.used.insert("__class__") }
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x = x { visit(x) } }
        }
    }
}
