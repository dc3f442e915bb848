/// A campaign's post figures over time: per day of its window (campaign-wide and per
/// influencer), per calendar month and per weekday × hour. Computed here so that every
/// figure a chart or sparkline shows follows kpis.md in one place; the site only formats.
///
/// Built on demand, once per campaign page, and not kept in `CampaignKPIs`: a project
/// computes campaigns one at a time and only the campaign page needs the series.
/// Days without posts share one zero `KPIValues` (copy on write), so an influencer × day
/// grid costs memory only for the days that have posts.
public struct CampaignSeries: Sendable {
    /// One per day of `campaign.window`, from its start: the posts published that day.
    public let days: [KPIValues]
    /// Every influencer of the campaign by key, one value per day of the window; an
    /// influencer without posts has zero days.
    public let influencerDays: [String: [KPIValues]]
    /// Calendar months with posts (`YYYY-MM`, sorted), over every post of the campaign.
    public let months: [(month: String, kpis: KPIValues)]

    /// The counts a day without posts sets to 0, so a line drops to zero instead of breaking;
    /// rates stay n/a (nothing to divide). Listed by hand: other `.count` KPIs (`posts`,
    /// `clicks`, `conversions`, …) are not post sums of a day and must not become 0.
    public static let zeroOnEmptyDay: [KPI] = [.reach, .impressions, .views, .longViews, .engagements, .linkClicks]

    public init(campaign: Campaign) {
        let dayCount = max(campaign.window.dayCount, 0)
        let start = campaign.window.start.ordinal
        let followers = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })

        var total: [Int: PostTotals] = [:]
        // A creator's days in a slot found once per run of its posts (see GroupSlots).
        var influencerSlot: [String: Int] = [:]
        var influencerDayTotals: [[Int: PostTotals]] = []
        var last: (key: String, slot: Int, audience: Int)?
        var byMonth = GroupSlots<String>()
        var monthKeys = MonthKeyCache()
        for post in campaign.posts {
            // The loader only keeps posts of influencers in campaign.yaml; a post built
            // without one counts with no audience, as in `KPICalculator.compute`, so the
            // days add up to the campaign's figures.
            let slot: Int, audience: Int
            if let last, last.key == post.influencerKey {
                (slot, audience) = (last.slot, last.audience)
            } else {
                if let known = followers[post.influencerKey] { audience = known } else { audience = 0 }
                if let known = influencerSlot[post.influencerKey] {
                    slot = known
                } else {
                    slot = influencerDayTotals.count
                    influencerSlot[post.influencerKey] = slot
                    influencerDayTotals.append([:])
                }
                last = (post.influencerKey, slot, audience)
            }
            byMonth.add(monthKeys.of(post.publishedAt.day), post, followers: audience)
            let i = post.publishedAt.day.ordinal - start
            guard i >= 0, i < dayCount else { continue }
            total[i, default: PostTotals()].add(post, followers: audience)
            influencerDayTotals[slot][i, default: PostTotals()].add(post, followers: audience)
        }
        let byInfluencer = influencerSlot.mapValues { influencerDayTotals[$0] }
        let monthTotals = byMonth.dictionary

        let empty = CampaignSeries.emptyDay
        func series(_ totals: [Int: PostTotals]) -> [KPIValues] {
            var out = Array(repeating: empty, count: dayCount)
            for (i, t) in totals { out[i] = KPICalculator.values(of: t) }
            return out
        }
        let emptySeries = Array(repeating: empty, count: dayCount)
        days = series(total)
        var perInfluencer: [String: [KPIValues]] = [:]
        for influencer in campaign.influencers where perInfluencer[influencer.key] == nil {
            perInfluencer[influencer.key] = byInfluencer[influencer.key].map(series) ?? emptySeries
        }
        influencerDays = perInfluencer
        months = monthTotals.keys.sorted().compactMap { month in monthTotals[month].map { (month, KPICalculator.values(of: $0)) } }
    }

    /// The figures of a day without posts: `zeroOnEmptyDay` at 0, the rest as for an empty group.
    public static var emptyDay: KPIValues {
        var k = KPICalculator.values(of: PostTotals())
        for kpi in zeroOnEmptyDay { k[kpi] = 0 }
        return k
    }

    /// Weekday (Monday first) × hour: posts and engagement rate of each slot of `timing`.
    public static func weekdayHour(_ timing: Timing) -> [[KPIValues]] {
        timing.grid.map { $0.map(\.kpis) }
    }
}
