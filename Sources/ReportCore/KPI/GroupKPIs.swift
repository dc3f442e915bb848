/// The KPIs of one group from its post totals and its influencers' outcomes (kpis.md §1–§4, §6).
enum GroupKPIs {
    /// `outcomes` nil is a group with no influencers (format, variant): its order-, lead-,
    /// session-, spend- and follower-based figures are n/a. With a `budget` (campaign level),
    /// spend is the larger of the budget and Σ creator spend (kpis.md §4); `grossMargin` gives
    /// net_profit and net_roi.
    /// `leadTypes` are the campaign's lead types, nil without leads.csv.
    static func values(posts t: PostTotals, outcomes: [InfluencerOutcome]?, budget: Double?, grossMargin: Double?, leadTypes: [String]?,
                       hasComments: Bool) -> KPIValues {
        var k = KPIValues()
        func sum(_ m: PostMetric) -> Double? { t.sum(m).map(Double.init) }

        k[.posts] = Double(t.posts)
        k[.reach] = sum(.reach)
        k[.impressions] = sum(.impressions)
        k[.views] = sum(.views)
        k[.longViews] = sum(.longViews)
        k[.frequency] = t.frequency.rate(scale: 1)
        k[.longViewRate] = t.longViewRate.rate()
        k[.reachRate] = t.reachRate.rate()

        let engagements = t.engagements.map(Double.init)
        k[.engagements] = engagements
        k[.engagementRate] = t.engagementRate.rate()
        k[.engagementRateFollowers] = t.engagementRateFollowers.rate()
        k[.shareSaveRate] = t.shareSaveRate.rate()
        k[.commentsPerPost] = t.commentsPerPost.rate(scale: 1)
        k[.storyReplyRate] = t.storyReplyRate.rate()
        k[.stickerTapRate] = t.stickerTapRate.rate()
        if hasComments {
            let c = t.comments
            k[.commentQuality] = ratio(Double(c.quality), Double(c.total), scale: 100)
            k[.purchaseIntentComments] = Double(c.purchaseIntent)
            let positive = ratio(Double(c.positive), Double(c.total), scale: 100)
            let negative = ratio(Double(c.negative), Double(c.total), scale: 100)
            k[.positiveShare] = positive
            k[.negativeShare] = negative
            k[.netSentiment] = positive.flatMap { p in negative.map { p - $0 } }
            // The sample behind the figures above, against the comments the posts received.
            k[.commentsAnalysed] = Double(c.total)
            k[.commentsCoverage] = ratio(Double(c.total), sum(.comments), scale: 100)
        }

        let linkClicks = sum(.linkClicks)
        k[.linkClicks] = linkClicks
        k[.ctr] = t.ctr.rate()
        k[.storyCtr] = t.storyCTR.rate()
        k[.emv] = t.emv

        guard let outcomes else {
            k[.clicks] = linkClicks
            return k
        }
        // clicks: link clicks when any post reports them, else UTM sessions of the group's
        // influencers that have a utm_content (kpis.md §4).
        let sessionInfluencers = outcomes.compactMap(\.sessionClicks)
        let clicks = linkClicks ?? (sessionInfluencers.isEmpty ? nil : Double(sessionInfluencers.reduce(0, +)))
        k[.clicks] = clicks

        // Over the influencers that have new_followers: all of it, and the part at creators
        // flagged follower_spike (kpis.md §2).
        var gained = 0, flagged = 0, growthFollowers = 0, withGrowth = 0
        for o in outcomes {
            guard let n = o.newFollowers else { continue }
            withGrowth += 1
            gained += n
            growthFollowers += o.followers
            if o.spikeFlagged { flagged += n }
        }
        if withGrowth > 0 {
            k[.newFollowers] = Double(gained)
            k[.followerGrowth] = ratio(Double(gained), Double(growthFollowers), scale: 100)
            k[.newFollowersFlagged] = Double(flagged)
        }

        // A group without influencers has no sales and no spend; without an orders file
        // (conversions nil) sales are n/a, never 0 (kpis.md §1).
        let hasOrders = !outcomes.isEmpty && outcomes.allSatisfy { $0.conversions != nil }
        let conversions: Double? = hasOrders ? Double(outcomes.reduce(0) { $0 + ($1.conversions ?? 0) }) : nil
        let revenue: Double? = hasOrders ? outcomes.reduce(0) { $0 + ($1.revenue ?? 0) } : nil
        // Σ influencer spend: unknown when one influencer's costs are (kpis.md §4).
        let creatorSpend: Double? = outcomes.isEmpty || outcomes.contains { $0.spend == nil }
            ? nil : outcomes.reduce(0) { $0 + ($1.spend ?? 0) }
        // The budget also covers costs tied to no creator; creator costs above it are real
        // money: with a budget, spend is the larger of it and the creator costs that are known.
        let knownCreatorSpend = outcomes.reduce(0) { $0 + ($1.spend ?? 0) }
        let spend: Double? = budget.map { max($0, knownCreatorSpend) } ?? creatorSpend
        let hasLeads = !outcomes.isEmpty && outcomes.allSatisfy { $0.leads != nil }
        let leads: Double? = hasLeads ? Double(outcomes.reduce(0) { $0 + ($1.leads ?? 0) }) : nil
        if hasLeads, let leadTypes {
            var byType: [String: Double] = [:]
            for type in leadTypes { byType[type] = Double(outcomes.reduce(0) { $0 + ($1.leadsByType[type] ?? 0) }) }
            k.leadsByType = byType
        }
        k[.conversions] = conversions
        k[.revenue] = revenue
        k[.conversionRate] = ratio(conversions, clicks, scale: 100)
        k[.aov] = ratio(revenue, conversions)
        k[.leads] = leads
        k[.spend] = spend
        if let budget { k[.budgetUsed] = ratio(creatorSpend, budget, scale: 100) }
        k[.cpa] = ratio(spend, conversions)
        k[.cpm] = ratio(spend, sum(.impressions), scale: 1000)
        k[.cpe] = ratio(spend, engagements)
        k[.cpc] = ratio(spend, clicks)
        k[.cpv] = ratio(spend, sum(.views))
        k[.cpl] = ratio(spend, leads)
        k[.roi] = ratio(revenue, spend)
        k[.profit] = revenue.flatMap { r in spend.map { r - $0 } }
        if let grossMargin, let revenue, let spend {
            let net = revenue * grossMargin - spend
            k[.netProfit] = net
            k[.netROI] = ratio(net, spend)
        }
        let ratings = outcomes.compactMap(\.rating)
        k[.avgRating] = ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count)
        return k
    }
}
