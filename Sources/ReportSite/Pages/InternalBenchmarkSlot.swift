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
    /// internal benchmark. Scans UTF-8 bytes: pages are hundreds of kilobytes, and Foundation's
    /// `range(of:)` on them showed as a sixth of a large build.
    static func fill(_ body: String, with benchmarks: [InternalBenchmark], format: NumberFormat) -> String {
        let bytes = Array(body.utf8)
        let open = Array(prefix.utf8), close = Array(suffix.utf8)
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        var out: [UInt8] = []
        var copied = 0, i = 0
        while i < bytes.count {
            guard bytes[i] == open[0], matches(open, at: i) else { i += 1; continue }
            var end = i + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { break }
            if out.isEmpty { out.reserveCapacity(bytes.count + 1024) }
            out += bytes[copied..<i]
            let key = String(decoding: bytes[(i + open.count)..<end], as: UTF8.self)
            if let b = benchmarks.first(where: { $0.kpi.key == key }) {
                out += HTML.element("span", [("class", "kpi-bench")], [.text(sentence(b, format: format))]).markup.utf8
            }
            i = end + close.count
            copied = i
        }
        guard copied > 0 else { return body }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
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
