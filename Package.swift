// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Redline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "redline", targets: ["RedlineCLI"]),
        .executable(name: "redline-bench", targets: ["RedlineBenchmarks"]),
        .executable(name: "redline-corpus", targets: ["RedlineCorpus"]),
        .library(name: "Redline", targets: ["Redline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System C libraries.
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(
            name: "CPCRE2", pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        // Small layers, each hiding its C library.
        .target(name: "RedlineYAML", dependencies: ["CYAML"], swiftSettings: strict),
        .target(name: "RedlineRegex", dependencies: ["CPCRE2"], swiftSettings: strict),
        .target(name: "RedlineText", swiftSettings: strict),
        .target(name: "RedlineJSON", dependencies: ["CZlib"], swiftSettings: strict),

        // The engine: policies, compiler, evaluation. No CLI or server dependencies.
        .target(
            name: "Redline",
            dependencies: ["RedlineYAML", "RedlineRegex", "RedlineText", "RedlineJSON"],
            swiftSettings: strict),

        // The command-line tool.
        .executableTarget(
            name: "RedlineCLI",
            dependencies: ["Redline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),

        // Benchmarks print figures; they are never run as tests.
        .executableTarget(name: "RedlineBenchmarks", dependencies: ["Redline", "RedlineRegex", "RedlineText"], swiftSettings: strict),
        // A deterministic generator of realistic input (examples/double11.jsonl, benchmark corpora).
        .executableTarget(name: "RedlineCorpus", dependencies: ["Redline", "RedlineJSON"], swiftSettings: strict),

        // Helpers shared by the test targets.
        .target(name: "RedlineTestSupport", path: "Tests/RedlineTestSupport", swiftSettings: strict),
        .testTarget(name: "RedlineYAMLTests", dependencies: ["RedlineYAML", "RedlineTestSupport"], swiftSettings: strict),
        .testTarget(name: "RedlineRegexTests", dependencies: ["RedlineRegex"], swiftSettings: strict),
        .testTarget(name: "RedlineTextTests", dependencies: ["RedlineText"], swiftSettings: strict),
        .testTarget(name: "RedlineJSONTests", dependencies: ["RedlineJSON"], swiftSettings: strict),
        .testTarget(name: "RedlineTests", dependencies: ["Redline", "RedlineTestSupport"], swiftSettings: strict),
        .testTarget(name: "RedlineCLITests", dependencies: ["RedlineCLI"], exclude: ["Golden"], swiftSettings: strict),
    ]
)
