/// The industry ranges of kpis.md §7 plus the project's report.yaml overrides.
///
/// Lookup order for a KPI on a platform and tier (the most specific entry wins; any
/// report.yaml entry wins over the built-in table):
/// 1. report.yaml, the platform's own key: its tier, then `all` tiers;
/// 2. report.yaml `others` (only for platforms without a built-in row: not instagram,
///    tiktok, youtube): its tier, then `all`;
/// 3. report.yaml `all` platforms: its tier, then `all`;
/// 4. the built-in row of the platform, else the built-in `others` row.
/// `story_ctr` and `conversion_rate` have one built-in range for every platform and tier.
public struct BenchmarkTable: Sendable, Hashable {
    /// The KPIs that have an industry range; no other KPI can be overridden.
    public static let kpis: [KPI] = [.engagementRateFollowers, .storyCtr, .conversionRate]
    /// Platforms with a built-in row of their own; the others use the `others` row.
    public static let builtInPlatforms = ["instagram", "tiktok", "youtube"]
    /// The key that stands for every platform or every tier.
    public static let all = "all"
    /// The row of platforms without one of their own.
    public static let others = "others"

    /// The table of kpis.md §7 without overrides.
    public static let builtIn = BenchmarkTable()

    private struct Key: Hashable {
        let kpi: KPI
        /// A platform name, `others` or `all`.
        let platform: String
        /// A tier name or `all`.
        let tier: String
    }

    private var overrides: [Key: BenchmarkRange] = [:]

    public init() {}

    /// A report.yaml range; `platform` is a platform name, `others` or `all`, `tier` nil for all tiers.
    public mutating func override(_ kpi: KPI, platform: String, tier: Tier?, low: Double, high: Double) {
        overrides[Key(kpi: kpi, platform: platform.lowercased(), tier: tier?.rawValue ?? Self.all)] =
            BenchmarkRange(low: low, high: high, source: .reportYAML)
    }

    /// The range an influencer on its main `platform` and `tier` is compared with; nil for
    /// a KPI without an industry range.
    public func range(_ kpi: KPI, platform: Platform, tier: Tier) -> BenchmarkRange? {
        guard Self.kpis.contains(kpi) else { return nil }
        let ownRow = Self.builtInPlatforms.contains(platform.name) || platform.name == Self.others
        let platforms = ownRow ? [platform.name, Self.all] : [platform.name, Self.others, Self.all]
        for p in platforms {
            for t in [tier.rawValue, Self.all] {
                if let r = overrides[Key(kpi: kpi, platform: p, tier: t)] { return r }
            }
        }
        return Self.builtInRange(kpi, platform: ownRow ? platform.name : Self.others, tier: tier)
    }

    /// kpis.md §7, row by row; the source column says which cells the seed backs.
    static func builtInRange(_ kpi: KPI, platform: String, tier: Tier) -> BenchmarkRange? {
        func r(_ low: Double, _ high: Double, _ source: BenchmarkRange.Source) -> BenchmarkRange {
            BenchmarkRange(low: low, high: high, source: source)
        }
        switch kpi {
        case .storyCtr: return r(3.0, 4.0, .seed)
        case .conversionRate: return r(2.0, 3.0, .seed)
        case .engagementRateFollowers:
            switch (platform, tier) {
            case ("instagram", .nano): return r(2.0, 4.0, .assumption)
            case ("instagram", .micro): return r(1.5, 3.0, .seed)
            case ("instagram", .macro): return r(0.5, 2.0, .seed)
            case ("instagram", .mega): return r(0.5, 1.5, .assumption)
            case ("tiktok", _): return r(4.0, 7.0, .seed)
            case (_, .nano), (_, .micro): return r(1.0, 3.0, .assumption)
            case (_, .macro): return r(0.5, 2.0, .assumption)
            case (_, .mega): return r(0.5, 1.5, .assumption)
            }
        default: return nil
        }
    }
}
