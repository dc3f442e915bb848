import Foundation
import ReportCore

/// searches.csv (data-format.md §10b): the generic `date, searches[, term]`, a Google Trends
/// `multiTimeline.csv` or a Google Search Console `Dates.csv`, told apart by their header.
/// The result is one value per day: a week's value stands for each of its 7 days, a month's
/// for each of its days.
enum SearchesLoader {
    static let genericRequired = ["date", "searches"]
    static let consoleRequired = ["date", "clicks", "impressions", "ctr", "position"]

    enum Form: Equatable {
        case generic
        /// Google Trends: the period column first, then one column per term (`<term>: (<region>)`).
        case trends
        /// Google Search Console `Dates.csv`: `Impressions` is the searches figure.
        case searchConsole
    }

    /// A Trends download opens with a line naming the category (`Category: All categories`,
    /// `Catégorie : Toutes catégories`…) and a blank line. That first line is turned into a
    /// `#` comment line, which the CSV reader skips like GA4's, so every line keeps its number.
    static func prepared(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard let end = bytes[start...].firstIndex(of: 0x0A) else { return bytes }
        let first = bytes[start..<end].filter { $0 != 0x0D }
        guard first.contains(UInt8(ascii: ":")), !first.contains(UInt8(ascii: ",")), !first.contains(UInt8(ascii: ";")) else { return bytes }
        // The next line must be blank.
        var i = end + 1
        while i < bytes.count, bytes[i] == 0x0D || bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == 0x0A else { return bytes }
        var out = Array(bytes[..<start])
        out.append(UInt8(ascii: "#"))
        out += bytes[start...]
        return out
    }

    /// `maison lune: (France)` → `maison lune`; nil for a column that is not a Trends term.
    static func trendsTerm(_ column: String) -> String? {
        guard column.hasSuffix(")"), let open = column.range(of: ": (", options: .backwards) else { return nil }
        var term = String(column[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
        if term.count >= 2, term.hasPrefix("\""), term.hasSuffix("\"") { term = String(term.dropFirst().dropLast()) }
        return term.isEmpty ? nil : term
    }

    static func form(header: [String]) -> Form {
        let names = Set(header.map { $0.lowercased() })
        if consoleRequired.allSatisfy(names.contains) { return .searchConsole }
        if header.count >= 2, header.dropFirst().contains(where: { trendsTerm($0) != nil }) { return .trends }
        return .generic
    }

    /// How `report init --from` names the file.
    static func formName(header: [String]) -> String {
        switch form(header: header) {
        case .generic: return "searches.csv"
        case .trends: return "Google Trends multiTimeline.csv"
        case .searchConsole: return "Google Search Console Dates.csv"
        }
    }

    static func shape(header: [String]) -> FileShape {
        switch form(header: header) {
        case .generic: return FileShape(required: genericRequired)
        case .searchConsole: return FileShape(required: ["date", "impressions"], platformExport: true)
        case .trends:
            return FileShape(required: ["date"], aliases: ["date": (header.first ?? "").lowercased()], platformExport: true)
        }
    }

    /// One row as read: the period's first day, its length in days when the file says it
    /// (a month), and the value.
    struct Reading {
        var line: Int
        var day: Day
        var monthDays: Int?
        var value: Double
    }

    static func load(_ table: CSVTable, _ context: LoadContext, into collector: DiagnosticCollector) -> [SearchDay]? {
        let header = table.reader.header
        let form = form(header: header)
        let dates = context.dates
        let dateColumn = table.resolve("date")
        var readings: [Reading] = []
        var seen: [Int: Int] = [:]
        // The column (Trends) or the term (generic) that is the brand.
        var valueColumn: CSVColumn
        var termColumn: CSVColumn?
        switch form {
        case .searchConsole:
            valueColumn = table.resolve("impressions")
        case .generic:
            valueColumn = table.resolve("searches")
            if table.has("term") { termColumn = table.resolve("term") }
        case .trends:
            let terms = header.indices.dropFirst().compactMap { i in trendsTerm(header[i]).map { (index: i, term: $0) } }
            // `form` found at least one term column.
            guard var chosen = terms.first else { return nil }
            if let wanted = context.campaign.searchTerm {
                guard let match = terms.first(where: { $0.term.lowercased() == unquoted(wanted).lowercased() }) else {
                    collector.emit(.error(table.file, table.reader.headerLine,
                                          "search_term \"\(wanted)\" (campaign.yaml) is not a term of this file: expected one of \(terms.map { "\"\($0.term)\"" }.joined(separator: ", "))"))
                    return nil
                }
                chosen = match
            } else if terms.count > 1 {
                let others = terms.dropFirst().map { "\"\($0.term)\"" }.joined(separator: ", ")
                collector.emit(.warning(table.file, table.reader.headerLine,
                                        "several search terms: reading \"\(chosen.term)\", the first; ignored: \(others) (set search_term in campaign.yaml to choose)"))
            }
            valueColumn = CSVColumn(name: header[chosen.index], index: chosen.index)
        }
        var termsSeen: [String] = []
        let complete = table.forEachRow(into: collector) { cells in
            if let termColumn {
                // A row without its term would be counted under a term named "".
                guard let term = cells.text(termColumn) else {
                    cells.error(termColumn, "expected the search term of the row, found an empty cell")
                    return
                }
                let key = term.lowercased()
                if !termsSeen.contains(where: { $0.lowercased() == key }) { termsSeen.append(term) }
                if let wanted = context.campaign.searchTerm {
                    if key != unquoted(wanted).lowercased() { return }
                } else if key != termsSeen[0].lowercased() {
                    return
                }
            }
            guard let rawDate = cells.required(dateColumn) else { return }
            var day: Day?
            var monthDays: Int?
            let b = Array(rawDate.utf8)
            if form == .trends, b.count == 7, b[4] == UInt8(ascii: "-"), let y = DateReader.digits(b, 0, 4), let m = DateReader.digits(b, 5, 2),
               let first = Day(year: y, month: m, day: 1) {
                // A month (`2026-03`): its value stands for each of its days.
                let next = m == 12 ? Day(year: y + 1, month: 1, day: 1) : Day(year: y, month: m + 1, day: 1)
                day = first
                monthDays = next.map { $0.ordinal - first.ordinal }
            } else if let parsed = dates.parse(rawDate) {
                day = parsed.day
            } else {
                cells.error(dateColumn, "expected a date YYYY-MM-DD\(form == .trends ? " or a month YYYY-MM" : ""), found \"\(rawDate)\"")
            }
            var value: Double?
            if form == .trends, cells.text(valueColumn) == "<1" {
                // Trends writes `<1` for interest above 0 and below 1.
                value = 0.5
            } else if cells.text(valueColumn) == nil {
                // In the downloads an empty or placeholder cell (`--`) is not reported: the day
                // stays unknown. In the generic file it is an error.
                guard form == .generic else { return }
                cells.error(valueColumn, "expected a number ≥ 0, found an empty cell")
            } else {
                value = cells.number(valueColumn)
            }
            guard !cells.hasErrors, let day, let value else { return }
            if let first = seen[day.ordinal] {
                cells.error(dateColumn, "date \(day) already on line \(first): expected one row per \(form == .trends ? "period" : "day")\(termColumn != nil ? " and term" : "")")
                return
            }
            seen[day.ordinal] = cells.line
            readings.append(Reading(line: cells.line, day: day, monthDays: monthDays, value: value))
        }
        guard complete else { return nil }
        if termColumn != nil, context.campaign.searchTerm == nil, termsSeen.count > 1 {
            let others = termsSeen.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")
            collector.emit(.warning(table.file, table.reader.headerLine,
                                    "several search terms: reading \"\(termsSeen[0])\", the first; ignored: \(others) (set search_term in campaign.yaml to choose)"))
        }
        if termColumn != nil, let wanted = context.campaign.searchTerm, !termsSeen.isEmpty,
           !termsSeen.contains(where: { $0.lowercased() == unquoted(wanted).lowercased() }) {
            collector.emit(.error(table.file, table.reader.headerLine,
                                  "search_term \"\(wanted)\" (campaign.yaml) is not a term of this file: expected one of \(termsSeen.map { "\"\($0)\"" }.joined(separator: ", "))"))
            return nil
        }
        return spread(readings, weekly: form != .searchConsole && isWeekly(readings))
    }

    /// Rows a whole number of weeks apart, at least two: weekly values (Trends' `Week`, or a
    /// generic file kept by week; a week left out as not reported leaves a gap of 14 days).
    static func isWeekly(_ readings: [Reading]) -> Bool {
        let days = readings.filter { $0.monthDays == nil }.map(\.day.ordinal).sorted()
        guard days.count >= 2, days.count == readings.count else { return false }
        return zip(days, days.dropFirst()).allSatisfy { ($1 - $0) % 7 == 0 }
    }

    /// Each reading on each day it stands for.
    static func spread(_ readings: [Reading], weekly: Bool) -> [SearchDay] {
        var out: [SearchDay] = []
        for r in readings.sorted(by: { $0.day < $1.day }) {
            let length = r.monthDays ?? (weekly ? 7 : 1)
            for k in 0..<length { out.append(SearchDay(day: r.day.adding(days: k), searches: r.value)) }
        }
        return out
    }

    static func unquoted(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") { return String(t.dropFirst().dropLast()) }
        return t
    }
}
