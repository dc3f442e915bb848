import ReportCore

/// A word-sized trend (Tufte) for tables and KPI cards: a line with gaps where values are
/// unreported and a dot on the last value. No axes; the numbers are in the label.
public struct Sparkline: Sendable {
    public let values: [Double?]
    public let options: ChartOptions
    public let format: ChartFormat

    public init(values: [Double?], format: ChartFormat, options: ChartOptions) {
        self.values = values
        self.format = format
        self.options = options
    }

    public static let width = 100.0, height = 24.0

    public func svg() -> String {
        let known = values.compactMap { $0 }
        let first = values.first { $0 != nil }.flatMap { $0 }, last = values.last { $0 != nil }.flatMap { $0 }
        let description = known.isEmpty ? options.words.noData : "\(format.text(first)) → \(format.text(last)), min \(format.text(known.min())), max \(format.text(known.max()))"
        var b = SVGBuilder(type: "sparkline", options: options, width: Sparkline.width, height: Sparkline.height, description: description)
        guard let lo = known.min(), let hi = known.max() else { return b.finish() }
        let n = values.count
        func x(_ i: Int) -> Double { n > 1 ? 2 + (Sparkline.width - 6) * Double(i) / Double(n - 1) : Sparkline.width / 2 }
        func y(_ v: Double) -> Double { hi > lo ? 3 + (Sparkline.height - 6) * (1 - (v - lo) / (hi - lo)) : Sparkline.height / 2 }
        var d = "", previous = false
        var lastIndex = 0
        for (i, v) in values.enumerated() {
            guard let v else { previous = false; continue }
            d += (previous ? "L" : "M") + SVGNumber.format(x(i)) + " " + SVGNumber.format(y(v))
            previous = true
            lastIndex = i
        }
        if known.count > 1 { b.path(d, className: "spark", stroke: ChartPalette.color(0), fill: "none") }
        b.circle(cx: x(lastIndex), cy: y(values[lastIndex] ?? lo), r: 2, fill: ChartPalette.color(0), className: "spark-end")
        return b.finish()
    }
}
