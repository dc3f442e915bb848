/// kpis.md §10: which figures are still provisional on the report date, and from which date
/// each group is final (the measurement calendar).
public enum Maturity {
    /// One group of §10: its keys and the first day on which they are final (the day after the
    /// last provisional day).
    public struct CalendarEntry: Codable, Sendable, Equatable {
        public let maturity: KPIMaturity
        public let kpis: [Measure]
        public let finalOn: Day

        /// Still provisional on `asOf`.
        public func isProvisional(on asOf: Day) -> Bool { asOf < finalOn }
    }

    /// The date from which a group is final: the last post's day + 2 for post-based figures
    /// (nil without posts: nothing is being measured), the campaign end + the attribution window
    /// for attribution-based ones; nil for settled figures.
    public static func finalOn(_ maturity: KPIMaturity, campaign: Campaign) -> Day? {
        switch maturity {
        case .posts: return campaign.posts.map(\.publishedAt.day).max()?.adding(days: 2)
        case .attribution: return campaign.window.end.adding(days: campaign.attributionWindowDays)
        case .settled: return nil
        }
    }

    /// The measurement calendar: the post-based group, then the attribution-based one, each
    /// with every key of the campaign object it covers (`leads_<type>` after `leads`) that
    /// can still change; a group left with no key is not listed.
    public static func calendar(campaign: Campaign, leadTypes: [String]) -> [CalendarEntry] {
        let present = DataFile.present(in: campaign)
        return [KPIMaturity.posts, .attribution].compactMap { group in
            guard let day = finalOn(group, campaign: campaign) else { return nil }
            var keys: [Measure] = []
            for d in KPICatalog.jsonKeys(campaign: true, influencer: false) where d.maturity == group && canChange(d.kpi, campaign: campaign, present: present) {
                keys.append(.kpi(d.kpi))
                if d.kpi == .leads { keys += leadTypes.map { .leads(type: $0) } }
            }
            return keys.isEmpty ? nil : CalendarEntry(maturity: group, kpis: keys, finalOn: day)
        }
    }

    /// Whether waiting can still change a figure (kpis.md §10): not when it is n/a for lack of
    /// its data file (no orders.csv: no conversions, revenue, CPA, ROI… will ever arrive), of a
    /// baseline, a budget or a gross margin, and spend (with what is built on it alone) only when an influencer's costs
    /// follow attributed revenue — a commission with orders.csv; fixed costs do not change.
    static func canChange(_ kpi: KPI, campaign: Campaign, present: Set<DataFile>) -> Bool {
        if let file = kpi.requiredFile, !present.contains(file) { return false }
        switch kpi {
        case .upliftRevenue, .incrementalRevenue, .incrementalRoas, .upliftOrders, .directTrafficUplift, .searchUplift:
            return campaign.baseline != nil
        case .netProfit, .netROI:
            return campaign.grossMargin != nil
        case .spend, .costPerReusableContent:
            return present.contains(.orders) && campaign.influencers.contains { $0.paysCommission }
        case .spendUnassigned, .budgetUsed:
            // Without a budget, budget_used stays n/a and nothing is unassigned.
            return campaign.budget != nil && present.contains(.orders) && campaign.influencers.contains { $0.paysCommission }
        default:
            return true
        }
    }

    /// Keys still provisional: post-based figures while as_of < last published_at + 2 days,
    /// attribution-based ones while as_of < end + attribution_window_days.
    public static func provisional(_ calendar: [CalendarEntry], asOf: Day) -> [Measure] {
        calendar.filter { $0.isProvisional(on: asOf) }.flatMap(\.kpis).sorted()
    }

    /// The next date on which a group becomes final, and that group; nil once every group is final.
    public static func nextReview(_ calendar: [CalendarEntry], asOf: Day) -> CalendarEntry? {
        calendar.filter { $0.isProvisional(on: asOf) }.min { $0.finalOn < $1.finalOn }
    }
}
