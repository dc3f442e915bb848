import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// One test per platform export, on fixtures with the export's real column layout.
@Suite struct ExportReaderTests {
    static let yaml = """
    name: Spring
    objective: sales
    start: 2026-03-01
    end: 2026-03-31
    utm_campaign: spring26
    baseline: {start: 2026-02-01, end: 2026-02-28}
    influencers:
      - handle: claire.cuisine
        platform: instagram
        followers: 20000
        promo_code: CLAIRE10
        utm_content: claire-ig
      - handle: tom.tok
        platform: tiktok
        followers: 150000
        promo_code: TOM15
        utm_content: tom-tt
      - handle: chloe.yt
        platform: youtube
        followers: 80000

    """

    /// Loads a campaign whose `data:` block is `data`, with the export fixtures in `exports/`.
    func load(data: String) throws -> (Campaign?, [String]) {
        let (campaign, messages) = try loadCampaign(["campaign.yaml": Self.yaml + "data:\n" + data, "posts.csv": "post_id,influencer,format,published_at\n"])
        // These fixtures give each export alone: "has no post" warnings are expected and left out.
        return (campaign, messages.filter { !$0.hasSuffix("has no post") })
    }

    @Test func shopifyOrders() throws {
        let (campaign, messages) = try load(data: "  orders: exports/shopify-orders.csv\n")
        #expect(messages.isEmpty)
        let orders = try #require(campaign?.orders)
        // #1001 counts once (its second line item adds nothing); #1002 voided and #1003 refunded are not sales.
        #expect(orders.map(\.id) == ["#1001", "#1004", "#1005"])
        #expect(orders.map(\.revenue) == [62.90, 70, 1234.50])      // #1004: 100 − 30 refunded
        #expect(orders[1].date == Make.day(4, 1))                    // 23:30 UTC on 31 March is 1 April in Paris
        #expect(orders[0].promoCode == "CLAIRE10")
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.conversions] == 2)                               // #1001 and #1004 carry the code
    }

    @Test func wooCommerceOrders() throws {
        let (campaign, messages) = try load(data: "  orders: exports/woocommerce-orders.csv\n")
        #expect(messages.isEmpty)
        let orders = try #require(campaign?.orders)
        #expect(orders.map(\.id) == ["2041", "2042", "2046"])        // refunded, cancelled and failed are not sales
        #expect(orders.map(\.revenue) == [38, 61.5, 1020])
        #expect(orders[0].promoCode == "tom15")                      // of "bienvenue, tom15", the influencer's code
        #expect(KPICalculator.compute(try #require(campaign)).influencers[1].kpis[.conversions] == 2)
    }

    @Test func ga4Sessions() throws {
        let (campaign, messages) = try load(data: "  sessions: exports/ga4-sessions.csv\n")
        #expect(messages.isEmpty)
        let sessions = try #require(campaign?.sessions)
        #expect(sessions.count == 4)                                 // the grand-total row is skipped
        #expect(sessions[1].sessions == 1450)
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.clicks] == 195)                                  // 120 (claire-ig) + 75 (tom-tt)
        // direct: 1450 over 31 days against 1000 over 28 days
        #expect(k[.directTrafficUplift] == ((1450.0 / 31) - (1000.0 / 28)) / (1000.0 / 28) * 100)
    }

    @Test func metaBusinessSuitePosts() throws {
        let (campaign, messages) = try load(data: "  posts: exports/meta-posts.csv\n")
        #expect(messages.isEmpty)
        let posts = try #require(campaign?.posts)
        #expect(posts.map(\.format) == ["carousel", "reel", "story"])
        #expect(posts[0].publishedAt == LocalDateTime(day: Make.day(3, 4), minuteOfDay: 18 * 60 + 30)) // MM/DD/YYYY
        #expect(posts[0][.reach] == 12_500)
        #expect(posts[0][.views] == 24_310)
        #expect(posts[1][.likes] == 3980)
        #expect(posts[2][.likes] == nil)
        #expect(posts[0].caption == "Ma routine du soir ✨ #sponsorisé @maisonlune")
        #expect(posts[0].platform.name == "instagram")
        #expect(posts[0].id == "18034567890123456")
    }

    @Test func youtubeStudioTableData() throws {
        let (campaign, messages) = try load(data: "  posts:\n    - {path: exports/youtube-table-data.csv, influencer: chloe.yt}\n")
        #expect(messages.isEmpty)
        let posts = try #require(campaign?.posts)
        #expect(posts.map(\.id) == ["dQw4w9WgXcQ", "kJQP7kiw5Fk"])  // the Total row is skipped
        #expect(posts.map(\.format) == ["video", "video"])
        #expect(posts[0].influencerKey == "chloe.yt")
        #expect(posts[0].publishedAt.day == Make.day(3, 9))
        #expect(posts[0][.views] == 98_230)
        #expect(posts[0][.impressions] == 803_100)
        #expect(posts[0].caption == "Ma routine soin, avec Maison Lune")
        let (_, missing) = try load(data: "  posts: exports/youtube-table-data.csv\n")
        #expect(missing == ["campaigns/c/exports/youtube-table-data.csv:1: error: a YouTube Studio export names no account: list it under data: as {path: …, influencer: <handle>}"])
    }

    @Test func tiktokFollowerHistory() throws {
        let (campaign, messages) = try load(data: "  followers:\n    - {path: exports/tiktok-follower-history.csv, influencer: tom.tok}\n")
        #expect(messages.isEmpty)
        let counts = try #require(campaign?.followers)
        #expect(counts.map(\.day) == [Make.day(2, 26), Make.day(2, 27), Make.day(3, 15), Make.day(3, 31), Make.day(4, 1)])
        #expect(counts.allSatisfy { $0.influencerKey == "tom.tok" })
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(k[.newFollowers] == 3530)                          // 154 010 (last ≤ 3-31) − 150 480 (last < 3-01)
    }

    @Test func severalFilesOfOneKind() throws {
        let data = "  posts:\n    - exports/meta-posts.csv\n    - {path: exports/youtube-table-data.csv, influencer: chloe.yt}\n"
        let (campaign, messages) = try load(data: data)
        #expect(messages.isEmpty)
        #expect(campaign?.posts.count == 5)
    }

    @Test func idsStayUniqueAcrossFiles() throws {
        let temp = TemporaryFolder()
        temp.write("p/campaigns/c/campaign.yaml", Self.yaml + "data:\n  posts: [a.csv, b.csv]\n")
        temp.write("p/campaigns/c/a.csv", "post_id,influencer,format,published_at\np1,tom.tok,video,2026-03-02\n")
        temp.write("p/campaigns/c/b.csv", "post_id,influencer,format,published_at\np2,tom.tok,video,2026-03-03\np1,tom.tok,video,2026-03-04\n")
        let loader = try ProjectLoader(path: temp.url.appendingPathComponent("p"))
        let collector = DiagnosticCollector()
        let campaign = loader.loadCampaign(loader.campaignFolders[0], settings: ProjectSettings(), into: collector)
        #expect(campaign == nil)
        #expect(collector.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "campaigns/c/b.csv:3: error: column \"post_id\": duplicate post id \"p1\": already used on campaigns/c/a.csv:2",
        ])
    }

    @Test(arguments: [
        ("August 31", (2026, 8, 31)), ("February 26", (2026, 2, 26)), ("December 30", (2025, 12, 30)), ("Jan 3", (2026, 1, 3)),
    ])
    func tiktokYearIsTheNearestToTheWindow(text: String, expected: (Int, Int, Int)) {
        let window = DayRange(start: Make.day(3, 1), end: Make.day(3, 31))
        #expect(PostsDialect.tiktokPostTime(text, window: window)?.day == Day(year: expected.0, month: expected.1, day: expected.2))
    }
}
