import Foundation
@testable import NotesCheck

/// The transcript cases (`Fixtures/Transcripts/*.pycon`) and what CPython 3.11's doctest says about them
/// (`Goldens/Transcripts/*.json`, written by `python3 tools/golden/transcripts.py`).
enum TranscriptGoldens {
    struct ParsedExample: Decodable {
        var source: String
        var want: String
        var excMsg: String?
        var line: Int
        var indent: Int
        var options: [String: Bool]
    }

    struct ParseError: Decodable {
        var message: String
        var line: Int?
    }

    struct Parsed: Decodable {
        var examples: [ParsedExample]?
        var error: ParseError?
    }

    struct Outcome: Decodable {
        var line: Int
        var passed: Bool
        var got: String
        var exception: String?
    }

    struct Check: Decodable {
        var name: String
        var want: String
        var excMsg: String?
        var options: [String: Bool]
        var got: String
        var exception: String?
        var passed: Bool
    }

    static let fixtures = Golden.testsDirectory.appendingPathComponent("Fixtures/Transcripts")
    static let goldens = Golden.testsDirectory.appendingPathComponent("Goldens/Transcripts")

    static func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".pycon") }.sorted()
    }

    static func text(ofCase name: String) throws -> String {
        String(decoding: try Data(contentsOf: fixtures.appendingPathComponent(name)), as: UTF8.self)
    }

    static func parsed() throws -> [String: Parsed] {
        try JSONDecoder().decode([String: Parsed].self, from: Data(contentsOf: goldens.appendingPathComponent("parse.json")))
    }

    static func runs() throws -> [String: [Outcome]] {
        try JSONDecoder().decode([String: [Outcome]].self, from: Data(contentsOf: goldens.appendingPathComponent("runs.json")))
    }

    static func checks() throws -> [Check] {
        try JSONDecoder().decode([Check].self, from: Data(contentsOf: goldens.appendingPathComponent("checks.json")))
    }

    static func options(_ named: [String: Bool]) -> [DoctestOptions: Bool] {
        var options: [DoctestOptions: Bool] = [:]
        for (name, on) in named {
            if let flag = DoctestOptions.byName[name] { options[flag] = on }
        }
        return options
    }

    static func optionNames(_ options: [DoctestOptions: Bool]) -> [String: Bool] {
        var names: [String: Bool] = [:]
        for (name, flag) in DoctestOptions.byName {
            if let on = options[flag] { names[name] = on }
        }
        return names
    }

    /// `<object object at 0x7f…>` as the goldens keep it: `at 0x...`.
    static func withoutAddresses(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: " at 0x") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...].drop { $0.isHexDigit }
            result += "..."
        }
        return result + rest
    }
}

/// Replays, prompt by prompt, what doctest recorded for a transcript: the report's verdicts must then be doctest's.
final class RecordedRunner: TranscriptRunner {
    private var outcomes: [TranscriptGoldens.Outcome]
    private(set) var sources: [(String, Int)] = []

    init(_ outcomes: [TranscriptGoldens.Outcome]) {
        self.outcomes = outcomes
    }

    func run(_ source: String, firstLine: Int) -> ExampleRun {
        sources.append((source, firstLine))
        guard !outcomes.isEmpty else { return ExampleRun(printed: "", outcome: .notRun(.error, reason: "no recording left")) }
        let outcome = outcomes.removeFirst()
        return ExampleRun(printed: outcome.got, outcome: outcome.exception.map { .exception($0) } ?? .completed)
    }
}
