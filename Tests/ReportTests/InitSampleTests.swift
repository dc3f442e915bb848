import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// The sample of `report init` is the folder scaffold/sample/<locale>/ of the resources: written
/// byte for byte, clean for `report check`, commented with the help `--from` writes, and the same
/// numbers in both languages.
extension InitTests {
    static let resourceKinds: [(name: String, resources: BuiltinResources)] = [("embedded", .embedded), ("folder", .folder(Repo.root))]

    /// `report init` writes the language's folder, every file and nothing else, byte for byte,
    /// from the embedded copy as from the repository's folder.
    @Test(arguments: ReportLocale.allCases)
    func writesTheSampleFolderByteForByte(locale: ReportLocale) throws {
        let expected = tree(Repo.root.appendingPathComponent(SampleProject.folder(locale)))
        #expect(expected.count == 6)
        for kind in Self.resourceKinds {
            let temp = TemporaryFolder()
            let result = try ProjectScaffold.sample(into: temp.url.appendingPathComponent("p"), display: "p", locale: locale,
                                                    resources: kind.resources)
            let written = tree(temp.url.appendingPathComponent("p"))
            #expect(written.keys.sorted() == expected.keys.sorted(), "\(kind.name)")
            for (path, data) in expected { #expect(written[path] == data, "\(kind.name): \(path)") }
            #expect(result.files == expected.keys.sorted(), "\(kind.name)")
            #expect(result.campaign == (locale == .frFR ? "printemps-2026" : "spring-2026"), "\(kind.name)")
        }
    }

    /// `report check` on the sample just written finds nothing at all: no error, no warning.
    @Test(arguments: ReportLocale.allCases)
    func sampleChecksWithZeroDiagnostics(locale: ReportLocale) throws {
        for kind in Self.resourceKinds {
            let temp = TemporaryFolder()
            let project = try sample(locale, in: temp, resources: kind.resources)
            #expect(ProjectChecker.check(path: project, resources: kind.resources) == [], "\(kind.name)")
        }
    }

    /// The comment above each key (its first occurrence) is the help of `ScaffoldHelp`, wrapped as
    /// `ScaffoldYAML` wraps it, and a commented-out key is its example: the sample says what
    /// `report init --from` says.
    @Test(arguments: ReportLocale.allCases)
    func sampleCommentsAreTheHelpOfTheKeys(locale: ReportLocale) throws {
        let help = ScaffoldHelp.of(locale)
        let files = try written(locale)
        let report = try #require(files["report.yaml"])
        let campaign = try #require(files.first { $0.key.hasSuffix("/campaign.yaml") }?.value)
        let checks: [(text: String, section: ScaffoldSection, keys: [String])] = [
            (report, .report, ScaffoldHelp.reportKeys), (campaign, .campaign, ScaffoldHelp.campaignKeys),
            (campaign, .influencer, ScaffoldHelp.influencerKeys),
        ]
        for check in checks {
            let lines = check.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Campaign keys before the influencers (and that key itself), influencer keys after it.
            let influencers = lines.firstIndex(of: "influencers:") ?? lines.count
            let range = switch check.section {
            case .report: 0..<lines.count
            case .campaign: 0..<min(influencers + 1, lines.count)
            case .influencer: min(influencers + 1, lines.count)..<lines.count
            }
            for key in check.keys {
                let i = try #require(range.first { i in
                    let t = lines[i].trimmingCharacters(in: .whitespaces)
                    return t.hasPrefix(key + ":") || t.hasPrefix("- " + key + ":") || t.hasPrefix("# " + key + ":")
                }, "\(check.section).\(key)")
                let indent = lines[i].prefix { $0 == " " }.count
                let rest = lines[i].dropFirst(indent)
                let pad = String(repeating: " ", count: indent)
                // A list item's comments stand at its dash, wrapped at the width of its keys.
                let width = ScaffoldYAML.width - indent - (rest.hasPrefix("- ") ? 2 : 0) - 2
                let comment = ScaffoldYAML.wrap(help.key(key, check.section).comment, width: width).map { pad + "# " + $0 }
                #expect(i >= comment.count && Array(lines[(i - comment.count)..<i]) == comment, "\(check.section).\(key)")
                if rest.hasPrefix("# ") {
                    let example = help.key(key, check.section).example.map { pad + "# " + $0 }
                    #expect(Array(lines[i..<min(i + example.count, lines.count)]) == example, "\(check.section).\(key)")
                }
            }
        }
    }

    /// Both languages hold the same numbers: orders.csv and followers.csv are the same bytes,
    /// posts.csv and comments.csv differ only by their captions and texts (and posts.csv's
    /// `reusable` by its words, oui/non for yes/no).
    @Test func sameNumbersInBothLanguages() throws {
        let english = Repo.root.appendingPathComponent(SampleProject.folder(.enUS) + "campaigns/spring-2026")
        let french = Repo.root.appendingPathComponent(SampleProject.folder(.frFR) + "campaigns/printemps-2026")
        func rows(_ folder: URL, _ name: String, without column: String?) throws -> [[String]] {
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            let reader = try CSVReader(bytes: [UInt8](bytes), file: name)
            let dropped = column.flatMap { reader.header.firstIndex(of: $0) }
            var out = [reader.header]
            try reader.forEachRow { out.append($0.fields) }
            let words = ["oui": "yes", "non": "no"]
            return out.map { row in row.enumerated().filter { $0.offset != dropped }.map { words[$0.element] ?? $0.element } }
        }
        for (name, column) in [("orders.csv", nil), ("followers.csv", nil), ("posts.csv", "caption"), ("comments.csv", "text")] {
            let en = try rows(english, name, without: column), fr = try rows(french, name, without: column)
            #expect(en.count > 1, "\(name)")
            #expect(en == fr, "\(name)")
            if column != nil { #expect(try rows(english, name, without: nil) != rows(french, name, without: nil), "\(name)") }
        }
        for name in ["orders.csv", "followers.csv"] {
            #expect(FileManager.default.contents(atPath: english.appendingPathComponent(name).path)
                == FileManager.default.contents(atPath: french.appendingPathComponent(name).path), "\(name)")
        }
    }

    /// A resource folder (REPORT_RESOURCES) without the sample: an error naming where it looked,
    /// and nothing written.
    @Test func aResourceFolderWithoutTheSampleIsRefused() throws {
        let temp = TemporaryFolder()
        let project = temp.url.appendingPathComponent("p")
        let looked = Repo.fixtures.appendingPathComponent("scaffold/sample/en-US/").path
        #expect(throws: Diagnostic.error(looked, 0, "no sample project: expected report.yaml and campaigns/<id>/ for report init here (REPORT_RESOURCES replaces the built-in files whole)")) {
            _ = try ProjectScaffold.sample(into: project, display: "p", locale: .enUS, resources: .folder(Repo.fixtures))
        }
        #expect(!FileManager.default.fileExists(atPath: project.path))
    }
}
