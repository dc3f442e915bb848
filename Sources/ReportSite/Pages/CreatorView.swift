import ReportCore

/// A creator's card (site.md: the long-term ambassador card): every campaign with its main
/// KPIs against the creator's own average (from the second campaign on), flags and audience
/// quality over time, and every month from the first to the last, empty ones included.
struct CreatorView {
    let history: InfluencerHistory
    let locale: ReportLocale
    let benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?

    /// Every month of the card per currency, and merged across currencies: made once for the
    /// text and the datasets (thousands of cards).
    let months: [CreatorMonths.Entry]
    let merged: [(month: String, tally: InfluencerHistory.Tally)]

    init(history: InfluencerHistory, locale: ReportLocale, benchmark: @escaping @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?) {
        self.history = history
        self.locale = locale
        self.benchmark = benchmark
        months = CreatorMonths.entries(history.months)
        merged = CreatorMonths.merged(history.months)
    }

    var latest: InfluencerHistory.CampaignEntry? { history.campaigns.last }
    var format: NumberFormat { NumberFormat(locale: locale, currency: latest?.currency ?? "EUR") }

    /// The month charts of the card (template flag prefix, KPI, chart title as the template writes it).
    static let monthCharts: [(name: String, kpi: KPI)] = [
        ("reach", .reach), ("engagement_rate", .engagementRate), ("conversions", .conversions), ("spend", .spend), ("cpa", .cpa),
    ]

    func context() -> [String: Any] {
        let f = format
        var context: [String: Any] = [
            "handle": history.handle,
            "platforms": history.platforms.sorted().map(\.displayName).joined(separator: ", "),
            "campaign_count": f.number(Double(history.campaigns.count), decimals: 0),
            "campaign_count_words": locale.words.campaigns(history.campaigns.count),
            // site.md: from the second campaign on; with one, the card says when it starts.
            "has_comparison": history.campaigns.count > 1,
            "comparison_lead": locale.words.comparisonLead,
            "comparison_starts_next": locale.words.comparisonStartsNext,
        ]
        if let name = history.name { context["name"] = name }
        if let latest {
            context["tier"] = Labels.tier(latest.tier, locale)
            context["followers"] = f.number(Double(latest.followers), decimals: 0)
            context["audience_quality"] = "\(latest.audienceQuality)/100"
        }
        let flagged = history.campaigns.filter { !$0.flags.isEmpty }
        context["has_flags"] = !flagged.isEmpty
        context["flags"] = flagged.map { c in locale.words.labelled(c.name, c.flags.map { Labels.flag($0, locale) }.joined(separator: ", ")) }
            .joined(separator: locale.words.listSeparator)
        let empty = Set(months.filter(\.empty).map(\.month)).count
        if empty > 0 { context["empty_months_note"] = locale.words.emptyMonths(empty) }
        // A line of one point says nothing a sentence does not: a figure reported for a single
        // month is said in words, a chart is drawn from two months on.
        for (name, kpi) in Self.monthCharts {
            // Amounts per currency; the other figures over the month's currencies merged.
            let reported: [(month: String, currency: String?, value: Double?)] = kpi.unit == .money
                ? months.map { ($0.month, $0.currency, $0.tally.kpis[kpi]) }.filter { $0.value != nil }
                : merged.map { ($0.month, nil, $0.tally.kpis[kpi]) }.filter { $0.value != nil }
            // A money chart is drawn once per currency: each currency needs two months.
            var perCurrency: [String: Int] = [:]
            for r in reported { perCurrency[r.currency ?? "", default: 0] += 1 }
            if reported.count >= 2, perCurrency.values.allSatisfy({ $0 >= 2 }) {
                context[name + "_chart"] = true
            } else if reported.count >= 2 {
                context[name + "_single"] = locale.words.monthValues(kpi.label(locale), values: reported.map { r in
                    let mf = r.currency.map { NumberFormat(locale: locale, currency: $0) } ?? f
                    return (mf.format(r.value, unit: kpi.unit), Labels.month(r.month, locale))
                })
            } else if let only = reported.first {
                let mf = only.currency.map { NumberFormat(locale: locale, currency: $0) } ?? f
                let label = kpi.label(locale)
                context[name + "_single"] = locale.words.singleMonth(label, value: mf.format(only.value, unit: kpi.unit),
                                                                    month: Labels.month(only.month, locale))
            }
        }
        return context
    }

    /// "+12 %" / "−5 %" against the average of the earlier campaigns; n/a for the first
    /// campaign, or when either side is n/a.
    func versusAverage(_ kpi: KPI, at index: Int) -> String {
        let entry = history.campaigns[index]
        let f = NumberFormat(locale: locale, currency: entry.currency)
        guard let change = OwnAverage.compare(kpi, at: index, in: history.campaigns)?.change else { return f.notAvailable }
        let rounded = (abs(change) * 100).rounded()
        return (change > 0 && rounded > 0 ? "+" : change < 0 && rounded > 0 ? "−" : "") + f.percent(abs(change) * 100, decimals: 0)
    }

    func pageData() -> PageData {
        let dates = DateFormat(locale: locale)
        let campaigns = Dataset(schema: .creatorCampaigns, rows: history.campaigns.indices.map { i in
            let c = history.campaigns[i]
            let f = NumberFormat(locale: locale, currency: c.currency)
            return Dataset.Row(text: [
                c.name, dates.format(c.window), c.platform.displayName, Labels.tier(c.tier, locale), f.number(Double(c.followers), decimals: 0),
                "\(c.audienceQuality)/100", c.flags.isEmpty ? Labels.noFlag(locale) : c.flags.map { Labels.flag($0, locale) }.joined(separator: ", "),
                c.currency, versusAverage(.reach, at: i), versusAverage(.engagementRate, at: i), versusAverage(.conversions, at: i),
                versusAverage(.cpa, at: i), versusAverage(.roi, at: i),
            ], kpis: c.kpis, currency: c.currency)
        })
        let monthRows = months.map { m in
            Dataset.Row(text: [Labels.month(m.month, locale), m.currency], kpis: m.tally.kpis, currency: m.currency)
        }
        let totals = merged.map { m in
            Dataset.Row(text: [Labels.month(m.month, locale)], kpis: m.tally.kpis)
        }
        return PageData(kind: .influencer, datasets: [campaigns, Dataset(schema: .creatorMonths, rows: monthRows),
                                                      Dataset(schema: .creatorMonthTotals, rows: totals)],
                        format: format, benchmark: benchmark)
    }
}
