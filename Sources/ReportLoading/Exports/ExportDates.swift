import ReportCore

/// Date forms of platform exports that the generic reader does not take.
enum ExportDates {
    static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Meta Business Suite `Publish time`: `MM/DD/YYYY HH:MM` (US order), local time.
    static func meta(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let datePart = parts.first else { return nil }
        let d = datePart.split(separator: "/")
        guard d.count == 3, let m = Int(d[0]), let day = Int(d[1]), let y = Int(d[2]), d[2].count == 4,
              let date = Day(year: y, month: m, day: day) else { return nil }
        guard parts.count > 1 else { return LocalDateTime(day: date) }
        let t = parts[1].split(separator: ":")
        guard t.count >= 2, let hh = Int(t[0]), let mm = Int(t[1]), (0..<24).contains(hh), (0..<60).contains(mm) else { return nil }
        return LocalDateTime(day: date, minuteOfDay: hh * 60 + mm)
    }

    /// A month name or its three-letter abbreviation, 1-based.
    static func month(_ word: Substring) -> Int? {
        let w = word.lowercased().trimmingSuffix(".")
        guard w.count >= 3, let i = englishMonths.firstIndex(of: String(w.prefix(3))) else { return nil }
        // The full name must be a real month name (`Augus` is not).
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][i]
        return w.count == 3 || full == w || (i == 8 && w == "sept") ? i + 1 : nil
    }

    /// YouTube Studio `Video publish time`: `Apr 9, 2026`.
    static func youtube(_ text: String) -> LocalDateTime? {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard words.count == 3, let m = month(words[0]), let d = Int(words[1]), let y = Int(words[2]),
              let day = Day(year: y, month: m, day: d) else { return nil }
        return LocalDateTime(day: day)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
