/// Every KPI of kpis.md §2–§6 and §9, in the order kpis.json lists them. The only way code
/// names a KPI: a misspelt case does not compile, and a name read from a template or a YAML
/// file resolves through `KPI(key:)` or is an error at its place.
/// The raw value is the KPI's slot in `KPIValues`.
public enum KPI: Int, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case posts
    case reach
    case impressions
    case views
    case longViews
    case frequency
    case longViewRate
    case reachRate
    case newFollowers
    case followerGrowth
    case newFollowersFlagged
    case engagements
    case engagementRate
    case engagementRateFollowers
    case shareSaveRate
    case commentsPerPost
    case storyReplyRate
    case stickerTapRate
    case commentQuality
    case purchaseIntentComments
    case positiveShare
    case negativeShare
    case netSentiment
    case commentsAnalysed
    case commentsCoverage
    case linkClicks
    case ctr
    case storyCtr
    case clicks
    case conversions
    case revenue
    case conversionRate
    case aov
    case leads
    case spend
    case spendUnassigned
    case budgetUsed
    case cpa
    case cpm
    case cpe
    case cpc
    case cpv
    case cpl
    case roi
    case profit
    case netProfit
    case netROI
    case upliftRevenue
    case incrementalRevenue
    case incrementalRoas
    case upliftOrders
    case directTrafficUplift
    case searchUplift
    case reusableContents
    case reusableRate
    case reusedContents
    case reuseRate
    case brandMentions
    case mentionAuthors
    case mentionCompliance
    case onTimeRate
    case avgDelayDays
    case avgRating
    case emv
    case costPerReusableContent
    case postsPerMonth
    case earlyReachShare
    case earlyEngagementShare

    /// The key kpis.json and templates use (`engagement_rate_followers`).
    public var key: String { definition.key }

    public var definition: KPIDefinition { KPICatalog.all[rawValue] }

    public var unit: KPIUnit { definition.unit }

    /// A KPI by its key; nil for any other name (`leads_<type>` is a `Measure`, not a KPI).
    public init?(key: String) {
        guard let kpi = KPICatalog.byKey[key] else { return nil }
        self = kpi
    }

    public static func < (a: KPI, b: KPI) -> Bool { a.rawValue < b.rawValue }

    /// The switch is exhaustive: a new case cannot ship without its key, unit and English name
    /// (each other language's `Words` has its own exhaustive switch of labels).
    func makeDefinition() -> KPIDefinition {
        switch self {
        case .posts: return .init(.posts, "posts", .count, "Posts", .visibility, scope: .everyGroup, maturity: .posts)
        case .reach: return .init(.reach, "reach", .count, "Reach", .visibility, scope: .everyGroup, maturity: .posts)
        case .impressions: return .init(.impressions, "impressions", .count, "Impressions", .visibility, scope: .everyGroup, maturity: .posts)
        case .views: return .init(.views, "views", .count, "Views", .visibility, scope: .everyGroup, maturity: .posts)
        case .longViews: return .init(.longViews, "long_views", .count, "Views over 3 s", .visibility, scope: .everyGroup, maturity: .posts)
        case .frequency: return .init(.frequency, "frequency", .ratio, "Frequency", .visibility, scope: .everyGroup, maturity: .posts)
        case .longViewRate: return .init(.longViewRate, "long_view_rate", .percent, "Long view rate", .visibility, scope: .everyGroup, maturity: .posts)
        case .reachRate: return .init(.reachRate, "reach_rate", .percent, "Reach rate", .visibility, scope: .everyGroup, maturity: .posts)
        case .newFollowers: return .init(.newFollowers, "new_followers", .count, "Creators’ new followers", .visibility, scope: .everyGroup, maturity: .posts)
        case .followerGrowth: return .init(.followerGrowth, "follower_growth", .percent, "Creators’ follower growth", .visibility, scope: .everyGroup, maturity: .posts)
        case .newFollowersFlagged: return .init(.newFollowersFlagged, "new_followers_flagged", .count, "Of which at a flagged creator", .visibility, scope: .everyGroup, maturity: .posts)
        case .engagements: return .init(.engagements, "engagements", .count, "Engagements", .engagement, scope: .everyGroup, maturity: .posts)
        case .engagementRate: return .init(.engagementRate, "engagement_rate", .percent, "Engagement rate", .engagement, scope: .everyGroup, maturity: .posts)
        case .engagementRateFollowers: return .init(.engagementRateFollowers, "engagement_rate_followers", .percent, "Engagement rate (followers)", .engagement, scope: .everyGroup, maturity: .posts)
        case .shareSaveRate: return .init(.shareSaveRate, "share_save_rate", .percent, "Share & save rate", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsPerPost: return .init(.commentsPerPost, "comments_per_post", .decimal, "Comments per post", .engagement, scope: .everyGroup, maturity: .posts)
        case .storyReplyRate: return .init(.storyReplyRate, "story_reply_rate", .percent, "Story reply rate", .engagement, scope: .everyGroup, maturity: .posts)
        case .stickerTapRate: return .init(.stickerTapRate, "sticker_tap_rate", .percent, "Sticker tap rate", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentQuality: return .init(.commentQuality, "comment_quality", .percent, "Comment quality", .engagement, scope: .everyGroup, maturity: .posts)
        case .purchaseIntentComments: return .init(.purchaseIntentComments, "purchase_intent_comments", .count, "Purchase-intent comments", .engagement, scope: .everyGroup, maturity: .posts)
        case .positiveShare: return .init(.positiveShare, "positive_share", .percent, "Positive comments", .engagement, scope: .everyGroup, maturity: .posts)
        case .negativeShare: return .init(.negativeShare, "negative_share", .percent, "Negative comments", .engagement, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .netSentiment: return .init(.netSentiment, "net_sentiment", .decimal, "Net sentiment", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsAnalysed: return .init(.commentsAnalysed, "comments_analysed", .count, "Comments analysed", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsCoverage: return .init(.commentsCoverage, "comments_coverage", .percent, "Share of comments analysed", .engagement, scope: .everyGroup, maturity: .posts)
        case .linkClicks: return .init(.linkClicks, "link_clicks", .count, "Link clicks", .conversion, scope: .everyGroup, maturity: .posts)
        case .ctr: return .init(.ctr, "ctr", .percent, "CTR", .conversion, scope: .everyGroup, maturity: .posts)
        case .storyCtr: return .init(.storyCtr, "story_ctr", .percent, "Story CTR", .conversion, scope: .everyGroup, maturity: .posts)
        case .clicks: return .init(.clicks, "clicks", .count, "Clicks", .conversion, scope: .everyGroup, maturity: .posts)
        case .conversions: return .init(.conversions, "conversions", .count, "Conversions", .conversion, scope: .everyGroup, maturity: .attribution)
        case .revenue: return .init(.revenue, "revenue", .money, "Revenue", .conversion, scope: .everyGroup, maturity: .attribution)
        case .conversionRate: return .init(.conversionRate, "conversion_rate", .percent, "Conversion rate", .conversion, scope: .everyGroup, maturity: .attribution)
        case .aov: return .init(.aov, "aov", .money, "Average order value", .conversion, scope: .everyGroup, maturity: .attribution)
        case .leads: return .init(.leads, "leads", .count, "Leads", .conversion, scope: .everyGroup, maturity: .attribution)
        case .spend: return .init(.spend, "spend", .money, "Spend", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .spendUnassigned: return .init(.spendUnassigned, "spend_unassigned", .money, "Spend tied to no creator", .conversion, scope: .campaign, maturity: .attribution)
        case .budgetUsed: return .init(.budgetUsed, "budget_used", .percent, "Budget used by creators", .conversion, scope: .campaign, maturity: .attribution)
        case .cpa: return .init(.cpa, "cpa", .money, "CPA", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .cpm: return .init(.cpm, "cpm", .money, "CPM", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpe: return .init(.cpe, "cpe", .money, "CPE", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpc: return .init(.cpc, "cpc", .money, "CPC", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpv: return .init(.cpv, "cpv", .money, "CPV", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpl: return .init(.cpl, "cpl", .money, "CPL", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .roi: return .init(.roi, "roi", .ratio, "ROI (ROAS)", .conversion, scope: .everyGroup, maturity: .attribution)
        case .profit: return .init(.profit, "profit", .money, "Profit", .conversion, scope: .everyGroup, maturity: .attribution)
        case .netProfit: return .init(.netProfit, "net_profit", .money, "Net profit", .conversion, scope: .everyGroup, maturity: .attribution)
        case .netROI: return .init(.netROI, "net_roi", .ratio, "Net ROI", .conversion, scope: .everyGroup, maturity: .attribution)
        case .upliftRevenue: return .init(.upliftRevenue, "uplift_revenue", .percent, "Revenue uplift", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .incrementalRevenue: return .init(.incrementalRevenue, "incremental_revenue", .money, "Incremental revenue", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .incrementalRoas: return .init(.incrementalRoas, "incremental_roas", .ratio, "Incremental ROAS", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .upliftOrders: return .init(.upliftOrders, "uplift_orders", .percent, "Order uplift", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .directTrafficUplift: return .init(.directTrafficUplift, "direct_traffic_uplift", .percent, "Direct traffic uplift", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .searchUplift: return .init(.searchUplift, "search_uplift", .percent, "Search uplift", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .reusableContents: return .init(.reusableContents, "reusable_contents", .count, "Reusable contents", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reusableRate: return .init(.reusableRate, "reusable_rate", .percent, "Reusable rate", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reusedContents: return .init(.reusedContents, "reused_contents", .count, "Reused contents", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reuseRate: return .init(.reuseRate, "reuse_rate", .percent, "Reuse rate", .campaignLevel, scope: .campaign, maturity: .settled)
        case .brandMentions: return .init(.brandMentions, "brand_mentions", .count, "Brand mentions", .campaignLevel, scope: .campaign, maturity: .settled)
        case .mentionAuthors: return .init(.mentionAuthors, "mention_authors", .count, "Mention authors", .campaignLevel, scope: .campaign, maturity: .settled)
        case .mentionCompliance: return .init(.mentionCompliance, "mention_compliance", .percent, "Mention compliance", .campaignLevel, scope: .campaign, maturity: .settled)
        case .onTimeRate: return .init(.onTimeRate, "on_time_rate", .percent, "On-time rate", .campaignLevel, scope: .campaign, maturity: .settled)
        case .avgDelayDays: return .init(.avgDelayDays, "avg_delay_days", .decimal, "Average delay (days)", .campaignLevel, scope: .campaign, maturity: .settled, lowerIsBetter: true)
        case .avgRating: return .init(.avgRating, "avg_rating", .decimal, "Average rating", .campaignLevel, scope: .campaignAndInfluencer, maturity: .settled)
        case .emv: return .init(.emv, "emv", .money, "Equivalent media value (EMV)", .media, scope: .everyGroup, maturity: .posts)
        case .costPerReusableContent: return .init(.costPerReusableContent, "cost_per_reusable_content", .money, "Spend per reusable content", .objectiveOnly, scope: .campaign, maturity: .attribution, lowerIsBetter: true)
        case .postsPerMonth: return .init(.postsPerMonth, "posts_per_month", .decimal, "Posts per month", .objectiveOnly, scope: .campaign, maturity: .posts)
        // kpis.md §10: settled as given — they change when a measurement is added, not by waiting.
        case .earlyReachShare: return .init(.earlyReachShare, "early_reach_share", .percent, "Reach share within 48 h", .visibility, scope: .campaignAndInfluencer, maturity: .settled)
        case .earlyEngagementShare: return .init(.earlyEngagementShare, "early_engagement_share", .percent, "Engagement share within 48 h", .engagement, scope: .campaignAndInfluencer, maturity: .settled)
        }
    }
}
