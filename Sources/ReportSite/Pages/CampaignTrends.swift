import ReportCore

/// Labels and datasets for the charts and sparklines of a campaign's figures over time.
/// Every figure comes from `CampaignSeries` (ReportCore); this type only formats.
struct CampaignTrends {
    let campaign: Campaign
    let locale: ReportLocale
    let series: CampaignSeries

    init(campaign: Campaign, locale: ReportLocale) {
        self.campaign = campaign
        self.locale = locale
        self.series = CampaignSeries(campaign: campaign)
    }

    /// One series per trend field of `DatasetSchema.trends`, in its order.
    func trends(_ values: [KPIValues]) -> [[Double?]] {
        DatasetSchema.trends.map { _, kpi in values.map { $0[kpi] } }
    }

    /// An influencer of the campaign; a key the campaign does not hold gets zero days.
    func influencerTrends(_ key: String) -> [[Double?]] {
        trends(series.influencerDays[key] ?? Array(repeating: CampaignSeries.emptyDay, count: series.days.count))
    }

    func campaignTrends() -> [[Double?]] { trends(series.days) }

    /// One row per day of the window: `day` and the post KPIs of the posts published that day.
    func days() -> Dataset {
        let dates = DateFormat(locale: locale)
        return Dataset(schema: .days, rows: series.days.enumerated().map { i, k in
            Dataset.Row(text: [dates.short(campaign.window.start.adding(days: i))], kpis: k)
        })
    }

    /// One row per calendar month with posts.
    func months() -> Dataset {
        Dataset(schema: .months, rows: series.months.map { Dataset.Row(text: [$0.month], kpis: $0.kpis) })
    }

    /// 7 × 24 rows: weekday, hour, posts and engagement rate.
    func weekdayHour(_ timing: Timing) -> Dataset {
        let names = Labels.weekdays(locale)
        var rows: [Dataset.Row] = []
        for (d, hours) in CampaignSeries.weekdayHour(timing).enumerated() {
            for (h, k) in hours.enumerated() {
                rows.append(Dataset.Row(text: [names[d], Day.pad(h, 2) + "h"], kpis: k))
            }
        }
        return Dataset(schema: .weekdayHour, rows: rows)
    }
}
