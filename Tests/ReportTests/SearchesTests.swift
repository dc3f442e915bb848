import Foundation
import Testing
@testable import ReportCharts
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// searches.csv (data-format.md §10b) in its three forms, and `search_uplift` (kpis.md §5).
@Suite struct SearchesTests {
    /// Campaign Wednesday 4 March → 17 March 2026, attribution window 3 days: [4 March, 20 March],
    /// 17 days. Baseline: February 2026, four whole Trends weeks (Sunday 1, 8, 15, 22 February).
    static func yaml(baseline: Bool = true, searchTerm: String? = nil, file: String? = nil) -> String {
        var y = """
        name: Launch
        objective: awareness
        start: 2026-03-04
        end: 2026-03-17
        attribution_window_days: 3

        """
        if baseline { y += "baseline: {start: 2026-02-01, end: 2026-02-28}\n" }
        if let searchTerm { y += "search_term: \(searchTerm)\n" }
        if let file { y += "data:\n  searches: \(file)\n" }
        y += """
        influencers:
          - handle: claire.cuisine
            platform: instagram
            followers: 20000
            fee: 0

        """
        return y
    }

    static let posts = "post_id,influencer,format,published_at,reach\np1,claire.cuisine,reel,2026-03-05,1000\n"

    func load(_ yaml: String, files: [String: String] = [:]) throws -> (Campaign?, [String]) {
        try loadCampaign(["campaign.yaml": yaml, "posts.csv": Self.posts].merging(files) { _, b in b })
    }

    // MARK: Google Trends

    /// A weekly Trends download (the real layout: `Category:` line, blank line, `Week,` header, a
    /// `<term>: (<region>)` column per term): each week's value on its 7 days, `<1` as 0.5, the
    /// week of 1 March split across the campaign start, and the uplift computed by hand.
    @Test func weeklyTrendsSpreadOverDaysWithAWeekAcrossTheStart() throws {
        let (campaign, messages) = try load(Self.yaml(searchTerm: "maison lune", file: "exports/google-trends-multiTimeline-weekly.csv"))
        #expect(messages.isEmpty)
        let searches = try #require(campaign?.searches)
        #expect(searches.count == 9 * 7)                                  // nine weeks, seven days each
        #expect(searches.first == SearchDay(day: Make.day(1, 25), searches: 0.5))   // `<1`
        #expect(searches[6] == SearchDay(day: Make.day(1, 31), searches: 0.5))
        #expect(searches.filter { $0.day >= Make.day(3, 1) && $0.day <= Make.day(3, 7) }.allSatisfy { $0.searches == 40 })
        let c = try #require(campaign)
        let interest = try #require(SearchInterest(c))
        // Baseline: (20 + 24 + 18 + 18) × 7 days / 28 days = 20.
        #expect(interest.baselineMean == 20)
        // Period 4–20 March: 4 days of the week of 1 March (40), 7 of 8 March (60), 6 of 15 March (30).
        let expectedMean: Double = 760.0 / 17.0
        #expect(interest.periodMean == expectedMean)
        let k = KPICalculator.compute(c).campaign
        let uplift = try #require(k[.searchUplift])
        #expect(abs(uplift - 123.529_411_764_7) < 1e-9)                 // (760 / 17 − 20) / 20 × 100
    }

    /// Two terms without `search_term`: the first is read, with a warning naming the other; with
    /// it, the one it names (compared case-insensitively, without quotes).
    @Test func twoTermsWithAndWithoutSearchTerm() throws {
        let (first, warned) = try load(Self.yaml(file: "exports/google-trends-multiTimeline-weekly.csv"))
        #expect(warned == [
            "campaigns/c/exports/google-trends-multiTimeline-weekly.csv:3: warning: several search terms: reading \"maison lune\", the first; ignored: \"diptyque\" (set search_term in campaign.yaml to choose)",
        ])
        #expect(first?.searches?.first?.searches == 0.5)
        let (chosen, quiet) = try load(Self.yaml(searchTerm: "'\"Diptyque\"'", file: "exports/google-trends-multiTimeline-weekly.csv"))
        #expect(quiet.isEmpty)
        #expect(chosen?.searches?.first?.searches == 61)
        let (_, wrong) = try load(Self.yaml(searchTerm: "chanel", file: "exports/google-trends-multiTimeline-weekly.csv"))
        #expect(wrong == [
            "campaigns/c/exports/google-trends-multiTimeline-weekly.csv:3: error: search_term \"chanel\" (campaign.yaml) is not a term of this file: expected one of \"maison lune\", \"diptyque\"",
        ])
    }

    /// A daily download from the French interface (`Catégorie :`, `Jour`, a BOM): the baseline's
    /// mean is 0, so the figure is n/a, and the page says why.
    @Test func frenchDailyTrendsWithABaselineMeanOfZero() throws {
        let yaml = Self.yaml(file: "exports/google-trends-multiTimeline-daily-fr.csv")
            .replacingOccurrences(of: "baseline: {start: 2026-02-01, end: 2026-02-28}", with: "baseline: {start: 2026-02-26, end: 2026-02-28}")
        let (campaign, messages) = try load(yaml)
        #expect(messages.isEmpty)
        let c = try #require(campaign)
        #expect(c.searches?.count == 9)
        #expect(c.searches?.first { $0.day == Make.day(3, 1) }?.searches == 0.5)
        let interest = try #require(SearchInterest(c))
        #expect(interest.baselineMean == 0)
        #expect(interest.uplift == nil)
        #expect(KPICalculator.compute(c).campaign[.searchUplift] == nil)
        let kpis = KPICalculator.compute(c)
        let note = ClientNotes(campaign: c, kpis: kpis, format: NumberFormat(locale: .frFR, currency: "EUR")).searches
        #expect(note == "Hausse des recherches : n.d. La période de référence ne compte aucune recherche de la marque (0 par jour en moyenne) : aucune évolution ne peut s’y mesurer ; 75,3 par jour en moyenne pendant la campagne et sa fenêtre d’attribution.")
    }

    /// Monthly values stand for each day of their month; a quoted term is compared without quotes.
    @Test func monthlyTrendsAndAQuotedTerm() throws {
        let file = "Category: All categories\n\nMonth,\"\"\"maison lune\"\": (Worldwide)\"\n2026-02,10\n2026-03,<1\n"
        let (campaign, messages) = try load(Self.yaml(searchTerm: "maison LUNE"), files: ["searches.csv": file])
        #expect(messages.isEmpty)
        let searches = try #require(campaign?.searches)
        #expect(searches.count == 28 + 31)
        #expect(searches.last == SearchDay(day: Make.day(3, 31), searches: 0.5))
        // 10 a day in February against 0.5 in March.
        #expect(KPICalculator.compute(try #require(campaign)).campaign[.searchUplift] == (0.5 - 10) / 10 * 100)
    }

    /// In a download, a placeholder or empty value leaves its day out (not reported), never 0.
    @Test func placeholdersInADownloadAreNotReported() throws {
        let file = "Category: All categories\n\nDay,maison lune: (France)\n2026-02-10,10\n2026-02-11,--\n2026-03-05,30\n2026-03-06,\n"
        let (campaign, messages) = try load(Self.yaml(), files: ["searches.csv": file])
        #expect(messages.isEmpty)
        #expect(campaign?.searches == [SearchDay(day: Make.day(2, 10), searches: 10), SearchDay(day: Make.day(3, 5), searches: 30)])
        #expect(KPICalculator.compute(try #require(campaign)).campaign[.searchUplift] == 200)
    }

    // MARK: Search Console

    /// `Dates.csv` as Search Console writes it (newest first, CTR with `%`): Impressions are the
    /// searches; means over the days the file covers.
    @Test func searchConsoleDates() throws {
        let (campaign, messages) = try load(Self.yaml(file: "exports/search-console-dates.csv"))
        #expect(messages.isEmpty)
        let searches = try #require(campaign?.searches)
        #expect(searches.count == 9)
        #expect(searches.first == SearchDay(day: Make.day(2, 26), searches: 100))
        // Baseline: 26–28 February, (100 + 120 + 110) / 3 = 110; period: 4–6 March, (150 + 160 + 170) / 3 = 160.
        let k = KPICalculator.compute(try #require(campaign)).campaign
        #expect(abs((k[.searchUplift] ?? 0) - 50.0 / 110 * 100) < 1e-9)
    }

    // MARK: generic

    /// The generic form, by day, with a `term` column holding two terms.
    @Test func genericWithTwoTerms() throws {
        let file = "date,term,searches\n2026-02-10,maison lune,100\n2026-02-10,diptyque,7\n2026-03-05,maison lune,150\n2026-03-05,diptyque,9\n"
        let (first, warned) = try load(Self.yaml(), files: ["searches.csv": file])
        #expect(warned == ["campaigns/c/searches.csv:1: warning: several search terms: reading \"maison lune\", the first; ignored: \"diptyque\" (set search_term in campaign.yaml to choose)"])
        #expect(KPICalculator.compute(try #require(first)).campaign[.searchUplift] == 50)
        let (chosen, quiet) = try load(Self.yaml(searchTerm: "Diptyque"), files: ["searches.csv": file])
        #expect(quiet.isEmpty)
        #expect(chosen?.searches == [SearchDay(day: Make.day(2, 10), searches: 7), SearchDay(day: Make.day(3, 5), searches: 9)])
    }

    /// A row of a file with a `term` column must say its term: an empty one is not a term "".
    @Test func anEmptyTermIsAnErrorAtItsLine() throws {
        let file = "date,term,searches\n2026-02-10,,100\n2026-02-10,diptyque,7\n"
        let (campaign, messages) = try load(Self.yaml(), files: ["searches.csv": file])
        #expect(campaign == nil)
        #expect(messages.filter { $0.contains(": error: ") } == ["campaigns/c/searches.csv:2: error: column \"term\": expected the search term of the row, found an empty cell"])
    }

    /// A generic file kept by week (rows exactly 7 days apart) is spread like Trends' weeks.
    @Test func genericWeeklyRowsAreSpread() throws {
        let file = "date,searches\n2026-02-22,10\n2026-03-01,20\n"
        let (campaign, _) = try load(Self.yaml(), files: ["searches.csv": file])
        #expect(campaign?.searches?.count == 14)
        #expect(campaign?.searches?.last == SearchDay(day: Make.day(3, 7), searches: 20))
        // A Trends week not reported (`--`) leaves the others weekly.
        let trends = "Category: All categories\n\nWeek,maison lune: (France)\n2026-02-15,10\n2026-02-22,--\n2026-03-01,20\n"
        let (weekly, messages) = try load(Self.yaml(), files: ["searches.csv": trends])
        #expect(messages.isEmpty)
        #expect(weekly?.searches?.count == 14)
        #expect(weekly?.searches?.contains { $0.day == Make.day(2, 22) } == false)
    }

    /// No baseline: n/a, never provisional (waiting will not bring it), and the page says why.
    @Test func withoutABaselineTheFigureIsNotAvailable() throws {
        let (campaign, messages) = try load(Self.yaml(baseline: false, file: "exports/search-console-dates.csv"))
        #expect(messages.isEmpty)
        let c = try #require(campaign)
        let kpis = KPICalculator.compute(c, asOf: Make.day(3, 10))
        #expect(kpis.campaign[.searchUplift] == nil)
        #expect(!kpis.provisional.contains(.kpi(.searchUplift)))
        let note = ClientNotes(campaign: c, kpis: kpis, format: NumberFormat(locale: .enUS, currency: "EUR")).searches
        #expect(note?.hasPrefix("Search uplift: n/a. No reference period before the campaign was given") == true)
    }

    /// Provisional like the other post-campaign figures (kpis.md §10) until the window closes.
    @Test func provisionalUntilTheAttributionWindowEnds() throws {
        let (campaign, _) = try load(Self.yaml(file: "exports/search-console-dates.csv"))
        let c = try #require(campaign)
        // Provisional while as_of < end + attribution_window_days (17 March + 3).
        #expect(KPICalculator.compute(c, asOf: Make.day(3, 19)).provisional.contains(.kpi(.searchUplift)))
        #expect(!KPICalculator.compute(c, asOf: Make.day(3, 20)).provisional.contains(.kpi(.searchUplift)))
    }

    @Test func searchTermWithoutAFileIsSaid() throws {
        let (campaign, messages) = try load(Self.yaml(searchTerm: "maison lune"))
        #expect(campaign?.searches == nil)
        #expect(messages == ["campaigns/c/campaign.yaml:7: warning: search_term \"maison lune\" is set but the campaign has no searches file (searches.csv, data: searches): it is not used"])
    }

    // MARK: bad input

    @Test(arguments: [
        ("date,searches\n2026-03-01,12\n2026-03-01,13\n", "campaigns/c/searches.csv:3: error: column \"date\": date 2026-03-01 already on line 2: expected one row per day"),
        ("date,searches\n2026-03-01,lots\n", "campaigns/c/searches.csv:2: error: column \"searches\": expected a number, found \"lots\""),
        ("date,searches\n2026-03-01,\n", "campaigns/c/searches.csv:2: error: column \"searches\": expected a number ≥ 0, found an empty cell"),
        ("date,searches\n2026-03-01,-4\n", "campaigns/c/searches.csv:2: error: column \"searches\": expected a number ≥ 0, found \"-4\""),
        ("day,interest\n2026-03-01,4\n", "campaigns/c/searches.csv:1: error: missing required column \"searches\": the header has \"day\", \"interest\""),
        ("Category: All categories\n\nDay,maison lune: (France)\n2026-03-01,<1\n2026-3-2,4\n", "campaigns/c/searches.csv:5: error: column \"Day\": expected a date YYYY-MM-DD or a month YYYY-MM, found \"2026-3-2\""),
        ("Category: All categories\n\nDay,maison lune: (France)\n2026-03-01,<2\n", "campaigns/c/searches.csv:4: error: column \"maison lune: (France)\": expected a number, found \"<2\""),
    ])
    func errorsAreLocated(file: String, message: String) throws {
        let (campaign, messages) = try load(Self.yaml(), files: ["searches.csv": file])
        #expect(campaign == nil)
        #expect(messages.contains(message), "\(messages)")
    }

    // MARK: init --from

    @Test func sniffedByTheirHeader() throws {
        var found: [String] = []
        for name in ["google-trends-multiTimeline-weekly.csv", "google-trends-multiTimeline-daily-fr.csv", "search-console-dates.csv"] {
            let bytes = try [UInt8](Data(contentsOf: Repo.fixtures.appendingPathComponent("exports/" + name)))
            let header = try CSVReader(bytes: SearchesLoader.prepared(bytes), file: name).header
            found.append("\(name): \(DataFileSniffer.sniff(header: header).map { "\($0.kind.rawValue), \($0.form)" } ?? "nil")")
        }
        #expect(found == [
            "google-trends-multiTimeline-weekly.csv: searches, Google Trends multiTimeline.csv",
            "google-trends-multiTimeline-daily-fr.csv: searches, Google Trends multiTimeline.csv",
            "search-console-dates.csv: searches, Google Search Console Dates.csv",
        ])
        #expect(DataFileSniffer.sniff(header: ["date", "searches"])?.form == "searches.csv")
        // A file that is not a Trends download keeps its first line.
        #expect(SearchesLoader.prepared(Array("date,searches\n\n2026-03-01,4\n".utf8)) == Array("date,searches\n\n2026-03-01,4\n".utf8))
    }

    @Test func initFromProposesTheSearchFiles() throws {
        let temp = TemporaryFolder()
        let folder = temp.url.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["meta-posts.csv", "google-trends-multiTimeline-weekly.csv", "search-console-dates.csv"] {
            try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports/" + name), to: folder.appendingPathComponent(name))
        }
        _ = try ProjectScaffold.propose(into: temp.url.appendingPathComponent("p"), display: "p", from: folder, exportsDisplay: "exports", locale: .enUS)
        let yaml = try String(contentsOf: temp.url.appendingPathComponent("p/campaigns/exports/campaign.yaml"), encoding: .utf8)
        #expect(yaml.contains("  searches:\n    - exports/google-trends-multiTimeline-weekly.csv  # Google Trends multiTimeline.csv\n    - exports/search-console-dates.csv  # Google Search Console Dates.csv\n"))
        #expect(yaml.contains("# search_term: lea infuse"))
    }

    // MARK: the page

    /// The chart shades its periods behind the line (golden), each with its label.
    @Test func lineChartShading() throws {
        var o = ChartOptions(id: "s", title: "Searches per day")
        o.labels = false
        o.shades = [ChartShade(first: 0, last: 2, label: "Baseline", style: "baseline"),
                    ChartShade(first: 4, last: 8, label: "Campaign + attribution window", style: "campaign")]
        let values: [Double?] = [20, 22, 18, nil, 40, 60, 55, 30, 25, 21]
        let html = LineChart(categories: values.indices.map { "Mar \($0 + 1)" }, series: [ChartSeries(name: "Searches", values: values)],
                             format: .plain, options: o).render().html
        Golden.check(html, "charts/line-shaded.html")
        #expect(html.contains("class=\"shade shade-baseline\"") && html.contains("class=\"shade shade-campaign\""))
        try XMLCheck.wellFormed("<root>" + html + "</root>")
    }

    /// On the page: the word-of-mouth section with the figure, its sentence and the shaded chart;
    /// kpis.json carries the figure; without a baseline the page says n/a and why.
    @Test(arguments: [true, false])
    func campaignPage(baseline: Bool) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yamlURL = project.appendingPathComponent("campaigns/spring/campaign.yaml")
        var yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        if baseline { yaml += "baseline: {start: 2026-02-01, end: 2026-02-28}\n" }
        try yaml.write(to: yamlURL, atomically: true, encoding: .utf8)
        temp.write("basic/campaigns/spring/searches.csv", "date,searches\n2026-02-10,10\n2026-02-20,30\n2026-03-05,45\n2026-03-06,35\n")
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-05-15")).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"), encoding: .utf8)
        #expect(page.contains("<h2>Word of mouth</h2>"))
        #expect(page.contains("Search uplift"))
        #expect(page.contains("Searches for the brand per day"))
        #expect(page.contains("class=\"shade shade-campaign\""))
        if baseline {
            #expect(json.contains("\"search_uplift\": 100"))                 // 40 a day against 20
            #expect(page.contains("Searches for the brand rose 100.0% over the campaign and its attribution window: 40.0 a day on average, against 20.0 a day over the baseline period."))
            #expect(page.contains("class=\"shade shade-baseline\""))
        } else {
            #expect(json.contains("\"search_uplift\": null"))
            #expect(page.contains("Search uplift: n/a. No reference period before the campaign was given"))
        }
    }
}

extension CommandLineTests {
    /// `report init --from` (the built executable) recognises both downloads by their header.
    @Test func initFromRecognisesTrendsAndSearchConsole() throws {
        let temp = TemporaryFolder()
        let folder = temp.url.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (fixture, name) in [("meta-posts.csv", "meta-posts.csv"), ("google-trends-multiTimeline-daily-fr.csv", "multiTimeline.csv"),
                                ("search-console-dates.csv", "Dates.csv")] {
            try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports/" + fixture), to: folder.appendingPathComponent(name))
        }
        let result = try run(["init", temp.url.appendingPathComponent("p").path, "--from", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let yaml = try String(contentsOf: temp.url.appendingPathComponent("p/campaigns/downloads/campaign.yaml"), encoding: .utf8)
        #expect(yaml.contains("  searches:\n    - exports/Dates.csv  # Google Search Console Dates.csv\n    - exports/multiTimeline.csv  # Google Trends multiTimeline.csv\n"), "\(yaml)")
    }
}
