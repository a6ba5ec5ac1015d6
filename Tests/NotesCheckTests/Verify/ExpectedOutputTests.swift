import XCTest
@testable import NotesCheck

/// Every form of stated output is found and compared, for a match and for a mismatch. The printed lines are
/// given (these tests are about reading notes, not about running Python).
final class ExpectedOutputTests: XCTestCase {
    func expected(_ markdown: String) -> [ExpectedOutput] {
        let document = Document.parse(SourceText(markdown))
        return ExpectedOutputFinder.find(in: document, snippets: document.fences.filter(SnippetRule.isSnippet))
    }

    func verdicts(_ markdown: String, printed: [String]) -> [String] {
        expected(markdown).map { output in
            switch OutputComparison.compare(output, printed: printed, code: "") {
            case .matches: return "\(output.form.rawValue): match"
            case .differs(_, let line): return "\(output.form.rawValue): differs\(line.map { " at \($0)" } ?? "")"
            case .unverifiable: return "\(output.form.rawValue): unverifiable"
            }
        }
    }

    let code = "```python\nprint('a')\nprint('b')\n```\n"

    func testAFenceRightAfterTheSnippet() {
        for tag in ["text", "output", "console", "shell", ""] {
            let note = code + "\n```\(tag)\na\nb\n```\n"
            XCTAssertEqual(verdicts(note, printed: ["a", "b"]), ["output-fence: match"], tag)
            XCTAssertEqual(verdicts(note, printed: ["b", "a"]), ["output-fence: differs"], tag)
        }
    }

    func testAShellPromptIsTheCommandNotOutput() {
        let note = code + "\n```console\n$ python demo.py\na\nb\n```\n"
        XCTAssertEqual(verdicts(note, printed: ["a", "b"]), ["output-fence: match"])
    }

    func testAFenceIntroducedByAParagraph() {
        for intro in ["Output:", "It prints:", "You should see:", "Result:"] {
            let note = code + "\n\(intro)\n\n```\na\nb\n```\n"
            XCTAssertEqual(verdicts(note, printed: ["a", "b"]), ["output-paragraph: match"], intro)
            XCTAssertEqual(verdicts(note, printed: ["a"]), ["output-paragraph: differs"], intro)
        }
    }

    func testOutputCommentBlocks() {
        let note = "```python\nprint('a')\nprint('b')\n# Output:\n# a\n# b\n```\n"
        XCTAssertEqual(verdicts(note, printed: ["a", "b"]), ["comment-block: match"])
        XCTAssertEqual(verdicts(note, printed: ["a", "c"]), ["comment-block: differs"])
    }

    func testHashGreaterLines() {
        let note = "```python\nprint('a')\n#> a\nprint('b')\n#> b\n```\n"
        XCTAssertEqual(verdicts(note, printed: ["a", "b"]), ["hash-gt: match"])
        XCTAssertEqual(verdicts(note, printed: ["a", "x"]), ["hash-gt: differs at 1"])
    }

    func testTrailingPrintsComments() {
        let note = "```python\nprint(1 + 2)  # prints 3\nprint('hi')  # -> 'hi'\n```\n"
        XCTAssertEqual(verdicts(note, printed: ["3", "hi"]), ["trailing-comment: match"])
        XCTAssertEqual(verdicts(note, printed: ["4", "hi"]), ["trailing-comment: differs at 0"])
    }

    func testWallClockReadingsAreUnverifiableNotWrong() {
        let note = "```python\nprint(datetime.now())\n```\n\n```text\n2024-01-02 10:11:12\n```\n"
        let output = expected(note)
        XCTAssertEqual(output.count, 1)
        if let first = output.first {
            XCTAssertEqual(OutputComparison.compare(first, printed: ["2026-11-25 09:05:47"], code: "print(datetime.now())"),
                           .unverifiable("the output holds wall-clock readings, which the model does not reproduce"))
        }
    }
}
