import ReportCore

/// A creator's card (site.md: the long-term ambassador card): every campaign with its main
/// KPIs against the creator's own average, flags and audience quality over time, and the
/// month-by-month figures.
struct CreatorView {
    let history: InfluencerHistory
    let locale: ReportLocale
    let benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?

    var latest: InfluencerHistory.CampaignEntry? { history.campaigns.last }
    var format: NumberFormat { NumberFormat(locale: locale, currency: latest?.currency ?? "EUR") }

    func context() -> [String: Any] {
        let f = format
        var context: [String: Any] = [
            "handle": history.handle,
            "platforms": history.platforms.sorted().map(\.displayName).joined(separator: ", "),
            "campaign_count": f.number(Double(history.campaigns.count), decimals: 0),
            "campaign_count_words": locale.words.campaigns(history.campaigns.count),
        ]
        if let name = history.name { context["name"] = name }
        if let latest {
            context["tier"] = Labels.tier(latest.tier, locale)
            context["followers"] = f.number(Double(latest.followers), decimals: 0)
            context["audience_quality"] = "\(latest.audienceQuality)/100"
        }
        let flagged = history.campaigns.filter { !$0.flags.isEmpty }
        context["has_flags"] = !flagged.isEmpty
        context["flags"] = flagged.map { c in c.name + " : " + c.flags.map { Labels.flag($0, locale) }.joined(separator: ", ") }
            .joined(separator: locale.words.listSeparator)
        return context
    }

    /// The creator's own average of a KPI over the campaigns that report it (same currency for amounts).
    func average(_ kpi: KPI, currency: String) -> Double? {
        let values = history.campaigns.filter { kpi.unit != .money || $0.currency == currency }.compactMap { $0.kpis[kpi] }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// "+12 %" / "−5 %" against the average; n/a when either side is.
    func versusAverage(_ kpi: KPI, _ entry: InfluencerHistory.CampaignEntry) -> String {
        let f = NumberFormat(locale: locale, currency: entry.currency)
        guard let value = entry.kpis[kpi], let avg = average(kpi, currency: entry.currency), let change = ratio(value - avg, avg) else {
            return f.notAvailable
        }
        return (change > 0 ? "+" : change < 0 ? "−" : "") + f.percent(abs(change) * 100, decimals: 0)
    }

    func pageData() -> PageData {
        let dates = DateFormat(locale: locale)
        let campaigns = Dataset(schema: .creatorCampaigns, rows: history.campaigns.map { c in
            let f = NumberFormat(locale: locale, currency: c.currency)
            return Dataset.Row(text: [
                c.name, dates.format(c.window), c.platform.displayName, Labels.tier(c.tier, locale), f.number(Double(c.followers), decimals: 0),
                "\(c.audienceQuality)/100", c.flags.isEmpty ? Labels.noFlag(locale) : c.flags.map { Labels.flag($0, locale) }.joined(separator: ", "),
                c.currency, versusAverage(.reach, c), versusAverage(.engagementRate, c), versusAverage(.conversions, c),
                versusAverage(.cpa, c), versusAverage(.roi, c),
            ], kpis: c.kpis, currency: c.currency)
        })
        var monthRows: [Dataset.Row] = []
        for month in history.months.keys.sorted() {
            for (currency, tally) in (history.months[month] ?? [:]).sorted(by: { $0.key < $1.key }) {
                monthRows.append(Dataset.Row(text: [Labels.month(month, locale), currency], kpis: tally.kpis, currency: currency))
            }
        }
        return PageData(kind: .influencer, datasets: [campaigns, Dataset(schema: .creatorMonths, rows: monthRows)], format: format,
                        benchmark: benchmark)
    }
}
