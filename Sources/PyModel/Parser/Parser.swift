/// Parses Python 3.11 source into a `Module`. The public entry points never throw and never trap:
/// they return the module (when the source is valid) and the diagnostics.
///
/// It is a hand-written recursive-descent parser over the `Lexer`'s tokens that follows CPython's
/// PEG grammar rule by rule, backtracking only where CPython's grammar does (`with (...)`,
/// `match`). It stops at the first error, as CPython does, and reports CPython's error class and
/// message where it knows them. Recursion is bounded by `maxDepth`, so deep nesting is an error,
/// not a stack overflow. Single-threaded.
public struct Parser {
    /// Nesting budget of expressions (CPython runs out of C stack and raises RecursionError).
    /// Each bracket level costs two, so the tokenizer's 200-bracket limit is reached first.
    static let maxDepth = 1000
    /// Errors collected before giving up on a source.
    static let maxDiagnostics = 20

    let src: [UInt8]
    var tokens: [Token]
    var index = 0
    let names: NameInterner
    let lex: LexResult
    /// Line number that source line 1 maps to.
    let baseLine: Int
    /// Column added to positions on source line 1 (non-zero inside f-string replacement fields).
    let baseColumn: Int
    var depth = 0
    /// End of the last consumed significant token, source coordinates.
    var lastEndLine = 1
    var lastEndColumn = 0
    /// The error of the statement being parsed (the first recorded wins).
    var diagnostic: SyntaxDiagnostic?
    /// Errors of the statements parsed so far, in source order.
    var diagnostics: [SyntaxDiagnostic] = []
    /// Expressions written inside their own parentheses (for `simple` and target errors).
    var parenthesized: Set<ObjectIdentifier> = []

    /// Parses a whole module. `firstLine` is the line number of the source's first line, so a
    /// snippet's nodes carry the Markdown file's lines; pass a shared `names` interner to keep
    /// identifier ids stable across several parses.
    public static func parse(source: String, firstLine: Int = 1, names: NameInterner = NameInterner()) -> ParseResult {
        parse(bytes: Array(source.utf8), firstLine: firstLine, names: names)
    }

    /// `parse(source:)` over UTF-8 bytes.
    public static func parse(bytes: [UInt8], firstLine: Int = 1, names: NameInterner = NameInterner()) -> ParseResult {
        var parser = Parser(src: bytes, lex: Lexer.tokenize(bytes), names: names, baseLine: firstLine, baseColumn: 0)
        let body = parser.parseFile()
        if parser.diagnostics.isEmpty {
            return ParseResult(module: Module(body: body, names: names), diagnostics: [])
        }
        return ParseResult(module: nil, diagnostics: parser.diagnostics)
    }

    init(src: [UInt8], lex: LexResult, names: NameInterner, baseLine: Int, baseColumn: Int) {
        self.src = src
        self.lex = lex
        self.tokens = lex.tokens
        self.names = names
        self.baseLine = baseLine
        self.baseColumn = baseColumn
    }

    // MARK: tokens

    var token: Token { tokens[index] }
    var kind: TokenKind { tokens[index].kind }

    func peekKind(_ offset: Int) -> TokenKind {
        let at = index + offset
        return at < tokens.count ? tokens[at].kind : .endMarker
    }

    @discardableResult
    mutating func advance() -> Token {
        let current = tokens[index]
        if current.kind != .endMarker && current.kind != .error {
            index += 1
            if current.kind != .newline && current.kind != .indent && current.kind != .dedent {
                lastEndLine = current.endLine
                lastEndColumn = current.endColumn
            }
        }
        return current
    }

    mutating func accept(_ expected: TokenKind) -> Token? {
        kind == expected ? advance() : nil
    }

    /// Consumes `expected`, or fails with CPython's `expected 'X'` at the end of the previous token.
    /// A token CPython's grammar does not force (`&&`) gets that message only before a NEWLINE,
    /// as CPython's `invalid_*` rules do; otherwise the error is "invalid syntax".
    @discardableResult
    mutating func expect(_ expected: TokenKind, _ spelling: String, forced: Bool = true) throws -> Token {
        if kind == expected { return advance() }
        if kind == .error || kind == .indent || kind == .dedent { throw invalidSyntax() }
        if !forced && kind != .newline { throw invalidSyntax() }
        throw fail("expected '\(spelling)'", range(of: token))
    }

    /// The soft-keyword or name text of a name token.
    func text(_ token: Token) -> String {
        String(decoding: src[token.start..<token.end], as: UTF8.self)
    }

    func isName(_ spelling: String) -> Bool {
        kind == .name && token.end - token.start == spelling.utf8.count && text(token) == spelling
    }

    mutating func identifier(_ token: Token) -> Identifier {
        names.intern(text(token))
    }

    /// Consumes a NAME token and interns it; fails with "invalid syntax" otherwise.
    mutating func expectName() throws -> (Identifier, Token) {
        guard kind == .name else { throw invalidSyntax() }
        let name = advance()
        return (identifier(name), name)
    }

    // MARK: positions

    func line(_ sourceLine: Int) -> Int { baseLine + sourceLine - 1 }
    func column(_ sourceLine: Int, _ column: Int) -> Int { sourceLine == 1 ? baseColumn + column : column }

    /// A range from the start of `start` to the end of the last consumed token.
    func range(from start: Token) -> SourceRange {
        SourceRange(startLine: line(start.line), startColumn: column(start.line, start.column),
                    endLine: line(lastEndLine), endColumn: column(lastEndLine, lastEndColumn))
    }

    func range(of token: Token) -> SourceRange {
        SourceRange(startLine: line(token.line), startColumn: column(token.line, token.column),
                    endLine: line(token.endLine), endColumn: column(token.endLine, token.endColumn))
    }

    /// A range from the start of `node` to the end of the last consumed token.
    func range(fromNode node: SourceRange) -> SourceRange {
        SourceRange(startLine: node.startLine, startColumn: node.startColumn,
                    endLine: line(lastEndLine), endColumn: column(lastEndLine, lastEndColumn))
    }

    // MARK: errors

    struct Failure: Error {}

    /// Records a diagnostic (the first one wins) and returns the error to throw. When the
    /// tokenizer failed at the current or the next token, CPython's parser has already fetched
    /// that token and reports the tokenizer's error instead.
    mutating func fail(_ message: String, _ range: SourceRange, kind errorKind: SyntaxErrorKind = .syntaxError) -> Failure {
        if diagnostic == nil {
            if let error = lex.error, kind == .error || peekKind(1) == .error {
                diagnostic = lexerDiagnostic(error)
            } else if errorKind == .syntaxError, !message.hasSuffix("was never closed"),
                      unclosedBracketFailure() != nil {
                return Failure()
            } else {
                diagnostic = SyntaxDiagnostic(errorKind, message, range)
            }
        }
        return Failure()
    }

    func lexerDiagnostic(_ error: LexError) -> SyntaxDiagnostic {
        let at = SourceRange(startLine: line(error.line), startColumn: column(error.line, error.column),
                             endLine: line(error.line), endColumn: column(error.line, error.column))
        return SyntaxDiagnostic(error.kind, error.message, at)
    }

    /// CPython's error at the current token when no rule matched: a tokenizer error if there is
    /// one anywhere ahead, an indentation error at INDENT/DEDENT, `'(' was never closed` at the
    /// end of input, otherwise "invalid syntax" at the token.
    mutating func invalidSyntax() -> Failure {
        let current = token
        if current.kind == .indent {
            return fail("unexpected indent", SourceRange(
                startLine: line(current.line), startColumn: max(0, current.endColumn - 1),
                endLine: line(current.line), endColumn: current.endColumn), kind: .indentationError)
        }
        if current.kind == .dedent && lex.error == nil {
            return fail("unexpected unindent", range(of: current), kind: .indentationError)
        }
        if let error = lex.error {
            let diagnostic = lexerDiagnostic(error)
            return fail(diagnostic.message, diagnostic.range, kind: diagnostic.kind)
        }
        return fail("invalid syntax", range(of: current))
    }

    /// `'(' was never closed` for a bracket left open at the end of input, when the parser's
    /// reading stopped at `stop` (by default the current token): at the end of input, or inside
    /// that bracket on a later line than it. CPython's error rules read on inside the bracket and
    /// reach the end of input, and then report the bracket instead of what they found.
    mutating func unclosedBracketFailure(readingTo stop: Token? = nil) -> Failure? {
        guard let open = lex.unclosedBracket else { return nil }
        let stop = stop ?? token
        let atEnd = stop.kind == .endMarker || (stop.kind == .newline && stop.end >= src.count)
        let insideOnLaterLine = stop.line > open.line && (stop.line, stop.column) > (open.line, open.column)
        guard atEnd || insideOnLaterLine else { return nil }
        let opener = Character(Unicode.Scalar(open.byte))
        let at = SourceRange(startLine: line(open.line), startColumn: column(open.line, open.column),
                             endLine: line(open.line), endColumn: column(open.line, open.column) + 1)
        return fail("'\(opener)' was never closed", at)
    }

    /// Enters one level of nesting, failing past the budget.
    mutating func enter() throws {
        depth += 1
        if depth > Parser.maxDepth {
            throw fail("maximum recursion depth exceeded during compilation", range(of: token), kind: .recursionError)
        }
    }

    mutating func leave() { depth -= 1 }
}
