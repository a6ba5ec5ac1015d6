import XCTest
@testable import NotesCheck

/// The text helpers behind run facts: print calls, printed lists, verb stems, plural nouns, stated precision.
final class PrintedTextTests: XCTestCase {
    func testFixedTextBeforeAnExpression() {
        XCTAssertEqual(PrintCall.fixedText(before: "t.done()", in: #"    print("done?", t.done())"#), "done? ")
        XCTAssertEqual(PrintCall.fixedText(before: "t.done()", in: #"    print(f"done? {t.done()}")"#), "done? ")
        XCTAssertNil(PrintCall.fixedText(before: "t.done()", in: "    print(t.done())"))
        XCTAssertNil(PrintCall.fixedText(before: "t.done()", in: #"    print(name, t.done())"#))
    }

    func testListItems() {
        XCTAssertEqual(PythonList.items(in: "served: ['rice', 'soup', 'tea']"), ["'rice'", "'soup'", "'tea'"])
        XCTAssertEqual(PythonList.items(in: "[1, (2, 3), 'a,b']"), ["1", "(2, 3)", "'a,b'"])
        XCTAssertNil(PythonList.items(in: "no list here"))
        XCTAssertNil(PythonList.items(in: "[1] and [2]"))
    }

    func testVerbStems() {
        XCTAssertEqual(EventVerb.stems(of: "finishes"), ["finish"])
        XCTAssertEqual(EventVerb.stems(of: "entered"), ["enter"])
        XCTAssertEqual(EventVerb.stems(of: "leaves"), ["leave"])
        XCTAssertEqual(EventVerb.stems(of: "times out"), ["time", "out"])
    }

    func testSingulars() {
        XCTAssertEqual(NounBinding.singulars(of: "dishes"), ["dishes", "dish", "dishe"])
        XCTAssertEqual(NounBinding.singulars(of: "replies"), ["replies", "reply", "repli", "replie"])
        XCTAssertEqual(NounBinding.singulars(of: "is"), ["is"])
        XCTAssertEqual(NounBinding.singulars(of: "beats"), ["beats", "beat"])
        XCTAssertEqual(NounBinding.literalWords(in: #"f"job {i}", 2"#), ["job", "i"])
    }

    func testHalfTheLastDigitIsNotInside() {
        let three = StatedDuration(seconds: 3, hedged: false, halfLastDigit: 0.5)
        XCTAssertTrue(three.matches(3.4))
        XCTAssertFalse(three.matches(2.5))
        let aboutTwo = StatedDuration(seconds: 2, hedged: true, halfLastDigit: 0.5)
        XCTAssertTrue(aboutTwo.matches(2.2))
        XCTAssertTrue(aboutTwo.matches(1.6))
        XCTAssertFalse(aboutTwo.matches(1.5))
    }
}
