/// kpis.md §9: the figures a campaign's objective puts first, and its targets against actuals.
public struct ObjectiveSummary: Sendable {
    public struct Figure: Sendable {
        public let kpi: Measure
        public let value: Double?
        /// For per-format figures (ugc): the format.
        public let format: String?

        init(_ kpi: KPI, _ value: Double?, format: String? = nil) {
            self.init(.kpi(kpi), value, format: format)
        }

        init(_ kpi: Measure, _ value: Double?, format: String? = nil) {
            self.kpi = kpi
            self.value = value
            self.format = format
        }
    }

    public enum Status: String, Codable, Sendable {
        case met, missed
        /// The KPI is n/a, so the target cannot be judged.
        case unknown = "n/a"
    }

    public struct Target: Codable, Sendable {
        public let kpi: Measure
        public let target: Double
        public let actual: Double?
        public let status: Status
        /// actual − target.
        public let difference: Double?
        /// (actual − target) / target × 100.
        public let differencePercent: Double?
    }

    public struct MonthRate: Sendable {
        /// `YYYY-MM`.
        public let month: String
        public let posts: Int
        public let engagementRate: Double?
    }

    public let objective: Objective
    public let primary: Figure
    public let secondaries: [Figure]
    /// The cost figure (sales: cpa, then roi).
    public let costs: [Figure]
    public let targets: [Target]
    /// Engagement rate by calendar month (the ambassador objective's primary trend).
    public let trend: [MonthRate]

    static func compute(campaign: Campaign, kpis: CampaignKPIs) -> ObjectiveSummary {
        let k = kpis.campaign
        let objective = campaign.objective
        var secondaries: [Figure]
        var costs = [Figure(objective.costKPI, k[objective.costKPI])]
        switch objective {
        case .leads:
            secondaries = (kpis.leadTypes ?? []).map { Figure(Measure.leads(type: $0), k[.leads(type: $0)]) } + [Figure(.conversionRate, k[.conversionRate])]
        case .ugc:
            secondaries = [Figure(.reuseRate, k[.reuseRate])]
                + kpis.formats.map { Figure(.engagementRate, $0.kpis[.engagementRate], format: $0.format) }
        case .ambassador:
            secondaries = [Figure(.netSentiment, k[.netSentiment]), Figure(.postsPerMonth, k[.postsPerMonth])]
        case .sales:
            secondaries = objective.secondaryKPIs.map { Figure($0, k[$0]) }
            costs.append(Figure(.roi, k[.roi]))
        default:
            secondaries = objective.secondaryKPIs.map { Figure($0, k[$0]) }
        }
        let targets = campaign.targets.map { t -> Target in
            let actual = k[t.kpi]
            let lowerIsBetter = t.kpi.lowerIsBetter
            guard let actual else {
                return Target(kpi: t.kpi, target: t.value, actual: nil, status: .unknown, difference: nil, differencePercent: nil)
            }
            let met = lowerIsBetter ? actual <= t.value : actual >= t.value
            return Target(kpi: t.kpi, target: t.value, actual: actual, status: met ? .met : .missed,
                          difference: actual - t.value, differencePercent: ratio(actual - t.value, t.value, scale: 100))
        }
        return ObjectiveSummary(
            objective: objective, primary: Figure(objective.primaryKPI, k[objective.primaryKPI]), secondaries: secondaries,
            costs: costs, targets: targets, trend: monthly(campaign.posts)
        )
    }

    /// Posts divided by the calendar months the campaign window touches.
    static func postsPerMonth(_ campaign: Campaign) -> Double {
        let s = campaign.window.start.components, e = campaign.window.end.components
        let months = (e.year - s.year) * 12 + (e.month - s.month) + 1
        return Double(campaign.posts.count) / Double(max(1, months))
    }

    static func monthly(_ posts: [Post]) -> [MonthRate] {
        var slots = GroupSlots<String>()
        var monthKeys = MonthKeyCache()
        for p in posts { slots.add(monthKeys.of(p.publishedAt.day), p, followers: 0) }
        let byMonth = slots.dictionary
        return byMonth.keys.sorted().map { MonthRate(month: $0, posts: byMonth[$0]?.posts ?? 0, engagementRate: byMonth[$0]?.engagementRate.rate()) }
    }
}

/// `YYYY-MM` of a day.
public enum MonthKey {
    public static func of(_ day: Day) -> String {
        let c = day.components
        guard (0...9999).contains(c.year) else { return String(day.description.prefix(7)) }
        return Day.digits(year: c.year, month: c.month, day: nil)
    }

    /// `2026-03` → 2026-03-01; nil for any other text.
    public static func firstDay(_ key: String) -> Day? {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return Day(year: y, month: m, day: 1)
    }
}
