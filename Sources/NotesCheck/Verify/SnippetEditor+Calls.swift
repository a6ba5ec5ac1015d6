/// Edits of single calls: a call given other arguments ("with `Semaphore(5)`"), one argument dropped ("without
/// `return_exceptions=True`"), a wrapper unwrapped to what it wraps ("without `shield`").
///
/// Calls are read from each line's code, outside strings and comments (teaching snippets write a call on one
/// line); a call split over lines is not seen, so an edit of it does not apply.
extension SnippetEditor {
    /// A call as the code writes it.
    struct CallSite: Equatable {
        var line: Int
        /// The callee as written: `asyncio.Semaphore`, `fetch`.
        var callee: String
        /// From the callee's first character to the closing parenthesis, as character offsets in the line.
        var range: Range<Int>
        /// The text between the parentheses, as character offsets in the line.
        var argumentRange: Range<Int>
        /// The arguments as written, trimmed, split at top-level commas.
        var arguments: [String]

        /// The callee's last name: `Semaphore` for `asyncio.Semaphore`.
        var name: String { callee.split(separator: ".").last.map(String.init) ?? callee }
        /// What qualifies the callee: `asyncio` for `asyncio.Semaphore`, empty for a bare name.
        var qualifier: String { callee.split(separator: ".").dropLast().joined(separator: ".") }
    }

    /// Asyncio functions whose first argument is what they wrap: without them, the code awaits it directly.
    static let wrappers: Set<String> = ["shield", "wait_for"]

    /// A sentence's code read as one call (`asyncio.Semaphore(5)`, `await f(1)`), or `nil` for anything else.
    static func writtenCall(_ text: String) -> CallSite? {
        var code = text.trimmedWhitespace()
        if code.hasPrefix("await ") { code = String(code.dropFirst(6)) }
        guard let site = callSites(inLine: code, number: 0).first,
              site.range.lowerBound == 0, site.range.upperBound == code.count else { return nil }
        return site
    }

    /// The one call to the function `call` names, given `call`'s arguments. Only a call that differs from it in
    /// literal arguments (numbers, strings, `True`, `False`, `None`) can be substituted, the rest must match; of
    /// several, the one that differs in the fewest arguments, if it is alone.
    static func substitutingCall(_ call: String, sameMeansSnippet: Bool, in lines: [String]) -> [String]? {
        guard let wanted = writtenCall(call), !wanted.arguments.isEmpty else { return nil }
        let sites = callSites(in: lines).filter { site in
            site.name == wanted.name && (wanted.qualifier.isEmpty || site.qualifier.isEmpty || site.qualifier == wanted.qualifier)
        }
        if sites.contains(where: { sameArguments($0.arguments, wanted.arguments) }) { return sameMeansSnippet ? lines : nil }
        // The call that differs least: `brew("tea", 1)` is `brew("tea", 3)` changed, not `brew("toast", 2)`.
        let differing = sites.filter { substitutable($0.arguments, by: wanted.arguments) }
            .map { site in (site, zip(site.arguments, wanted.arguments).filter { compact($0) != compact($1) }.count) }
        let fewest = differing.map(\.1).min()
        let candidates = differing.filter { $0.1 == fewest }.map(\.0)
        guard candidates.count == 1, let site = candidates.first else { return nil }
        var edited = lines
        edited[site.line] = replacing(site.argumentRange, in: edited[site.line], with: wanted.arguments.joined(separator: ", "))
        return edited
    }

    /// The calls that pass `name=value` as an argument.
    static func callsPassing(_ argument: String, in lines: [String]) -> [CallSite] {
        guard keyword(of: argument) != nil else { return [] }
        return callSites(in: lines).filter { site in site.arguments.contains { compact($0) == compact(argument) } }
    }

    /// `name=value` taken out of the one call that passes it, with its comma.
    static func removingKeywordArgument(_ argument: String, in lines: [String]) -> [String]? {
        let found = callsPassing(argument, in: lines)
        guard found.count == 1, let site = found.first else { return nil }
        let kept = site.arguments.filter { compact($0) != compact(argument) }
        var edited = lines
        edited[site.line] = replacing(site.argumentRange, in: edited[site.line], with: kept.joined(separator: ", "))
        return edited
    }

    /// Every call of the wrapper `text` names (`shield`, `asyncio.wait_for(...)`) replaced by its first argument:
    /// `await asyncio.shield(task)` becomes `await task`. `nil` when `text` names no wrapper or nothing is wrapped.
    static func unwrappingCalls(_ text: String, in lines: [String]) -> [String]? {
        let written = writtenCall(text)
        guard let name = wrapperName(text) else { return nil }
        var edited = lines
        var changed = false
        // One call per pass: replacing text moves the offsets of the calls after it.
        while let site = callSites(in: edited).first(where: { site in
            site.name == name && !site.arguments.isEmpty && keyword(of: site.arguments[0]) == nil
                && (written.map { sameArguments(site.arguments, $0.arguments) || $0.arguments.isEmpty } ?? true)
        }) {
            edited[site.line] = replacing(site.range, in: edited[site.line], with: site.arguments[0])
            changed = true
        }
        return changed ? edited : nil
    }

    /// The wrapper `text` names (`asyncio.shield`, `shield()`, `wait_for(coro, 1)`), or `nil`.
    static func wrapperName(_ text: String) -> String? {
        let callee = writtenCall(text)?.callee ?? text.trimmedWhitespace()
        let name = callee.split(separator: ".").last.map(String.init) ?? callee
        return wrappers.contains(name) ? name : nil
    }

    /// The one timeout taken away: an `async with asyncio.timeout(…)` / `timeout_at(…)` line, its body kept,
    /// or a `wait_for` call unwrapped. `nil` when the code has none or more than one.
    static func removingTimeout(in lines: [String]) -> [String]? {
        let headers = lines.indices.filter { index in
            let trimmed = lines[index].trimmedWhitespace()
            return trimmed.hasPrefix("async with ") && trimmed.hasSuffix(":")
                && callSites(inLine: lines[index], number: index).contains { ["timeout", "timeout_at"].contains($0.name) }
        }
        let waits = callSites(in: lines).filter { $0.name == "wait_for" }
        guard headers.count + waits.count == 1 else { return nil }
        guard let header = headers.first else { return unwrappingCalls("wait_for", in: lines) }
        var edited = lines
        remove(line: header, from: &edited)
        fillEmptyBlocks(&edited)
        return edited
    }

    static func sameArguments(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { compact($0) == compact($1) }
    }

    /// The same number of arguments; those that differ are literals on both sides, under the same keyword.
    static func substitutable(_ old: [String], by new: [String]) -> Bool {
        guard old.count == new.count else { return false }
        var differs = false
        for (a, b) in zip(old, new) where compact(a) != compact(b) {
            guard isLiteral(a), isLiteral(b), keyword(of: a) == keyword(of: b) else { return false }
            differs = true
        }
        return differs
    }

    /// A number, a string, `True`, `False` or `None`, possibly passed by keyword.
    static func isLiteral(_ argument: String) -> Bool {
        var value = argument
        if keyword(of: argument) != nil, let equals = argument.firstIndex(of: "=") {
            value = String(argument[argument.index(after: equals)...])
        }
        value = value.trimmedWhitespace()
        if ["True", "False", "None"].contains(value) { return true }
        if let first = value.first, first.isNumber || first == "-" || first == ".", Double(value.filter { $0 != "_" }) != nil { return true }
        guard value.count >= 2, let open = value.first, open == "\"" || open == "'", value.last == open else { return false }
        return !value.dropFirst().dropLast().contains(open)
    }

    /// The keyword of a `name=value` argument.
    static func keyword(of argument: String) -> String? {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let after = argument.index(after: equals)
        if after < argument.endIndex, argument[after] == "=" { return nil }
        let name = argument[..<equals].trimmedWhitespace()
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return name
    }

    static func callSites(in lines: [String]) -> [CallSite] {
        lines.enumerated().flatMap { callSites(inLine: $0.element, number: $0.offset) }
    }

    private static let keywords: Set<String> = ["if", "elif", "while", "for", "in", "not", "and", "or", "return", "await",
                                                "yield", "with", "assert", "lambda", "del", "raise", "except", "is", "from"]

    /// Every call written in one line, nested ones included, in the order their callees start.
    static func callSites(inLine line: String, number: Int) -> [CallSite] {
        let characters = Array(line)
        let isCode = codeMask(characters)
        func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        var sites: [CallSite] = []
        var index = 0
        while index < characters.count {
            let startsName = isCode[index] && (characters[index].isLetter || characters[index] == "_")
                && (index == 0 || !(isNameCharacter(characters[index - 1]) || characters[index - 1] == "."))
            guard startsName else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isCode[end], isNameCharacter(characters[end]) || characters[end] == "." { end += 1 }
            let callee = String(characters[index..<end])
            let before = String(characters[..<index]).trimmedWhitespace()
            let isDefinition = before == "def" || before.hasSuffix(" def") || before == "class" || before.hasSuffix(" class")
            if end < characters.count, characters[end] == "(", isCode[end], !isDefinition, !keywords.contains(callee),
               let close = closingParenthesis(characters, isCode, from: end) {
                let arguments = splitArguments(characters, isCode, (end + 1)..<close)
                sites.append(CallSite(line: number, callee: callee, range: index..<(close + 1), argumentRange: (end + 1)..<close,
                                      arguments: arguments))
            }
            index = end
        }
        return sites
    }

    /// Which characters are code: not inside a string literal (quotes included) or a comment.
    private static func codeMask(_ characters: [Character]) -> [Bool] {
        var mask = [Bool](repeating: true, count: characters.count)
        var quote: Character?
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if let open = quote {
                mask[index] = false
                if c == "\\", index + 1 < characters.count {
                    mask[index + 1] = false
                    index += 2
                    continue
                }
                if c == open { quote = nil }
            } else if c == "#" {
                for rest in index..<characters.count { mask[rest] = false }
                break
            } else if c == "\"" || c == "'" {
                quote = c
                mask[index] = false
            }
            index += 1
        }
        return mask
    }

    private static func closingParenthesis(_ characters: [Character], _ isCode: [Bool], from open: Int) -> Int? {
        var depth = 0
        for index in open..<characters.count where isCode[index] {
            switch characters[index] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 { return characters[index] == ")" ? index : nil }
            default: break
            }
        }
        return nil
    }

    private static func splitArguments(_ characters: [Character], _ isCode: [Bool], _ range: Range<Int>) -> [String] {
        var arguments: [String] = []
        var depth = 0
        var start = range.lowerBound
        for index in range where isCode[index] {
            switch characters[index] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                arguments.append(String(characters[start..<index]).trimmedWhitespace())
                start = index + 1
            default: break
            }
        }
        let last = String(characters[start..<range.upperBound]).trimmedWhitespace()
        if !last.isEmpty { arguments.append(last) }
        return arguments
    }

    private static func replacing(_ range: Range<Int>, in line: String, with text: String) -> String {
        let characters = Array(line)
        return String(characters[..<range.lowerBound]) + text + String(characters[range.upperBound...])
    }
}
