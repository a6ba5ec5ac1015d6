import Foundation
import XCTest
@testable import NotesCheck

/// The prefilter in front of ICU: what it reads off patterns, and that it never passes over a sentence a
/// catalogue pattern matches.
final class RequiredTextTests: XCTestCase {
    func testLiteralsEveryMatchNeeds() {
        XCTAssertEqual(RequiredText(pattern: #"\bruns? before (?<b>\w+)"#).anyOf, [" before "])
        XCTAssertEqual(RequiredText(pattern: #"(?:starts|begins) (?:right )?away"#).anyOf, ["begins", "starts"])
        XCTAssertEqual(RequiredText(pattern: #"x(?:concurrently|in parallel)+y"#).anyOf, ["concurrently", "in parallel"])
        XCTAssertEqual(RequiredText(pattern: #"\{c\d+=[^}]*\} first"#).anyOf, ["} first"])
        XCTAssertEqual(RequiredText(pattern: "took {d0} in total").anyOf, ["took {d0} in total"])
    }

    func testASequenceRequiresWhatEachOfItsPartsRequires() {
        XCTAssertEqual(RequiredText(pattern: #"\bruns? before (?<b>\w+)"#).clauses, [["run"], [" before "]])
        XCTAssertEqual(RequiredText(pattern: #"(?:starts|begins)\b(?:right )?away"#).clauses, [["begins", "starts"], ["away"]])
        XCTAssertEqual(RequiredText(pattern: #"(?:(?:a|b)x|c)+ done"#).clauses, [["a", "b", "c"], [" done"]])
        XCTAssertEqual(RequiredText(pattern: #"(?:never )?\w+"#).clauses, [])
        let required = RequiredText(pattern: #"(?:finishes|ends) (?:\w+ )?before"#)
        XCTAssertTrue(required.allows("it ends well before"))
        XCTAssertFalse(required.allows("it ends"), "the second clause is missing")
        XCTAssertFalse(required.allows("before it starts"), "the first clause is missing")
    }

    func testPartsThatMayBeAbsentRequireNothing() {
        XCTAssertNil(RequiredText(pattern: #"(?:never )?\w+"#).anyOf)
        XCTAssertNil(RequiredText(pattern: "(?:a|b|)c?").anyOf)
        XCTAssertNil(RequiredText(pattern: "(?:waits){0,2}").anyOf)
        XCTAssertNil(RequiredText(pattern: #"(?=later)\w+"#).anyOf)
        XCTAssertNil(RequiredText(pattern: "(?i)Before").anyOf)
        XCTAssertNil(RequiredText(pattern: #"\x41fter"#).anyOf)
        XCTAssertEqual(RequiredText(pattern: #"[a-z]+ after"#).anyOf, [" after"])
        XCTAssertEqual(RequiredText(pattern: #"before (?<v>(?:-?\d+|\{c\d+\})) after"#).anyOf, ["before "])
    }

    func testAllowsOnlyTextsHoldingARequiredText() {
        let required = RequiredText(pattern: "(?:finishes|completes) at")
        XCTAssertTrue(required.allows("task a finishes at"))
        XCTAssertFalse(required.allows("task a starts at"))
        XCTAssertTrue(RequiredText(pattern: #"\w+"#).allows("anything"))
    }

    /// Every catalogue rule against every sentence of the fixture notes: where ICU finds a match, the
    /// prefilter and the rule's cue both let the sentence through.
    func testNeverHidesAMatchOfTheCatalogue() throws {
        let rules = ClaimCatalogue.rules.compactMap { rule -> (ClaimRule, NSRegularExpression, RequiredText)? in
            guard let expression = try? NSRegularExpression(pattern: rule.pattern) else { return nil }
            return (rule, expression, RequiredText(pattern: rule.pattern))
        }
        XCTAssertGreaterThan(rules.filter { $0.2.anyOf != nil }.count, rules.count / 2, "the prefilter reads most rules")
        let root = Golden.testsDirectory.appendingPathComponent("Fixtures/Notes")
        let notes = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }.sorted()
        var matched = 0
        for note in notes {
            guard let source = SourceText(bytes: [UInt8](try Data(contentsOf: root.appendingPathComponent(note)))) else { continue }
            for case .prose(let block) in Document.parse(source).blocks {
                for sentence in block.sentences {
                    let text = ClaimText(sentence: sentence, mentions: MentionScanner.mentions(in: sentence)).normalized
                    let whole = NSRange(location: 0, length: (text as NSString).length)
                    for (rule, expression, required) in rules where expression.firstMatch(in: text, range: whole) != nil {
                        matched += 1
                        XCTAssertTrue(required.allows(text), "\(rule.code) matches \(text.debugDescription) (\(note)), yet none of \(required.anyOf ?? []) is in it")
                        if let cue = rule.cue {
                            XCTAssertNotNil(text.range(of: cue, options: .regularExpression), "\(rule.code) matches \(text.debugDescription) (\(note)), yet its cue \(cue) does not")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(matched, 100)
    }

    /// The matcher's one-pass scan decides every rule's and cue's requirement as `allows` does, on every
    /// sentence of the fixture notes.
    func testTheScannerDecidesAsTheRequirementDoes() throws {
        let requirements = ClaimCatalogue.rules.flatMap { rule in
            [RequiredText(pattern: rule.pattern)] + (rule.cue.map { [RequiredText(pattern: $0)] } ?? [])
        }
        let scanner = LiteralScanner(needles: requirements.flatMap { $0.clauses.joined() }.map { Array($0.utf8) })
        let conditions = requirements.map { LiteralCondition($0, scanner: scanner) }
        let root = Golden.testsDirectory.appendingPathComponent("Fixtures/Notes")
        let notes = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }.sorted()
        var allowed = 0
        var refused = 0
        for note in notes {
            guard let source = SourceText(bytes: [UInt8](try Data(contentsOf: root.appendingPathComponent(note)))) else { continue }
            for case .prose(let block) in Document.parse(source).blocks {
                for sentence in block.sentences {
                    let text = ClaimText(sentence: sentence, mentions: MentionScanner.mentions(in: sentence)).normalized
                    let found = scanner.scan(text)
                    for (required, condition) in zip(requirements, conditions) {
                        let allows = required.allows(text)
                        XCTAssertEqual(condition.holds(in: found), allows, "\(required.clauses) on \(text.debugDescription) (\(note))")
                        if allows { allowed += 1 } else { refused += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(allowed, 1000)
        XCTAssertGreaterThan(refused, 1000)
    }
}
