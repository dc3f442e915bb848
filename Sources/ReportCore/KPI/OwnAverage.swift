/// A creator's figure against her own average (site.md: from the second campaign on). The
/// average is the mean of the figure over her **earlier** campaigns that report it — amounts
/// only in the same currency — so the first campaign has nothing to be compared with and a
/// campaign is never compared with itself (one campaign would read "0 %" on every line).
public enum OwnAverage {
    public struct Comparison: Sendable, Equatable {
        /// The mean over the earlier campaigns that report the figure.
        public let average: Double
        /// How many earlier campaigns the mean is over.
        public let campaigns: Int
        /// value / average − 1; nil when the campaign does not report the figure or the average is 0.
        public let change: Double?
    }

    /// The figure of `campaigns[index]` against the earlier ones (campaigns in card order, oldest
    /// first); nil when no earlier campaign reports it.
    public static func compare(_ kpi: KPI, at index: Int, in campaigns: [InfluencerHistory.CampaignEntry]) -> Comparison? {
        guard campaigns.indices.contains(index) else { return nil }
        let entry = campaigns[index]
        let earlier = campaigns[..<index].filter { kpi.unit != .money || $0.currency == entry.currency }.compactMap { $0.kpis[kpi] }
        guard !earlier.isEmpty else { return nil }
        let average = earlier.reduce(0, +) / Double(earlier.count)
        let change = entry.kpis[kpi].flatMap { value in ratio(value - average, average) }
        return Comparison(average: average, campaigns: earlier.count, change: change)
    }
}
