import ReportCore

/// Post figures over time for charts and sparklines: by day of the campaign window, by
/// month, by weekday × hour, and each influencer's daily trend.
struct CampaignTrends {
    let campaign: Campaign
    let locale: ReportLocale
    let byDay: [String: [PostTotals]]
    let total: [PostTotals]

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
    static let counts: [KPI] = [.reach, .impressions, .views, .longViews, .engagements, .linkClicks]

    static func values(_ t: PostTotals) -> KPIValues {
        var k = KPICalculator.values(of: t)
        if t.posts == 0 { for key in counts { k[key] = 0 } }
        return k
    }

    /// One series per trend field of `DatasetSchema.trends`.
    func trends(_ days: [PostTotals]) -> [[Double?]] {
        let values = days.map(CampaignTrends.values)
        return DatasetSchema.trends.map { _, kpi in values.map { $0[kpi] } }
    }

    func influencerTrends(_ key: String) -> [[Double?]] {
        trends(byDay[key] ?? Array(repeating: PostTotals(), count: total.count))
    }

    func campaignTrends() -> [[Double?]] { trends(total) }

    /// One row per day of the window: `day` and the post KPIs of the posts published that day.
    func days() -> Dataset {
        let dates = DateFormat(locale: locale)
        return Dataset(schema: .days, rows: total.enumerated().map { i, t in
            Dataset.Row(text: [dates.short(campaign.window.start.adding(days: i))], kpis: CampaignTrends.values(t))
        })
    }

    /// One row per calendar month with posts.
    func months() -> Dataset {
        var byMonth: [String: PostTotals] = [:]
        let followers = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })
        for p in campaign.posts { byMonth[MonthKey.of(p.publishedAt.day), default: PostTotals()].add(p, followers: followers[p.influencerKey] ?? 0) }
        return Dataset(schema: .months, rows: byMonth.keys.sorted().map { Dataset.Row(text: [$0], kpis: KPICalculator.values(of: byMonth[$0] ?? PostTotals())) })
    }

    /// 7 × 24 rows: weekday, hour, posts and engagement rate.
    func weekdayHour(_ timing: Timing) -> Dataset {
        let names = Labels.weekdays(locale)
        var rows: [Dataset.Row] = []
        for (d, hours) in timing.grid.enumerated() {
            for (h, slot) in hours.enumerated() {
                var k = KPIValues()
                k[.posts] = Double(slot.posts)
                k[.engagementRate] = slot.engagementRate
                rows.append(Dataset.Row(text: [names[d], Day.pad(h, 2) + "h"], kpis: k))
            }
        }
        return Dataset(schema: .weekdayHour, rows: rows)
    }
}
