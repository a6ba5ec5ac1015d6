import XCTest
@testable import PyModel

/// Hostile input: any bytes give a module or diagnostics, never a trap.
final class ParserRobustnessTests: XCTestCase {
    /// A fixed linear congruential generator, so every run feeds the same inputs.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "if ", "else", "def ", "class ", "lambda", "\n", "\n    ",
        "\t", "\\\n", "\\", "'", "\"", "'''", "f'{", "}", "!r", "x", "1", "0x", "1e", "1_", ".", "...", "*", "**",
        "async ", "await ", "yield ", "match x:\n case ", "@", "->", ":=", "#", "é", "\u{FEFF}", "\r\n", "\0",
    ]

    func testRandomTokenSoupNeverTraps() {
        var generator = Generator(state: 42)
        for _ in 0..<5000 {
            var source = ""
            for _ in 0..<generator.next(30) { source += Self.fragments[generator.next(Self.fragments.count)] }
            let result = Parser.parse(source: source)
            XCTAssertTrue((result.module == nil) != result.diagnostics.isEmpty, source)
        }
    }

    func testRandomBytesNeverTrap() {
        var generator = Generator(state: 7)
        for _ in 0..<5000 {
            let bytes = (0..<generator.next(40)).map { _ in UInt8(generator.next(256)) }
            let result = Parser.parse(bytes: bytes)
            XCTAssertTrue((result.module == nil) != result.diagnostics.isEmpty, "\(bytes)")
        }
    }
}
