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
        var lists = [[InternalBenchmark]](repeating: [], count: entries.count)
        // Each group's values are sorted once; a campaign's "others" are that list without one
        // occurrence of its own value (the same values, so the same median) — n log n, not n²,
        // which a project of hundreds of campaigns rebuilt on each save needs.
        for kpi in keys {
            var groups: [String: [Int]] = [:]
            for (i, entry) in entries.enumerated() { groups[kpi.unit == .money ? entry.currency : "", default: []].append(i) }
            for members in groups.values {
                let sorted = members.compactMap { entries[$0].kpis[kpi] }.sorted()
                for i in members {
                    let value = entries[i].kpis[kpi]
                    var others = sorted
                    if let value { others.remove(at: position(of: value, in: sorted)) }
                    guard others.count >= minimumCampaigns else { continue }
                    let mid = others.count / 2
                    let median = others.count % 2 == 1 ? others[mid] : (others[mid - 1] + others[mid]) / 2
                    lists[i].append(InternalBenchmark(kpi: kpi, median: median, campaigns: others.count, value: value,
                                                      change: value.flatMap { ratio($0, median).map { $0 - 1 } }))
                }
            }
        }
        var out: [String: [InternalBenchmark]] = [:]
        for (entry, list) in zip(entries, lists) { out[entry.id] = list }
        return out
    }

    /// Where `value` sits in `sorted` (the occurrence with the same bits when several compare equal).
    static func position(of value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < sorted.count, sorted[i] == value {
            if sorted[i].bitPattern == value.bitPattern { return i }
            i += 1
        }
        return min(low, sorted.count - 1)
    }

    /// The middle value, or the mean of the two middle ones.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
