// swift-tools-version:6.0
import PackageDescription

/// The models are single-threaded: their release builds skip the runtime exclusivity checks on class
/// properties (debug builds, which the tests use, keep them). About a tenth of a task step's CPU otherwise.
let modelSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "notescheck",
    products: [
        .executable(name: "notescheck", targets: ["NotesCheckCLI"]),
        .library(name: "NotesCheck", targets: ["NotesCheck"]),
        .library(name: "AsyncModel", targets: ["AsyncModel"]),
        .library(name: "PyModel", targets: ["PyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "AsyncModel",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: modelSettings
        ),
        .target(
            name: "PyModel",
            dependencies: [
                "AsyncModel",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Collections", package: "swift-collections"),
            ],
            swiftSettings: modelSettings
        ),
        .target(
            name: "NotesCheck",
            dependencies: ["CCmark", "AsyncModel", "PyModel"]
        ),
        .executableTarget(
            name: "NotesCheckCLI",
            dependencies: [
                "NotesCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "AsyncModelBench",
            dependencies: ["AsyncModel"]
        ),
        .executableTarget(
            name: "PyModelBench",
            dependencies: ["PyModel"]
        ),
        .testTarget(name: "AsyncModelTests", dependencies: ["AsyncModel"], exclude: ["Scenarios"]),
        .testTarget(
            name: "PyModelTests", dependencies: ["PyModel"],
            exclude: ["Differential", "Hostile", "Parser/cases", "Compiler/disassembly.golden"]
        ),
        .testTarget(name: "NotesCheckTests", dependencies: ["NotesCheck"], exclude: ["Fixtures", "Goldens"]),
    ]
)
