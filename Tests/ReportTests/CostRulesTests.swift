import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 22: the cost and count rules of kpis.md §2, §4, §5 (`incremental_roas`) and §10, each
/// on both sides of its edge, against values computed by hand (arithmetic in the comments).
/// The window is 2026-03-01 … 03-31 with a 10-day attribution window (`Make.campaign`).
@Suite struct CostRulesTests {
    /// An influencer as campaign.yaml writes one without any cost key.
    static func noCosts(_ handle: String, platform: String = "tiktok", line: Int = 0) -> Influencer {
        Influencer(handle: handle, platform: Platform(platform), followers: 10_000, line: line)
    }

    static let paid = Make.influencer("a", fee: 500)
    /// a: 2 000 impressions; b: 3 000.
    static let posts = [Make.post("1", "a", [.impressions: 2000]), Make.post("2", "b", platform: "tiktok", [.impressions: 3000])]

    static func warnings(_ c: Campaign) -> [String] {
        let kpis = KPICalculator.compute(c)
        let judgement = CampaignJudgement(campaign: c, kpis: kpis, table: BenchmarkTable(), thresholds: FraudThresholds(), locale: .enUS)
        return CampaignWarnings.make(campaign: c, kpis: kpis, judgement: judgement, file: "c.yaml").map(\.description)
    }

    // MARK: spend (§4)

    /// b gives no fee, product_cost nor commission_rate and no post cost: its spend is unknown,
    /// and without a budget so is the campaign's, with every cost built on it; a platform with
    /// b is n/a, the other keeps its 500.
    @Test func aCreatorWithoutAnyCostWithoutABudget() {
        let c = Make.campaign([Self.paid, Self.noCosts("b", line: 12)], Self.posts)
        let kpis = KPICalculator.compute(c)
        #expect(kpis.influencers.map { $0.kpis[.spend] } == [500, nil])
        #expect(kpis.influencers[1].kpis[.cpm] == nil)                       // never 0,00 €
        #expect(kpis.campaign[.spend] == nil)
        #expect(kpis.campaign[.cpm] == nil)
        #expect(kpis.campaign[.spendUnassigned] == nil)
        #expect(kpis.platforms.map { $0.kpis[.spend] } == [500, nil])         // instagram, tiktok
        #expect(Self.warnings(c) == [
            "c.yaml:12: warning: influencer \"b\": no fee, product_cost nor commission_rate, and no post cost: its spend is unknown (n/a), and so are the campaign's costs that include it; write fee: 0 for an unpaid creator",
        ])
    }

    /// With a budget the campaign's spend stays known: the larger of the budget and the creator
    /// costs that are known (3 000 against 500; 500 against a budget of 300); the part tied to no
    /// creator and the budget used are n/a, as b's share is unknown.
    @Test(arguments: [(3000.0, 3000.0), (300.0, 500.0)])
    func aCreatorWithoutAnyCostWithABudget(budget: Double, spend: Double) {
        let kpis = KPICalculator.compute(Make.campaign([Self.paid, Self.noCosts("b")], Self.posts, budget: budget))
        #expect(kpis.campaign[.spend] == spend)
        #expect(kpis.campaign[.cpm] == spend / 5000 * 1000)                 // 5 000 impressions
        #expect(kpis.campaign[.spendUnassigned] == nil)
        #expect(kpis.campaign[.budgetUsed] == nil)
        #expect(kpis.influencers[1].kpis[.spend] == nil)
        // Known costs above the budget still warn (500 against 300), beside b's unknown costs.
        let warnings = Self.warnings(Make.campaign([Self.paid, Self.noCosts("b")], Self.posts, budget: budget))
        #expect(warnings.contains { $0.contains("the creators’ costs (€500.00) exceed the budget (€300.00)") } == (budget == 300))
    }

    /// `fee: 0` is an unpaid creator: spend 0, known, no warning; campaign 500 + 0.
    @Test func anUnpaidCreatorCostsZeroWithoutWarning() {
        let c = Make.campaign([Self.paid, Influencer(handle: "b", platform: Platform("tiktok"), followers: 10_000, fee: 0)], Self.posts)
        let kpis = KPICalculator.compute(c)
        #expect(kpis.influencers.map { $0.kpis[.spend] } == [500, 0])
        #expect(kpis.campaign[.spend] == 500)
        #expect(kpis.campaign[.spendUnassigned] == 0)
        #expect(Self.warnings(c).isEmpty)
    }

    /// The basic fixture with idle's `fee: 0` removed: idle's costs are unknown, and so is the
    /// campaign's spend (no budget); the page says who, in both languages, and the build warns.
    @Test(arguments: [
        (ReportLocale.enUS, "No cost is given for @idle (no fee, gifted products, commission nor per-post cost): their spend is n/a, and so are the campaign’s spend and its costs per result."),
        (ReportLocale.frFR, "Aucun coût n’est renseigné pour @idle (ni cachet, ni produits offerts, ni commission, ni coût par publication) : son investissement est n.d., comme celui de la campagne et ses coûts par résultat."),
    ])
    func thePageNamesTheCreatorsWithoutCosts(locale: ReportLocale, sentence: String) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let file = project.appendingPathComponent("campaigns/spring/campaign.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        #expect(yaml.hasSuffix("    followers: 5000\n    fee: 0\n"))
        try String(yaml.dropLast("    fee: 0\n".count)).write(to: file, atomically: true, encoding: .utf8)
        let settings = project.appendingPathComponent("report.yaml")
        try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "locale: en-US", with: "locale: " + locale.rawValue)
            .write(to: settings, atomically: true, encoding: .utf8)
        let output = temp.url.appendingPathComponent("site")
        let r = try CommandLineTests().run(["build", project.path, "--output", output.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("campaigns/spring/campaign.yaml:22: warning: influencer \"idle\": no fee, product_cost nor commission_rate, and no post cost"))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains("<p>" + FrenchTypography.apply(sentence) + "</p>"), "\(page)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"))) as? [String: Any])
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        #expect(kpis["spend"] is NSNull)
        #expect(kpis["cpa"] is NSNull)
    }

    /// A post cost alone makes the costs known: 25.
    @Test func aPostCostAloneIsAKnownSpend() {
        let c = Make.campaign([Self.noCosts("b")], [Make.post("1", "b", platform: "tiktok", [.impressions: 1000], cost: 25)])
        #expect(KPICalculator.compute(c).influencers[0].kpis[.spend] == 25)
        #expect(Self.warnings(c).isEmpty)
    }

    /// campaign.yaml without a cost key reads as unknown, not 0; `fee: 0` as 0; `fee: 300` alone
    /// as 300 (the keys not written add nothing once one is).
    @Test func theLoaderGivesNoDefaultFee() throws {
        let (campaign, messages) = try loadCampaign([
            "campaign.yaml": """
                name: C
                objective: awareness
                start: 2026-03-01
                end: 2026-03-31
                influencers:
                  - {handle: a, platform: instagram, followers: 1000}
                  - {handle: b, platform: instagram, followers: 1000, fee: 0}
                  - {handle: c, platform: instagram, followers: 1000, fee: 300}
                """,
            "posts.csv": "post_id,influencer,format,published_at,reach\np1,a,reel,2026-03-02,10\np2,b,reel,2026-03-02,10\np3,c,reel,2026-03-02,10\n",
        ])
        #expect(messages == [])
        let influencers = try #require(campaign?.influencers)
        #expect(influencers.map(\.fee) == [nil, 0, 300])
        #expect(influencers.map(\.hasCostFields) == [false, true, true])
        #expect(influencers.map { $0.spend(revenue: nil, postCosts: nil) } == [nil, 0, 300])
    }

    // MARK: spend_unassigned (§4)

    /// a 500 (instagram) + b 1 000 (tiktok) = 1 500 of creator costs.
    @Test(arguments: [
        (nil, 1500.0, 0.0),            // no budget: spend is the creators' costs, nothing unassigned
        (3000.0, 3000.0, 1500.0),      // budget above the costs: 3 000 − 1 500
        (1000.0, 1500.0, 0.0),         // budget below: the costs are real money, nothing unassigned
    ] as [(Double?, Double, Double)])
    func spendUnassignedMakesThePlatformsAddUp(budget: Double?, spend: Double, unassigned: Double) {
        let c = Make.campaign([Self.paid, Make.influencer("b", platform: "tiktok", fee: 1000)], Self.posts, budget: budget)
        let kpis = KPICalculator.compute(c)
        #expect(kpis.campaign[.spend] == spend)
        #expect(kpis.campaign[.spendUnassigned] == unassigned)
        let platforms = kpis.platforms.compactMap { $0.kpis[.spend] }.reduce(0, +)
        #expect(platforms + unassigned == spend)                             // 500 + 1 000 + unassigned
    }

    /// The campaign page's platforms table closes with the unassigned row (1 500 of a 3 000 budget).
    @Test func thePlatformsTableHasTheUnassignedRow() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let file = project.appendingPathComponent("campaigns/spring/campaign.yaml")
        // Creators: claire 500 + 50 + 10 % × 150 (o1 50 + o6 100) + 25 (p2's cost) = 590, tom 1 000,
        // idle 0 = 1 590; budget 4 000 → 2 410 tied to no creator.
        let yaml = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "utm_campaign: spring26\n", with: "utm_campaign: spring26\nbudget: 4000\n")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"))) as? [String: Any])
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        #expect(kpis["spend"] as? Double == 4000)
        let unassigned = try #require(kpis["spend_unassigned"] as? Double)
        let creators = try #require(json["influencers"] as? [[String: Any]]).compactMap { ($0["kpis"] as? [String: Any])?["spend"] as? Double }
        #expect(abs(unassigned + creators.reduce(0, +) - 4000) < 1e-9)
        #expect(abs(unassigned - 2410) < 1e-9)
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains("<tr><td>Tied to no creator</td>"), "\(page)")
        #expect(page.contains("€2,410.00"))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<tr><td>Tied to no creator</td><td>EUR</td><td class=\"num\">1</td>") || index.contains("<td>Tied to no creator</td>"), "\(index)")
    }

    // MARK: unattributed_orders (§4)

    /// Orders matching no influencer, dated the day before the start (02-28), on the start
    /// (03-01), on the last day of the window (03-31 + 10 = 04-10) and the day after (04-11):
    /// the two inside count. The same dates attributed to a: 2 conversions.
    @Test func unattributedOrdersCountOnlyTheAttributionPeriod() {
        let dates = [Make.day(2, 28), Make.day(3, 1), Make.day(4, 10), Make.day(4, 11)]
        let orders = dates.enumerated().flatMap { i, d in
            [Order(id: "u\(i)", date: d, revenue: 10), Order(id: "a\(i)", date: d, revenue: 10, influencerKey: "a")]
        }
        let kpis = KPICalculator.compute(Make.campaign([Self.paid], Self.posts.prefix(1).map { $0 }, orders: orders))
        #expect(kpis.unattributedOrders == 2)
        #expect(kpis.campaign[.conversions] == 2)
        #expect(KPICalculator.compute(Make.campaign([Self.paid], [])).unattributedOrders == nil)   // no orders.csv
    }

    /// The page's sentence says they enter incrementality only when there is a baseline.
    @Test func theUnattributedSentenceClaimsIncrementalityOnlyWithABaseline() {
        let fr = ReportLocale.frFR.words, en = ReportLocale.enUS.words
        #expect(fr.unattributedOrders("325", count: 325, baseline: false)
                == "325 commandes de la période d’attribution ne correspondent à aucun influenceur : elles ne sont pas comptées ici.")
        #expect(fr.unattributedOrders("325", count: 325, baseline: true)
                == "325 commandes de la période d’attribution ne correspondent à aucun influenceur : elles ne sont pas comptées ici, mais entrent dans le calcul d’incrémentalité.")
        #expect(fr.unattributedOrders("1", count: 1, baseline: false)
                == "1 commande de la période d’attribution ne correspond à aucun influenceur : elle n’est pas comptée ici.")
        #expect(en.unattributedOrders("325", count: 325, baseline: false) == "325 orders of the attribution period matched no influencer: they are not counted here.")
        #expect(en.unattributedOrders("325", count: 325, baseline: true)
                == "325 orders of the attribution period matched no influencer: they are not counted here, but they enter the incrementality figures.")
        #expect(!fr.unattributedOrders("3", count: 3, baseline: false).contains("incrémentalité"))
        #expect(!en.unattributedOrders("3", count: 3, baseline: false).contains("incrementality"))
    }

    // MARK: incremental_roas (§5)

    /// Baseline 02-01 … 02-28 (28 days): 2 orders of 140 = 280, 10 a day. Campaign 31 days:
    /// 200 (a's code) + 420 (unattributed) = 620, 20 a day. incremental_revenue = (20 − 10) × 31 =
    /// 310; spend 155 (a's fee): incremental_roas = 310 / 155 = 2, roi = 200 / 155 = 1.2903…
    static func incremental(baseline: Bool) -> Campaign {
        let orders = [
            Order(id: "b1", date: Make.day(2, 3), revenue: 140), Order(id: "b2", date: Make.day(2, 20), revenue: 140),
            Order(id: "o1", date: Make.day(3, 5), revenue: 200, influencerKey: "a"), Order(id: "o2", date: Make.day(3, 10), revenue: 420),
        ]
        return Make.campaign([Make.influencer("a", fee: 155)], [Make.post("1", "a", [.reach: 100])],
                             baseline: baseline ? DayRange(start: Make.day(2, 1), end: Make.day(2, 28)) : nil, orders: orders)
    }

    @Test func incrementalROASIsIncrementalRevenueOverSpend() throws {
        let k = KPICalculator.compute(Self.incremental(baseline: true)).campaign
        #expect(abs(try #require(k[.incrementalRevenue]) - 310) < 1e-9)
        #expect(abs(try #require(k[.incrementalRoas]) - 2) < 1e-9)
        #expect(abs(try #require(k[.roi]) - 200.0 / 155) < 1e-12)
        #expect(KPICalculator.compute(Self.incremental(baseline: false)).campaign[.incrementalRoas] == nil)
    }

    @Test func thePageTellsTheTwoROIsApart() {
        let c = Self.incremental(baseline: true)
        let notes = ClientNotes(campaign: c, kpis: KPICalculator.compute(c), format: NumberFormat(locale: .frFR))
        #expect(notes.roiAndIncremental == "Le ROI (ROAS) de 1,29 ne compte que le chiffre d’affaires des commandes attribuées aux créateurs ; le ROAS incrémental de 2,00 rapporte à l’investissement le chiffre d’affaires que la boutique a fait au-dessus de son niveau de la période de référence, attribué ou non.")
        let en = ClientNotes(campaign: c, kpis: KPICalculator.compute(c), format: NumberFormat(locale: .enUS))
        #expect(en.roiAndIncremental == "The ROI (ROAS) of 1.29 counts only the revenue of orders attributed to the creators; the incremental ROAS of 2.00 divides by spend the revenue the shop made above its baseline level, attributed or not.")
        let without = Self.incremental(baseline: false)
        #expect(ClientNotes(campaign: without, kpis: KPICalculator.compute(without), format: NumberFormat(locale: .frFR)).roiAndIncremental == nil)
    }

    // MARK: new_followers_flagged (§2)

    /// a: 50 000 then +100, 95, 105, 100, 20 000 (the spike FraudRulesTests.boughtSpikeIsFlagged
    /// works out), 98, 102, 100, 97 from 03-01 to 03-10: new followers 70 797 − 50 000 = 20 797,
    /// flagged. b: 10 000 then +100 a day for 9 days: 900, not flagged (every growth is the
    /// median). new_followers = 21 697, of which 20 797 flagged; without the spike, 0 flagged.
    @Test(arguments: [(true, 21_697.0, 20_797.0), (false, 1_997.0, 0.0)])
    func newFollowersSayThePartAtFlaggedCreators(spike: Bool, total: Double, flagged: Double) {
        let a = FraudRulesTests.daily("a", start: 50_000, growths: [100, 95, 105, 100, spike ? 20_000 : 300, 98, 102, 100, 97])
        let b = FraudRulesTests.daily("b", start: 10_000, growths: Array(repeating: 100, count: 9))
        let c = Make.campaign([Make.influencer("a"), Make.influencer("b")], [Make.post("1", "a", [.reach: 10])], followers: a + b)
        let kpis = KPICalculator.compute(c)
        #expect(kpis.campaign[.newFollowers] == total)                      // without the spike (+300 < 1 % of 50 400) a gains 1 097
        #expect(kpis.campaign[.newFollowersFlagged] == flagged)
        #expect(kpis.influencers.map { $0.kpis[.newFollowersFlagged] } == [flagged, 0])
        // No followers.csv: n/a, like new_followers.
        #expect(KPICalculator.compute(Make.campaign([Make.influencer("a")], [])).campaign[.newFollowersFlagged] == nil)
    }

    @Test func theNewFollowersCardSaysTheFlaggedPart() {
        #expect(ReportLocale.frFR.words.newFollowersFlagged("48 491", creators: 1) == "dont 48 491 chez un créateur signalé")
        #expect(ReportLocale.enUS.words.newFollowersFlagged("48,491", creators: 1) == "of which 48,491 at a flagged creator")
        #expect(ReportLocale.frFR.words.newFollowersFlagged("48 491", creators: 2) == "dont 48 491 chez des créateurs signalés")
    }

    // MARK: maturity (§10)

    /// Without orders.csv nothing order-based is provisional (no file will arrive by waiting),
    /// nor spend of fixed costs; as_of 03-21 is inside the window (final on 04-10).
    @Test func noOrdersFileIsNotProvisional() {
        let c = Make.campaign([Make.influencer("a", fee: 500, commission: 0.1)], [Make.post("1", "a", day: Make.day(3, 20), [.reach: 10])])
        let kpis = KPICalculator.compute(c, asOf: Make.day(3, 21))
        let keys = kpis.provisional.map(\.key)
        for key in ["conversions", "revenue", "cpa", "roi", "profit", "spend", "uplift_revenue", "incremental_roas"] {
            #expect(!keys.contains(key), "\(key)")
        }
        #expect(keys.contains("reach"))
        #expect(kpis.calendar.map(\.maturity) == [.posts])                   // no attribution group left
    }

    /// With orders.csv, spend is provisional only when a creator is paid a commission.
    @Test(arguments: [(0.0, false), (0.1, true)])
    func spendIsProvisionalOnlyWithCommissions(commission: Double, provisional: Bool) {
        let c = Make.campaign([Make.influencer("a", fee: 500, commission: commission)], [Make.post("1", "a", day: Make.day(3, 20), [.reach: 10])],
                              budget: 1000, orders: [])
        let keys = KPICalculator.compute(c, asOf: Make.day(3, 21)).provisional.map(\.key)
        #expect(keys.contains("conversions"))
        #expect(keys.contains("cpa"))
        #expect(keys.contains("spend") == provisional)
        #expect(keys.contains("budget_used") == provisional)
        #expect(!keys.contains("uplift_revenue"))                            // no baseline: never changes
    }
}
