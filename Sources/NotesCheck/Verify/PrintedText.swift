/// Reading printed text and print calls: the fixed text a `print` writes before an expression, the items of
/// a printed Python list, the stems of an event verb. Pure functions of their input.
enum PrintCall {
    /// The text `print` writes before `expression` on `line`: `print("done?", t.done())` gives `done? ` (the
    /// separator included), `print(f"done? {t.done()}")` gives `done? `; `nil` when anything else stands before it.
    static func fixedText(before expression: String, in line: String) -> String? {
        guard let call = line.range(of: "print(") else { return nil }
        let arguments = line[call.upperBound...]
        guard let found = arguments.range(of: expression) else { return nil }
        let before = arguments[..<found.lowerBound].trimmedWhitespace()
        if before.hasSuffix("{") {
            let body = before.dropLast()
            guard let quote = body.dropFirst().first, body.first == "f" || body.first == "F", quote == "\"" || quote == "'" else { return nil }
            let text = body.dropFirst(2)
            return text.contains("{") || text.contains("}") || text.contains(quote) ? nil : String(text)
        }
        guard before.hasSuffix(",") else { return nil }
        let literal = before.dropLast().trimmedWhitespace()
        guard literal.count >= 2, let quote = literal.first, quote == "\"" || quote == "'", literal.last == quote else { return nil }
        let text = literal.dropFirst().dropLast()
        return text.contains(quote) ? nil : String(text) + " "
    }
}

enum PythonList {
    /// The items of the one top-level `[...]` in `text`, as written (quotes kept); `nil` when there is none or
    /// more than one.
    static func items(in text: String) -> [String]? {
        var depth = 0
        var quote: Character?
        var items: [String] = []
        var current = ""
        var lists = 0
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                if depth > 0 { current.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                if depth > 0 { current.append(character) }
            case "[", "(", "{":
                if depth == 0, character == "[" { lists += 1 } else { current.append(character) }
                depth += 1
            case "]", ")", "}":
                depth -= 1
                if depth == 0, character == "]" {
                    if !current.trimmedWhitespace().isEmpty { items.append(current.trimmedWhitespace()) }
                    current = ""
                } else if depth > 0 {
                    current.append(character)
                }
                if depth < 0 { return nil }
            case "," where depth == 1:
                items.append(current.trimmedWhitespace())
                current = ""
            default:
                if depth > 0 { current.append(character) }
            }
        }
        return lists == 1 && depth == 0 ? items : nil
    }
}

enum EventVerb {
    private static let irregular: [String: String] = ["left": "leav", "began": "begin", "woke": "wak", "ran": "run", "got": "get"]
    private static let ignored: Set<String> = ["only", "right", "just", "exactly", "again", "first", "is", "was", "has", "gets"]

    /// The stems a line's words must start with to state the verb: "finishes" → finish, "entered" → enter,
    /// "times out" → time, out.
    static func stems(of verb: String) -> [String] {
        verb.lowercased().split(separator: " ").map(String.init).filter { !ignored.contains($0) }.map(stem)
    }

    private static func stem(_ word: String) -> String {
        if let known = irregular[word] { return known }
        for suffix in ["ing", "ed"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count))
        }
        if word.hasSuffix("es"), ["s", "sh", "ch", "x", "z"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
