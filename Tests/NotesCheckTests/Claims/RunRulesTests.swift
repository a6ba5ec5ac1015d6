import XCTest
@testable import NotesCheck

/// The run rules read the English of value, event-time, event-order, sum and joint-duration claims; words that
/// only use printing as a moment, or state a value of other cases, make no such claim.
final class RunRulesTests: XCTestCase {
    func testValuesOnPrintedLines() {
        XCTAssertEqual(claims("`a done?` prints False."), [#"run value(of: "a done?", value: "false")"#])
        XCTAssertEqual(claims("After the await, `t.cancelled()` is True."), [#"run value(of: "t.cancelled()", value: "true")"#])
        XCTAssertEqual(claims("`len(results)` is `3`."), [#"run value(of: "len(results)", value: "3")"#])
        XCTAssertFalse(claims("The task still counts as cancelled, so `t.cancelled()` is True anyway.").contains { $0.hasPrefix("run value") })
        XCTAssertFalse(claims("Its `finally` still prints `cleanup`.").contains { $0.hasPrefix("run value") })
    }

    func testLinesAndLists() {
        XCTAssertEqual(claims("The ready lines show 1.0, 2.0 and 3.0, in that order."),
                       [#"run linesShow(word: "ready", values: ["1.0", "2.0", "3.0"], ordered: true)"#])
        XCTAssertEqual(claims("Each stamp line shows 1.0, 2.0 and 3.0."),
                       [#"run linesShow(word: "stamp", values: ["1.0", "2.0", "3.0"], ordered: false)"#])
        XCTAssertEqual(claims("The last line shows 1.0."), [#"run edgeLine(last: true, value: "1.0")"#])
        XCTAssertEqual(claims("The list starts with 'timer'."), [#"run listStarts(with: "timer", completionOrder: false)"#])
        XCTAssertEqual(claims("The list is in completion order, `b` first."), [#"run listStarts(with: "b", completionOrder: true)"#])
        XCTAssertEqual(claims("The results are [2, 4]."), [#"run printedList("[2, 4]")"#])
    }

    func testEventTimesAndOrder() {
        XCTAssertEqual(claims("Job 4 starts at 2 s."), [#"run eventAt(subject: "job 4", verb: Optional("starts"), NotesCheck.StatedDuration(seconds: 2.0, hedged: false, halfLastDigit: 0.5))"#])
        XCTAssertEqual(claims("The soup is reported ready 2.5 s into the run."), [#"run eventAt(subject: "soup", verb: Optional("ready"), NotesCheck.StatedDuration(seconds: 2.5, hedged: false, halfLastDigit: 0.05))"#])
        XCTAssertEqual(claims("`w3 finished` is reported at the 1.5 second mark."), ["printed \"w3 finished\" at 1.5 s".replacingOccurrences(of: "\"", with: "`")])
        XCTAssertEqual(claims("`crit(2)` enters before `crit(1)` leaves."),
                       [#"run eventBefore(subject: "crit(2)", verb: "enters", otherSubject: "crit(1)", otherVerb: "leaves")"#])
        XCTAssertEqual(claims("The producer gets all its lines out before the consumer prints anything."),
                       [#"run allLinesBefore(first: "producer", second: "consumer")"#])
        XCTAssertTrue(claims("So it only starts at the 2 second mark.").isEmpty)
    }

    func testSumsAndJointDurations() {
        XCTAssertEqual(claims("So the total is 0.9 + 1.0 = 1.9 s."), ["run lasts 1.9 s"])
        XCTAssertEqual(claims("The two `crit()` calls take 1 s together."), ["`crit()` lasts 1 s together"])
        XCTAssertEqual(claims("The seven jobs of 1 s take about 2 s."), ["'the seven jobs of {d0}' lasts about 2 s"])
    }

    func testPrintingAsAMomentIsNoClaimOfPrinting() {
        XCTAssertFalse(claims("The generator's `finally` runs right away, before `after loop` is printed.").contains("printed `after loop`"))
    }
}
