/// The project's own benchmark (kpis.md §7): a campaign KPI against the median of the other
/// campaigns of the project that report it, shown when at least two of them do ("your own
/// benchmark; what matters is to improve").
public struct InternalBenchmark: Sendable, Hashable {
    public let kpi: KPI
    public let median: Double
    /// How many other campaigns the median is taken over.
    public let campaigns: Int
    public let value: Double?
    /// value / median − 1; nil when the value is n/a or the median 0.
    public let change: Double?

    /// Better or worse than the median, knowing that lower is better for costs and delays;
    /// nil when equal or unknown.
    public var improved: Bool? {
        guard let change, change != 0 else { return nil }
        return kpi.definition.lowerIsBetter ? change < 0 : change > 0
    }
}

/// The internal benchmarks of every campaign of a project, from each campaign's KPIs.
public enum InternalBenchmarks {
    /// One campaign's figures, as the portfolio keeps them.
    public struct Entry: Sendable {
        public let id: String
        public let currency: String
        public let kpis: KPIValues

        public init(id: String, currency: String, kpis: KPIValues) {
            self.id = id
            self.currency = currency
            self.kpis = kpis
        }
    }

    /// The smallest number of other campaigns a median is taken over.
    public static let minimumCampaigns = 2

    /// By campaign id, every numeric campaign KPI (the keys of kpis.json's campaign `kpis`)
    /// that at least two other campaigns report, in catalog order. Amounts are compared only
    /// between campaigns of the same currency.
    public static func compute(_ entries: [Entry]) -> [String: [InternalBenchmark]] {
        let keys = KPICatalog.jsonKeys(campaign: true, influencer: false).map(\.kpi)
        var out: [String: [InternalBenchmark]] = [:]
        for entry in entries {
            var list: [InternalBenchmark] = []
            for kpi in keys {
                let others = entries.filter { $0.id != entry.id && (kpi.unit != .money || $0.currency == entry.currency) }
                let values = others.compactMap { $0.kpis[kpi] }
                guard values.count >= minimumCampaigns, let median = median(values) else { continue }
                let value = entry.kpis[kpi]
                list.append(InternalBenchmark(kpi: kpi, median: median, campaigns: values.count, value: value,
                                              change: value.flatMap { ratio($0, median).map { $0 - 1 } }))
            }
            out[entry.id] = list
        }
        return out
    }

    /// The middle value, or the mean of the two middle ones.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
