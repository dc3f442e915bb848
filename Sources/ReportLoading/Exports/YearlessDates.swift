import ReportCore

/// Dates without a year, as TikTok Studio writes them (`August 31`, `31 August`), placed in
/// time (data-format.md §12).
enum YearlessDates {
    /// A day of the year without its year.
    struct MonthDay: Hashable, Comparable {
        let month: Int
        let day: Int

        static func < (a: MonthDay, b: MonthDay) -> Bool { (a.month, a.day) < (b.month, b.day) }

        /// Days from Jan 1 in a leap year, so 29 February has its place.
        var dayOfLeapYear: Int {
            let before = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]
            return before[month - 1] + day - 1
        }

        var text: String { "\(YearlessDates.monthNames[month - 1]) \(day)" }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    /// French names too: TikTok Studio writes the dates in the account's display language.
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                               "octobre", "novembre", "décembre"]

    /// `August 31`, `Aug 31`, `31 August`, `31 août`: month and day, or nil.
    static func parse(_ text: String) -> MonthDay? {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard words.count == 2 else { return nil }
        let (monthWord, dayWord) = Int(words[0]) == nil ? (words[0], words[1]) : (words[1], words[0])
        guard let month = ExportDates.month(monthWord) ?? frenchMonths.firstIndex(of: monthWord.lowercased()).map({ $0 + 1 }),
              dayWord.count <= 2, let day = Int(dayWord), day >= 1,
              Day(year: 2024, month: month, day: day) != nil else { return nil }
        return MonthDay(month: month, day: day)
    }

    /// The year that puts one date nearest to `window` (inside it, else the fewest days away;
    /// the earlier on a tie).
    static func nearest(_ date: MonthDay, to window: DayRange) -> Day? {
        let year = window.start.components.year
        let candidates = (year - 1...window.end.components.year + 1).compactMap { Day(year: $0, month: date.month, day: date.day) }
        return candidates.min { (window.distance(to: $0), $0) < (window.distance(to: $1), $1) }
    }

    /// A problem with one row of a sequence.
    struct Problem: Equatable {
        let index: Int
        let message: String
    }

    /// Dates a file's rows, in file order, as one chronological sequence (oldest first or newest
    /// first, gaps allowed): the year steps where the month number wraps, and the sequence is
    /// placed at the years that overlap `window` most, else come nearest to it.
    ///
    /// A repeated day, or a step back in time, is a problem at its row. *Decision*: a wrap is a
    /// New Year only when it moves less than half a year on (`December 30` → `January 2`); a
    /// step such as `March 10` → `February 20` in an oldest-first file is a turn back, not an
    /// eleven-month gap.
    /// `days` is nil when no year can hold the sequence (a 29 February far from any leap year).
    static func sequence(_ dates: [MonthDay], window: DayRange) -> (days: [Day?]?, problems: [Problem]) {
        guard !dates.isEmpty else { return ([], []) }
        // Direction: most steps move less than half a year forward (oldest first) or back.
        var forward = 0, backward = 0
        for (a, b) in zip(dates, dates.dropFirst()) where a != b {
            let step = (b.dayOfLeapYear - a.dayOfLeapYear + 366) % 366
            if step < 183 { forward += 1 } else { backward += 1 }
        }
        let oldestFirst = forward >= backward
        let order = oldestFirst ? Array(dates.indices) : Array(dates.indices.reversed())
        // Year offsets from the oldest row.
        var offsets = [Int?](repeating: nil, count: dates.count)
        var problems: [Problem] = []
        var previous: Int?
        var offset = 0
        for i in order {
            let date = dates[i]
            guard let p = previous else {
                offsets[i] = 0
                previous = i
                continue
            }
            let before = dates[p]
            let step = (date.dayOfLeapYear - before.dayOfLeapYear + 366) % 366
            if date == before {
                problems.append(Problem(index: i, message: "a second row for \(date.text): one row per day"))
                continue
            }
            if date < before {
                guard date.month < before.month, step < 183 else {
                    let order = oldestFirst ? "oldest first" : "newest first"
                    problems.append(Problem(index: i, message: "\(date.text) turns back in time after \(before.text): the rows run \(order), so each day must \(oldestFirst ? "follow" : "precede") the one \(oldestFirst ? "above" : "below") it"))
                    continue
                }
                offset += 1
            }
            offsets[i] = offset
            previous = i
        }
        // Placement: the first year of the sequence that overlaps the window most, then lies nearest.
        let first = window.start.components.year - offset - 1, last = window.end.components.year + 1
        var best: (overlap: Int, distance: Int, days: [Day?])?
        for year in first...last {
            var days = [Day?](repeating: nil, count: dates.count)
            var valid = true
            for (i, o) in offsets.enumerated() {
                guard let o else { continue }
                guard let day = Day(year: year + o, month: dates[i].month, day: dates[i].day) else { valid = false; break }
                days[i] = day
            }
            let placed = days.compactMap { $0 }
            guard valid, let lo = placed.min(), let hi = placed.max() else { continue }
            let span = DayRange(start: lo, end: hi)
            let overlap = span.overlap(with: window)
            let distance = overlap > 0 ? 0 : min(window.distance(to: lo), window.distance(to: hi))
            if let b = best, (b.overlap, -b.distance) >= (overlap, -distance) { continue }
            best = (overlap, distance, days)
        }
        return (best?.days, problems)
    }
}

extension DayRange {
    /// Days from this range to `day`: 0 inside it.
    func distance(to day: Day) -> Int {
        contains(day) ? 0 : (day < start ? start.ordinal - day.ordinal : day.ordinal - end.ordinal)
    }

    /// Days both ranges hold.
    func overlap(with other: DayRange) -> Int {
        max(0, min(end.ordinal, other.end.ordinal) - max(start.ordinal, other.start.ordinal) + 1)
    }
}
