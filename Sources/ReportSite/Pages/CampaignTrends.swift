import ReportCore

/// Labels and datasets for the charts and sparklines of a campaign's figures over time.
/// Every figure comes from `CampaignSeries` (ReportCore); this type only formats.
struct CampaignTrends {
    let campaign: Campaign
    let locale: ReportLocale
    let series: CampaignSeries

    /// Trend fields of the influencers and campaign datasets (sparklines in tables and cards).
    static let trendFields = ["reach_trend", "engagements_trend", "engagement_rate_trend", "link_clicks_trend"]

    init(campaign: Campaign, locale: ReportLocale) {
        self.campaign = campaign
        self.locale = locale
        self.series = CampaignSeries(campaign: campaign)
    }

    /// The cells of `trendFields`, in their order.
    func trends(_ values: [KPIValues]) -> [DatasetCell] {
        [
            .series(values.map { $0[.reach] }, .count), .series(values.map { $0[.engagements] }, .count),
            .series(values.map { $0[.engagementRate] }, .percent), .series(values.map { $0[.linkClicks] }, .count),
        ]
    }

    /// An influencer of the campaign; a key the campaign does not hold gets zero days.
    func influencerTrends(_ key: String) -> [DatasetCell] {
        trends(series.influencerDays[key] ?? Array(repeating: CampaignSeries.emptyDay, count: series.days.count))
    }

    func campaignTrends() -> [DatasetCell] { trends(series.days) }

    /// One row per day of the window: `day` and the post KPIs of the posts published that day.
    func days() -> Dataset {
        let dates = DateFormat(locale: locale)
        return Dataset.kpiRows(textFields: ["day"], rows: series.days.enumerated().map { i, k in
            ([dates.short(campaign.window.start.adding(days: i))], k)
        })
    }

    /// One row per calendar month with posts.
    func months() -> Dataset {
        Dataset.kpiRows(textFields: ["month"], rows: series.months.map { ([$0.month], $0.kpis) })
    }

    /// 7 × 24 rows: weekday, hour, posts and engagement rate.
    func weekdayHour(_ timing: Timing) -> Dataset {
        let names = Labels.weekdays(locale)
        var rows: [(text: [String], kpis: KPIValues)] = []
        for (d, hours) in CampaignSeries.weekdayHour(timing).enumerated() {
            for (h, k) in hours.enumerated() {
                rows.append(([names[d], Day.pad(h, 2) + "h"], k))
            }
        }
        return Dataset.kpiRows(textFields: ["weekday", "hour"], rows: rows)
    }
}
