import ReportCore

/// posts.csv (data-format.md §4).
enum PostsLoader {
    static let required = ["post_id", "influencer", "format", "published_at"]

    static func load(_ table: CSVTable, campaign: Campaign, dates: DateReader) throws(DiagnosticList) -> ([Post], [Diagnostic]) {
        let platforms = Dictionary(campaign.influencers.map { ($0.key, $0.platform) }, uniquingKeysWith: { a, _ in a })
        var posts: [Post] = []
        var seen: [String: Int] = [:]
        let metrics = PostMetric.allCases
        let metricColumns = metrics.map { table.column($0.column) }
        let diagnostics = try table.forEachRow { cells in
            let id = cells.required("post_id")
            let handle = cells.required("influencer")
            let format = cells.required("format")
            let published = cells.required("published_at") == nil ? nil : cells.dateTime("published_at", clock: dates)
            var platform: Platform?
            var key: String?
            if let handle {
                key = Influencer.key(handle)
                if let p = platforms[key ?? ""] { platform = p } else {
                    cells.error("influencer", "unknown handle \"\(handle)\": expected one of the campaign's influencers (\(campaign.influencers.map(\.handle).joined(separator: ", ")))")
                }
            }
            if let p = cells.text("platform") { platform = Platform(p) }
            let planned = cells.dateTime("planned_at", clock: dates)?.day
            var values = [Int](repeating: -1, count: metrics.count)
            for metric in metrics {
                if let v = cells.count(metric.column, at: metricColumns[metric.rawValue]) { values[metric.rawValue] = v }
            }
            var reusable: Bool?
            if let r = cells.text("reusable") {
                switch r.lowercased() {
                case "yes", "true", "oui", "1": reusable = true
                case "no", "false", "non", "0": reusable = false
                default: cells.error("reusable", "expected yes or no, found \"\(r)\"")
                }
            }
            let reusedIn = (cells.text("reused_in") ?? "").split(separator: "|").map { CSVReader.trimmed(String($0)) }.filter { !$0.isEmpty }
            let cost = cells.number("cost")
            if let id {
                if let first = seen[id] {
                    cells.error("post_id", "duplicate post id \"\(id)\": already used on line \(first)")
                } else {
                    seen[id] = cells.line
                }
            }
            guard !cells.hasErrors, let id, let key, let format, let published, let platform else { return }
            posts.append(Post(
                id: id, influencerKey: key, platform: platform, format: format, publishedAt: published,
                plannedAt: planned, metricValues: values, caption: cells.raw("caption"), variant: cells.text("variant"),
                reusable: reusable, reusedIn: reusedIn, cost: cost, line: cells.line
            ))
        }
        return (posts, diagnostics)
    }
}
