/// An exception handler pushed by `setupFinally`/`setupWith`: where to jump and how deep the stack was.
struct HandlerBlock {
    let handler: Int
    let depth: Int
}

/// One activation of a code object. Frames are heap objects so generators and coroutines can suspend mid-way
/// and be resumed later; the eval loop keeps `pc` and the stack pointer in locals while a frame runs and
/// writes them back here when it switches frames or suspends.
final class Frame {
    let code: CodeObject
    let globals: PyNamespace
    /// Module and class bodies: the namespace `loadName`/`storeName` use.
    let namespace: PyNamespace?
    let locals: UnsafeMutablePointer<PyValue?>
    let stack: UnsafeMutablePointer<PyValue>
    var cells: [PyCell]
    var sp = 0
    var pc = 0
    var blocks: [HandlerBlock] = []
    /// The caller, when this frame was pushed by the same run of the eval loop.
    var parent: Frame?
    /// Exceptions this frame is handling, saved here while a generator is suspended.
    var savedExcInfo: [PyExc] = []
    /// Length of the VM's handled-exception stack when the frame started running.
    var excBase = 0
    /// The innermost frame of a worker job suspended in `time.sleep` (resumed there, not at this frame).
    var suspendedInner: Frame?
    /// How many frames above this one `suspendedInner`'s chain holds.
    var suspendedDepth = 0
    /// The function name tracebacks show.
    let functionName: String

    init(code: CodeObject, globals: PyNamespace, namespace: PyNamespace?, closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.namespace = namespace
        self.functionName = code.name
        let nlocals = max(code.varnames.count, 1)
        locals = UnsafeMutablePointer<PyValue?>.allocate(capacity: nlocals)
        locals.initialize(repeating: nil, count: nlocals)
        let nstack = max(code.maxStack, 1)
        stack = UnsafeMutablePointer<PyValue>.allocate(capacity: nstack)
        stack.initialize(repeating: .none, count: nstack)
        cells = Frame.cells(for: code, closure: closure)
    }

    /// Fresh cells for the code's cell variables, then the closure's cells (shared, not copied, when the code
    /// has no cell variables of its own).
    private static func cells(for code: CodeObject, closure: [PyCell]) -> [PyCell] {
        if code.cellvars.isEmpty { return closure }
        var cells: [PyCell] = []
        cells.reserveCapacity(code.cellvars.count + closure.count)
        for _ in code.cellvars { cells.append(PyCell()) }
        cells.append(contentsOf: closure)
        return cells
    }

    /// A frame to call `fn` in: a finished frame of the same code when one is spare, else a new one.
    static func make(for fn: PyFunction, namespace: PyNamespace? = nil) -> Frame {
        let code = fn.code
        if namespace == nil, let frame = code.spareFrames.popLast(), frame.globals === fn.globals {
            if !code.cellvars.isEmpty || !fn.closure.isEmpty { frame.cells = cells(for: code, closure: fn.closure) }
            return frame
        }
        return Frame(code: code, globals: fn.globals, namespace: namespace, closure: fn.closure)
    }

    /// How many finished frames a code object keeps for reuse.
    private static let spareLimit = 8

    /// Gives a finished plain-function frame back to its code object for the next call, when nothing else
    /// holds it (a frame someone still references is left alone). The objects it held are released first.
    static func recycle(_ frame: inout Frame) {
        let code = frame.code
        guard !code.isGenerator, frame.namespace == nil, code.spareFrames.count < spareLimit,
              isKnownUniquelyReferenced(&frame) else { return }
        frame.locals.update(repeating: nil, count: max(code.varnames.count, 1))
        for i in 0..<max(code.maxStack, 1) {
            // Only references need letting go of; stale numbers are overwritten before they are read.
            if case .object = frame.stack[i] { frame.stack[i] = .none }
        }
        if !frame.cells.isEmpty { frame.cells = [] }
        frame.sp = 0
        frame.pc = 0
        if !frame.blocks.isEmpty { frame.blocks.removeAll(keepingCapacity: true) }
        frame.parent = nil
        if !frame.savedExcInfo.isEmpty { frame.savedExcInfo = [] }
        frame.suspendedInner = nil
        frame.suspendedDepth = 0
        code.spareFrames.append(frame)
    }

    deinit {
        locals.deinitialize(count: max(code.varnames.count, 1))
        locals.deallocate()
        stack.deinitialize(count: max(code.maxStack, 1))
        stack.deallocate()
    }

    /// Drops the references a finished frame holds, as CPython clears a generator's frame when it ends: its
    /// value stack always; its locals and cells unless `keepingLocals` (a frame that raised stays alive in
    /// CPython through the exception's traceback).
    func release(keepingLocals: Bool) {
        clearStack(above: 0)
        sp = 0
        guard !keepingLocals else { return }
        for i in 0..<max(code.varnames.count, 1) { locals[i] = nil }
        cells = []
    }

    /// Empties the value stack's slots from `depth` up (an exception unwinding to a handler pops them in
    /// CPython, so what they held is freed there, an `async for` iterator among them).
    func clearStack(above depth: Int) {
        var i = depth
        while i < code.maxStack {
            stack[i] = .none
            i += 1
        }
    }

    /// The Markdown line the frame is at.
    var line: Int { line(resumingAt: pc) }

    /// The Markdown line of a frame whose next instruction is `pc` (the line of the instruction before it).
    func line(resumingAt pc: Int) -> Int { code.line(at: pc > 0 ? pc - 1 : 0) }

    /// Copies parameters that are also cell variables into their cells (done once, after binding).
    func moveParametersIntoCells() {
        for (cell, local) in code.cellParameters {
            cells[cell].value = locals[local]
        }
    }
}
