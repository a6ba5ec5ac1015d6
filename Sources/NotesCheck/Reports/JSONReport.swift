/// The version-1 JSON report (DESIGN.md, "JSON report"): the contract other tools read.
///
/// Plain `Codable` values; build one from `FileCheck`s with `JSONReport(files:)` and print it with
/// `JSONRenderer`. Lines and columns are 1-based, columns count Unicode code points, and a range's
/// `end` is the position of its last character (inclusive, as cmark reports ranges); an empty
/// range has `end == start`. Optional fields are written as `null`, never left out.
public struct JSONReport: Codable, Equatable, Sendable {
    public var version: Int
    public var tool: Tool
    public var files: [File]
    public var summary: Summary

    public init(version: Int = 1, tool: Tool = Tool(), files: [File], summary: Summary) {
        self.version = version
        self.tool = tool
        self.files = files
        self.summary = summary
    }

    public struct Tool: Codable, Equatable, Sendable {
        public var name: String
        public var version: String

        public init(name: String = NotesCheckInfo.toolName, version: String = NotesCheckInfo.toolVersion) {
            self.name = name
            self.version = version
        }
    }

    public struct Position: Codable, Equatable, Sendable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public struct Range: Codable, Equatable, Sendable {
        public var start: Position
        public var end: Position

        public init(start: Position, end: Position) {
            self.start = start
            self.end = end
        }
    }

    public struct File: Codable, Equatable, Sendable {
        public var path: String
        public var snippets: [Snippet]
        public var claims: [Claim]
        public var diagnostics: [Diagnostic]
        /// Extra field: the prose sentences read for claims (summed into `summary.sentences`).
        public var sentences: Int

        public init(path: String, snippets: [Snippet], claims: [Claim], diagnostics: [Diagnostic], sentences: Int) {
            self.path = path
            self.snippets = snippets
            self.claims = claims
            self.diagnostics = diagnostics
            self.sentences = sentences
        }
    }

    public struct Snippet: Codable, Equatable, Sendable {
        public var range: Range
        /// Extra field: the fence's language (first word of its info string).
        public var language: String?
        public var status: SnippetStatus
        public var entry: SnippetEntry
        public var stdout: [String]
        public var virtualSeconds: Double?
        public var exception: String?
        public var tasks: [Task]

        public init(
            range: Range, language: String?, status: SnippetStatus, entry: SnippetEntry, stdout: [String],
            virtualSeconds: Double?, exception: String?, tasks: [Task]
        ) {
            self.range = range
            self.language = language
            self.status = status
            self.entry = entry
            self.stdout = stdout
            self.virtualSeconds = virtualSeconds
            self.exception = exception
            self.tasks = tasks
        }

        private enum CodingKeys: String, CodingKey {
            case range, language, status, entry, stdout, virtualSeconds, exception, tasks
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(range, forKey: .range)
            try container.encode(language, forKey: .language)
            try container.encode(status, forKey: .status)
            try container.encode(entry, forKey: .entry)
            try container.encode(stdout, forKey: .stdout)
            try container.encode(virtualSeconds, forKey: .virtualSeconds)
            try container.encode(exception, forKey: .exception)
            try container.encode(tasks, forKey: .tasks)
        }
    }

    public struct Task: Codable, Equatable, Sendable {
        public var name: String
        public var coroutine: String
        public var created: Double
        public var finished: Double?

        public init(name: String, coroutine: String, created: Double, finished: Double?) {
            self.name = name
            self.coroutine = coroutine
            self.created = created
            self.finished = finished
        }

        private enum CodingKeys: String, CodingKey { case name, coroutine, created, finished }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(coroutine, forKey: .coroutine)
            try container.encode(created, forKey: .created)
            try container.encode(finished, forKey: .finished)
        }
    }

    public struct Claim: Codable, Equatable, Sendable {
        public var range: Range
        public var text: String
        public var kind: ClaimKind
        public var verdict: ClaimVerdict
        public var evidence: String

        public init(range: Range, text: String, kind: ClaimKind, verdict: ClaimVerdict, evidence: String) {
            self.range = range
            self.text = text
            self.kind = kind
            self.verdict = verdict
            self.evidence = evidence
        }
    }

    public struct Diagnostic: Codable, Equatable, Sendable {
        public var range: Range
        public var severity: Severity
        public var code: String
        public var message: String
        /// Extra field: the fix, when there is one.
        public var fix: Fix?

        public init(range: Range, severity: Severity, code: String, message: String, fix: Fix?) {
            self.range = range
            self.severity = severity
            self.code = code
            self.message = message
            self.fix = fix
        }

        private enum CodingKeys: String, CodingKey { case range, severity, code, message, fix }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(range, forKey: .range)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(fix, forKey: .fix)
        }
    }

    public struct Fix: Codable, Equatable, Sendable {
        public var message: String
        public var applicability: Applicability
        public var edits: [Edit]

        public init(message: String, applicability: Applicability, edits: [Edit]) {
            self.message = message
            self.applicability = applicability
            self.edits = edits
        }
    }

    public struct Edit: Codable, Equatable, Sendable {
        public var range: Range
        public var replacement: String

        public init(range: Range, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    public struct Summary: Codable, Equatable, Sendable {
        public var files: Int
        public var snippets: Int
        public var sentences: Int
        public var claims: Int
        public var confirmed: Int
        public var contradicted: Int
        public var unverifiable: Int

        public init(
            files: Int, snippets: Int, sentences: Int, claims: Int, confirmed: Int, contradicted: Int, unverifiable: Int
        ) {
            self.files = files
            self.snippets = snippets
            self.sentences = sentences
            self.claims = claims
            self.confirmed = confirmed
            self.contradicted = contradicted
            self.unverifiable = unverifiable
        }
    }
}
