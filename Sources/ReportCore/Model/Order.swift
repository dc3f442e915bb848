/// A shop order (or a lead, which is attributed by the same rules).
public struct Order: Sendable {
    public let id: String
    public let date: Day
    public let revenue: Double
    public let promoCode: String?
    public let utmCampaign: String?
    public let utmContent: String?
    /// Key of the influencer the `influencer` column names, if any.
    public let influencerKey: String?
    public let line: Int

    public init(
        id: String, date: Day, revenue: Double, promoCode: String? = nil, utmCampaign: String? = nil,
        utmContent: String? = nil, influencerKey: String? = nil, line: Int = 0
    ) {
        self.id = id
        self.date = date
        self.revenue = revenue
        self.promoCode = promoCode
        self.utmCampaign = utmCampaign
        self.utmContent = utmContent
        self.influencerKey = influencerKey
        self.line = line
    }
}
