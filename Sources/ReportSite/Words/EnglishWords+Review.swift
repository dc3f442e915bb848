import ReportCore

extension EnglishWords: ReviewWords {
    func reviewTitle(_ siteTitle: String) -> String { "Review — \(siteTitle)" }
    func reviewIntro(site: String) -> String {
        "For the agency only: what to check before sending the site in “\(site)” to the client. This review sits beside the site and is never published with it."
    }
    func reviewItems(_ count: Int) -> String { count == 1 ? "1 item to review" : "\(count) items to review" }
    var reviewProjectWarnings: String { "Warnings of the project" }
    var reviewWarnings: String { "Warnings" }
    var reviewNone: String { "None." }
    var reviewChecks: String { "Figures to check" }
    var reviewChecksColumns: [String] { ["Creator", "Figure", "Value", "Finding"] }
    var reviewCoverage: String { "Data coverage" }
    func reviewPostsWithoutClicks(_ without: String, of posts: String, count: Int) -> String {
        "\(without) of \(posts) posts report no link clicks."
    }
    func reviewCommentsAnalysed(_ analysed: String, coverage: String?) -> String {
        coverage.map { "\(analysed) comments analysed (\($0) of those the posts received)." } ?? "\(analysed) comments analysed."
    }
    var reviewNoComments: String { "No comments supplied (comments.csv): sentiment and themes are not on the pages." }
    func reviewUnattributedOrders(_ count: String, of orders: String, number: Int) -> String {
        "\(count) of \(orders) orders of the attribution period are attributed to no creator (no code or link matched)."
    }
    var reviewNoOrders: String { "No orders supplied (orders.csv)." }
    var reviewLeftOut: String { "What the client's pages leave out" }
    func reviewExcludedCreator(_ handle: String, reasons: String) -> String {
        "\(handle) is left out of rankings and budget moves (\(reasons))."
    }
    var reviewChecksOnlyHere: String { "The figures to check above appear only in this review: the client's pages, downloads and kpis files do not mention them." }
    func reviewFigureNotAvailable(_ label: String) -> String { "\(label) is shown as n/a: its inputs are missing." }
    func reviewCheckName(_ kind: PlausibilityCheck.Kind) -> String {
        switch kind {
        case .costOutlier: "cost far above the campaign median"
        case .codeLeak: "more code orders than link clicks suggest"
        case .conversionFlat: "conversions alike whatever the reach"
        }
    }
}
