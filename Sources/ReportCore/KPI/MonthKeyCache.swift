/// `MonthKey.of` for days that come in runs (a creator's posts, a campaign's orders): the last
/// month's key and its days are remembered, so a run costs a comparison per day, not a string.
struct MonthKeyCache {
    private var days = 0..<0
    private var key = ""

    mutating func of(_ day: Day) -> String {
        if days.contains(day.ordinal) { return key }
        let c = day.components
        key = MonthKey.of(day)
        let first = day.ordinal - (c.day - 1)
        days = first..<(first + Day.daysInMonth(year: c.year, month: c.month))
        return key
    }
}
