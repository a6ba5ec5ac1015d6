/// Rewrites: replacing code or a number, inserting, moving, removing a whole block. Each one locates exactly
/// one place; anything else (nothing found, two candidates) gives `nil`.
extension SnippetEditor {
    static func rewritten(_ lines: [String], _ rewrite: CodeRewrite) -> [String]? {
        var lines = lines
        switch rewrite {
        case .replaceText(let old, let new):
            guard let (index, range, qualified) = uniqueOccurrence(of: old, in: lines) else { return nil }
            lines[index].replaceSubrange(range, with: qualified && !new.hasPrefix("asyncio.") ? "asyncio." + new : new)
        case .replaceNumber(let old, let new, let sleepArgument):
            let literals = numberLiterals(in: lines).filter { $0.value == old }
            var found = literals.filter { sleepArgument ? $0.isSleepArgument : $0.isCountArgument }
            if found.isEmpty, sleepArgument {
                // A time passed on to a function of the snippet (`brew("tea", 3)`, `with_retries(4, 1)`).
                found = literals.filter { $0.isCallArgument && !$0.isCountArgument }
            }
            guard found.count == 1, let literal = found.first else { return nil }
            lines[literal.line].replaceSubrange(literal.range, with: written(new, like: literal.text))
        case .setSleep(let seconds):
            let found = numberLiterals(in: lines).filter { $0.isSleepArgument && $0.value != 0 }
            guard found.count == 1, let literal = found.first else { return nil }
            lines[literal.line].replaceSubrange(literal.range, with: written(seconds, like: literal.text))
        case .setCount(let count):
            let found = numberLiterals(in: lines).filter { literal in
                !literal.text.contains(".") && lines[literal.line][..<literal.range.lowerBound].filter({ $0 != " " }).hasSuffix("range(")
                    && lines[literal.line][literal.range.upperBound...].first == ")"
            }
            guard found.count == 1, let literal = found.first else { return nil }
            lines[literal.line].replaceSubrange(literal.range, with: formatNumber(count))
        case .insert(let statement, let anchor, let after):
            guard let target = line(of: anchor, in: lines) else { return nil }
            let isHeader = lines[target].trimmedWhitespace().hasSuffix(":")
            if after && isHeader { return nil }
            lines.insert(indentation(of: lines[target]) + statement, at: after ? target + 1 : target)
        case .insertInFunction(let statement, let function, let place):
            guard let target = placeInFunction(function, place, in: lines) else { return nil }
            lines.insert(indentation(of: lines[target]) + statement, at: target)
        case .move(let statement, let anchor, let after):
            let sources = lines.indices.filter { holds(lines[$0], statement) && !isDefinition(lines[$0]) }
            guard sources.count == 1, let source = sources.first,
                  !lines[source].trimmedWhitespace().hasSuffix(":") else { return nil }
            let moved = lines.remove(at: source).trimmedWhitespace()
            guard let target = line(of: anchor, in: lines) else { return nil }
            let insertAt = after ? blockEnd(of: target, in: lines) : target
            lines.insert(indentation(of: lines[target]) + moved, at: insertAt)
            fillEmptyBlocks(&lines)
        case .removeBlock(let header):
            guard let target = blockHeader(header, in: lines) else { return nil }
            lines.removeSubrange(target..<blockEnd(of: target, in: lines))
            fillEmptyBlocks(&lines)
        case .removePrimitive(let classes):
            guard let (variable, _) = primitive(classes, in: lines) else { return nil }
            let uses = lines.indices.filter {
                let trimmed = lines[$0].trimmedWhitespace()
                return trimmed == "async with \(variable):" || trimmed.hasPrefix("async with \(variable) as ")
            }
            guard !uses.isEmpty else { return nil }
            for index in uses.reversed() { remove(line: index, from: &lines) }
            fillEmptyBlocks(&lines)
        case .resizePrimitive(let classes, let size):
            guard let (_, line) = primitive(classes, in: lines) else { return nil }
            let found = numberLiterals(in: [lines[line]]).filter { literal in
                classes.contains { lines[line][..<literal.range.lowerBound].filter({ $0 != " " }).hasSuffix("\($0)(") }
            }
            guard found.count == 1, let literal = found.first else { return nil }
            lines[line].replaceSubrange(literal.range, with: written(size, like: literal.text))
        case .substituteCall(let call, let sameMeansSnippet):
            guard let edited = substitutingCall(call, sameMeansSnippet: sameMeansSnippet, in: lines) else { return nil }
            lines = edited
        case .removeTimeout:
            guard let edited = removingTimeout(in: lines) else { return nil }
            lines = edited
        case .setNamedValue(let names, let value):
            let wanted = Set(names.map { $0.lowercased() })
            let found = numberLiterals(in: lines).filter { boundName(of: $0, in: lines).map { wanted.contains($0.lowercased()) } ?? false }
            if found.isEmpty, let call = soleArgumentCall(named: wanted, in: lines) {
                // "the timeout" of `asyncio.timeout(3)`: a call of that name with one number for its argument.
                lines[call.line] = String(Array(lines[call.line])[..<call.argumentRange.lowerBound]) + written(value, like: call.arguments[0])
                    + String(Array(lines[call.line])[call.argumentRange.upperBound...])
                return lines
            }
            if found.isEmpty, !wanted.isDisjoint(with: limitWords) {
                return rewritten(lines, .resizePrimitive(classes: PrimitiveKind.semaphore.classes, size: value))
            }
            guard found.count == 1, let literal = found.first else { return nil }
            lines[literal.line].replaceSubrange(literal.range, with: written(value, like: literal.text))
        }
        return lines
    }

    /// The one variable bound to `asyncio.<class>(…)` for one of `classes`, and the line binding it.
    private static func primitive(_ classes: [String], in lines: [String]) -> (String, Int)? {
        var found: [(String, Int)] = []
        for (index, line) in lines.enumerated() {
            let compacted = line.filter { $0 != " " && $0 != "\t" }
            guard let equals = compacted.firstIndex(of: "="),
                  classes.contains(where: { compacted[compacted.index(after: equals)...].hasPrefix("asyncio.\($0)(") }) else { continue }
            let name = String(compacted[..<equals])
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            found.append((name, index))
        }
        return found.count == 1 ? found.first : nil
    }

    /// The one line an anchor names.
    private static func line(of anchor: StatementAnchor, in lines: [String]) -> Int? {
        let found: [Int]
        switch anchor {
        case .holding(let code):
            found = lines.indices.filter { holds(lines[$0], code) && !isDefinition(lines[$0]) }
            // "the `create_task()` line": empty parentheses name the function, whatever it is passed.
            if found.isEmpty, code.hasSuffix("()") {
                return line(of: .holding(String(code.dropLast())), in: lines)
            }
        case .creation(let variable):
            found = lines.indices.filter { assigns(lines[$0], variable) }
        case .loop:
            found = lines.indices.filter {
                let trimmed = lines[$0].trimmedWhitespace()
                return trimmed.hasSuffix(":") && ["for ", "async for ", "while "].contains { trimmed.hasPrefix($0) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The index after the last line of the block a line opens (the line itself for a simple statement).
    private static func blockEnd(of index: Int, in lines: [String]) -> Int {
        guard lines[index].trimmedWhitespace().hasSuffix(":") else { return index + 1 }
        let outer = indentation(of: lines[index]).count
        var end = index + 1
        var cursor = index + 1
        while cursor < lines.count {
            let line = lines[cursor]
            if !line.trimmedWhitespace().isEmpty {
                guard indentation(of: line).count > outer else { break }
                end = cursor + 1
            }
            cursor += 1
        }
        return end
    }

    /// The compound statement `header` names: `for t in tasks`, or `for t in tasks: await t` (the part after
    /// the colon must be in its block).
    private static func blockHeader(_ header: String, in lines: [String]) -> Int? {
        let parts = header.split(separator: ":", maxSplits: 1).map { String($0).trimmedWhitespace() }
        guard let head = parts.first, !head.isEmpty else { return nil }
        let body = parts.count > 1 ? parts[1] : ""
        let found = lines.indices.filter { index in
            let trimmed = lines[index].trimmedWhitespace()
            guard trimmed.hasSuffix(":"), !isDefinition(lines[index]), holds(lines[index], head) else { return false }
            let block = lines[(index + 1)..<blockEnd(of: index, in: lines)]
            return body.isEmpty || block.contains { holds($0, body) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Where a statement goes in a function's body.
    private static func placeInFunction(_ function: String, _ place: FunctionPlace, in lines: [String]) -> Int? {
        let definitions = lines.indices.filter {
            let trimmed = lines[$0].trimmedWhitespace()
            return trimmed.hasPrefix("def \(function)(") || trimmed.hasPrefix("async def \(function)(")
        }
        guard definitions.count == 1, let definition = definitions.first else { return nil }
        let end = blockEnd(of: definition, in: lines)
        let body = ((definition + 1)..<end).filter { !lines[$0].trimmedWhitespace().isEmpty }
        guard let first = body.first, !lines[first].trimmedWhitespace().hasPrefix("\"\"\"") else { return nil }
        let prints = body.filter { lines[$0].trimmedWhitespace().hasPrefix("print(") }
        switch place {
        case .top: return first
        case .beforeFirstPrint: return prints.first
        case .beforeOnlyPrint: return prints.count == 1 ? prints.first : nil
        }
    }

    /// The one occurrence of `code` in the lines' code (not their comments), as written, with the other quote
    /// style, or `asyncio.`-qualified (`qualified`); an identifier-like edge must not run into a longer name.
    private static func uniqueOccurrence(of code: String, in lines: [String]) -> (Int, Range<String.Index>, qualified: Bool)? {
        let swapped = String(code.map { $0 == "\"" ? "'" : ($0 == "'" ? "\"" : $0) })
        for candidate in [code, swapped, "asyncio." + code] where !candidate.isEmpty {
            var found: [(Int, Range<String.Index>)] = []
            for (index, line) in lines.enumerated() {
                let body = line.prefix { $0 != "#" }
                var start = body.startIndex
                while let range = body[start...].firstRange(of: candidate) {
                    if isWholeToken(range, in: line, code: candidate) { found.append((index, range)) }
                    start = range.upperBound
                }
            }
            if found.count == 1, let (index, range) = found.first { return (index, range, candidate != code && candidate != swapped) }
            if found.count > 1 { return nil }
        }
        return nil
    }

    private static func isWholeToken(_ range: Range<String.Index>, in line: String, code: String) -> Bool {
        func isName(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
        let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : nil
        let after = range.upperBound < line.endIndex ? line[range.upperBound] : nil
        if isName(code.first), isName(before) || before == "." { return false }
        if isName(code.last), isName(after) { return false }
        return true
    }

    /// A numeric literal of the code, outside strings and comments.
    struct NumberLiteral {
        var line: Int
        var range: Range<String.Index>
        var text: String
        var value: Double
        /// The literal is the first argument of a `sleep(` call.
        var isSleepArgument: Bool
        /// The literal counts something: the argument of `range(`, or of a primitive's or a queue's constructor.
        var isCountArgument: Bool
        /// The literal is a whole argument of some call, by position or by keyword.
        var isCallArgument: Bool
    }

    private static let countCalls = ["range(", "Semaphore(", "BoundedSemaphore(", "Queue(", "Queue(maxsize=", "Barrier("]

    static func numberLiterals(in lines: [String]) -> [NumberLiteral] {
        var result: [NumberLiteral] = []
        for (number, line) in lines.enumerated() {
            var quote: Character?
            var index = line.startIndex
            var previous: Character?
            while index < line.endIndex {
                let c = line[index]
                if let open = quote {
                    if c == "\\" {
                        index = line.index(after: index)
                        if index < line.endIndex { index = line.index(after: index) }
                        continue
                    }
                    if c == open { quote = nil }
                } else if c == "#" {
                    break
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c.isNumber, !(previous.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false) {
                    let end = line[index...].firstIndex { !($0.isNumber || $0 == "." || $0 == "_") } ?? line.endIndex
                    let next = end < line.endIndex ? line[end] : nil
                    let text = String(line[index..<end])
                    if !(next.map { $0.isLetter || $0 == "_" } ?? false), let value = Double(text.filter { $0 != "_" }) {
                        let head = line[..<index].filter { $0 != " " }
                        let tail = line[end...].filter { $0 != " " }
                        result.append(NumberLiteral(line: number, range: index..<end, text: text, value: value,
                                                    isSleepArgument: head.hasSuffix("sleep("),
                                                    isCountArgument: countCalls.contains { head.hasSuffix($0) },
                                                    isCallArgument: startsArgument(head) && (tail.hasPrefix(",") || tail.hasPrefix(")"))))
                    }
                    previous = line[line.index(before: end)]
                    index = end
                    continue
                }
                previous = c
                index = line.index(after: index)
            }
        }
        return result
    }

    /// Names that mean a semaphore's size when nothing in the code is called so.
    private static let limitWords: Set<String> = ["limit", "size", "capacity", "slot", "slots", "permit", "permits", "concurrency",
                                                  "concurrency_limit", "semaphore_limit", "semaphore_size"]

    /// The one call named one of `names` whose only argument is a number: `asyncio.timeout(3)` for "timeout".
    private static func soleArgumentCall(named names: Set<String>, in lines: [String]) -> CallSite? {
        let found = callSites(in: lines).filter { site in
            names.contains(site.name.lowercased()) && site.arguments.count == 1 && Double(site.arguments[0]) != nil
        }
        return found.count == 1 ? found.first : nil
    }

    /// The name a literal is bound to: `timeout=2` as a call's keyword argument, `TIMEOUT = 2` as a whole
    /// assignment; `nil` for anything else.
    private static func boundName(of literal: NumberLiteral, in lines: [String]) -> String? {
        let line = lines[literal.line]
        let head = String(line[..<literal.range.lowerBound].filter { $0 != " " && $0 != "\t" })
        let tail = line[literal.range.upperBound...].trimmedWhitespace()
        guard head.hasSuffix("="), !head.hasSuffix("=="), !head.hasSuffix("!="), !head.hasSuffix("<="), !head.hasSuffix(">=") else { return nil }
        let beforeEquals = head.dropLast()
        let name = String(beforeEquals.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        let rest = beforeEquals.dropLast(name.count)
        let isKeyword = (rest.hasSuffix("(") || rest.hasSuffix(",")) && (tail.hasPrefix(",") || tail.hasPrefix(")"))
        let isAssignment = rest.isEmpty && (tail.isEmpty || tail.hasPrefix("#"))
        return isKeyword || isAssignment ? name : nil
    }

    /// Whether code ending in `head` (spaces removed) is about to give a call's argument: `f(`, `f(a,`, `f(a,n=`.
    private static func startsArgument(_ head: String) -> Bool {
        var rest = Substring(head)
        if rest.hasSuffix("="), !rest.hasSuffix("==") {
            rest = rest.dropLast()
            let name = rest.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !name.isEmpty else { return false }
            rest = rest.dropLast(name.count)
        }
        return rest.hasSuffix("(") || rest.hasSuffix(",")
    }

    /// `value` written the way `original` was: an integer stays an integer when it can.
    private static func written(_ value: Double, like original: String) -> String {
        !original.contains(".") && value == value.rounded() ? formatNumber(value) : String(value)
    }
}
