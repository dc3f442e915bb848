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
    case upliftOrders
    case directTrafficUplift
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

    /// The switch is exhaustive: a new case cannot ship without its key, unit and labels.
    func makeDefinition() -> KPIDefinition {
        switch self {
        case .posts: return .init(.posts, "posts", .count, "Posts", "Publications", .visibility, scope: .everyGroup, maturity: .posts)
        case .reach: return .init(.reach, "reach", .count, "Reach", "Portée", .visibility, scope: .everyGroup, maturity: .posts)
        case .impressions: return .init(.impressions, "impressions", .count, "Impressions", "Impressions", .visibility, scope: .everyGroup, maturity: .posts)
        case .views: return .init(.views, "views", .count, "Views", "Vues", .visibility, scope: .everyGroup, maturity: .posts)
        case .longViews: return .init(.longViews, "long_views", .count, "Views over 3 s", "Vues de plus de 3 s", .visibility, scope: .everyGroup, maturity: .posts)
        case .frequency: return .init(.frequency, "frequency", .ratio, "Frequency", "Fréquence", .visibility, scope: .everyGroup, maturity: .posts)
        case .longViewRate: return .init(.longViewRate, "long_view_rate", .percent, "Long view rate", "Taux de vues longues", .visibility, scope: .everyGroup, maturity: .posts)
        case .reachRate: return .init(.reachRate, "reach_rate", .percent, "Reach rate", "Taux de portée", .visibility, scope: .everyGroup, maturity: .posts)
        case .newFollowers: return .init(.newFollowers, "new_followers", .count, "Creators’ new followers", "Nouveaux abonnés des créateurs", .visibility, scope: .everyGroup, maturity: .posts)
        case .followerGrowth: return .init(.followerGrowth, "follower_growth", .percent, "Creators’ follower growth", "Croissance des abonnés des créateurs", .visibility, scope: .everyGroup, maturity: .posts)
        case .engagements: return .init(.engagements, "engagements", .count, "Engagements", "Engagements", .engagement, scope: .everyGroup, maturity: .posts)
        case .engagementRate: return .init(.engagementRate, "engagement_rate", .percent, "Engagement rate", "Taux d’engagement", .engagement, scope: .everyGroup, maturity: .posts)
        case .engagementRateFollowers: return .init(.engagementRateFollowers, "engagement_rate_followers", .percent, "Engagement rate (followers)", "Taux d’engagement (abonnés)", .engagement, scope: .everyGroup, maturity: .posts)
        case .shareSaveRate: return .init(.shareSaveRate, "share_save_rate", .percent, "Share & save rate", "Taux de partage et d’enregistrement", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsPerPost: return .init(.commentsPerPost, "comments_per_post", .decimal, "Comments per post", "Commentaires par publication", .engagement, scope: .everyGroup, maturity: .posts)
        case .storyReplyRate: return .init(.storyReplyRate, "story_reply_rate", .percent, "Story reply rate", "Taux de réponse aux stories", .engagement, scope: .everyGroup, maturity: .posts)
        case .stickerTapRate: return .init(.stickerTapRate, "sticker_tap_rate", .percent, "Sticker tap rate", "Taux de clic sur sticker", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentQuality: return .init(.commentQuality, "comment_quality", .percent, "Comment quality", "Qualité des commentaires", .engagement, scope: .everyGroup, maturity: .posts)
        case .purchaseIntentComments: return .init(.purchaseIntentComments, "purchase_intent_comments", .count, "Purchase-intent comments", "Commentaires d’intention d’achat", .engagement, scope: .everyGroup, maturity: .posts)
        case .positiveShare: return .init(.positiveShare, "positive_share", .percent, "Positive comments", "Commentaires positifs", .engagement, scope: .everyGroup, maturity: .posts)
        case .negativeShare: return .init(.negativeShare, "negative_share", .percent, "Negative comments", "Commentaires négatifs", .engagement, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .netSentiment: return .init(.netSentiment, "net_sentiment", .decimal, "Net sentiment", "Sentiment net", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsAnalysed: return .init(.commentsAnalysed, "comments_analysed", .count, "Comments analysed", "Commentaires analysés", .engagement, scope: .everyGroup, maturity: .posts)
        case .commentsCoverage: return .init(.commentsCoverage, "comments_coverage", .percent, "Share of comments analysed", "Part des commentaires analysés", .engagement, scope: .everyGroup, maturity: .posts)
        case .linkClicks: return .init(.linkClicks, "link_clicks", .count, "Link clicks", "Clics sur lien", .conversion, scope: .everyGroup, maturity: .posts)
        case .ctr: return .init(.ctr, "ctr", .percent, "CTR", "CTR", .conversion, scope: .everyGroup, maturity: .posts)
        case .storyCtr: return .init(.storyCtr, "story_ctr", .percent, "Story CTR", "CTR des stories", .conversion, scope: .everyGroup, maturity: .posts)
        case .clicks: return .init(.clicks, "clicks", .count, "Clicks", "Clics", .conversion, scope: .everyGroup, maturity: .posts)
        case .conversions: return .init(.conversions, "conversions", .count, "Conversions", "Conversions", .conversion, scope: .everyGroup, maturity: .attribution)
        case .revenue: return .init(.revenue, "revenue", .money, "Revenue", "Chiffre d’affaires", .conversion, scope: .everyGroup, maturity: .attribution)
        case .conversionRate: return .init(.conversionRate, "conversion_rate", .percent, "Conversion rate", "Taux de conversion", .conversion, scope: .everyGroup, maturity: .attribution)
        case .aov: return .init(.aov, "aov", .money, "Average order value", "Panier moyen", .conversion, scope: .everyGroup, maturity: .attribution)
        case .leads: return .init(.leads, "leads", .count, "Leads", "Leads", .conversion, scope: .everyGroup, maturity: .attribution)
        case .spend: return .init(.spend, "spend", .money, "Spend", "Investissement", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .budgetUsed: return .init(.budgetUsed, "budget_used", .percent, "Budget used by creators", "Budget engagé sur les créateurs", .conversion, scope: .campaign, maturity: .attribution)
        case .cpa: return .init(.cpa, "cpa", .money, "CPA", "CPA", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .cpm: return .init(.cpm, "cpm", .money, "CPM", "CPM", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpe: return .init(.cpe, "cpe", .money, "CPE", "CPE", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpc: return .init(.cpc, "cpc", .money, "CPC", "CPC", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpv: return .init(.cpv, "cpv", .money, "CPV", "CPV", .conversion, scope: .everyGroup, maturity: .posts, lowerIsBetter: true)
        case .cpl: return .init(.cpl, "cpl", .money, "CPL", "CPL", .conversion, scope: .everyGroup, maturity: .attribution, lowerIsBetter: true)
        case .roi: return .init(.roi, "roi", .ratio, "ROI (ROAS)", "ROI (ROAS)", .conversion, scope: .everyGroup, maturity: .attribution)
        case .profit: return .init(.profit, "profit", .money, "Profit", "Profit", .conversion, scope: .everyGroup, maturity: .attribution)
        case .netProfit: return .init(.netProfit, "net_profit", .money, "Net profit", "Bénéfice net", .conversion, scope: .everyGroup, maturity: .attribution)
        case .netROI: return .init(.netROI, "net_roi", .ratio, "Net ROI", "ROI net", .conversion, scope: .everyGroup, maturity: .attribution)
        case .upliftRevenue: return .init(.upliftRevenue, "uplift_revenue", .percent, "Revenue uplift", "Hausse du chiffre d’affaires", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .incrementalRevenue: return .init(.incrementalRevenue, "incremental_revenue", .money, "Incremental revenue", "Chiffre d’affaires incrémental", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .upliftOrders: return .init(.upliftOrders, "uplift_orders", .percent, "Order uplift", "Hausse des commandes", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .directTrafficUplift: return .init(.directTrafficUplift, "direct_traffic_uplift", .percent, "Direct traffic uplift", "Hausse du trafic direct", .campaignLevel, scope: .campaign, maturity: .attribution)
        case .reusableContents: return .init(.reusableContents, "reusable_contents", .count, "Reusable contents", "Contenus réutilisables", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reusableRate: return .init(.reusableRate, "reusable_rate", .percent, "Reusable rate", "Taux de contenus réutilisables", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reusedContents: return .init(.reusedContents, "reused_contents", .count, "Reused contents", "Contenus réutilisés", .campaignLevel, scope: .campaign, maturity: .settled)
        case .reuseRate: return .init(.reuseRate, "reuse_rate", .percent, "Reuse rate", "Taux de réutilisation", .campaignLevel, scope: .campaign, maturity: .settled)
        case .brandMentions: return .init(.brandMentions, "brand_mentions", .count, "Brand mentions", "Mentions de la marque", .campaignLevel, scope: .campaign, maturity: .settled)
        case .mentionAuthors: return .init(.mentionAuthors, "mention_authors", .count, "Mention authors", "Auteurs de mentions", .campaignLevel, scope: .campaign, maturity: .settled)
        case .mentionCompliance: return .init(.mentionCompliance, "mention_compliance", .percent, "Mention compliance", "Conformité des mentions", .campaignLevel, scope: .campaign, maturity: .settled)
        case .onTimeRate: return .init(.onTimeRate, "on_time_rate", .percent, "On-time rate", "Taux de publication à l’heure", .campaignLevel, scope: .campaign, maturity: .settled)
        case .avgDelayDays: return .init(.avgDelayDays, "avg_delay_days", .decimal, "Average delay (days)", "Retard moyen (jours)", .campaignLevel, scope: .campaign, maturity: .settled, lowerIsBetter: true)
        case .avgRating: return .init(.avgRating, "avg_rating", .decimal, "Average rating", "Note moyenne", .campaignLevel, scope: .campaignAndInfluencer, maturity: .settled)
        case .emv: return .init(.emv, "emv", .money, "Earned media value", "Valeur média gagnée (EMV)", .media, scope: .everyGroup, maturity: .posts)
        case .costPerReusableContent: return .init(.costPerReusableContent, "cost_per_reusable_content", .money, "Spend per reusable content", "Coût par contenu réutilisable", .objectiveOnly, scope: .campaign, maturity: .attribution, lowerIsBetter: true)
        case .postsPerMonth: return .init(.postsPerMonth, "posts_per_month", .decimal, "Posts per month", "Publications par mois", .objectiveOnly, scope: .campaign, maturity: .posts)
        }
    }
}
