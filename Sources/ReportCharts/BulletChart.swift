import ReportCore

/// Stephen Few's bullet graph: each row's value as a bar against its target (a tick) and a
/// benchmark band behind.
public struct BulletChart: Sendable {
    public struct Row: Sendable {
        public let label: String
        public let value: Double?
        public let target: Double?
        public let band: ClosedRange<Double>?

        public init(label: String, value: Double?, target: Double?, band: ClosedRange<Double>?) {
            self.label = label
            self.value = value
            self.target = target
            self.band = band
        }
    }

    public let rows: [Row]
    public let format: ChartFormat
    public let options: ChartOptions

    public init(rows: [Row], format: ChartFormat, options: ChartOptions) {
        self.rows = rows
        self.format = format
        self.options = options
    }

    public func render() -> ChartOutput {
        let rowHeight = 34.0, top = 10.0
        let labelWidth = min(180, (rows.map { TextWidth.estimate($0.label, fontSize: 12) }.max() ?? 0) + 12)
        let plotWidth = 640 - labelWidth - 80
        let height = top + Double(max(rows.count, 1)) * rowHeight + 24
        let description = rows.isEmpty ? options.words.noData : rows.map { r in
            var s = r.label + options.words.colon + format.text(r.value)
            if let t = r.target { s += ", \(options.words.target.lowercased()) " + format.value(t) }
            if let b = r.band { s += ", \(options.words.benchmark.lowercased()) " + format.value(b.lowerBound) + " – " + format.value(b.upperBound) }
            return s
        }.joined(separator: "; ")
        var svg = SVGBuilder(type: "bullet", options: options, width: 640, height: height, description: description)
        let table = DataTable.html(words: options.words, caption: options.title, headers: ["", options.title, options.words.target, options.words.benchmark],
                                   rows: rows.map { r in [r.label, format.text(r.value), format.text(r.target),
                                                          r.band.map { format.value($0.lowerBound) + " – " + format.value($0.upperBound) } ?? format.notAvailable] })
        let numbers = rows.flatMap { [$0.value, $0.target, $0.band?.upperBound, $0.band?.lowerBound].compactMap { $0 } }
        guard let hi = numbers.max(), let lo = numbers.min(), rows.contains(where: { $0.value != nil }) else {
            svg.noData(options.words, width: 640, height: height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let scale = NiceScale(min: lo, max: hi, count: 5)
        func x(_ v: Double) -> Double { labelWidth + scale.position(v, length: plotWidth) }
        let bottom = top + Double(rows.count) * rowHeight
        svg.open("axis")
        for t in scale.ticks {
            svg.text(format.tick(t, scale.step), x: x(t), y: bottom + 14, anchor: "middle")
        }
        svg.close()
        for (i, r) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            svg.open("bullet")
            svg.text(TextWidth.truncate(r.label, toFit: labelWidth - 10, fontSize: 12), x: labelWidth - 8, y: y + 20, anchor: "end", className: "label",
                     creatorHref: options.creatorLinks[r.label])
            svg.rect(x: x(scale.lower), y: y + 6, width: plotWidth, height: 22, className: "track")
            if let b = r.band {
                svg.rect(x: x(b.lowerBound), y: y + 6, width: x(b.upperBound) - x(b.lowerBound), height: 22, className: "band",
                         tooltip: "\(options.words.benchmark): \(format.value(b.lowerBound)) – \(format.value(b.upperBound))")
            }
            if let v = r.value {
                svg.rect(x: min(x(0), x(v)), y: y + 13, width: abs(x(v) - x(0)), height: 8, fill: ChartPalette.color(0),
                         className: options.provisional ? "bar-mark provisional" : "bar-mark", tooltip: r.label + options.words.colon + format.value(v))
                svg.text(format.value(v), x: labelWidth + plotWidth + 6, y: y + 21, className: "value")
            } else {
                svg.text(format.notAvailable, x: labelWidth + plotWidth + 6, y: y + 21, className: "value na")
            }
            if let t = r.target {
                svg.line(x1: x(t), y1: y + 8, x2: x(t), y2: y + 26, className: "target")
            }
            svg.close()
        }
        return ChartOutput(svg: svg.finish(), table: table)
    }
}
