// swift-tools-version:6.0
// Read-speed benchmark of report's CSV reader against SwiftCSV and CSV.swift (docs/inputs.md).
//   swift run -c release --package-path Benchmarks csv-read-bench /tmp/report-bench/large/project
// A separate package so the product never depends on the libraries it is measured against.
import PackageDescription

let package = Package(
    name: "ReportBenchmarks",
    dependencies: [
        .package(name: "report", path: ".."),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .executableTarget(
            name: "csv-read-bench",
            dependencies: [
                .product(name: "ReportSite", package: "report"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
