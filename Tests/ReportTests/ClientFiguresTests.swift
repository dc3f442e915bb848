import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 12: the figures a client checks first — spend against the budget, ROAS and net ROI,
/// the comment sample, mention compliance per mention, the plausibility checks (kpis.md §8b)
/// and the disclosure law — against values computed by hand.
@Suite struct ClientFiguresTests {
    typealias A = KPIAggregationTests
    static func campaign(budget: Double? = nil, margin: Double? = nil) -> Campaign {
        var c = A.campaign(budget: budget)
        c.grossMargin = margin
        c.keyLines["budget"] = 7
        return c
    }

    static func warnings(_ c: Campaign) -> [String] {
        let kpis = KPICalculator.compute(c)
        let judgement = CampaignJudgement(campaign: c, kpis: kpis, table: BenchmarkTable(), thresholds: FraudThresholds(), locale: .enUS)
        return CampaignWarnings.make(campaign: c, kpis: kpis, judgement: judgement, file: "c.yaml").map(\.description)
    }

    // Σ creator spend = 590 (claire) + 1000 (tom) + 0 (idle) = 1 590.
    @Test(arguments: [
        (3000.0, 3000.0, 53.0),          // budget above the costs: the budget, which also pays what no creator is tied to
        (1590.0, 1590.0, 100.0),         // equal
        (1000.0, 1590.0, 159.0),         // below: the costs are real money
    ])
    func spendIsTheLargerOfBudgetAndCosts(budget: Double, spend: Double, used: Double) {
        let k = KPICalculator.compute(Self.campaign(budget: budget)).campaign
        #expect(k[.spend] == spend)
        #expect(k[.budgetUsed] == 1590 / budget * 100)
        #expect(abs((k[.budgetUsed] ?? 0) - used) < 1e-9)
        #expect(k[.cpa] == spend / 3)
        #expect(k[.roi] == 220 / spend)
    }

    @Test func budgetUsedIsNotAvailableWithoutABudget() {
        let k = KPICalculator.compute(Self.campaign()).campaign
        #expect(k[.spend] == 1590)
        #expect(k[.budgetUsed] == nil)
    }

    @Test func platformsAddTheirCreatorsOnlyNotTheBudget() {
        let kpis = KPICalculator.compute(Self.campaign(budget: 3000))
        #expect(kpis.platforms.map { $0.kpis[.spend] } == [590, 1000, 0])   // instagram, tiktok, youtube
    }

    @Test func costsAboveTheBudgetWarn() {
        #expect(Self.warnings(Self.campaign(budget: 1000)) == [
            "c.yaml:7: warning: the creators’ costs (€1,590.00) exceed the budget (€1,000.00): spend counts the creators’ costs, €590.00 above the budget",
        ])
        #expect(Self.warnings(Self.campaign(budget: 1590)).isEmpty)
        #expect(Self.warnings(Self.campaign(budget: 3000)).isEmpty)
    }

    @Test func netProfitAndNetROIFromTheGrossMargin() {
        let with = KPICalculator.compute(Self.campaign(margin: 0.6))
        #expect(with.campaign[.netProfit] == 220 * 0.6 - 1590)            // −1 458
        #expect(with.campaign[.netROI] == (220 * 0.6 - 1590) / 1590)
        #expect(with.influencers[0].kpis[.netProfit] == 150 * 0.6 - 590)  // claire: −500
        #expect(with.influencers[2].kpis[.netProfit] == 0 * 0.6 - 0)      // idle: no revenue, no spend
        #expect(with.influencers[2].kpis[.netROI] == nil)                 // spend 0
        let without = KPICalculator.compute(Self.campaign()).campaign
        #expect(without[.netProfit] == nil)
        #expect(without[.netROI] == nil)
        #expect(without[.profit] == -1370)                                // unchanged: revenue − spend
    }

    @Test func roiIsLabelledROAS() {
        #expect(KPI.roi.label(.enUS) == "ROI (ROAS)")
        #expect(KPI.roi.label(.frFR) == "ROI (ROAS)")
        #expect(KPI.newFollowers.label(.frFR) == "Nouveaux abonnés des créateurs")
    }

    @Test func commentSampleBesideTheCommentFigures() {
        // p1 reports 20 comments, p3 100: 120 received; comments.csv holds 3 of them.
        var c = Self.campaign()
        c.comments = [PostComment(postID: "p1", text: "J'adore"), PostComment(postID: "p1", text: "top"), PostComment(postID: "p3", text: "bof")]
        let k = KPICalculator.compute(c).campaign
        #expect(k[.commentsAnalysed] == 3)
        #expect(k[.commentsCoverage] == 2.5)                              // 3 / 120 × 100
        #expect(KPICalculator.compute(Self.campaign()).campaign[.commentsAnalysed] == nil)  // no comments.csv
    }

    @Test func mentionComplianceByMention() {
        let who = Make.influencer("a")
        let posts = [
            Make.post("p1", "a", caption: "Ma routine #sponsorisé @maisonlune"),
            Make.post("p2", "a", caption: "#SPONSORISÉ, enfin"),
            Make.post("p3", "a", caption: "rien"),
            Make.post("p4", "a"),                                          // no caption: not counted
        ]
        let kpis = KPICalculator.compute(Make.campaign([who], posts, mentions: ["#sponsorisé", "@maisonlune"]))
        #expect(kpis.campaign[.mentionCompliance] == 1.0 / 3 * 100)
        let shares = kpis.mentionComplianceByMention ?? []
        #expect(shares.map(\.mention) == ["#sponsorisé", "@maisonlune"])
        let expected: [Double?] = [2.0 / 3 * 100, 1.0 / 3 * 100]
        #expect(shares.map(\.share) == expected)
    }
}

/// kpis.md §8b, each check on both sides of its threshold.
@Suite struct PlausibilityCheckTests {
    /// Four creators, one order each through their code: CPA = fee.
    static func costCampaign(fourthFee: Double) -> Campaign {
        let fees = [100.0, 100, 100, fourthFee]
        let who = fees.enumerated().map { Make.influencer("c\($0.offset)", fee: $0.element, codes: ["C\($0.offset)"]) }
        let posts = who.map { Make.post("p-\($0.key)", $0.key, [.reach: 1000]) }
        let orders = who.indices.map { Order(id: "o\($0)", date: Make.day(3, 10), revenue: 50, promoCode: "C\($0)") }
        return Make.campaign(who, posts, orders: orders)
    }

    static func checks(_ c: Campaign) -> [[PlausibilityCheck]] {
        PlausibilityRules.checks(objective: c.objective, kpis: KPICalculator.compute(c))
    }

    @Test func costOutlierAboveFiveTimesTheMedian() {
        // median CPA of [100, 100, 100, 600] = 100; 600 > 5 × 100.
        let flagged = Self.checks(Self.costCampaign(fourthFee: 600))
        #expect(flagged[3] == [PlausibilityCheck(kpi: .cpa, value: 600, evidence: .costOutlier(median: 100))])
        #expect(flagged[0].isEmpty)
        // 500 is exactly 5 × the median: not above it.
        let atTheLimit = Self.checks(Self.costCampaign(fourthFee: 500))
        #expect(atTheLimit.allSatisfy { $0.isEmpty })
    }

    @Test func costOutlierNeedsThreeInfluencers() {
        var c = Self.costCampaign(fourthFee: 600)
        c = Make.campaign(Array(c.influencers.suffix(2)), Array(c.posts.suffix(2)), orders: Array((c.orders ?? []).suffix(2)))
        let checks = Self.checks(c)
        #expect(checks.allSatisfy { $0.isEmpty })
    }

    @Test(arguments: [(11, true), (10, false)])
    func codeLeakAboveTenOrdersPerHundredClicks(orders: Int, flagged: Bool) {
        let who = [Make.influencer("a", codes: ["A10"])]
        let posts = [Make.post("p1", "a", [.reach: 5000, .linkClicks: 100])]
        let rows = (0..<orders).map { Order(id: "o\($0)", date: Make.day(3, 10), revenue: 20, promoCode: "a10") }
        let checks = Self.checks(Make.campaign(who, posts, orders: rows))[0]
        let expected = flagged ? [PlausibilityCheck(kpi: .conversions, value: Double(orders), evidence: .codeLeak(codeConversions: orders, linkClicks: 100))] : []
        #expect(checks == expected)
    }

    /// kpis.md §8b: on TikTok a code is how viewers buy (no check whatever the ratio); and the
    /// ratio is taken only when every post reports its clicks (clicks on 1 of 2 posts would
    /// make 11 orders for 100 clicks out of orders for 200).
    @Test(arguments: [
        ("instagram", true, true),   // 11 orders / 100 clicks on every post: checked
        ("tiktok", true, false),     // the same on TikTok: not checked
        ("youtube", true, true),
        ("instagram", false, false), // a second post without link_clicks: not checked
    ])
    func codeLeakOnlyOnCompleteClicksAndNotOnTikTok(platform: String, allClicks: Bool, flagged: Bool) {
        let who = [Make.influencer("a", platform: platform, codes: ["A10"])]
        let posts = [Make.post("p1", "a", [.reach: 5000, .linkClicks: 100]), Make.post("p2", "a", allClicks ? [.reach: 10, .linkClicks: 0] : [.reach: 10])]
        let rows = (0..<11).map { Order(id: "o\($0)", date: Make.day(3, 10), revenue: 20, promoCode: "a10") }
        let checks = Self.checks(Make.campaign(who, posts, orders: rows))[0]
        #expect(checks.map(\.kind) == (flagged ? [.codeLeak] : []))
    }

    static func flatCampaign(reach: [Int], conversions: [Int]) -> Campaign {
        let who = reach.indices.map { Make.influencer("f\($0)", codes: ["F\($0)"]) }
        let posts = reach.enumerated().map { Make.post("p\($0.offset)", "f\($0.offset)", [.reach: $0.element]) }
        var orders: [Order] = []
        for (i, n) in conversions.enumerated() {
            orders += (0..<n).map { Order(id: "o\(i)-\($0)", date: Make.day(3, 10), revenue: 10, promoCode: "F\(i)") }
        }
        return Make.campaign(who, posts, orders: orders)
    }

    @Test func conversionFlatWhenConversionsIgnoreReach() {
        // conversions [10, 10, 10, 10, 11]: mean 10.2, sd 0.4, CV 0.0392 < 0.15;
        // reach [1 000 ×4, 100 000]: mean 20 800, sd 39 600, CV 1.9038 > 1.
        let checks = Self.checks(Self.flatCampaign(reach: [1000, 1000, 1000, 1000, 100_000], conversions: [10, 10, 10, 10, 11]))
        #expect(checks.allSatisfy { $0.map(\.kind) == [.conversionFlat] })
        guard case .conversionFlat(let conversionsCV, let reachCV, let influencers) = checks[0][0].evidence else {
            Issue.record("expected conversion_flat evidence")
            return
        }
        #expect(abs(conversionsCV - 0.4 / 10.2) < 1e-12)
        #expect(abs(reachCV - 39_600.0 / 20_800) < 1e-12)
        #expect(influencers == 5)
    }

    @Test func conversionFlatNeedsFiveInfluencersAndSpreadReach() {
        // Four creators only.
        let four = Self.checks(Self.flatCampaign(reach: [1000, 1000, 1000, 100_000], conversions: [10, 10, 10, 11]))
        #expect(four.allSatisfy { $0.isEmpty })
        // Reach alike (CV 0): conversions may well be alike too.
        let alike = Self.checks(Self.flatCampaign(reach: [5000, 5000, 5000, 5000, 5000], conversions: [10, 10, 10, 10, 11]))
        #expect(alike.allSatisfy { $0.isEmpty })
        // Conversions that follow reach: CV of [1, 1, 1, 1, 100] far above 0.15.
        let following = Self.checks(Self.flatCampaign(reach: [1000, 1000, 1000, 1000, 100_000], conversions: [1, 1, 1, 1, 100]))
        #expect(following.allSatisfy { $0.isEmpty })
    }

    @Test func checksAreWarningsWithTheirNumbers() {
        let c = Self.costCampaign(fourthFee: 600)
        let kpis = KPICalculator.compute(c)
        let judgement = CampaignJudgement(campaign: c, kpis: kpis, table: BenchmarkTable(), thresholds: FraudThresholds(), locale: .enUS)
        #expect(CampaignWarnings.make(campaign: c, kpis: kpis, judgement: judgement, file: "c.yaml").map(\.description) == [
            "c.yaml: warning: influencer \"c3\": cost_outlier: CPA €600.00 is 6.00× the campaign median of €100.00: check the fee and the figures behind it",
        ])
    }
}

/// kpis.md §5, disclosure law: on for FR-targeted campaigns whose mentions hold neither wording.
@Suite struct DisclosureLawTests {
    static func campaign(countries: [String], mentions: [String]) -> Campaign {
        var c = Campaign(id: "c", name: "C", objective: .sales, window: DayRange(start: Make.day(3, 1), end: Make.day(3, 31)),
                         requiredMentions: mentions, targetCountries: countries, influencers: [Make.influencer("a")])
        c.keyLines["required_mentions"] = 9
        return c
    }

    @Test(arguments: [
        (["FR"], ["#sponsorisé", "@maisonlune"], true),
        (["FR", "BE"], [], true),
        (["FR"], ["Collaboration commerciale", "@maisonlune"], false),
        (["FR"], ["#CollaborationCommerciale"], false),
        (["FR"], ["#publicité"], false),
        (["FR"], ["PUBLICITE"], false),
        (["BE"], ["#sponsorisé"], false),
        ([], ["#sponsorisé"], false),
    ])
    func warnsOnlyForFranceWithoutTheWords(countries: [String], mentions: [String], warned: Bool) {
        #expect(DisclosureLaw.missing(Self.campaign(countries: countries, mentions: mentions)) == warned)
    }

    @Test func warningText() {
        let c = Self.campaign(countries: ["FR"], mentions: ["#sponsorisé"])
        #expect(ClientFiguresTests.warnings(c) == [
            "c.yaml:9: warning: the campaign targets France, and no required mention holds \"Publicité\" or \"Collaboration commerciale\", the words French law asks of sponsored content (loi n° 2023-451, art. 5)",
        ])
    }
}
