import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// data-format.md §13, rule by rule, through the command line as a user meets it: the exact
/// message, exit code 1, and the previous site left byte for byte as it was.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        /// File (relative to the fixture project) → new content; nil content makes it a folder.
        let files: [String: String?]
        let message: String
        var testDescription: String { rule }
    }

    static let spring = "campaigns/spring/"
    static let postsHeader = "post_id,influencer,format,published_at,reach\n"
    static let yaml = (try? String(contentsOf: Repo.fixtures.appendingPathComponent("basic/campaigns/spring/campaign.yaml"), encoding: .utf8)) ?? ""

    static let cases: [Case] = [
        Case(rule: "wrong type", files: [spring + "campaign.yaml": yaml.replacingOccurrences(of: "followers: 20000", with: "followers: lots")],
             message: "campaigns/spring/campaign.yaml:12:16: error: key \"followers\": expected an integer ≥ 0, found \"lots\""),
        Case(rule: "negative count", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-03-03,-5\n"],
             message: "campaigns/spring/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"-5\""),
        Case(rule: "missing required key", files: [spring + "campaign.yaml": yaml.replacingOccurrences(of: "objective: sales\n", with: "")],
             message: "campaigns/spring/campaign.yaml:1:1: error: campaign: missing required key \"objective\""),
        Case(rule: "missing required column", files: [spring + "posts.csv": "post_id,influencer,published_at\np1,tom.tok,2026-03-03\n"],
             message: "campaigns/spring/posts.csv:1: error: missing required column \"format\": the header has \"post_id\", \"influencer\", \"published_at\""),
        Case(rule: "unknown handle", files: [spring + "posts.csv": postsHeader + "p1,@nobody,video,2026-03-03,5\n"],
             message: "campaigns/spring/posts.csv:2: error: column \"influencer\": unknown handle \"@nobody\": expected one of the campaign's influencers (claire.cuisine, tom.tok, idle)"),
        Case(rule: "duplicate id", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-03-03,5\np1,tom.tok,video,2026-03-04,6\n"],
             message: "campaigns/spring/posts.csv:3: error: column \"post_id\": duplicate post id \"p1\": already used on line 2"),
        Case(rule: "unparseable date", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-13-45,5\n"],
             message: "campaigns/spring/posts.csv:2: error: column \"published_at\": expected a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY), found \"2026-13-45\""),
        Case(rule: "ragged row", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-03-03\n"],
             message: "campaigns/spring/posts.csv:2: error: expected 5 fields as in the header, found 4"),
        Case(rule: "unterminated quote", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-03-03,\"5\n"],
             message: "campaigns/spring/posts.csv:2: error: unterminated quoted field: expected a closing \" before the end of the file"),
        // Valid UTF-8 (é) beside an invalid byte: damaged UTF-8, not Windows-1252.
        Case(rule: "invalid UTF-8", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,vidé\u{FFFD}eo,2026-03-03,5\n"],
             message: "campaigns/spring/posts.csv:2: error: invalid UTF-8: expected the file saved as UTF-8 text"),
        Case(rule: "0-byte file", files: [spring + "posts.csv": ""],
             message: "campaigns/spring/posts.csv: error: the file is empty (0 bytes): expected at least a header line"),
        Case(rule: "NaN", files: [spring + "orders.csv": "order_id,date,revenue\no1,2026-03-04,NaN\n"],
             message: "campaigns/spring/orders.csv:2: error: column \"revenue\": expected a number, found \"NaN\""),
        Case(rule: "infinity", files: [spring + "campaign.yaml": yaml.replacingOccurrences(of: "fee: 1000", with: "fee: .inf")],
             message: "campaigns/spring/campaign.yaml:20:10: error: key \"fee\": expected a number ≥ 0, found \".inf\""),
        Case(rule: "integer overflow", files: [spring + "posts.csv": postsHeader + "p1,tom.tok,video,2026-03-03,99999999999999999999\n"],
             message: "campaigns/spring/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"99999999999999999999\""),
        Case(rule: "path leaving the project", files: [spring + "campaign.yaml": yaml + "data:\n  orders: ../../../secret.csv\n"],
             message: "campaigns/spring/campaign.yaml:27:11: error: data: orders: path \"../../../secret.csv\" leaves the project folder: expected a path inside it"),
        Case(rule: "folder where a file is expected", files: [spring + "orders.csv": nil],
             message: "campaigns/spring/orders.csv: error: is a folder: expected a file"),
        Case(rule: "currency mismatch", files: [spring + "orders.csv": "order_id,date,revenue,currency\no1,2026-03-04,50,GBP\n"],
             message: "campaigns/spring/orders.csv:2: error: column \"currency\": expected EUR, the campaign's currency, found \"GBP\" (a report never mixes currencies)"),
        Case(rule: "share above 1", files: [spring + "campaign.yaml": yaml.replacingOccurrences(of: "    fee: 1000\n", with: "    fee: 1000\n    audience_countries: {FR: 1.2}\n")],
             message: "campaigns/spring/campaign.yaml:21:30: error: key \"FR\": expected a number from 0 to 1, found 1.2"),
        Case(rule: "commission above 1", files: [spring + "campaign.yaml": yaml.replacingOccurrences(of: "commission_rate: 0.1", with: "commission_rate: 10")],
             message: "campaigns/spring/campaign.yaml:15:22: error: key \"commission_rate\": expected a number from 0 to 1, found 10"),
        // A forgotten campaign.yaml must not make a campaign vanish from the report.
        Case(rule: "campaign folder without campaign.yaml", files: ["campaigns/autumn/posts.csv": postsHeader],
             message: "campaigns/autumn: error: a campaign folder without campaign.yaml: add campaigns/autumn/campaign.yaml, or rename the folder to _autumn to leave it out of the report"),
        Case(rule: "YAML syntax", files: [spring + "campaign.yaml": "name: [Spring\nobjective: sales\n"],
             message: "campaigns/spring/campaign.yaml:2:10: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
    ]

    @Test(arguments: cases)
    func badInputStopsTheBuild(_ c: Case) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        let first = try CommandLineTests().run(["build", project.path, "--output", output.path, "--quiet"])
        #expect(first.status == 0)
        let before = tree(output)
        for (path, content) in c.files {
            let url = project.appendingPathComponent(path)
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let content {
                // Invalid UTF-8 cannot live in a Swift string: U+FFFD marks the byte to break.
                var bytes = Array(content.utf8)
                if let r = bytes.firstRange(of: Array("\u{FFFD}".utf8)) { bytes.replaceSubrange(r, with: [0xFF]) }
                try Data(bytes).write(to: url)
            } else {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            }
        }
        let r = try CommandLineTests().run(["build", project.path, "--output", output.path, "--quiet"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains(c.message), "\(r.stderr)")
        #expect(lines.last?.hasPrefix("report: build failed with") == true)
        #expect(tree(output) == before)
    }

    /// `_` and `.` folders under campaigns/ are parked: left out without a word.
    @Test func parkedCampaignFoldersAreLeftOut() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("basic/campaigns/_autumn/posts.csv", Self.postsHeader)
        temp.write("basic/campaigns/.drafts/notes.txt", "later")
        let output = temp.url.appendingPathComponent("site")
        let r = try CommandLineTests().run(["build", project.path, "--output", output.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("autumn") && !r.stderr.contains("drafts"))
        #expect(tree(output).keys.filter { $0.hasPrefix("campaigns/") }.map { $0.split(separator: "/")[1] }.sorted().first == "spring")
        #expect(!tree(output).keys.contains { $0.contains("autumn") })
    }

    @Test func validEdgeCasesBuild() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let caption = String(repeating: "Très long texte ✨, \"cité\" ", count: 40_000)   // ≈ 1 MB
        temp.write("basic/campaigns/summer/campaign.yaml", """
        name: Summer 🌞
        objective: awareness
        start: 2026-06-01
        end: 2026-06-30
        influencers:
          - handle: "@🌸flora🌸"
            platform: instagram
            followers: 1000

        """)
        temp.write("basic/campaigns/summer/posts.csv", "post_id,influencer,format,published_at,reach,caption\np1,🌸FLORA🌸,reel,2026-06-02,100,\"\(caption.replacingOccurrences(of: "\"", with: "\"\""))\"\n")
        temp.write("basic/campaigns/spring/orders.csv", "order_id,date,revenue\n")   // header only: valid, nothing to count
        let output = temp.url.appendingPathComponent("site")
        let summary: BuildSummary
        do {
            summary = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        } catch {
            Issue.record("\(error.errors)")
            return
        }
        #expect(summary.campaigns == 2)
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"), encoding: .utf8)
        #expect(json.contains("\"conversions\": 0,"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("influencers/-flora-/history.json").path))
    }

    @Test func checkListingGolden() {
        let diagnostics = ProjectChecker.check(path: Repo.fixtures.appendingPathComponent("broken"), resources: Repo.root)
        Golden.check(diagnostics.map(\.description).joined(separator: "\n") + "\n", "check/broken.txt")
    }
}
