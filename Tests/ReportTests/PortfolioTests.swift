import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// site.md `index.html` at its edges: every campaign with its cost figure, ROI and net ROI and
/// its targets; ROI by platform over the campaigns that have orders only (said under the
/// table); platform rows plus the spend tied to no creator adding up to the spend; two
/// currencies never mixed.
@Suite struct PortfolioTests {
    /// Three campaigns, en-US:
    ///
    /// shoes-eu (sales, EUR, budget 3,000, gross margin 0.5; targets conversions 2, cpa 500, roi 1):
    ///   @ig1 instagram fee 1,000, orders 2,000 + 1,500 (code IG1); @tt1 tiktok fee 1,500, order
    ///   1,000 (code TT1). Creators 2,500, spend max(3,000, 2,500) = 3,000, tied to no creator 500.
    ///   3 conversions, revenue 4,500: CPA 3,000 / 3 = 1,000; ROI 4,500 / 3,000 = 1.50; net ROI
    ///   (4,500 × 0.5 − 3,000) / 3,000 = −0.25. Targets: conversions 3 ≥ 2 met, CPA 1,000 > 500
    ///   missed, ROI 1.5 ≥ 1 met: 2 of 3.
    /// launch-eu (awareness, EUR, no orders file, no budget): @ig2 instagram fee 2,000,
    ///   impressions 10,000; @tt2 tiktok fee 500, impressions 15,000. Spend 2,500, CPM
    ///   2,500 / 25,000 × 1,000 = 100.
    /// shoes-us (sales, USD, budget 1,000): @ig3 instagram fee 800, order 2,400 (code IG3).
    ///   Tied to no creator 200; CPA 1,000; ROI 2.40; no gross margin: no net ROI.
    static func project(_ temp: TemporaryFolder) -> URL {
        temp.write("p/report.yaml", "title: Portfolio\nlocale: en-US\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-06-30\n")
        temp.write("p/campaigns/shoes-eu/campaign.yaml", """
            name: Shoes EU
            objective: sales
            start: 2026-01-05
            end: 2026-01-31
            budget: 3000
            gross_margin: 0.5
            attribution_window_days: 10
            targets:
              conversions: 2
              cpa: 500
              roi: 1
            influencers:
              - handle: ig1
                platform: instagram
                followers: 20000
                fee: 1000
                promo_code: IG1
              - handle: tt1
                platform: tiktok
                followers: 30000
                fee: 1500
                promo_code: TT1

            """)
        temp.write("p/campaigns/shoes-eu/posts.csv", """
            post_id,influencer,format,published_at,reach,impressions,likes
            e1,ig1,reel,2026-01-10,10000,12000,500
            e2,tt1,video,2026-01-12,20000,25000,900

            """)
        temp.write("p/campaigns/shoes-eu/orders.csv", """
            order_id,date,revenue,promo_code
            o1,2026-01-15,2000,IG1
            o2,2026-01-16,1500,IG1
            o3,2026-01-17,1000,TT1

            """)
        temp.write("p/campaigns/launch-eu/campaign.yaml", """
            name: Launch EU
            objective: awareness
            start: 2026-02-02
            end: 2026-02-28
            influencers:
              - handle: ig2
                platform: instagram
                followers: 40000
                fee: 2000
              - handle: tt2
                platform: tiktok
                followers: 60000
                fee: 500

            """)
        temp.write("p/campaigns/launch-eu/posts.csv", """
            post_id,influencer,format,published_at,reach,impressions,likes
            l1,ig2,reel,2026-02-10,8000,10000,400
            l2,tt2,video,2026-02-12,12000,15000,700

            """)
        temp.write("p/campaigns/shoes-us/campaign.yaml", """
            name: Shoes US
            objective: sales
            currency: USD
            start: 2026-03-02
            end: 2026-03-29
            budget: 1000
            attribution_window_days: 10
            influencers:
              - handle: ig3
                platform: instagram
                followers: 25000
                fee: 800
                promo_code: IG3

            """)
        temp.write("p/campaigns/shoes-us/posts.csv", "post_id,influencer,format,published_at,reach,impressions,likes\nu1,ig3,reel,2026-03-10,9000,11000,450\n")
        temp.write("p/campaigns/shoes-us/orders.csv", "order_id,date,revenue,promo_code\nq1,2026-03-12,2400,IG3\n")
        return temp.url.appendingPathComponent("p")
    }

    static func build() throws -> (TemporaryFolder, String) {
        let temp = TemporaryFolder()
        let project = project(temp)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-06-30")).build(today: Day(ordinal: 0))
        return (temp, try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8))
    }

    // MARK: The core

    /// A sales campaign (spend 1,000, revenue 3,500, 2 conversions) and one without orders
    /// (spend 2,000): spend 3,000, revenue 3,500, ROI 3,500 / 1,000 = 3.5 — not 3,500 / 3,000.
    @Test func roiIsOverTheCampaignsWithOrders() {
        var sales = KPIValues()
        sales[.spend] = 1000
        sales[.revenue] = 3500
        sales[.conversions] = 2
        sales[.reach] = 10000
        var launch = KPIValues()
        launch[.spend] = 2000
        launch[.reach] = 8000
        let sum = PortfolioTotals.sum([
            PortfolioTotals.Part(kpis: sales, hasOrders: PortfolioTotals.hasOrders(sales)),
            PortfolioTotals.Part(kpis: launch, hasOrders: PortfolioTotals.hasOrders(launch)),
        ])
        #expect(sum[.spend] == 3000)
        #expect(sum[.revenue] == 3500)
        #expect(sum[.roi] == 3.5)
        #expect(sum[.conversions] == 2)
        #expect(sum[.reach] == 18000)
        // Only campaigns without orders: no ROI, no revenue (n/a, not 0).
        let none = PortfolioTotals.sum([PortfolioTotals.Part(kpis: launch, hasOrders: false)])
        #expect(none[.roi] == nil)
        #expect(none[.revenue] == nil)
        #expect(none[.spend] == 2000)
        // A platform with posts and no creator adds 0 to the spend; an unknown spend makes it n/a.
        let postsOnly = PortfolioTotals.Part(kpis: KPIValues(), hasOrders: false, noCreators: true)
        #expect(PortfolioTotals.sum([PortfolioTotals.Part(kpis: launch, hasOrders: false), postsOnly])[.spend] == 2000)
        #expect(PortfolioTotals.sum([PortfolioTotals.Part(kpis: launch, hasOrders: false), PortfolioTotals.Part(kpis: KPIValues(), hasOrders: false)])[.spend] == nil)
    }

    /// spend_unassigned of 500 and 0: one campaign, 500; one unknown: n/a; all 0: no row.
    @Test func spendTiedToNoCreator() {
        func campaign(_ unassigned: Double?) -> KPIValues {
            var k = KPIValues()
            k[.spend] = 1000
            k[.spendUnassigned] = unassigned
            return k
        }
        #expect(PortfolioTotals.unassigned([campaign(500), campaign(0)])?.campaigns == 1)
        #expect(PortfolioTotals.unassigned([campaign(500), campaign(0)])?.spend == 500)
        #expect(PortfolioTotals.unassigned([campaign(500), campaign(nil)])?.spend == nil)
        #expect(PortfolioTotals.unassigned([campaign(0), campaign(0)]) == nil)
    }

    // MARK: The page

    /// Each campaign's cost figure, revenue, ROI and net ROI in its own currency.
    @Test func everyCampaignWithItsCostFigureAndNetROI() throws {
        let (temp, page) = try Self.build()
        _ = temp
        let rows = HTMLTable.rows(page, after: "What each campaign cost and earned")
        #expect(rows == [
            ["Name", "Currency", "Spend", "Cost figure", "Cost", "Revenue", "ROI (ROAS)", "Net ROI"],
            ["Shoes EU", "EUR", "€3,000.00", "CPA", "€1,000.00", "€4,500.00", "1.50", "-25%"],
            ["Launch EU", "EUR", "€2,500.00", "CPM", "€100.00", "n/a", "n/a", "n/a"],
            ["Shoes US", "USD", "$1,000.00", "CPA", "$1,000.00", "$2,400.00", "2.40", "n/a"],
        ])
        let targets = HTMLTable.rows(page, after: "<h2>Portfolio</h2>")
        #expect(targets.map { $0.last ?? "" } == ["Targets met", "2 of 3 met", "no target", "no target"])
        #expect(page.contains("CPA: €1,000.00 · ROI (ROAS): 1.50 · net ROI: -25% · targets: 2 of 3 met"))
        #expect(page.contains("CPM: €100.00 · ROI (ROAS): n/a · <a href=\"downloads/launch-eu.html\">"))
    }

    /// A campaign without a budget whose creator has no costs: its spend is n/a (kpis.md §4), so
    /// are its platform's, the spend tied to no creator and the total — said n/a, never left
    /// empty nor summed as 0.
    @Test func anUnknownSpendIsNotAddedUp() throws {
        let temp = TemporaryFolder()
        temp.write("p/report.yaml", "title: Portfolio\nlocale: en-US\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-06-30\n")
        temp.write("p/campaigns/free/campaign.yaml", """
            name: Free
            objective: awareness
            start: 2026-02-02
            end: 2026-02-28
            influencers:
              - handle: ig9
                platform: instagram
                followers: 40000

            """)
        temp.write("p/campaigns/free/posts.csv", "post_id,influencer,format,published_at,reach,likes\nf1,ig9,reel,2026-02-10,8000,400\n")
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: temp.url.appendingPathComponent("p"), options: .test(output: output, asOf: "2026-06-30")).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let rows = HTMLTable.rows(page, after: "<h2>Budget and ROI by platform</h2>")
        #expect(Array(rows.dropFirst()) == [
            ["Instagram", "EUR", "1", "n/a", "n/a", "n/a", "n/a", "8,000"],
            ["Tied to no creator", "EUR", "1", "n/a", "", "", "", ""],
            ["All campaigns", "EUR", "1", "n/a", "", "", "", "8,000"],
        ])
        #expect(page.contains("No campaign has orders: there is no ROI (ROAS) to compute."))
    }

    /// By platform (hand-computed), each currency its own block, closed by its spend tied to no
    /// creator and its total:
    /// EUR Instagram: spend 1,000 + 2,000 = 3,000; revenue 3,500 (shoes-eu only); ROI 3,500 /
    ///   1,000 = 3.50 (with the launch's spend it would be 1.17); 2 conversions; reach 18,000.
    /// EUR TikTok: spend 1,500 + 500 = 2,000; revenue 1,000; ROI 1,000 / 1,500 = 0.67 (not 0.50).
    /// EUR tied to no creator: 500 (shoes-eu). Total: 3,000 + 2,000 + 500 = 5,500 = 3,000 + 2,500,
    ///   revenue 4,500, ROI 4,500 / 3,000 = 1.50, 3 conversions.
    /// USD Instagram: 800, revenue 2,400, ROI 3.00; tied to no creator 200; total 1,000, ROI 2.40.
    @Test func platformRowsAddUpPerCurrencyAndROIIsOverCampaignsWithOrders() throws {
        let (temp, page) = try Self.build()
        _ = temp
        let rows = HTMLTable.rows(page, after: "<h2>Budget and ROI by platform</h2>")
        #expect(rows == [
            ["Platform", "Currency", "Campaigns", "Spend", "Revenue", "ROI (ROAS)", "Conversions", "Reach"],
            ["Instagram", "EUR", "2", "€3,000.00", "€3,500.00", "3.50", "2", "18,000"],
            ["TikTok", "EUR", "2", "€2,000.00", "€1,000.00", "0.67", "1", "32,000"],
            ["Tied to no creator", "EUR", "1", "€500.00", "", "", "", ""],
            ["All campaigns", "EUR", "2", "€5,500.00", "€4,500.00", "1.50", "3", "50,000"],
            ["Instagram", "USD", "1", "$800.00", "$2,400.00", "3.00", "1", "9,000"],
            ["Tied to no creator", "USD", "1", "$200.00", "", "", "", ""],
            ["All campaigns", "USD", "1", "$1,000.00", "$2,400.00", "2.40", "1", "9,000"],
        ])
        #expect(page.contains("ROI (ROAS) is revenue over the spend of the campaigns that have orders (2 campaigns): Launch EU has no orders and its spend stays in the Spend column only."))
        #expect(page.contains("Amounts in different currencies are never added up: one row per currency."))
        // By quarter: Q1 2026 holds all three, one row per currency; the launch's spend is in
        // the EUR spend (5,500), not in its ROI (4,500 / 3,000 = 1.50).
        let quarters = HTMLTable.rows(page, after: "<h2>Budget and ROI by quarter</h2>")
        #expect(Array(quarters.dropFirst()) == [
            ["2026-Q1", "EUR", "2", "€5,500.00", "€4,500.00", "1.50", "3", "50,000"],
            ["2026-Q1", "USD", "1", "$1,000.00", "$2,400.00", "2.40", "1", "9,000"],
        ])
        // The spend chart: one per currency, never one axis for both.
        #expect(page.contains("<figcaption>Spend by quarter (EUR)</figcaption>"))
        #expect(page.contains("<figcaption>Spend by quarter (USD)</figcaption>"))
    }
}
