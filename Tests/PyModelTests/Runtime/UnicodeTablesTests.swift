import XCTest
@testable import PyModel

/// Character classes and case mappings for every code point CPython 3.11's Unicode database
/// (14.0) assigns. Code points assigned only in Swift's newer Unicode are outside the comparison.
final class UnicodeTablesTests: XCTestCase {
    private struct Table: Decodable {
        let table: String
        let ranges: [[UInt32]]?
        let rows: [JSONValue]?
    }

    private func tables() throws -> [String: Table] {
        let all = try RuntimeGoldens.cases("unicode_tables", as: Table.self)
        return Dictionary(all.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func scalars(in ranges: [[UInt32]]) -> [Unicode.Scalar] {
        ranges.flatMap { r -> [Unicode.Scalar] in
            guard r.count == 2 else { return [] }
            return (r[0]...r[1]).compactMap(Unicode.Scalar.init)
        }
    }

    func testCharacterClassesMatchCPython() throws {
        let tables = try tables()
        let assigned = Self.scalars(in: tables["assigned"]?.ranges ?? [])
        XCTAssertGreaterThan(assigned.count, 140_000)
        let predicates: [(String, (String) -> Bool)] = [
            ("isspace", StrAlgorithms.isspace), ("isalpha", StrAlgorithms.isalpha), ("isdecimal", StrAlgorithms.isdecimal),
            ("isdigit", StrAlgorithms.isdigit), ("isnumeric", StrAlgorithms.isnumeric), ("isalnum", StrAlgorithms.isalnum),
            ("isprintable", StrAlgorithms.isprintable), ("isupper", StrAlgorithms.isupper), ("islower", StrAlgorithms.islower),
            ("istitle", StrAlgorithms.istitle), ("isidentifier", StrAlgorithms.isidentifier),
        ]
        for (name, predicate) in predicates {
            guard let ranges = tables[name]?.ranges else {
                XCTFail("no table \(name)")
                continue
            }
            var expected = [Bool](repeating: false, count: 0x110000)
            for r in ranges where r.count == 2 && r[0] <= r[1] && r[1] < 0x110000 {
                for cp in r[0]...r[1] { expected[Int(cp)] = true }
            }
            let differing = assigned.filter { predicate(String($0)) != expected[Int($0.value)] }
            XCTAssertEqual(differing.count, 0, "\(name) differs from CPython for \(differing.count) code points: "
                + differing.prefix(40).map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }

    func testCaseMappingsMatchCPython() throws {
        guard let rows = try tables()["case_mappings"]?.rows else { return XCTFail("no case_mappings table") }
        XCTAssertGreaterThan(rows.count, 2000)
        var differing: [String] = []
        for row in rows {
            guard case .array(let fields) = row, fields.count == 5, let cp = fields[0].int,
                  let scalar = Unicode.Scalar(UInt32(cp)) else {
                XCTFail("malformed row \(row)")
                continue
            }
            let c = String(scalar)
            let got = [StrAlgorithms.upper(c), StrAlgorithms.lower(c), StrAlgorithms.title(c), StrAlgorithms.casefold(c)]
            let expected = fields[1...].map { $0.string ?? "" }
            for (name, (g, e)) in zip(["upper", "lower", "title", "casefold"], zip(got, expected)) where g != e {
                differing.append("\(name)(U+\(String(cp, radix: 16))): got \(g.debugDescription), CPython \(e.debugDescription)")
            }
        }
        XCTAssertEqual(differing.count, 0, "\(differing.count) mappings differ:\n" + differing.prefix(40).joined(separator: "\n"))
    }
}
