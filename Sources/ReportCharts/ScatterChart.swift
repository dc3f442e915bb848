import ReportCore

/// Spend against revenue (or any two measures), one labelled point per influencer, with the
/// break-even line (ROAS = 1) where x and y share a unit. Labels never collide: a label with
/// no free place is left to the point's tooltip and the data table.
public struct ScatterChart: Sendable {
    public let points: [(label: String, x: Double?, y: Double?)]
    public let xName: String
    public let yName: String
    public let xFormat: ChartFormat
    public let yFormat: ChartFormat
    public let breakEven: Bool
    public let options: ChartOptions

    public init(points: [(label: String, x: Double?, y: Double?)], xName: String, yName: String, xFormat: ChartFormat, yFormat: ChartFormat,
                breakEven: Bool, options: ChartOptions) {
        self.points = points
        self.xName = xName
        self.yName = yName
        self.xFormat = xFormat
        self.yFormat = yFormat
        self.breakEven = breakEven
        self.options = options
    }

    static let width = 640.0, height = 360.0

    public func render() -> ChartOutput {
        let known = points.enumerated().compactMap { i, p in p.x.flatMap { x in p.y.map { (i, p.label, x, $0) } } }
        let description = known.isEmpty ? options.words.noData
            : known.map { "\($0.1): \(xName) \(xFormat.value($0.2)), \(yName) \(yFormat.value($0.3))" }.joined(separator: "; ")
        var svg = SVGBuilder(type: "scatter", options: options, width: ScatterChart.width, height: ScatterChart.height, description: description)
        let table = DataTable.html(words: options.words, caption: options.title, headers: ["", xName, yName],
                                   rows: points.map { [$0.label, xFormat.text($0.x), yFormat.text($0.y)] })
        guard !known.isEmpty else {
            svg.noData(options.words, width: ScatterChart.width, height: ScatterChart.height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let left = 64.0, right = 16.0, top = 16.0, bottom = 46.0
        let plotWidth = ScatterChart.width - left - right, plotHeight = ScatterChart.height - top - bottom
        let xs = known.map(\.2), ys = known.map(\.3)
        var xHi = xs.max() ?? 0, yHi = ys.max() ?? 0
        if breakEven { let m = max(xHi, yHi); xHi = max(xHi, min(m, yHi)); yHi = max(yHi, min(m, xHi)) }
        let sx = NiceScale(min: xs.min() ?? 0, max: xHi, count: 6), sy = NiceScale(min: ys.min() ?? 0, max: yHi, count: 5)
        func px(_ v: Double) -> Double { left + sx.position(v, length: plotWidth) }
        func py(_ v: Double) -> Double { top + plotHeight - sy.position(v, length: plotHeight) }
        svg.open("axis")
        for t in sy.ticks {
            svg.line(x1: left, y1: py(t), x2: left + plotWidth, y2: py(t), className: "grid")
            svg.text(yFormat.tick(t, sy.step), x: left - 6, y: py(t) + 4, anchor: "end")
        }
        let xTicks = sx.ticks
        let keep = LabelLayout.thin(centers: xTicks.map(px), widths: xTicks.map { TextWidth.estimate(xFormat.tick($0, sx.step), fontSize: 11) }, gap: 8)
        for (i, t) in xTicks.enumerated() {
            svg.line(x1: px(t), y1: top, x2: px(t), y2: top + plotHeight, className: "grid")
            if keep[i] {
                let label = xFormat.tick(t, sx.step)
                let overflow = px(t) + TextWidth.estimate(label, fontSize: 11) / 2 > ScatterChart.width
                svg.text(label, x: overflow ? ScatterChart.width - 2 : px(t), y: top + plotHeight + 16, anchor: overflow ? "end" : "middle")
            }
        }
        svg.text(xName, x: left + plotWidth, y: ScatterChart.height - 4, anchor: "end", className: "axis-title")
        svg.text(yName, x: left, y: top - 4, className: "axis-title")
        svg.close()
        if breakEven {
            // revenue = spend: above the line revenue covered spend (ROAS above 1, not yet a profit).
            let end = min(sx.upper, sy.upper)
            svg.line(x1: px(max(sx.lower, sy.lower)), y1: py(max(sx.lower, sy.lower)), x2: px(end), y2: py(end), className: "break-even")
            svg.text("ROAS = 1", x: px(end) - 4, y: py(end) + 14, anchor: "end", className: "break-even-label")
        }
        let positions = known.map { (x: px($0.2), y: py($0.3)) }
        let sizes = known.map { (width: TextWidth.estimate($0.1, fontSize: 11), height: 12.0) }
        // Larger y first: the points a reader looks for keep their labels.
        let order = known.indices.sorted { known[$0].3 != known[$1].3 ? known[$0].3 > known[$1].3 : $0 < $1 }
        let boxes = LabelLayout.placePointLabels(points: positions, sizes: sizes, radius: 4,
                                                 bounds: LabelLayout.Box(x: left, y: top, width: plotWidth, height: plotHeight), order: order)
        svg.open("points")
        for (k, p) in known.enumerated() {
            svg.circle(cx: positions[k].x, cy: positions[k].y, r: 4, fill: ChartPalette.color(0), className: "point",
                       tooltip: "\(p.1): \(xName) \(xFormat.value(p.2)), \(yName) \(yFormat.value(p.3))")
        }
        svg.close()
        svg.open("point-labels")
        for (k, box) in boxes.enumerated() {
            guard let box else { continue }
            svg.text(known[k].1, x: box.x, y: box.y + box.height - 2, className: "point-label", creatorHref: options.creatorLinks[known[k].1])
        }
        svg.close()
        return ChartOutput(svg: svg.finish(), table: table)
    }
}
