import XCTest
@testable import NotesCheck

/// The queries behind counts, limits and orders of several lines, on small hand-built runs: what each reading
/// decides, and where it stays unverifiable rather than guess.
final class RunFactCountQueriesTests: XCTestCase {
    private static let code = """
    async def heartbeat():
        print("beat")

    async def fetch(i, sem):
        async with sem:
            await asyncio.sleep(1)
    """

    private func moment(_ seconds: Double, _ sequence: Int) -> Moment { Moment(seconds: seconds, sequence: sequence) }

    /// A run printing `lines` (text, task) one per tenth of a second.
    private func queries(_ lines: [(String, String?)], times: [Double]? = nil, tasks: [TaskSpan] = [], calls: [CallSpan] = [],
                         suspensions: [WaitSpan] = [], blocking: [BlockingSpan] = [], mentions: [Mention] = []) -> RunFactQueries {
        let printed = lines.enumerated().map { index, line in
            PrintedLine(text: line.0, seconds: times?[index] ?? Double(index) / 10, sequence: index, task: line.1)
        }
        let run = RunRecord(lines: printed, virtualSeconds: 2, tasks: tasks, calls: calls, waits: suspensions.filter { !$0.synchronizing },
                            blocking: blocking, suspensions: suspensions)
        let facts = SnippetFacts(code: Self.code, firstLine: 1)
        let binder = Binder(mentions: mentions, facts: facts, run: run)
        return RunFactQueries(run: run, facts: facts, binder: binder, queries: RunQueries(run: run, binder: binder, label: "the run"),
                              label: "the run")
    }

    private func kind(_ truth: Truth) -> String {
        switch truth {
        case .holds: return "holds"
        case .fails: return "fails"
        case .unknown: return "unknown"
        }
    }

    func testPrintedTimes() {
        let q = queries([("tick", nil), ("tock", nil), ("tick", nil)])
        XCTAssertEqual(kind(q.printedTimes("tick", .init(number: 2))), "holds")
        XCTAssertEqual(kind(q.printedTimes("tick", .init(number: 3))), "fails")
        XCTAssertEqual(kind(q.printedTimes("tick", .init(number: 3, bounded: true))), "fails")
        XCTAssertEqual(kind(q.printedTimes("tick", .init(number: 2, bounded: true))), "unknown")
        XCTAssertEqual(kind(q.printedTimes("tick", .init(number: 1, atLeast: true))), "holds")
        XCTAssertEqual(kind(q.printedTimes("boom", .init(number: 1))), "unknown")
    }

    func testCountedLinesBelongToTheSubject() {
        let beat = TaskSpan(name: "Task-2", coroutine: "heartbeat", created: moment(0, 0), firstStep: moment(0, 1),
                            finished: moment(1, 9), outcome: .result, creationLine: nil)
        let q = queries([("beat 0", "Task-2"), ("beat 1", "Task-2"), ("beat 9", "Task-3")], tasks: [beat])
        XCTAssertEqual(kind(q.linesCounted("beats", subject: "heartbeat", .init(number: 2))), "holds")
        XCTAssertEqual(kind(q.linesCounted("beats", subject: "heartbeat", .init(number: 3))), "fails")
        XCTAssertEqual(kind(q.linesCounted("beats", subject: "heartbeat()", .init(number: 2))), "holds")
        XCTAssertEqual(kind(q.linesCounted("beats", subject: nil, .init(number: 3))), "unknown")
        XCTAssertEqual(kind(q.linesCounted("pings", subject: nil, .init(number: 3))), "unknown")
        let workers = queries([("worker 1 starts", "W"), ("worker 2 starts", "W"), ("worker 1 done", "W"), ("worker 2 done", "W")])
        XCTAssertEqual(kind(workers.linesCounted("workers", subject: nil, .init(number: 2))), "holds")
        XCTAssertEqual(kind(workers.linesCounted("workers", subject: nil, .init(number: 3))), "fails")
    }

    func testAlternationAndListedOrders() {
        let good = queries([("ping", nil), ("pong", nil), ("ping", nil), ("end", nil)])
        XCTAssertEqual(kind(good.alternate("ping", "pong")), "holds")
        XCTAssertEqual(kind(good.printedInOrder(["ping", "pong", "end"])), "holds")
        XCTAssertEqual(kind(good.printedInOrder(["pong", "ping"])), "fails")
        XCTAssertEqual(kind(good.allPrintedBefore(["ping", "pong"], other: "end")), "holds")
        XCTAssertEqual(kind(good.allPrintedBefore(["ping", "end"], other: "pong")), "fails")
        let bad = queries([("ping", nil), ("ping", nil), ("pong", nil)])
        XCTAssertEqual(kind(bad.alternate("ping", "pong")), "fails")
        XCTAssertEqual(kind(bad.printedInOrder(["ping", "boom"])), "unknown")
    }

    func testEachTaskOwnOrder() {
        let ordered = queries([("a cleaning up", "A"), ("b cleaning up", "B"), ("a closed", "A"), ("b closed", "B")])
        XCTAssertEqual(kind(ordered.eachTaskBefore(first: "cleaning up", second: "closed")), "holds")
        let swapped = queries([("a cleaning up", "A"), ("b closed", "B"), ("a closed", "A"), ("b cleaning up", "B")])
        XCTAssertEqual(kind(swapped.eachTaskBefore(first: "cleaning up", second: "closed")), "fails")
        let untasked = queries([("a cleaning up", nil), ("a closed", nil)])
        XCTAssertEqual(kind(untasked.eachTaskBefore(first: "cleaning up", second: "closed")), "unknown")
    }

    func testFirstAmongPeersOccurrencesAndMixing() {
        let q = queries([("tick", nil), ("job 2 ends", nil), ("tock", nil), ("job 1 ends", nil), ("tick", nil), ("tock", nil)])
        XCTAssertEqual(kind(q.eventFirst("job 2", "ends")), "holds")
        XCTAssertEqual(kind(q.eventFirst("job 1", "ends")), "fails")
        XCTAssertEqual(kind(q.eventFirst("job 3", "ends")), "unknown")
        let numbered = queries([("start 1 at 0.0", nil), ("start 2 at 0.1", nil), ("done 2", nil)])
        let tenth = StatedDuration(seconds: 0.1, hedged: false, halfLastDigit: 0.05)
        XCTAssertEqual(kind(numbered.eventAt("request 2", "starts", tenth)), "holds")
        XCTAssertEqual(kind(numbered.eventAt("request 1", "starts", tenth)), "fails")
        XCTAssertEqual(kind(q.eventAt("job 3", "ends", tenth)), "unknown")
        XCTAssertEqual(kind(q.printedBeforeOccurrence("tock", at: nil, firstOrdinal: nil, "tick", secondOrdinal: 2)), "holds")
        XCTAssertEqual(kind(q.printedBeforeOccurrence("tick", at: nil, firstOrdinal: 2, "tock", secondOrdinal: 1)), "fails")
        XCTAssertEqual(kind(q.printedBeforeOccurrence("tick", at: nil, firstOrdinal: 3, "tock", secondOrdinal: 1)), "unknown")
        let late = StatedDuration(seconds: 0.4, hedged: false, halfLastDigit: 0.05)
        XCTAssertEqual(kind(q.printedBeforeOccurrence("tick", at: late, firstOrdinal: nil, "tock", secondOrdinal: 0)), "holds")
        XCTAssertEqual(kind(q.interleaved("tick", "tock")), "holds")
        XCTAssertEqual(kind(q.interleaved("job 2", "job 1")), "unknown")
        let blocks = queries([("a", nil), ("a", nil), ("b", nil)])
        XCTAssertEqual(kind(blocks.interleaved("a", "b")), "fails")
        XCTAssertEqual(kind(q.allOf([.printedTimes("tick", .init(number: 2)), .printedTimes("tock", .init(number: 3))])), "fails")
        XCTAssertEqual(kind(q.allOf([.printedTimes("tick", .init(number: 2)), .printedTimes("tock", .init(number: 2))])), "holds")
    }

    /// A heartbeat task beside one call of `fetch` that waits, or holds the loop, from 0.6 s to 2.4 s.
    func testKeepsGoingWhileAnotherWaits() {
        let beat = TaskSpan(name: "Task-2", coroutine: "heartbeat", created: moment(0, 0), firstStep: moment(0, 1),
                            finished: moment(3, 99), outcome: .result, creationLine: nil)
        let call = CallSpan(function: "fetch", line: 20, column: 0, task: "T1", start: moment(0.6, 10), end: moment(2.4, 20))
        let fetch = Mention(kind: .code("fetch"), range: 0..<7)
        let sparse = [0.0, 0.5, 2.5, 3.0]
        let lines = sparse.map { ("beat \($0)", Optional("Task-2")) }
        let held = queries(lines, times: sparse, tasks: [beat], calls: [call],
                           blocking: [BlockingSpan(task: "T1", line: 6, start: moment(0.6, 11), end: moment(2.4, 12))], mentions: [fetch])
        XCTAssertEqual(kind(held.keepsGoingWhile("heartbeat", .mention(0))), "fails")
        let wait = [WaitSpan(task: "T1", start: moment(0.6, 11), end: moment(2.4, 12), line: 6)]
        let waiting = queries(lines, times: sparse, tasks: [beat], calls: [call], suspensions: wait, mentions: [fetch])
        XCTAssertEqual(kind(waiting.keepsGoingWhile("heartbeat", .mention(0))), "unknown")
        let dense = stride(from: 0.0, through: 3.0, by: 0.5).map { $0 }
        let steady = queries(dense.map { ("beat \($0)", Optional("Task-2")) }, times: dense, tasks: [beat], calls: [call],
                             suspensions: wait, mentions: [fetch])
        XCTAssertEqual(kind(steady.keepsGoingWhile("heartbeat", .mention(0))), "holds")
        XCTAssertEqual(kind(steady.keepsGoingWhile("fetch", .mention(0))), "unknown")
    }

    func testBeforeTheLineHoldingAWord() {
        let q = queries([("beat 1", nil), ("result: 3", nil), ("beat 2", nil)])
        XCTAssertEqual(kind(q.printedBeforeWordLine("beat 1", word: "result")), "holds")
        XCTAssertEqual(kind(q.printedBeforeWordLine("beat 2", word: "result")), "fails")
        XCTAssertEqual(kind(q.printedBeforeWordLine("beat 1", word: "beat")), "unknown")
    }

    func testPeakCountsOverlapsOfPositiveLength() {
        let s = { (a: Double, b: Double) in (start: Moment(seconds: a, sequence: 0), end: Moment(seconds: b, sequence: 0)) }
        XCTAssertEqual(RunFactQueries.peak([[s(0, 1)], [s(1, 2)], [s(0.5, 1.5)]])?.count, 2)
        XCTAssertEqual(RunFactQueries.peak([[s(0, 1)], [s(1, 2)]])?.count, 1)
        XCTAssertNil(RunFactQueries.peak([[s(1, 1)]]))
    }

    /// Three calls of `fetch`: two inside `async with` over [0, 1], the third waits for the block (on its header
    /// line) and is inside over [1, 2].
    func testAtMostInsideABlock() {
        let calls = ["T1", "T2", "T3"].enumerated().map { index, task in
            CallSpan(function: "fetch", line: 20, column: 0, task: task, start: moment(0, index), end: moment(index == 2 ? 2 : 1, 10 + index))
        }
        let suspensions = [
            WaitSpan(task: "T1", start: moment(0, 3), end: moment(1, 7), line: 6),
            WaitSpan(task: "T2", start: moment(0, 4), end: moment(1, 8), line: 6),
            WaitSpan(task: "T3", start: moment(0, 5), end: moment(1, 9), line: 5, synchronizing: true),
            WaitSpan(task: "T3", start: moment(1, 10), end: moment(2, 11), line: 6),
        ]
        let fetch = Mention(kind: .code("fetch"), range: 0..<7)
        let q = queries([], calls: calls, suspensions: suspensions, mentions: [fetch])
        XCTAssertEqual(kind(q.atMostAtOnce(.mention(0), block: "async with", count: 2)), "holds")
        XCTAssertEqual(kind(q.atMostAtOnce(.mention(0), block: "async with", count: 1)), "fails")
        XCTAssertEqual(kind(q.atMostAtOnce(.mention(0), block: nil, count: 1)), "fails")
        XCTAssertEqual(kind(q.atMostAtOnce(.mention(0), block: "async for", count: 1)), "unknown")
    }
}
