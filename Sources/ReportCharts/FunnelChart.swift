import ReportCore

/// Reach → link clicks → conversions: one centred bar per step, widths to scale, and the
/// rate from each step to the next.
public struct FunnelChart: Sendable {
    public let steps: [(label: String, value: Double?)]
    public let format: ChartFormat
    /// Formats a step rate in percent.
    public let rate: @Sendable (Double) -> String
    public let options: ChartOptions

    public init(steps: [(label: String, value: Double?)], format: ChartFormat, rate: @escaping @Sendable (Double) -> String, options: ChartOptions) {
        self.steps = steps
        self.format = format
        self.rate = rate
        self.options = options
    }

    static let width = 640.0, stepHeight = 44.0

    func stepRate(_ i: Int) -> Double? {
        guard i > 0, let a = steps[i - 1].value, let b = steps[i].value, a > 0 else { return nil }
        return b / a * 100
    }

    public func render() -> ChartOutput {
        let height = 16 + Double(max(steps.count, 1)) * FunnelChart.stepHeight
        let description = steps.isEmpty ? options.words.noData : steps.indices.map { i in
            steps[i].label + ": " + format.text(steps[i].value) + (stepRate(i).map { " (" + rate($0) + ")" } ?? "")
        }.joined(separator: "; ")
        var svg = SVGBuilder(type: "funnel", options: options, width: FunnelChart.width, height: height, description: description)
        let rows = steps.indices.map { i in [steps[i].label, format.text(steps[i].value), stepRate(i).map(rate) ?? ""] }
        let table = DataTable.html(words: options.words, caption: options.title, headers: ["", options.title, "→"], rows: rows)
        guard let top = steps.compactMap({ $0.value }).max(), top > 0 else {
            svg.noData(options.words, width: FunnelChart.width, height: height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let labelWidth = 150.0, center = labelWidth + (FunnelChart.width - labelWidth - 90) / 2, full = FunnelChart.width - labelWidth - 90
        svg.open("steps")
        for (i, step) in steps.enumerated() {
            let y = 8 + Double(i) * FunnelChart.stepHeight
            svg.text(TextWidth.truncate(step.label, toFit: labelWidth - 10, fontSize: 12), x: labelWidth - 10, y: y + 20, anchor: "end", className: "label")
            if let v = step.value {
                // Widths on a square-root scale keep small last steps visible.
                let w = max(2, full * (max(v, 0) / top).squareRoot())
                svg.rect(x: center - w / 2, y: y + 4, width: w, height: 26, fill: ChartPalette.color(0), className: "step", tooltip: step.label + ": " + format.value(v))
                let text = format.value(v)
                if TextWidth.estimate(text, fontSize: 12) + 12 < w {
                    svg.text(text, x: center, y: y + 21, anchor: "middle", className: "value inside")
                } else {
                    svg.text(text, x: center + w / 2 + 6, y: y + 21, className: "value")
                }
            } else {
                svg.text(format.notAvailable, x: center, y: y + 21, anchor: "middle", className: "value na")
            }
            if let r = stepRate(i) {
                svg.text("↓ " + rate(r), x: labelWidth - 10, y: y + 2, anchor: "end", className: "rate")
            }
        }
        svg.close()
        return ChartOutput(svg: svg.finish(), table: table)
    }
}
