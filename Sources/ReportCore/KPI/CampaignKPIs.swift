/// Every figure of one campaign, for each group kpis.md §1 names.
public struct CampaignKPIs: Sendable {
    public struct InfluencerRow: Sendable {
        public let influencer: Influencer
        public let kpis: KPIValues
        /// Attributed orders that carry one of the influencer's promo codes (the code_leak check);
        /// nil without orders.csv.
        public var codeConversions: Int? = nil
        /// True when the influencer has posts and every one reports link_clicks: a ratio to
        /// clicks counted on some posts only would overstate orders per click.
        public var clicksOnEveryPost = false
        /// Σ followers over the posts that count in the engagement rate on followers (its
        /// denominator, kpis.md §1): the influencer's weight in the campaign's creator-mix range.
        public var followerWeight: Double = 0
    }

    public struct PlatformRow: Codable, Sendable {
        public let platform: Platform
        public let kpis: KPIValues
    }

    public struct FormatRow: Sendable {
        public let format: String
        public let kpis: KPIValues
    }

    public let campaign: KPIValues
    /// Every influencer of campaign.yaml, in its order, with or without posts.
    public let influencers: [InfluencerRow]
    /// The posts' platforms and the influencers' main platforms, by name.
    public let platforms: [PlatformRow]
    /// Lower-cased formats, by name.
    public let formats: [FormatRow]
    /// kpis.md §7: one group per tier that has influencers, smallest first (TierGroups).
    public internal(set) var tiers: [TierRow] = []
    /// Orders matching no influencer (nil without an orders file).
    public let unattributedOrders: Int?
    /// The 10 most frequent hashtags of the mentions (nil without mentions.csv).
    public let topHashtags: [HashtagCount]?
    public let abTest: ABTestResult?
    public let timing: Timing
    /// The campaign's lead types, sorted (nil without leads.csv).
    public let leadTypes: [String]?
    /// Keys still provisional on the report date (kpis.md §10).
    public let provisional: [Measure]
    /// From which date each group of §10 is final (the measurement calendar).
    public let calendar: [Maturity.CalendarEntry]
    /// The orders attributed to influencers (nil without an orders file), for the long-term view.
    public let orderAttribution: Attribution<Order>?
    public private(set) var objective: ObjectiveSummary?
    /// kpis.md §5: each required mention's share of captioned posts (nil without required_mentions).
    public var mentionComplianceByMention: [(mention: String, share: Double?)]?
    /// kpis.md §3 "what people said": themes, adverse reactions, quotes (nil without comments.csv).
    public var said: CommentsSaid?

    public init(
        campaign: KPIValues, influencers: [InfluencerRow], platforms: [PlatformRow], formats: [FormatRow],
        unattributedOrders: Int?, topHashtags: [HashtagCount]? = nil, abTest: ABTestResult? = nil,
        timing: Timing = Timing(posts: []), leadTypes: [String]? = nil, provisional: [Measure] = [],
        calendar: [Maturity.CalendarEntry] = [], orderAttribution: Attribution<Order>? = nil
    ) {
        self.calendar = calendar
        self.orderAttribution = orderAttribution
        self.campaign = campaign
        self.influencers = influencers
        self.platforms = platforms
        self.formats = formats
        self.unattributedOrders = unattributedOrders
        self.topHashtags = topHashtags
        self.abTest = abTest
        self.timing = timing
        self.leadTypes = leadTypes
        self.provisional = provisional
    }

    func withObjective(_ summary: ObjectiveSummary) -> CampaignKPIs {
        var copy = self
        copy.objective = summary
        return copy
    }
}
