import Foundation
import XCTest
@testable import PyModel

/// Runs every program of `Hostile/` and checks the outcome its contract states (see `Hostile/README.md`):
/// the budget kind or refused construct, the line, and the output printed before the stop.
final class HostileTests: XCTestCase {
    struct Contract: Decodable {
        let outcome: String
        let kind: OneOrMany<String>?
        let name: String?
        let line: OneOrMany<Int>
        let stdout: [String]
    }

    /// A JSON field that holds one value or a list of acceptable values.
    enum OneOrMany<T: Decodable & Equatable>: Decodable {
        case one(T)
        case many([T])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(T.self) { self = .one(v) } else { self = .many(try c.decode([T].self)) }
        }

        func allows(_ v: T) -> Bool {
            switch self {
            case .one(let x): return x == v
            case .many(let xs): return xs.contains(v)
            }
        }
    }

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Hostile")
    }

    func testEveryHostileProgramEndsAsItsContractSays() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let contract = try JSONDecoder().decode(
                Contract.self, from: try Data(contentsOf: file.deletingPathExtension().appendingPathExtension("json")))
            guard case .success(let code) = Interpreter.compile(try String(contentsOf: file, encoding: .utf8)) else {
                XCTFail("\(file.lastPathComponent) does not compile")
                continue
            }
            let result = Interpreter(budgets: Budgets(instructions: 2_000_000, virtualSeconds: 3_600, objectSize: 10_000_000)).run(code)
            let name = file.lastPathComponent
            XCTAssertEqual(result.stdout, contract.stdout, name)
            switch (contract.outcome, result.outcome) {
            case ("budget", .budget(let kind, let line)):
                XCTAssertTrue(contract.kind?.allows(kind.rawValue) ?? false, "\(name): budget \(kind.rawValue)")
                XCTAssertTrue(contract.line.allows(line), "\(name): line \(line)")
            case ("unsupported", .unsupported(let construct, let line)):
                let (kind, refused) = Self.describe(construct)
                XCTAssertTrue(contract.kind?.allows(kind) ?? false, "\(name): \(construct)")
                XCTAssertEqual(refused, contract.name, name)
                XCTAssertTrue(contract.line.allows(line), "\(name): line \(line)")
            default:
                XCTFail("\(name): expected \(contract.outcome), got \(result.outcome)")
            }
        }
    }

    /// Splits an unsupported construct (`import os`, `open()`) into the contract's kind and name.
    static func describe(_ construct: String) -> (String, String) {
        if construct.hasPrefix("import ") { return ("import", String(construct.dropFirst(7))) }
        if construct.hasSuffix("()") { return ("builtin", String(construct.dropLast(2))) }
        return ("construct", construct)
    }
}
