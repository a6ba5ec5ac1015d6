import XCTest
@testable import AsyncModel

final class AsyncModelSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(SourceMark.unknown.line, 0)
    }
}
