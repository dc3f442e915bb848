import Foundation
import ReportCore

/// What the command line may override of report.yaml.
public struct BuildOptions: Sendable {
    public var output: URL?
    public var asOf: Day?
    public var locale: ReportLocale?
    /// The built-in templates/ and site/: the embedded copy, or a folder (`REPORT_RESOURCES`).
    public var resources: BuiltinResources
    /// Also write `downloads/<id>.eml`, a draft email per campaign (`--email`).
    public var email = false
    /// Adds each stage's time to this clock (the stage benchmark, `--timings`).
    public var clock: StageClock?
    /// Reuse the build cache beside the output and keep it up to date (`--no-cache` turns it off).
    public var cache = true
    /// Threads for the parallel stages (`--jobs`); nil for one per core. Never changes the output.
    public var jobs: Int?
    /// What identifies the program itself in the cache's keys: its version, and the executable's
    /// size and time when the command line knows them, so a rebuilt tool never reuses old pages.
    public var toolIdentity = "report " + ReportVersion.number

    public init(output: URL? = nil, asOf: Day? = nil, locale: ReportLocale? = nil, resources: BuiltinResources = .embedded) {
        self.output = output
        self.asOf = asOf
        self.locale = locale
        self.resources = resources
    }
}

/// The outcome of a build, for the summary line.
public struct BuildSummary: Sendable {
    public let output: URL
    public let pages: Int
    public let campaigns: Int
    public let posts: Int
    public let warnings: [Diagnostic]
    /// The agency's review, beside the output (`_site.review/index.html`), and what it holds.
    public let review: URL
    public let reviewItems: Int

    /// `the review holds 3 items → /p/_site.review/index.html`, for the line after the summary.
    public var reviewLine: String {
        "the review holds \(reviewItems) \(reviewItems == 1 ? "item" : "items") → \(review.path)"
    }
}
