import ReportCharts
import ReportCore
import ReportLoading
import Yams

/// ` ```chart ` blocks: which options each chart type reads, which it requires, and the
/// kind of field each one takes. An option a type would ignore is refused.
extension DirectiveCompiler {
    static func options(for kind: ChartSpec.Kind) -> [String] {
        let specific: [String]
        switch kind {
        case .bar: specific = ["x", "y", "series", "benchmark", "target", "format", "labels", "orientation", "stacked"]
        case .line: specific = ["x", "y", "series", "benchmark", "target", "format"]
        case .donut: specific = ["x", "y", "format"]
        case .funnel: specific = ["y", "format"]
        case .scatter: specific = ["x", "y", "series", "format"]
        case .heatmap: specific = ["x", "y", "series", "format"]
        case .bullet: specific = ["x", "y", "benchmark", "target", "format"]
        case .sparkline: specific = ["y", "format"]
        }
        return commonChartOptions + specific
    }

    /// Every option any chart reads, to tell a misspelt option from one of another type.
    static let allChartOptions: [String] = {
        var seen: [String] = []
        for kind in ChartSpec.Kind.allCases { for o in options(for: kind) where !seen.contains(o) { seen.append(o) } }
        return seen
    }()

    mutating func chart(_ root: Node?) -> ChartSpec? {
        guard let all = options(root, directive: "chart", known: DirectiveCompiler.allChartOptions) else { return nil }
        let kinds = ChartSpec.Kind.allCases.map(\.rawValue)
        // `type` defaults to bar (docs/charts.md).
        var kind = ChartSpec.Kind.bar
        if let typeEntry = all["type"] {
            guard let typeName = scalar(typeEntry, directive: "chart", option: "type") else { return nil }
            guard let named = ChartSpec.Kind(rawValue: typeName) else {
                problem(typeEntry.value, "chart: unknown type \"\(typeName)\": expected \(kinds.joined(separator: ", "))" + Self.suggestion(typeName, kinds))
                return nil
            }
            kind = named
        }
        let allowed = DirectiveCompiler.options(for: kind)
        var options = all
        for (name, entry) in all where !allowed.contains(name) {
            problem(entry.key, "chart: option \"\(name)\" does not apply to a \(kind.rawValue) chart: expected one of \(allowed.joined(separator: ", "))")
            options[name] = nil
        }
        guard let schema = dataset(options, root: root, directive: "chart") else { return nil }

        // y: one field or a list; every one a number.
        var ys: [FieldRef] = []
        if let entry = options["y"] {
            let nodes = entry.value.sequence ?? [entry.value]
            if nodes.isEmpty { problem(entry.value, "chart: option \"y\": expected at least one field") }
            for n in nodes { if let ref = numericField(n, in: schema, directive: "chart", option: "y") { ys.append(ref) } }
            let single: [ChartSpec.Kind] = [.donut, .scatter, .heatmap, .bullet, .sparkline]
            if nodes.count > 1 && (single.contains(kind) || options["series"] != nil) {
                let why = single.contains(kind) ? "a \(kind.rawValue) chart draws one" : "with \"series\", the series come from that field"
                problem(entry.value, "chart: option \"y\": expected one field, found \(nodes.count): \(why)")
            }
            if kind == .funnel && nodes.count < 2 {
                problem(entry.value, "chart: option \"y\": a funnel needs at least two steps, such as [reach, link_clicks, conversions]")
            }
        } else {
            problem(root, "chart: missing option \"y\": expected the number to draw, such as reach")
        }

        var x: FieldRef?
        if let entry = options["x"] {
            x = kind == .scatter ? numericField(entry.value, in: schema, directive: "chart", option: "x")
                                 : field(entry.value, in: schema, directive: "chart", option: "x")?.0
            if let ref = x, case .series = ref.kind {
                problem(entry.value, "chart: option \"x\": field \"\(ref.name)\" is a daily trend; expected a field of categories such as handle")
            }
        } else if [.bar, .line, .donut, .scatter, .heatmap].contains(kind) {
            let what = kind == .scatter ? "the number along the horizontal axis, such as spend" : "the field of its categories, such as handle"
            problem(root, "chart: a \(kind.rawValue) chart needs option \"x\": \(what)")
        }

        var series: FieldRef?
        if let entry = options["series"] {
            series = field(entry.value, in: schema, directive: "chart", option: "series")?.0
            if let ref = series, ref.kind != .text {
                problem(entry.value, "chart: option \"series\": field \"\(ref.name)\" is not text; expected a field such as platform or handle")
            }
        } else if kind == .heatmap {
            problem(root, "chart: a heatmap needs option \"series\": the field of its rows, such as weekday")
        }

        let rows = rows(options, schema: schema, directive: "chart")
        let title = scalar(options["title"], directive: "chart", option: "title")
        let benchmark = chartBenchmark(options["benchmark"], schema: schema, ys: ys)
        let target = chartTarget(options["target"])
        var unit = ys.first.map { $0.measure?.unit ?? .decimal } ?? .decimal
        if let name = scalar(options["format"], directive: "chart", option: "format") {
            if let found = DirectiveCompiler.unitNames.first(where: { $0.0 == name }) {
                if let u = found.1 { unit = u }
            } else {
                let names = DirectiveCompiler.unitNames.map(\.0)
                problem(options["format"]?.value, "chart: option \"format\": expected \(names.joined(separator: ", ")), found \"\(name)\"" + Self.suggestion(name, names))
            }
        }
        let labels = flag(options["labels"], directive: "chart", option: "labels", default: true)
        let stacked = flag(options["stacked"], directive: "chart", option: "stacked", default: false)
        if stacked && ys.count < 2 && series == nil, let entry = options["stacked"] {
            problem(entry.value, "chart: option \"stacked\": stacking needs two series or more: give y a list or set \"series\"")
        }
        var orientation = BarChart.Orientation.auto
        if let name = scalar(options["orientation"], directive: "chart", option: "orientation") {
            if let o = BarChart.Orientation(rawValue: name) { orientation = o } else {
                problem(options["orientation"]?.value, "chart: option \"orientation\": expected horizontal, vertical or auto, found \"\(name)\"")
            }
        }
        return ChartSpec(kind: kind, rows: rows, x: x, ys: ys, series: series, title: title, benchmark: benchmark, target: target,
                         unit: unit, labels: labels, orientation: orientation, stacked: stacked)
    }

    /// `benchmark: [1.5, 3]`, or a KPI with an industry range (kpis.md §7).
    mutating func chartBenchmark(_ entry: (key: Node, value: Node)?, schema: DatasetSchema, ys: [FieldRef]) -> ChartSpec.Benchmark? {
        guard let entry else { return nil }
        let industry = BenchmarkTable.kpis.map(\.key)
        if let list = entry.value.sequence {
            let values = list.compactMap { $0.scalar?.string }.compactMap(YAMLMapping.parseNumber)
            guard list.count == 2, values.count == 2, values[0] <= values[1] else {
                problem(entry.value, "chart: option \"benchmark\": expected [low, high] with low ≤ high, or one of \(industry.joined(separator: ", "))")
                return nil
            }
            return .range(values[0]...values[1])
        }
        let name = entry.value.scalar?.string ?? ""
        guard let kpi = KPI(key: name), BenchmarkTable.kpis.contains(kpi) else {
            problem(entry.value, "chart: option \"benchmark\": no industry range for \"\(name)\": expected one of \(industry.joined(separator: ", ")) or [low, high]"
                + Self.suggestion(name, industry))
            return nil
        }
        // The band is that KPI's range: drawn against another measure it would mislead.
        guard ys.contains(where: { $0.measure == .kpi(kpi) }) else {
            problem(entry.value, "chart: option \"benchmark\": the range of \(name) can only be drawn against \(name); add it to \"y\" or give [low, high]")
            return nil
        }
        if BenchmarkKPIs.byProfile.contains(kpi) && !schema.profiles {
            problem(entry.value, "chart: option \"benchmark\": the range of \(name) depends on platform and tier, which rows of dataset \(schema.name) do not have; use dataset influencers or [low, high]")
            return nil
        }
        return .industry(kpi)
    }

    /// `target: 5`, or `target: auto` for the campaign's target of the charted KPI.
    mutating func chartTarget(_ entry: (key: Node, value: Node)?) -> ChartSpec.Target? {
        guard let entry else { return nil }
        let s = entry.value.scalar?.string ?? ""
        if s == "auto" {
            guard page == .campaign else {
                problem(entry.value, "chart: option \"target\": \"auto\" takes the campaign's target; a \(page.rawValue) page has none")
                return nil
            }
            return .auto
        }
        guard let v = YAMLMapping.parseNumber(s), v.isFinite else {
            problem(entry.value, "chart: option \"target\": expected a number or auto, found \(YAMLMapping.describe(entry.value))")
            return nil
        }
        return .value(v)
    }
}

/// Of the KPIs kpis.md §7 gives an industry range (`BenchmarkTable.kpis`), those whose range
/// depends on an influencer's platform and tier.
enum BenchmarkKPIs {
    static let byProfile: [KPI] = [.engagementRateFollowers]
}
