/// What a snippet's source says about the names a claim can use: the functions it defines, the variables it
/// binds to tasks, and where each function is called. Read from the text of the session's code, so a claim
/// can name `worker("w2", 2)` or "the task" and find the run's matching spans.
public struct SnippetFacts: Sendable {
    /// A call of a function in the source: its file line, 1-based UTF-8 column, and the text between its parentheses.
    public struct CallSite: Equatable, Sendable {
        public var function: String
        public var line: Int
        public var column: Int
        public var arguments: String
    }

    public let definedFunctions: Set<String>
    /// Variables assigned from `create_task(f(...))` / `ensure_future(f(...))`, with that call's line and `f`.
    public let taskVariables: [String: (line: Int, function: String)]
    public let callSites: [CallSite]
    /// The first parameter of each function the session defines (`self` skipped): `cook(dish, minutes)` gives
    /// `cook: dish`, so "the dishes" can name calls of `cook`.
    public let firstParameters: [String: String]
    /// Variables of the running fence bound to an expression that calls the session's functions, with those
    /// functions: `jobs = [create_task(worker(i)) for i in ...]` gives `jobs: [worker]`.
    public let assignedCalls: [String: Set<String>]
    /// Lines of the running fence, with their file line numbers.
    public let lines: [(number: Int, text: String)]

    /// `code` is the running fence's source, whose first line is file line `firstLine`; `definitions` is the
    /// source of the earlier fences that contribute to the session (their names count, their lines do not).
    public init(code: String, firstLine: Int, definitions: String = "") {
        let own = code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            (number: firstLine + $0.offset, text: String($0.element))
        }
        lines = own
        var defined: Set<String> = []
        var parameters: [String: String] = [:]
        for line in (definitions + "\n" + code).split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            let isAsync = trimmed.hasPrefix("async def ")
            guard isAsync || trimmed.hasPrefix("def ") else { continue }
            let rest = trimmed.dropFirst(isAsync ? 10 : 4)
            let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
            guard !name.isEmpty else { continue }
            defined.insert(String(name))
            parameters[String(name)] = Self.firstParameter(in: rest.dropFirst(name.count))
        }
        definedFunctions = defined
        firstParameters = parameters
        var sites: [CallSite] = []
        var variables: [String: (line: Int, function: String)] = [:]
        for (number, text) in own {
            let bytes = Array(text.utf8)
            for name in defined {
                sites += Self.calls(of: name, in: bytes, line: number)
            }
            if let (variable, function) = Self.taskAssignment(in: text) {
                variables[variable] = (number, function)
            }
        }
        callSites = sites.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        taskVariables = variables
        var assigned: [String: Set<String>] = [:]
        for (number, text) in own {
            guard let variable = Self.assignedVariable(in: text) else { continue }
            let called = Set(sites.filter { $0.line == number }.map(\.function))
            if !called.isEmpty { assigned[variable, default: []].formUnion(called) }
        }
        assignedCalls = assigned
    }

    /// `(dish, minutes)` → `dish`; `(self, x)` → `x`; `()` → nil.
    private static func firstParameter(in signature: Substring) -> String? {
        guard signature.first == "(" else { return nil }
        let names = signature.dropFirst().prefix(while: { $0 != ")" }).split(separator: ",").map {
            String($0.trimmedWhitespace().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
        }
        return names.first { !$0.isEmpty && $0 != "self" && $0 != "cls" }
    }

    /// The variable a line assigns with `=` (not `==`, not an augmented assignment), if it assigns one name.
    private static func assignedVariable(in line: String) -> String? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let equals = trimmed.firstIndex(of: "="), trimmed[trimmed.index(after: equals)...].first != "=" else { return nil }
        let variable = trimmed[..<equals].trimmedWhitespace()
        guard let first = variable.first, first.isLetter || first == "_",
              variable.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return variable
    }

    private static func calls(of name: String, in bytes: [UInt8], line: Int) -> [CallSite] {
        let nameBytes = Array(name.utf8)
        var result: [CallSite] = []
        var index = 0
        while index + nameBytes.count < bytes.count {
            defer { index += 1 }
            guard Array(bytes[index..<(index + nameBytes.count)]) == nameBytes else { continue }
            if index > 0, isIdentifierByte(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ".") { continue }
            var open = index + nameBytes.count
            while open < bytes.count, bytes[open] == UInt8(ascii: " ") { open += 1 }
            guard open < bytes.count, bytes[open] == UInt8(ascii: "(") else { continue }
            let before = String(decoding: bytes[0..<index], as: UTF8.self)
            if before.hasSuffix("def ") { continue }
            var depth = 0
            var close = open
            while close < bytes.count {
                if bytes[close] == UInt8(ascii: "(") { depth += 1 }
                if bytes[close] == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { break }
                }
                close += 1
            }
            let arguments = String(decoding: bytes[(open + 1)..<min(close, bytes.count)], as: UTF8.self)
            result.append(CallSite(function: name, line: line, column: index + 1, arguments: arguments))
        }
        return result
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// `name = asyncio.create_task(f(...))` (or `ensure_future`, `loop.create_task`, `tg.create_task`).
    private static func taskAssignment(in line: String) -> (String, String)? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let equals = trimmed.firstIndex(of: "="), trimmed[trimmed.index(after: equals)...].first != "=" else { return nil }
        let variable = trimmed[..<equals].trimmedWhitespace()
        guard !variable.isEmpty, variable.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        let value = trimmed[trimmed.index(after: equals)...]
        for marker in ["create_task(", "ensure_future("] {
            guard let range = value.firstRange(of: marker) else { continue }
            let inner = value[range.upperBound...].drop(while: { $0 == " " })
            let function = inner.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
            let name = function.split(separator: ".").last.map(String.init) ?? ""
            return name.isEmpty ? nil : (variable, name)
        }
        return nil
    }
}

extension StringProtocol {
    func trimmedWhitespace() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

}
