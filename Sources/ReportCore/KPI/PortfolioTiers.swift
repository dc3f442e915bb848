/// A tier pooled over the portfolio's campaigns of one currency (site.md `index.html`, kpis.md
/// §7 Tiers): post figures as Σ / Σ over every post of the tier (never a mean of campaign
/// rates), spend over every campaign (n/a when one campaign's tier spend is), and the figures
/// set against sales — conversions, revenue, CPA, ROI — over the campaigns that have orders
/// only, as PortfolioTotals does by platform: the spend of a launch without orders has no
/// revenue to set against it.
public enum PortfolioTiers {
    /// One campaign's row of a tier.
    public struct Part: Sendable {
        public let row: CampaignKPIs.TierRow
        /// The campaign has an orders file (PortfolioTotals.hasOrders).
        public let hasOrders: Bool

        public init(row: CampaignKPIs.TierRow, hasOrders: Bool) {
            self.row = row
            self.hasOrders = hasOrders
        }
    }

    /// The pooled figures: posts, reach, engagement rates (on reach and on followers), spend,
    /// CPM, CPE, and with orders conversions, revenue, CPA and roi.
    public static func sum(_ parts: [Part]) -> KPIValues {
        var totals = PostTotals()
        for p in parts { totals.merge(p.row.totals) }
        let posts = KPICalculator.values(of: totals)
        var k = PortfolioTotals.sum(parts.map { PortfolioTotals.Part(kpis: $0.row.kpis, hasOrders: $0.hasOrders) })
        for kpi in [KPI.posts, .reach, .impressions, .engagements, .engagementRate, .engagementRateFollowers] { k[kpi] = posts[kpi] }
        let spend = k[.spend]
        k[.cpm] = ratio(spend, posts[.impressions], scale: 1000)
        k[.cpe] = ratio(spend, posts[.engagements])
        // CPA over the campaigns with orders: their spend against their conversions.
        let withOrders = parts.filter(\.hasOrders)
        if !withOrders.isEmpty {
            let spends = withOrders.map { $0.row.kpis[.spend] }
            let orderSpend: Double? = spends.contains { $0 == nil } ? nil : spends.reduce(0) { $0 + ($1 ?? 0) }
            k[.cpa] = ratio(orderSpend, k[.conversions])
        }
        return k
    }
}
