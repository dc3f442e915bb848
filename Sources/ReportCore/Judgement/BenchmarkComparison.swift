/// A figure against its industry range (kpis.md §7): `below`, `within` (edges included) or
/// `above`, with the range and where it comes from, so a page can say why.
public struct BenchmarkComparison: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case below, within, above
    }

    public let kpi: KPI
    public let range: BenchmarkRange
    public let value: Double?
    /// nil when the value is n/a.
    public let status: Status?

    public init(kpi: KPI, range: BenchmarkRange, value: Double?) {
        self.kpi = kpi
        self.range = range
        self.value = value
        status = value.map { v in v < range.low ? .below : (v > range.high ? .above : .within) }
    }

    /// An influencer on its main platform and tier: `engagement_rate_followers` (kpis.md §12).
    public static func influencer(_ influencer: Influencer, kpis: KPIValues, table: BenchmarkTable) -> [BenchmarkComparison] {
        [KPI.engagementRateFollowers].compactMap { kpi in
            table.range(kpi, platform: influencer.platform, tier: influencer.tier).map { BenchmarkComparison(kpi: kpi, range: $0, value: kpis[kpi]) }
        }
    }

    /// The campaign on the three KPIs with an industry range. Its influencers mix platforms
    /// and tiers: the follower-based rate is compared with the range of their most common
    /// platform and tier (ties: by platform, then tier name), the others have one range.
    public static func campaign(_ campaign: Campaign, kpis: KPIValues, table: BenchmarkTable) -> [BenchmarkComparison] {
        guard let profile = mostCommonProfile(campaign.influencers) else { return [] }
        return BenchmarkTable.kpis.compactMap { kpi in
            table.range(kpi, platform: profile.platform, tier: profile.tier).map { BenchmarkComparison(kpi: kpi, range: $0, value: kpis[kpi]) }
        }
    }

    static func mostCommonProfile(_ influencers: [Influencer]) -> (platform: Platform, tier: Tier)? {
        var counts: [String: (platform: Platform, tier: Tier, count: Int)] = [:]
        for i in influencers {
            let key = i.platform.name + "|" + i.tier.rawValue
            counts[key, default: (i.platform, i.tier, 0)].count += 1
        }
        let best = counts.sorted { $0.key < $1.key }.max { a, b in a.value.count < b.value.count }
        return best.map { ($0.value.platform, $0.value.tier) }
    }
}
