/// Dates as a reader of the report expects them: `Mar 4, 2026` or `4 mars 2026`.
public struct DateFormat: Sendable {
    public let locale: ReportLocale

    public init(locale: ReportLocale) { self.locale = locale }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let frenchMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    public func format(_ day: Day) -> String {
        let c = day.components
        if locale == .frFR {
            return "\(c.day == 1 ? "1er" : String(c.day)) \(DateFormat.frenchMonths[c.month - 1]) \(c.year)"
        }
        return "\(DateFormat.englishMonths[c.month - 1]) \(c.day), \(c.year)"
    }

    /// `Mar 4` / `4 mars`: days on a chart axis.
    public func short(_ day: Day) -> String {
        let c = day.components
        return locale == .frFR ? "\(c.day) \(DateFormat.frenchMonths[c.month - 1])" : "\(DateFormat.englishMonths[c.month - 1]) \(c.day)"
    }

    /// `Mar 1, 2026 – Mar 31, 2026`.
    public func format(_ range: DayRange) -> String {
        "\(format(range.start)) – \(format(range.end))"
    }
}
