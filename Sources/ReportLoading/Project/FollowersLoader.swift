import ReportCore

/// followers.csv (data-format.md §6), or a TikTok Studio `FollowerHistory.csv` of one account (§12).
enum FollowersLoader {
    static let required = ["date", "influencer", "followers"]
    static let tiktokHeader = ["date", "followers", "difference in followers from previous day"]

    static func isTikTok(header: [String]) -> Bool {
        let names = Set(header.map { $0.lowercased() })
        return tiktokHeader.allSatisfy(names.contains)
    }

    static func shape(header: [String]) -> FileShape {
        isTikTok(header: header) ? FileShape(required: ["date", "followers"], platformExport: true) : FileShape(required: required)
    }

    /// An influencer's day.
    private struct DayOf: Hashable {
        let key: String
        let day: Day
    }

    /// One readable row, before the rows of a year-less file are dated together.
    private struct Row {
        let line: Int
        let handle: String
        let count: Int?
        var day: Day?
        let monthDay: YearlessDates.MonthDay?
    }

    /// Two counts of one influencer on one day are an error; unknown handles are ignored with a
    /// warning (roster-wide exports are common).
    static func load(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [FollowerCount]? {
        let campaign = context.campaign, dates = context.dates
        let tiktok = isTikTok(header: table.reader.header)
        if tiktok && context.account == nil {
            collector.emit(.error(table.file, table.reader.headerLine,
                "a TikTok Studio FollowerHistory.csv names no account: list it under data: as {path: …, influencer: <handle>}"))
            return nil
        }
        var rows: [Row] = []
        var failed = false
        let dateColumn = table.resolve("date"), influencerColumn = table.resolve("influencer"), followersColumn = table.resolve("followers")
        let complete = table.forEachRow(into: collector) { cells in
            var day: Day?, monthDay: YearlessDates.MonthDay?
            if tiktok {
                if let raw = cells.required(dateColumn) {
                    monthDay = YearlessDates.parse(raw)
                    if monthDay == nil { cells.error(dateColumn, "expected a day without a year such as August 31, found \"\(raw)\"") }
                }
            } else {
                day = cells.requiredDateTime(dateColumn, clock: dates)?.day
            }
            let handle = context.account?.handle ?? cells.required(influencerColumn)
            // TikTok writes `undefined` for the days before its data starts: not reported.
            let count = tiktok ? cells.count(followersColumn) : cells.requiredCount(followersColumn)
            guard !cells.hasErrors, let handle else { failed = true; return }
            rows.append(Row(line: cells.line, handle: handle, count: count, day: day, monthDay: monthDay))
        }
        guard complete else { return nil }
        if tiktok && !failed {
            // The whole file is dated at once: a row dated alone would put February of the
            // next year before a March window.
            let (days, problems) = YearlessDates.sequence(rows.compactMap(\.monthDay), window: campaign.window)
            for p in problems {
                collector.emit(.error(table.file, rows[p.index].line, "column \"\(table.displayName("date"))\": \(p.message)"))
            }
            guard problems.isEmpty else { return nil }
            guard let days else {
                collector.emit(.error(table.file, table.reader.headerLine, "column \"\(table.displayName("date"))\": no run of years holds these days (a 29 February outside a leap year)"))
                return nil
            }
            for i in rows.indices { rows[i].day = days[i] }
        }
        let known = Set(campaign.influencers.map(\.key))
        var counts: [FollowerCount] = []
        // (influencer, day) → line; a pair, not a joined String (`Day` prints as ten characters,
        // so the two keys tell the same rows apart).
        var seen: [DayOf: Int] = [:]
        var warned = Set<String>()
        var lastHandle: String?, lastKey = ""
        for row in rows {
            guard let day = row.day, let count = row.count else { continue }
            if row.handle != lastHandle {
                lastHandle = row.handle
                lastKey = Influencer.key(row.handle)
            }
            let key = lastKey
            guard known.contains(key) else {
                if warned.insert(key).inserted {
                    collector.emit(.warning(table.file, row.line, "handle \"\(row.handle)\" is not in the campaign: its rows are ignored"))
                }
                continue
            }
            let id = DayOf(key: key, day: day)
            if let first = seen[id] {
                collector.emit(.error(table.file, row.line, "column \"\(table.displayName("followers"))\": a second count for \"\(row.handle)\" on \(day): already counted on line \(first)"))
                failed = true
                continue
            }
            seen[id] = row.line
            counts.append(FollowerCount(influencerKey: key, day: day, followers: count))
        }
        return failed ? nil : counts
    }
}
