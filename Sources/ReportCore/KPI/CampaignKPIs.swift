/// Every figure of one campaign, for each group kpis.md §1 names.
public struct CampaignKPIs: Sendable {
    public struct InfluencerRow: Sendable {
        public let influencer: Influencer
        public let kpis: KPIValues
    }

    public struct PlatformRow: Sendable {
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
    /// Orders matching no influencer (nil without an orders file).
    public let unattributedOrders: Int?

    public init(campaign: KPIValues, influencers: [InfluencerRow], platforms: [PlatformRow], formats: [FormatRow], unattributedOrders: Int?) {
        self.campaign = campaign
        self.influencers = influencers
        self.platforms = platforms
        self.formats = formats
        self.unattributedOrders = unattributedOrders
    }
}
