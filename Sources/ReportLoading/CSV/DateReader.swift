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
        return parse(b, 0, b.count)
    }

    /// The same on `b[start..<end]`: CSV cells are read in place, without a String or an Array each.
    func parse(_ b: [UInt8], _ start: Int, _ end: Int) -> LocalDateTime? {
        let n = end - start
        // `at(k)`: the k-th byte of the text.
        func at(_ k: Int) -> UInt8 { b[start + k] }
        func digits(_ k: Int, _ count: Int) -> Int? { k + count <= n ? DateReader.digits(b, start + k, count) : nil }
        var i = 0
        let day: Day
        if n >= 10, at(4) == UInt8(ascii: "-"), at(7) == UInt8(ascii: "-") {
            guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2),
                  let parsed = Day(year: y, month: m, day: d) else { return nil }
            day = parsed
            i = 10
        } else if n >= 10, at(2) == UInt8(ascii: "/"), at(5) == UInt8(ascii: "/") {
            guard let d = digits(0, 2), let m = digits(3, 2), let y = digits(6, 4),
                  let parsed = Day(year: y, month: m, day: d) else { return nil }
            day = parsed
            i = 10
        } else {
            return nil
        }
        if i == n { return LocalDateTime(day: day) }
        // Time: `T` or spaces, then HH:MM[:SS[.fff]].
        guard at(i) == UInt8(ascii: "T") || at(i) == UInt8(ascii: " ") else { return nil }
        i += 1
        while i < n, at(i) == UInt8(ascii: " ") { i += 1 }
        guard i + 5 <= n, at(i + 2) == UInt8(ascii: ":"),
              let hh = digits(i, 2), let mm = digits(i + 3, 2), hh < 24, mm < 60 else { return nil }
        i += 5
        if i + 3 <= n, at(i) == UInt8(ascii: ":") {
            guard let ss = digits(i + 1, 2), ss < 61 else { return nil }
            i += 3
            if i < n, at(i) == UInt8(ascii: ".") {
                i += 1
                while i < n, (48...57).contains(at(i)) { i += 1 }
            }
        }
        let minute = hh * 60 + mm
        while i < n, at(i) == UInt8(ascii: " ") { i += 1 }
        if i == n { return LocalDateTime(day: day, minuteOfDay: minute) }
        // Offset: Z, ±HH:MM, ±HHMM or ±HH.
        var offsetMinutes = 0
        if at(i) == UInt8(ascii: "Z") && i + 1 == n {
            offsetMinutes = 0
        } else if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
            let sign = at(i) == UInt8(ascii: "-") ? -1 : 1
            // The rest without its colons, which may stand anywhere: at most four bytes kept.
            var rest: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            var kept = 0
            for k in (i + 1)..<n where at(k) != UInt8(ascii: ":") {
                switch kept {
                case 0: rest.0 = at(k)
                case 1: rest.1 = at(k)
                case 2: rest.2 = at(k)
                case 3: rest.3 = at(k)
                default: return nil
                }
                kept += 1
            }
            func pair(_ x: UInt8, _ y: UInt8) -> Int? {
                (48...57).contains(x) && (48...57).contains(y) ? Int(x - 48) * 10 + Int(y - 48) : nil
            }
            guard kept == 4 || kept == 2, let oh = pair(rest.0, rest.1), oh <= 14 else { return nil }
            let om = kept == 4 ? (pair(rest.2, rest.3) ?? 99) : 0
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
