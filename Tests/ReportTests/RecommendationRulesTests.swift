import Testing
@testable import ReportCore
@testable import ReportSite

/// kpis.md §11: every rule with a fixture that fires it and one that does not; amounts by hand.
@Suite struct RecommendationRulesTests {
    static let nbsp = "\u{00A0}", nnbsp = "\u{202F}"

    static func orders(_ who: String, _ count: Int, revenue: Double = 10) -> [Order] {
        (0..<count).map { Order(id: "\(who)\($0)", date: Make.day(3, 5), revenue: revenue, influencerKey: who) }
    }

    /// A recommendation with its sentence as the site phrases it in the campaign's currency.
    struct Phrased: Equatable {
        let rule: Recommendation.Rule
        let influencers: [String]
        let amount: Double?
        let text: String
    }

    static func run(_ campaign: Campaign, flags: [String: [String]] = [:], _ locale: ReportLocale = .enUS) -> [Phrased] {
        let format = NumberFormat(locale: locale, currency: campaign.currency)
        return RecommendationRules.make(campaign: campaign, kpis: KPICalculator.compute(campaign), flags: flags).map {
            Phrased(rule: $0.rule, influencers: $0.influencers, amount: $0.amount, text: $0.text(format))
        }
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    /// Sales: a (instagram) fee 2 400, 40 orders → CPA 60; b (tiktok) fee 1 100, 100 orders → CPA 11;
    /// c (instagram) fee 1 500, 60 orders → CPA 25. Campaign: 5 000 / 200 = CPA 25; revenue 200 × 10 = 2 000.
    static let sales = Make.campaign(
        [Make.influencer("a", fee: 2400), Make.influencer("b", platform: "tiktok", fee: 1100), Make.influencer("c", fee: 1500)],
        [Make.post("1", "a", [.reach: 1000]), Make.post("2", "b", platform: "tiktok", [.reach: 1000]), Make.post("3", "c", [.reach: 1000])],
        targets: [(.kpi(.cpa), 20), (.kpi(.revenue), 3000), (.kpi(.conversions), 150)],
        orders: orders("a", 40) + orders("b", 100) + orders("c", 60)
    )
    static let salesFlags = ["c": ["follower_spike"], "a": ["follower_spike", "comment_pods"]]

    static func only(_ rule: Recommendation.Rule, _ list: [Phrased]) -> [Phrased] { list.filter { $0.rule == rule } }

    // MARK: rank_primary

    @Test func rankPrimaryQuotesBestAndWorstOnBothFigures() {
        let r = Self.only(.rankPrimary, Self.run(Self.sales))
        #expect(r.map(\.text) == ["Conversions: top @b (100), bottom @a (40). CPA: top @b (€11.00), bottom @a (€60.00)."])
        #expect(r.first?.influencers == ["b", "a"])
        #expect(r.first?.amount == nil)
        let fr = Self.only(.rankPrimary, Self.run(Self.sales, .frFR)).map(\.text)
        #expect(fr == ["Conversions : en tête @b (100), en dernier @a (40). CPA : en tête @b (11,00\(Self.nbsp)€), en dernier @a (60,00\(Self.nbsp)€)."])
    }

    @Test func rankPrimaryNeedsTwoComparableInfluencers() {
        // One influencer; then two without an orders file (conversions and CPA n/a, never 0).
        let one = Make.campaign([Make.influencer("a", fee: 100)], [], orders: Self.orders("a", 5))
        #expect(Self.only(.rankPrimary, Self.run(one)).isEmpty)
        let noOrders = Make.campaign([Make.influencer("a", fee: 100), Make.influencer("b", fee: 200)], [])
        #expect(Self.run(noOrders).isEmpty)
    }

    @Test func lowerIsBetterCostsRankLowestFirst() {
        // Awareness, CPM: a 1 000 / 100 000 × 1 000 = 10; b 100 → 1; c 200 → 2.
        // Campaign 1 300 / 300 000 × 1 000 = 4.333…; a is 10 / 4.333 = 2.3× → costly.
        // Amount: 1 000 − (100 000 / 1 000) × 4.333… = 566.666…
        let c = Make.campaign(
            [Make.influencer("a", fee: 1000), Make.influencer("b", fee: 100), Make.influencer("c", fee: 200)],
            [Make.post("1", "a", [.reach: 50_000, .impressions: 100_000]), Make.post("2", "b", [.reach: 80_000, .impressions: 100_000]),
             Make.post("3", "c", [.reach: 20_000, .impressions: 100_000])],
            objective: .awareness
        )
        let r = Self.run(c)
        #expect(Self.only(.rankPrimary, r).map(\.text) == ["Reach: top @b (80,000), bottom @c (20,000). CPM: top @b (€1.00), bottom @a (€10.00)."])
        let costly = Self.only(.costlyProfile, r)
        #expect(costly.map(\.influencers) == [["a"]])
        #expect(Self.close(costly.first?.amount, 1000 - 100 * 1300.0 / 300))
        #expect(Self.only(.budgetShift, r).map(\.influencers) == [["a", "b"]])
    }

    // MARK: costly_profile

    @Test func costlyProfileAboveTwiceTheCampaign() {
        // a: 60 / 25 = 2.4 × > 2. Amount: 2 400 − 40 conversions × 25 = 1 400.
        let r = Self.only(.costlyProfile, Self.run(Self.sales))
        #expect(r.map(\.text) == ["@a: CPA €60.00, 2.4× the campaign’s €25.00; €1,400.00 spent beyond that level."])
        #expect(Self.close(r.first?.amount, 1400))
        let fr = Self.only(.costlyProfile, Self.run(Self.sales, .frFR)).map(\.text)
        #expect(fr == ["@a : CPA 60,00\(Self.nbsp)€, 2,4\(Self.nbsp)× les 25,00\(Self.nbsp)€ de la campagne ; 1\(Self.nnbsp)400,00\(Self.nbsp)€ dépensés au-delà de ce niveau."])
    }

    @Test func costlyProfileSkipsNotApplicableAndModestCosts() {
        // a spends 5 000 for no order: CPA n/a, skipped (not 0, not infinite); b alone is comparable.
        let na = Make.campaign([Make.influencer("a", fee: 5000), Make.influencer("b", fee: 100)], [], orders: Self.orders("b", 10))
        let r = Self.run(na)
        #expect(Self.only(.costlyProfile, r).isEmpty)
        #expect(Self.only(.budgetShift, r).isEmpty)
        // The conversions half of the ranking still compares a real 0 with 10.
        #expect(Self.only(.rankPrimary, r).map(\.text) == ["Conversions: top @b (10), bottom @a (0)."])
        // CPA 30 and 20, campaign 25: 1.2 ×, not costly.
        let modest = Make.campaign([Make.influencer("a", fee: 300), Make.influencer("b", fee: 200)], [],
                                   orders: Self.orders("a", 10) + Self.orders("b", 10))
        #expect(Self.only(.costlyProfile, Self.run(modest)).isEmpty)
    }

    // MARK: best_format

    /// reel ×3: 60 likes / 1 000 reach = 6 %; story ×3: 2 %; carousel ×1: 1 % (too few posts).
    /// Campaign: (180 + 60 + 10) / 7 000 = 3.571… %.
    static func formatPosts(reels: Int) -> [Post] {
        (0..<reels).map { Make.post("r\($0)", "a", format: "reel", [.reach: 1000, .likes: 60]) }
            + (0..<3).map { Make.post("s\($0)", "b", format: "story", [.reach: 1000, .likes: 20]) }
            + [Make.post("k", "a", format: "carousel", [.reach: 1000, .likes: 10])]
    }

    @Test func bestFormatByEngagementRate() {
        let c = Make.campaign([Make.influencer("a"), Make.influencer("b")], Self.formatPosts(reels: 3))
        #expect(Self.only(.bestFormat, Self.run(c)).map(\.text) == ["Best format: reel, engagement rate 6.0% over 3 posts, against 3.6% for the campaign."])
        #expect(Self.only(.bestFormat, Self.run(c, .frFR)).map(\.text)
            == ["Meilleur format : reel, taux d’engagement de 6,0\(Self.nbsp)% sur 3 publications, contre 3,6\(Self.nbsp)% pour la campagne."])
    }

    @Test func bestFormatNeedsTwoFormatsOfThreePosts() {
        // reel has 2 posts: story is the only format with ≥ 3.
        let c = Make.campaign([Make.influencer("a"), Make.influencer("b")], Self.formatPosts(reels: 2))
        #expect(Self.only(.bestFormat, Self.run(c)).isEmpty)
    }

    // MARK: best_timing

    /// 2026-03-03 is a Tuesday, 2026-03-05 a Thursday. Tuesday 18:00 ×3 at 6 %, Thursday 10:00 ×3 at 2 %: campaign 4 %.
    static func timingPosts(timed: Bool) -> [Post] {
        (0..<3).map { Make.post("t\($0)", "a", day: Make.day(3, 3), minute: timed ? 18 * 60 : nil, [.reach: 1000, .likes: 60]) }
            + (0..<3).map { Make.post("h\($0)", "b", day: Make.day(3, 5), minute: timed ? 10 * 60 : nil, [.reach: 1000, .likes: 20]) }
    }

    @Test func bestTimingByWeekdayAndHour() {
        #expect(Make.day(3, 3).weekday == 1)
        let c = Make.campaign([Make.influencer("a"), Make.influencer("b")], Self.timingPosts(timed: true))
        #expect(Self.only(.bestTiming, Self.run(c)).map(\.text)
            == ["Best day: Tuesday (engagement rate 6.0% over 3 posts); best hour: 18h (engagement rate 6.0% over 3 posts), against 4.0% for the campaign."])
        #expect(Self.only(.bestTiming, Self.run(c, .frFR)).map(\.text)
            == ["Meilleur jour : mardi (taux d’engagement de 6,0\(Self.nbsp)% sur 3 publications) ; meilleure heure : 18h (taux d’engagement de 6,0\(Self.nbsp)% sur 3 publications), contre 4,0\(Self.nbsp)% pour la campagne."])
    }

    @Test func bestTimingNeedsTimedPosts() {
        let c = Make.campaign([Make.influencer("a"), Make.influencer("b")], Self.timingPosts(timed: false))
        #expect(Self.only(.bestTiming, Self.run(c)).isEmpty)
    }

    // MARK: platform

    @Test func platformComparisonOnTheCostFigure() {
        // instagram: a + c, (2 400 + 1 500) / (40 + 60) = 39; tiktok: b, 1 100 / 100 = 11.
        let r = Self.only(.platform, Self.run(Self.sales))
        #expect(r.map(\.text) == ["TikTok is the most efficient platform: CPA €11.00 (Conversions: 100), against €39.00 on Instagram (Conversions: 100) and €25.00 for the campaign."])
        #expect(r.first?.amount == nil)
    }

    @Test func platformNeedsTwoPlatforms() {
        let c = Make.campaign([Make.influencer("a", fee: 300), Make.influencer("b", fee: 200)], [],
                              orders: Self.orders("a", 10) + Self.orders("b", 10))
        #expect(Self.only(.platform, Self.run(c)).isEmpty)
    }

    // MARK: fraud_flag

    @Test func fraudFlagPerFlaggedInfluencerWithItsSpend() {
        let r = Self.only(.fraudFlag, Self.run(Self.sales, flags: Self.salesFlags))
        #expect(r.map(\.influencers) == [["a"], ["c"]])
        #expect(r.map(\.amount) == [2400, 1500])      // each one's spend: its fee
        #expect(r.first?.text == "@a is flagged (comment pods, follower spike): €2,400.00 of spend at stake; check its audience before renewing.")
        let fr = Self.only(.fraudFlag, Self.run(Self.sales, flags: Self.salesFlags, .frFR))
        #expect(fr.last?.text == "@c est signalé (pic d’abonnés) : 1\(Self.nnbsp)500,00\(Self.nbsp)€ d’investissement en jeu ; vérifiez son audience avant de renouveler.")
    }

    @Test func noFlagNoFraudRecommendation() {
        #expect(Self.only(.fraudFlag, Self.run(Self.sales, flags: ["a": [], "nobody": ["follower_spike"]])).isEmpty)
    }

    // MARK: missed_target

    @Test func missedTargetsWithGap() {
        // cpa 25 vs 20 (lower is better: missed, +5, +25 %); revenue 2 000 vs 3 000 (missed, −1 000,
        // −33.3 %, amount 1 000); conversions 200 vs 150: met.
        let r = Self.only(.missedTarget, Self.run(Self.sales))
        #expect(r.map(\.text) == [
            "Target missed — Revenue: €2,000.00 against a target of €3,000.00 (gap -€1,000.00, -33.3%).",
            "Target missed — CPA: €25.00 against a target of €20.00 (gap +€5.00, +25.0%).",
        ])
        #expect(r.map(\.amount) == [1000, nil])       // a per-unit cost's gap is not money at stake
    }

    @Test func metTargetsGiveNothing() {
        let c = Make.campaign([Make.influencer("a", fee: 100)], [], targets: [(.kpi(.cpa), 20), (.kpi(.conversions), 5)],
                              orders: Self.orders("a", 10))    // CPA 10 ≤ 20, conversions 10 ≥ 5
        #expect(Self.only(.missedTarget, Self.run(c)).isEmpty)
    }

    // MARK: budget_shift

    @Test func budgetShiftFromCostliestToMostEfficient() {
        // a (CPA 60, worse than 25) → b (CPA 11, better than 25); amount 2 400 − 40 × 25 = 1 400.
        let r = Self.only(.budgetShift, Self.run(Self.sales))
        #expect(r.map(\.influencers) == [["a", "b"]])
        #expect(Self.close(r.first?.amount, 1400))
        #expect(r.first?.text == "Move budget from @a (CPA €60.00, 2.4× the campaign’s €25.00) to @b (CPA €11.00): €1,400.00 at stake.")
        let fr = Self.only(.budgetShift, Self.run(Self.sales, .frFR)).first?.text
        #expect(fr == "Déplacer du budget de @a (CPA 60,00\(Self.nbsp)€, 2,4\(Self.nbsp)× les 25,00\(Self.nbsp)€ de la campagne) vers @b (CPA 11,00\(Self.nbsp)€) : 1\(Self.nnbsp)400,00\(Self.nbsp)€ en jeu.")
    }

    @Test func noBudgetShiftWhenEveryoneCostsTheSame() {
        let c = Make.campaign([Make.influencer("a", fee: 200), Make.influencer("b", fee: 100)], [],
                              orders: Self.orders("a", 10) + Self.orders("b", 5))   // CPA 20 and 20
        #expect(Self.only(.budgetShift, Self.run(c)).isEmpty)
        #expect(Self.only(.rankPrimary, Self.run(c)).map(\.text) == ["Conversions: top @a (10), bottom @b (5)."])
    }

    // MARK: ugc figures derived from posts

    @Test func ugcComparesReusableContentsPerInfluencer() {
        // a: 2 reusable of 3 reported, fee 1 000 → 500 per content; b: 4 reusable, fee 400 → 100.
        // Campaign 1 400 / 6 = 233.33…; a is 500 / 233.33 = 2.1 × → costly, 1 000 − 2 × 233.33… = 533.33….
        let posts = (0..<3).map { Make.post("a\($0)", "a", reusable: $0 < 2) } + (0..<4).map { Make.post("b\($0)", "b", reusable: true) }
        let c = Make.campaign([Make.influencer("a", fee: 1000), Make.influencer("b", fee: 400)], posts, objective: .ugc)
        let r = Self.run(c)
        #expect(Self.only(.rankPrimary, r).map(\.text)
            == ["Reusable contents: top @b (4), bottom @a (2). Spend per reusable content: top @b (€100.00), bottom @a (€500.00)."])
        #expect(Self.close(Self.only(.costlyProfile, r).first?.amount, 1000 - 2 * 1400.0 / 6))
    }

    // MARK: order and determinism

    @Test func orderedByAmountWithNilLast() {
        // fraud a 2 400, fraud c 1 500, costly a 1 400, budget_shift 1 400 (rule order breaks the tie),
        // missed revenue 1 000; then without amount, in rule order: rank_primary, platform, missed cpa.
        let r = Self.run(Self.sales, flags: Self.salesFlags)
        #expect(r.map(\.rule) == [.fraudFlag, .fraudFlag, .costlyProfile, .budgetShift, .missedTarget, .rankPrimary, .platform, .missedTarget])
        #expect(r.map(\.amount).prefix(2) == [2400, 1500])
        #expect(r.suffix(3).allSatisfy { $0.amount == nil })
    }

    @Test func orderingTieBreaks() {
        func rec(_ rule: Recommendation.Rule, _ handles: [String], _ amount: Double?) -> Recommendation {
            Recommendation(rule: rule, influencers: handles, amount: amount, finding: .ranking([]))
        }
        let list = [rec(.missedTarget, [], nil), rec(.fraudFlag, ["b"], 100), rec(.rankPrimary, ["x"], nil), rec(.fraudFlag, ["A"], 100),
                    rec(.costlyProfile, ["z"], 100), rec(.budgetShift, ["q"], 250)]
        #expect(RecommendationRules.ordered(list).map(\.influencers) == [["q"], ["z"], ["A"], ["b"], ["x"], []])
    }

    @Test func sameInputSameOutput() {
        let flagsShuffled = ["a": ["comment_pods", "follower_spike"], "c": ["follower_spike"]]
        let first = Self.run(Self.sales, flags: Self.salesFlags, .frFR)
        #expect(first == Self.run(Self.sales, flags: flagsShuffled, .frFR))
        #expect(first == Self.run(Self.sales, flags: Self.salesFlags, .frFR))
        #expect(first.map(\.rule.rawValue).allSatisfy { Recommendation.Rule(rawValue: $0) != nil })
    }
}
