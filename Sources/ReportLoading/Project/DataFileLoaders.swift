import ReportCore

/// The optional data files of data-format.md §7–§10, generic forms and the GA4 sessions export
/// (followers.csv has its own loader).
enum DataFileLoaders {
    static let commentsRequired = ["post_id", "text"]
    static let sessionsRequired = ["date", "source", "sessions"]
    static let ga4Required = ["date", "session source", "sessions"]
    static let leadsRequired = ["date", "type"]
    static let mentionsRequired = ["date", "source", "text"]

    static func sessionsShape(header: [String]) -> FileShape {
        Set(header.map { $0.lowercased() }).contains("session source")
            ? FileShape(required: ga4Required, platformExport: true) : FileShape(required: sessionsRequired)
    }

    /// comments.csv: rows for unknown post ids are ignored with a warning.
    static func comments(_ table: CSVTable, posts: Set<String>, _ context: LoadContext, into collector: DiagnosticCollector) -> [PostComment]? {
        let dates = context.dates
        var rows: [PostComment] = []
        var unknown = 0, firstUnknownLine = 0
        let postID = table.resolve("post_id"), textColumn = table.resolve("text"), dateColumn = table.resolve("date")
        let author = table.resolve("author")
        // A post's comments come together: the previous row's answer serves the next ones.
        var lastID: String?, lastKnown = false
        let complete = table.forEachRow(into: collector) { cells in
            guard let id = cells.required(postID) else { return }
            let text = cells.raw(textColumn) ?? ""
            let date = cells.dateTime(dateColumn, clock: dates)
            guard !cells.hasErrors else { return }
            if id != lastID {
                lastID = id
                lastKnown = posts.contains(id)
            }
            guard lastKnown else {
                if unknown == 0 { firstUnknownLine = cells.line }
                unknown += 1
                return
            }
            rows.append(PostComment(postID: id, text: text, author: cells.text(author), day: date?.day))
        }
        guard complete else { return nil }
        if unknown > 0 {
            collector.emit(.warning(table.file, firstUnknownLine, "\(unknown) comment\(unknown == 1 ? "" : "s") on post ids not in posts.csv: ignored"))
        }
        return rows
    }

    /// sessions.csv, or a GA4 export (`Session source` … `Sessions`, `Date` as YYYYMMDD, a
    /// possible grand-total row).
    static func sessions(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [SessionCount]? {
        let dates = context.dates
        let ga4 = table.has("session source")
        let source = ga4 ? "session source" : "source"
        let medium = ga4 ? "session medium" : "medium"
        let campaignColumn = ga4 ? "session campaign" : "campaign"
        let content = ga4 ? "session manual ad content" : "content"
        var rows: [SessionCount] = []
        let dateColumn = table.resolve("date"), sourceColumn = table.resolve(source), sessionsColumn = table.resolve("sessions")
        let mediumColumn = table.resolve(medium), campaignNamed = table.resolve(campaignColumn), contentColumn = table.resolve(content)
        let complete = table.forEachRow(into: collector) { cells in
            var day: Day?
            if ga4 {
                let rawDate = cells.text(dateColumn)
                // GA4 closes some exports with a grand-total row.
                if rawDate == nil || rawDate?.lowercased().contains("total") == true { return }
                guard let rawDate = cells.required(dateColumn) else { return }
                if rawDate.count == 8, rawDate.allSatisfy(\.isNumber) {
                    day = ga4Day(rawDate)
                    if day == nil { cells.error(dateColumn, "expected a date YYYYMMDD, found \"\(rawDate)\"") }
                } else {
                    day = cells.dateTime(dateColumn, clock: dates)?.day
                }
            } else {
                // `required` then `dateTime`, as above, without building the cell's String twice.
                guard cells.hasText(dateColumn) else {
                    cells.error(dateColumn, "expected a value, found an empty cell")
                    return
                }
                day = cells.dateTime(dateColumn, clock: dates)?.day
            }
            let src = cells.required(sourceColumn)
            let count = cells.requiredCount(sessionsColumn)
            guard !cells.hasErrors, let day, let src, let count else { return }
            rows.append(SessionCount(day: day, source: src, medium: notSet(cells.text(mediumColumn)),
                                     campaign: notSet(cells.text(campaignNamed)), content: notSet(cells.text(contentColumn)), sessions: count))
        }
        return complete ? rows : nil
    }

    /// GA4's `Date`, `20260304`; nil for anything else.
    static func ga4Day(_ raw: String) -> Day? {
        let b = Array(raw.utf8)
        guard b.count == 8, let y = DateReader.digits(b, 0, 4), let m = DateReader.digits(b, 4, 2), let d = DateReader.digits(b, 6, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// GA4 writes `(not set)` where a dimension is empty.
    static func notSet(_ value: String?) -> String? {
        guard let value, value.lowercased() != "(not set)" else { return nil }
        return value
    }

    /// leads.csv: attributed like orders.
    static func leads(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Lead]? {
        let campaign = context.campaign, dates = context.dates
        let known = Set(campaign.influencers.map(\.key))
        var rows: [Lead] = []
        let dateColumn = table.resolve("date"), typeColumn = table.resolve("type"), influencerColumn = table.resolve("influencer")
        let promoCode = table.resolve("promo_code"), utmCampaign = table.resolve("utm_campaign"), utmContent = table.resolve("utm_content")
        let complete = table.forEachRow(into: collector) { cells in
            let date = cells.requiredDateTime(dateColumn, clock: dates)
            let type = cells.required(typeColumn)
            var influencerKey: String?
            if let handle = cells.text(influencerColumn) {
                influencerKey = Influencer.key(handle)
                if !known.contains(influencerKey ?? "") {
                    cells.error(influencerColumn, "unknown handle \"\(handle)\": expected one of the campaign's influencers")
                }
            }
            guard !cells.hasErrors, let date, let type else { return }
            rows.append(Lead(date: date.day, type: type, promoCode: cells.text(promoCode), utmCampaign: cells.text(utmCampaign),
                             utmContent: cells.text(utmContent), influencerKey: influencerKey))
        }
        return complete ? rows : nil
    }

    /// mentions.csv.
    static func mentions(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [Mention]? {
        let dates = context.dates
        var rows: [Mention] = []
        let dateColumn = table.resolve("date"), sourceColumn = table.resolve("source"), textColumn = table.resolve("text")
        let author = table.resolve("author"), url = table.resolve("url")
        let complete = table.forEachRow(into: collector) { cells in
            let date = cells.requiredDateTime(dateColumn, clock: dates)
            let source = cells.required(sourceColumn)
            let text = cells.raw(textColumn)
            if text == nil { cells.error(textColumn, "expected a value, found an empty cell") }
            guard !cells.hasErrors, let date, let source, let text else { return }
            rows.append(Mention(day: date.day, source: source, text: text, author: cells.text(author), url: cells.text(url)))
        }
        return complete ? rows : nil
    }
}
