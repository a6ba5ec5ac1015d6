import XCTest
@testable import NotesCheck

final class NotesCheckSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(NotesCheckInfo.toolName, "notescheck")
    }
}
