import XCTest
@testable import NotesCheck

/// Our output checker against `doctest.DocTestRunner` with the default `OutputChecker` (checks.json): for each
/// want and what the example printed or raised, doctest's verdict.
final class TranscriptCheckerTests: XCTestCase {
    func testVerdictsAreDoctests() throws {
        let checks = try TranscriptGoldens.checks()
        XCTAssertGreaterThanOrEqual(checks.count, 50)
        XCTAssertEqual(Set(checks.map(\.passed)), [true, false])
        for check in checks {
            let example = TranscriptExample(source: "", want: check.want, exceptionMessage: check.excMsg, line: 0, indent: 0,
                                            options: TranscriptGoldens.options(check.options), sourceLineCount: 1, wantLineCount: 0)
            let verdict = TranscriptChecker.passes(example, printed: check.got, exception: check.exception, flags: example.flags())
            XCTAssertEqual(verdict, check.passed, check.name)
        }
    }

    func testTracebackWantsYieldDoctestsExceptionMessage() throws {
        for check in try TranscriptGoldens.checks() {
            let lines = check.want.dropLast(check.want.hasSuffix("\n") ? 1 : 0)
                .split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            XCTAssertEqual(TranscriptParser.exceptionMessage(ofWant: lines), check.excMsg, check.name)
        }
    }
}
