/// A tokenizer error with CPython's class and message; `line`/`column` are 1-based source line and
/// 0-based byte column (before `firstLine` shifting).
public struct LexError: Sendable, Hashable {
    public var kind: SyntaxErrorKind
    public var message: String
    public var line: Int
    public var column: Int
}

/// Everything the tokenizer produced: the tokens (ending in `endMarker`, or in an `error` token at
/// the first tokenizer error), that error, and the innermost bracket still open at the end.
public struct LexResult: Sendable {
    public var tokens: [Token]
    public var error: LexError?
    /// The innermost bracket left open at end of input (only when lexing reached the end).
    public var unclosedBracket: (byte: UInt8, line: Int, column: Int)?
}

/// Python 3.11's tokenizer over UTF-8 bytes: NEWLINE/INDENT/DEDENT with CPython's tab rules,
/// implicit line joining inside brackets, backslash continuation, comments, numbers, strings
/// (whole literals, prefixes included: the parser decodes them) and operators. It stops at the
/// first error, as CPython does. Deterministic and single-threaded.
public struct Lexer {
    /// CPython's limits: MAXLEVEL nested brackets, MAXINDENT indentation levels.
    static let maxBracketDepth = 200
    static let maxIndentDepth = 100

    private let src: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    private var brackets: [(byte: UInt8, line: Int, column: Int)] = []
    private var error: LexError?

    private init(_ src: [UInt8]) {
        self.src = src
        tokens.reserveCapacity(src.count / 3 + 4)
        if src.starts(with: [0xEF, 0xBB, 0xBF]) {
            // CPython skips a UTF-8 byte order mark; columns start after it.
            pos = 3
            lineStart = 3
        }
    }

    /// Tokenizes a whole source.
    public static func tokenize(_ source: [UInt8]) -> LexResult {
        var lexer = Lexer(source)
        lexer.run()
        return LexResult(tokens: lexer.tokens, error: lexer.error,
                         unclosedBracket: lexer.error == nil ? lexer.brackets.last : nil)
    }

    private func peek(_ offset: Int = 0) -> UInt8 {
        let index = pos + offset
        return index < src.count ? src[index] : 0
    }

    private var atEnd: Bool { pos >= src.count }

    private mutating func run() {
        var atLineStart = true
        while error == nil {
            if atLineStart {
                atLineStart = false
                if brackets.isEmpty && !indentation() { break }
            }
            skipBlanks()
            if atEnd {
                finish()
                return
            }
            let byte = src[pos]
            switch byte {
            case UInt8(ascii: "#"):
                while !atEnd && src[pos] != 0x0A && src[pos] != 0x0D { pos += 1 }
            case 0x0A, 0x0D:
                let newlineStart = pos
                pos += (byte == 0x0D && peek(1) == 0x0A) ? 2 : 1
                if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
                    append(.newline, from: newlineStart, line: line, column: newlineStart - lineStart,
                           endLine: line, endColumn: newlineStart - lineStart + 1)
                }
                line += 1
                lineStart = pos
                atLineStart = true
            case UInt8(ascii: "\\"):
                continuation()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number()
            case UInt8(ascii: "."):
                if isDigit(peek(1)) { number() } else { operatorToken() }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                string(from: pos)
            default:
                if isIdentifierStart(byte) {
                    identifier()
                } else {
                    operatorToken()
                }
            }
        }
        append(.error, from: pos, line: line, column: pos - lineStart, endLine: line, endColumn: pos - lineStart)
    }

    private mutating func fail(_ message: String, kind: SyntaxErrorKind = .syntaxError, line: Int? = nil, column: Int? = nil) {
        if error == nil {
            error = LexError(kind: kind, message: message, line: line ?? self.line, column: column ?? (pos - lineStart))
        }
    }

    private mutating func append(_ kind: TokenKind, from start: Int, line: Int, column: Int, endLine: Int, endColumn: Int) {
        tokens.append(Token(kind: kind, start: start, end: pos, line: line, column: column, endLine: endLine, endColumn: endColumn))
    }

    /// Appends a token that started at `start` on the current line and ends at `pos`.
    private mutating func appendHere(_ kind: TokenKind, from start: Int) {
        append(kind, from: start, line: line, column: start - lineStart, endLine: line, endColumn: pos - lineStart)
    }

    private mutating func skipBlanks() {
        while !atEnd {
            let byte = src[pos]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0C else { return }
            pos += 1
        }
    }

    private mutating func finish() {
        if let last = tokens.last, last.kind != .newline {
            append(.newline, from: pos, line: line, column: pos - lineStart, endLine: line, endColumn: pos - lineStart + 1)
        }
        while indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            append(.dedent, from: pos, line: line, column: pos - lineStart, endLine: line, endColumn: pos - lineStart)
        }
        append(.endMarker, from: pos, line: line, column: pos - lineStart, endLine: line, endColumn: pos - lineStart)
    }

    /// Measures a line's indentation and emits INDENT/DEDENT (CPython's `tok_get` rules: tabs to
    /// multiples of 8, and again as width 1 to detect inconsistent mixing). Blank and comment-only
    /// lines are ignored. Returns false on error.
    private mutating func indentation() -> Bool {
        var column = 0
        var altColumn = 0
        var scan = pos
        // Indentation is not split by a backslash continuation: the first backslash after some
        // whitespace fixes the level; one at column 0 lets the next line's whitespace count.
        var continuedAt: (column: Int, altColumn: Int)?
        while scan < src.count {
            switch src[scan] {
            case 0x20: column += 1; altColumn += 1
            case 0x09: column = (column / 8 + 1) * 8; altColumn += 1
            case 0x0C: column = 0; altColumn = 0
            case UInt8(ascii: "\\"):
                let newline = scan + 1 < src.count ? src[scan + 1] : 0
                guard newline == 0x0A || newline == 0x0D else { break }
                if continuedAt == nil && column > 0 { continuedAt = (column, altColumn) }
                scan += newline == 0x0D && scan + 2 < src.count && src[scan + 2] == 0x0A ? 3 : 2
                line += 1
                lineStart = scan
                pos = scan
                continue
            default: break
            }
            guard src[scan] == 0x20 || src[scan] == 0x09 || src[scan] == 0x0C else { break }
            scan += 1
        }
        if let continuedAt {
            column = continuedAt.column
            altColumn = continuedAt.altColumn
        }
        let next = scan < src.count ? src[scan] : 0
        if next == UInt8(ascii: "#") || next == 0x0A || next == 0x0D || scan >= src.count { return true }
        let top = indents[indents.count - 1]
        let altTop = altIndents[altIndents.count - 1]
        if column == top {
            if altColumn != altTop { return tabError() }
        } else if column > top {
            if indents.count >= Lexer.maxIndentDepth {
                fail("too many levels of indentation", kind: .indentationError, column: 0)
                return false
            }
            if altColumn <= altTop { return tabError() }
            indents.append(column)
            altIndents.append(altColumn)
            let savedPos = pos
            pos = scan
            append(.indent, from: savedPos, line: line, column: 0, endLine: line, endColumn: scan - lineStart)
        } else {
            guard indents.contains(column) else {
                var lineEnd = scan
                while lineEnd < src.count && src[lineEnd] != 0x0A { lineEnd += 1 }
                fail("unindent does not match any outer indentation level", kind: .indentationError,
                     column: lineEnd - lineStart)
                return false
            }
            while indents.count > 1 && column < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                append(.dedent, from: scan, line: line, column: scan - lineStart, endLine: line, endColumn: scan - lineStart)
            }
            if altColumn != altIndents[altIndents.count - 1] { return tabError() }
        }
        return true
    }

    private mutating func tabError() -> Bool {
        fail("inconsistent use of tabs and spaces in indentation", kind: .tabError, column: 0)
        return false
    }

    private mutating func continuation() {
        let next = peek(1)
        if next == 0x0A || next == 0x0D {
            pos += (next == 0x0D && peek(2) == 0x0A) ? 3 : 2
            line += 1
            lineStart = pos
            if atEnd { fail("unexpected EOF while parsing") }
        } else if pos + 1 >= src.count {
            pos += 1
            fail("unexpected EOF while parsing")
        } else {
            pos += 1
            fail("unexpected character after line continuation character")
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte >= 0x80
    }

    private func isASCIIIdentifierContinue(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || isDigit(byte)
    }

    private mutating func identifier() {
        let start = pos
        while !atEnd {
            let byte = src[pos]
            if isASCIIIdentifierContinue(byte) {
                pos += 1
            } else if byte >= 0x80 {
                guard let (scalar, length) = UTF8Scalar.decode(src, at: pos) else {
                    fail("invalid character in identifier")
                    return
                }
                let valid = pos == start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
                if !valid {
                    if pos == start {
                        invalidCharacter(scalar)
                        return
                    }
                    break
                }
                pos += length
            } else {
                break
            }
        }
        let length = pos - start
        if length <= 2, !atEnd, src[pos] == UInt8(ascii: "'") || src[pos] == UInt8(ascii: "\""),
           StringPrefix(src[start..<pos]) != nil {
            string(from: start)
            return
        }
        var kind = TokenKind.name
        if length >= 2 && length <= 8 && src[start] < 0x80 {
            if let keyword = TokenKind.keywords[String(decoding: src[start..<pos], as: UTF8.self)] {
                kind = keyword
            }
        }
        appendHere(kind, from: start)
    }

    private mutating func invalidCharacter(_ scalar: Unicode.Scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .spaceSeparator
            || scalar.properties.generalCategory == .format {
            fail("invalid non-printable character U+\(code)")
        } else {
            fail("invalid character '\(Character(scalar))' (U+\(code))")
        }
    }

    private mutating func digits(_ isValid: (UInt8) -> Bool) -> Bool {
        while !atEnd {
            if isValid(src[pos]) {
                pos += 1
            } else if src[pos] == UInt8(ascii: "_") {
                pos += 1
                guard !atEnd, isValid(src[pos]) else {
                    failNumber("invalid decimal literal")
                    return false
                }
            } else {
                return true
            }
        }
        return true
    }

    /// CPython reports a malformed number at its last consumed character.
    private mutating func failNumber(_ message: String) {
        fail(message, column: max(0, pos - lineStart - 1))
    }

    private mutating func number() {
        let start = pos
        let first = src[pos]
        let second = peek(1) | 0x20
        if first == UInt8(ascii: "0"), second == UInt8(ascii: "x") || second == UInt8(ascii: "o") || second == UInt8(ascii: "b") {
            pos += 2
            let isValid: (UInt8) -> Bool
            let name: String
            switch second {
            case UInt8(ascii: "x"):
                isValid = { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
                name = "hexadecimal"
            case UInt8(ascii: "o"):
                isValid = { $0 >= 0x30 && $0 <= 0x37 }
                name = "octal"
            default:
                isValid = { $0 == 0x30 || $0 == 0x31 }
                name = "binary"
            }
            if !atEnd && src[pos] == UInt8(ascii: "_") { pos += 1 }
            guard !atEnd, isValid(src[pos]) else {
                if !atEnd && isDigit(src[pos]) {
                    fail("invalid digit '\(Character(Unicode.Scalar(src[pos])))' in \(name) literal")
                } else {
                    failNumber("invalid \(name) literal")
                }
                return
            }
            guard digits(isValid) else { return }
            if !atEnd && isDigit(src[pos]) {
                fail("invalid digit '\(Character(Unicode.Scalar(src[pos])))' in \(name) literal")
                return
            }
            if !atEnd && isIdentifierStart(src[pos]) {
                failNumber("invalid \(name) literal")
                return
            }
            appendHere(.number, from: start)
            return
        }
        var isFloat = false
        if first != UInt8(ascii: ".") {
            guard digits(isDigit) else { return }
        }
        if !atEnd && src[pos] == UInt8(ascii: ".") {
            isFloat = true
            pos += 1
            if !atEnd && isDigit(src[pos]) { guard digits(isDigit) else { return } }
        }
        if !atEnd && src[pos] | 0x20 == UInt8(ascii: "e") {
            let saved = pos
            pos += 1
            if !atEnd && (src[pos] == UInt8(ascii: "+") || src[pos] == UInt8(ascii: "-")) { pos += 1 }
            if !atEnd && isDigit(src[pos]) {
                isFloat = true
                guard digits(isDigit) else { return }
            } else {
                pos = saved
                failNumber("invalid decimal literal")
                return
            }
        }
        var isImaginary = false
        if !atEnd && src[pos] | 0x20 == UInt8(ascii: "j") {
            pos += 1
            isImaginary = true
        }
        if !atEnd && isIdentifierStart(src[pos]) {
            failNumber(isImaginary ? "invalid imaginary literal" : "invalid decimal literal")
            return
        }
        if !isFloat && !isImaginary && first == UInt8(ascii: "0") {
            let hasNonZero = src[start..<pos].contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "_") }
            if hasNonZero {
                let column = start - lineStart
                fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     column: column)
                return
            }
        }
        appendHere(.number, from: start)
    }

    /// Scans a string literal whose prefix starts at `start` and whose quote is at `pos`.
    private mutating func string(from start: Int) {
        let startLine = line
        let startColumn = start - lineStart
        let quote = src[pos]
        let isTriple = peek(1) == quote && peek(2) == quote
        pos += isTriple ? 3 : 1
        while true {
            guard !atEnd else {
                if isTriple {
                    let lastLine = lineStart == pos && line > startLine ? line - 1 : line
                    fail("unterminated triple-quoted string literal (detected at line \(lastLine))", line: startLine, column: startColumn)
                } else {
                    fail("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
                }
                return
            }
            let byte = src[pos]
            if byte == quote {
                if !isTriple {
                    pos += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    pos += 3
                    break
                }
                pos += 1
            } else if byte == UInt8(ascii: "\\") {
                pos += 1
                if !atEnd {
                    if src[pos] == 0x0D && peek(1) == 0x0A { pos += 1 }
                    if src[pos] == 0x0A || src[pos] == 0x0D {
                        pos += 1
                        line += 1
                        lineStart = pos
                    } else {
                        pos += 1
                    }
                }
            } else if byte == 0x0A || byte == 0x0D {
                if !isTriple {
                    fail("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
                    return
                }
                pos += (byte == 0x0D && peek(1) == 0x0A) ? 2 : 1
                line += 1
                lineStart = pos
            } else {
                pos += 1
            }
        }
        append(.string, from: start, line: startLine, column: startColumn, endLine: line, endColumn: pos - lineStart)
    }

    private mutating func operatorToken() {
        let start = pos
        let c0 = src[pos]
        let c1 = peek(1)
        let c2 = peek(2)
        let equal = UInt8(ascii: "=")
        /// `single` alone, or `withEqual` when followed by `=`.
        func orEqual(_ single: TokenKind, _ withEqual: TokenKind) -> (TokenKind, Int) {
            c1 == equal ? (withEqual, 2) : (single, 1)
        }
        /// `single`, `double` (the byte twice) or `doubleEqual` (twice then `=`); else `single=`.
        func doubled(_ single: TokenKind, _ singleEqual: TokenKind, _ double: TokenKind, _ doubleEqual: TokenKind) -> (TokenKind, Int) {
            if c1 == c0 { return c2 == equal ? (doubleEqual, 3) : (double, 2) }
            return orEqual(single, singleEqual)
        }
        let token: (kind: TokenKind, length: Int)
        switch c0 {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            token = (c0 == UInt8(ascii: "(") ? .lpar : c0 == UInt8(ascii: "[") ? .lsqb : .lbrace, 1)
            if brackets.count >= Lexer.maxBracketDepth {
                fail("too many nested parentheses")
                return
            }
            brackets.append((c0, line, pos - lineStart))
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            token = (c0 == UInt8(ascii: ")") ? .rpar : c0 == UInt8(ascii: "]") ? .rsqb : .rbrace, 1)
            guard closeBracket(c0) else { return }
        case UInt8(ascii: ":"): token = orEqual(.colon, .colonEqual)
        case UInt8(ascii: ","): token = (.comma, 1)
        case UInt8(ascii: ";"): token = (.semi, 1)
        case UInt8(ascii: "."):
            token = c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") ? (.ellipsis, 3) : (.dot, 1)
        case UInt8(ascii: "~"): token = (.tilde, 1)
        case UInt8(ascii: "+"): token = orEqual(.plus, .plusEqual)
        case UInt8(ascii: "-"): token = c1 == UInt8(ascii: ">") ? (.arrow, 2) : orEqual(.minus, .minusEqual)
        case UInt8(ascii: "*"): token = doubled(.star, .starEqual, .doubleStar, .doubleStarEqual)
        case UInt8(ascii: "/"): token = doubled(.slash, .slashEqual, .doubleSlash, .doubleSlashEqual)
        case UInt8(ascii: "<"): token = doubled(.less, .lessEqual, .leftShift, .leftShiftEqual)
        case UInt8(ascii: ">"): token = doubled(.greater, .greaterEqual, .rightShift, .rightShiftEqual)
        case UInt8(ascii: "%"): token = orEqual(.percent, .percentEqual)
        case UInt8(ascii: "@"): token = orEqual(.at, .atEqual)
        case UInt8(ascii: "|"): token = orEqual(.vbar, .vbarEqual)
        case UInt8(ascii: "&"): token = orEqual(.amper, .amperEqual)
        case UInt8(ascii: "^"): token = orEqual(.circumflex, .circumflexEqual)
        case UInt8(ascii: "="): token = orEqual(.equal, .eqEqual)
        case UInt8(ascii: "!"):
            guard c1 == equal else {
                fail("invalid syntax")
                return
            }
            token = (.notEqual, 2)
        default:
            if c0 >= 0x80, let (scalar, _) = UTF8Scalar.decode(src, at: pos) {
                invalidCharacter(scalar)
            } else if c0 < 0x20 || c0 == 0x7F {
                let hex = String(c0, radix: 16, uppercase: true)
                fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count))\(hex)")
            } else {
                fail("invalid syntax")
            }
            return
        }
        pos += token.length
        appendHere(token.kind, from: start)
    }

    /// Pops the bracket `closer` closes; false (with CPython's message) when it closes nothing or the wrong one.
    private mutating func closeBracket(_ closer: UInt8) -> Bool {
        let closerText = Character(Unicode.Scalar(closer))
        guard let open = brackets.popLast() else {
            fail("unmatched '\(closerText)'")
            return false
        }
        let expected = open.byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : open.byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        guard expected != closer else { return true }
        let opener = Character(Unicode.Scalar(open.byte))
        let suffix = open.line != line ? " on line \(open.line)" : ""
        fail("closing parenthesis '\(closerText)' does not match opening parenthesis '\(opener)'\(suffix)")
        return false
    }
}
