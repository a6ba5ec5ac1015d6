/// The VM's instruction set. Each instruction is an opcode plus one 32-bit argument; jump arguments are
/// absolute instruction indexes, resolved by the compiler.
enum Opcode: UInt8, CaseIterable {
    case nop
    // Loads and stores
    case loadConst, loadFast, storeFast, deleteFast
    case loadDeref, storeDeref, deleteDeref, loadClosure, loadClassDeref
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName
    case loadAttr, storeAttr, deleteAttr, loadMethod
    case binarySubscr, storeSubscr, deleteSubscr
    // Stack
    case popTop, dupTop, dupTopTwo, rotTwo, rotThree, rotFour
    // Operators: binaryOp's argument is a `BinOpCode` raw value, compareOp's a `CompareCode`.
    case binaryOp, inplaceOp, compareOp
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    // Jumps
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter
    // Builders
    case buildTuple, buildList, buildSet, buildMap, buildConstKeyMap, buildSlice, buildString
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    case formatValue
    case unpackSequence, unpackEx
    // Calls
    case call, callKw, callEx, callMethod, makeFunction, returnValue, buildClass
    // Generators and coroutines
    case yieldValue, yieldFrom, getAwaitable, getYieldFromIter, getAIter, getANext, endAsyncFor
    // Exceptions
    case setupFinally, popBlock, popExcept, reraise, raiseVarargs, checkExcMatch, pushExcInfo
    case checkEGMatch, prepReraiseStar
    case setupWith, withExceptStart, beforeAsyncWith, setupAsyncWith
    case loadAssertionError
    // Imports
    case importName, importFrom, importStar
    // `match` statements: the argument is a `PatternOp` and its operand (VM/PatternMatching.swift).
    case pattern
    // Annotations
    case setupAnnotations
    // Sandbox: raised where a refused construct is reached at run time.
    case unsupported
}

/// Binary operators, in the order of CPython's `_nb_ops` names.
enum BinOpCode: Int32, CaseIterable {
    case add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor, matmul

    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .truediv: return "/"
        case .floordiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .matmul: return "@"
        }
    }

    var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .truediv: return "truediv"
        case .floordiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        case .matmul: return "matmul"
        }
    }
}

/// Comparison operators (`in`, `is` and their negations included).
enum CompareCode: Int32, CaseIterable {
    case lt, le, eq, ne, gt, ge, isIn, notIn, isSame, isNot

    var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        case .isIn: return "in"
        case .notIn: return "not in"
        case .isSame: return "is"
        case .isNot: return "is not"
        }
    }
}

/// One instruction: an opcode and its argument.
struct Instruction {
    var op: Opcode
    var arg: Int32

    init(_ op: Opcode, _ arg: Int32 = 0) {
        self.op = op
        self.arg = arg
    }
}
