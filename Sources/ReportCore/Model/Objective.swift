/// What a campaign is for; it decides which KPIs open the report (kpis.md §9).
public enum Objective: String, Codable, Sendable, CaseIterable {
    case awareness, engagement, sales, leads, ugc, ambassador

    /// The primary KPI, its secondaries and the cost figure, as kpis.md §9 lists them.
    public var primaryKPI: KPI {
        switch self {
        case .awareness: return .reach
        case .engagement, .ambassador: return .engagementRate
        case .sales: return .conversions
        case .leads: return .leads
        case .ugc: return .reusableContents
        }
    }

    public var secondaryKPIs: [KPI] {
        switch self {
        case .awareness: return [.impressions, .longViews]
        case .engagement: return [.commentsPerPost, .storyReplyRate]
        case .sales: return [.linkClicks, .conversionRate]
        case .leads: return [.conversionRate]
        case .ugc: return [.reuseRate]
        case .ambassador: return [.netSentiment, .postsPerMonth]
        }
    }

    public var costKPI: KPI {
        switch self {
        case .awareness: return .cpm
        case .engagement, .ambassador: return .cpe
        case .sales: return .cpa
        case .leads: return .cpl
        case .ugc: return .costPerReusableContent
        }
    }
}
