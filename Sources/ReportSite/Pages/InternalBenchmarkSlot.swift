import ReportCore

/// Internal benchmarks need every campaign of the project, so a campaign page is rendered
/// before they are known: its KPI cards carry a marker, filled once all campaigns are computed.
/// The marker is an HTML comment, which no value can produce (cmark drops raw HTML from
/// templates, and `<` in data is escaped).
enum InternalBenchmarkSlot {
    static let prefix = "<!--report:internal-benchmark:"
    static let suffix = "-->"

    static func marker(_ kpi: KPI) -> String { prefix + kpi.key + suffix }

    /// The body with each marker replaced by its sentence, or removed when the KPI has no
    /// internal benchmark.
    static func fill(_ body: String, with benchmarks: [InternalBenchmark], format: NumberFormat) -> String {
        guard body.contains(prefix) else { return body }
        var out = ""
        out.reserveCapacity(body.utf8.count)
        var rest = Substring(body)
        while let start = rest.range(of: prefix) {
            out += rest[..<start.lowerBound]
            let afterPrefix = rest[start.upperBound...]
            guard let end = afterPrefix.range(of: suffix) else { rest = afterPrefix; break }
            let key = String(afterPrefix[..<end.lowerBound])
            if let b = benchmarks.first(where: { $0.kpi.key == key }) {
                out += HTML.element("span", [("class", "kpi-bench")], [.text(sentence(b, format: format))]).markup
            }
            rest = afterPrefix[end.upperBound...]
        }
        return out + rest
    }

    /// "26 % below your median of 18,20 € over 4 campaigns — an improvement".
    static func sentence(_ b: InternalBenchmark, format: NumberFormat) -> String {
        let fr = format.locale == .frFR
        let median = format.format(b.median, unit: b.kpi.unit)
        let over = fr ? "sur \(b.campaigns) campagnes" : "over \(b.campaigns) campaigns"
        guard let change = b.change else {
            return fr ? "votre médiane : \(median) \(over)" : "your median: \(median) \(over)"
        }
        guard change != 0, let improved = b.improved else {
            return fr ? "égal à votre médiane de \(median) \(over)" : "equal to your median of \(median) \(over)"
        }
        let percent = format.percent(abs(change) * 100, decimals: 0)
        let direction = change < 0 ? (fr ? "sous" : "below") : (fr ? "au-dessus de" : "above")
        let verdict = improved ? (fr ? "une amélioration" : "an improvement") : (fr ? "une dégradation" : "a deterioration")
        return fr ? "\(percent) \(direction) votre médiane de \(median) \(over) — \(verdict)"
                  : "\(percent) \(direction) your median of \(median) \(over) — \(verdict)"
    }
}
