import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// kpis.md §7: industry statuses at the edges of their ranges, internal benchmarks over one,
/// two and five other campaigns, and the sentences the page prints.
@Suite struct BenchmarkJudgementTests {
    static let range = BenchmarkRange(low: 1.5, high: 3.0, source: .seed)

    /// Decided on the value as the page shows it (one decimal, half away from zero): 1,44 shows
    /// "1,4" (below 1,5), 1,45 shows "1,5" (within); 3,04 shows "3,0" (within), 3,05 "3,1".
    @Test(arguments: [
        (1.44, BenchmarkComparison.Status.below), (1.45, .within), (1.4999, .within), (1.5, .within), (2.0, .within), (3.0, .within),
        (3.04, .within), (3.0001, .within), (3.05, .above),
    ])
    func statusAtTheEdges(value: Double, status: BenchmarkComparison.Status) {
        #expect(BenchmarkComparison(kpi: .engagementRateFollowers, range: Self.range, value: value).status == status)
    }

    /// The cases: "@emma.makeup 2,0 % — au-dessus de 0,5–2,0 %" (2,037) and
    /// "@hugo.beaute 1,5 % — sous 1,5–3,0 %" (1,483) said a status the page contradicts.
    @Test(arguments: [
        (2.037, BenchmarkRange(low: 0.5, high: 2.0, source: .seed), BenchmarkComparison.Status.within),
        (2.04, BenchmarkRange(low: 0.5, high: 2.0, source: .seed), .within),
        (2.06, BenchmarkRange(low: 0.5, high: 2.0, source: .seed), .above),
        (1.483, BenchmarkRange(low: 1.5, high: 3.0, source: .seed), .within),
        (1.44, BenchmarkRange(low: 1.5, high: 3.0, source: .seed), .below),
    ])
    func statusOnTheDisplayedValue(value: Double, range: BenchmarkRange, status: BenchmarkComparison.Status) {
        #expect(BenchmarkComparison(kpi: .engagementRateFollowers, range: range, value: value).status == status)
    }

    /// The campaign's rate against its creator mix: an Instagram micro creator (1,5–3,0) with
    /// 20 000 followers on 2 qualifying posts (weight 40 000) and a TikTok macro creator
    /// (4,0–7,0) with 150 000 on 1 post (weight 150 000): low = (1,5 × 40 000 + 4 × 150 000) /
    /// 190 000 = 3,4737; high = (3 × 40 000 + 7 × 150 000) / 190 000 = 6,1579. The first
    /// creator's own rate is 335 / 20 000 (p1) and 0 engagements reported on p2 … see values.
    @Test func theCampaignIsComparedWithItsCreatorMix() {
        let who = [Make.influencer("a", platform: "instagram", followers: 20_000), Make.influencer("b", platform: "tiktok", followers: 150_000),
                   Make.influencer("c", platform: "youtube", followers: 5_000)]
        let posts = [
            Make.post("p1", "a", [.reach: 5000, .likes: 300, .comments: 20, .shares: 10, .saves: 5]),   // 335 / 20 000 = 1,675 %
            Make.post("p2", "a", [.reach: 5000, .likes: 100]),                                           // 100 / 20 000
            Make.post("p3", "b", [.reach: 40000, .likes: 3000, .comments: 100, .shares: 200]),          // 3 300 / 150 000 = 2,2 %
        ]
        let c = Make.campaign(who, posts)
        let kpis = KPICalculator.compute(c)
        let b = BenchmarkComparison.campaign(c, kpis: kpis, table: .builtIn).first { $0.kpi == .engagementRateFollowers }
        #expect(b?.range.source == .mix)
        #expect(abs((b?.range.low ?? 0) - (1.5 * 40_000 + 4 * 150_000) / 190_000) < 1e-12)
        #expect(abs((b?.range.high ?? 0) - (3 * 40_000 + 7 * 150_000) / 190_000) < 1e-12)
        // a: (335 + 100) / 40 000 = 1,0875 % → "1,1" below 1,5–3,0; b: 2,2 % below 4–7; c: no post.
        #expect(b?.influencers == BenchmarkComparison.MixCounts(below: 2, within: 0, above: 0, na: 1))
        // Campaign: 3 735 / 190 000 = 1,966 % against 3,47–6,16 %: below.
        #expect(b?.status == .below)
    }

    @Test func naValueHasNoStatus() {
        #expect(BenchmarkComparison(kpi: .engagementRateFollowers, range: Self.range, value: nil).status == nil)
    }

    @Test func influencerUsesItsPlatformAndTierWithOverrides() {
        var table = BenchmarkTable()
        let tiktok = Make.influencer("t", platform: "tiktok", followers: 150_000)
        var k = KPIValues()
        k[.engagementRateFollowers] = 4.5
        #expect(BenchmarkComparison.influencer(tiktok, kpis: k, table: table).first?.status == .within)   // 4–7
        table.override(.engagementRateFollowers, platform: "tiktok", tier: nil, low: 5, high: 8)
        let overridden = BenchmarkComparison.influencer(tiktok, kpis: k, table: table).first
        #expect(overridden?.status == .below)
        #expect(overridden?.range.source == .reportYAML)
    }

    /// A campaign of `days` days starting `start` days after 2026-01-01.
    static func entry(_ id: String, cpa: Double?, currency: String = "EUR", reach: Double? = nil, roi: Double? = nil,
                      objective: Objective = .sales, start: Int = 0, days: Int = 10, mentions: [String] = [], compliance: Double? = nil) -> InternalBenchmarks.Entry {
        var k = KPIValues()
        k[.cpa] = cpa
        k[.reach] = reach
        k[.roi] = roi
        k[.mentionCompliance] = compliance
        let first = Make.day(1, 1).ordinal + start
        return InternalBenchmarks.Entry(id: id, currency: currency, kpis: k, objective: objective,
                                        window: DayRange(start: Day(ordinal: first), end: Day(ordinal: first + days - 1)), requiredMentions: mentions)
    }

    @Test func oneEarlierCampaignIsNotEnough() {
        let result = InternalBenchmarks.compute([Self.entry("a", cpa: 10, start: 0), Self.entry("b", cpa: 20, start: 20)])
        #expect(result["a"]?.isEmpty == true)
        #expect(result["b"]?.isEmpty == true)
    }

    /// Only earlier campaigns: a (13,5) and b (16) before c (20,4); c's median is theirs,
    /// (13,5 + 16) / 2 = 14,75 → +38 %, a deterioration; a and b have fewer than two earlier.
    @Test func twoEarlierCampaigns() throws {
        let result = InternalBenchmarks.compute([Self.entry("c", cpa: 20.4, start: 40), Self.entry("a", cpa: 13.5, start: 0), Self.entry("b", cpa: 16, start: 20)])
        let c = try #require(result["c"]?.first { $0.kpi == .cpa })
        #expect(c.median == 14.75)
        #expect(c.campaigns == 2)
        #expect(abs((c.change ?? 0) - (20.4 / 14.75 - 1)) < 1e-12)
        #expect(c.improved == false)                    // a higher CPA is worse
        #expect(c.objective == .sales)
        #expect(result["a"]?.isEmpty == true && result["b"]?.isEmpty == true)
    }

    /// x starts on day 40. A campaign ending on day 39 (the day before) is earlier; one ending
    /// on day 40 or 41 overlaps it and is not.
    @Test(arguments: [(29, 10, true), (30, 11, false), (30, 12, false)])
    func earlierMeansEndedBeforeTheStart(start: Int, days: Int, counted: Bool) {
        let result = InternalBenchmarks.compute([Self.entry("o1", cpa: 10, start: 0), Self.entry("o2", cpa: 30, start: start, days: days),
                                                 Self.entry("x", cpa: 20, start: 40)])
        let cpa = result["x"]?.first { $0.kpi == .cpa }
        #expect((cpa != nil) == counted)
        if counted { #expect(cpa?.median == 20) }
    }

    /// Only rates, ratios and costs; the same objective; amounts in the same currency, ratios
    /// across currencies; mention compliance only with the same required mentions.
    @Test func onlyComparableFiguresOfComparableCampaigns() throws {
        let earlier = [
            Self.entry("s1", cpa: 10, reach: 1000, roi: 2, start: 0, mentions: ["#ad"], compliance: 90),
            Self.entry("s2", cpa: 20, reach: 2000, roi: 4, start: 15, mentions: ["#AD"], compliance: 70),
            Self.entry("usd", cpa: 1, currency: "USD", reach: 3000, roi: 6, start: 30, mentions: ["#pub"], compliance: 10),
            Self.entry("aw1", cpa: 99, reach: 9000, roi: 9, objective: .awareness, start: 0),
            Self.entry("aw2", cpa: 99, reach: 9000, roi: 9, objective: .awareness, start: 15),
        ]
        let result = InternalBenchmarks.compute(earlier + [Self.entry("x", cpa: 12, reach: 50_000, roi: 3, start: 60, mentions: ["#ad"], compliance: 80)])
        let x = try #require(result["x"])
        #expect(x.first { $0.kpi == .reach } == nil)               // a count follows the budget
        #expect(x.first { $0.kpi == .cpa }?.median == 15)          // (10 + 20) / 2: the USD amount is not mixed in, nor awareness
        #expect(x.first { $0.kpi == .roi }?.median == 4)           // 2, 4, 6: a ratio compares across currencies
        #expect(x.first { $0.kpi == .roi }?.campaigns == 3)
        #expect(x.first { $0.kpi == .mentionCompliance }?.median == 80)   // 90 and 70 asked "#ad"; "#pub" is another rule
        #expect(InternalBenchmarks.isComparable(.cpm) && InternalBenchmarks.isComparable(.engagementRate) && !InternalBenchmarks.isComparable(.revenue))
    }

    @Test func sentencesInBothLanguages() {
        var b = InternalBenchmark(kpi: .cpa, median: 18.2, campaigns: 4, value: 13.49, change: 13.49 / 18.2 - 1)
        b.objective = .sales
        #expect(LateBinding.sentence(b, format: NumberFormat(locale: .frFR, currency: "EUR"))
                == "26\u{A0}% sous votre médiane de 18,20\u{A0}€ sur vos 4 campagnes précédentes de même objectif (ventes) — une amélioration")
        #expect(LateBinding.sentence(b, format: NumberFormat(locale: .enUS, currency: "EUR"))
                == "26% below your median of €18.20 over your 4 earlier sales campaigns — an improvement")
        var roi = InternalBenchmark(kpi: .roi, median: 2, campaigns: 2, value: 1.8, change: -0.1)
        roi.objective = .awareness
        #expect(LateBinding.sentence(roi, format: NumberFormat(locale: .enUS, currency: "EUR"))
                == "10% below your median of 2.00 over your 2 earlier awareness campaigns — a deterioration")
    }

    @Test func markersAreFilledOrRemoved() throws {
        let body = "<div>" + LateBinding.marker(.cpa) + "</div><div>" + LateBinding.marker(.roi) + "</div>"
        let b = InternalBenchmark(kpi: .cpa, median: 20, campaigns: 2, value: 10, change: -0.5)
        let context = LateBinding.Context(internalBenchmarks: [b], format: NumberFormat(locale: .enUS, currency: "EUR"), slugs: [:], root: "../../")
        #expect(try LateBinding.fill(body, context)
                == "<div><span class=\"kpi-bench\">50% below your median of €20.00 over your 2 earlier sales campaigns — an improvement</span></div><div></div>")
    }

    /// Creator links point at the card from the page's depth; a one-file download keeps the name only.
    @Test func creatorLinksAreResolvedOrDropped() throws {
        let body = "<td>" + LateBinding.creatorLink("a-->b\"", text: "@A-->B\"").markup + "</td>"
        let slugs = ["a-->b\"": "a--b-"]
        let page = try LateBinding.fill(body, LateBinding.Context(internalBenchmarks: [], format: NumberFormat(locale: .enUS), slugs: slugs, root: "../../"))
        #expect(page == "<td><a class=\"creator\" href=\"../../influencers/a--b-/index.html\">@A--&gt;B&quot;</a></td>")
        let download = try LateBinding.fill(body, LateBinding.Context(internalBenchmarks: [], format: NumberFormat(locale: .enUS), slugs: slugs, root: nil))
        #expect(download == "<td>@A--&gt;B&quot;</td>")
    }

    /// A link to a creator without a card is refused, never pointed at a guessed path.
    @Test func aCreatorLinkWithoutACardIsAnError() throws {
        let body = "<td>" + LateBinding.creatorLink("ghost", text: "@ghost").markup + "</td>"
        let context = LateBinding.Context(internalBenchmarks: [], format: NumberFormat(locale: .enUS), slugs: ["other": "other"], root: "../../",
                                          page: "campaigns/c/index.html")
        #expect(throws: Diagnostic.error("campaigns/c/index.html", 0, "a link to the card of creator \"ghost\", which this build does not make")) {
            try LateBinding.fill(body, context)
        }
        // A one-file download has no links: nothing to resolve.
        #expect(try LateBinding.fill(body, LateBinding.Context(internalBenchmarks: [], format: NumberFormat(locale: .enUS), slugs: [:], root: nil))
                == "<td>@ghost</td>")
    }

    /// Three campaigns built together: each kpis.json carries the others' median, and the page
    /// the sentence.
    @Test func threeCampaignProjectShowsInternalBenchmarks() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        // Two earlier copies of spring: the same files moved to October and December 2025.
        for (id, march, april) in [("autumn", "2025-10-", "2025-11-"), ("winter", "2025-12-", "2026-01-")] {
            let copy = project.appendingPathComponent("campaigns/\(id)")
            try FileManager.default.copyItem(at: project.appendingPathComponent("campaigns/spring"), to: copy)
            for file in ["campaign.yaml", "posts.csv", "orders.csv"] {
                let url = copy.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "2026-03-", with: march).replacingOccurrences(of: "2026-04-", with: april).utf8).write(to: url)
            }
        }
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let data = try Data(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let campaign = try #require(json["campaign"] as? [String: Any])
        let internalBenchmarks = try #require(campaign["internal_benchmarks"] as? [String: Any])
        let cpa = try #require(internalBenchmarks["cpa"] as? [String: Any])
        let kpis = try #require(campaign["kpis"] as? [String: Any])
        #expect(cpa["median"] as? Double == kpis["cpa"] as? Double)   // autumn and winter are copies of spring
        #expect(cpa["campaigns"] as? Int == 2)
        #expect(cpa["change"] as? Double == 0)
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains("equal to your median of"))
        #expect(!page.contains("<!--report:"))
    }
}
