import Foundation
import ReportCore
import ReportServe
import Testing
@testable import ReportSite

/// The agency's review (site.md "Two audiences"): `<output>.review/` beside the site, holding
/// the plausibility checks, warnings, coverage and what the pages leave out — and none of it in
/// the site itself.
@Suite struct ReviewTests {
    /// Four creators, one order each through their code; the fourth's fee makes its CPA 6× the
    /// median (kpis.md §8b cost_outlier: 600 / 100).
    static func project(_ temp: TemporaryFolder, locale: String = "en-US") -> URL {
        temp.write("p/report.yaml", "title: Review fixture\nlocale: \(locale)\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-05-15\n")
        var yaml = "name: Spring\nobjective: sales\nstart: 2026-03-01\nend: 2026-03-31\nattribution_window_days: 10\ninfluencers:\n"
        for (i, fee) in [100, 100, 100, 600].enumerated() {
            yaml += "  - handle: c\(i)\n    platform: instagram\n    followers: 10000\n    fee: \(fee)\n    promo_code: C\(i)\n"
        }
        temp.write("p/campaigns/spring/campaign.yaml", yaml)
        var posts = "post_id,influencer,format,published_at,reach,likes,comments,link_clicks\n"
        var orders = "order_id,date,revenue,promo_code\n"
        for i in 0..<4 {
            // c3's post reports no link clicks: one of four posts without clicks.
            posts += "p\(i),c\(i),reel,2026-03-0\(i + 2)T18:00,1000,50,5,\(i == 3 ? "" : "20")\n"
            orders += "o\(i),2026-03-10,50,C\(i)\n"
        }
        // One order of the period through no creator's code.
        orders += "o9,2026-03-11,80,\n"
        temp.write("p/campaigns/spring/posts.csv", posts)
        temp.write("p/campaigns/spring/orders.csv", orders)
        return temp.url.appendingPathComponent("p")
    }

    @Test func theBuildWritesTheReviewBesideTheSiteAndNothingOfItInside() throws {
        let temp = TemporaryFolder()
        let project = Self.project(temp)
        let output = temp.url.appendingPathComponent("out/site")
        var options = BuildOptions.test(output: output)
        options.email = true
        let summary = try SiteBuilder(path: project, options: options).build(today: Day(ordinal: 20_000))
        let review = temp.url.appendingPathComponent("out/site.review")
        #expect(summary.review.path == review.appendingPathComponent("index.html").path)
        // One check, c3 left out of rankings for it, one warning (the check's own, at its line).
        #expect(summary.reviewItems == 3)
        #expect(summary.reviewLine == "the review holds 3 items → \(review.path)/index.html")
        let json = try String(contentsOf: review.appendingPathComponent("review.json"), encoding: .utf8)
        Golden.check(json, "review/review.json")
        let page = try String(contentsOf: review.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<td>@c3</td><td>CPA</td><td class=\"num\">€600.00</td>"))
        #expect(page.contains("1 of 4 posts report no link clicks."))
        #expect(page.contains("1 of 5 orders of the attribution period are attributed to no creator"))
        #expect(page.contains("@c3 is left out of rankings and budget moves (cost far above the campaign median)."))
        #expect(page.contains("campaigns/spring/campaign.yaml:"))
        // The client's folder: no check, no mark, no word of the review.
        for (path, data) in tree(output) where !path.hasSuffix(".xlsx") {
            let text = String(decoding: data, as: UTF8.self)
            for word in ["cost_outlier", "Figures to check", "⚠", "600.00 is 6.00", "check-mark"] {
                #expect(!text.contains(word), "\(path) holds \(word)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("review.json").path))
    }

    /// code_leak's value is its share of link clicks, not a count of conversions.
    @Test func eachCheckShowsTheValueItMeasures() {
        let page = ReviewPage(site: ReviewSite(reviews: [], warnings: [], siteTitle: "T", asOf: Day(ordinal: 20_000), locale: .frFR))
        let f = NumberFormat(locale: .frFR)
        let leak = PlausibilityCheck(kpi: .conversions, value: 189.0 / 1355 * 100, evidence: .codeLeak(codeConversions: 189, linkClicks: 1355))
        #expect(page.value(leak, format: f) == "13,9\u{A0}%")
        #expect(page.sentence(leak, format: f) == "189 commandes avec le code promo pour 1\u{202F}355 clics sur lien (13,9\u{A0}%)\u{A0}: un code diffusé sur des sites de bons de réduction ressemble à cela.")
        let cost = PlausibilityCheck(kpi: .cpa, value: 600, evidence: .costOutlier(median: 100))
        #expect(page.value(cost, format: f) == "600,00\u{A0}€")
    }

    @Test func theReviewIsInTheProjectsLanguage() throws {
        let temp = TemporaryFolder()
        let project = Self.project(temp, locale: "fr-FR")
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 20_000))
        let page = try String(contentsOf: temp.url.appendingPathComponent("site.review/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Revue — Review fixture</h1>"))
        #expect(page.contains("3 points à revoir"))
        #expect(page.contains("1 publication sur 4 sans clics sur lien."))
        #expect(page.contains("1 commande sur 5 de la période d’attribution n’est attribuée à aucun créateur"))
        #expect(page.contains("@c3 est écarté des classements et des transferts de budget (coût très au-dessus de la médiane de la campagne)."))
    }

    /// A failed build leaves the previous review as it was, like the site.
    @Test func aFailedBuildLeavesThePreviousReview() throws {
        let temp = TemporaryFolder()
        let project = Self.project(temp)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 20_000))
        let reviewFile = temp.url.appendingPathComponent("site.review/review.json")
        let before = try Data(contentsOf: reviewFile)
        temp.write("p/campaigns/spring/posts.csv", "post_id,influencer\np1,nobody\n")
        #expect(throws: DiagnosticList.self) { try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 20_000)) }
        #expect(try Data(contentsOf: reviewFile) == before)
    }

    /// Warnings go to the campaign whose folder holds their file, the others to the project.
    @Test func warningsAreSortedByCampaignFolder() {
        let c = PlausibilityCheckTests.costCampaign(fourthFee: 600)
        let kpis = KPICalculator.compute(c)
        let judgement = CampaignJudgement(campaign: c, kpis: kpis, table: BenchmarkTable(), thresholds: FraudThresholds(), locale: .enUS)
        let review = CampaignReview(campaign: c, kpis: kpis, judgement: judgement)
        #expect(review.creators.map(\.checks.count) == [0, 0, 0, 1])
        #expect(review.excluded == [.init(handle: "c3", flags: [], checks: [.costOutlier])])
        // No post reports link clicks: the sales secondaries built on them are n/a.
        #expect(review.figuresNotAvailable == [.linkClicks, .conversionRate])
        let warnings = [
            Diagnostic(file: "campaigns/a/posts.csv", line: 3, column: nil, severity: .warning, message: "a"),
            Diagnostic(file: "campaigns/ab/posts.csv", line: 4, column: nil, severity: .warning, message: "ab"),
            Diagnostic(file: "report.yaml", line: 1, column: 2, severity: .warning, message: "project"),
        ]
        let site = ReviewSite(reviews: [(review, NumberFormat(locale: .enUS), "campaigns/a")], warnings: warnings, siteTitle: "T",
                              asOf: Day(ordinal: 20_000), locale: .enUS)
        #expect(site.entries[0].warnings.map(\.message) == ["a"])
        #expect(site.projectWarnings.map(\.message) == ["ab", "project"])
        // 1 check + 1 creator left out + 2 figures n/a + 3 warnings.
        #expect(site.items == 7)
    }
}

/// In ServeTests' suite, which runs its servers one at a time.
extension ServeTests {
    @Test func serveShowsTheReviewAtItsOwnAddress() async throws {
        let preview = try await ServeTests.Preview()
        let redirect = try await preview.get("/__report/review")
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/__report/review/")
        let page = try await preview.get("/__report/review/")
        #expect(page.status == 200)
        #expect(page.body.contains("<h1>Review — Fixture reports</h1>"))
        let json = try await preview.get("/__report/review/review.json")
        #expect(json.status == 200)
        #expect(json.body.hasPrefix("{\n  \"as_of\": \"2026-05-15\""))
        #expect(try await preview.get("/__report/review/../report.yaml").status == 403)
        // The site itself holds no review.
        #expect(try await preview.get("/review.json").status == 404)
        await preview.stop()
    }
}
