/// The kinds of Python tokens. Keywords are their own kinds; soft keywords (`match`, `case`, `_`)
/// stay `name`s and are recognised by the parser from their text.
public enum TokenKind: UInt8, Sendable {
    case name, number, string, newline, indent, dedent, endMarker
    /// A tokenizer error; its message is in `Lexer.error`.
    case error
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, colonEqual, at, atEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, eqEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, vbarEqual, amperEqual, circumflexEqual, leftShiftEqual, rightShiftEqual
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// Python's hard keywords by spelling.
    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
        "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
        "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
        "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
        "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
        "yield": .kwYield,
    ]

    /// The augmented-assignment operator this token spells, if it is one (`+=` gives `.add`).
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .amperEqual: return .bitAnd
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }
}

/// One token: its kind and where it is. `start`/`end` are byte offsets into the source
/// (end exclusive); lines are 1-based source lines (before `firstLine` shifting), columns 0-based
/// UTF-8 byte offsets in their line.
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
}
