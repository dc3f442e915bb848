import ReportCore

/// A matrix of values (engagement rate by weekday × hour): colour from a sequential ramp;
/// unreported cells stay blank so they are not read as low.
public struct HeatmapChart: Sendable {
    public let rows: [String]
    public let columns: [String]
    public let values: [[Double?]]
    public let format: ChartFormat
    public let options: ChartOptions

    public init(rows: [String], columns: [String], values: [[Double?]], format: ChartFormat, options: ChartOptions) {
        self.rows = rows
        self.columns = columns
        self.values = values
        self.format = format
        self.options = options
    }

    func value(_ r: Int, _ c: Int) -> Double? { r < values.count && c < values[r].count ? values[r][c] : nil }

    public func render() -> ChartOutput {
        let labelWidth = min(110, (rows.map { TextWidth.estimate($0, fontSize: 11) }.max() ?? 0) + 10)
        let cell = max(10, min(40, (640 - labelWidth - 10) / Double(max(columns.count, 1))))
        // A fixed 640-unit canvas, so text keeps its size however few the columns.
        let width = 640.0
        let height = 24 + cell * Double(rows.count) + 40
        let all = rows.indices.flatMap { r in columns.indices.compactMap { value(r, $0) } }
        let description = all.isEmpty ? options.words.noData : rows.indices.map { r in
            rows[r] + options.words.colon + columns.indices.compactMap { c in value(r, c).map { columns[c] + " " + format.value($0) } }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = SVGBuilder(type: "heatmap", options: options, width: width, height: height, description: description)
        let table = DataTable.html(words: options.words, caption: options.title, headers: [""] + columns,
                                   rows: rows.indices.map { r in [rows[r]] + columns.indices.map { format.text(value(r, $0)) } })
        guard let lo = all.min(), let hi = all.max() else {
            svg.noData(options.words, width: width, height: height)
            return ChartOutput(svg: svg.finish(), table: table)
        }
        let top = 20.0
        svg.open("axis")
        let centers = columns.indices.map { labelWidth + cell * (Double($0) + 0.5) }
        let keep = LabelLayout.thin(centers: centers, widths: columns.map { TextWidth.estimate($0, fontSize: 10) }, gap: 4)
        for c in columns.indices where keep[c] { svg.text(columns[c], x: centers[c], y: top - 6, anchor: "middle", creatorHref: options.creatorLinks[columns[c]]) }
        for r in rows.indices { svg.text(rows[r], x: labelWidth - 6, y: top + cell * (Double(r) + 0.5) + 4, anchor: "end", creatorHref: options.creatorLinks[rows[r]]) }
        svg.close()
        svg.open("cells")
        for r in rows.indices {
            for c in columns.indices {
                let x = labelWidth + cell * Double(c), y = top + cell * Double(r)
                guard let v = value(r, c) else {
                    svg.rect(x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, className: "cell na", tooltip: "\(rows[r]) \(columns[c]): \(format.notAvailable)")
                    continue
                }
                let t = hi > lo ? (v - lo) / (hi - lo) : 1
                svg.rect(x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, fill: ChartPalette.sequential(t), className: "cell",
                         tooltip: "\(rows[r]) \(columns[c]): \(format.value(v))")
            }
        }
        svg.close()
        // Legend: the ramp's two ends.
        let ly = top + cell * Double(rows.count) + 14
        svg.open("legend")
        let minLabel = format.value(lo)
        let rampLeft = labelWidth + TextWidth.estimate(minLabel, fontSize: 11) + 8
        svg.text(minLabel, x: rampLeft - 6, y: ly + 9, anchor: "end", className: "legend-label")
        for i in 0..<5 {
            svg.rect(x: rampLeft + Double(i) * 16, y: ly, width: 16, height: 10, fill: ChartPalette.sequential(Double(i) / 4))
        }
        svg.text(format.value(hi), x: rampLeft + 86, y: ly + 9, className: "legend-label")
        svg.close()
        return ChartOutput(svg: svg.finish(), table: table)
    }
}
