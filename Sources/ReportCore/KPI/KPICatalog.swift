/// The definitions of every `KPI`, in slot order, and the look-ups built from them once.
/// kpis.json, kpis.csv, labels and datasets are generated from this table.
public enum KPICatalog {
    /// `all[kpi.rawValue]` is `kpi`'s definition.
    public static let all: [KPIDefinition] = KPI.allCases.map { $0.makeDefinition() }

    static let byKey: [String: KPI] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0.kpi) })

    /// Every key, for "did you mean" suggestions.
    public static let keys: [String] = all.map(\.key)

    /// The keys kpis.json lists for a group (objective-only figures are not among them).
    public static func jsonKeys(campaign: Bool, influencer: Bool) -> [KPIDefinition] {
        all.filter { $0.section != .objectiveOnly && $0.applies(toCampaign: campaign, influencer: influencer) }
    }
}
