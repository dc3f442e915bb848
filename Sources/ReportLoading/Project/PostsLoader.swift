import ReportCore

/// posts.csv (data-format.md §4), or a platform export of posts (§12).
enum PostsLoader {
    static func requiredColumns(header: [String]) -> [String] {
        PostsDialect.detect(header: header).required
    }

    static func load(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Post]? {
        let campaign = context.campaign
        let dialect = PostsDialect.detect(header: table.reader.header)
        if dialect.needsAccount && context.account == nil {
            collector.emit(.error(table.file, table.reader.headerLine,
                "a \(dialect.name) names no account: list it under data: as {path: …, influencer: <handle>}"))
            return nil
        }
        let influencers = Dictionary(campaign.influencers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var posts: [Post] = []
        let metrics = PostMetric.allCases
        let metricColumns = metrics.map { table.column($0.column) }
        let complete = table.forEachRow(into: collector) { cells in
            if dialect.skip(cells.text("post_id")) { return }
            let id = cells.required("post_id")
            var influencer = context.account
            if influencer == nil, let handle = cells.required("influencer") {
                influencer = influencers[Influencer.key(handle)]
                if influencer == nil {
                    cells.error("influencer", "unknown handle \"\(handle)\": expected one of the campaign's influencers (\(campaign.influencers.map(\.handle).joined(separator: ", ")))")
                }
            }
            let format = dialect.fixedFormat ?? cells.required("format").map(dialect.format)
            var published: LocalDateTime?
            if let raw = cells.required("published_at") {
                if let parse = dialect.date {
                    published = parse(raw)
                    if published == nil { cells.error("published_at", "expected \(dialect.dateExpectation), found \"\(raw)\"") }
                } else {
                    published = cells.dateTime("published_at", clock: context.dates)
                }
            }
            var platform = influencer?.platform
            if let p = dialect.fixedPlatform ?? cells.text("platform") { platform = Platform(p) }
            let planned = cells.dateTime("planned_at", clock: context.dates)?.day
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
            if let id, let first = context.ids.register(id, file: table.file, line: cells.line) {
                cells.error("post_id", "duplicate post id \"\(id)\": already used on \(first)")
            }
            guard !cells.hasErrors, let id, let influencer, let format, let published, let platform else { return }
            posts.append(Post(
                id: id, influencerKey: influencer.key, platform: platform, format: format, publishedAt: published,
                plannedAt: planned, metricValues: values, caption: cells.raw("caption"), variant: cells.text("variant"),
                reusable: reusable, reusedIn: reusedIn, cost: cost, line: cells.line
            ))
        }
        return complete ? posts : nil
    }

    /// Header aliases of the dialect this header is.
    static func aliases(header: [String]) -> [String: String] { PostsDialect.detect(header: header).aliases }
}
