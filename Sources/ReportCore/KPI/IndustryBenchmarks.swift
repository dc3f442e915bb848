/// The built-in industry ranges of kpis.md §7 (low–high, in percent).
public enum IndustryBenchmarks {
    public static let kpis = ["engagement_rate_followers", "story_ctr", "conversion_rate"]

    public static func range(_ kpi: String, platform: Platform, tier: Tier) -> ClosedRange<Double>? {
        switch kpi {
        case "story_ctr": return 3.0...4.0
        case "conversion_rate": return 2.0...3.0
        case "engagement_rate_followers":
            switch (platform.name, tier) {
            case ("instagram", .nano): return 2.0...4.0
            case ("instagram", .micro): return 1.5...3.0
            case ("instagram", .macro): return 0.5...2.0
            case ("instagram", .mega): return 0.5...1.5
            case ("tiktok", _): return 4.0...7.0
            case (_, .nano), (_, .micro): return 1.0...3.0
            case (_, .macro): return 0.5...2.0
            case (_, .mega): return 0.5...1.5
            }
        default: return nil
        }
    }
}
