import XCTest
@testable import NotesCheck

/// Our parse of every committed transcript against `doctest.DocTestParser().get_examples` (parse.json).
final class TranscriptParserTests: XCTestCase {
    func testEveryTranscriptParsesAsDoctestParsesIt() throws {
        let goldens = try TranscriptGoldens.parsed()
        let names = try TranscriptGoldens.caseNames()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        XCTAssertEqual(Set(goldens.keys), Set(names))
        var examples = 0
        for name in names {
            let golden = try XCTUnwrap(goldens[name])
            switch TranscriptParser.parse(try TranscriptGoldens.text(ofCase: name)) {
            case .failure(let error):
                XCTAssertEqual(error.doctestLine, golden.error?.line, "\(name): \(error.message)")
                XCTAssertNil(golden.examples, "\(name): doctest parses it, we refuse it: \(error.message)")
            case .success(let parsed):
                XCTAssertNil(golden.error, "\(name): doctest refuses it: \(golden.error?.message ?? "")")
                let expected = golden.examples ?? []
                XCTAssertEqual(parsed.count, expected.count, name)
                for (ours, theirs) in zip(parsed, expected) {
                    examples += 1
                    XCTAssertEqual(ours.source, theirs.source, "\(name) line \(theirs.line)")
                    XCTAssertEqual(ours.want, theirs.want, "\(name) line \(theirs.line)")
                    XCTAssertEqual(ours.exceptionMessage, theirs.excMsg, "\(name) line \(theirs.line)")
                    XCTAssertEqual(ours.line, theirs.line, name)
                    XCTAssertEqual(ours.indent, theirs.indent, "\(name) line \(theirs.line)")
                    XCTAssertEqual(TranscriptGoldens.optionNames(ours.options), theirs.options, "\(name) line \(theirs.line)")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(examples, 100)
    }

    func testLineCountsCoverPromptsAndWant() throws {
        let text = ">>> def f():\n...     return 1\n...\n>>> f()\n1\n\n>>> x = 2\n"
        let examples = try TranscriptParser.parse(text).get()
        XCTAssertEqual(examples.map(\.sourceLineCount), [3, 1, 1])
        XCTAssertEqual(examples.map(\.wantLineCount), [0, 1, 0])
        XCTAssertEqual(examples.map(\.line), [0, 3, 6])
    }
}
