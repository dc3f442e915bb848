/// kpis.md §7 Tiers: the campaign's influencers grouped by tier (nano, micro, macro, mega, from
/// the followers of campaign.yaml), each tier a group like a platform — its influencers' posts
/// and outcomes, so its spend is n/a when one of its creators' costs are (kpis.md §4).
extension CampaignKPIs {
    public struct TierRow: Codable, Sendable {
        public let tier: Tier
        /// Keys of the tier's influencers of campaign.yaml, with or without posts, in its order.
        public let influencers: [String]
        public let kpis: KPIValues
        /// The sums behind the tier's post figures, so the portfolio can pool a tier across
        /// campaigns as Σ / Σ (kpis.md §1) rather than average its campaigns' rates.
        public let totals: PostTotals

        public init(tier: Tier, influencers: [String], kpis: KPIValues, totals: PostTotals) {
            self.tier = tier
            self.influencers = influencers
            self.kpis = kpis
            self.totals = totals
        }
    }
}

enum TierGroups {
    /// One row per tier that has at least one influencer, smallest tier first. `values` is the
    /// campaign's group computation (GroupKPIs with its margin, lead types and comments).
    static func rows(_ influencers: [Influencer], postTotals: [String: PostTotals], outcomes: [String: InfluencerOutcome],
                     values: (PostTotals, [InfluencerOutcome]) -> KPIValues) -> [CampaignKPIs.TierRow] {
        var members: [Tier: [String]] = [:]
        var seen: Set<String> = []
        for influencer in influencers where seen.insert(influencer.key).inserted {
            members[influencer.tier, default: []].append(influencer.key)
        }
        return Tier.allCases.compactMap { tier in
            guard let keys = members[tier] else { return nil }
            var totals = PostTotals()
            for key in keys { if let t = postTotals[key] { totals.merge(t) } }
            return CampaignKPIs.TierRow(tier: tier, influencers: keys, kpis: values(totals, keys.compactMap { outcomes[$0] }), totals: totals)
        }
    }
}
