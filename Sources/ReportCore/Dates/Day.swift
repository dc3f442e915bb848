/// A calendar day, counted from 1970-01-01. Pure arithmetic (no Calendar), so KPI code
/// stays free of time zones and the system clock.
public struct Day: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A plain number in the build cache.
    public init(from decoder: Decoder) throws { ordinal = try decoder.singleValueContainer().decode(Int.self) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(ordinal)
    }

    /// nil when the date does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Monday … 6 = Sunday (ISO order, as the timing table shows it).
    public var weekday: Int {
        ((ordinal % 7) + 7 + 3) % 7
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        guard (0...9999).contains(c.year) else { return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))" }
        return Day.digits(year: c.year, month: c.month, day: c.day)
    }

    /// `YYYY-MM-DD` (or `YYYY-MM` without a day) written digit by digit: every post and order
    /// is keyed by its day or month several times a build, and interpolation showed in profiles.
    static func digits(year: Int, month: Int, day: Int?) -> String {
        let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
        var bytes: [UInt8] = [zero + UInt8(year / 1000), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10), zero + UInt8(year % 10),
                              dash, zero + UInt8(month / 10), zero + UInt8(month % 10)]
        if let day { bytes += [dash, zero + UInt8(day / 10), zero + UInt8(day % 10)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// A closed range of days, [start, end]; it holds end − start + 1 days (kpis.md §1).
public struct DayRange: Codable, Sendable, Hashable {
    public let start: Day
    public let end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public var dayCount: Int { end.ordinal - start.ordinal + 1 }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }
}
