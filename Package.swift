// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioParse", targets: ["FolioParse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "FolioParse",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioParse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "folio-bench",
            dependencies: ["FolioParse"]
        ),
        .testTarget(
            name: "FolioParseTests",
            dependencies: ["FolioParse"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FolioCLITests",
            dependencies: ["folio"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
