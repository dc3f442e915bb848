import ReportCore

/// posts.csv (data-format.md §4), or a platform export of posts (§12).
enum PostsLoader {
    static func shape(header: [String]) -> FileShape {
        let dialect = PostsDialect.detect(header: header)
        return FileShape(required: dialect.required, aliases: dialect.aliases, platformExport: dialect.isExport, shortRows: dialect.readsShortRows)
    }

    /// The one warning for a YouTube export's rows without a publish time, skipped; nil without any.
    /// `report init --from` gives the same (ExportSurvey).
    static func undatedWarning(_ table: CSVTable, lines undated: [Int]) -> Diagnostic? {
        guard let first = undated.first else { return nil }
        let lines = undated.count == 1 ? "line \(first)" : "lines " + undated.map(String.init).joined(separator: ", ")
        return .warning(table.file, first, "\(undated.count) row\(undated.count == 1 ? "" : "s") without a \(table.displayName("published_at")) (unlisted, private or deleted videos) skipped: \(lines)")
    }

    /// The one warning for the negative cells of a YouTube export's Likes, read as they are.
    static func negativeWarning(_ table: CSVTable, _ dialect: PostsDialect, lines negatives: [Int]) -> Diagnostic? {
        guard let first = negatives.first else { return nil }
        let names = dialect.signedMetrics.sorted { $0.rawValue < $1.rawValue }.map { table.displayName($0.column) }.joined(separator: ", ")
        let cells = negatives.count == 1 ? "1 negative cell" : "\(negatives.count) negative cells"
        return .warning(table.file, first, "\(cells) in \(names) read as they are (first at line \(first)): YouTube's likes over the export's period are a net change, negative when more likes were removed than given")
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
        let byName = Dictionary(campaign.influencers.compactMap { i in i.name.map { ($0.lowercased(), i) } }, uniquingKeysWith: { a, _ in a })
        var posts: [Post] = []
        var undated: [Int] = []
        var otherAccount: (line: Int, handle: String)?
        /// Negative cells of the metrics that are net changes (YouTube's Likes): (line, column).
        var negatives: [Int] = []
        let metrics = PostMetric.allCases
        // Every column resolved once for the file, not by name in each row.
        let postID = table.resolve("post_id"), influencerColumn = table.resolve("influencer"), formatColumn = table.resolve("format")
        let publishedAt = table.resolve("published_at"), platformColumn = table.resolve("platform"), plannedAt = table.resolve("planned_at")
        let reusableColumn = table.resolve("reusable"), reusedInColumn = table.resolve("reused_in"), costColumn = table.resolve("cost")
        let captionColumn = table.resolve("caption"), variantColumn = table.resolve("variant")
        let captionFallback = dialect.captionFallback.map(table.resolve)
        let metricColumns = metrics.map { table.resolve($0.column) }
        // measured_at (data-format.md §4): only generic posts.csv files have it.
        let measuredAtColumn = table.resolve("measured_at")
        var measured = MeasurementRows(measuredAt: measuredAtColumn, publishedAt: publishedAt, keyed: [influencerColumn, platformColumn, formatColumn],
                                       fixed: [plannedAt, captionColumn, variantColumn, reusableColumn, reusedInColumn, costColumn])
        let accountKey = context.account?.key
        context.ids.reserve(table.reader.bodyLineFeeds())
        // Rows come grouped by account: the last handle's lookup serves the next rows.
        var lastHandle: String?
        var lastInfluencer: (key: String, platform: Platform)?
        let complete = table.forEachRow(into: collector) { cells in
            if let skip = dialect.skip, skip(cells.text(postID)) { return }
            if dialect.skipsUndated && cells.text(publishedAt) == nil {
                undated.append(cells.line)
                return
            }
            var id = cells.required(postID)
            var handle = context.account == nil ? cells.required(influencerColumn) : nil
            if dialect.tiktokLinks, let link = id {
                id = nil
                handle = nil
                if let parsed = PostsDialect.tiktokLink(link) {
                    id = parsed.videoID
                    if let account = context.account {
                        if Influencer.key(parsed.handle) != account.key, otherAccount == nil { otherAccount = (cells.line, parsed.handle) }
                    } else {
                        handle = parsed.handle
                    }
                } else {
                    cells.error(postID, "expected a TikTok video link such as https://www.tiktok.com/@handle/video/7412345678901234567, found \"\(link)\"")
                }
            }
            var influencer = context.account.map { (key: accountKey ?? $0.key, platform: $0.platform) }
            if let handle {
                if handle == lastHandle, let last = lastInfluencer {
                    influencer = last
                } else {
                    influencer = (influencers[Influencer.key(handle)] ?? (dialect.accountIsName ? byName[handle.lowercased()] : nil)).map { ($0.key, $0.platform) }
                    if influencer != nil {
                        lastHandle = handle
                        lastInfluencer = influencer
                    }
                }
                if influencer == nil {
                    let expected = dialect.accountIsName ? "a handle or name" : "one"
                    cells.error(influencerColumn, "unknown \(dialect.accountIsName ? "page" : "handle") \"\(handle)\": expected \(expected) of the campaign's influencers (\(campaign.influencers.map(\.handle).joined(separator: ", ")))")
                }
            }
            let format = dialect.fixedFormat ?? cells.required(formatColumn).map(dialect.format)
            var published: LocalDateTime?
            if let parse = dialect.date {
                if let raw = cells.required(publishedAt) {
                    published = (dialect.readsGenericDates ? context.dates.parse(raw) : nil) ?? parse(raw, campaign.window)
                    if published == nil { cells.error(publishedAt, "expected \(dialect.dateExpectation), found \"\(raw)\"") }
                }
            } else {
                published = cells.requiredDateTime(publishedAt, clock: context.dates)
            }
            var platform = influencer?.platform
            if let p = dialect.fixedPlatform ?? cells.text(platformColumn) {
                // A typo (`instagarm`) would group apart and be priced with the "others" EMV rates.
                let name = CSVReader.trimmed(p).lowercased()
                if Platform.known.contains(name) {
                    platform = Platform(name)
                } else {
                    var message = "expected one of \(Platform.known.joined(separator: ", ")), found \"\(p)\""
                    if let s = Suggestion.closest(to: name, in: Platform.known) { message += " (did you mean \"\(s)\"?)" }
                    cells.error(platformColumn, message)
                    platform = nil
                }
            }
            let planned = cells.dateTime(plannedAt, clock: context.dates)?.day
            var values = [Int](repeating: Post.unreported, count: metrics.count)
            for metric in metrics {
                let column = metricColumns[metric.rawValue]
                if dialect.signedMetrics.contains(metric) {
                    if let v = cells.signedCount(column) {
                        values[metric.rawValue] = v
                        if v < 0 { negatives.append(cells.line) }
                    }
                } else if let v = cells.count(column) {
                    values[metric.rawValue] = v
                }
            }
            var reusable: Bool?
            if let r = cells.text(reusableColumn) {
                switch r.lowercased() {
                case "yes", "true", "oui", "1": reusable = true
                case "no", "false", "non", "0": reusable = false
                default: cells.error(reusableColumn, "expected yes or no, found \"\(r)\"")
                }
            }
            let reusedIn = cells.text(reusedInColumn).map { $0.split(separator: "|").map { CSVReader.trimmed(String($0)) }.filter { !$0.isEmpty } } ?? []
            let cost = cells.number(costColumn)
            let measuredAt = measured.isOn ? cells.dateTime(measuredAtColumn, clock: context.dates) : nil
            let keys = measured.isOn ? [influencer?.key, platform?.name, format?.lowercased()] : []
            if let id {
                if measured.isOn, measured.seen(id) {
                    measured.checkRepeat(id, measuredAt: measuredAt, published: published, keys: keys, &cells)
                } else if let first = context.ids.register(id, file: table.file, line: cells.line) {
                    cells.error(postID, "duplicate post id \"\(id)\": already used on \(first)")
                } else if measured.isOn {
                    measured.remember(id, measuredAt: measuredAt, published: published, keys: keys, cells)
                }
            }
            if let measuredAt, let published { measured.checkOrder(measuredAt, published: published, &cells) }
            guard !cells.hasErrors, let id, let influencer, let format, let published, let platform else { return }
            let caption = cells.raw(captionColumn) ?? captionFallback.flatMap { cells.raw($0) }
            posts.append(Post(
                id: id, influencerKey: influencer.key, platform: platform, format: format, publishedAt: published,
                plannedAt: planned, metricValues: values, caption: caption, variant: cells.text(variantColumn),
                reusable: reusable, reusedIn: reusedIn, cost: cost, line: cells.line, measuredAt: measuredAt
            ))
        }
        collector.emit(contentsOf: [undatedWarning(table, lines: undated), negativeWarning(table, dialect, lines: negatives)].compactMap { $0 })
        if let other = otherAccount, let account = context.account {
            collector.emit(.warning(table.file, other.line, "the video links name @\(other.handle), but data: gives this file to \(account.handle): its posts are counted for \(account.handle)"))
        }
        return complete ? posts : nil
    }
}
