/// A figure against its industry range (kpis.md §7): `below`, `within` (edges included) or
/// `above`, with the range and where it comes from, so a page can say why.
public struct BenchmarkComparison: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case below, within, above
    }

    /// How many of a campaign's influencers stand below, within and above their own range
    /// (and without the figure): said beside the creator-mix range.
    public struct MixCounts: Codable, Sendable, Hashable {
        public var below = 0, within = 0, above = 0, na = 0
    }

    public let kpi: KPI
    public let range: BenchmarkRange
    public let value: Double?
    /// nil when the value is n/a.
    public let status: Status?
    /// For the campaign's creator-mix range only.
    public let influencers: MixCounts?

    public init(kpi: KPI, range: BenchmarkRange, value: Double?, influencers: MixCounts? = nil) {
        self.kpi = kpi
        self.range = range
        self.value = value
        self.influencers = influencers
        status = value.map { BenchmarkComparison.status(of: $0, in: range, unit: kpi.unit) }
    }

    /// Decided on the value and the bounds as pages show them (a percentage with one decimal,
    /// half away from zero): a page never says "2,0 % — above 0,5–2,0 %" for 2,037.
    static func status(of value: Double, in range: BenchmarkRange, unit: KPIUnit) -> Status {
        func shown(_ x: Double) -> Double {
            unit == .percent ? (x * 10).rounded(.toNearestOrAwayFromZero) / 10 : x
        }
        let v = shown(value)
        return v < shown(range.low) ? .below : (v > shown(range.high) ? .above : .within)
    }

    /// An influencer on its main platform and tier: `engagement_rate_followers` (kpis.md §12).
    public static func influencer(_ influencer: Influencer, kpis: KPIValues, table: BenchmarkTable) -> [BenchmarkComparison] {
        [KPI.engagementRateFollowers].compactMap { kpi in
            table.range(kpi, platform: influencer.platform, tier: influencer.tier).map { BenchmarkComparison(kpi: kpi, range: $0, value: kpis[kpi]) }
        }
    }

    /// The campaign on the three KPIs with an industry range. Its influencers mix platforms
    /// and tiers: the follower-based rate is compared with the range of the mix — the means of
    /// each influencer's own range weighted by its share of the campaign figure's denominator
    /// (Σ followers over its qualifying posts) — with the count of influencers below, within
    /// and above their own; the others have one range (kpis.md §7).
    public static func campaign(_ campaign: Campaign, kpis: CampaignKPIs, table: BenchmarkTable) -> [BenchmarkComparison] {
        BenchmarkTable.kpis.compactMap { kpi in
            if kpi == .engagementRateFollowers { return mix(kpi, kpis: kpis, table: table) }
            guard let profile = mostCommonProfile(campaign.influencers) else { return nil }
            return table.range(kpi, platform: profile.platform, tier: profile.tier).map { BenchmarkComparison(kpi: kpi, range: $0, value: kpis.campaign[kpi]) }
        }
    }

    static func mix(_ kpi: KPI, kpis: CampaignKPIs, table: BenchmarkTable) -> BenchmarkComparison? {
        var counts = MixCounts()
        var low = 0.0, high = 0.0, weight = 0.0
        var sources: Set<BenchmarkRange.Source> = []
        for row in kpis.influencers {
            guard let range = table.range(kpi, platform: row.influencer.platform, tier: row.influencer.tier) else { continue }
            sources.insert(range.source)
            if let value = row.kpis[kpi] {
                switch status(of: value, in: range, unit: kpi.unit) {
                case .below: counts.below += 1
                case .within: counts.within += 1
                case .above: counts.above += 1
                }
            } else {
                counts.na += 1
            }
            guard row.followerWeight > 0 else { continue }
            low += range.low * row.followerWeight
            high += range.high * row.followerWeight
            weight += row.followerWeight
        }
        guard weight > 0 else { return nil }
        return BenchmarkComparison(kpi: kpi, range: BenchmarkRange(low: low / weight, high: high / weight, source: .mix),
                                   value: kpis.campaign[kpi], influencers: counts)
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
