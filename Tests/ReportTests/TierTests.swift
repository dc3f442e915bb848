import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 24 point 1: kpis.md §7 Tiers — the `tiers` group list, the campaign page's section
/// "Nano, micro, macro" from two tiers on with its sentence, the portfolio's tiers pooled over
/// campaigns — and point 6: incremental_roas beside the attributed ROI on a page with a
/// baseline. Figures against hand-computed values (arithmetic in the comments).
@Suite struct TierTests {
    // MARK: groups (kpis.md §7, ReportCore)

    /// n1 nano (5 000 followers, fee 100): posts reach 4 000 / 1 000, impressions 5 000 / 1 000,
    /// likes 400 / 100; orders 300 + 200. m1, m2 micro (20 000 and 40 000 followers, fees 300 and
    /// 500): reach 10 000 / 20 000, impressions 12 000 / 28 000, likes 500 / 700; orders 600, 400.
    static func twoTiers(nanoFee: Double? = 100, macro: Bool = false) -> Campaign {
        let n1 = nanoFee.map { Make.influencer("n1", followers: 5_000, fee: $0) }
            ?? Influencer(handle: "n1", platform: Platform("instagram"), followers: 5_000, line: 0)
        var influencers = [n1, Make.influencer("m1", followers: 20_000, fee: 300), Make.influencer("m2", followers: 40_000, fee: 500)]
        var posts = [
            Make.post("p1", "n1", [.reach: 4_000, .impressions: 5_000, .likes: 400]),
            Make.post("p2", "n1", [.reach: 1_000, .impressions: 1_000, .likes: 100]),
            Make.post("p3", "m1", [.reach: 10_000, .impressions: 12_000, .likes: 500]),
            Make.post("p4", "m2", [.reach: 20_000, .impressions: 28_000, .likes: 700]),
        ]
        var orders = [
            Order(id: "o1", date: Make.day(3, 5), revenue: 300, influencerKey: "n1"), Order(id: "o2", date: Make.day(3, 6), revenue: 200, influencerKey: "n1"),
            Order(id: "o3", date: Make.day(3, 7), revenue: 600, influencerKey: "m1"), Order(id: "o4", date: Make.day(3, 8), revenue: 400, influencerKey: "m2"),
        ]
        if macro {
            influencers.append(Make.influencer("x1", followers: 200_000, fee: 1_000))
            posts.append(Make.post("p5", "x1", [.reach: 50_000, .impressions: 60_000, .likes: 1_000]))
            orders.append(Order(id: "o5", date: Make.day(3, 9), revenue: 1_500, influencerKey: "x1"))
        }
        return Make.campaign(influencers, posts, orders: orders)
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    /// Nano: 1 creator, 2 posts, reach 5 000, engagements 500: ER 500 / 5 000 = 10 %, on
    /// followers 500 / (5 000 × 2 posts) = 5 %; spend 100: CPM 100 / 6 000 × 1 000 = 16.67, CPE
    /// 0.20, 2 conversions, CPA 50, ROI 500 / 100 = 5. Micro: 2 creators, 2 posts, reach 30 000,
    /// engagements 1 200: ER 4 %, on followers 1 200 / 60 000 = 2 %; spend 800: CPM 800 / 40 000
    /// × 1 000 = 20, CPE 0.667, CPA 400, ROI 1 000 / 800 = 1.25.
    @Test func twoTiersAgainstHandComputedFigures() throws {
        let tiers = KPICalculator.compute(Self.twoTiers()).tiers
        #expect(tiers.map(\.tier) == [.nano, .micro])
        #expect(tiers.map(\.influencers) == [["n1"], ["m1", "m2"]])
        let nano = tiers[0].kpis, micro = tiers[1].kpis
        #expect(nano[.posts] == 2 && micro[.posts] == 2)
        #expect(nano[.reach] == 5_000 && micro[.reach] == 30_000)
        #expect(Self.close(nano[.engagementRate], 10) && Self.close(micro[.engagementRate], 4))
        #expect(Self.close(nano[.engagementRateFollowers], 5) && Self.close(micro[.engagementRateFollowers], 2))
        #expect(nano[.spend] == 100 && micro[.spend] == 800)
        #expect(Self.close(nano[.cpm], 100.0 / 6)
                && Self.close(micro[.cpm], 20))
        #expect(Self.close(nano[.cpe], 0.2) && Self.close(micro[.cpe], 800.0 / 1_200))
        #expect(nano[.conversions] == 2 && micro[.conversions] == 2)
        #expect(Self.close(nano[.cpa], 50) && Self.close(micro[.cpa], 400))
        #expect(Self.close(nano[.roi], 5) && Self.close(micro[.roi], 1.25))
    }

    /// One tier: the group list holds it, the page shows no section (nothing to compare with).
    @Test func oneTierHasItsGroupButNoSection() {
        let c = Make.campaign([Make.influencer("m1", followers: 20_000, fee: 300), Make.influencer("m2", followers: 40_000, fee: 500)],
                              [Make.post("p3", "m1", [.reach: 10_000])])
        let kpis = KPICalculator.compute(c)
        #expect(kpis.tiers.map(\.tier) == [.micro])
        #expect(kpis.tiers[0].influencers == ["m1", "m2"])
        let json = KPIJSON.tiers(kpis)
        #expect(json.hasPrefix("[\n    {\n      \"tier\": \"micro\",\n      \"influencers\": 2,\n      \"kpis\": {\n        \"posts\": 1,"))
        let comparison = TierComparison(rows: kpis.tiers, objective: .sales, format: NumberFormat(locale: .enUS))
        #expect(!comparison.shown)
        #expect(comparison.context == nil)
    }

    /// n1 has no cost at all: its tier's spend and every cost built on it are n/a — never 0 —
    /// while its sales stay known. The sentence compares the tiers that have an ROI (macro:
    /// 1 500 / 1 000 = 1.5 against micro 1.25) and says which tier has none.
    @Test func aTierWithoutSpendIsNotAvailable() {
        let kpis = KPICalculator.compute(Self.twoTiers(nanoFee: nil, macro: true))
        #expect(kpis.tiers.map(\.tier) == [.nano, .micro, .macro])
        let nano = kpis.tiers[0].kpis
        for kpi in [KPI.spend, .cpm, .cpe, .cpa, .roi] { #expect(nano[kpi] == nil, "\(kpi.key)") }
        #expect(nano[.conversions] == 2 && nano[.revenue] == 500)
        #expect(KPIJSON.tiers(kpis).contains("\"spend\": null"))
        let en = TierComparison(rows: kpis.tiers, objective: .sales, format: NumberFormat(locale: .enUS))
        #expect(en.statement == "Macro creators had the highest ROI (ROAS), 1.50, and micro creators the lowest, 1.25: 1 creator and 1 post against 2 creators and 2 posts. No ROI (ROAS) for nano creators.")
        let fr = TierComparison(rows: kpis.tiers, objective: .sales, format: NumberFormat(locale: .frFR))
        #expect(fr.statement == "Les macro-influenceurs ont le ROI (ROAS) le plus élevé, 1,50, et les micro-influenceurs le plus bas, 1,25\u{A0}: 1 créateur et 1 publication contre 2 créateurs et 2 publications. Pas de ROI (ROAS) pour les nano-influenceurs.")
    }

    /// The sentence in both languages on the two tiers above (ROI 5.00 against 1.25); for an
    /// awareness campaign the CPM, the lowest first (16.67 against 20.00); equal as shown, one
    /// value; no cost known for two tiers, the engagement rate on followers (5.0 % against 2.0 %).
    @Test func theSentenceInBothLanguages() {
        let tiers = KPICalculator.compute(Self.twoTiers()).tiers
        func text(_ locale: ReportLocale, _ objective: Objective = .sales, _ rows: [CampaignKPIs.TierRow] = tiers) -> String? {
            TierComparison(rows: rows, objective: objective, format: NumberFormat(locale: locale)).statement
        }
        #expect(text(.enUS) == "Nano creators had the highest ROI (ROAS), 5.00, and micro creators the lowest, 1.25: 1 creator and 2 posts against 2 creators and 2 posts.")
        #expect(text(.frFR) == "Les nano-influenceurs ont le ROI (ROAS) le plus élevé, 5,00, et les micro-influenceurs le plus bas, 1,25\u{A0}: 1 créateur et 2 publications contre 2 créateurs et 2 publications.")
        #expect(text(.enUS, .awareness) == "Nano creators had the lowest CPM, €16.67, and micro creators the highest, €20.00: 1 creator and 2 posts against 2 creators and 2 posts.")
        #expect(text(.frFR, .awareness) == "Les nano-influenceurs ont le CPM le plus bas, 16,67\u{A0}€, et les micro-influenceurs le plus élevé, 20,00\u{A0}€\u{A0}: 1 créateur et 2 publications contre 2 créateurs et 2 publications.")
        // The same ROI on both sides, as shown: one value.
        var same = KPIValues()
        same[.roi] = 2
        same[.posts] = 1
        let rows = [CampaignKPIs.TierRow(tier: .micro, influencers: ["a"], kpis: same, totals: PostTotals()),
                    CampaignKPIs.TierRow(tier: .macro, influencers: ["b"], kpis: same, totals: PostTotals())]
        #expect(text(.enUS, .sales, rows) == "Every tier had the same ROI (ROAS), 2.00.")
        #expect(text(.frFR, .sales, rows) == "Tous les paliers ont le même ROI (ROAS), 2,00.")
        // No spend anywhere: the engagement rate on followers.
        let unpaid = KPICalculator.compute(Make.campaign(
            [Influencer(handle: "n1", platform: Platform("instagram"), followers: 5_000, line: 0),
             Influencer(handle: "m1", platform: Platform("instagram"), followers: 20_000, line: 0)],
            [Make.post("p1", "n1", [.reach: 4_000, .likes: 250]), Make.post("p3", "m1", [.reach: 10_000, .likes: 400])])).tiers
        #expect(text(.enUS, .engagement, unpaid) == "Nano creators had the highest engagement rate on followers, 5.0%, and micro creators the lowest, 2.0%: 1 creator and 1 post against 1 creator and 1 post.")
        #expect(text(.frFR, .engagement, unpaid) == "Les nano-influenceurs ont le taux d’engagement sur les abonnés le plus élevé, 5,0\u{A0}%, et les micro-influenceurs le plus bas, 2,0\u{A0}%\u{A0}: 1 créateur et 1 publication contre 1 créateur et 1 publication.")
    }

    // MARK: portfolio

    /// Micro over two campaigns: the sales campaign's m1 + m2 (above: 2 posts, reach 30 000,
    /// impressions 40 000, engagements 1 200 on 60 000 followers, spend 800, 2 conversions,
    /// revenue 1 000) and an awareness launch without orders (m3, 30 000 followers, fee 1 200:
    /// reach 10 000, impressions 20 000, 800 likes). Pooled: 3 posts, reach 40 000, ER 2 000 /
    /// 40 000 = 5 %, on followers 2 000 / 90 000 = 2.22 %, spend 2 000, CPM 2 000 / 60 000 ×
    /// 1 000 = 33.33, CPE 2 000 / 2 000 = 1; with orders only: CPA 800 / 2 = 400 (not 1 000),
    /// ROI 1 000 / 800 = 1.25 (not 0.5).
    @Test func thePortfolioPoolsATierOverCampaigns() throws {
        let sales = KPICalculator.compute(Self.twoTiers())
        let launch = KPICalculator.compute(Make.campaign([Make.influencer("m3", followers: 30_000, fee: 1_200)],
                                                         [Make.post("l1", "m3", [.reach: 10_000, .impressions: 20_000, .likes: 800])],
                                                         objective: .awareness))
        let micro = try #require(sales.tiers.first { $0.tier == .micro })
        let launchMicro = try #require(launch.tiers.first)
        #expect(PortfolioTotals.hasOrders(sales.campaign) && !PortfolioTotals.hasOrders(launch.campaign))
        let k = PortfolioTiers.sum([PortfolioTiers.Part(row: micro, hasOrders: true), PortfolioTiers.Part(row: launchMicro, hasOrders: false)])
        #expect(k[.posts] == 3 && k[.reach] == 40_000)
        #expect(Self.close(k[.engagementRate], 5))
        #expect(Self.close(k[.engagementRateFollowers], 2_000.0 / 90_000 * 100))
        #expect(k[.spend] == 2_000)
        #expect(Self.close(k[.cpm], 100.0 / 3))
        #expect(Self.close(k[.cpe], 1))
        #expect(k[.conversions] == 2 && k[.revenue] == 1_000)
        #expect(Self.close(k[.cpa], 400))
        #expect(Self.close(k[.roi], 1.25))
        // One campaign's tier spend unknown: the pooled spend and its costs are n/a.
        let unpaid = KPICalculator.compute(Self.twoTiers(nanoFee: nil)).tiers[0]
        let nano = KPICalculator.compute(Self.twoTiers()).tiers[0]
        let both = PortfolioTiers.sum([PortfolioTiers.Part(row: nano, hasOrders: true), PortfolioTiers.Part(row: unpaid, hasOrders: true)])
        for kpi in [KPI.spend, .cpm, .cpe, .cpa, .roi] { #expect(both[kpi] == nil, "\(kpi.key)") }
        #expect(both[.posts] == 4)
    }

    // MARK: pages

    /// spring (sales, baseline February): n1 nano fee 100 (orders 300 + 200), m1 micro fee 300
    /// (order 600); baseline order 560 over 28 days = 20 a day. launch (awareness, no orders): m2
    /// micro fee 1 200. spring: ROI 1 100 / 400 = 2.75; incremental revenue 1 100 − 20 × 31 =
    /// 480, incremental ROAS 480 / 400 = 1.20. Tiers: nano ROI 5.00, micro 600 / 300 = 2.00.
    static func project(_ temp: TemporaryFolder, locale: String) -> URL {
        temp.write("p/report.yaml", "title: Tiers\nlocale: \(locale)\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-06-30\n")
        temp.write("p/campaigns/spring/campaign.yaml", """
            name: Spring
            objective: sales
            start: 2026-03-01
            end: 2026-03-31
            attribution_window_days: 10
            baseline:
              start: 2026-02-01
              end: 2026-02-28
            influencers:
              - handle: n1
                platform: instagram
                followers: 5000
                fee: 100
                promo_code: N1
              - handle: m1
                platform: instagram
                followers: 20000
                fee: 300
                promo_code: M1

            """)
        temp.write("p/campaigns/spring/posts.csv", """
            post_id,influencer,format,published_at,reach,impressions,likes
            s1,n1,reel,2026-03-05,4000,5000,400
            s2,m1,reel,2026-03-06,10000,12000,500

            """)
        temp.write("p/campaigns/spring/orders.csv", """
            order_id,date,revenue,promo_code
            b1,2026-02-10,560,
            o1,2026-03-07,300,N1
            o2,2026-03-08,200,N1
            o3,2026-03-09,600,M1

            """)
        temp.write("p/campaigns/launch/campaign.yaml", """
            name: Launch
            objective: awareness
            start: 2026-04-01
            end: 2026-04-30
            influencers:
              - handle: m2
                platform: instagram
                followers: 30000
                fee: 1200

            """)
        temp.write("p/campaigns/launch/posts.csv", "post_id,influencer,format,published_at,reach,impressions,likes\nl1,m2,reel,2026-04-10,10000,20000,800\n")
        return temp.url.appendingPathComponent("p")
    }

    static func build(locale: String) throws -> (TemporaryFolder, URL) {
        let temp = TemporaryFolder()
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project(temp, locale: locale), options: .test(output: output, asOf: "2026-06-30")).build(today: Day(ordinal: 0))
        return (temp, output)
    }

    /// The text of a page without its tags, spaces collapsed.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test func theCampaignPageComparesTwoTiersAndLeavesOneAlone() throws {
        let (temp, output) = try Self.build(locale: "en-US")
        _ = temp
        let spring = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(spring.contains("<h2>Nano, micro, macro</h2>"))
        #expect(spring.contains("<p>Nano creators had the highest ROI (ROAS), 5.00, and micro creators the lowest, 2.00: 1 creator and 1 post against 1 creator and 1 post.</p>"))
        let table = Self.text(spring)
        #expect(table.contains("Tier Creators Posts Reach Engagement rate Engagement rate (followers) CPM CPE CPA ROI (ROAS)"))
        // nano: reach 4 000, ER 10 %, on followers 400 / 5 000 = 8 %, CPM 100 / 5 000 × 1 000 = 20, CPE 0.25, CPA 50.
        #expect(table.contains("nano 1 1 4,000 10.0% 8.0% €20.00 €0.25 €50.00 5.00"))
        // micro: ER 5 %, on followers 500 / 20 000 = 2.5 %, CPM 300 / 12 000 × 1 000 = 25, CPE 0.60, CPA 300.
        #expect(table.contains("micro 1 1 10,000 5.0% 2.5% €25.00 €0.60 €300.00 2.00"))
        let launch = try String(contentsOf: output.appendingPathComponent("campaigns/launch/index.html"), encoding: .utf8)
        #expect(!launch.contains("Nano, micro, macro"))
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/launch/kpis.json"), encoding: .utf8)
        #expect(json.contains("\"tiers\": [\n    {\n      \"tier\": \"micro\",\n      \"influencers\": 1,"))
    }

    /// Point 6: with a baseline, the incremental ROAS card comes right after ROI (ROAS) and one
    /// sentence tells them apart.
    @Test func incrementalROASStandsBesideTheAttributedROI() throws {
        let (temp, output) = try Self.build(locale: "en-US")
        _ = temp
        let page = Self.text(try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8))
        #expect(page.contains("ROI (ROAS) 2.75 Incremental ROAS 1.20"))
        #expect(page.contains("The ROI (ROAS) of 2.75 counts only the revenue of orders attributed to the creators; the incremental ROAS of 1.20 divides by spend the revenue the shop made above its baseline level, attributed or not."))
        let launch = Self.text(try String(contentsOf: output.appendingPathComponent("campaigns/launch/index.html"), encoding: .utf8))
        #expect(!launch.contains("Incremental ROAS"))
    }

    /// The portfolio: nano (spring only) and micro pooled over spring and launch — 2 campaigns,
    /// 2 creators, 2 posts, reach 20 000, ER 1 300 / 20 000 = 6.5 %, on followers 1 300 / 50 000
    /// = 2.6 %, spend 1 500, CPM 1 500 / 32 000 × 1 000 = 46.88, CPE 1 500 / 1 300 = 1.15, CPA
    /// over spring only 300, ROI 600 / 300 = 2.00 — in French, with its note.
    @Test func thePortfolioComparesTiersAcrossCampaigns() throws {
        let (temp, output) = try Self.build(locale: "fr-FR")
        _ = temp
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let index = Self.text(html)
        #expect(index.contains("Nano, micro, macro"))
        #expect(index.contains("Palier Devise Campagnes Créateurs Publications Portée Taux d’engagement Taux d’engagement (abonnés) Investissement CPM CPE CPA ROI (ROAS)"))
        #expect(index.contains("nano EUR 1 1 1 4 000 10,0 % 8,0 % 100,00 € 20,00 € 0,25 € 50,00 € 5,00"))
        #expect(index.contains("micro EUR 2 2 2 20 000 6,5 % 2,6 % 1 500,00 € 46,88 € 1,15 € 300,00 € 2,00"))
        #expect(html.contains(FrenchWords().tierPortfolioNote))
        // The sentence over the campaigns with orders (spring): nano 5,00 against micro 600 / 300 = 2,00, 1 creator and 1 post each.
        #expect(html.contains("<p>Les nano-influenceurs ont le ROI (ROAS) le plus élevé, 5,00, et les micro-influenceurs le plus bas, 2,00\u{A0}: 1 créateur et 1 publication contre 1 créateur et 1 publication.</p>"))
    }
}
