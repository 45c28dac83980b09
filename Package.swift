// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioParse", targets: ["FolioParse"]),
        .library(name: "FolioIndex", targets: ["FolioIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "FolioParse"),
        .target(
            name: "FolioIndex",
            dependencies: ["FolioParse", "CSQLite", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "FolioTUI",
            dependencies: ["FolioParse", "FolioIndex", "CNcursesw", .product(name: "TOMLKit", package: "TOMLKit")],
            // TOMLKit's operators and conversions are seen only where it is imported (Config):
            // everywhere they made `ids.firstIndex(of:)` ambiguous.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioParse",
                "FolioIndex",
                "FolioTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "folio-bench",
            dependencies: ["FolioParse", "FolioIndex", "FolioTUI", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "FolioParseTests",
            dependencies: ["FolioParse"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FolioIndexTests",
            dependencies: ["FolioIndex", "FolioParse", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "FolioTUITests",
            dependencies: ["FolioTUI", "FolioIndex", "FolioParse"]
        ),
        .testTarget(
            name: "FolioCLITests",
            dependencies: ["folio", "FolioIndex", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
