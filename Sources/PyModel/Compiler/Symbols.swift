/// How a name is reached from one scope.
enum NameAccess {
    case fast(Int)
    case deref(Int)
    case classDeref(Int)
    case global
    case name
}

/// One scope of the symbol table: module, class body, function, lambda or comprehension.
final class Scope {
    enum Kind { case module, classBody, function }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []
    var parameters: [String] = []
    var assigned: [String] = []
    private var assignedSet = Set<String>()
    var used = Set<String>()
    var globals = Set<String>()
    var nonlocals = Set<String>()
    var isAsync = false
    var hasYield = false
    var hasAwait = false
    var isComprehension = false
    var isGeneratorExpression = false
    /// Cell variables (locals captured by inner scopes), in first-capture order.
    var cells: [String] = []
    /// Free variables (captured from enclosing function scopes).
    var frees: [String] = []
    /// Fast locals: parameters first, then other assigned names.
    var fastLocals: [String] = []
    let line: Int

    init(kind: Kind, name: String, parent: Scope?, line: Int) {
        self.kind = kind
        self.name = name
        self.parent = parent
        self.line = line
        parent?.children.append(self)
    }

    func addAssigned(_ n: String) {
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }

    func isLocal(_ n: String) -> Bool {
        !globals.contains(n) && !nonlocals.contains(n) && (assignedSet.contains(n) || parameters.contains(n))
    }

    func addCell(_ n: String) {
        if !cells.contains(n) { cells.append(n) }
    }

    func addFree(_ n: String) {
        if !frees.contains(n) { frees.append(n) }
    }

    var isFunction: Bool { kind == .function }

    /// Resolves every name after the whole tree was collected: locals, cells and frees of each function.
    func resolve() throws -> SyntaxFailure? {
        if kind == .function {
            for n in parameters where !fastLocals.contains(n) { fastLocals.append(n) }
            for n in assigned where isLocal(n) && !fastLocals.contains(n) { fastLocals.append(n) }
        }
        for n in nonlocals.sorted() {
            guard bindFree(n) else { return SyntaxFailure(message: "no binding for nonlocal '\(n)' found", line: line) }
        }
        for n in used.sorted() where !isLocal(n) && !globals.contains(n) {
            if kind == .classBody && assignedSet.contains(n) { continue }
            if n == "__class__" {
                _ = bindClassCell()
                continue
            }
            _ = bindFree(n)
        }
        for c in children {
            if let f = try c.resolve() { return f }
        }
        return nil
    }

    /// Finds `n` as a local of an enclosing function; marks it a cell there and free here and in between.
    private func bindFree(_ n: String) -> Bool {
        var chain: [Scope] = [self]
        var p = parent
        while let s = p {
            if s.kind == .function {
                if s.isLocal(n) {
                    s.addCell(n)
                    for c in chain where c.kind == .function || c.kind == .classBody { c.addFree(n) }
                    return true
                }
                if s.globals.contains(n) { return false }
                chain.append(s)
            } else if s.kind == .module {
                return false
            } else {
                chain.append(s)
            }
            p = s.parent
        }
        return false
    }

    private func bindClassCell() -> Bool {
        var chain: [Scope] = [self]
        var p = parent
        while let s = p {
            if s.kind == .classBody {
                s.addCell("__class__")
                for c in chain { c.addFree("__class__") }
                return true
            }
            chain.append(s)
            p = s.parent
        }
        return false
    }

    /// How code in this scope reaches `n` (class bodies store free names in their namespace).
    func access(_ n: String, store: Bool = false) -> NameAccess {
        if let i = cells.firstIndex(of: n), kind != .classBody {
            return .deref(i)
        }
        if let i = frees.firstIndex(of: n) {
            if kind == .classBody { return store ? .name : .classDeref(cells.count + i) }
            return .deref(cells.count + i)
        }
        switch kind {
        case .module: return .global
        case .classBody: return globals.contains(n) ? .global : .name
        case .function:
            if globals.contains(n) { return .global }
            if let i = fastLocals.firstIndex(of: n) { return .fast(i) }
            return .global
        }
    }
}

/// A compile-time error with CPython's message and the line it reports.
struct SyntaxFailure: Error {
    let message: String
    let line: Int
    /// The node CPython's SyntaxError points at, where the compiler knows it.
    var range: SourceRange?
}
