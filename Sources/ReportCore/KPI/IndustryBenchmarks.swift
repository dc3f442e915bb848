/// Transitional: the chart directive still names KPIs by string and reads the built-in
/// table; it forwards to `BenchmarkTable.builtIn` until the site reads the settings' table.
public enum IndustryBenchmarks {
    public static let kpis = BenchmarkTable.kpis.map(\.key)

    public static func range(_ kpi: String, platform: Platform, tier: Tier) -> ClosedRange<Double>? {
        guard let kpi = KPI(key: kpi) else { return nil }
        return BenchmarkTable.builtIn.range(kpi, platform: platform, tier: tier)?.closedRange
    }
}
