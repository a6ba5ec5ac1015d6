/// Flags of a code object.
struct CodeFlags: OptionSet {
    let rawValue: UInt8
    static let generator = CodeFlags(rawValue: 1)
    static let coroutine = CodeFlags(rawValue: 2)
    static let asyncGenerator = CodeFlags(rawValue: 4)
    static let varargs = CodeFlags(rawValue: 8)
    static let varkeywords = CodeFlags(rawValue: 16)
    /// Module or class body: names go through `loadName`/`storeName`.
    static let namespaceScope = CodeFlags(rawValue: 32)
    /// The first constant is the docstring.
    static let hasDocstring = CodeFlags(rawValue: 64)
}

/// Where an instruction came from, as CPython's `co_positions()` gives it: lines as the line table has them,
/// columns 0-based UTF-8 byte offsets (`column < 0`: unknown, as for code a statement emits by line only).
struct CodePosition: Sendable {
    var line: Int
    var column = -1
    var endLine: Int
    var endColumn = -1

    init(line: Int) {
        self.line = line
        self.endLine = line
    }

    init(_ range: SourceRange) {
        line = range.startLine
        column = range.startColumn
        endLine = range.endLine
        endColumn = range.endColumn
    }
}

/// Compiled bytecode for one scope (module, class body, function, lambda, comprehension).
///
/// Instructions live in one contiguous buffer owned by the code object, so the VM can read them through a
/// raw pointer; `lines` is the parallel line table (Markdown lines, 1-based).
final class CodeObject: PyObject {
    let name: String
    let qualname: String
    let instructions: [Instruction]
    let lines: [Int32]
    /// Each instruction's source position (the parallel of `lines`), read only when a traceback is made.
    let positions: [CodePosition]
    /// The source the code was compiled from (its file and lines), for tracebacks.
    let source: SourceText?
    let constants: [PyValue]
    let names: [String]
    /// Fast local names: parameters first, in order (positional, keyword-only, *args, **kwargs).
    let varnames: [String]
    /// Locals captured by nested scopes, then free variables from enclosing scopes.
    let cellvars: [String]
    let freevars: [String]
    /// Index into `varnames` for each cell variable that is also a parameter (copied into the cell on entry).
    let cellParameters: [(cell: Int, local: Int)]
    let argcount: Int
    let posonlyCount: Int
    let kwonlyCount: Int
    let flags: CodeFlags
    let maxStack: Int
    let firstLine: Int
    let instructionBuffer: UnsafeMutablePointer<Instruction>
    /// `constants` in a buffer of their own, for the eval loop (switching frames then retains no array).
    let constantBuffer: UnsafeMutablePointer<PyValue>
    /// Per name: its slot in `cachedGlobals` (>= 0), unknown (-1), or absent as of `cachedVersion` (-2).
    let globalSlots: UnsafeMutablePointer<Int>
    /// The same for the builtins namespace.
    let builtinSlots: UnsafeMutablePointer<Int>
    /// Held strongly: a weak reference would make every global access pay for side-table refcounting, and the
    /// namespace already lives as long as the functions it holds.
    var cachedGlobals: PyNamespace?
    var cachedVersion = -1
    /// Finished frames of plain-function calls, reused by later calls (`Frame.make`, `Frame.recycle`): a
    /// call then allocates nothing. Held strongly, like `cachedGlobals`.
    var spareFrames: [Frame] = []

    override var type: PyType { BT.code }

    init(
        name: String, qualname: String, instructions: [Instruction], lines: [Int32], positions: [CodePosition],
        source: SourceText?, constants: [PyValue],
        names: [String], varnames: [String], cellvars: [String], freevars: [String], argcount: Int,
        posonlyCount: Int, kwonlyCount: Int, flags: CodeFlags, maxStack: Int, firstLine: Int
    ) {
        self.name = name
        self.qualname = qualname
        self.instructions = instructions
        self.lines = lines
        self.positions = positions
        self.source = source
        self.constants = constants
        self.names = names
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.argcount = argcount
        self.posonlyCount = posonlyCount
        self.kwonlyCount = kwonlyCount
        self.flags = flags
        self.maxStack = maxStack
        self.firstLine = firstLine
        var pairs: [(cell: Int, local: Int)] = []
        for (ci, c) in cellvars.enumerated() {
            if let li = varnames.firstIndex(of: c) { pairs.append((ci, li)) }
        }
        self.cellParameters = pairs
        instructionBuffer = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        instructionBuffer.initialize(from: instructions, count: instructions.count)
        constantBuffer = UnsafeMutablePointer<PyValue>.allocate(capacity: max(constants.count, 1))
        constantBuffer.initialize(from: constants, count: constants.count)
        globalSlots = UnsafeMutablePointer<Int>.allocate(capacity: max(names.count, 1))
        globalSlots.initialize(repeating: -1, count: max(names.count, 1))
        builtinSlots = UnsafeMutablePointer<Int>.allocate(capacity: max(names.count, 1))
        builtinSlots.initialize(repeating: -1, count: max(names.count, 1))
        super.init()
    }

    deinit {
        instructionBuffer.deallocate()
        constantBuffer.deinitialize(count: constants.count)
        constantBuffer.deallocate()
        globalSlots.deallocate()
        builtinSlots.deallocate()
    }

    /// `globals[names[i]]` or else `builtins[names[i]]`, through the slot caches.
    func loadGlobal(_ i: Int, _ globals: PyNamespace, _ builtins: PyNamespace) -> PyValue? {
        if cachedGlobals !== globals || cachedVersion != globals.version {
            if cachedGlobals !== globals {
                globalSlots.update(repeating: -1, count: max(names.count, 1))
            } else {
                for k in 0..<names.count where globalSlots[k] == -2 { globalSlots[k] = -1 }
            }
            cachedGlobals = globals
            cachedVersion = globals.version
        }
        var s = globalSlots[i]
        if s == -1 {
            s = globals.slot(of: names[i]) ?? -2
            globalSlots[i] = s
        }
        if s >= 0, let v = globals.slots[s] { return v }
        var b = builtinSlots[i]
        if b == -1 {
            b = builtins.slot(of: names[i]) ?? -2
            builtinSlots[i] = b
        }
        return b >= 0 ? builtins.slots[b] : nil
    }

    /// `globals[names[i]] = v` through the slot cache.
    func storeGlobal(_ i: Int, _ globals: PyNamespace, _ v: PyValue) {
        if cachedGlobals === globals, globalSlots[i] >= 0 {
            globals.setSlot(globalSlots[i], v)
            return
        }
        globals[names[i]] = v
    }

    var isGenerator: Bool { !flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) }

    /// The Markdown line of the instruction at `pc`.
    func line(at pc: Int) -> Int {
        guard !lines.isEmpty else { return firstLine }
        return Int(lines[min(max(pc, 0), lines.count - 1)])
    }

    /// The source position of the instruction at `pc`.
    func position(at pc: Int) -> CodePosition {
        guard !positions.isEmpty else { return CodePosition(line: firstLine) }
        return positions[min(max(pc, 0), positions.count - 1)]
    }

    /// Total positional and keyword parameters, plus `*args` and `**kwargs` slots.
    var parameterCount: Int {
        argcount + kwonlyCount + (flags.contains(.varargs) ? 1 : 0) + (flags.contains(.varkeywords) ? 1 : 0)
    }
}
