/// What a campaign is for; it decides which KPIs open the report (kpis.md §9).
public enum Objective: String, Sendable, CaseIterable {
    case awareness, engagement, sales, leads, ugc, ambassador

    /// The primary KPI, its secondaries and the cost figure, as kpis.md §9 lists them.
    public var primaryKPI: String {
        switch self {
        case .awareness: return "reach"
        case .engagement, .ambassador: return "engagement_rate"
        case .sales: return "conversions"
        case .leads: return "leads"
        case .ugc: return "reusable_contents"
        }
    }

    public var secondaryKPIs: [String] {
        switch self {
        case .awareness: return ["impressions", "long_views"]
        case .engagement: return ["comments_per_post", "story_reply_rate"]
        case .sales: return ["link_clicks", "conversion_rate"]
        case .leads: return ["conversion_rate"]
        case .ugc: return ["reuse_rate"]
        case .ambassador: return ["net_sentiment", "posts_per_month"]
        }
    }

    public var costKPI: String {
        switch self {
        case .awareness: return "cpm"
        case .engagement, .ambassador: return "cpe"
        case .sales: return "cpa"
        case .leads: return "cpl"
        case .ugc: return "cost_per_reusable_content"
        }
    }
}
