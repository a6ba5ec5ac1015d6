/// Texts every match of a regular expression contains, read off the pattern, so a sentence that lacks them is
/// passed over without running ICU (most catalogue rules need words such as "before" or "concurrently" that most
/// sentences lack).
///
/// The reading is conservative: a literal counts only where every match must contain it; an optional or
/// repeated-from-zero part, a class, `.`, a lookaround, an escape for a class of characters or a back
/// reference requires nothing; a pattern with inline flags or `\Q` quoting is not read at all. Alternatives
/// require one of their strongest requirements each; a sequence requires what each of its parts requires. Case
/// is taken as written (the catalogue matches lower-cased text).
struct RequiredText: Equatable {
    /// One of these is in every matching text (the strongest of `clauses`); `nil` when nothing is known.
    let anyOf: [String]?
    /// Every matching text holds one text of each clause; empty when nothing is known.
    let clauses: [[String]]
    /// The same, as UTF-8 bytes (the search is bytewise).
    private let needles: [[[UInt8]]]

    init(pattern: String) {
        var reader = PatternReader(Array(pattern.unicodeScalars))
        let node = reader.alternation()
        if reader.failed || reader.position < reader.scalars.count {
            anyOf = nil
            clauses = []
        } else {
            anyOf = node.requirement.map { Set($0).sorted() }
            var seen: Set<[String]> = []
            clauses = node.allClauses.map { Set($0).sorted() }.filter { seen.insert($0).inserted }
        }
        needles = clauses.map { $0.map { Array($0.utf8) } }
    }

    /// Whether `text` may match: it holds a text of every clause.
    func allows(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needles.allSatisfy { clause in clause.contains { Self.occurs($0, in: bytes) } }
        }
    }

    private static func occurs(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard text.count >= needle.count else { return false }
        var start = 0
        while start <= text.count - needle.count {
            if text[start] == first {
                var offset = 1
                while offset < needle.count, text[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}

/// What a piece of a pattern matches: exactly one text (`exact`), or texts that each contain one text of each of
/// `clauses`, `required` being the strongest clause (an alternative of pieces keeps only that one of each).
/// Requirements are lists that may repeat a text (cheaper to build than sets; `RequiredText` folds them).
private struct PatternPiece {
    var exact: String?
    var required: [String]?
    var clauses: [[String]] = []

    static let unknown = PatternPiece(exact: nil, required: nil)
    static let empty = PatternPiece(exact: "", required: nil)

    static func literal(_ text: String) -> PatternPiece {
        PatternPiece(exact: text, required: nil)
    }

    /// What every match holds one of: the exact text when it is not empty, else `required`.
    var requirement: [String]? {
        if let exact { return exact.isEmpty ? nil : [exact] }
        return required
    }

    /// Every requirement, the exact text's included.
    var allClauses: [[String]] {
        if let exact { return exact.isEmpty ? [] : [[exact]] }
        return clauses
    }

    /// The requirement's weakest member (the shortest text): longer is more selective.
    var strength: Int {
        if let exact { return exact.count }
        return required?.map(\.count).min() ?? 0
    }
}

/// A recursive-descent reader of ICU pattern syntax, just far enough to find required literals.
private struct PatternReader {
    let scalars: [Unicode.Scalar]
    var position = 0
    var failed = false

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func alternation() -> PatternPiece {
        var branches = [sequence()]
        while current == "|" {
            position += 1
            branches.append(sequence())
        }
        if branches.count == 1 { return branches[0] }
        var union: [String] = []
        for branch in branches {
            guard let required = branch.requirement else { return .unknown }
            union += required
        }
        return PatternPiece(exact: nil, required: union, clauses: [union])
    }

    private mutating func sequence() -> PatternPiece {
        var run = ""
        var isExact = true
        var best = PatternPiece.unknown
        var bestStrength = 0
        var clauses: [[String]] = []
        func settle(_ candidate: PatternPiece) {
            clauses += candidate.allClauses
            let strength = candidate.strength
            if strength > bestStrength {
                best = PatternPiece(exact: nil, required: candidate.requirement)
                bestStrength = strength
            }
        }
        while let scalar = current, scalar != "|", scalar != ")", !failed {
            let piece = quantified(atom())
            if let text = piece.exact {
                run += text
            } else {
                settle(.literal(run))
                run = ""
                isExact = false
                settle(piece)
            }
        }
        if isExact { return .literal(run) }
        settle(.literal(run))
        best.clauses = clauses
        return best
    }

    private mutating func quantified(_ piece: PatternPiece) -> PatternPiece {
        guard let scalar = current else { return piece }
        var atLeastOnce: Bool
        switch scalar {
        case "?", "*":
            position += 1
            atLeastOnce = false
        case "+":
            position += 1
            atLeastOnce = true
        case "{":
            guard let minimum = repetitionMinimum() else { return piece }
            atLeastOnce = minimum > 0
        default:
            return piece
        }
        if current == "?" || current == "+" { position += 1 }
        if !atLeastOnce { return .unknown }
        return PatternPiece(exact: nil, required: piece.requirement, clauses: piece.allClauses)
    }

    /// `{n}`, `{n,}` or `{n,m}`: reads it and returns n; `nil` (reading nothing) for a brace that is a literal.
    private mutating func repetitionMinimum() -> Int? {
        var index = position + 1
        var digits = ""
        while index < scalars.count, scalars[index].properties.numericType != nil, scalars[index].isASCII {
            digits.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let minimum = Int(digits) else { return nil }
        while index < scalars.count, scalars[index] != "}" {
            guard scalars[index] == "," || (scalars[index].isASCII && scalars[index].properties.numericType != nil) else { return nil }
            index += 1
        }
        guard index < scalars.count else { return nil }
        position = index + 1
        return minimum
    }

    private mutating func atom() -> PatternPiece {
        guard let scalar = current else { return .empty }
        position += 1
        switch scalar {
        case "(":
            return group()
        case "[":
            skipClass()
            return .unknown
        case "\\":
            return escape()
        case ".":
            return .unknown
        case "^", "$":
            return .empty
        default:
            return .literal(String(scalar))
        }
    }

    private mutating func group() -> PatternPiece {
        var isLookaround = false
        if current == "?" {
            position += 1
            switch current {
            case ":":
                position += 1
            case "=", "!":
                position += 1
                isLookaround = true
            case "<":
                position += 1
                if current == "=" || current == "!" {
                    position += 1
                    isLookaround = true
                } else {
                    while let scalar = current, scalar != ">" { position += 1 }
                    position += 1
                }
            default:
                failed = true
                return .unknown
            }
        }
        let inner = alternation()
        guard current == ")" else {
            failed = true
            return .unknown
        }
        position += 1
        return isLookaround ? .empty : inner
    }

    private mutating func skipClass() {
        var depth = 1
        if current == "^" { position += 1 }
        if current == "]" { position += 1 }
        while let scalar = current, depth > 0 {
            position += 1
            switch scalar {
            case "\\": position += 1
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
        }
        if depth > 0 { failed = true }
    }

    /// An escape: zero-width assertions match nothing, character classes anything; escaped punctuation is
    /// itself. Escapes that spell one character by number or name (`\x41`, `\0`, `\cA`) are not read.
    private mutating func escape() -> PatternPiece {
        guard let scalar = current else {
            failed = true
            return .unknown
        }
        position += 1
        switch scalar {
        case "b", "B", "A", "z", "Z", "G":
            return .empty
        case "s", "S", "w", "W", "d", "D", "h", "H", "v", "V", "R", "X":
            return .unknown
        case "p", "P":
            if current == "{" { skipUntil("}") }
            return .unknown
        case "k":
            if current == "<" { skipUntil(">") }
            return .unknown
        case "n":
            return .literal("\n")
        case "t":
            return .literal("\t")
        default:
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                failed = true
                return .unknown
            }
            return .literal(String(scalar))
        }
    }

    private mutating func skipUntil(_ end: Unicode.Scalar) {
        while let scalar = current, scalar != end { position += 1 }
        position += 1
    }
}
