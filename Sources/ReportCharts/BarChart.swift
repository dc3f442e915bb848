import ReportCore

/// Bars, horizontal or vertical, one series or several (grouped side by side or stacked).
/// Zero-based, nice ticks, benchmark band and target rule, values printed on the bars.
public struct BarChart: Sendable {
    public enum Orientation: String, Sendable { case horizontal, vertical, auto }

    public let categories: [String]
    public let series: [ChartSeries]
    public let orientation: Orientation
    public let stacked: Bool
    public let format: ChartFormat
    public let options: ChartOptions

    public init(categories: [String], series: [ChartSeries], orientation: Orientation = .auto, stacked: Bool = false,
                format: ChartFormat, options: ChartOptions) {
        self.categories = categories
        self.series = series
        self.orientation = orientation
        self.stacked = stacked
        self.format = format
        self.options = options
    }

    static let width = 640.0
    static let fontSize = 12.0
    static let tickFontSize = 11.0

    /// Horizontal when asked, or when a category label would not fit under a vertical bar.
    var isHorizontal: Bool {
        switch orientation {
        case .horizontal: return true
        case .vertical: return false
        case .auto:
            let band = (BarChart.width - 60) / Double(max(1, categories.count))
            return categories.contains { TextWidth.estimate($0, fontSize: BarChart.fontSize) > band - 4 } || categories.count > 16
        }
    }

    func value(_ s: Int, _ c: Int) -> Double? { c < series[s].values.count ? series[s].values[c] : nil }

    /// The extent the value axis must show: each value, or each stack's positive and negative sums.
    var extent: (min: Double, max: Double)? {
        var lo = Double.infinity, hi = -Double.infinity
        for c in categories.indices {
            if stacked {
                var pos = 0.0, neg = 0.0, any = false
                for s in series.indices { if let v = value(s, c) { any = true; if v >= 0 { pos += v } else { neg += v } } }
                if any { lo = min(lo, neg); hi = max(hi, pos) }
            } else {
                for s in series.indices { if let v = value(s, c) { lo = min(lo, v); hi = max(hi, v) } }
            }
        }
        guard lo.isFinite, hi.isFinite else { return nil }
        if let b = options.benchmark { lo = min(lo, b.lowerBound); hi = max(hi, b.upperBound) }
        if let t = options.target { lo = min(lo, t); hi = max(hi, t) }
        return (lo, hi)
    }

    var description: String {
        let parts = categories.indices.map { c -> String in
            let values = series.indices.map { s in (series.count > 1 ? series[s].name + " " : "") + format.text(value(s, c)) }
            return categories[c] + options.words.colon + values.joined(separator: ", ")
        }
        var text = parts.isEmpty ? options.words.noData : parts.joined(separator: "; ")
        if options.provisional { text += " (\(options.words.provisional))" }
        return text
    }

    public func render() -> ChartOutput {
        let chart = BarChart(categories: categories, series: series, orientation: orientation, stacked: stacked,
                             format: format.memoized(series.flatMap { $0.values.compactMap { $0 } }), options: options)
        let svg = chart.isHorizontal ? chart.horizontal() : chart.vertical()
        let headers = [""] + series.map(\.name)
        let rows = categories.indices.map { c in [categories[c]] + series.indices.map { chart.format.text(value($0, c)) } }
        return ChartOutput(svg: svg, table: DataTable.html(words: options.words, caption: options.title, headers: headers, rows: rows))
    }

    /// The scale with the most ticks (5, then fewer) whose labels do not touch along `length`.
    func fittingScale(_ e: (min: Double, max: Double), length: Double, labelAxisIsHorizontal: Bool) -> NiceScale {
        var count = 6
        while true {
            let scale = NiceScale(min: e.min, max: e.max, count: count)
            let sizes = scale.ticks.map { labelAxisIsHorizontal ? TextWidth.estimate(format.tick($0, scale.step), fontSize: BarChart.tickFontSize) : 14 }
            let spacing = scale.ticks.count > 1 ? length / Double(scale.ticks.count - 1) : length
            if (sizes.max() ?? 0) + 8 <= spacing || count <= 2 { return scale }
            count -= 1
        }
    }

    func fillAttributes(_ s: Int) -> String { ChartPalette.color(s) }

    func markClass() -> String { options.provisional ? "bar-mark provisional" : "bar-mark" }

    func horizontal() -> String {
        let legendHeight = series.count > 1 ? 22.0 : 0
        let labelWidth = min(200, max(40, (categories.map { TextWidth.estimate($0, fontSize: BarChart.fontSize) }.max() ?? 0) + 12))
        let shown = categories.indices.flatMap { c in series.indices.compactMap { value($0, c) } }
        let labelWidths = shown.map { TextWidth.estimate(format.value($0), fontSize: BarChart.fontSize) }
        let valueWidth = options.labels ? min(170, max(40, (labelWidths.max() ?? 0) + 12)) : 12
        // Room left of the bars for the labels of negative values.
        let negativePad = options.labels && !stacked ? (zip(shown, labelWidths).filter { $0.0 < 0 }.map { $0.1 }.max().map { $0 + 10 } ?? 0) : 0
        let barsPerRow = stacked ? 1 : max(1, series.count)
        let rowHeight = barsPerRow == 1 ? 26.0 : Double(barsPerRow) * 12 + 10
        let top = 8 + legendHeight + (options.benchmark != nil || options.target != nil ? 14 : 0)
        let plotLeft = labelWidth + negativePad, plotWidth = BarChart.width - labelWidth - negativePad - valueWidth
        let plotHeight = Double(max(categories.count, 1)) * rowHeight
        let height = top + plotHeight + 26
        var svg = SVGBuilder(type: "bar", options: options, width: BarChart.width, height: height, description: description)
        guard let e = extent else {
            svg.noData(options.words, width: BarChart.width, height: height)
            return svg.finish()
        }
        let scale = fittingScale(e, length: plotWidth, labelAxisIsHorizontal: true)
        func x(_ v: Double) -> Double { plotLeft + scale.position(v, length: plotWidth) }
        if series.count > 1 { svg.legend(series.map(\.name), x: labelWidth, y: 14, maxWidth: BarChart.width - labelWidth) }
        drawBenchmark(&svg, horizontal: true, from: x, span: (top, top + plotHeight))
        svg.open("axis")
        for tick in scale.ticks {
            svg.line(x1: x(tick), y1: top, x2: x(tick), y2: top + plotHeight, className: "grid")
            svg.text(format.tick(tick, scale.step), x: x(tick), y: top + plotHeight + 16, anchor: "middle")
        }
        svg.close()
        svg.open("bars")
        for c in categories.indices {
            let y0 = top + Double(c) * rowHeight
            let label = TextWidth.truncate(categories[c], toFit: labelWidth - 10, fontSize: BarChart.fontSize)
            svg.text(label, x: plotLeft - 8, y: y0 + rowHeight / 2 + 4, anchor: "end", className: "label", tooltip: label == categories[c] ? nil : categories[c],
                     creatorHref: options.creatorLinks[categories[c]])
            var pos = 0.0, neg = 0.0
            for s in series.indices {
                let thickness = barsPerRow == 1 ? 18.0 : 11
                let y = barsPerRow == 1 ? y0 + (rowHeight - thickness) / 2 : y0 + 5 + Double(s) * 12
                guard let v = value(s, c) else {
                    if !stacked { svg.text(format.notAvailable, x: x(0) + 6, y: y + thickness - 2, className: "value na") }
                    continue
                }
                let start = stacked ? (v >= 0 ? pos : neg) : 0
                let end = start + v
                if stacked { if v >= 0 { pos = end } else { neg = end } }
                let tip = (series.count > 1 ? series[s].name + ", " : "") + categories[c] + options.words.colon + format.value(v)
                svg.rect(x: min(x(start), x(end)), y: y, width: abs(x(end) - x(start)), height: thickness, fill: fillAttributes(s), className: markClass(), tooltip: tip)
                if options.provisional { svg.rect(x: min(x(start), x(end)), y: y, width: abs(x(end) - x(start)), height: thickness, fill: "url(#\(options.id)-hatch)", className: "hatch") }
                if options.labels && !stacked {
                    svg.text(format.value(v), x: v >= 0 ? x(end) + 5 : x(end) - 5, y: y + thickness - (barsPerRow == 1 ? 5 : 2), anchor: v >= 0 ? "start" : "end", className: "value")
                }
            }
            if stacked && options.labels, series.indices.contains(where: { value($0, c) != nil }) {
                let total = series.indices.compactMap { value($0, c) }.reduce(0, +)
                svg.text(format.value(total), x: x(max(pos, 0)) + 5, y: y0 + rowHeight / 2 + 4, className: "value")
            }
        }
        svg.close()
        svg.line(x1: x(0), y1: top, x2: x(0), y2: top + plotHeight, className: "baseline")
        drawTarget(&svg, horizontal: true, at: options.target.map(x), span: (top, top + plotHeight))
        return svg.finish()
    }

    func vertical() -> String {
        let legendHeight = series.count > 1 ? 22.0 : 0
        let top = 12 + legendHeight, plotHeight = 220.0
        let categoryWidths = categories.map { TextWidth.estimate($0, fontSize: BarChart.tickFontSize) }
        // The value axis is as wide as its widest tick label.
        let probe = extent.map { NiceScale(min: $0.min, max: $0.max, count: 6) }
        let axisWidth = (probe.map { s in s.ticks.map { TextWidth.estimate(format.tick($0, s.step), fontSize: BarChart.tickFontSize) }.max() ?? 0 } ?? 0) + 14
        let plotLeft = max(40, axisWidth), plotWidth = BarChart.width - plotLeft - 10
        let band = plotWidth / Double(max(1, categories.count))
        // Category labels: horizontal when they fit the band, else rotated and cut to 90 px.
        let rotate = (categoryWidths.max() ?? 0) > band - 4
        let labelHeight = rotate ? 70.0 : 20
        let height = top + plotHeight + labelHeight + 6
        var svg = SVGBuilder(type: "bar", options: options, width: BarChart.width, height: height, description: description)
        guard let e = extent else {
            svg.noData(options.words, width: BarChart.width, height: height)
            return svg.finish()
        }
        let scale = fittingScale(e, length: plotHeight, labelAxisIsHorizontal: false)
        func y(_ v: Double) -> Double { top + plotHeight - scale.position(v, length: plotHeight) }
        if series.count > 1 { svg.legend(series.map(\.name), x: plotLeft, y: 14, maxWidth: plotWidth) }
        drawBenchmark(&svg, horizontal: false, from: y, span: (plotLeft, plotLeft + plotWidth))
        svg.open("axis")
        for tick in scale.ticks {
            svg.line(x1: plotLeft, y1: y(tick), x2: plotLeft + plotWidth, y2: y(tick), className: "grid")
            svg.text(format.tick(tick, scale.step), x: plotLeft - 6, y: y(tick) + 4, anchor: "end")
        }
        svg.close()
        let centers = categories.indices.map { plotLeft + band * (Double($0) + 0.5) }
        let keep = rotate
            ? LabelLayout.thin(centers: centers, widths: centers.map { _ in 14 }, gap: 2)
            : LabelLayout.thin(centers: centers, widths: categoryWidths, gap: 6)
        svg.open("bars")
        let groups = stacked ? 1 : max(1, series.count)
        let inner = band * 0.8 / Double(groups)
        for c in categories.indices {
            var pos = 0.0, neg = 0.0
            for s in series.indices {
                let left = plotLeft + band * Double(c) + band * 0.1 + (stacked ? 0 : Double(s) * inner)
                let w = stacked ? band * 0.8 : inner
                guard let v = value(s, c) else { continue }
                let start = stacked ? (v >= 0 ? pos : neg) : 0
                let end = start + v
                if stacked { if v >= 0 { pos = end } else { neg = end } }
                let tip = (series.count > 1 ? series[s].name + ", " : "") + categories[c] + options.words.colon + format.value(v)
                svg.rect(x: left, y: min(y(start), y(end)), width: w, height: abs(y(end) - y(start)), fill: fillAttributes(s), className: markClass(), tooltip: tip)
                if options.provisional { svg.rect(x: left, y: min(y(start), y(end)), width: w, height: abs(y(end) - y(start)), fill: "url(#\(options.id)-hatch)", className: "hatch") }
                if options.labels && !stacked && groups == 1 && TextWidth.estimate(format.value(v), fontSize: 10) < band {
                    svg.text(format.value(v), x: left + w / 2, y: v >= 0 ? y(end) - 4 : y(end) + 12, anchor: "middle", className: "value")
                }
            }
            if keep[c] {
                let label = rotate ? TextWidth.truncate(categories[c], toFit: 90, fontSize: BarChart.tickFontSize) : categories[c]
                let ly = top + plotHeight + 14
                svg.text(label, x: centers[c], y: ly, anchor: rotate ? "end" : "middle", className: "label", rotate: rotate ? -40 : nil,
                         tooltip: label == categories[c] ? nil : categories[c], creatorHref: options.creatorLinks[categories[c]])
            }
        }
        svg.close()
        svg.line(x1: plotLeft, y1: y(0), x2: plotLeft + plotWidth, y2: y(0), className: "baseline")
        drawTarget(&svg, horizontal: false, at: options.target.map(y), span: (plotLeft, plotLeft + plotWidth))
        return svg.finish()
    }

    /// The benchmark range as a band across the plot, labelled.
    func drawBenchmark(_ svg: inout SVGBuilder, horizontal: Bool, from position: (Double) -> Double, span: (Double, Double)) {
        guard let b = options.benchmark else { return }
        let a = position(b.lowerBound), z = position(b.upperBound)
        svg.open("benchmark")
        if horizontal {
            svg.rect(x: min(a, z), y: span.0, width: abs(z - a), height: span.1 - span.0, className: "band",
                     tooltip: "\(options.words.benchmark): \(format.value(b.lowerBound)) – \(format.value(b.upperBound))")
            svg.text(options.words.benchmark, x: (a + z) / 2, y: span.0 - 2, anchor: "middle", className: "band-label")
        } else {
            svg.rect(x: span.0, y: min(a, z), width: span.1 - span.0, height: abs(z - a), className: "band",
                     tooltip: "\(options.words.benchmark): \(format.value(b.lowerBound)) – \(format.value(b.upperBound))")
            svg.text(options.words.benchmark, x: span.0 + 4, y: min(a, z) + 11, className: "band-label")
        }
        svg.close()
    }

    /// The target as a rule, labelled.
    func drawTarget(_ svg: inout SVGBuilder, horizontal: Bool, at position: Double?, span: (Double, Double)) {
        guard let p = position, let t = options.target else { return }
        let label = "\(options.words.target): \(format.value(t))"
        if horizontal {
            svg.line(x1: p, y1: span.0 - 4, x2: p, y2: span.1, className: "target")
            svg.text(label, x: p, y: span.0 - 6, anchor: "middle", className: "target-label")
        } else {
            svg.line(x1: span.0, y1: p, x2: span.1, y2: p, className: "target")
            svg.text(label, x: span.0 + 4, y: p - 4, className: "target-label")
        }
    }
}
