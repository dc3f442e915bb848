import ReportCharts
import ReportCore
import ReportLoading
import Yams

/// ` ```chart ` blocks: the options of site.md and docs/charts.md turned into a chart of
/// ReportCharts, with its data table.
extension DirectiveRenderer {
    static let chartOptions = ["type", "data", "x", "y", "series", "title", "sort", "limit", "benchmark", "target", "format",
                               "labels", "orientation", "stacked"]

    mutating func chart(_ literal: String, line: Int) throws(Diagnostic) -> String {
        let (root, options) = try options(literal, line: line, directive: "chart", known: DirectiveRenderer.chartOptions)
        let type = options["type"]?.string ?? "bar"
        guard DirectiveRenderer.chartTypes.contains(type) else {
            var message = "chart: unknown type \"\(type)\": expected \(DirectiveRenderer.chartTypes.joined(separator: ", "))"
            if let s = Suggestion.closest(to: type, in: DirectiveRenderer.chartTypes) { message += " (did you mean \"\(s)\"?)" }
            throw .error(file, options["type"].map { at($0, line) } ?? line, message)
        }
        let data = try dataset(options, root: root, line: line, directive: "chart")
        let ys = try yFields(options, data: data, line: line)
        guard let firstY = ys.first, let definition = KPICatalog.definition(firstY) else {
            throw .error(file, options["y"].map { at($0, line) } ?? line, "chart: field \"\(ys.first ?? "")\" is not a number: expected a KPI such as reach")
        }
        let rows = try sortedRows(data, options: options, line: line, directive: "chart")
        chartCount += 1
        let locale = page.format.locale
        var chartOptions = ChartOptions(id: "chart-\(chartCount)", title: options["title"]?.string ?? definition.label(locale))
        chartOptions.words = locale == .frFR ? .french : .english
        chartOptions.provisional = ys.contains { page.provisional.contains($0) }
        if chartOptions.provisional { chartOptions.title += " (\(chartOptions.words.provisional))" }
        chartOptions.labels = try flag(options["labels"], default: true, line: line)
        chartOptions.benchmark = try benchmark(options["benchmark"], data: data, rows: rows, line: line)
        chartOptions.target = try target(options["target"], kpi: firstY, line: line)
        let unit = try unitOption(options["format"], default: definition.unit, line: line)
        let format = chartFormat(unit)

        let output: ChartOutput
        switch type {
        case "bar", "line":
            let x = try field(options["x"], in: data, option: "x", line: line, directive: "chart")
            let (categories, series) = try pivot(data, rows: rows, x: x, ys: ys, seriesNode: options["series"], line: line)
            if type == "line" {
                output = LineChart(categories: categories, series: series, format: format, options: chartOptions).render()
            } else {
                let orientation = BarChart.Orientation(rawValue: options["orientation"]?.string ?? "auto") ?? .auto
                output = BarChart(categories: categories, series: series, orientation: orientation,
                                  stacked: try flag(options["stacked"], default: false, line: line), format: format, options: chartOptions).render()
            }
        case "donut":
            let x = try field(options["x"], in: data, option: "x", line: line, directive: "chart")
            let xi = data.column(x) ?? 0, yi = data.column(firstY) ?? 0
            output = DonutChart(slices: rows.map { (label: text($0[xi]), value: number($0[yi])) }, format: format, options: chartOptions).render()
        case "funnel":
            let row = rows.first
            let steps = ys.map { key in (label: KPICatalog.definition(key)?.label(locale) ?? key, value: row.flatMap { number($0[data.column(key) ?? 0]) }) }
            let percent = page.format
            output = FunnelChart(steps: steps, format: format, rate: { percent.percent($0) }, options: chartOptions).render()
        case "scatter":
            let x = try field(options["x"], in: data, option: "x", line: line, directive: "chart")
            guard let xDefinition = KPICatalog.definition(x) else {
                throw .error(file, options["x"].map { at($0, line) } ?? line, "chart: a scatter needs a number for x, found \"\(x)\"")
            }
            let labelField = try options["series"].map { n throws(Diagnostic) in try field(n, in: data, option: "series", line: line, directive: "chart") }
                ?? data.fields.first ?? ""
            let li = data.column(labelField) ?? 0, xi = data.column(x) ?? 0, yi = data.column(firstY) ?? 0
            output = ScatterChart(points: rows.map { (label: text($0[li]), x: number($0[xi]), y: number($0[yi])) },
                                  xName: xDefinition.label(locale), yName: definition.label(locale),
                                  xFormat: chartFormat(xDefinition.unit), yFormat: format,
                                  breakEven: xDefinition.unit == .money && definition.unit == .money, options: chartOptions).render()
        case "heatmap":
            let x = try field(options["x"], in: data, option: "x", line: line, directive: "chart")
            guard let seriesNode = options["series"] else {
                throw .error(file, at(root, line), "chart: a heatmap needs \"series\": the field of its rows, such as weekday")
            }
            let (categories, series) = try pivot(data, rows: rows, x: x, ys: [firstY], seriesNode: seriesNode, line: line)
            output = HeatmapChart(rows: series.map(\.name), columns: categories, values: series.map(\.values), format: format, options: chartOptions).render()
        case "bullet":
            let labelField = try options["x"].map { n throws(Diagnostic) in try field(n, in: data, option: "x", line: line, directive: "chart") }
            let li = labelField.flatMap { data.column($0) }, yi = data.column(firstY) ?? 0
            let bullets = rows.map { r in
                BulletChart.Row(label: li.map { text(r[$0]) } ?? definition.label(locale), value: number(r[yi]),
                                target: chartOptions.target, band: chartOptions.benchmark)
            }
            output = BulletChart(rows: bullets, format: format, options: chartOptions).render()
        default: // sparkline
            let yi = data.column(firstY) ?? 0
            return "<span class=\"sparkline\">" + Sparkline(values: rows.map { number($0[yi]) }, format: format, options: chartOptions).svg() + "</span>"
        }
        return "<figure class=\"chart\">\n<figcaption>\(HTMLEscaping.escape(chartOptions.title))</figcaption>\n\(output.html)\n</figure>"
    }

    func text(_ cell: DatasetCell) -> String {
        switch cell {
        case .text(let s): return s
        case .kpi(let v, let unit): return page.format.format(v, unit: unit)
        case .series: return ""
        }
    }

    func number(_ cell: DatasetCell) -> Double? {
        if case .kpi(let v, _) = cell { return v }
        return nil
    }

    func chartFormat(_ unit: KPIUnit) -> ChartFormat {
        let f = page.format
        return ChartFormat(value: { f.format($0, unit: unit) }, tick: { f.tick($0, unit: unit, step: $1) }, notAvailable: f.notAvailable)
    }

    /// `y: reach` or `y: [reach, impressions]`.
    func yFields(_ options: [String: Node], data: Dataset, line: Int) throws(Diagnostic) -> [String] {
        guard let node = options["y"] else { throw .error(file, line, "chart: missing option \"y\"") }
        if let list = node.sequence {
            var out: [String] = []
            for item in list { out.append(try field(item, in: data, option: "y", line: line, directive: "chart")) }
            guard !out.isEmpty else { throw .error(file, at(node, line), "chart: option \"y\": expected at least one field") }
            return out
        }
        return [try field(node, in: data, option: "y", line: line, directive: "chart")]
    }

    /// Categories along x and one series per y field, or per value of the `series` field.
    func pivot(_ data: Dataset, rows: [[DatasetCell]], x: String, ys: [String], seriesNode: Node?, line: Int) throws(Diagnostic) -> ([String], [ChartSeries]) {
        let xi = data.column(x) ?? 0
        var categories: [String] = []
        var index: [String: Int] = [:]
        for r in rows {
            let c = text(r[xi])
            if index[c] == nil { index[c] = categories.count; categories.append(c) }
        }
        guard let seriesNode else {
            let series = ys.map { key -> ChartSeries in
                let yi = data.column(key) ?? 0
                var values = [Double?](repeating: nil, count: categories.count)
                for r in rows { if let i = index[text(r[xi])] { values[i] = number(r[yi]) } }
                return ChartSeries(name: KPICatalog.definition(key)?.label(page.format.locale) ?? key, values: values)
            }
            return (categories, series)
        }
        let seriesField = try field(seriesNode, in: data, option: "series", line: line, directive: "chart")
        let si = data.column(seriesField) ?? 0, yi = data.column(ys[0]) ?? 0
        // Counts and amounts of rows falling in one cell add up; a rate cannot, the last row's stands.
        let additive = [KPIUnit.count, .money].contains(KPICatalog.definition(ys[0])?.unit ?? .decimal)
        var names: [String] = []
        var values: [String: [Double?]] = [:]
        for r in rows {
            let name = text(r[si])
            if values[name] == nil { names.append(name); values[name] = [Double?](repeating: nil, count: categories.count) }
            if let i = index[text(r[xi])], let v = number(r[yi]), var row = values[name] {
                row[i] = additive ? (row[i] ?? 0) + v : v
                values[name] = row
            }
        }
        return (categories, names.map { ChartSeries(name: $0, values: values[$0] ?? []) })
    }

    func flag(_ node: Node?, default value: Bool, line: Int) throws(Diagnostic) -> Bool {
        guard let node else { return value }
        switch node.string?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw .error(file, at(node, line), "chart: expected true or false, found \"\(node.string ?? "")\"")
        }
    }

    func unitOption(_ node: Node?, default unit: KPIUnit, line: Int) throws(Diagnostic) -> KPIUnit {
        guard let node else { return unit }
        switch node.string {
        case "number": return .decimal
        case "count": return .count
        case "percent": return .percent
        case "money": return .money
        case "ratio": return .ratio
        case "auto": return unit
        default: throw .error(file, at(node, line), "chart: option \"format\": expected auto, count, number, percent, money or ratio, found \"\(node.string ?? "")\"")
        }
    }

    /// `target: 5`, or `target: auto` for the campaign's target of the charted KPI.
    func target(_ node: Node?, kpi: String, line: Int) throws(Diagnostic) -> Double? {
        guard let node else { return nil }
        if node.string == "auto" { return page.targets[kpi] }
        guard let s = node.string, let v = Double(s), v.isFinite else {
            throw .error(file, at(node, line), "chart: option \"target\": expected a number or auto, found \"\(node.string ?? "")\"")
        }
        return v
    }

    /// `benchmark: [1.5, 3]`, or a KPI of the industry table (kpis.md §7) for the rows'
    /// most common platform and tier.
    func benchmark(_ node: Node?, data: Dataset, rows: [[DatasetCell]], line: Int) throws(Diagnostic) -> ClosedRange<Double>? {
        guard let node else { return nil }
        if let list = node.sequence {
            let values = list.compactMap { $0.string.flatMap(Double.init) }
            guard values.count == 2, values[0] <= values[1] else {
                throw .error(file, at(node, line), "chart: option \"benchmark\": expected [low, high] with low ≤ high, or a KPI such as engagement_rate_followers")
            }
            return values[0]...values[1]
        }
        let kpi = node.string ?? ""
        guard IndustryBenchmarks.kpis.contains(kpi) else {
            throw .error(file, at(node, line), "chart: option \"benchmark\": no industry range for \"\(kpi)\": expected one of \(IndustryBenchmarks.kpis.joined(separator: ", ")) or [low, high]")
        }
        var counts: [String: Int] = [:]
        if let pi = data.column("platform"), let ti = data.column("tier") {
            for r in rows { counts[text(r[pi]).lowercased() + "|" + text(r[ti]), default: 0] += 1 }
        }
        let key = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "others|micro"
        let parts = key.split(separator: "|").map(String.init)
        return IndustryBenchmarks.range(kpi, platform: Platform(parts.first ?? "others"), tier: Tier(rawValue: parts.last ?? "micro") ?? .micro)
    }
}
