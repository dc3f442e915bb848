/// Computes every KPI of kpis.md §2–§6, §9 and §10 for a campaign and its groups.
/// Pure: the same campaign and settings give the same numbers.
public enum KPICalculator {
    /// `fraud` decides which influencers are flagged `follower_spike`, whose new followers
    /// new_followers_flagged counts (kpis.md §2).
    public static func compute(_ campaign: Campaign, emv: EMVTable = EMVTable(), fraud: FraudThresholds = FraudThresholds(), asOf: Day? = nil) -> CampaignKPIs {
        let followersByKey = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })

        // What each post's comments say, read once.
        var commentsByPost: [String: CommentTally] = [:]
        // Short comments repeat ("Top 🔥", comment pods): each distinct text is read once.
        var readings: [String: CommentLexicon.Reading] = [:]
        if let comments = campaign.comments {
            for c in comments {
                let reading: CommentLexicon.Reading
                if let known = readings[c.text] {
                    reading = known
                } else {
                    reading = CommentLexicon.read(c.text)
                    readings[c.text] = reading
                }
                commentsByPost[c.postID, default: CommentTally()].add(reading)
            }
        }
        let requiredMentions = campaign.requiredMentions.map(CampaignFigures.foldedBytes)
        var emvRates: [Platform: EMVRates] = [:]

        var campaignTotals = PostTotals()
        // Groups as slots found once per run of posts (a file lists a creator's posts together;
        // a campaign has a handful of platforms and formats), not a String hash per post and group.
        var influencerSlots = GroupSlots<String>(), platformSlots = GroupSlots<Platform>(), formatSlots = GroupSlots<String>()
        // Captioned posts holding each required mention, for mention_compliance_by_mention.
        var mentionCounts = [Int](repeating: 0, count: requiredMentions.count)
        var captioned = 0
        // Influencers with a post that does not report link_clicks (code_leak needs them all).
        var partialClicks: Set<String> = []
        var lastInfluencer: (key: String, followers: Int)?
        var lastPlatform: (platform: Platform, rates: EMVRates)?
        for post in campaign.posts {
            if post[.linkClicks] == nil { partialClicks.insert(post.influencerKey) }
            let followers: Int
            if let last = lastInfluencer, last.key == post.influencerKey {
                followers = last.followers
            } else {
                followers = followersByKey[post.influencerKey] ?? 0
                lastInfluencer = (post.influencerKey, followers)
            }
            let rates: EMVRates
            if let last = lastPlatform, last.platform == post.platform {
                rates = last.rates
            } else {
                rates = emvRates[post.platform] ?? emv.rates(post.platform)
                emvRates[post.platform] = rates
                lastPlatform = (post.platform, rates)
            }
            let held = requiredMentions.isEmpty ? nil : CampaignFigures.mentionsHeld(post.caption, required: requiredMentions)
            if let held {
                captioned += 1
                for (i, h) in held.enumerated() where h { mentionCounts[i] += 1 }
            }
            let extras = PostTotals.Extras(
                emvRates: rates,
                compliant: held.map { $0.allSatisfy { $0 } },
                comments: commentsByPost.isEmpty ? CommentTally() : commentsByPost[post.id] ?? CommentTally()
            )
            campaignTotals.add(post, followers: followers, extras: extras)
            influencerSlots.add(post.influencerKey, post, followers: followers, extras: extras)
            platformSlots.add(post.platform, post, followers: followers, extras: extras)
            formatSlots.add(post.format, post, followers: followers, extras: extras)
        }
        let byInfluencer = influencerSlots.dictionary, byPlatform = platformSlots.dictionary, byFormat = formatSlots.dictionary

        let orderAttribution = campaign.orders.map { Attribution($0, campaign: campaign) }
        let outcomes = influencerOutcomes(campaign, orders: orderAttribution, postTotals: byInfluencer, fraud: fraud)
        let leadTypes = campaign.leads.map { Set($0.map(\.type)).sorted() }
        let hasComments = campaign.comments != nil
        func values(_ t: PostTotals, _ o: [InfluencerOutcome]?, budget: Double? = nil) -> KPIValues {
            GroupKPIs.values(posts: t, outcomes: o, budget: budget, grossMargin: campaign.grossMargin, leadTypes: leadTypes, hasComments: hasComments)
        }

        // Early against settled measurements (kpis.md §10), per influencer and for the campaign.
        var earlySums: [String: EarlySettled.Sums] = [:]
        if !campaign.measurements.isEmpty {
            for post in campaign.posts {
                guard let rows = campaign.measurements[post.id] else { continue }
                earlySums[post.influencerKey, default: EarlySettled.Sums()].add(EarlySettled.pair(rows, publishedAt: post.publishedAt))
            }
        }
        let influencerRows = campaign.influencers.map { influencer in
            var kpis = values(byInfluencer[influencer.key] ?? PostTotals(), [outcomes[influencer.key]].compactMap { $0 })
            EarlySettled.fill(&kpis, earlySums[influencer.key] ?? EarlySettled.Sums())
            return CampaignKPIs.InfluencerRow(
                influencer: influencer,
                kpis: kpis,
                codeConversions: outcomes[influencer.key]?.codeConversions,
                clicksOnEveryPost: byInfluencer[influencer.key] != nil && !partialClicks.contains(influencer.key),
                followerWeight: byInfluencer[influencer.key]?.engagementRateFollowers.denominator ?? 0
            )
        }
        var platforms = Set(byPlatform.keys)
        for influencer in campaign.influencers { platforms.insert(influencer.platform) }
        let platformRows = platforms.sorted().map { platform in
            let members = campaign.influencers.filter { $0.platform == platform }.compactMap { outcomes[$0.key] }
            return CampaignKPIs.PlatformRow(platform: platform, kpis: values(byPlatform[platform] ?? PostTotals(), members))
        }
        let formatRows = byFormat.keys.sorted().map { format in
            CampaignKPIs.FormatRow(format: format, kpis: values(byFormat[format] ?? PostTotals(), nil))
        }

        var campaignValues = values(campaignTotals, campaign.influencers.compactMap { outcomes[$0.key] }, budget: campaign.budget)
        let hashtags = CampaignFigures.fill(&campaignValues, campaign: campaign, totals: campaignTotals)
        campaignValues[.costPerReusableContent] = ratio(campaignValues[.spend], campaignValues[.reusableContents])
        campaignValues[.postsPerMonth] = ObjectiveSummary.postsPerMonth(campaign)
        EarlySettled.fill(&campaignValues, EarlySettled.sums(campaign.posts, measurements: campaign.measurements))
        // The part of spend tied to no creator (kpis.md §4): what the budget holds beyond the
        // creators' costs; n/a when one creator's costs are unknown.
        let creatorSpends = campaign.influencers.map { outcomes[$0.key]?.spend }
        if let spend = campaignValues[.spend], !creatorSpends.contains(where: { $0 == nil }) {
            campaignValues[.spendUnassigned] = max(0, spend - creatorSpends.reduce(0) { $0 + ($1 ?? 0) })
        }
        // Revenue the campaign added to the shop's normal level per unit spent (kpis.md §5).
        campaignValues[.incrementalRoas] = ratio(campaignValues[.incrementalRevenue], campaignValues[.spend])
        // Orders of the attribution period only: an order of last year is not the campaign's (kpis.md §4).
        let attributionRange = campaign.attributionRange
        let unattributed = orderAttribution.map { $0.unattributed.filter { attributionRange.contains($0.date) }.count }
        let abTest = campaign.abTest.map { ABTestResult.compute(setting: $0, posts: campaign.posts) }
        let calendar = Maturity.calendar(campaign: campaign, leadTypes: leadTypes ?? [])
        let provisional = asOf.map { Maturity.provisional(calendar, asOf: $0) } ?? []
        var result = CampaignKPIs(
            campaign: campaignValues, influencers: influencerRows, platforms: platformRows, formats: formatRows,
            unattributedOrders: unattributed, topHashtags: hashtags, abTest: abTest, timing: Timing(posts: campaign.posts),
            leadTypes: leadTypes, provisional: provisional, calendar: calendar, orderAttribution: orderAttribution
        )
        result.tiers = TierGroups.rows(campaign.influencers, postTotals: byInfluencer, outcomes: outcomes) { values($0, $1) }
        // What people said (kpis.md §3), with the sentiment already read for each text.
        result.said = campaign.comments.map { comments in
            CommentsSaid(comments) { text in (readings[text] ?? CommentLexicon.read(text)).polarity }
        }
        if !campaign.requiredMentions.isEmpty {
            result.mentionComplianceByMention = zip(campaign.requiredMentions, mentionCounts).map { mention, count in
                (mention, ratio(Double(count), Double(captioned), scale: 100))
            }
        }
        return result.withObjective(ObjectiveSummary.compute(campaign: campaign, kpis: result))
    }

    /// Attributed orders and leads, UTM sessions, follower growth, spend and ratings per influencer.
    static func influencerOutcomes(_ campaign: Campaign, orders: Attribution<Order>?, postTotals: [String: PostTotals],
                                   fraud: FraudThresholds = FraudThresholds()) -> [String: InfluencerOutcome] {
        let leads = campaign.leads.map { Attribution($0, campaign: campaign) }
        var sessionsByKey: [String: Int]?
        if let sessions = campaign.sessions {
            let matcher = AttributionMatcher(campaign: campaign)
            let range = campaign.attributionRange
            var tally: [String: Int] = [:]
            for s in sessions where range.contains(s.day) {
                if let key = matcher.matchUTM(content: s.content, campaign: s.campaign) { tally[key, default: 0] += s.sessions }
            }
            sessionsByKey = tally
        }
        var followerRows: [String: [FollowerCount]] = [:]
        for f in campaign.followers ?? [] { followerRows[f.influencerKey, default: []].append(f) }

        var outcomes: [String: InfluencerOutcome] = [:]
        for influencer in campaign.influencers {
            let key = influencer.key
            let attributedOrders = orders.map { $0.byInfluencer[key] ?? [] }
            let revenue = attributedOrders.map { $0.reduce(0) { $0 + $1.revenue } }
            let attributedLeads = leads.map { $0.byInfluencer[key] ?? [] }
            var byType: [String: Int] = [:]
            for lead in attributedLeads ?? [] { byType[lead.type, default: 0] += 1 }
            // Without an orders file there is no attributed revenue to pay commission on; without
            // any cost field nor post cost the spend is unknown (kpis.md §4).
            let spend = influencer.spend(revenue: revenue, postCosts: postTotals[key]?.cost)
            let spiked = campaign.followers != nil
                && (FraudRules.followerSpike(followerRows[key] ?? [], thresholds: fraud).evidence?.isFlagged ?? false)
            outcomes[key] = InfluencerOutcome(
                followers: influencer.followers,
                conversions: attributedOrders?.count,
                codeConversions: attributedOrders.map { orders in
                    let codes = Set(influencer.promoCodes.map { $0.lowercased() })
                    return orders.filter { $0.promoCode.map { codes.contains($0.lowercased()) } ?? false }.count
                },
                revenue: revenue,
                leads: attributedLeads?.count,
                leadsByType: byType,
                sessionClicks: influencer.utmContent == nil ? nil : sessionsByKey.map { $0[key] ?? 0 },
                newFollowers: campaign.followers == nil ? nil : InfluencerOutcome.newFollowers(followerRows[key] ?? [], window: campaign.window),
                spend: spend,
                spikeFlagged: spiked,
                rating: InfluencerOutcome.rating(influencer.ratings)
            )
        }
        return outcomes
    }

    /// The post-based KPIs of any group of posts (a day, a month, a weekday × hour cell).
    public static func values(of totals: PostTotals) -> KPIValues {
        GroupKPIs.values(posts: totals, outcomes: nil, budget: nil, grossMargin: nil, leadTypes: nil, hasComments: false)
    }

    /// The post-based KPIs of a single post (a group of one: kpis.md §1), its EMV at the rates in
    /// force for its platform (report.yaml `emv:` included — no default table here, or a post's
    /// EMV would disagree with its influencer's).
    public static func values(post: Post, followers: Int, emv: EMVTable) -> KPIValues {
        var totals = PostTotals()
        totals.add(post, followers: followers, extras: PostTotals.Extras(emvRates: emv.rates(post.platform)))
        return GroupKPIs.values(posts: totals, outcomes: nil, budget: nil, grossMargin: nil, leadTypes: nil, hasComments: false)
    }
}
