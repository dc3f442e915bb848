import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 20, point 6: figures that were silently wrong — each test failed before its fix.
@Suite struct SilentDefaultsTests {
    static func build(_ project: URL, into output: URL) throws(DiagnosticList) -> BuildSummary {
        try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
    }

    static func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    /// A post's EMV is priced with report.yaml's `emv:` rates, like its influencer's. Hand
    /// computed at cpm 10, engagement 1, click 2: p1 7 000 impressions → 70, 300 + 20 + 10 + 5
    /// engagements → 335, 100 clicks → 200: 605; p2 2 500 impressions → 25, 50 clicks → 100: 125;
    /// @claire.cuisine 730. (The built-in Instagram rates would give p1 189,50.)
    @Test func perPostEMVUsesTheReportYAMLRates() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try Self.text(project.appendingPathComponent("report.yaml"))
        temp.write("basic/report.yaml", yaml + "emv:\n  instagram: {cpm: 10, engagement: 1, click: 2}\n")
        temp.write("basic/templates/pages/emv.md", """
            # EMV

            ```table
            data: posts
            columns: [post_id, emv]
            sort: post_id
            ```

            ```table
            data: influencers
            columns: [handle, emv]
            ```

            """)
        let output = temp.url.appendingPathComponent("site")
        _ = try Self.build(project, into: output)
        let page = try Self.text(output.appendingPathComponent("campaigns/spring/emv.html"))
        #expect(page.contains("<td>p1</td><td class=\"num\">€605.00</td>"), "\(page)")
        #expect(page.contains("<td>p2</td><td class=\"num\">€125.00</td>"))
        #expect(page.contains("€730.00"))
        #expect(!page.contains("€189.50"))
    }

    /// A platform outside data-format.md §3's list is an error at its line, with a suggestion:
    /// before, `instagarm` grouped apart and was priced at the "others" EMV rates.
    @Test func anUnknownPostPlatformIsAnErrorAtItsLine() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": """
                name: C
                objective: awareness
                start: 2026-03-01
                end: 2026-03-31
                influencers:
                  - {handle: a, platform: instagram, followers: 1000, fee: 10}
                """,
            "posts.csv": "post_id,influencer,platform,format,published_at,reach\np1,a,instagram,reel,2026-03-02,10\np2,a,instagarm,reel,2026-03-03,10\np3,a, TikTok ,reel,2026-03-04,10\n",
        ])
        #expect(campaign == nil)
        #expect(messages == [
            "campaigns/c/posts.csv:3: error: column \"platform\": expected one of instagram, tiktok, youtube, twitch, facebook, x, linkedin, pinterest, snapchat, bereal, other, found \"instagarm\" (did you mean \"instagram\"?)",
        ])
    }

    @Test func aKnownPostPlatformIsReadWhateverItsCase() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": """
                name: C
                objective: awareness
                start: 2026-03-01
                end: 2026-03-31
                influencers:
                  - {handle: a, platform: instagram, followers: 1000, fee: 10}
                """,
            "posts.csv": "post_id,influencer,platform,format,published_at,reach\np1,a, TikTok ,reel,2026-03-04,10\n",
        ])
        #expect(messages == [])
        #expect(campaign?.posts.map(\.platform.name) == ["tiktok"])
    }

    /// The basic fixture plus a copy of its spring campaign paid in dollars (same quarter, same
    /// creators), built; the page at `path`.
    static func pageWithTwoCurrencies(_ path: String) throws -> String {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        try addDollarCopy(of: "spring", in: project)
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        return try text(output.appendingPathComponent(path))
    }

    /// Each of the charts titled `title (EUR)` and `title (USD)` writes only its own symbol.
    static func expectOneChartPerCurrency(_ page: String, _ title: String) throws {
        let eur = try #require(figure(page, titled: title + " (EUR)"))
        let usd = try #require(figure(page, titled: title + " (USD)"))
        #expect(eur.contains("€") && !eur.contains("$"))
        #expect(usd.contains("$") && !usd.contains("€"))
        #expect(figure(page, titled: title) == nil)
    }

    /// Two campaigns of one quarter in EUR and USD: the spend chart is drawn once per currency,
    /// each amount with its own symbol (before: one chart, "$" amounts printed with "€").
    @Test func portfolioChartsKeepEachCurrency() throws {
        try Self.expectOneChartPerCurrency(try Self.pageWithTwoCurrencies("index.html"), "Spend by quarter")
    }

    /// A creator paid in two currencies: the card's money charts are one per currency.
    @Test func creatorCardChartsKeepEachCurrency() throws {
        try Self.expectOneChartPerCurrency(try Self.pageWithTwoCurrencies("influencers/claire.cuisine/index.html"), "Spend by month")
    }

    @Test func anExtraPagesFolderThatIsAFileIsAnError() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("basic/templates/pages", "not a folder")
        #expect(throws: DiagnosticList.self) { try Self.build(project, into: temp.url.appendingPathComponent("site")) }
        do { _ = try Self.build(project, into: temp.url.appendingPathComponent("site")) } catch {
            #expect(error.diagnostics.map(\.description) == ["templates/pages: error: expected a folder of Markdown pages, found a file"])
        }
    }

    @Test func anExtraPagesLinkToNothingIsAnError() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("templates/pages").path, withDestinationPath: "gone")
        do {
            _ = try Self.build(project, into: temp.url.appendingPathComponent("site"))
            Issue.record("the build succeeded without its extra pages")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["templates/pages: error: cannot read the folder of extra pages: it is a link that leads to no file"])
        }
        #expect(!FileManager.default.fileExists(atPath: temp.url.appendingPathComponent("site").path))
    }

    /// The `<figure>` whose caption is exactly `title`.
    static func figure(_ html: String, titled title: String) -> String? {
        let caption = "<figcaption>" + HTMLEscaping.escape(title) + "</figcaption>"
        guard let start = html.range(of: caption) else { return nil }
        let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    /// campaigns/<id>-us: the same campaign (same quarter, same creators) paid in dollars.
    static func addDollarCopy(of id: String, in project: URL) throws {
        let copy = project.appendingPathComponent("campaigns/\(id)-us")
        try FileManager.default.copyItem(at: project.appendingPathComponent("campaigns/\(id)"), to: copy)
        let yaml = try text(copy.appendingPathComponent("campaign.yaml"))
        try Data((yaml + "currency: USD\n").utf8).write(to: copy.appendingPathComponent("campaign.yaml"))
    }
}
