/// report.yaml, with its defaults (data-format.md §2).
public struct ProjectSettings: Sendable {
    public var title: String
    public var locale: ReportLocale
    public var currency: String
    /// IANA name; conversion happens while loading, the core only sees local days.
    public var timezone: String
    public var asOf: Day?
    public var output: String
    /// The line of report.yaml's `output:`, for the build's message when it leads outside the project.
    public var outputLine: Int?
    /// site.md: pages carry `noindex` and the site a disallowing robots.txt unless this is true.
    public var indexable: Bool = false
    /// report.yaml `emv:` overrides (kpis.md §6).
    public var emv: EMVTable
    /// kpis.md §7 ranges with report.yaml `benchmarks:` overrides.
    public var benchmarks: BenchmarkTable
    /// kpis.md §8 thresholds with report.yaml `fraud:` overrides.
    public var fraud: FraudThresholds
    /// report.yaml `email:`, for the drafts of `--email`; nil when absent.
    public var email: EmailSettings?

    public init(
        title: String = "Influence reports", locale: ReportLocale = .enUS, currency: String = "EUR",
        timezone: String = "UTC", asOf: Day? = nil, output: String = "_site", emv: EMVTable = EMVTable(),
        benchmarks: BenchmarkTable = .builtIn, fraud: FraudThresholds = FraudThresholds()
    ) {
        self.emv = emv
        self.benchmarks = benchmarks
        self.fraud = fraud
        self.title = title
        self.locale = locale
        self.currency = currency
        self.timezone = timezone
        self.asOf = asOf
        self.output = output
    }
}

/// The two languages of the built-in templates and number formats.
public enum ReportLocale: String, Codable, Sendable, CaseIterable {
    case enUS = "en-US"
    case frFR = "fr-FR"
}
