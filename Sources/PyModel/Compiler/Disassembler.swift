/// Renders a code object (and the code objects in its constants) as text, one instruction per line with its
/// Markdown line, index, opcode and argument, in the style of clox's `debug.c` and CPython's `dis`.
enum Disassembler {
    static func render(_ code: CodeObject) -> String {
        var out = ""
        render(code, into: &out)
        return out
    }

    private static func render(_ code: CodeObject, into out: inout String) {
        out += "code \(code.qualname) (args \(code.argcount), locals \(code.varnames), cells \(code.cellvars), frees \(code.freevars), stack \(code.maxStack))\n"
        var lastLine = -1
        for (i, ins) in code.instructions.enumerated() {
            let line = Int(code.lines[i])
            let lineText = line == lastLine ? "    " : String(repeating: " ", count: max(0, 4 - String(line).count)) + String(line)
            lastLine = line
            let index = String(repeating: " ", count: max(0, 4 - String(i).count)) + String(i)
            out += "\(lineText) \(index) \(ins.op)\(describe(ins, code))\n"
        }
        for case .object(let o) in code.constants {
            if let nested = o as? CodeObject {
                out += "\n"
                render(nested, into: &out)
            }
        }
    }

    private static func describe(_ ins: Instruction, _ code: CodeObject) -> String {
        let a = Int(ins.arg)
        switch ins.op {
        case .loadConst, .unsupported:
            guard a < code.constants.count else { return " \(a)" }
            switch code.constants[a] {
            case .none: return " \(a) (None)"
            case .bool(let b): return " \(a) (\(b ? "True" : "False"))"
            case .int(let i): return " \(a) (\(i))"
            case .float(let d): return " \(a) (\(FloatToString.repr(d)))"
            case .object(let o):
                if let s = o as? PyStr { return " \(a) (\(strRepr(s.value)))" }
                if let c = o as? CodeObject { return " \(a) (<code \(c.qualname)>)" }
                return " \(a) (<\(o.type.name)>)"
            }
        case .loadFast, .storeFast, .deleteFast:
            return a < code.varnames.count ? " \(a) (\(code.varnames[a]))" : " \(a)"
        case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
            let cells = code.cellvars + code.freevars
            return a < cells.count ? " \(a) (\(cells[a]))" : " \(a)"
        case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName, .loadAttr, .storeAttr,
             .deleteAttr, .loadMethod, .importName, .importFrom:
            return a < code.names.count ? " \(a) (\(code.names[a]))" : " \(a)"
        case .binaryOp, .inplaceOp:
            return " \(a) (\(BinOpCode(rawValue: ins.arg)?.symbol ?? "?"))"
        case .compareOp:
            return " \(a) (\(CompareCode(rawValue: ins.arg)?.symbol ?? "?"))"
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .setupFinally,
             .setupWith, .setupAsyncWith:
            return " to \(a)"
        case .pattern:
            return " \(PatternOp(rawValue: ins.arg & 0xFF).map { "\($0)" } ?? "?") \(a >> 8)"
        case .nop, .popTop, .dupTop, .dupTopTwo, .rotTwo, .rotThree, .rotFour, .unaryNegative, .unaryPositive,
             .unaryNot, .unaryInvert, .getIter, .binarySubscr, .storeSubscr, .deleteSubscr, .returnValue,
             .getAwaitable, .getYieldFromIter, .getAIter, .getANext, .endAsyncFor, .popBlock, .popExcept, .reraise,
             .checkExcMatch, .pushExcInfo, .checkEGMatch, .prepReraiseStar, .withExceptStart, .beforeAsyncWith,
             .loadAssertionError, .importStar, .setupAnnotations, .listToTuple, .yieldFrom:
            return ""
        default:
            return " \(a)"
        }
    }
}
