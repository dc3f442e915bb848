/// Computes the KPIs of kpis.md §2–§4 for a campaign and its groups. Pure: same inputs, same numbers.
public enum KPICalculator {
    /// What an influencer brings to a group besides its posts: attributed sales and spend.
    struct InfluencerOutcome {
        var conversions: Int?
        var revenue: Double?
        var spend: Double
    }

    public static func compute(_ campaign: Campaign) -> CampaignKPIs {
        let followersByKey = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })
        var campaignTotals = PostTotals()
        var byInfluencer: [String: PostTotals] = [:]
        var byPlatform: [Platform: PostTotals] = [:]
        var byFormat: [String: PostTotals] = [:]
        for post in campaign.posts {
            let followers = followersByKey[post.influencerKey] ?? 0
            campaignTotals.add(post, followers: followers)
            byInfluencer[post.influencerKey, default: PostTotals()].add(post, followers: followers)
            byPlatform[post.platform, default: PostTotals()].add(post, followers: followers)
            byFormat[post.format, default: PostTotals()].add(post, followers: followers)
        }

        let attribution = campaign.orders.map { Attribution(orders: $0, campaign: campaign) }
        var outcomes: [String: InfluencerOutcome] = [:]
        for influencer in campaign.influencers {
            let tally = attribution?.byInfluencer[influencer.key]
            let conversions = attribution == nil ? nil : (tally?.orders ?? 0)
            let revenue = attribution == nil ? nil : (tally?.revenue ?? 0)
            // Without an orders file there is no attributed revenue to pay commission on.
            let spend = influencer.fee + influencer.productCost
                + influencer.commissionRate * (revenue ?? 0)
                + (byInfluencer[influencer.key]?.cost ?? 0)
            outcomes[influencer.key] = InfluencerOutcome(conversions: conversions, revenue: revenue, spend: spend)
        }

        let influencerRows = campaign.influencers.map { influencer in
            CampaignKPIs.InfluencerRow(
                influencer: influencer,
                kpis: values(posts: byInfluencer[influencer.key] ?? PostTotals(), outcomes: [outcomes[influencer.key]].compactMap { $0 }, spend: nil)
            )
        }

        var platforms = Set(byPlatform.keys)
        for influencer in campaign.influencers { platforms.insert(influencer.platform) }
        let platformRows = platforms.sorted().map { platform in
            let members = campaign.influencers.filter { $0.platform == platform }.compactMap { outcomes[$0.key] }
            return CampaignKPIs.PlatformRow(platform: platform, kpis: values(posts: byPlatform[platform] ?? PostTotals(), outcomes: members, spend: nil))
        }

        let formatRows = byFormat.keys.sorted().map { format in
            CampaignKPIs.FormatRow(format: format, kpis: values(posts: byFormat[format] ?? PostTotals(), outcomes: nil, spend: nil))
        }

        let allOutcomes = campaign.influencers.compactMap { outcomes[$0.key] }
        let campaignValues = values(posts: campaignTotals, outcomes: allOutcomes, spend: campaign.budget)
        return CampaignKPIs(
            campaign: campaignValues, influencers: influencerRows, platforms: platformRows,
            formats: formatRows, unattributedOrders: attribution?.unattributed.count
        )
    }

    /// The post-based KPIs of a single post (a group of one: kpis.md §1).
    public static func values(post: Post, followers: Int) -> KPIValues {
        var totals = PostTotals()
        totals.add(post, followers: followers)
        return values(posts: totals, outcomes: nil, spend: nil)
    }

    /// The KPIs of one group. `outcomes` nil means a group with no influencers (format, variant):
    /// its order-, spend- and lead-based figures are n/a. `spend` overrides Σ influencer spend (budget).
    static func values(posts t: PostTotals, outcomes: [InfluencerOutcome]?, spend budget: Double?) -> KPIValues {
        var k = KPIValues()
        func sum(_ m: PostMetric) -> Double? { t.sum(m).map(Double.init) }

        k[slot: Slot.posts] = Double(t.posts)
        k[slot: Slot.reach] = sum(.reach)
        k[slot: Slot.impressions] = sum(.impressions)
        k[slot: Slot.views] = sum(.views)
        k[slot: Slot.long_views] = sum(.longViews)
        k[slot: Slot.frequency] = t.frequency.rate(scale: 1)
        k[slot: Slot.long_view_rate] = t.longViewRate.rate()
        k[slot: Slot.reach_rate] = t.reachRate.rate()

        let engagements = t.engagements.map(Double.init)
        k[slot: Slot.engagements] = engagements
        k[slot: Slot.engagement_rate] = t.engagementRate.rate()
        k[slot: Slot.engagement_rate_followers] = t.engagementRateFollowers.rate()
        k[slot: Slot.share_save_rate] = t.shareSaveRate.rate()
        k[slot: Slot.comments_per_post] = t.commentsPerPost.rate(scale: 1)
        k[slot: Slot.story_reply_rate] = t.storyReplyRate.rate()
        k[slot: Slot.sticker_tap_rate] = t.stickerTapRate.rate()

        let linkClicks = sum(.linkClicks)
        k[slot: Slot.link_clicks] = linkClicks
        k[slot: Slot.ctr] = t.ctr.rate()
        k[slot: Slot.story_ctr] = t.storyCTR.rate()
        let clicks = linkClicks
        k[slot: Slot.clicks] = clicks

        guard let outcomes else { return k }
        // A group without influencers has no sales and no spend; without an orders file
        // (conversions nil) sales are n/a, never 0 (kpis.md §1).
        let hasOrders = !outcomes.isEmpty && outcomes.allSatisfy { $0.conversions != nil }
        let conversions: Double? = hasOrders ? Double(outcomes.reduce(0) { $0 + ($1.conversions ?? 0) }) : nil
        let revenue: Double? = hasOrders ? outcomes.reduce(0) { $0 + ($1.revenue ?? 0) } : nil
        let spend: Double? = budget ?? (outcomes.isEmpty ? nil : outcomes.reduce(0) { $0 + $1.spend })
        k[slot: Slot.conversions] = conversions
        k[slot: Slot.revenue] = revenue
        k[slot: Slot.conversion_rate] = ratio(conversions, clicks, scale: 100)
        k[slot: Slot.aov] = ratio(revenue, conversions)
        k[slot: Slot.spend] = spend
        k[slot: Slot.cpa] = ratio(spend, conversions)
        k[slot: Slot.cpm] = ratio(spend, sum(.impressions), scale: 1000)
        k[slot: Slot.cpe] = ratio(spend, engagements)
        k[slot: Slot.cpc] = ratio(spend, clicks)
        k[slot: Slot.cpv] = ratio(spend, sum(.views))
        k[slot: Slot.roi] = ratio(revenue, spend)
        k[slot: Slot.profit] = revenue.flatMap { r in spend.map { r - $0 } }
        return k
    }
}

/// Slots of the keys the calculator sets, resolved once rather than hashed for every group.
enum Slot {
    static let posts = KPICatalog.slot("posts") ?? 0
    static let reach = KPICatalog.slot("reach") ?? 0
    static let impressions = KPICatalog.slot("impressions") ?? 0
    static let views = KPICatalog.slot("views") ?? 0
    static let long_views = KPICatalog.slot("long_views") ?? 0
    static let frequency = KPICatalog.slot("frequency") ?? 0
    static let long_view_rate = KPICatalog.slot("long_view_rate") ?? 0
    static let reach_rate = KPICatalog.slot("reach_rate") ?? 0
    static let engagements = KPICatalog.slot("engagements") ?? 0
    static let engagement_rate = KPICatalog.slot("engagement_rate") ?? 0
    static let engagement_rate_followers = KPICatalog.slot("engagement_rate_followers") ?? 0
    static let share_save_rate = KPICatalog.slot("share_save_rate") ?? 0
    static let comments_per_post = KPICatalog.slot("comments_per_post") ?? 0
    static let story_reply_rate = KPICatalog.slot("story_reply_rate") ?? 0
    static let sticker_tap_rate = KPICatalog.slot("sticker_tap_rate") ?? 0
    static let link_clicks = KPICatalog.slot("link_clicks") ?? 0
    static let ctr = KPICatalog.slot("ctr") ?? 0
    static let story_ctr = KPICatalog.slot("story_ctr") ?? 0
    static let clicks = KPICatalog.slot("clicks") ?? 0
    static let conversions = KPICatalog.slot("conversions") ?? 0
    static let revenue = KPICatalog.slot("revenue") ?? 0
    static let conversion_rate = KPICatalog.slot("conversion_rate") ?? 0
    static let aov = KPICatalog.slot("aov") ?? 0
    static let spend = KPICatalog.slot("spend") ?? 0
    static let cpa = KPICatalog.slot("cpa") ?? 0
    static let cpm = KPICatalog.slot("cpm") ?? 0
    static let cpe = KPICatalog.slot("cpe") ?? 0
    static let cpc = KPICatalog.slot("cpc") ?? 0
    static let cpv = KPICatalog.slot("cpv") ?? 0
    static let roi = KPICatalog.slot("roi") ?? 0
    static let profit = KPICatalog.slot("profit") ?? 0
}
