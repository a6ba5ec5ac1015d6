/// Accumulates one code object's instructions, line table, constants and names; resolves labels and computes
/// the maximum stack depth by walking every path (as CPython's `stackdepth` does).
struct CodeBuilder {
    var instructions: [Instruction] = []
    var lines: [Int32] = []
    var constants: [PyValue] = []
    var names: [String] = []
    private var nameIndex: [String: Int32] = [:]
    private var intConstants: [Int: Int32] = [:]
    private var strConstants: [String: Int32] = [:]
    private var noneIndex: Int32?
    var labels: [Int] = []
    /// Where the next instructions come from; setting `line` alone leaves the columns unknown.
    var position: CodePosition

    init(line: Int) {
        position = CodePosition(line: line)
    }

    var line: Int {
        get { position.line }
        set { position = CodePosition(line: newValue) }
    }

    /// The columns of each instruction (the parallel of `lines`), for tracebacks.
    var columns: [CodePosition] = []

    mutating func emit(_ op: Opcode, _ arg: Int32 = 0) {
        instructions.append(Instruction(op, arg))
        lines.append(Int32(position.line))
        columns.append(position)
    }

    mutating func newLabel() -> Int {
        labels.append(-1)
        return labels.count - 1
    }

    mutating func place(_ label: Int) {
        labels[label] = instructions.count
    }

    /// Emits a jump whose argument is a label id, patched by `finish`.
    mutating func jump(_ op: Opcode, _ label: Int) {
        emit(op, Int32(label))
    }

    mutating func name(_ n: String) -> Int32 {
        if let i = nameIndex[n] { return i }
        let i = Int32(names.count)
        names.append(n)
        nameIndex[n] = i
        return i
    }

    mutating func constant(_ v: PyValue) -> Int32 {
        switch v {
        case .none:
            if let i = noneIndex { return i }
            noneIndex = Int32(constants.count)
        case .int(let n):
            if let i = intConstants[n] { return i }
            intConstants[n] = Int32(constants.count)
        case .object(let s as PyStr):
            if let i = strConstants[s.value] { return i }
            strConstants[s.value] = Int32(constants.count)
        default:
            break
        }
        constants.append(v)
        return Int32(constants.count - 1)
    }

    mutating func loadConst(_ v: PyValue) {
        emit(.loadConst, constant(v))
    }

    static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .setupFinally,
             .setupWith, .setupAsyncWith:
            return true
        default:
            return false
        }
    }

    /// Replaces label ids by instruction indexes.
    mutating func resolveLabels() {
        for i in instructions.indices where CodeBuilder.isJump(instructions[i].op) {
            instructions[i].arg = Int32(labels[Int(instructions[i].arg)])
        }
    }

    /// (effect when falling through, effect when jumping).
    static func stackEffect(_ ins: Instruction) -> (Int, Int) {
        let n = Int(ins.arg)
        switch ins.op {
        case .nop, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .loadAttr, .rotTwo, .rotThree, .rotFour,
             .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert, .getIter, .listToTuple, .getAwaitable,
             .getYieldFromIter, .getAIter, .popBlock, .popExcept, .checkExcMatch, .pushExcInfo, .checkEGMatch,
             .setupAnnotations, .unsupported, .yieldValue:
            return (0, 0)
        case .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName, .loadMethod,
             .dupTop, .loadAssertionError, .getANext, .withExceptStart, .beforeAsyncWith, .importName, .importFrom:
            return (1, 1)
        case .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .binarySubscr, .popTop, .binaryOp,
             .inplaceOp, .compareOp, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge,
             .returnValue, .yieldFrom, .reraise, .importStar, .prepReraiseStar:
            return (-1, -1)
        case .storeAttr, .deleteSubscr, .mapAdd, .endAsyncFor: return (-2, -2)
        case .storeSubscr: return (-3, -3)
        case .dupTopTwo: return (2, 2)
        case .jump: return (0, 0)
        case .popJumpIfFalse, .popJumpIfTrue: return (-1, -1)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return (-1, 0)
        case .forIter: return (1, -1)
        case .buildTuple, .buildList, .buildSet, .buildSlice, .buildString: return (1 - n, 1 - n)
        case .buildMap: return (1 - 2 * n, 1 - 2 * n)
        case .buildConstKeyMap: return (-n, -n)
        case .formatValue: return n & 4 != 0 ? (-1, -1) : (0, 0)
        case .unpackSequence: return (n - 1, n - 1)
        case .unpackEx: return ((n & 0xFF) + (n >> 8), (n & 0xFF) + (n >> 8))
        case .call: return (-n, -n)
        case .callKw, .callMethod: return (-n - 1, -n - 1)
        case .callEx: return n & 1 != 0 ? (-2, -2) : (-1, -1)
        case .makeFunction:
            let extras = (n & 1 != 0 ? 1 : 0) + (n & 2 != 0 ? 1 : 0) + (n & 8 != 0 ? 1 : 0)
            return (-extras, -extras)
        case .buildClass: return (-(n + 1), -(n + 1))
        case .raiseVarargs: return (-n, -n)
        case .setupFinally: return (0, 1)
        case .setupWith: return (1, 1)
        case .setupAsyncWith: return (0, 0)
        case .pattern:
            let effect = PatternOp(rawValue: ins.arg & 0xFF)?.stackEffect ?? 0
            return (effect, effect)
        }
    }

    static func endsBlock(_ op: Opcode) -> Bool {
        switch op {
        case .jump, .returnValue, .reraise, .raiseVarargs, .unsupported: return true
        default: return false
        }
    }

    /// The deepest the stack gets on any path.
    func maxStackDepth() -> Int {
        var depthAt = [Int](repeating: -1, count: instructions.count + 1)
        var work: [(Int, Int)] = [(0, 0)]
        var maxDepth = 0
        while let (start, d0) = work.popLast() {
            var pc = start
            var d = d0
            while pc < instructions.count {
                if depthAt[pc] >= d { break }
                depthAt[pc] = d
                let ins = instructions[pc]
                let (fall, jmp) = CodeBuilder.stackEffect(ins)
                if CodeBuilder.isJump(ins.op) {
                    let target = Int(ins.arg)
                    let td = d + jmp
                    maxDepth = max(maxDepth, td)
                    if target >= 0 && target < instructions.count { work.append((target, td)) }
                }
                d += fall
                maxDepth = max(maxDepth, d)
                if CodeBuilder.endsBlock(ins.op) { break }
                pc += 1
            }
        }
        return maxDepth + 2
    }
}
