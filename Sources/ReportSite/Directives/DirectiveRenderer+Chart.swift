import ReportCharts
import ReportCore

/// ` ```chart ` blocks: a compiled `ChartSpec` and the page's rows turned into a chart of
/// ReportCharts, with its data table.
extension DirectiveRenderer {
    mutating func chart(_ spec: ChartSpec, at position: TemplatePosition) throws(Diagnostic) -> HTML {
        let fields = spec.ys + [spec.x, spec.series].compactMap { $0 }
        // A chart built on a data file the campaign does not have is left out, not drawn empty.
        if fields.contains(where: { $0.measure.map(unavailable) ?? false }) { return .raw("") }
        let (data, rows) = try rows(spec.rows, fields: fields, at: position)
        let measures = spec.ys.compactMap(\.measure)
        // The compile step lets only numeric fields into y, at least one.
        guard let first = measures.first, measures.count == spec.ys.count else {
            throw .error(position.file, position.line, column: position.column, "chart: option \"y\": expected numbers")
        }
        // Amounts of different currencies never share an axis (the portfolio and creator cards
        // mix campaigns): one chart per currency, each titled with it, its amounts in it.
        var currencies: [String] = []
        for code in rows.compactMap(\.currency) where !currencies.contains(code) { currencies.append(code) }
        let money = measures.contains { $0.unit == .money } || (spec.kind == .scatter && spec.x?.measure?.unit == .money)
        if money, currencies.count > 1 {
            var out: HTML = .raw("")
            for (i, code) in currencies.enumerated() {
                if i > 0 { out = out + .raw("\n") }
                out = out + (try draw(spec, data: data, rows: rows.filter { $0.currency == code }, first: first, measures: measures,
                                      currency: code, titled: true, at: position))
            }
            return out
        }
        return try draw(spec, data: data, rows: rows, first: first, measures: measures, currency: currencies.first, titled: false, at: position)
    }

    /// One chart of `rows`, whose amounts are all in `currency` (the page's when nil).
    private mutating func draw(_ spec: ChartSpec, data: Dataset, rows: [Dataset.Row], first: Measure, measures: [Measure], currency: String?,
                               titled: Bool, at position: TemplatePosition) throws(Diagnostic) -> HTML {
        chartCount += 1
        let pageFormat = currency.map { NumberFormat(locale: locale, currency: $0) } ?? page.format
        var options = ChartOptions(id: "chart-\(chartCount)", title: spec.title ?? first.label(locale))
        if titled, let currency { options.title += " (\(currency))" }
        options.words = words
        options.provisional = measures.contains { page.provisional.contains($0) }
        if options.provisional { options.title += " (\(options.words.provisional))" }
        options.labels = spec.labels
        options.target = target(spec.target, measure: first)
        // Labels that name a creator (categories, series, point labels) link to its card.
        for field in [spec.x, spec.series].compactMap({ $0 }) {
            guard case .text(let i) = field.column else { continue }
            for r in rows { if let key = r.creator(i) { options.creatorLinks[r.text[i]] = LateBinding.creatorHref(key) } }
        }
        let format = chartFormat(spec.unit, pageFormat)
        func label(_ row: Dataset.Row, _ field: FieldRef) -> String {
            switch data.value(row, field) {
            case .text(let s): return s
            case .number(let v): return pageFormat.format(v, unit: field.measure?.unit ?? .decimal)
            }
        }

        let output: ChartOutput
        switch spec.kind {
        case .bar, .line:
            options.benchmark = benchmark(spec.benchmark, rows: rows)
            let (categories, series) = pivot(data, rows: rows, x: spec.x, ys: spec.ys, series: spec.series, label: label)
            if spec.kind == .line {
                output = LineChart(categories: categories, series: series, format: format, options: options).render()
            } else {
                output = BarChart(categories: categories, series: series, orientation: spec.orientation, stacked: spec.stacked,
                                  format: format, options: options).render()
            }
        case .donut:
            output = DonutChart(slices: rows.map { r in (label: spec.x.map { label(r, $0) } ?? "", value: data.number(r, spec.ys[0])) },
                                format: format, options: options).render()
        case .funnel:
            let steps = FunnelSteps.steps(spec.ys, row: rows.first, data: data, locale: locale)
            let percent = pageFormat
            output = FunnelChart(steps: steps, format: format, rate: { percent.percent($0) }, options: options).render()
        case .scatter:
            guard let xMeasure = spec.x?.measure else {
                throw .error(position.file, position.line, column: position.column, "chart: a scatter needs a number for x")
            }
            let points = rows.map { r in
                (label: spec.series.map { label(r, $0) } ?? "", x: spec.x.flatMap { data.number(r, $0) }, y: data.number(r, spec.ys[0]))
            }
            output = ScatterChart(points: points, xName: xMeasure.label(locale), yName: first.label(locale),
                                  xFormat: chartFormat(xMeasure.unit, pageFormat), yFormat: format,
                                  breakEven: xMeasure.unit == .money && first.unit == .money, options: options).render()
        case .heatmap:
            let (categories, series) = pivot(data, rows: rows, x: spec.x, ys: [spec.ys[0]], series: spec.series, label: label)
            output = HeatmapChart(rows: series.map(\.name), columns: categories, values: series.map(\.values), format: format, options: options).render()
        case .bullet:
            // Each row against its own range: an influencer is compared on its platform and tier (kpis.md §7).
            let bullets = rows.map { r in
                BulletChart.Row(label: spec.x.map { label(r, $0) } ?? first.label(locale), value: data.number(r, spec.ys[0]),
                                target: options.target, band: benchmark(spec.benchmark, rows: [r]))
            }
            options.benchmark = benchmark(spec.benchmark, rows: rows)
            output = BulletChart(rows: bullets, format: format, options: options).render()
        case .sparkline:
            let svg = Sparkline(values: rows.map { data.number($0, spec.ys[0]) }, format: format, options: options).svg()
            return .element("span", [("class", "sparkline")], [.raw(svg)])
        }
        return figure(options, output)
    }

    /// The box a chart scrolls in on a phone rather than shrink its text below 9 px (site.md;
    /// style.css gives the SVG its least width): focusable and named after the chart, so a keyboard
    /// user can scroll it too (axe `scrollable-region-focusable`). The data table stays outside it.
    static func chartBox(_ options: ChartOptions, _ output: ChartOutput) -> HTML {
        .element("div", [("class", "chart-box"), ("tabindex", "0"), ("role", "group"), ("aria-labelledby", options.id + "-title")],
                 [.raw(output.svg)]) + .raw("\n" + output.table)
    }

    /// Categories along x and one series per y field, or per value of the `series` field.
    func pivot(_ data: Dataset, rows: [Dataset.Row], x: FieldRef?, ys: [FieldRef], series: FieldRef?,
               label: (Dataset.Row, FieldRef) -> String) -> ([String], [ChartSeries]) {
        var categories: [String] = []
        var index: [String: Int] = [:]
        let names = rows.map { r in x.map { label(r, $0) } ?? "" }
        for c in names where index[c] == nil {
            index[c] = categories.count
            categories.append(c)
        }
        guard let series else {
            let out = ys.map { y -> ChartSeries in
                var values = [Double?](repeating: nil, count: categories.count)
                for (r, name) in zip(rows, names) { if let i = index[name] { values[i] = data.number(r, y) } }
                return ChartSeries(name: y.measure?.label(locale) ?? y.name, values: values)
            }
            return (categories, out)
        }
        // Counts and amounts of rows falling in one cell add up; a rate cannot, the last row's stands.
        let unit = ys[0].measure?.unit
        let additive = unit == .count || unit == .money
        var seriesNames: [String] = []
        var values: [String: [Double?]] = [:]
        for (r, name) in zip(rows, names) {
            let s = label(r, series)
            if values[s] == nil { seriesNames.append(s); values[s] = [Double?](repeating: nil, count: categories.count) }
            if let i = index[name], let v = data.number(r, ys[0]), var row = values[s] {
                row[i] = additive ? (row[i] ?? 0) + v : v
                values[s] = row
            }
        }
        return (categories, seriesNames.map { ChartSeries(name: $0, values: values[$0] ?? []) })
    }

    /// `target: auto` is the campaign's target for the charted KPI, when it sets one.
    func target(_ target: ChartSpec.Target?, measure: Measure) -> Double? {
        switch target {
        case .value(let v)?: return v
        case .auto?: return page.targets[measure]
        case nil: return nil
        }
    }

    /// A fixed range, or the industry range in force (report.yaml overrides included) for the
    /// rows' most common platform and tier.
    func benchmark(_ benchmark: ChartSpec.Benchmark?, rows: [Dataset.Row]) -> ClosedRange<Double>? {
        switch benchmark {
        case nil: return nil
        case .range(let r)?: return r
        case .industry(let kpi)?:
            var counts: [Dataset.Profile: Int] = [:]
            for r in rows { if let p = r.profile { counts[p, default: 0] += 1 } }
            let profile = counts.max { a, b in
                a.value != b.value ? a.value < b.value : (a.key.platform.name, a.key.tier.rawValue) > (b.key.platform.name, b.key.tier.rawValue)
            }?.key
            return page.benchmark(kpi, profile)
        }
    }
}
