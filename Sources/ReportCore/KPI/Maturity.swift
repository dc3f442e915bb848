/// kpis.md §10: which figures are still provisional on the report date.
public enum Maturity {
    /// Keys still provisional: post-based figures while as_of < last published_at + 2 days,
    /// attribution-based ones while as_of < end + attribution_window_days.
    public static func provisional(campaign: Campaign, asOf: Day, leadTypes: [String]) -> [Measure] {
        let lastPost = campaign.posts.map(\.publishedAt.day).max()
        let postsOpen = lastPost.map { asOf < $0.adding(days: 2) } ?? false
        let attributionOpen = asOf < campaign.window.end.adding(days: campaign.attributionWindowDays)
        var keys: [Measure] = []
        for d in KPICatalog.jsonKeys(campaign: true, influencer: false) {
            switch d.maturity {
            case .posts where postsOpen: keys.append(.kpi(d.kpi))
            case .attribution where attributionOpen:
                keys.append(.kpi(d.kpi))
                if d.kpi == .leads { keys += leadTypes.map { .leads(type: $0) } }
            default: break
            }
        }
        return keys
    }
}
