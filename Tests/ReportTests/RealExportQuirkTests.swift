import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// The third round of real downloads (issue 25): the quirks of data-format.md §12, "Quirks of
/// real downloads that are read, not refused", each through the command line on a file shaped
/// like the real one, with the figures computed by hand.
@Suite struct RealExportQuirkTests {
    static let roster = """
    name: Spring
    objective: sales
    start: 2026-03-01
    end: 2026-03-31
    influencers:
      - {handle: claire.cuisine, name: Claire en cuisine, platform: facebook, followers: 20000, fee: 0, promo_code: CLAIRE10}
      - {handle: tom.tok, platform: tiktok, followers: 150000, fee: 0, promo_code: tom15}
      - {handle: chloe.yt, platform: youtube, followers: 80000, fee: 0}
    data:

    """

    /// A project whose campaign `c` reads `data` from a copy of the export fixtures.
    func project(_ data: String, in temp: TemporaryFolder) throws -> URL {
        temp.write("p/campaigns/c/campaign.yaml", Self.roster + data)
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports"), to: temp.url.appendingPathComponent("p/campaigns/c/exports"))
        return temp.url.appendingPathComponent("p")
    }

    /// `report check` on the project: its status and the diagnostics about `file`.
    func check(_ project: URL, about file: String) throws -> (status: Int32, lines: [String]) {
        let r = try CommandLineTests().run(["check", project.path])
        let lines = (r.stdout + r.stderr).split(separator: "\n").map(String.init).filter { $0.hasPrefix("campaigns/c/exports/" + file + ":") }
        return (r.status, lines)
    }

    /// `report build` on the project: the campaign's KPIs of kpis.json.
    func build(_ project: URL, in temp: TemporaryFolder) throws -> [String: Any] {
        let output = temp.url.appendingPathComponent("site")
        let r = try CommandLineTests().run(["build", project.path, "--output", output.path, "--as-of", "2026-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: output.appendingPathComponent("campaigns/c/kpis.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
    }

    // MARK: Meta's short rows and N/A

    /// A Facebook Page export of 34 columns whose older rows stop at 33 (Meta added
    /// "Negative feedback from users: Hide"): read, with one warning; `N/A` is not reported.
    @Test func metaShortRowsAreReadWithOneWarning() throws {
        let temp = TemporaryFolder()
        let p = try project("  posts: exports/facebook-page-posts-short-rows.csv\n", in: temp)
        let (status, lines) = try check(p, about: "facebook-page-posts-short-rows.csv")
        #expect(status == 0)
        #expect(lines == [
            "campaigns/c/exports/facebook-page-posts-short-rows.csv:2: warning: 3 rows have fewer cells than the header's 34 (Meta adds columns and leaves older rows short): the missing last cells are read as not reported (lines 2, 3, 4)",
        ])
        let kpis = try build(p, in: temp)
        #expect(kpis["posts"] as? Int == 5)                              // all five rows, the three short ones too
        #expect(kpis["views"] as? Int == 8200 + 5400 + 3100 + 2000)     // the last post's Views is N/A
        #expect(kpis["reach"] as? Int == 6100 + 2500 + 1700 + 1200)     // the second post's Reach is N/A
        #expect(kpis["engagements"] as? Int == (260 + 25 + 15) + (120 + 30) + (80 + 10 + 5) + (30 + 8 + 6) + (20 + 1))
    }

    @Test func aLongerMetaRowStaysAnError() throws {
        let header = "Post ID,Page name,Publish time,Post type,Reach"
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.roster + "  posts: fb.csv\n",
            "fb.csv": header + "\n1,Claire en cuisine,03/02/2026 18:00,Photos\n2,Claire en cuisine,03/03/2026 18:00,Photos,10,extra\n",
        ])
        #expect(campaign == nil)
        #expect(messages.filter { $0.hasPrefix("campaigns/c/fb.csv") } == [
            "campaigns/c/fb.csv:2: warning: 1 row has fewer cells than the header's 5 (Meta adds columns and leaves older rows short): the missing last cells are read as not reported (line 2)",
            "campaigns/c/fb.csv:3: error: expected 5 fields as in the header, found 6",
        ])
    }

    @Test func naStaysAnErrorInGenericFiles() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.roster + "  posts: posts.csv\n",
            "posts.csv": "post_id,influencer,format,published_at,reach\np1,tom.tok,video,2026-03-02,N/A\n",
        ])
        #expect(campaign == nil)
        #expect(messages.contains("campaigns/c/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"N/A\""))
        #expect(CSVCells.isPlaceholder("n/a") && CSVCells.isPlaceholder("N/A") && !CSVCells.isPlaceholder("NA"))
        #expect(CSVCells.isPlaceholder(Array("N/A".utf8), 0, 3) && CSVCells.isPlaceholder(Array("n/A".utf8), 0, 3))
        #expect(!CSVCells.isPlaceholder(Array("N/B".utf8), 0, 3) && !CSVCells.isPlaceholder(Array("nja".utf8), 0, 3))
    }

    // MARK: YouTube's negative likes

    @Test func youtubeNegativeLikesAreReadAsTheyAre() throws {
        let temp = TemporaryFolder()
        let p = try project("  posts:\n    - {path: exports/youtube-table-data-negative-likes.csv, influencer: chloe.yt}\n", in: temp)
        let (status, lines) = try check(p, about: "youtube-table-data-negative-likes.csv")
        #expect(status == 0)
        #expect(lines == [
            "campaigns/c/exports/youtube-table-data-negative-likes.csv:3: warning: 2 negative cells in Likes read as they are (first at line 3): YouTube's likes over the export's period are a net change, negative when more likes were removed than given",
        ])
        let kpis = try build(p, in: temp)
        #expect(kpis["posts"] as? Int == 3)
        #expect(kpis["views"] as? Int == 9120 + 7400 + 3890)
        #expect(kpis["engagements"] as? Int == -27 + 18 - 3)           // likes only: the file has no comments or shares
    }

    @Test func everyOtherYouTubeCountStaysNonNegative() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": Self.roster + "  posts:\n    - {path: yt.csv, influencer: chloe.yt}\n",
            "yt.csv": "Content,Video title,Video publish time,Views,Likes\nabc,T,\"Mar 9, 2026\",-5,-2\n",
        ])
        #expect(campaign == nil)
        #expect(messages.contains("campaigns/c/yt.csv:2: error: column \"Views\": expected a non-negative integer, found \"-5\""))
    }

    // MARK: Stacked Shopify discounts and the unmatched codes of the period

    /// `EARLYACCESS30 + CLAIRE10` is Claire's order; `CLAIRE10, TOM15` is Claire's with a
    /// warning; the refunded order and the November orders give no unmatched-code warning.
    @Test func stackedShopifyCodesFindTheirInfluencer() throws {
        let temp = TemporaryFolder()
        let p = try project("  posts: exports/facebook-page-posts-short-rows.csv\n  orders: exports/shopify-orders-stacked-codes.csv\n", in: temp)
        let (status, lines) = try check(p, about: "shopify-orders-stacked-codes.csv")
        #expect(status == 0)
        #expect(lines == [
            "campaigns/c/exports/shopify-orders-stacked-codes.csv:4: warning: column \"Discount Code\": \"CLAIRE10, TOM15\" stacks the codes of claire.cuisine (CLAIRE10) and tom.tok (TOM15): the order is attributed to claire.cuisine, whose code comes first",
            "campaigns/c/exports/shopify-orders-stacked-codes.csv:7: warning: promo code \"BIENVENUE\" matches no influencer (1 order): not attributed by code",
        ])
        let kpis = try build(p, in: temp)
        #expect(kpis["conversions"] as? Int == 3)                        // #2001, #2002 (Claire), #2003 (Tom)
        let revenue = try #require(kpis["revenue"] as? Double)
        #expect(abs(revenue - (54 + 71.10 + 38)) < 1e-9)
        #expect(OrdersLoader.stackedCodes("EARLYACCESS30 + CHRISTINAKACH10") == ["EARLYACCESS30", "CHRISTINAKACH10"])
        #expect(OrdersLoader.stackedCodes("A, B+C ,") == ["A", "B", "C"])
    }

    // MARK: GA4 by channel group

    @Test func ga4ByChannelGroupSaysWhatToExport() throws {
        let temp = TemporaryFolder()
        let p = try project("  posts: exports/facebook-page-posts-short-rows.csv\n  sessions: exports/ga4-traffic-acquisition-channel-group.csv\n", in: temp)
        let (status, lines) = try check(p, about: "ga4-traffic-acquisition-channel-group.csv")
        #expect(status != 0)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.hasPrefix("campaigns/c/exports/ga4-traffic-acquisition-channel-group.csv:9: error: a GA4 report that cannot attribute sessions to influencers (this one is by \"Session primary channel group (Default channel group)\"): expected GA4's Traffic acquisition report by Session source / medium and Date"))
        #expect(!line.contains("missing required column"))
    }

    /// Each export known to be the wrong download says which one to download; usable ones are never refused.
    @Test func everyUnusableExportNamesTheDownload() {
        let cases: [([String], String)] = [
            (["Date", "Views", "Watch time (hours)", "Subscribers"], "the Content tab"),
            (["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"], "Content.csv"),
            (["First Name", "Last Name", "Email", "Total Spent", "Total Orders"], "Orders → Export"),
            (["Handle", "Title", "Body (HTML)", "Vendor"], "Orders → Export"),
            (["Coupon code", "Orders", "Amount discounted"], "Analytics → Orders"),
            (["First user source", "Date", "Sessions"], "Traffic acquisition"),
            (["Session source", "Session medium", "Sessions"], "Traffic acquisition"),   // no Date
        ]
        for (header, download) in cases {
            #expect(UnusableExport.refusal(header: header)?.contains(download) == true, "\(header)")
        }
        for usable in [["Date", "Session source", "Session medium", "Sessions"], ["Content", "Video title", "Video publish time", "Views", "Watch time (hours)"]] {
            #expect(UnusableExport.refusal(header: usable) == nil)
        }
    }

    // MARK: init --from reads what build reads

    /// `report init --from` on a folder of these exports prints the posts and orders build
    /// counts (the short Meta rows read, the refunded order left out) and the loaders' warnings;
    /// the proposed campaign, once its followers are given, loads and builds with those counts.
    @Test func initFromCountsWhatBuildCounts() throws {
        let temp = TemporaryFolder()
        let exports = temp.url.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        for name in ["facebook-page-posts-short-rows.csv", "shopify-orders-stacked-codes.csv", "youtube-table-data-negative-likes.csv",
                     "ga4-traffic-acquisition-channel-group.csv"] {
            try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports/" + name), to: exports.appendingPathComponent(name))
        }
        let project = temp.url.appendingPathComponent("p")
        let r = try CommandLineTests().run(["init", project.path, "--from", exports.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("report: read 5 posts and 7 orders (1 refunded, voided or cancelled left out), as report build counts them"))
        #expect(lines.contains("campaigns/exports/exports/facebook-page-posts-short-rows.csv:2: warning: 3 rows have fewer cells than the header's 34 (Meta adds columns and leaves older rows short): the missing last cells are read as not reported (lines 2, 3, 4)"))
        #expect(lines.contains("campaigns/exports/exports/youtube-table-data-negative-likes.csv:3: warning: 2 negative cells in Likes read as they are (first at line 3): YouTube's likes over the export's period are a net change, negative when more likes were removed than given"))
        #expect(lines.contains { $0.hasPrefix("  - ga4-traffic-acquisition-channel-group.csv: a GA4 report that cannot attribute sessions") && $0.contains("by Session source / medium and Date") })
        // The unmatched codes counted as check counts them: no refunded order, none out of the period.
        let yamlURL = project.appendingPathComponent("campaigns/exports/campaign.yaml")
        let yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        #expect(lines.contains("  - promo codes that name no influencer: EARLYACCESS30 (2 orders), TOM15 (2 orders), BIENVENUE (1 order); if one is an influencer's, add it to their promo_code"))
        #expect(yaml.contains("EARLYACCESS30 (2), TOM15 (2),\n# BIENVENUE (1)."))
        #expect(!yaml.contains("BLACKFRIDAY25"))
        // Fill in what the files do not say, then load and build the proposed campaign.
        let filled = yaml.replacingOccurrences(of: "followers:  # not in the files: the audience size at the start", with: "followers: 20000\n    fee: 0")
        try filled.write(to: yamlURL, atomically: true, encoding: .utf8)
        let loader = try ProjectLoader(path: project)
        let collector = DiagnosticCollector()
        let campaign = loader.loadCampaign(loader.campaignFolders[0], settings: ProjectSettings(timezone: "UTC"), into: collector)
        let loaded = try #require(campaign, "\(collector.diagnostics.map(\.description))")
        #expect(loaded.posts.count == 5)
        #expect(loaded.orders?.count == 7)
        let output = temp.url.appendingPathComponent("site")
        let b = try CommandLineTests().run(["build", project.path, "--output", output.path, "--as-of", "2026-05-15"])
        #expect(b.status == 0, "\(b.stderr)")
        let data = try Data(contentsOf: output.appendingPathComponent("campaigns/exports/kpis.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        #expect(kpis["posts"] as? Int == 5)
    }
}
