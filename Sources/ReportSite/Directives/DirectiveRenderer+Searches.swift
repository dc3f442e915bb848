import ReportCharts
import ReportCore

/// ` ```searches `: searches for the brand per day (searches.csv), the baseline and the campaign
/// with its attribution window shaded (kpis.md §5 `search_uplift`). Nothing without searches.csv.
extension DirectiveRenderer {
    mutating func searches() -> HTML {
        guard let interest = page.searches else { return .raw("") }
        chartCount += 1
        let words = locale.words
        let dates = DateFormat(locale: locale)
        var options = ChartOptions(id: "chart-\(chartCount)", title: words.searchesChartTitle)
        options.words = self.words
        options.labels = false
        options.provisional = page.provisional.contains(.kpi(.searchUplift))
        if options.provisional { options.title += " (\(options.words.provisional))" }
        let days = interest.series.map(\.day)
        func indices(_ range: DayRange) -> (Int, Int)? {
            guard let first = days.firstIndex(where: { $0 >= range.start }), let last = days.lastIndex(where: { $0 <= range.end }), first <= last else { return nil }
            return (first, last)
        }
        if let baseline = interest.baseline, let (a, b) = indices(baseline) {
            options.shades.append(ChartShade(first: a, last: b, label: words.baselineShade, style: "baseline"))
        }
        if let (a, b) = indices(interest.period) {
            options.shades.append(ChartShade(first: a, last: b, label: words.campaignShade, style: "campaign"))
        }
        let output = LineChart(categories: days.map { dates.short($0) },
                               series: [ChartSeries(name: words.searchesSeries, values: interest.series.map(\.searches))],
                               format: chartFormat(.decimal, page.format), options: options).render()
        return figure(options, output)
    }
}
