/// String literals: implicit concatenation, escapes, bytes, and f-strings (CPython 3.11 rules:
/// the tokenizer returns an f-string whole; its replacement fields are parsed here).
extension Parser {
    /// The parts of an f-string being assembled: finished values and the literal text pending.
    struct FStringParts {
        var values: [Expr] = []
        var pending: [UInt8] = []

        mutating func flush(_ range: SourceRange) {
            guard !pending.isEmpty else { return }
            values.append(Expr(.constant(Constant(.string(String(decoding: pending, as: UTF8.self)))), range))
            pending = []
        }
    }

    /// One or more adjacent STRING tokens as a `constant` (str or bytes) or a `joinedStr`.
    mutating func parseStrings() throws -> Expr {
        let first = token
        var pieces: [(token: Token, prefix: StringPrefix)] = []
        while kind == .string {
            let piece = advance()
            var prefixEnd = piece.start
            while src[prefixEnd] != UInt8(ascii: "'") && src[prefixEnd] != UInt8(ascii: "\"") { prefixEnd += 1 }
            pieces.append((piece, StringPrefix(src[piece.start..<prefixEnd]) ?? StringPrefix()))
        }
        let whole = range(from: first)
        let isBytes = pieces[0].prefix.isBytes
        if pieces.contains(where: { $0.prefix.isBytes != isBytes }) {
            let end = SourceRange(startLine: whole.endLine, startColumn: whole.endColumn, endLine: whole.endLine, endColumn: whole.endColumn)
            throw fail("cannot mix bytes and nonbytes literals", end)
        }
        let isFormatted = pieces.contains { $0.prefix.isFormatted }
        var parts = FStringParts()
        for (piece, prefix) in pieces {
            let (bodyStart, bodyEnd) = body(of: piece)
            if prefix.isFormatted {
                var index = bodyStart
                try parseFStringBody(&index, end: bodyEnd, bodyStart: bodyStart, raw: prefix.isRaw,
                                     inFormatSpec: false, nesting: 0, into: &parts, whole: whole, piece: piece)
            } else {
                try decodePlain(from: bodyStart, to: bodyEnd, prefix: prefix, into: &parts.pending, piece: piece)
            }
        }
        if isBytes {
            return Expr(.constant(Constant(.bytes(parts.pending))), whole)
        }
        if !isFormatted {
            let text = String(decoding: parts.pending, as: UTF8.self)
            return Expr(.constant(Constant(.string(text), hasUPrefix: pieces[0].prefix.isUnicode)), whole)
        }
        parts.flush(whole)
        return Expr(.joinedStr(values: parts.values), whole)
    }

    /// The byte range between a literal's quotes.
    func body(of piece: Token) -> (Int, Int) {
        var start = piece.start
        while src[start] != UInt8(ascii: "'") && src[start] != UInt8(ascii: "\"") { start += 1 }
        let quote = src[start]
        let isTriple = start + 2 < piece.end && src[start + 1] == quote && src[start + 2] == quote
        let width = isTriple && piece.end - start >= 6 ? 3 : 1
        return (start + width, piece.end - width)
    }

    /// Appends a non-f literal's decoded text: newlines normalised to `\n`, escapes unless raw.
    mutating func decodePlain(from start: Int, to end: Int, prefix: StringPrefix, into out: inout [UInt8], piece: Token) throws {
        var index = start
        while index < end {
            let byte = src[index]
            if byte == UInt8(ascii: "\\") && !prefix.isRaw {
                switch EscapeDecoder.decode(src, at: index, end: end, bodyStart: start, isBytes: prefix.isBytes, into: &out) {
                case .success(let next): index = next
                case .failure(let error): throw escapeFailure(error, piece)
                }
                continue
            }
            if byte == 0x0D {
                out.append(0x0A)
                index += index + 1 < end && src[index + 1] == 0x0A ? 2 : 1
                continue
            }
            if prefix.isBytes && byte >= 0x80 {
                throw fail("bytes can only contain ASCII literal characters", range(of: piece))
            }
            out.append(byte)
            index += 1
        }
    }

    mutating func escapeFailure(_ error: EscapeError, _ piece: Token) -> Failure {
        let end = SourceRange(startLine: line(piece.endLine), startColumn: column(piece.endLine, piece.endColumn),
                              endLine: line(piece.endLine), endColumn: column(piece.endLine, piece.endColumn))
        return fail(error.message, end)
    }

    /// Source position (line, column) of byte `offset` inside the string token `piece`.
    func position(of offset: Int, in piece: Token) -> (line: Int, column: Int) {
        var sourceLine = piece.line
        var lineStartColumnBase = piece.column
        var lineStart = piece.start
        var scan = piece.start
        while scan < offset {
            if src[scan] == 0x0A {
                sourceLine += 1
                lineStart = scan + 1
                lineStartColumnBase = 0
            }
            scan += 1
        }
        return (sourceLine, lineStartColumnBase + offset - lineStart)
    }

    /// Parses the body of an f-string (or of a format spec, which ends at an unmatched `}`),
    /// adding literal text and replacement fields to `parts`.
    mutating func parseFStringBody(
        _ index: inout Int, end: Int, bodyStart: Int, raw: Bool, inFormatSpec: Bool, nesting: Int,
        into parts: inout FStringParts, whole: SourceRange, piece: Token
    ) throws {
        while index < end {
            let byte = src[index]
            if byte == UInt8(ascii: "{") {
                if index + 1 < end && src[index + 1] == UInt8(ascii: "{") && !inFormatSpec {
                    parts.pending.append(byte)
                    index += 2
                    continue
                }
                index += 1
                try parseReplacementField(&index, end: end, bodyStart: bodyStart, raw: raw, nesting: nesting,
                                          into: &parts, whole: whole, piece: piece)
                continue
            }
            if byte == UInt8(ascii: "}") {
                if inFormatSpec { return }
                if index + 1 < end && src[index + 1] == UInt8(ascii: "}") {
                    parts.pending.append(byte)
                    index += 2
                    continue
                }
                throw fStringError("f-string: single '}' is not allowed", piece)
            }
            if byte == UInt8(ascii: "\\") && !raw {
                if index + 1 < end && src[index + 1] == UInt8(ascii: "N") && !inFormatSpec {
                    switch EscapeDecoder.decode(src, at: index, end: end, bodyStart: bodyStart, isBytes: false, into: &parts.pending) {
                    case .success(let next): index = next
                    case .failure(let error): throw escapeFailure(error, piece)
                    }
                    continue
                }
                if index + 1 < end && (src[index + 1] == UInt8(ascii: "{") || src[index + 1] == UInt8(ascii: "}")) {
                    parts.pending.append(byte)
                    index += 1
                    continue
                }
                switch EscapeDecoder.decode(src, at: index, end: end, bodyStart: bodyStart, isBytes: false, into: &parts.pending) {
                case .success(let next): index = next
                case .failure(let error): throw escapeFailure(error, piece)
                }
                continue
            }
            if byte == 0x0D {
                parts.pending.append(0x0A)
                index += index + 1 < end && src[index + 1] == 0x0A ? 2 : 1
                continue
            }
            parts.pending.append(byte)
            index += 1
        }
        if inFormatSpec { throw fStringError("f-string: expecting '}'", piece) }
    }

    mutating func fStringError(_ message: String, _ piece: Token) -> Failure {
        let end = SourceRange(startLine: line(piece.endLine), startColumn: column(piece.endLine, piece.endColumn),
                              endLine: line(piece.endLine), endColumn: column(piece.endLine, piece.endColumn))
        return fail(message, end)
    }

    /// After `{`: the expression, optional `=`, `!conversion`, `:format_spec`, and `}`.
    mutating func parseReplacementField(
        _ index: inout Int, end: Int, bodyStart: Int, raw: Bool, nesting: Int,
        into parts: inout FStringParts, whole: SourceRange, piece: Token
    ) throws {
        if nesting >= 2 { throw fStringError("f-string: expressions nested too deeply", piece) }
        let expressionStart = index
        var depth = 0
        var quote: UInt8 = 0
        var tripleQuote = false
        var debug = false
        var expressionEnd = -1
        while index < end {
            let byte = src[index]
            if byte == UInt8(ascii: "\\") {
                throw fStringError("f-string expression part cannot include a backslash", piece)
            }
            if quote != 0 {
                if byte == quote {
                    if !tripleQuote {
                        quote = 0
                    } else if index + 2 < end && src[index + 1] == quote && src[index + 2] == quote {
                        quote = 0
                        index += 2
                    }
                }
                index += 1
                continue
            }
            let next = index + 1 < end ? src[index + 1] : 0
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quote = byte
                tripleQuote = next == byte && index + 2 < end && src[index + 2] == byte
                index += tripleQuote ? 3 : 1
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if depth == 0 {
                    throw fStringError("f-string: unmatched '\(Character(Unicode.Scalar(byte)))'", piece)
                }
                depth -= 1
            case UInt8(ascii: "}"):
                if depth == 0 { expressionEnd = index } else { depth -= 1 }
            case UInt8(ascii: "#"):
                throw fStringError("f-string expression part cannot include '#'", piece)
            case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"):
                if next == UInt8(ascii: "=") && depth == 0 {
                    index += 2
                    continue
                }
                if depth == 0 && (byte == UInt8(ascii: "!") || byte == UInt8(ascii: "=")) { expressionEnd = index }
            case UInt8(ascii: ":"):
                if depth == 0 { expressionEnd = index }
            default:
                break
            }
            if expressionEnd >= 0 { break }
            index += 1
        }
        if quote != 0 { throw fStringError("f-string: unterminated string", piece) }
        guard expressionEnd >= 0 else { throw fStringError("f-string: expecting '}'", piece) }
        let expressionBytes = src[expressionStart..<expressionEnd]
        if expressionBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            throw fStringError("f-string: empty expression not allowed", piece)
        }
        let value = try parseFieldExpression(from: expressionStart, to: expressionEnd, piece: piece)
        if src[index] == UInt8(ascii: "=") {
            debug = true
            index += 1
            while index < end && (src[index] == 0x20 || src[index] == 0x09 || src[index] == 0x0A) { index += 1 }
            parts.pending.append(contentsOf: src[expressionStart..<index])
        }
        var conversion: Conversion?
        if index < end && src[index] == UInt8(ascii: "!") {
            index += 1
            guard index < end else { throw fStringError("f-string: expecting '}'", piece) }
            switch src[index] {
            case UInt8(ascii: "s"): conversion = .str
            case UInt8(ascii: "r"): conversion = .repr
            case UInt8(ascii: "a"): conversion = .ascii
            default: throw fStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", piece)
            }
            index += 1
        }
        var formatSpec: Expr?
        if index < end && src[index] == UInt8(ascii: ":") {
            index += 1
            var spec = FStringParts()
            try parseFStringBody(&index, end: end, bodyStart: bodyStart, raw: raw, inFormatSpec: true,
                                 nesting: nesting + 1, into: &spec, whole: whole, piece: piece)
            spec.flush(whole)
            formatSpec = Expr(.joinedStr(values: spec.values), whole)
        }
        guard index < end, src[index] == UInt8(ascii: "}") else { throw fStringError("f-string: expecting '}'", piece) }
        index += 1
        if debug && conversion == nil && formatSpec == nil { conversion = .repr }
        parts.flush(whole)
        parts.values.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec), whole))
    }

    /// Parses a replacement field's expression as CPython 3.11 does: as the atom `(expression)`
    /// on its own (so a bare tuple or generator spans the braces), positions mapped to the source.
    mutating func parseFieldExpression(from start: Int, to end: Int, piece: Token) throws -> Expr {
        var bytes: [UInt8] = [UInt8(ascii: "(")]
        bytes.append(contentsOf: src[start..<end])
        bytes.append(UInt8(ascii: ")"))
        let (sourceLine, sourceColumn) = position(of: start, in: piece)
        var sub = Parser(src: bytes, lex: Lexer.tokenize(bytes), names: names,
                         baseLine: line(sourceLine), baseColumn: column(sourceLine, sourceColumn) - 1)
        sub.depth = depth
        do {
            let value = try sub.parseAtom()
            guard sub.kind == .newline || sub.kind == .endMarker else { throw sub.invalidSyntax() }
            return value
        } catch {
            // CPython 3.11 reports a field's syntax error on the right line but at its column in
            // the `(expression)` text it parsed; a tokenizer error at the end of the literal.
            var inner = sub.diagnostic ?? SyntaxDiagnostic(.syntaxError, "invalid syntax", range(of: piece))
            if let lexError = sub.lex.error, inner.message == lexError.message {
                throw fStringError("f-string: " + inner.message, piece)
            }
            if inner.range.startLine == sub.baseLine {
                inner.range.startColumn -= sub.baseColumn
            }
            throw fail("f-string: " + inner.message, inner.range, kind: inner.kind)
        }
    }
}
