import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// Issue 24 point 2: posts measured several times (data-format.md §4, `measured_at`), the
/// latest measurement on or before as_of used everywhere, and early_reach_share /
/// early_engagement_share (kpis.md §10) at the edges of 48 hours and 7 days.
@Suite struct EarlySettledTests {
    static let yaml = YAMLErrorTests.valid
    static let header = "post_id,influencer,format,published_at,measured_at,reach,likes\n"

    func messages(_ rows: String) throws -> [String] {
        try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": Self.header + rows]).messages
    }

    /// p1: measured exactly 48 h after publication (early) and exactly 7 days after (settled).
    /// p2: 24 h (early), 48 h 01 (neither), 6 days 23 h 59 (neither), 17 days (settled).
    /// p3: measured once, no measured_at. p4: one dated measurement, early only.
    static let rows = """
        p1,claire,reel,2026-03-02T10:00,2026-03-04T10:00,600,60
        p2,claire,reel,2026-03-03T08:00,2026-03-04T08:00,100,10
        p1,claire,reel,2026-03-02T10:00,2026-03-09T10:00,1000,80
        p2,claire,reel,2026-03-03T08:00,2026-03-05T08:01,150,12
        p2,claire,reel,2026-03-03T08:00,2026-03-10T07:59,190,15
        p2,claire,reel,2026-03-03T08:00,2026-03-20T08:00,200,20
        p3,claire,image,2026-03-05,,500,50
        p4,claire,image,2026-03-06T12:00,2026-03-07T12:00,300,30

        """

    func measuredCampaign(asOf: String) throws -> (Campaign, CampaignKPIs) {
        let loaded = try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": Self.header + Self.rows])
        let campaign = try #require(loaded.campaign)
        #expect(loaded.messages == [])
        let day = try #require(DateReader.day(asOf))
        let measured = campaign.measured(asOf: day)
        return (measured, KPICalculator.compute(measured, asOf: day))
    }

    @Test func repeatedIdsWithMeasuredAtAreOnePostEach() throws {
        let loaded = try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": Self.header + Self.rows])
        let campaign = try #require(loaded.campaign)
        #expect(campaign.posts.map(\.id) == ["p1", "p2", "p3", "p4"])
        #expect(campaign.measurements["p2"]?.map(\.line) == [3, 5, 6, 7])
        #expect(campaign.measurements["p3"] == nil)
        // Before the report date chooses, each post stands for its latest measurement.
        #expect(campaign.posts.map { $0[.reach] } == [1000, 200, 500, 300])
    }

    @Test func sharesAtTheEdgesOf48HoursAnd7Days() throws {
        let (_, kpis) = try measuredCampaign(asOf: "2026-05-15")
        // Early: p1 at exactly 48 h (600), p2 at 24 h (100; its 48 h 01 reading is not early).
        // Settled: p1 at exactly 7 days (1000), p2 at 17 days (200; 6 days 23 h 59 is not).
        // p3 (measured once) and p4 (early only) have no pair.
        #expect(kpis.campaign[.earlyReachShare] == 700.0 / 1200.0 * 100)
        #expect(kpis.campaign[.earlyEngagementShare] == 70.0 / 100.0 * 100)
        let claire = try #require(kpis.influencers.first)
        #expect(claire.kpis[.earlyReachShare] == 700.0 / 1200.0 * 100)
        // Every other figure uses each post's latest measurement: 1000 + 200 + 500 + 300.
        #expect(kpis.campaign[.reach] == 2000)
        #expect(kpis.campaign[.engagements] == Double(80 + 20 + 50 + 30))
    }

    @Test func aMeasurementAfterAsOfIsIgnoredEverywhere() throws {
        let (campaign, kpis) = try measuredCampaign(asOf: "2026-03-15")
        // p2's 20 March reading comes after the report date: its 10 March one (190) is its figure,
        // and it has no settled measurement yet.
        #expect(campaign.posts.map { $0[.reach] } == [1000, 190, 500, 300])
        #expect(campaign.measurements["p2"]?.count == 3)
        #expect(kpis.campaign[.reach] == Double(1000 + 190 + 500 + 300))
        #expect(kpis.campaign[.earlyReachShare] == 600.0 / 1000.0 * 100)
        #expect(kpis.campaign[.earlyEngagementShare] == 60.0 / 80.0 * 100)
        // Before any settled reading, the shares are n/a, and a post measured only later has no
        // figure; a reading on the report date itself counts (p2's 5 March 08:01, 150).
        let (early, earlyKPIs) = try measuredCampaign(asOf: "2026-03-05")
        #expect(earlyKPIs.campaign[.earlyReachShare] == nil)
        #expect(earlyKPIs.campaign[.earlyEngagementShare] == nil)
        #expect(early.posts.map { $0[.reach] } == [600, 150, 500, nil])
    }

    @Test func aPostMeasuredOnceHasNoShare() throws {
        let rows = "p3,claire,image,2026-03-05,,500,50\np4,claire,image,2026-03-06T12:00,2026-03-20T12:00,300,30\n"
        let loaded = try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": Self.header + rows])
        let campaign = try #require(loaded.campaign)
        let kpis = KPICalculator.compute(campaign.measured(asOf: Day(ordinal: 30_000)))
        #expect(kpis.campaign[.earlyReachShare] == nil)
        #expect(kpis.campaign[.reach] == 800)
        // Without any measured_at, nothing changes: no pair, n/a.
        let plain = try #require(try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": "post_id,influencer,format,published_at,reach\np1,claire,reel,2026-03-02,100\n"]).campaign)
        #expect(plain.measurements.isEmpty)
        #expect(KPICalculator.compute(plain).campaign[.earlyReachShare] == nil)
    }

    @Test func minutesCountBareDatesAsMidnight() {
        let d = Day(ordinal: 20_000)
        #expect(EarlySettled.minutes(from: LocalDateTime(day: d, minuteOfDay: 600), to: LocalDateTime(day: d.adding(days: 2), minuteOfDay: 600)) == 2880)
        #expect(EarlySettled.minutes(from: LocalDateTime(day: d), to: LocalDateTime(day: d.adding(days: 7))) == 7 * 1440)
        #expect(EarlySettled.minutes(from: LocalDateTime(day: d, minuteOfDay: 600), to: LocalDateTime(day: d.adding(days: 7))) == 7 * 1440 - 600)
    }

    @Test func invalidRepeatsAreLocatedErrors() throws {
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,2026-03-03T10:00,1,1\np1,claire,reel,2026-03-02T10:00,,2,2\n") == [
            "campaigns/c/posts.csv:3: error: column \"measured_at\": post id \"p1\" is already used on line 2: a post measured several times needs a measured_at on each of its rows",
        ])
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,,1,1\np1,claire,reel,2026-03-02T10:00,2026-03-04T10:00,2,2\n") == [
            "campaigns/c/posts.csv:3: error: column \"measured_at\": post id \"p1\" is already used on line 2: a post measured several times needs a measured_at on each of its rows",
        ])
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,2026-03-03T10:00,1,1\np1,claire,reel,2026-03-02T10:00,03/03/2026 10:00,2,2\n") == [
            "campaigns/c/posts.csv:3: error: column \"measured_at\": post id \"p1\" is already measured at \"03/03/2026 10:00\" on line 2: each measurement of a post needs a distinct measured_at",
        ])
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,2026-03-02T09:59,1,1\np2,claire,reel,2026-03-02T10:00,2026-03-02,1,1\np3,claire,reel,2026-03-02T10:00,2026-03-01,1,1\n") == [
            "campaigns/c/posts.csv:2: error: column \"measured_at\": \"2026-03-02T09:59\" is before published_at \"2026-03-02T10:00\": a post is measured after its publication",
            "campaigns/c/posts.csv:4: error: column \"measured_at\": \"2026-03-01\" is before published_at \"2026-03-02T10:00\": a post is measured after its publication",
        ])
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,2026-03-03T10:00,1,1\np1,claire,story,2026-03-02T11:00,2026-03-09T10:00,2,2\n") == [
            "campaigns/c/posts.csv:3: error: column \"format\": post \"p1\" has \"reel\" on line 2, found \"story\": each measurement of a post repeats its fields; only measured_at and the counts change",
            "campaigns/c/posts.csv:3: error: column \"published_at\": post \"p1\" has \"2026-03-02T10:00\" on line 2, found \"2026-03-02T11:00\": each measurement of a post repeats its fields; only measured_at and the counts change",
        ])
        // The same date written another way, the handle with @ and another case, the format in
        // capitals: the same post.
        #expect(try messages("p1,claire,reel,2026-03-02T10:00,2026-03-03T10:00,1,1\np1,@Claire,Reel,02/03/2026 10:00,2026-03-09T10:00,2,2\n") == [])
        // Any other field is compared as written.
        let captioned = "post_id,influencer,format,published_at,measured_at,reach,caption\n"
            + "p1,claire,reel,2026-03-02T10:00,2026-03-03T10:00,1,Hello\np1,claire,reel,2026-03-02T10:00,2026-03-09T10:00,2,\n"
        #expect(try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": captioned]).messages == [
            "campaigns/c/posts.csv:3: error: column \"caption\": post \"p1\" has \"Hello\" on line 2, found an empty cell: each measurement of a post repeats its fields; only measured_at and the counts change",
        ])
        // Without a measured_at column a repeated id stays a duplicate.
        let plain = try loadCampaign(["campaign.yaml": Self.yaml, "posts.csv": "post_id,influencer,format,published_at,reach\np1,claire,reel,2026-03-02,1\np1,claire,reel,2026-03-02,2\n"])
        #expect(plain.messages == ["campaigns/c/posts.csv:3: error: column \"post_id\": duplicate post id \"p1\": already used on line 2"])
    }
}

/// The campaign page's early and settled block (kpis.md §10): shown only with dated measurements.
@Suite struct EarlySettledPageTests {
    /// spring measured: claire's p1 early 300 / settled 500 (60 %), tom's p3 early 1000 / settled
    /// 4000 (25 %), tom's p4 measured once; campaign 1300 / 4500 = 28.9 %, engagements
    /// (30 + 100) / (40 + 150) = 68.4 %. tom's p5 is published on 10 May and not settled yet.
    static let posts = """
        post_id,influencer,format,published_at,measured_at,reach,likes
        p1,claire.cuisine,reel,2026-03-03T18:00,2026-03-05T18:00,300,30
        p1,claire.cuisine,reel,2026-03-03T18:00,2026-03-10T18:00,500,40
        p3,tom.tok,video,2026-03-10T21:30,2026-03-11T21:30,1000,100
        p3,tom.tok,video,2026-03-10T21:30,2026-04-01T10:00,4000,150
        p4,tom.tok,video,2026-03-12,,800,10
        p5,tom.tok,video,2026-03-30T12:00,2026-03-31T12:00,50,5

        """

    func build(locale: String, measured: Bool = true, asOf: String = "2026-04-03") throws -> (page: String, json: [String: Any]) {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml.replacingOccurrences(of: "locale: en-US", with: "locale: \(locale)"))
        if measured { temp.write("basic/campaigns/spring/posts.csv", Self.posts) }
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: asOf)).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        let data = try Data(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"))
        return (page, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    @Test func englishPageSaysTheSharesAndWhenTheSettledMeasurementIsDue() throws {
        let (page, json) = try build(locale: "en-US")
        #expect(page.contains("<h3>Early and settled measurements</h3>"))
        #expect(page.contains("<p>28.9% of the reach was there after 48 hours, and 68.4% of the engagements, over 2 posts measured both times.</p>"))
        #expect(page.contains("<figcaption>Reach within 48 hours and settled, by creator</figcaption>"))
        #expect(page.contains("@claire.cuisine: Within 48 hours 300, Settled (7 days or more) 500; @tom.tok: Within 48 hours 1,000, Settled (7 days or more) 4,000"))
        #expect(page.contains("<li>@tom.tok: settled measurement due from Apr 6, 2026 (1 post)</li>"))
        let campaign = try #require(json["campaign"] as? [String: Any])
        let kpis = try #require(campaign["kpis"] as? [String: Any])
        #expect(kpis["early_reach_share"] as? Double == 1300.0 / 4500.0 * 100)
        #expect(kpis["early_engagement_share"] as? Double == 130.0 / 190.0 * 100)
        let influencers = try #require(json["influencers"] as? [[String: Any]])
        let shares = influencers.map { ($0["kpis"] as? [String: Any])?["early_reach_share"] as? Double }
        #expect(shares == [60.0, 25.0, nil])
    }

    @Test func frenchPageSaysTheSameInFrench() throws {
        let (page, _) = try build(locale: "fr-FR")
        #expect(page.contains("<h3>Mesures à chaud et à froid</h3>"))
        #expect(page.contains("<p>28,9\u{00A0}% de la portée était là après 48 heures, et 68,4\u{00A0}% des engagements, sur 2 publications mesurées deux fois.</p>"))
        #expect(page.contains("<li>@tom.tok\u{00A0}: mesure à froid à prendre à partir du 6 avr. 2026 (1 publication)</li>"))
    }

    @Test func noMeasurementsNoBlock() throws {
        let (page, json) = try build(locale: "en-US", measured: false)
        #expect(!page.contains("Early and settled"))
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        #expect(kpis["early_reach_share"] is NSNull)
    }
}
