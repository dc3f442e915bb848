import Foundation
import ReportCore

/// The agency's review (site.md "Two audiences"): `<output>.review/` beside the client's site,
/// never inside it — `index.html` for a person, `review.json` for a program. It holds what the
/// published pages leave out: every warning of the build (the same as `report check`'s), the
/// plausibility checks with their numbers, data coverage, and what the pages leave out and why.
struct ReviewSite: Sendable {
    struct Entry: Sendable {
        let review: CampaignReview
        let format: NumberFormat
        /// The warnings located in the campaign's folder.
        let warnings: [Diagnostic]
    }

    let entries: [Entry]
    /// Warnings of report.yaml, the templates and anything else not in one campaign's folder.
    let projectWarnings: [Diagnostic]
    let siteTitle: String
    let asOf: Day
    let locale: ReportLocale

    /// `_site` → `_site.review`, beside it.
    static func folder(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".review")
    }

    /// Sorts the build's warnings into the campaigns' (by the folder their file is in) and the project's.
    init(reviews: [(review: CampaignReview, format: NumberFormat, folder: String)], warnings: [Diagnostic], siteTitle: String,
         asOf: Day, locale: ReportLocale) {
        let only = warnings.filter { $0.severity == .warning }
        var claimed = Set<Int>()
        entries = reviews.map { item in
            let prefix = item.folder.hasSuffix("/") ? item.folder : item.folder + "/"
            let own = only.indices.filter { !claimed.contains($0) && only[$0].file.hasPrefix(prefix) }
            claimed.formUnion(own)
            return Entry(review: item.review, format: item.format, warnings: own.map { only[$0] })
        }
        projectWarnings = only.indices.filter { !claimed.contains($0) }.map { only[$0] }
        self.siteTitle = siteTitle
        self.asOf = asOf
        self.locale = locale
    }

    /// Warnings, checks, creators left out and missing figures: what a person has to look at.
    var items: Int {
        projectWarnings.count + entries.reduce(0) { $0 + $1.warnings.count + $1.review.items }
    }

    // MARK: review.json

    /// `{"as_of", "items", "warnings", "campaigns": [{"id", "name", "checks": {handle: [...]},
    /// "influencers": [{"handle", "checks"}], "warnings", "coverage", "left_out"}]}` — checks as
    /// kpis.md §8b writes them; both shapes of the spec's wording ("checks per influencer",
    /// "each influencer's checks") are given (docs/review.md).
    func json() -> String {
        let s = JSONWriter.string, n = JSONWriter.number
        func checks(_ list: [PlausibilityCheck], indent: Int) -> String {
            JSONWriter.array(list.map { check in
                JSONWriter.object([("check", s(check.kind.rawValue)), ("kpi", s(check.kpi.key)), ("value", n(check.value))]
                    + check.evidencePairs.map { ($0.key, n($0.value)) }, indent: indent + 1)
            }, indent: indent)
        }
        let campaigns = entries.map { entry in
            let r = entry.review, c = r.coverage
            let leftOut = r.excluded.map { e in
                JSONWriter.object([("kind", s("excluded_from_rankings")), ("handle", s(e.handle)),
                                   ("flags", JSONWriter.array(e.flags.map { s($0.rawValue) }, indent: 5)),
                                   ("checks", JSONWriter.array(e.checks.map { s($0.rawValue) }, indent: 5))], indent: 4)
            } + r.figuresNotAvailable.map { kpi in
                JSONWriter.object([("kind", s("figure_not_available")), ("kpi", s(kpi.key))], indent: 4)
            }
            return JSONWriter.object([
                ("id", s(r.id)),
                ("name", s(r.name)),
                ("checks", JSONWriter.object(r.creators.map { ($0.handle, checks($0.checks, indent: 4)) }, indent: 3)),
                ("influencers", JSONWriter.array(r.creators.map { creator in
                    JSONWriter.object([("handle", s(creator.handle)), ("checks", checks(creator.checks, indent: 5))], indent: 4)
                }, indent: 3)),
                ("warnings", DiagnosticReport.json(entry.warnings, indent: 3)),
                ("coverage", JSONWriter.object([
                    ("posts", n(Double(c.posts))),
                    ("posts_without_clicks", n(Double(c.postsWithoutClicks))),
                    ("comments_analysed", n(c.commentsAnalysed)),
                    ("comments_coverage", n(c.commentsCoverage)),
                    ("orders", n(c.orders.map(Double.init))),
                    ("unattributed_orders", n(c.unattributedOrders.map(Double.init))),
                ], indent: 3)),
                ("left_out", JSONWriter.array(leftOut, indent: 3)),
            ], indent: 2)
        }
        return JSONWriter.object([
            ("as_of", s(asOf.description)),
            ("items", n(Double(items))),
            ("warnings", DiagnosticReport.json(projectWarnings, indent: 1)),
            ("campaigns", JSONWriter.array(campaigns, indent: 1)),
        ]) + "\n"
    }
}

extension ReviewSite {
    /// index.html (the site's layout, as one self-contained page) and review.json.
    func write(to writer: SiteWriter, renderer: PageRenderer, siteFolder: String) throws(Diagnostic) {
        let frame = PageRenderer.Frame(title: locale.words.reviewTitle(siteTitle), siteTitle: siteTitle, lang: locale.rawValue, root: "",
                                       standalone: true, footer: Labels.footer(asOf: asOf, locale))
        try writer.write("index.html", renderer.wrap(ReviewPage(site: self).body(siteFolder: siteFolder), frame: frame))
        try writer.write("review.json", json())
    }
}

extension SiteBuilder {
    /// Where the review of a site in `output` is written (`_site` → `_site.review`): the preview
    /// server shows it and does not watch it.
    public static func reviewFolder(for output: URL) -> URL { ReviewSite.folder(for: output) }
}
