import ReportCore

/// posts.csv rows that repeat a post id (data-format.md §4): allowed when each carries a
/// distinct `measured_at` — the post's measurements over time (kpis.md §10) — and repeats the
/// post's own fields; anything else is an error at the repeating row.
struct MeasurementRows {
    let measuredAt: CSVColumn
    let publishedAt: CSVColumn
    /// Fields compared by what they mean (influencer key, platform, lower-cased format):
    /// `claire` and `@Claire` are the same creator.
    let keyed: [CSVColumn]
    /// The post's other fields, compared as written.
    let fixed: [CSVColumn]

    /// The first row of a post id in this file, and the measurement times seen for it.
    private struct First {
        let line: Int
        let keys: [String?]
        let keyTexts: [String?]
        let texts: [String?]
        let publishedText: String?
        let published: LocalDateTime?
        /// A row of the post without measured_at.
        var undated: Bool
        var times: [LocalDateTime: Int] = [:]
    }
    private var firsts: [String: First] = [:]

    init(measuredAt: CSVColumn, publishedAt: CSVColumn, keyed: [CSVColumn], fixed: [CSVColumn]) {
        self.measuredAt = measuredAt
        self.publishedAt = publishedAt
        self.keyed = keyed
        self.fixed = fixed
    }

    /// Whether the file has a measured_at column: without one, a repeated id stays a duplicate.
    var isOn: Bool { measuredAt.index != nil }

    func seen(_ id: String) -> Bool { firsts[id] != nil }

    /// `keys`: the values of `keyed`, in its order.
    mutating func remember(_ id: String, measuredAt at: LocalDateTime?, published: LocalDateTime?, keys: [String?], _ cells: CSVCells) {
        var first = First(line: cells.line, keys: keys, keyTexts: keyed.map { cells.text($0) }, texts: fixed.map { cells.text($0) },
                          publishedText: cells.text(publishedAt),
                          published: published, undated: at == nil)
        if let at { first.times[at] = cells.line }
        firsts[id] = first
    }

    /// A row repeating `id`: it needs a measured_at distinct from the post's other rows (and
    /// they need one too), and the same post fields as its first row.
    mutating func checkRepeat(_ id: String, measuredAt at: LocalDateTime?, published: LocalDateTime?, keys: [String?], _ cells: inout CSVCells) {
        guard var first = firsts[id] else { return }
        // An unreadable measured_at has its own error already.
        let unreadable = at == nil && cells.text(measuredAt) != nil
        if !unreadable {
            if first.undated || at == nil {
                cells.error(measuredAt, "post id \"\(id)\" is already used on line \(first.line): a post measured several times needs a measured_at on each of its rows")
            } else if let at, let line = first.times[at] {
                cells.error(measuredAt, "post id \"\(id)\" is already measured at \"\(cells.text(measuredAt) ?? "")\" on line \(line): each measurement of a post needs a distinct measured_at")
            } else if let at {
                first.times[at] = cells.line
            }
        }
        if at == nil { first.undated = true }
        // A key the row could not read has its own error already.
        for (i, column) in keyed.enumerated() where i < keys.count && keys[i] != nil && keys[i] != first.keys[i] {
            cells.error(column, mismatch(id, line: first.line, earlier: first.keyTexts[i], found: cells.text(column)))
        }
        for (column, earlier) in zip(fixed, first.texts) where cells.text(column) != earlier {
            cells.error(column, mismatch(id, line: first.line, earlier: earlier, found: cells.text(column)))
        }
        if let published, let earlier = first.published, published != earlier {
            cells.error(publishedAt, mismatch(id, line: first.line, earlier: first.publishedText, found: cells.text(publishedAt)))
        }
        firsts[id] = first
    }

    private func mismatch(_ id: String, line: Int, earlier: String?, found: String?) -> String {
        func shown(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "an empty cell" }
        return "post \"\(id)\" has \(shown(earlier)) on line \(line), found \(shown(found)): each measurement of a post repeats its fields; only measured_at and the counts change"
    }

    /// A measurement dated before its post's publication is an error; a bare date on the day of
    /// publication is not (it says the day, not the hour).
    func checkOrder(_ at: LocalDateTime, published: LocalDateTime, _ cells: inout CSVCells) {
        let before = at.day < published.day
            || (at.day == published.day && (at.minuteOfDay ?? Int.max) < (published.minuteOfDay ?? Int.min))
        if before {
            cells.error(measuredAt, "\"\(cells.text(measuredAt) ?? "")\" is before published_at \"\(cells.text(publishedAt) ?? "")\": a post is measured after its publication")
        }
    }
}
