/// The project's own benchmark (kpis.md §7): a campaign KPI against the median of the
/// project's comparable earlier campaigns that report it, shown when at least two of them do
/// ("your own benchmark; what matters is to improve").
public struct InternalBenchmark: Sendable, Hashable {
    public let kpi: KPI
    public let median: Double
    /// How many comparable earlier campaigns the median is taken over.
    public let campaigns: Int
    public let value: Double?
    /// value / median − 1; nil when the value is n/a or the median 0.
    public let change: Double?
    /// The objective those campaigns share with this one, for the sentence that names them.
    public var objective: Objective = .sales

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
        public let objective: Objective
        public let window: DayRange
        /// Compared as a set: `mention_compliance` only between campaigns asking the same.
        public let requiredMentions: Set<String>

        public init(id: String, currency: String, kpis: KPIValues, objective: Objective, window: DayRange, requiredMentions: [String] = []) {
            self.id = id
            self.currency = currency
            self.kpis = kpis
            self.objective = objective
            self.window = window
            self.requiredMentions = Set(requiredMentions.map { $0.lowercased() })
        }
    }

    /// The smallest number of other campaigns a median is taken over.
    public static let minimumCampaigns = 2

    /// The figures that measure performance whatever the budget: rates, ratios, costs and
    /// per-unit figures. Counts and sums (reach, clicks, conversions, revenue, spend, EMV…)
    /// follow the budget, so comparing them would call a bigger campaign an improvement.
    static let comparableKeys: Set<String> = [
        "roi", "net_roi", "incremental_roas", "frequency", "aov", "cpa", "cpm", "cpe", "cpc", "cpv", "cpl",
        "comments_per_post", "avg_delay_days", "avg_rating",
    ]

    public static func isComparable(_ kpi: KPI) -> Bool {
        kpi.unit == .percent || comparableKeys.contains(kpi.key)
    }

    /// By campaign id, every comparable campaign KPI that at least two comparable earlier
    /// campaigns report, in catalog order: the campaigns with the same objective whose `end`
    /// is before this one's `start`; amounts of money (`aov`, the costs) only in the same
    /// currency; `mention_compliance` only with the same required mentions.
    public static func compute(_ entries: [Entry]) -> [String: [InternalBenchmark]] {
        let keys = KPICatalog.jsonKeys(campaign: true, influencer: false).map(\.kpi).filter(isComparable)
        // Earlier campaigns of the same objective, by campaign: the pairs are found once.
        let earlier: [[Int]] = entries.indices.map { i in
            entries.indices.filter { j in
                j != i && entries[j].objective == entries[i].objective && entries[j].window.end < entries[i].window.start
            }
        }
        var out: [String: [InternalBenchmark]] = [:]
        for (i, entry) in entries.enumerated() {
            var list: [InternalBenchmark] = []
            for kpi in keys {
                let others = earlier[i].filter { j in
                    (kpi.unit != .money || entries[j].currency == entry.currency)
                        && (kpi != .mentionCompliance || entries[j].requiredMentions == entry.requiredMentions)
                }.compactMap { entries[$0].kpis[kpi] }
                guard others.count >= minimumCampaigns, let median = median(others) else { continue }
                let value = entry.kpis[kpi]
                var b = InternalBenchmark(kpi: kpi, median: median, campaigns: others.count, value: value,
                                          change: value.flatMap { ratio($0, median).map { $0 - 1 } })
                b.objective = entry.objective
                list.append(b)
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
