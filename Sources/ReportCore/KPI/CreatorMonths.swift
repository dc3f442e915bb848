/// The months of a creator's card (site.md): every month from the first to the last, the
/// months without any activity included, so a chart's axis never skips one silently.
public enum CreatorMonths {
    public struct Entry: Sendable {
        /// `YYYY-MM`.
        public let month: String
        /// The currency of the month's amounts. A month without activity takes the currencies
        /// of the month before it (its spend is 0 in them).
        public let currency: String
        public let tally: InfluencerHistory.Tally
        /// No post, order or spend in any campaign: a row the card shows so the gap is seen.
        public let empty: Bool
    }

    /// One entry per month and currency, months in calendar order, currencies sorted.
    public static func entries(_ months: [String: [String: InfluencerHistory.Tally]]) -> [Entry] {
        let keys = months.keys.sorted()
        guard let first = keys.first, let last = keys.last else { return [] }
        var out: [Entry] = []
        var previous: [String] = []
        for month in span(from: first, to: last) {
            let byCurrency = months[month] ?? [:]
            if byCurrency.isEmpty {
                for currency in previous {
                    out.append(Entry(month: month, currency: currency, tally: InfluencerHistory.Tally(), empty: true))
                }
                continue
            }
            previous = byCurrency.keys.sorted()
            for currency in previous {
                out.append(Entry(month: month, currency: currency, tally: byCurrency[currency] ?? InfluencerHistory.Tally(), empty: false))
            }
        }
        return out
    }

    /// One entry per month, the currencies of a month merged: its posts, reach, engagement rate
    /// and conversions, which add across currencies (its amounts do not: read them from `entries`).
    /// A chart of those figures then has one point per month, not one per currency.
    public static func merged(_ months: [String: [String: InfluencerHistory.Tally]]) -> [(month: String, tally: InfluencerHistory.Tally)] {
        var out: [(month: String, tally: InfluencerHistory.Tally)] = []
        for entry in entries(months) {
            if let last = out.last, last.month == entry.month {
                var tally = last.tally
                tally.merge(entry.tally)
                out[out.count - 1] = (entry.month, tally)
            } else {
                out.append((entry.month, entry.tally))
            }
        }
        return out
    }

    /// `2025-11` … `2026-02`: every month key from `first` to `last`, both included. Keys that
    /// are not `YYYY-MM` (never written by `MonthKey`) are returned as they are.
    public static func span(from first: String, to last: String) -> [String] {
        guard let a = parse(first), let b = parse(last), a <= b else { return first == last ? [first] : [first, last] }
        return (a...b).map { index in
            let year = index / 12, month = index % 12 + 1
            return String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) + (month < 10 ? "-0" : "-") + String(month)
        }
    }

    /// Months counted from year 0, so consecutive months are consecutive numbers.
    private static func parse(_ key: String) -> Int? {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 0 else { return nil }
        return y * 12 + m - 1
    }
}
