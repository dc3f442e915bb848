import ReportCore

/// Shares of a whole; slices under 3 % are grouped as "other" so none is a sliver.
public struct DonutChart: Sendable {
    public let slices: [(label: String, value: Double?)]
    public let format: ChartFormat
    public let options: ChartOptions
    public let smallShare: Double

    public init(slices: [(label: String, value: Double?)], format: ChartFormat, options: ChartOptions, smallShare: Double = 0.03) {
        self.slices = slices
        self.format = format
        self.options = options
        self.smallShare = smallShare
    }

    static let width = 640.0, height = 260.0

    /// Positive slices largest first, the small ones merged into "other".
    var grouped: [(label: String, value: Double)] {
        var positive: [(label: String, value: Double)] = []
        for s in slices {
            if let v = s.value, v > 0 { positive.append((s.label, v)) }
        }
        positive.sort { a, b in a.value != b.value ? a.value > b.value : a.label < b.label }
        var total = 0.0
        for p in positive { total += p.value }
        guard total > 0 else { return [] }
        let small = positive.filter { $0.value / total < smallShare }
        guard small.count > 1 else { return positive }
        var other = 0.0
        for p in small { other += p.value }
        return positive.filter { $0.value / total >= smallShare } + [(options.words.other, other)]
    }

    public func render() -> ChartOutput {
        let parts = grouped
        let total = parts.reduce(0) { $0 + $1.value }
        let percent = NumberFormat(locale: options.words.locale, symbols: options.words.numbers)
        let share = { (v: Double) in percent.percent(v / total * 100) }
        let description = parts.isEmpty ? options.words.noData : parts.map { "\($0.label): \(format.value($0.value)) (\(share($0.value)))" }.joined(separator: "; ")
        var svg = SVGBuilder(type: "donut", options: options, width: DonutChart.width, height: DonutChart.height, description: description)
        let rows = slices.map { [$0.label, format.text($0.value)] }
        let table = DataTable.html(words: options.words, caption: options.title, headers: ["", options.title], rows: rows)
        guard total > 0 else {
            svg.noData(options.words, width: DonutChart.width, height: DonutChart.height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let cx = 130.0, cy = 130.0, outer = 110.0, inner = 66.0
        svg.open("slices")
        for (i, slice) in ArcGeometry.slices(parts.map(\.value)).enumerated() {
            let tip = "\(parts[i].label): \(format.value(parts[i].value)) (\(share(parts[i].value)))"
            if parts.count == 1 {
                // A full ring cannot be one arc: two half rings.
                svg.path(ring(cx, cy, outer, inner), className: "slice", fill: ChartPalette.color(i), tooltip: tip)
                continue
            }
            svg.path(arc(cx, cy, outer, inner, slice), className: "slice", fill: ChartPalette.color(i), tooltip: tip)
        }
        svg.close()
        svg.text(format.value(total), x: cx, y: cy + 2, anchor: "middle", className: "total")
        svg.text(options.words.total, x: cx, y: cy + 18, anchor: "middle", className: "total-label")
        svg.open("legend")
        for (i, p) in parts.enumerated() {
            let y = 30.0 + Double(i) * 22
            svg.rect(x: 280, y: y - 10, width: 12, height: 12, fill: ChartPalette.color(i))
            let label = TextWidth.truncate(p.label, toFit: 200, fontSize: 12)
            svg.text(label, x: 298, y: y, className: "legend-label", tooltip: label == p.label ? nil : p.label, creatorHref: options.creatorLinks[p.label])
            svg.text("\(share(p.value)) · \(format.value(p.value))", x: 630, y: y, anchor: "end", className: "value")
        }
        svg.close()
        return ChartOutput(svg: svg.finish(), table: table)
    }

    func arc(_ cx: Double, _ cy: Double, _ r: Double, _ r0: Double, _ s: ArcGeometry.Slice) -> String {
        let n = SVGNumber.format
        let large = s.end - s.start > Double.pi ? 1 : 0
        let a = ArcGeometry.point(cx: cx, cy: cy, r: r, angle: s.start), b = ArcGeometry.point(cx: cx, cy: cy, r: r, angle: s.end)
        let c = ArcGeometry.point(cx: cx, cy: cy, r: r0, angle: s.end), d = ArcGeometry.point(cx: cx, cy: cy, r: r0, angle: s.start)
        return "M\(n(a.x)) \(n(a.y))A\(n(r)) \(n(r)) 0 \(large) 1 \(n(b.x)) \(n(b.y))L\(n(c.x)) \(n(c.y))A\(n(r0)) \(n(r0)) 0 \(large) 0 \(n(d.x)) \(n(d.y))Z"
    }

    func ring(_ cx: Double, _ cy: Double, _ r: Double, _ r0: Double) -> String {
        let n = SVGNumber.format
        return "M\(n(cx)) \(n(cy - r))A\(n(r)) \(n(r)) 0 1 1 \(n(cx)) \(n(cy + r))A\(n(r)) \(n(r)) 0 1 1 \(n(cx)) \(n(cy - r))Z"
            + "M\(n(cx)) \(n(cy - r0))A\(n(r0)) \(n(r0)) 0 1 0 \(n(cx)) \(n(cy + r0))A\(n(r0)) \(n(r0)) 0 1 0 \(n(cx)) \(n(cy - r0))Z"
    }
}
