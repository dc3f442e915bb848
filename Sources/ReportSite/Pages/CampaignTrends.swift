import ReportCore

/// Post figures over time for charts and sparklines: by day of the campaign window, by
/// month, by weekday × hour, and each influencer's daily trend.
struct CampaignTrends {
    let campaign: Campaign
    let locale: ReportLocale
    let byDay: [String: [PostTotals]]
    let total: [PostTotals]

    /// Trend fields of the influencers and campaign datasets (sparklines in tables and cards).
    static let trendFields = ["reach_trend", "engagements_trend", "engagement_rate_trend", "link_clicks_trend"]

    init(campaign: Campaign, locale: ReportLocale) {
        self.campaign = campaign
        self.locale = locale
        let days = campaign.window.dayCount
        var byDay: [String: [PostTotals]] = [:]
        var total = Array(repeating: PostTotals(), count: max(days, 0))
        let followers = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })
        for post in campaign.posts {
            let i = post.publishedAt.day.ordinal - campaign.window.start.ordinal
            guard i >= 0, i < days else { continue }
            let f = followers[post.influencerKey] ?? 0
            total[i].add(post, followers: f)
            byDay[post.influencerKey, default: Array(repeating: PostTotals(), count: days)][i].add(post, followers: f)
        }
        self.byDay = byDay
        self.total = total
    }

    /// A day without posts adds nothing: its counts are 0 (a line drops to zero); a day whose
    /// posts leave a field empty stays n/a (a gap).
    static let counts = ["reach", "impressions", "views", "long_views", "engagements", "link_clicks", "likes"]

    static func values(_ t: PostTotals) -> KPIValues {
        var k = KPICalculator.values(of: t)
        if t.posts == 0 { for key in counts { k[key] = 0 } }
        return k
    }

    func trends(_ days: [PostTotals]) -> [DatasetCell] {
        let values = days.map(CampaignTrends.values)
        return [
            .series(values.map { $0[.reach] }, .count), .series(values.map { $0[.engagements] }, .count),
            .series(values.map { $0[.engagementRate] }, .percent), .series(values.map { $0[.linkClicks] }, .count),
        ]
    }

    func influencerTrends(_ key: String) -> [DatasetCell] {
        trends(byDay[key] ?? Array(repeating: PostTotals(), count: total.count))
    }

    func campaignTrends() -> [DatasetCell] { trends(total) }

    /// One row per day of the window: `day` and the post KPIs of the posts published that day.
    func days() -> Dataset {
        let dates = DateFormat(locale: locale)
        return Dataset.kpiRows(textFields: ["day"], rows: total.enumerated().map { i, t in
            ([dates.short(campaign.window.start.adding(days: i))], CampaignTrends.values(t))
        })
    }

    /// One row per calendar month with posts.
    func months() -> Dataset {
        var byMonth: [String: PostTotals] = [:]
        let followers = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })
        for p in campaign.posts { byMonth[MonthKey.of(p.publishedAt.day), default: PostTotals()].add(p, followers: followers[p.influencerKey] ?? 0) }
        return Dataset.kpiRows(textFields: ["month"], rows: byMonth.keys.sorted().map { ([$0], KPICalculator.values(of: byMonth[$0] ?? PostTotals())) })
    }

    /// 7 × 24 rows: weekday, hour, posts and engagement rate.
    func weekdayHour(_ timing: Timing) -> Dataset {
        let names = Labels.weekdays(locale)
        var rows: [(text: [String], kpis: KPIValues)] = []
        for (d, hours) in timing.grid.enumerated() {
            for (h, slot) in hours.enumerated() {
                var k = KPIValues()
                k[.posts] = Double(slot.posts)
                k[.engagementRate] = slot.engagementRate
                rows.append(([names[d], Day.pad(h, 2) + "h"], k))
            }
        }
        return Dataset.kpiRows(textFields: ["weekday", "hour"], rows: rows)
    }
}
