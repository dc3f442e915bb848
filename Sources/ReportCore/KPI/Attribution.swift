/// Orders attributed to influencers by the rules of data-format.md §5.
public struct Attribution: Sendable {
    /// Attributed orders dated in the attribution range, per influencer key.
    public struct Tally: Sendable, Hashable {
        public var orders = 0
        public var revenue = 0.0
    }

    public private(set) var byInfluencer: [String: Tally] = [:]
    /// Orders that match no influencer, kept for incrementality (never dropped silently).
    public private(set) var unattributed: [Order] = []
    /// Orders that match an influencer but fall outside [start, end + window].
    public private(set) var outsideWindow = 0

    public init(orders: [Order], campaign: Campaign) {
        var byPromo: [String: String] = [:]
        var byUTM: [String: String] = [:]
        var known = Set<String>()
        for influencer in campaign.influencers {
            known.insert(influencer.key)
            for code in influencer.promoCodes { byPromo[code.lowercased()] = influencer.key }
            if let utm = influencer.utmContent { byUTM[utm.lowercased()] = influencer.key }
        }
        let range = campaign.attributionRange
        let utmCampaign = campaign.utmCampaign?.lowercased()
        for order in orders {
            guard let key = Attribution.match(order, known: known, byPromo: byPromo, byUTM: byUTM, utmCampaign: utmCampaign) else {
                unattributed.append(order)
                continue
            }
            guard range.contains(order.date) else {
                outsideWindow += 1
                continue
            }
            byInfluencer[key, default: Tally()].orders += 1
            byInfluencer[key, default: Tally()].revenue += order.revenue
        }
    }

    /// First rule that matches wins: the influencer column, the promo code, then utm_content
    /// (with utm_campaign equal to the campaign's when it sets one).
    static func match(
        _ order: Order, known: Set<String>, byPromo: [String: String], byUTM: [String: String], utmCampaign: String?
    ) -> String? {
        if let key = order.influencerKey, known.contains(key) { return key }
        if let code = order.promoCode, let key = byPromo[code.lowercased()] { return key }
        if let content = order.utmContent, let key = byUTM[content.lowercased()] {
            if let utmCampaign, order.utmCampaign?.lowercased() != utmCampaign { return nil }
            return key
        }
        return nil
    }
}
