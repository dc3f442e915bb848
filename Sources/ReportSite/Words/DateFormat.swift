import ReportCore

/// Dates as a reader of the report expects them: `Mar 4, 2026` or `4 mars 2026`, in the words
/// of the locale.
struct DateFormat: Sendable {
    let words: any Words

    init(locale: ReportLocale) { words = locale.words }

    func format(_ day: Day) -> String { words.date(day) }

    /// `Mar 4` / `4 mars`: days on a chart axis.
    func short(_ day: Day) -> String { words.shortDate(day) }

    /// `Mar 1, 2026 – Mar 31, 2026`.
    func format(_ range: DayRange) -> String {
        "\(format(range.start)) – \(format(range.end))"
    }
}
