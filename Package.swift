// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "report",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "report", targets: ["report"]),
        .library(name: "ReportSite", targets: ["ReportSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", "6.2.0"..<"6.3.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", "2.1.0"..<"2.2.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", "0.27.0"..<"0.28.0"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev); every call lives in ReportSite/Markdown/Cmark.swift.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libxlsxwriter from the system (Debian: libxlsxwriter-dev); every call lives in ReportSite/Output/KPIWorkbook.swift.
        .systemLibrary(
            name: "CXlsxwriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Pure core: models, dates, KPI maths, formatting. No IO, no clock, no globals.
        .target(name: "ReportCore"),
        // Reading a project: YAML, CSV, exports, diagnostics with positions.
        .target(
            name: "ReportLoading",
            dependencies: ["ReportCore", .product(name: "Yams", package: "Yams")]
        ),
        // Inline SVG charts.
        .target(name: "ReportCharts", dependencies: ["ReportCore"]),
        // Templates, cmark, layout and writing the site.
        .target(
            name: "ReportSite",
            dependencies: [
                "ReportCore", "ReportLoading", "ReportCharts", "CCmark", "CXlsxwriter",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `report serve`: the preview server, its input watcher and live reload (FlyingFox, no SwiftNIO).
        .target(
            name: "ReportServe",
            dependencies: ["ReportSite", "ReportCore", "ReportLoading", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "report",
            dependencies: ["ReportSite", "ReportServe", "ReportCore", "ReportLoading", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The stage benchmark (docs/performance.md): `swift run -c release report-stages PROJECT`.
        .executableTarget(
            name: "report-stages",
            dependencies: ["ReportSite", "ReportCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/StageBench"
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: ["ReportCore", "ReportLoading", "ReportCharts", "ReportSite", "ReportServe", .product(name: "FlyingFox", package: "FlyingFox")],
            exclude: ["Goldens", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
