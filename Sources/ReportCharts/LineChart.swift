import ReportCore

/// Several series over ordered categories (days, months); a gap where a value is unreported,
/// a lone dot where a point has no neighbour.
public struct LineChart: Sendable {
    public let categories: [String]
    public let series: [ChartSeries]
    public let format: ChartFormat
    public let options: ChartOptions

    public init(categories: [String], series: [ChartSeries], format: ChartFormat, options: ChartOptions) {
        self.categories = categories
        self.series = series
        self.format = format
        self.options = options
    }

    static let width = 640.0, height = 300.0

    public func render() -> ChartOutput {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let format = self.format.memoized(values)
        let description = series.map { s in
            s.name + options.words.colon + categories.indices.map { i in categories[i] + " " + format.text(i < s.values.count ? s.values[i] : nil) }.joined(separator: ", ")
        }.joined(separator: "; ") + (options.provisional ? " (\(options.words.provisional))" : "")
        let legend = series.count > 1 ? 22.0 : 0
        // Room on the right for half the last category label, which is centred on its point.
        let top = 14 + legend, left = 56.0, bottom = 40.0
        let right = max(16, (categories.last.map { TextWidth.estimate($0, fontSize: 11) } ?? 0) / 2 + 4)
        let plotWidth = LineChart.width - left - right, plotHeight = LineChart.height - top - bottom
        var svg = SVGBuilder(type: "line", options: options, width: LineChart.width, height: LineChart.height,
                             description: values.isEmpty ? options.words.noData : description)
        let headers = [""] + series.map(\.name)
        let rows = categories.indices.map { i in [categories[i]] + series.map { format.text(i < $0.values.count ? $0.values[i] : nil) } }
        let table = DataTable.html(words: options.words, caption: options.title, headers: headers, rows: rows)
        guard let lo = values.min(), let hi = values.max() else {
            svg.noData(options.words, width: LineChart.width, height: LineChart.height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let scale = NiceScale(min: min(lo, options.target ?? lo, options.benchmark?.lowerBound ?? lo),
                              max: max(hi, options.target ?? hi, options.benchmark?.upperBound ?? hi), count: 5, zeroBased: lo >= 0)
        func y(_ v: Double) -> Double { top + plotHeight - scale.position(v, length: plotHeight) }
        let step = categories.count > 1 ? plotWidth / Double(categories.count - 1) : 0
        func x(_ i: Int) -> Double { categories.count > 1 ? left + step * Double(i) : left + plotWidth / 2 }
        if series.count > 1 { svg.legend(series.map(\.name), x: left, y: 14, maxWidth: plotWidth) }
        // Shaded periods: each category's point stands in the middle of its slot.
        for shade in options.shades where !categories.isEmpty {
            let first = max(0, min(shade.first, categories.count - 1)), last = max(first, min(shade.last, categories.count - 1))
            let x0 = max(left, x(first) - step / 2), x1 = min(left + plotWidth, x(last) + step / 2)
            guard x1 > x0 else { continue }
            svg.rect(x: x0, y: top, width: x1 - x0, height: plotHeight, className: "shade shade-" + shade.style,
                     tooltip: shade.label + options.words.colon + categories[first] + " – " + categories[last])
            svg.text(shade.label, x: x0 + 3, y: top + 11, className: "shade-label")
        }
        if let b = options.benchmark {
            svg.rect(x: left, y: y(b.upperBound), width: plotWidth, height: y(b.lowerBound) - y(b.upperBound), className: "band",
                     tooltip: "\(options.words.benchmark): \(format.value(b.lowerBound)) – \(format.value(b.upperBound))")
        }
        svg.open("axis")
        for tick in scale.ticks {
            svg.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), className: "grid")
            svg.text(format.tick(tick, scale.step), x: left - 6, y: y(tick) + 4, anchor: "end")
        }
        let widths = categories.map { TextWidth.estimate($0, fontSize: 11) }
        let keep = LabelLayout.thin(centers: categories.indices.map(x), widths: widths, gap: 8)
        for i in categories.indices where keep[i] {
            svg.text(categories[i], x: x(i), y: top + plotHeight + 16, anchor: "middle", creatorHref: options.creatorLinks[categories[i]])
        }
        svg.close()
        for (s, serie) in series.enumerated() {
            let color = ChartPalette.color(s)
            var d = ""
            var previous = false
            var points: [Int] = []
            for i in categories.indices {
                guard i < serie.values.count, let v = serie.values[i] else { previous = false; continue }
                d += (previous ? "L" : "M") + SVGNumber.format(x(i)) + " " + SVGNumber.format(y(v))
                previous = true
                points.append(i)
            }
            svg.open("series")
            if !d.isEmpty { svg.path(d, className: options.provisional ? "line provisional" : "line", stroke: color, fill: "none") }
            for i in points {
                let v = serie.values[i] ?? 0
                let alone = !(i > 0 && serie.values[i - 1] != nil) && !(i + 1 < serie.values.count && serie.values[i + 1] != nil)
                svg.circle(cx: x(i), cy: y(v), r: alone ? 3.5 : 2.2, fill: color, className: "point",
                           tooltip: (series.count > 1 ? serie.name + ", " : "") + categories[i] + options.words.colon + format.value(v))
            }
            svg.close()
        }
        if let t = options.target {
            svg.line(x1: left, y1: y(t), x2: left + plotWidth, y2: y(t), className: "target")
            svg.text("\(options.words.target): \(format.value(t))", x: left + 4, y: y(t) - 4, className: "target-label")
        }
        return ChartOutput(svg: svg.finish(), table: table)
    }
}
