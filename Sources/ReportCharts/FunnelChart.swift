import ReportCore

/// Reach → link clicks → conversions: one centred bar per step, and the rate from each step to
/// the next with its base.
///
/// Widths are linear: each bar's width is its value's share of the largest step's. A positive
/// step narrower than `minimumWidth` (reach against conversions can differ by 10⁴) is drawn at
/// that width so it stays visible, its value beside it, and a note under the chart names it:
/// no bar is off scale without the chart saying so. A step of 0 or less has no bar.
public struct FunnelChart: Sendable {
    public struct Step: Sendable {
        public var label: String
        public var value: Double?
        /// The rate from the previous step when a KPI measures it on its own basis (the figure
        /// its card shows); nil: the chart states the ratio of the two totals shown.
        public var rate: KPIRate?

        public init(label: String, value: Double?, rate: KPIRate? = nil) {
            self.label = label
            self.value = value
            self.rate = rate
        }
    }

    /// A rate KPI from one step to the next: its label, its value in percent (nil: n/a) and,
    /// in the page's language, the posts it counts when they are not those of the totals shown.
    public struct KPIRate: Sendable {
        public var name: String
        public var value: Double?
        /// nil: the KPI is the ratio of the two totals shown.
        public var basis: String?

        public init(name: String, value: Double?, basis: String?) {
            self.name = name
            self.value = value
            self.basis = basis
        }
    }

    public let steps: [Step]
    public let format: ChartFormat
    /// Formats a rate in percent.
    public let rate: @Sendable (Double) -> String
    public let options: ChartOptions

    public init(steps: [Step], format: ChartFormat, rate: @escaping @Sendable (Double) -> String, options: ChartOptions) {
        self.steps = steps
        self.format = format
        self.rate = rate
        self.options = options
    }

    static let width = 640.0, stepHeight = 52.0, barHeight = 26.0, labelWidth = 150.0
    /// The widest bar: the chart less the label column and room for a value beside a bar.
    static let full = width - labelWidth - 90
    static let center = labelWidth + full / 2
    /// The narrowest bar drawn, so that a tiny step stays visible.
    public static let minimumWidth = 2.0

    /// A bar's width and whether it was widened to `minimumWidth`; nil: no bar (n/a, 0 or less).
    public func barWidths() -> [(width: Double, widened: Bool)?] {
        let top = steps.compactMap(\.value).max() ?? 0
        return steps.map { step in
            guard let v = step.value, v > 0, top > 0 else { return nil }
            let w = FunnelChart.full * v / top
            return w < FunnelChart.minimumWidth ? (FunnelChart.minimumWidth, true) : (w, false)
        }
    }

    /// "CTR 3.2% = Link clicks ÷ Reach, over the posts that report both": the rate from the
    /// previous step and its base; nil for the first step or when either step is n/a.
    public func rateText(_ i: Int) -> String? {
        guard i > 0, let a = steps[i - 1].value, let b = steps[i].value else { return nil }
        let ratio = " = " + steps[i].label + " ÷ " + steps[i - 1].label + ", "
        if let kpi = steps[i].rate {
            return kpi.name + " " + (kpi.value.map(rate) ?? format.notAvailable) + ratio + (kpi.basis ?? options.words.totalsShown)
        }
        guard a > 0 else { return nil }
        return rate(b / a * 100) + ratio + options.words.totalsShown
    }

    /// Says which steps are drawn wider than to scale; nil when every bar is to scale.
    func scaleNote(_ widths: [(width: Double, widened: Bool)?]) -> String? {
        let widened = steps.indices.filter { widths[$0]?.widened == true }.map { steps[$0].label }
        guard !widened.isEmpty else { return nil }
        return options.words.funnelScaleNote(threshold: rate(FunnelChart.minimumWidth / FunnelChart.full * 100), steps: widened)
    }

    public func render() -> ChartOutput {
        let widths = barWidths()
        let note = scaleNote(widths)
        let noteLines = note.map { TextWidth.wrap($0, toFit: FunnelChart.width - 20, fontSize: 10) } ?? []
        let barsHeight = FunnelChart.stepHeight * Double(max(steps.count, 1)) - 10
        let height = barsHeight + (noteLines.isEmpty ? 0 : 3 + 13 * Double(noteLines.count))
        var description = steps.isEmpty ? options.words.noData : steps.indices.map { i in
            steps[i].label + options.words.colon + format.text(steps[i].value) + (rateText(i).map { " (" + $0 + ")" } ?? "")
        }.joined(separator: "; ")
        if let note { description += ". " + note }
        var svg = SVGBuilder(type: "funnel", options: options, width: FunnelChart.width, height: height, description: description)
        let rows = steps.indices.map { i in [steps[i].label, format.text(steps[i].value), rateText(i) ?? ""] }
        let table = DataTable.html(words: options.words, caption: options.title, headers: ["", options.title, "→"], rows: rows)
        guard widths.contains(where: { $0 != nil }) else {
            svg.noData(options.words, width: FunnelChart.width, height: height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let center = FunnelChart.center, labelWidth = FunnelChart.labelWidth
        svg.open("steps")
        for (i, step) in steps.enumerated() {
            let y = 8 + Double(i) * FunnelChart.stepHeight
            svg.text(TextWidth.truncate(step.label, toFit: labelWidth - 10, fontSize: 12), x: labelWidth - 10, y: y + 17, anchor: "end", className: "label")
            if let v = step.value {
                let text = format.value(v)
                let w = widths[i]?.width ?? 0
                if w > 0 {
                    svg.rect(x: center - w / 2, y: y, width: w, height: FunnelChart.barHeight, fill: ChartPalette.color(0), className: "step",
                             tooltip: step.label + options.words.colon + text)
                }
                if w == 0 {
                    svg.text(text, x: center, y: y + 18, anchor: "middle", className: "value")
                } else if TextWidth.estimate(text, fontSize: 12) + 12 < w {
                    svg.text(text, x: center, y: y + 18, anchor: "middle", className: "value inside")
                } else {
                    // Too narrow to hold its value: the value reads beside the bar.
                    svg.text(text, x: center + w / 2 + 6, y: y + 18, className: "value")
                }
            } else {
                svg.text(format.notAvailable, x: center, y: y + 18, anchor: "middle", className: "value na")
            }
            if let r = rateText(i) {
                rateLine("↓ " + r, y: y - 9, into: &svg)
            }
        }
        for (k, line) in noteLines.enumerated() {
            svg.text(line, x: 10, y: barsHeight + 10 + 13 * Double(k), className: "scale-note")
        }
        svg.close()
        return ChartOutput(svg: svg.finish(), table: table)
    }

    /// A rate between two bars, centred on the funnel and kept inside the chart; cut to fit,
    /// with its whole text as a tooltip.
    private func rateLine(_ text: String, y: Double, into svg: inout SVGBuilder) {
        let room = FunnelChart.width - 8
        let fitted = TextWidth.truncate(text, toFit: room, fontSize: 11)
        let half = TextWidth.estimate(fitted, fontSize: 11) / 2
        let x = min(max(FunnelChart.center, 4 + half), FunnelChart.width - 4 - half)
        svg.text(fitted, x: x, y: y, anchor: "middle", className: "rate", tooltip: fitted == text ? nil : text)
    }
}
