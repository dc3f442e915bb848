/// Orders or leads attributed to influencers by the rules of data-format.md §5.
public struct Attribution<Item: Attributable>: Sendable {
    /// Attributed items dated in [start, end + attribution_window_days], per influencer key.
    public private(set) var byInfluencer: [String: [Item]] = [:]
    /// Items that match no influencer, kept for incrementality (never dropped silently).
    public private(set) var unattributed: [Item] = []
    /// Items that match an influencer but fall outside the attribution range.
    public private(set) var outsideWindow = 0

    public init(_ items: [Item], campaign: Campaign) {
        let matcher = AttributionMatcher(campaign: campaign)
        let range = campaign.attributionRange
        for item in items {
            guard let key = matcher.match(item) else {
                unattributed.append(item)
                continue
            }
            guard range.contains(item.date) else {
                outsideWindow += 1
                continue
            }
            byInfluencer[key, default: []].append(item)
        }
    }
}

/// The lookup tables of one campaign's attribution rules.
struct AttributionMatcher: Sendable {
    let known: Set<String>
    let byPromo: [String: String]
    let byUTM: [String: String]
    let utmCampaign: String?

    init(campaign: Campaign) {
        var byPromo: [String: String] = [:]
        var byUTM: [String: String] = [:]
        var known = Set<String>()
        for influencer in campaign.influencers {
            known.insert(influencer.key)
            for code in influencer.promoCodes { byPromo[code.lowercased()] = influencer.key }
            if let utm = influencer.utmContent { byUTM[utm.lowercased()] = influencer.key }
        }
        self.known = known
        self.byPromo = byPromo
        self.byUTM = byUTM
        self.utmCampaign = campaign.utmCampaign?.lowercased()
    }

    /// First rule that matches wins: the influencer column, the promo code, then utm_content
    /// (with utm_campaign equal to the campaign's when it sets one).
    func match(_ item: some Attributable) -> String? {
        if let key = item.influencerKey, known.contains(key) { return key }
        if let code = item.promoCode, let key = byPromo[code.lowercased()] { return key }
        return matchUTM(content: item.utmContent, campaign: item.utmCampaign)
    }

    /// The influencer whose utm_content this is (sessions, orders, leads).
    func matchUTM(content: String?, campaign: String?) -> String? {
        guard let content, let key = byUTM[content.lowercased()] else { return nil }
        if let utmCampaign, campaign?.lowercased() != utmCampaign { return nil }
        return key
    }
}
