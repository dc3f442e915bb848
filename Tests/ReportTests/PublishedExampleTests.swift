import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Every file of the published example, read as the client receives it (site.md "Two
/// audiences"): nothing meant for the agency — its wording, ⚠ marks, input file names, check
/// codes — and no code where a word belongs. What was removed is in the review beside it.
@Suite struct PublishedExampleTests {
    /// The agency's wording, which the review holds and the client's files must not.
    static let internalWording = ["⚠", "Chiffres à vérifier", "Figures to check", "avant de partager", "before sharing", "check-mark"]

    /// The text of a published file: an HTML page's text without tags, styles or scripts; a
    /// workbook's XML parts; any other file as it is.
    static func text(of file: URL) throws -> String {
        if file.pathExtension == "xlsx" {
            let unzip = Process()
            unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            unzip.arguments = ["-p", file.path]
            let out = Pipe()
            unzip.standardOutput = out
            try unzip.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            unzip.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let raw = try String(contentsOf: file, encoding: .utf8)
        guard file.pathExtension == "html" else { return raw }
        return raw.replacingOccurrences(of: "<(style|script)[^>]*>[\\s\\S]*?</\\1>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    @Test func nothingForTheAgencyInTheClientsFiles() throws {
        let temp = TemporaryFolder()
        let output = temp.url.appendingPathComponent("site")
        var options = BuildOptions.test(output: output, asOf: "2026-05-20")
        options.email = true
        let summary = try SiteBuilder(path: Repo.root.appendingPathComponent("examples/maison-lune"), options: options).build(today: Day(ordinal: 0))
        let files = tree(output).keys.sorted()
        #expect(files.contains("kpis.xlsx") && files.contains("downloads/soldes-printemps.eml") && files.contains("campaigns/noel-2025/kpis.json"))
        let forbidden = Self.internalWording + ClientMethodologyTests.fileNames + PlausibilityCheck.Kind.allCases.map(\.rawValue)
        var read = 0
        for path in files where path != SiteWriter.marker {
            let text = try Self.text(of: output.appendingPathComponent(path))
            for word in forbidden {
                #expect(!text.contains(word), "\(path) holds \(word)")
            }
            // Pages and the workbook speak in words: no snake_case code where a reader looks.
            if path.hasSuffix(".html") || path.hasSuffix(".xlsx") {
                let codes = text.matches(of: /\b[a-z]+_[a-z_]+\b/).map { String($0.output) }
                #expect(codes.isEmpty, "\(path) shows \(Set(codes).sorted())")
            }
            read += 1
        }
        #expect(read >= 40)
        // What the pages leave out is in the review: the example's three planted checks.
        let review = try String(contentsOf: summary.review.deletingLastPathComponent().appendingPathComponent("review.json"), encoding: .utf8)
        for kind in PlausibilityCheck.Kind.allCases { #expect(review.contains("\"check\": \"\(kind.rawValue)\"")) }
        #expect(summary.reviewItems > 0)
    }
}
