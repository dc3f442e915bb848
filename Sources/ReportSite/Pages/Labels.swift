import ReportCore

/// Words the view models put into pages, from the locale's `Words`.
enum Labels {
    static func objective(_ o: Objective, _ locale: ReportLocale) -> String { locale.words.objective(o) }

    static func footer(asOf: Day, _ locale: ReportLocale) -> String {
        locale.words.footer(date: DateFormat(locale: locale).format(asOf))
    }

    static func status(_ s: ObjectiveSummary.Status, _ locale: ReportLocale) -> String { locale.words.status(s) }

    static func weekdays(_ locale: ReportLocale) -> [String] { locale.words.weekdays }

    /// `1.5%–3.0%` / `1,5 %–3,0 %`.
    static func range(_ r: BenchmarkRange, format: NumberFormat) -> String {
        format.percent(r.low) + "–" + format.percent(r.high)
    }

    /// A figure against its industry range, in words (colour is never the only sign).
    static func status(_ b: BenchmarkComparison, _ locale: ReportLocale) -> String { locale.words.benchmarkStatus(b.status) }

    /// Where a range comes from, for the reader who wants to know how much to trust it.
    static func source(_ s: BenchmarkRange.Source, _ locale: ReportLocale) -> String { locale.words.source(s) }

    static func tier(_ t: Tier, _ locale: ReportLocale) -> String { locale.words.tier(t) }

    /// A platform as the client reads it (`Autre` for `other` in French).
    static func platform(_ p: Platform, _ locale: ReportLocale) -> String { locale.words.platform(p) }

    static func flag(_ flag: FraudFlag, _ locale: ReportLocale) -> String { locale.words.flag(flag) }

    static func noFlag(_ locale: ReportLocale) -> String { locale.words.none }

    /// `2026-03` → `March 2026` / `mars 2026`.
    static func month(_ key: String, _ locale: ReportLocale) -> String {
        let parts = key.split(separator: "-")
        let names = locale.words.months
        guard parts.count == 2, let m = Int(parts[1]), (1...12).contains(m), m <= names.count else { return key }
        return names[m - 1] + " " + parts[0]
    }

    /// `2026-Q1` / `T1 2026`.
    static func quarter(_ day: Day, _ locale: ReportLocale) -> String {
        let c = day.components
        return locale.words.quarter((c.month - 1) / 3 + 1, year: c.year)
    }

    /// Post formats as a reader says them; a format the list does not know is shown as written.
    static func format(_ name: String, _ locale: ReportLocale) -> String {
        locale.words.postFormats[name.lowercased()] ?? name
    }

    /// A figure as a card or a table cell shows it: by its unit, except the two a reader would
    /// otherwise misread. Net ROI (a ratio, 0.36) is a signed percentage (`+36 %`: above 0 the
    /// campaign made money); the average rating says its scale (`3,2/5`).
    /// kpis.md §4 `net_roi` as a signed percent (`+36 %`, `-12 %`; one decimal below 10 % once
    /// rounded, so a small margin does not read as zero), and the sign of what is shown: "+" only
    /// on what shows above 0 once rounded (+0,04 % would read "+0,0 %").
    static func signedPercent(_ ratio: Double, _ format: NumberFormat) -> (text: String, sign: Int) {
        let percent = ratio * 100
        let decimals = abs(percent) < 9.95 ? 1 : 0
        let scale = decimals == 1 ? 10.0 : 1.0
        let shown = (percent * scale).rounded(.toNearestOrAwayFromZero) / scale
        let sign = shown > 0 ? 1 : (shown < 0 ? -1 : 0)
        return ((sign > 0 ? "+" : "") + format.percent(shown, decimals: decimals), sign)
    }

    static func figure(_ m: Measure, _ value: Double?, _ format: NumberFormat) -> String {
        guard let value, value.isFinite else { return format.notAvailable }
        switch m {
        case .kpi(.netROI):
            return signedPercent(value, format).text
        case .kpi(.avgRating):
            return format.format(value, unit: .decimal) + "/5"
        default:
            return format.format(value, unit: m.unit)
        }
    }
}
