import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReportCharts
@testable import ReportCore
@testable import ReportSite

/// d3-array's `ticks(start, stop, count)` and the nice domain, against its published outputs.
@Suite struct NiceTickTests {
    @Test(arguments: [
        (0.0, 1.0, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 10, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 100, 5, [0, 20, 40, 60, 80, 100]),
        (-10, 10, 5, [-10, -5, 0, 5, 10]),
        (0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        (1, 5, 4, [1, 2, 3, 4, 5]),
        (0, 9, 3, [0, 2, 4, 6, 8]),
        (0.5, 2.5, 5, [0.5, 1, 1.5, 2, 2.5]),
        (0, 4_129_835, 5, [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]),
        (-0.3, 1.7, 5, [0, 0.5, 1, 1.5]),
        (0, 0.0123, 5, [0, 0.002, 0.004, 0.006, 0.008, 0.01, 0.012]),
        (1000, 1001, 5, [1000, 1000.2, 1000.4, 1000.6, 1000.8, 1001]),
        (0, 7.5, 4, [0, 2, 4, 6]),
        (-1.2e9, 3.4e9, 5, [-1e9, 0, 1e9, 2e9, 3e9]),
    ])
    func d3Ticks(start: Double, stop: Double, count: Int, expected: [Double]) {
        #expect(NiceScale.ticks(start, stop, count) == expected)
    }

    @Test func niceDomainIsZeroBasedAndExtended() {
        let s = NiceScale(min: 3, max: 4_129_835, count: 5)
        #expect(s.lower == 0)
        #expect(s.upper == 5_000_000)
        #expect(s.ticks == [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000])
        let negative = NiceScale(min: -37, max: 12, count: 5)
        #expect(negative.lower == -40 && negative.upper == 20)
        let single = NiceScale(min: 0, max: 0, count: 5)
        #expect(single.lower == 0 && single.upper == 1)
    }
}

/// Golden SVG for every chart type with normal, empty, single-point, negative and huge values.
/// The goldens were written by another process (`RECORD_GOLDENS=1`): matching them byte for
/// byte is what shows the output does not depend on the run (hash seeds, clock, threads),
/// which rendering twice in one process could not show.
@Suite struct ChartGoldenTests {
    static let types = ["bar", "bar-vertical", "bar-stacked", "line", "donut", "funnel", "scatter", "heatmap", "bullet", "sparkline"]
    static let cases = ["normal", "empty", "single", "negative", "huge"]

    static func values(_ c: String, count: Int) -> [Double?] {
        switch c {
        case "empty": return []
        case "single": return [42]
        case "negative": return (0..<count).map { (i: Int) -> Double? in i == 2 ? nil : Double((i * 7) % 11) - 5.5 }
        case "huge": return (0..<count).map { (i: Int) -> Double? in Double(i + 1) * 4.2e11 }
        default: return (0..<count).map { (i: Int) -> Double? in i == 3 ? nil : Double((i * 37) % 100 + 5) }
        }
    }

    static func render(_ type: String, _ c: String) -> String {
        let categories = ["Instagram & co", "TikTok", "YouTube", "a very long category label that must be cut", "Pinterest", "X"]
        let v = values(c, count: categories.count)
        let cats = Array(categories.prefix(v.count))
        var o = ChartOptions(id: "t", title: "\(type) \(c)")
        o.benchmark = c == "normal" ? 20...40 : nil
        o.target = c == "normal" ? 60 : nil
        o.provisional = c == "single"
        let f = ChartFormat.plain
        switch type {
        case "bar": return BarChart(categories: cats, series: [ChartSeries(name: "Reach", values: v)], orientation: .horizontal, format: f, options: o).render().html
        case "bar-vertical":
            return BarChart(categories: cats, series: [ChartSeries(name: "A", values: v), ChartSeries(name: "B", values: v.map { $0.map { $0 / 2 } })],
                            orientation: .vertical, format: f, options: o).render().html
        case "bar-stacked":
            return BarChart(categories: cats, series: [ChartSeries(name: "A", values: v), ChartSeries(name: "B", values: v.reversed())],
                            orientation: .horizontal, stacked: true, format: f, options: o).render().html
        case "line":
            return LineChart(categories: cats.indices.map { "Mar \($0 + 1)" }, series: [ChartSeries(name: "Reach", values: v), ChartSeries(name: "Views", values: v.map { $0.map { $0 * 0.8 } })],
                             format: f, options: o).render().html
        case "donut": return DonutChart(slices: zip(cats, v).map { (label: $0, value: $1) }, format: f, options: o).render().html
        case "funnel": return FunnelChart(steps: zip(["Reach", "Link clicks", "Conversions"], v).map { FunnelChart.Step(label: $0, value: $1) }, format: f, rate: { NumberFormat(locale: .enUS).percent($0) }, options: o).render().html
        case "scatter":
            return ScatterChart(points: zip(cats, v).enumerated().map { i, p in (label: p.0, x: p.1.map { $0 * 0.9 + Double(i) }, y: p.1) }, xName: "Spend", yName: "Revenue",
                                xFormat: f, yFormat: f, breakEven: true, options: o).render().html
        case "heatmap":
            return HeatmapChart(rows: ["Mon", "Tue"], columns: (0..<v.count).map { "\($0)h" }, values: [v, v.reversed()], format: f, options: o).render().html
        case "bullet":
            return BulletChart(rows: zip(cats, v).map { BulletChart.Row(label: $0, value: $1, target: 50, band: 20...40) }, format: f, options: o).render().html
        default: return Sparkline(values: v, format: f, options: o).svg()
        }
    }

    @Test(arguments: types)
    func goldens(type: String) throws {
        for c in Self.cases {
            let html = Self.render(type, c)
            Golden.check(html, "charts/\(type)-\(c).html")
            #expect(!html.contains("\n\n"), "\(type) \(c): a blank line would end cmark's HTML block")
            #expect(!html.contains("NaN") && !html.contains("inf") && !html.contains("-0\""), "\(type) \(c)")
            #expect(html.contains("class=\"chart chart-\(type.split(separator: "-")[0])\""))
            #expect(html.contains("role=\"img\"") && html.contains("aria-labelledby=\"t-title t-desc\""))
            try XMLCheck.wellFormed("<root>" + html + "</root>")
        }
    }

    @Test func escapingInLabels() throws {
        let nasty = "<script>&\"quote\"'s"
        var o = ChartOptions(id: "e\"x", title: nasty)
        o.benchmark = 1...2
        let outputs = [
            BarChart(categories: [nasty], series: [ChartSeries(name: nasty, values: [1])], format: .plain, options: o).render().html,
            DonutChart(slices: [(label: nasty, value: 2), (label: "b", value: 1)], format: .plain, options: o).render().html,
            ScatterChart(points: [(label: nasty, x: 1, y: 2)], xName: nasty, yName: "y", xFormat: .plain, yFormat: .plain, breakEven: false, options: o).render().html,
            HeatmapChart(rows: [nasty], columns: [nasty], values: [[1]], format: .plain, options: o).render().html,
        ]
        for html in outputs {
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;script&gt;&amp;&quot;quote&quot;&#39;s"))
            try XMLCheck.wellFormed("<root>" + html + "</root>")
        }
    }

    @Test func fiftyLongLabelsNeverOverlap() {
        // Vertical bars: kept axis labels, by their computed boxes.
        let labels = (0..<50).map { "Influencer with a rather long name number \($0)" }
        let width = 580.0 / 50
        let centers = labels.indices.map { 50 + width * (Double($0) + 0.5) }
        let widths = labels.map { TextWidth.estimate($0, fontSize: 11) }
        let keep = LabelLayout.thin(centers: centers, widths: widths, gap: 6)
        let kept = labels.indices.filter { keep[$0] }
        #expect(!kept.isEmpty && kept.count < 50)
        for (a, b) in zip(kept, kept.dropFirst()) {
            #expect(centers[a] + widths[a] / 2 + 6 <= centers[b] - widths[b] / 2, "labels \(a) and \(b) overlap")
        }
        // Scatter: 50 points close together, each with a long label.
        var points: [(x: Double, y: Double)] = []
        for i in 0..<50 {
            let column = Double(i % 10), row = Double(i / 10)
            points.append((x: 100 + column * 30, y: 100 + row * 25))
        }
        let sizes = labels.map { (width: TextWidth.estimate($0, fontSize: 11), height: 12.0) }
        let boxes = LabelLayout.placePointLabels(points: points, sizes: sizes, radius: 4, bounds: .init(x: 0, y: 0, width: 640, height: 360))
        let placed = boxes.compactMap { $0 }
        #expect(!placed.isEmpty)
        for i in placed.indices {
            for j in placed.indices where j > i { #expect(!placed[i].overlaps(placed[j]), "label boxes \(i) and \(j) overlap") }
            for p in points { #expect(!placed[i].overlaps(LabelLayout.Box(x: p.x - 4, y: p.y - 4, width: 8, height: 8))) }
        }
    }

    @Test func truncationKeepsTheFullTextInATitle() {
        let html = BarChart(categories: [Array(repeating: "long label", count: 8).joined(separator: " ")], series: [ChartSeries(name: "s", values: [3])],
                            orientation: .horizontal, format: .plain, options: ChartOptions(id: "t", title: "t")).render().svg
        #expect(html.contains("<title>long label long label long label long label long label long label long label long label</title>"))
        #expect(html.contains("…</text>"))
    }

    @Test func legendOnlyWithSeveralSeries() {
        let one = BarChart(categories: ["a"], series: [ChartSeries(name: "s", values: [1])], format: .plain, options: ChartOptions(id: "t", title: "t")).render().svg
        let two = BarChart(categories: ["a"], series: [ChartSeries(name: "s", values: [1]), ChartSeries(name: "u", values: [2])], format: .plain, options: ChartOptions(id: "t", title: "t")).render().svg
        #expect(!one.contains("class=\"legend\""))
        #expect(two.contains("class=\"legend\""))
    }

    @Test func donutGroupsSmallSlices() {
        let d = DonutChart(slices: [("a", 60), ("b", 38), ("c", 1), ("d", 0.5), ("e", 0.5)], format: .plain, options: ChartOptions(id: "t", title: "t"))
        #expect(d.grouped.map(\.label) == ["a", "b", "Other"])
        #expect(d.grouped.last?.value == 2)
    }
}

/// XML well-formedness through Foundation's parser.
enum XMLCheck {
    final class Delegate: NSObject, XMLParserDelegate {
        var error: Error?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    static func wellFormed(_ text: String) throws {
        // HTML entities that XML does not predefine are not used by the charts; &#39; is numeric.
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        let ok = parser.parse()
        #expect(ok, "not well-formed: \(String(describing: delegate.error ?? parser.parserError))")
    }
}
