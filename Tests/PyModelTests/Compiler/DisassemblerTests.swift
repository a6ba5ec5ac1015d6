import Foundation
import XCTest
@testable import PyModel

/// Golden dumps of the bytecode for representative snippets (clox's `debug.c` habit). Re-record with
/// `NOTESCHECK_RECORD=1 swift test --filter DisassemblerTests` after an intended compiler change; recording
/// fails the test so nobody records by accident.
final class DisassemblerTests: XCTestCase {
    static let snippets: [(String, String)] = [
        ("closure-and-loop", """
        def counter(n):
            total = 0
            def add(x):
                nonlocal total
                total += x
            for i in range(n):
                add(i)
            return total
        """),
        ("try-except-finally", """
        try:
            risky()
        except (KeyError, ValueError) as e:
            print(e)
        else:
            print('ok')
        finally:
            print('done')
        """),
        ("async-with-and-for", """
        async def main(lock, source):
            async with lock:
                async for item in source:
                    await handle(item)
        """),
        ("class-super-comprehension", """
        class B(A):
            def __init__(self, xs):
                super().__init__()
                self.squares = [x * x for x in xs if x]
        """),
    ]

    func testDisassemblyMatchesGolden() throws {
        var text = ""
        for (name, source) in Self.snippets {
            guard case .success(let code) = Interpreter.compile(source, firstLine: 1) else {
                return XCTFail("\(name) does not compile")
            }
            text += "== \(name)\n" + Disassembler.render(code.code) + "\n"
        }
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("disassembly.golden")
        if ProcessInfo.processInfo.environment["NOTESCHECK_RECORD"] == "1" {
            try text.write(to: golden, atomically: true, encoding: .utf8)
            XCTFail("recorded \(golden.lastPathComponent); run again without NOTESCHECK_RECORD")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
            XCTFail("disassembly differs at line \(first + 1): got \(first < got.count ? String(got[first]) : "<end>"), want \(first < want.count ? String(want[first]) : "<end>")")
        }
    }
}
