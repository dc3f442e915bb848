// swift-tools-version:6.0
// libFuzzer targets for the input readers. Build and run with Fuzz/run (see docs/fuzzing.md):
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "ReportFuzz",
    dependencies: [.package(name: "report", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzInputs",
            dependencies: [.product(name: "ReportSite", package: "report")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
