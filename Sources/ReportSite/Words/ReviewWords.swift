import ReportCore

/// The words of the agency's review (`<output>.review/`): the person preparing the report reads
/// them, in the project's language like every page; file names and codes are welcome there.
protocol ReviewWords {
    /// The page title: `Review — Maison Lune`.
    func reviewTitle(_ siteTitle: String) -> String
    /// Under the title: what the folder is and that it is not published.
    func reviewIntro(site: String) -> String
    /// `12 items to review` (warnings, plausibility checks and what the pages left out).
    func reviewItems(_ count: Int) -> String
    /// Heading of the warnings that concern no campaign in particular.
    var reviewProjectWarnings: String { get }
    /// Heading of a campaign's warnings.
    var reviewWarnings: String { get }
    /// When a list is empty.
    var reviewNone: String { get }
    /// Heading of the plausibility checks (kpis.md §8b).
    var reviewChecks: String { get }
    /// The columns of the checks table: creator, figure, value, what the check found.
    var reviewChecksColumns: [String] { get }
    /// Heading of the data coverage.
    var reviewCoverage: String { get }
    /// `3 of 120 posts report no link clicks`.
    func reviewPostsWithoutClicks(_ without: String, of posts: String, count: Int) -> String
    /// `787 comments analysed (0.8 % of those the posts received)`; coverage nil when unknown.
    func reviewCommentsAnalysed(_ analysed: String, coverage: String?) -> String
    /// No comments.csv.
    var reviewNoComments: String { get }
    /// `12 orders of the period attributed to no creator by code or link`.
    func reviewUnattributedOrders(_ count: String, of orders: String, number: Int) -> String
    /// No orders.csv.
    var reviewNoOrders: String { get }
    /// Heading of what the client's pages leave out.
    var reviewLeftOut: String { get }
    /// A creator left out of rankings and budget moves, with the reasons (flag and check names).
    func reviewExcludedCreator(_ handle: String, reasons: String) -> String
    /// Plausibility checks are shown here only.
    var reviewChecksOnlyHere: String { get }
    /// A figure of the objective the page shows as n/a.
    func reviewFigureNotAvailable(_ label: String) -> String
    /// A plausibility check named in a list of reasons.
    func reviewCheckName(_ kind: PlausibilityCheck.Kind) -> String
}
