import Foundation
import ReportCore

/// Reads the date and date-time forms of data-format.md §3 and §11 and converts those with
/// an offset to the project time zone before taking their day.
public struct DateReader: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// `YYYY-MM-DD` only (campaign.yaml dates).
    public static func day(_ text: String) -> Day? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Any accepted form, or nil.
    public func parse(_ text: String) -> LocalDateTime? {
        let b = Array(text.utf8)
        var i = 0
        let day: Day
        if b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
            guard let y = DateReader.digits(b, 0, 4), let m = DateReader.digits(b, 5, 2), let d = DateReader.digits(b, 8, 2),
                  let parsed = Day(year: y, month: m, day: d) else { return nil }
            day = parsed
            i = 10
        } else if b.count >= 10, b[2] == UInt8(ascii: "/"), b[5] == UInt8(ascii: "/") {
            guard let d = DateReader.digits(b, 0, 2), let m = DateReader.digits(b, 3, 2), let y = DateReader.digits(b, 6, 4),
                  let parsed = Day(year: y, month: m, day: d) else { return nil }
            day = parsed
            i = 10
        } else {
            return nil
        }
        if i == b.count { return LocalDateTime(day: day) }
        // Time: `T` or spaces, then HH:MM[:SS[.fff]].
        guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
        guard i + 5 <= b.count, b[i + 2] == UInt8(ascii: ":"),
              let hh = DateReader.digits(b, i, 2), let mm = DateReader.digits(b, i + 3, 2), hh < 24, mm < 60 else { return nil }
        i += 5
        if i + 3 <= b.count, b[i] == UInt8(ascii: ":") {
            guard let ss = DateReader.digits(b, i + 1, 2), ss < 61 else { return nil }
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                while i < b.count, (48...57).contains(b[i]) { i += 1 }
            }
        }
        let minute = hh * 60 + mm
        while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
        if i == b.count { return LocalDateTime(day: day, minuteOfDay: minute) }
        // Offset: Z, ±HH:MM, ±HHMM or ±HH.
        var offsetMinutes = 0
        if b[i] == UInt8(ascii: "Z") && i + 1 == b.count {
            offsetMinutes = 0
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            let rest = Array(b[(i + 1)...]).filter { $0 != UInt8(ascii: ":") }
            guard rest.count == 4 || rest.count == 2, let oh = DateReader.digits(rest, 0, 2), oh <= 14 else { return nil }
            let om = rest.count == 4 ? (DateReader.digits(rest, 2, 2) ?? 99) : 0
            guard om < 60 else { return nil }
            offsetMinutes = sign * (oh * 60 + om)
        } else {
            return nil
        }
        return toLocal(day: day, minute: minute, offsetMinutes: offsetMinutes)
    }

    /// The wall-clock time in the project zone of an instant given with its UTC offset.
    func toLocal(day: Day, minute: Int, offsetMinutes: Int) -> LocalDateTime {
        let utcSeconds = (day.ordinal * 1440 + minute - offsetMinutes) * 60
        let instant = Date(timeIntervalSince1970: TimeInterval(utcSeconds))
        let zoneOffset = timeZone.secondsFromGMT(for: instant) / 60
        let localMinutes = utcSeconds / 60 + zoneOffset
        let dayOrdinal = Int((Double(localMinutes) / 1440).rounded(.down))
        return LocalDateTime(day: Day(ordinal: dayOrdinal), minuteOfDay: localMinutes - dayOrdinal * 1440)
    }

    static func digits(_ b: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var v = 0
        for k in start..<(start + count) {
            let c = b[k]
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }
}
