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
    /// with every key of the campaign object it covers (`leads_<type>` after `leads`).
    public static func calendar(campaign: Campaign, leadTypes: [String]) -> [CalendarEntry] {
        [KPIMaturity.posts, .attribution].compactMap { group in
            guard let day = finalOn(group, campaign: campaign) else { return nil }
            var keys: [Measure] = []
            for d in KPICatalog.jsonKeys(campaign: true, influencer: false) where d.maturity == group {
                keys.append(.kpi(d.kpi))
                if d.kpi == .leads { keys += leadTypes.map { .leads(type: $0) } }
            }
            return CalendarEntry(maturity: group, kpis: keys, finalOn: day)
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
