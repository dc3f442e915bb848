import ReportCore

/// One bar: its category label, its value (nil = not reported) and the value as shown.
public struct BarDatum: Sendable, Hashable {
    public let label: String
    public let value: Double?
    public let formatted: String

    public init(label: String, value: Double?, formatted: String) {
        self.label = label
        self.value = value
        self.formatted = formatted
    }
}

/// A horizontal bar chart: category labels on the left read whole, which suits handles and
/// platform names. Zero-based, nice ticks, values printed at the end of each bar; an
/// unreported value shows as "n/a" with no bar rather than a zero-length one.
public struct BarChart: Sendable {
    public let id: String
    public let title: String
    public let data: [BarDatum]
    /// Formats tick values (locale and unit of the measure).
    public let tickFormat: @Sendable (_ value: Double, _ step: Double) -> String
    public let notAvailable: String

    public init(id: String, title: String, data: [BarDatum], notAvailable: String, tickFormat: @escaping @Sendable (_ value: Double, _ step: Double) -> String) {
        self.id = id
        self.title = title
        self.data = data
        self.notAvailable = notAvailable
        self.tickFormat = tickFormat
    }

    static let width = 640.0
    static let rowHeight = 26.0
    static let barHeight = 18.0
    static let top = 8.0
    static let axisHeight = 24.0
    static let labelWidth = 170.0
    static let valueWidth = 90.0
    /// About 7 px per character at 12 px: what fits left of the bars.
    static let maxLabelCharacters = 22
    /// Average advance of an 11 px axis label, for collision checks.
    static let tickCharacterWidth = 6.6

    public func svg() -> String {
        let values = data.compactMap(\.value)
        let plotWidth = BarChart.width - BarChart.labelWidth - BarChart.valueWidth
        let height = BarChart.top + Double(max(data.count, 1)) * BarChart.rowHeight + BarChart.axisHeight
        let n = SVGNumber.format
        let description = data.map { "\($0.label): \($0.value == nil ? notAvailable : $0.formatted)" }.joined(separator: "; ")
        var out = "<svg class=\"chart chart-bar\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(n(BarChart.width)) \(n(height))\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description.isEmpty ? notAvailable : description))</desc>\n"
        guard !values.isEmpty else {
            out += "<text class=\"no-data\" x=\"\(n(BarChart.width / 2))\" y=\"\(n(height / 2))\" text-anchor=\"middle\">\(HTMLEscaping.escape(notAvailable))</text>\n</svg>"
            return out
        }
        let scale = fittingScale(values, width: plotWidth)
        let x0 = BarChart.labelWidth
        let zeroX = x0 + scale.position(0, length: plotWidth)
        let plotBottom = BarChart.top + Double(data.count) * BarChart.rowHeight
        // Grid and ticks.
        out += "<g class=\"axis\">\n"
        for tick in scale.ticks {
            let x = x0 + scale.position(tick, length: plotWidth)
            out += "<line class=\"grid\" x1=\"\(n(x))\" x2=\"\(n(x))\" y1=\"\(n(BarChart.top))\" y2=\"\(n(plotBottom))\"/>\n"
            out += "<text x=\"\(n(x))\" y=\"\(n(plotBottom + 16))\" text-anchor=\"middle\">\(HTMLEscaping.escape(tickFormat(tick, scale.step)))</text>\n"
        }
        out += "</g>\n<g class=\"bars\">\n"
        for (i, datum) in data.enumerated() {
            let y = BarChart.top + Double(i) * BarChart.rowHeight
            let label = BarChart.truncated(datum.label)
            let mid = y + BarChart.rowHeight / 2
            out += "<g class=\"bar\">"
            out += "<text class=\"label\" x=\"\(n(x0 - 8))\" y=\"\(n(mid + 4))\" text-anchor=\"end\">"
            if label != datum.label { out += "<title>\(HTMLEscaping.escape(datum.label))</title>" }
            out += "\(HTMLEscaping.escape(label))</text>"
            if let value = datum.value {
                let x = x0 + scale.position(value, length: plotWidth)
                let left = min(x, zeroX), w = abs(x - zeroX)
                out += "<rect x=\"\(n(left))\" y=\"\(n(mid - BarChart.barHeight / 2))\" width=\"\(n(w))\" height=\"\(n(BarChart.barHeight))\"><title>\(HTMLEscaping.escape(datum.label)): \(HTMLEscaping.escape(datum.formatted))</title></rect>"
                out += "<text class=\"value\" x=\"\(n(max(x, zeroX) + 6))\" y=\"\(n(mid + 4))\">\(HTMLEscaping.escape(datum.formatted))</text>"
            } else {
                out += "<text class=\"value na\" x=\"\(n(zeroX + 6))\" y=\"\(n(mid + 4))\">\(HTMLEscaping.escape(notAvailable))</text>"
            }
            out += "</g>\n"
        }
        out += "</g>\n"
        out += "<line class=\"baseline\" x1=\"\(n(zeroX))\" x2=\"\(n(zeroX))\" y1=\"\(n(BarChart.top))\" y2=\"\(n(plotBottom))\"/>\n"
        out += "</svg>"
        return out
    }

    /// The scale with the most ticks (5, then fewer) whose labels do not touch.
    func fittingScale(_ values: [Double], width: Double) -> NiceScale {
        var count = 5
        while true {
            let scale = NiceScale(min: values.min() ?? 0, max: values.max() ?? 0, count: count)
            let widest = scale.ticks.map { Double(tickFormat($0, scale.step).count) * BarChart.tickCharacterWidth }.max() ?? 0
            let spacing = scale.ticks.count > 1 ? width / Double(scale.ticks.count - 1) : width
            if widest + 8 <= spacing || count <= 1 { return scale }
            count -= count > 3 ? 2 : 1
        }
    }

    /// Long labels are cut with an ellipsis; the full text stays in a `<title>`.
    static func truncated(_ label: String) -> String {
        label.count <= maxLabelCharacters ? label : String(label.prefix(maxLabelCharacters - 1)) + "…"
    }
}
