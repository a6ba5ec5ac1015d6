import XCTest
@testable import NotesCheck

/// The English of counts, limits, several lines' order, numbered subjects and participle events, and what "it"
/// names in a run fact; wordings that limit or negate a claim make no claim, or a weaker one.
final class RunCountRulesTests: XCTestCase {
    private func facts(_ text: String, antecedent: String? = nil) -> [RunFact] {
        let s = sentence(text)
        return ClaimMatcher().candidates(in: s, antecedent: antecedent).compactMap {
            if case .run(let fact) = $0.assertion { return fact }
            return nil
        }
    }

    private let d1 = StatedDuration(seconds: 1, hedged: false, halfLastDigit: 0.5)

    func testPrintedTimes() {
        XCTAssertEqual(facts("`a tick` is printed three times."), [.printedTimes("a tick", .init(number: 3))])
        XCTAssertEqual(facts("`done` appears once, as the last line."), [.printedTimes("done", .init(number: 1))])
        XCTAssertEqual(facts("`x` is printed at least twice."), [.printedTimes("x", .init(number: 2, atLeast: true))])
        XCTAssertEqual(facts("`b tick` is printed three times before the cancel."),
                       [.printedTimes("b tick", .init(number: 3, bounded: true))])
        XCTAssertEqual(facts("The loop prints `hi` 4 times."), [.printedTimes("hi", .init(number: 4))])
        XCTAssertFalse(claims("`slow tick` is printed twice.").contains("printed `slow tick`"))
        XCTAssertEqual(facts("`a tick` is printed three times and `b tick` twice before the cancel."),
                       [.allOf([.printedTimes("a tick", .init(number: 3, bounded: true)), .printedTimes("b tick", .init(number: 2, bounded: true))])])
    }

    func testFirstAmongPeersOccurrencesAndMixing() {
        XCTAssertEqual(facts("Request 1 ends first, because it was admitted first."), [.eventFirst(subject: "request 1", verb: "ends")])
        XCTAssertTrue(facts("Request 4 ends first in the second pair.").isEmpty)
        XCTAssertEqual(facts("`tock` is printed before the second `tick`."),
                       [.printedBeforeOccurrence("tock", at: nil, firstOrdinal: nil, "tick", secondOrdinal: 2)])
        XCTAssertEqual(facts("The third `tick` is printed before the second `tock`."),
                       [.printedBeforeOccurrence("tick", at: nil, firstOrdinal: 3, "tock", secondOrdinal: 2)])
        XCTAssertEqual(facts("`a` and `b` lines are interleaved."), [.interleaved("a", "b")])
        XCTAssertEqual(facts("The heartbeat keeps beating every second while `main` sleeps."),
                       [.keepsGoingWhile(subject: "heartbeat", other: .mention(0))])
        XCTAssertTrue(facts("The heartbeat keeps beating while it sleeps.").isEmpty)
    }

    func testCountedLines() {
        XCTAssertEqual(facts("The countdown stops after three counts."),
                       [.linesCounted(noun: "counts", subject: "countdown", .init(number: 3))])
        XCTAssertEqual(facts("All five counts print before the timeout fires."),
                       [.linesCounted(noun: "counts", subject: nil, .init(number: 5, bounded: true))])
        XCTAssertEqual(facts("The heartbeat prints three beats in all, and it stops after four beats."),
                       [.linesCounted(noun: "beats", subject: "heartbeat", .init(number: 3)),
                        .linesCounted(noun: "beats", subject: "heartbeat", .init(number: 4))])
        XCTAssertEqual(facts("`ticker()` prints two ticks."), [.linesCounted(noun: "ticks", subject: "ticker()", .init(number: 2))])
        XCTAssertTrue(facts("It stops after three seconds.").isEmpty)
        XCTAssertTrue(facts("The worker prints two lines.").isEmpty)
    }

    func testNumberedSubjectsAndParticiples() {
        XCTAssertEqual(facts("Requests 3 and 4 start at 1 s, when the first pair lets go."),
                       [.eventsAt(subjects: ["request 3", "request 4"], verb: "start", d1)])
        XCTAssertEqual(facts("It is released at 1 s, right after the third beat.", antecedent: "waiter"),
                       [.eventAt(subject: "waiter", verb: "released", d1)])
        XCTAssertEqual(facts("It is released at 1 s."), [])
        XCTAssertEqual(facts("Request 5 waits for a slot, so it starts at 1 s."),
                       [.eventAt(subject: "request 5", verb: "starts", d1)])
        XCTAssertEqual(facts("`a` is cleaned up before `b`, since it was cancelled first."),
                       [.eventBefore(subject: "a", verb: "cleaned up", otherSubject: "b", otherVerb: "cleaned up")])
        XCTAssertFalse(facts("`a` is printed before `b`.").contains { if case .eventBefore = $0 { return true } else { return false } })
    }

    func testLimits() {
        XCTAssertEqual(facts("At most two `fetch` calls are inside the `async with` block at once."),
                       [.atMostAtOnce(.mention(0), block: "async with", count: 2)])
        XCTAssertEqual(facts("At most one request is in flight at any moment."),
                       [.atMostAtOnce(.phrase("request"), block: nil, count: 1)])
    }

    func testOrdersOfSeveralLines() {
        XCTAssertEqual(facts("The pings come out in order of their delays (`ping 1`, `ping 2`, `ping 3`)."),
                       [.printedInOrder(["ping 1", "ping 2", "ping 3"])])
        XCTAssertTrue(facts("The pings do not come out in order of their delays (`ping 1`, `ping 2`).").isEmpty)
        XCTAssertEqual(facts("`x`, `y` and `z` are printed in that order."), [.printedInOrder(["x", "y", "z"])])
        XCTAssertEqual(facts("We see `count 5`, `count 4` and `count 3` before `late`."),
                       [.allPrintedBefore(["count 5", "count 4", "count 3"], other: "late", otherVerb: nil)])
        XCTAssertEqual(facts("We see `a`, `b` and `c` before the deadline hits."),
                       [.allPrintedBefore(["a", "b", "c"], other: "deadline", otherVerb: "hits")])
        XCTAssertEqual(facts("`ping` and `pong` alternate."), [.alternate("ping", "pong")])
        XCTAssertTrue(facts("`ping` and `pong` do not alternate.").isEmpty)
        XCTAssertEqual(facts("Each worker prints its `cleaning up` line before its `closed` line."),
                       [.eachTaskBefore(first: "cleaning up", second: "closed")])
        XCTAssertEqual(facts("`beat 1` shows up before the result line."), [.printedBeforeWordLine("beat 1", word: "result")])
        XCTAssertEqual(claims("`call_soon` prints before `task`."), ["printed `call_soon` before `task`"])
        XCTAssertEqual(claims("The program reports `after 1.5s`."), ["printed `after 1.5s`"])
    }

    func testOpeningSubjects() {
        let opening = { (text: String) -> String? in
            let s = sentence(text)
            return Antecedent.opening(of: s, mentions: MentionScanner.mentions(in: s))
        }
        XCTAssertEqual(opening("The waiter starts waiting right away."), "waiter")
        XCTAssertEqual(opening("Request 5 has to wait."), "request 5")
        XCTAssertEqual(opening("`beat 0` is printed first."), "beat 0")
        XCTAssertNil(opening("Then the waiter starts."))
        XCTAssertNil(opening("It is released."))
    }
}
