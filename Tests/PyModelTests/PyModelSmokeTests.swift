import XCTest
@testable import PyModel

final class PyModelSmokeTests: XCTestCase {
    func testModuleLoads() {
        XCTAssertEqual(PyModelInfo.pythonVersion, "3.11")
    }
}
