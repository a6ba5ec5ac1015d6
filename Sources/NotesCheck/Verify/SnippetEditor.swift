/// Applies a counterfactual's edit to a snippet's code, statement by statement.
///
/// Teaching snippets put one statement on a line, so edits work on lines: a statement is found by the code it
/// holds, moved or removed with its indentation kept consistent, and a block left empty gets `pass`. Removing
/// a keyword argument (`return_exceptions=True`) takes it out of its call, and removing a wrapper (`shield`,
/// `wait_for`) leaves what it wraps. An edit that cannot be located returns `nil`: the claim is then
/// unverifiable, never guessed.
public enum SnippetEditor {
    public static func apply(_ edit: CodeEdit, to code: String) -> String? {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch edit {
        case .moveAwait(let awaited, let anchor):
            guard let moved = lines.firstIndex(where: { awaits($0, awaited) }),
                  let target = lines.indices.first(where: { $0 != moved && awaits(lines[$0], anchor) })
                    ?? lines.indices.first(where: { $0 != moved && holds(lines[$0], anchor) && !isDefinition(lines[$0]) })
            else { return nil }
            let statement = lines[moved].trimmedWhitespace()
            let indent = indentation(of: lines[target])
            lines.remove(at: moved)
            let insertAt = target > moved ? target - 1 : target
            lines.insert(indent + statement, at: insertAt)
            fillEmptyBlocks(&lines)
        case .awaitRightAfterCreation(let variable):
            guard let created = lines.firstIndex(where: { assigns($0, variable) }),
                  let awaited = lines.indices.first(where: { $0 > created && awaits(lines[$0], variable) })
            else { return nil }
            let statement = lines[awaited].trimmedWhitespace()
            lines.remove(at: awaited)
            lines.insert(indentation(of: lines[created]) + statement, at: created + 1)
        case .removeStatements(let text):
            if wrapperName(text) != nil || !callsPassing(text, in: lines).isEmpty {
                guard let edited = unwrappingCalls(text, in: lines) ?? removingKeywordArgument(text, in: lines) else { return nil }
                lines = edited
                break
            }
            if let keyword = statementKeyword(text) {
                guard let edited = removingStatement(keyword, in: lines) else { return nil }
                lines = edited
                break
            }
            let targets = lines.indices.filter { holds(lines[$0], text) && !isDefinition(lines[$0]) }
            guard !targets.isEmpty else { return nil }
            for index in targets.reversed() { remove(line: index, from: &lines) }
            fillEmptyBlocks(&lines)
        case .removeAwaits(let awaited):
            let targets = lines.indices.filter { awaits(lines[$0], awaited) && lines[$0].trimmedWhitespace().hasPrefix("await ") }
            guard !targets.isEmpty else { return nil }
            for index in targets.reversed() { lines.remove(at: index) }
            fillEmptyBlocks(&lines)
        case .awaitDirectly:
            var changed = false
            for index in lines.indices {
                if let rewritten = unwrapTaskCreation(lines[index]) {
                    lines[index] = rewritten
                    changed = true
                }
            }
            guard changed else { return nil }
        case .rewrite(let rewrite):
            guard let edited = rewritten(lines, rewrite) else { return nil }
            lines = edited
        case .swapSleep(let toAsync):
            let from = toAsync ? "time.sleep(" : "await asyncio.sleep("
            let to = toAsync ? "await asyncio.sleep(" : "time.sleep("
            guard lines.contains(where: { $0.contains(from) }) else { return nil }
            lines = lines.map { $0.replacingAll(from, with: to) }
            let module = toAsync ? "asyncio" : "time"
            if !lines.contains(where: { $0.trimmedWhitespace() == "import \(module)" }) { lines.insert("import \(module)", at: 0) }
        }
        return lines.joined(separator: "\n")
    }

    /// Keywords that, written alone (`raise`, `for`), name the one statement they begin, not every line that
    /// holds the word: a simple statement goes, a loop goes with its body, a `with` leaves its body in place.
    private static let simpleKeywords: Set<String> = ["raise", "return", "pass", "break", "continue"]
    private static let loopKeywords: Set<String> = ["for", "while", "async for"]
    private static let contextKeywords: Set<String> = ["with", "async with"]

    static func statementKeyword(_ text: String) -> String? {
        let word = text.trimmedWhitespace().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return simpleKeywords.contains(word) || loopKeywords.contains(word) || contextKeywords.contains(word) ? word : nil
    }

    /// The one statement `keyword` begins taken out (`raise` alone, a whole `for` loop, a `with` line); `nil`
    /// when there is none or more than one.
    static func removingStatement(_ keyword: String, in lines: [String]) -> [String]? {
        let found = lines.indices.filter { index in
            let trimmed = lines[index].trimmedWhitespace()
            if simpleKeywords.contains(keyword) { return trimmed == keyword }
            return trimmed.hasSuffix(":") && trimmed.hasPrefix(keyword + " ")
        }
        guard found.count == 1, let index = found.first else { return nil }
        var edited = lines
        if loopKeywords.contains(keyword) {
            let outer = indentation(of: lines[index]).count
            var end = index + 1
            while end < edited.count, edited[end].trimmedWhitespace().isEmpty || indentation(of: edited[end]).count > outer { end += 1 }
            while end > index + 1, edited[end - 1].trimmedWhitespace().isEmpty { end -= 1 }
            edited.removeSubrange(index..<end)
        } else {
            remove(line: index, from: &edited)
        }
        fillEmptyBlocks(&edited)
        return edited
    }

    static func indentation(of line: String) -> String {
        String(line.prefix(while: { $0 == " " || $0 == "\t" }))
    }

    static func compact(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\t" }).replacingQuotes()
    }

    /// Whether the line holds `code` (spaces and quote style ignored), outside a comment.
    static func holds(_ line: String, _ code: String) -> Bool {
        let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? line
        return !code.isEmpty && compact(body).contains(compact(code))
    }

    /// `await task`, `x = await task`, `print(await task)` — an await of exactly `awaited`.
    static func awaits(_ line: String, _ awaited: String) -> Bool {
        let body = compact(line)
        let target = "await" + compact(awaited)
        guard let range = body.firstRange(of: target) else { return false }
        guard range.upperBound < body.endIndex else { return true }
        let next = body[range.upperBound]
        return !(next.isLetter || next.isNumber || next == "_" || next == ".")
    }

    static func assigns(_ line: String, _ variable: String) -> Bool {
        let trimmed = line.trimmedWhitespace()
        guard trimmed.hasPrefix(variable) else { return false }
        let rest = trimmed.dropFirst(variable.count).trimmedWhitespace()
        return rest.hasPrefix("=") && !rest.hasPrefix("==")
    }

    static func isDefinition(_ line: String) -> Bool {
        let trimmed = line.trimmedWhitespace()
        return trimmed.hasPrefix("def ") || trimmed.hasPrefix("async def ") || trimmed.hasPrefix("class ")
    }

    /// Removes a line; a compound statement's header takes its body out of the block by one level.
    static func remove(line index: Int, from lines: inout [String]) {
        let header = lines[index]
        lines.remove(at: index)
        guard header.trimmedWhitespace().hasSuffix(":") else { return }
        let outer = indentation(of: header).count
        var bodyIndent: Int?
        var cursor = index
        while cursor < lines.count {
            let line = lines[cursor]
            if line.trimmedWhitespace().isEmpty { cursor += 1; continue }
            let indent = indentation(of: line).count
            guard indent > outer else { break }
            let body = bodyIndent ?? indent
            bodyIndent = body
            lines[cursor] = String(repeating: " ", count: outer + max(0, indent - body)) + line.trimmedWhitespace()
            cursor += 1
        }
    }

    /// A block whose header (a line ending in `:`) is now followed by nothing deeper gets `pass`.
    static func fillEmptyBlocks(_ lines: inout [String]) {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedWhitespace()
            if trimmed.hasSuffix(":"), !trimmed.hasPrefix("#") {
                let indent = indentation(of: line).count
                let next = lines[(index + 1)...].first { !$0.trimmedWhitespace().isEmpty }
                if next.map({ indentation(of: $0).count <= indent }) ?? true {
                    lines.insert(String(repeating: " ", count: indent + 4) + "pass", at: index + 1)
                }
            }
            index += 1
        }
    }

    /// `t = asyncio.create_task(work(1))` → `t = work(1)`; a bare `asyncio.create_task(work(1))` → `await work(1)`.
    private static func unwrapTaskCreation(_ line: String) -> String? {
        for marker in ["asyncio.create_task(", "asyncio.ensure_future(", "loop.create_task("] {
            guard let start = line.firstRange(of: marker) else { continue }
            var depth = 1
            var cursor = start.upperBound
            while cursor < line.endIndex, depth > 0 {
                if line[cursor] == "(" { depth += 1 }
                if line[cursor] == ")" { depth -= 1 }
                if depth > 0 { cursor = line.index(after: cursor) }
            }
            guard cursor < line.endIndex else { return nil }
            var inner = String(line[start.upperBound..<cursor])
            if let comma = topLevelComma(in: inner) { inner = String(inner[..<comma]) }
            let before = String(line[..<start.lowerBound])
            let after = String(line[line.index(after: cursor)...])
            let isBare = before.trimmedWhitespace().isEmpty
            return before + (isBare ? "await " : "") + inner.trimmedWhitespace() + after
        }
        return nil
    }

    private static func topLevelComma(in text: String) -> String.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0: return index
            default: break
            }
        }
        return nil
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
