/// The KPIs of one group from its post totals and its influencers' outcomes (kpis.md §1–§4, §6).
enum GroupKPIs {
    /// `outcomes` nil is a group with no influencers (format, variant): its order-, lead-,
    /// session-, spend- and follower-based figures are n/a. `budget` overrides Σ spend.
    /// `leadTypes` are the campaign's lead types, nil without leads.csv.
    static func values(posts t: PostTotals, outcomes: [InfluencerOutcome]?, budget: Double?, leadTypes: [String]?, hasComments: Bool) -> KPIValues {
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
        if hasComments {
            let c = t.comments
            k[slot: Slot.comment_quality] = ratio(Double(c.quality), Double(c.total), scale: 100)
            k[slot: Slot.purchase_intent_comments] = Double(c.purchaseIntent)
            let positive = ratio(Double(c.positive), Double(c.total), scale: 100)
            let negative = ratio(Double(c.negative), Double(c.total), scale: 100)
            k[slot: Slot.positive_share] = positive
            k[slot: Slot.negative_share] = negative
            k[slot: Slot.net_sentiment] = positive.flatMap { p in negative.map { p - $0 } }
        }

        let linkClicks = sum(.linkClicks)
        k[slot: Slot.link_clicks] = linkClicks
        k[slot: Slot.ctr] = t.ctr.rate()
        k[slot: Slot.story_ctr] = t.storyCTR.rate()
        k[slot: Slot.emv] = t.emv

        guard let outcomes else {
            k[slot: Slot.clicks] = linkClicks
            return k
        }
        // clicks: link clicks when any post reports them, else UTM sessions of the group's
        // influencers that have a utm_content (kpis.md §4).
        let sessionInfluencers = outcomes.compactMap(\.sessionClicks)
        let clicks = linkClicks ?? (sessionInfluencers.isEmpty ? nil : Double(sessionInfluencers.reduce(0, +)))
        k[slot: Slot.clicks] = clicks

        let withGrowth = outcomes.filter { $0.newFollowers != nil }
        if !withGrowth.isEmpty {
            let gained = Double(withGrowth.reduce(0) { $0 + ($1.newFollowers ?? 0) })
            k[slot: Slot.new_followers] = gained
            k[slot: Slot.follower_growth] = ratio(gained, Double(withGrowth.reduce(0) { $0 + $1.followers }), scale: 100)
        }

        // A group without influencers has no sales and no spend; without an orders file
        // (conversions nil) sales are n/a, never 0 (kpis.md §1).
        let hasOrders = !outcomes.isEmpty && outcomes.allSatisfy { $0.conversions != nil }
        let conversions: Double? = hasOrders ? Double(outcomes.reduce(0) { $0 + ($1.conversions ?? 0) }) : nil
        let revenue: Double? = hasOrders ? outcomes.reduce(0) { $0 + ($1.revenue ?? 0) } : nil
        let spend: Double? = budget ?? (outcomes.isEmpty ? nil : outcomes.reduce(0) { $0 + $1.spend })
        let hasLeads = !outcomes.isEmpty && outcomes.allSatisfy { $0.leads != nil }
        let leads: Double? = hasLeads ? Double(outcomes.reduce(0) { $0 + ($1.leads ?? 0) }) : nil
        if hasLeads, let leadTypes {
            var byType: [String: Double] = [:]
            for type in leadTypes { byType[type] = Double(outcomes.reduce(0) { $0 + ($1.leadsByType[type] ?? 0) }) }
            k.leadsByType = byType
        }
        k[slot: Slot.conversions] = conversions
        k[slot: Slot.revenue] = revenue
        k[slot: Slot.conversion_rate] = ratio(conversions, clicks, scale: 100)
        k[slot: Slot.aov] = ratio(revenue, conversions)
        k[slot: Slot.leads] = leads
        k[slot: Slot.spend] = spend
        k[slot: Slot.cpa] = ratio(spend, conversions)
        k[slot: Slot.cpm] = ratio(spend, sum(.impressions), scale: 1000)
        k[slot: Slot.cpe] = ratio(spend, engagements)
        k[slot: Slot.cpc] = ratio(spend, clicks)
        k[slot: Slot.cpv] = ratio(spend, sum(.views))
        k[slot: Slot.cpl] = ratio(spend, leads)
        k[slot: Slot.roi] = ratio(revenue, spend)
        k[slot: Slot.profit] = revenue.flatMap { r in spend.map { r - $0 } }
        let ratings = outcomes.compactMap(\.rating)
        k[slot: Slot.avg_rating] = ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count)
        return k
    }
}

/// Slots of the keys set here, resolved once rather than hashed for every group.
enum Slot {
    static let posts = KPICatalog.slot("posts") ?? 0
    static let reach = KPICatalog.slot("reach") ?? 0
    static let impressions = KPICatalog.slot("impressions") ?? 0
    static let views = KPICatalog.slot("views") ?? 0
    static let long_views = KPICatalog.slot("long_views") ?? 0
    static let frequency = KPICatalog.slot("frequency") ?? 0
    static let long_view_rate = KPICatalog.slot("long_view_rate") ?? 0
    static let reach_rate = KPICatalog.slot("reach_rate") ?? 0
    static let new_followers = KPICatalog.slot("new_followers") ?? 0
    static let follower_growth = KPICatalog.slot("follower_growth") ?? 0
    static let engagements = KPICatalog.slot("engagements") ?? 0
    static let engagement_rate = KPICatalog.slot("engagement_rate") ?? 0
    static let engagement_rate_followers = KPICatalog.slot("engagement_rate_followers") ?? 0
    static let share_save_rate = KPICatalog.slot("share_save_rate") ?? 0
    static let comments_per_post = KPICatalog.slot("comments_per_post") ?? 0
    static let story_reply_rate = KPICatalog.slot("story_reply_rate") ?? 0
    static let sticker_tap_rate = KPICatalog.slot("sticker_tap_rate") ?? 0
    static let comment_quality = KPICatalog.slot("comment_quality") ?? 0
    static let purchase_intent_comments = KPICatalog.slot("purchase_intent_comments") ?? 0
    static let positive_share = KPICatalog.slot("positive_share") ?? 0
    static let negative_share = KPICatalog.slot("negative_share") ?? 0
    static let net_sentiment = KPICatalog.slot("net_sentiment") ?? 0
    static let link_clicks = KPICatalog.slot("link_clicks") ?? 0
    static let ctr = KPICatalog.slot("ctr") ?? 0
    static let story_ctr = KPICatalog.slot("story_ctr") ?? 0
    static let clicks = KPICatalog.slot("clicks") ?? 0
    static let conversions = KPICatalog.slot("conversions") ?? 0
    static let revenue = KPICatalog.slot("revenue") ?? 0
    static let conversion_rate = KPICatalog.slot("conversion_rate") ?? 0
    static let aov = KPICatalog.slot("aov") ?? 0
    static let leads = KPICatalog.slot("leads") ?? 0
    static let spend = KPICatalog.slot("spend") ?? 0
    static let cpa = KPICatalog.slot("cpa") ?? 0
    static let cpm = KPICatalog.slot("cpm") ?? 0
    static let cpe = KPICatalog.slot("cpe") ?? 0
    static let cpc = KPICatalog.slot("cpc") ?? 0
    static let cpv = KPICatalog.slot("cpv") ?? 0
    static let cpl = KPICatalog.slot("cpl") ?? 0
    static let roi = KPICatalog.slot("roi") ?? 0
    static let profit = KPICatalog.slot("profit") ?? 0
    static let avg_rating = KPICatalog.slot("avg_rating") ?? 0
    static let emv = KPICatalog.slot("emv") ?? 0
}
