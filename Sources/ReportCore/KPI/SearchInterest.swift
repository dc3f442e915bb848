/// Searches for the brand around the campaign (kpis.md §5 `search_uplift`): the mean daily
/// searches of [start, end + attribution_window_days] against the mean over the baseline, and
/// the daily series a page draws with both periods shaded. Means are taken over the days the
/// file covers: a day outside its rows is unknown, not zero.
public struct SearchInterest: Sendable {
    /// [start, end + attribution_window_days].
    public let period: DayRange
    public let baseline: DayRange?
    /// Mean daily searches over the days of `period` the file covers; nil when it covers none.
    public let periodMean: Double?
    /// The same over the baseline; nil without a baseline or when the file covers none of it.
    public let baselineMean: Double?
    /// The days drawn: from a week before the earlier of the baseline and the campaign start to
    /// a week after the attribution window, within the file's first and last day; nil for a
    /// day the file does not cover.
    public let series: [(day: Day, searches: Double?)]

    /// nil without searches.csv.
    public init?(_ campaign: Campaign) {
        guard let searches = campaign.searches else { return nil }
        period = campaign.attributionRange
        baseline = campaign.baseline
        var byDay: [Int: Double] = [:]
        for s in searches { byDay[s.day.ordinal, default: 0] += s.searches }
        func mean(_ range: DayRange) -> Double? {
            var sum = 0.0, days = 0
            for o in range.start.ordinal...range.end.ordinal {
                if let v = byDay[o] { sum += v; days += 1 }
            }
            return days > 0 ? sum / Double(days) : nil
        }
        periodMean = mean(period)
        baselineMean = baseline.flatMap(mean)
        var series: [(day: Day, searches: Double?)] = []
        if let first = byDay.keys.min(), let last = byDay.keys.max() {
            let from = max(first, min(baseline?.start.ordinal ?? period.start.ordinal, period.start.ordinal) - 7)
            let to = min(last, period.end.ordinal + 7)
            if from <= to {
                for o in from...to { series.append((Day(ordinal: o), byDay[o])) }
            }
        }
        self.series = series
    }

    /// (period mean − baseline mean) / baseline mean × 100; n/a without a baseline, when the
    /// file covers neither period, or when the baseline's mean is 0.
    public var uplift: Double? {
        guard let periodMean, let baselineMean else { return nil }
        return ratio(periodMean - baselineMean, baselineMean, scale: 100)
    }
}
