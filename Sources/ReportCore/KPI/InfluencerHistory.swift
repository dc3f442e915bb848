/// The long-term view of one influencer across the project's campaigns and by calendar
/// month (the data of the evolving identity card): posts, engagement rate, reach, spend,
/// conversions, revenue and ROI.
public struct InfluencerHistory: Codable, Sendable {
    /// Sums that add across campaigns and months.
    public struct Tally: Codable, Sendable {
        public var posts = PostTotals()
        /// nil once a campaign of the tally has unknown costs (kpis.md §4): a sum with an
        /// unknown part is unknown.
        public var spend: Double? = 0
        /// nil while no campaign of the tally has an orders file.
        public var conversions: Int?
        public var revenue: Double?

        public init() {}

        mutating func merge(_ other: Tally) {
            posts.merge(other.posts)
            spend = spend.flatMap { a in other.spend.map { a + $0 } }
            if let c = other.conversions { conversions = (conversions ?? 0) + c }
            if let r = other.revenue { revenue = (revenue ?? 0) + r }
        }

        /// The tally as KPIs: posts, reach, engagement rate, conversions, revenue, spend, CPA, ROI.
        /// Without spend (a month after a campaign's end, when its orders still come in) there
        /// is no CPA nor ROI: n/a, never 0 (site.md, the creator card).
        public var kpis: KPIValues {
            var k = KPIValues()
            k[.posts] = Double(posts.posts)
            k[.reach] = posts.sum(.reach).map(Double.init)
            k[.engagementRate] = posts.engagementRate.rate()
            k[.conversions] = conversions.map(Double.init)
            k[.revenue] = revenue
            k[.spend] = spend
            let paid = spend.flatMap { $0 > 0 ? $0 : nil }
            k[.cpa] = ratio(paid, conversions.map(Double.init))
            k[.roi] = ratio(revenue, paid)
            return k
        }

        /// posts, engagement_rate, reach, spend, conversions, revenue, roi.
        public var figures: [(key: String, value: Double?)] {
            [
                ("posts", Double(posts.posts)),
                ("engagement_rate", posts.engagementRate.rate()),
                ("reach", posts.sum(.reach).map(Double.init)),
                ("spend", spend),
                ("conversions", conversions.map(Double.init)),
                ("revenue", revenue),
                ("roi", ratio(revenue, spend)),
            ]
        }
    }

    public struct CampaignEntry: Codable, Sendable {
        public let id: String
        public let name: String
        public let window: DayRange
        public let currency: String
        public let tally: Tally
        /// The creator's row of that campaign, as its report shows it.
        public let kpis: KPIValues
        public let platform: Platform
        /// Followers at the campaign's start (campaign.yaml), and the tier they give.
        public let followers: Int
        public let tier: Tier
        public let flags: [FraudFlag]
        public let audienceQuality: Int
    }

    /// Lower-cased handle.
    public let key: String
    public private(set) var handle: String
    public private(set) var name: String?
    public private(set) var platforms: Set<Platform> = []
    public private(set) var campaigns: [CampaignEntry] = []
    /// `YYYY-MM` → tally, per currency (amounts of different currencies never add up).
    public private(set) var months: [String: [String: Tally]] = [:]

    public init(key: String, handle: String) {
        self.key = key
        self.handle = handle
    }

    /// One campaign's share of every influencer's history. Spend is spread over the months
    /// of the campaign window in proportion to its days; conversions and revenue go to the
    /// month of the order; posts to the month they were published.
    /// `orders` is the campaign's attribution, computed once by `KPICalculator`.
    public static func contributions(_ campaign: Campaign, kpis: CampaignKPIs, judgement: CampaignJudgement) -> [InfluencerHistory] {
        let orders = kpis.orderAttribution
        var postsByKey: [String: [Post]] = [:]
        for p in campaign.posts { postsByKey[p.influencerKey, default: []].append(p) }
        let days = (0..<campaign.window.dayCount).map { campaign.window.start.adding(days: $0) }
        var monthShare: [String: Double] = [:]
        for d in days { monthShare[MonthKey.of(d), default: 0] += 1 / Double(days.count) }
        let attribution = campaign.attributionRange
        let attributionMonths = CreatorMonths.span(from: MonthKey.of(attribution.start), to: MonthKey.of(attribution.end))

        return zip(zip(campaign.influencers, kpis.influencers), judgement.influencers).map { pair, judged in
            let (influencer, row) = pair
            var history = InfluencerHistory(key: influencer.key, handle: influencer.handle)
            history.name = influencer.name
            history.platforms = [influencer.platform]
            var total = Tally()
            var byMonth: [String: Tally] = [:]
            let posts = postsByKey[influencer.key] ?? []
            var monthKeys = MonthKeyCache()
            for p in posts {
                total.posts.add(p, followers: influencer.followers)
                byMonth[monthKeys.of(p.publishedAt.day), default: Tally()].posts.add(p, followers: influencer.followers)
            }
            let attributed = orders.map { $0.byInfluencer[influencer.key] ?? [] }
            if let attributed {
                total.conversions = attributed.count
                total.revenue = attributed.reduce(0) { $0 + $1.revenue }
                // Every month the orders were read for (the window and the attribution period
                // after it) has a count, 0 included; a month outside it has none.
                for month in attributionMonths {
                    byMonth[month, default: Tally()].conversions = 0
                    byMonth[month, default: Tally()].revenue = 0
                }
                for o in attributed {
                    let m = monthKeys.of(o.date)
                    byMonth[m, default: Tally()].conversions = (byMonth[m]?.conversions ?? 0) + 1
                    byMonth[m, default: Tally()].revenue = (byMonth[m]?.revenue ?? 0) + o.revenue
                }
            }
            let postCosts = posts.compactMap(\.cost)
            total.spend = influencer.spend(revenue: total.revenue, postCosts: postCosts.isEmpty ? nil : postCosts.reduce(0, +))
            for (month, share) in monthShare {
                let part = total.spend.map { $0 * share }
                var tally = byMonth[month] ?? Tally()
                tally.spend = tally.spend.flatMap { a in part.map { a + $0 } }
                byMonth[month] = tally
            }
            history.campaigns = [CampaignEntry(
                id: campaign.id, name: campaign.name, window: campaign.window, currency: campaign.currency, tally: total,
                kpis: row.kpis, platform: influencer.platform, followers: influencer.followers, tier: influencer.tier,
                flags: judged.fraud.flags, audienceQuality: judged.fraud.audienceQuality
            )]
            history.months = byMonth.mapValues { [campaign.currency: $0] }
            return history
        }
    }

    /// Adds another campaign's contribution for the same influencer.
    public mutating func merge(_ other: InfluencerHistory) {
        if name == nil { name = other.name }
        platforms.formUnion(other.platforms)
        campaigns += other.campaigns
        campaigns.sort { $0.window.start != $1.window.start ? $0.window.start < $1.window.start : $0.id < $1.id }
        for (month, byCurrency) in other.months {
            for (currency, tally) in byCurrency {
                months[month, default: [:]][currency, default: Tally()].merge(tally)
            }
        }
    }
}
