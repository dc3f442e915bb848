/// A "check the input" note on one influencer's figures (kpis.md §8b): not fraud, a number a
/// client would question, shown beside the figure and as a `report check` warning.
public struct PlausibilityCheck: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case costOutlier = "cost_outlier"
        case codeLeak = "code_leak"
        case conversionFlat = "conversion_flat"
    }

    /// The numbers behind a check, typed by its kind.
    public enum Evidence: Codable, Sendable, Hashable {
        /// The campaign median of the same cost figure.
        case costOutlier(median: Double)
        case codeLeak(codeConversions: Int, linkClicks: Double)
        /// Coefficients of variation over the influencers with conversions, and their count.
        case conversionFlat(conversionsCV: Double, reachCV: Double, influencers: Int)
    }

    /// The figure the check is about.
    public let kpi: KPI
    public let value: Double
    public let evidence: Evidence

    public init(kpi: KPI, value: Double, evidence: Evidence) {
        self.kpi = kpi
        self.value = value
        self.evidence = evidence
    }

    public var kind: Kind {
        switch evidence {
        case .costOutlier: return .costOutlier
        case .codeLeak: return .codeLeak
        case .conversionFlat: return .conversionFlat
        }
    }

    /// The evidence as kpis.json writes it, by key, in order.
    public var evidencePairs: [(key: String, value: Double)] {
        switch evidence {
        case .costOutlier(let median): return [("median", median)]
        case .codeLeak(let orders, let clicks): return [("code_conversions", Double(orders)), ("link_clicks", clicks)]
        case .conversionFlat(let c, let r, let n): return [("conversions_cv", c), ("reach_cv", r), ("influencers", Double(n))]
        }
    }
}
