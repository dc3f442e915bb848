/// A "check the input" note on one influencer's figures (kpis.md §8b): not fraud, a number a
/// client would question, shown beside the figure and as a `report check` warning.
public struct PlausibilityCheck: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case costOutlier = "cost_outlier"
        case codeLeak = "code_leak"
        case conversionFlat = "conversion_flat"
    }

    public let kind: Kind
    /// The figure the check is about.
    public let kpi: KPI
    public let value: Double
    /// The numbers behind it, by their kpis.json key (`median`; `code_conversions`,
    /// `link_clicks`; `conversions_cv`, `reach_cv`, `influencers`), in that order.
    public let evidence: [(key: String, value: Double)]

    public static func == (a: PlausibilityCheck, b: PlausibilityCheck) -> Bool {
        a.kind == b.kind && a.kpi == b.kpi && a.value == b.value && a.evidence.map(\.key) == b.evidence.map(\.key)
            && a.evidence.map(\.value) == b.evidence.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(kpi)
        hasher.combine(value)
    }

    public func number(_ key: String) -> Double? { evidence.first { $0.key == key }?.value }
}
