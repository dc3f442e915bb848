import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// `report build` end to end on fixture projects.
@Suite struct SiteBuildTests {
    func build(_ project: URL, into output: URL, asOf: String = "2026-05-15") throws(DiagnosticList) -> BuildSummary {
        try SiteBuilder(path: project, options: .test(output: output, asOf: asOf)).build(today: Day(ordinal: 0))
    }

    /// The same fixture in French: every page type in the other language.
    @Test func fixtureProjectMatchesGoldenTreeInFrench() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml.replacingOccurrences(of: "locale: en-US", with: "locale: fr-FR"))
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        // Every page, and no other page: a page added or gone fails as much as a changed one.
        let pages = tree(output).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(pages.count == 10)
        Golden.checkTree(pages, "site/basic-fr")
    }

    @Test func fixtureProjectMatchesGoldenTree() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        let summary = try build(project, into: output)
        #expect(summary.campaigns == 2)
        #expect(summary.posts == 6)
        let files = tree(output)
        #expect(files.keys.sorted() == [
            ".report-site", "benchmarks/index.html", "campaigns/spring/index.html", "campaigns/spring/kpis.json", "campaigns/summer/index.html",
            "campaigns/summer/kpis.json", "downloads/spring.html", "downloads/summer.html", "index.html",
            "influencers/claire.cuisine/history.json", "influencers/claire.cuisine/index.html", "influencers/idle/history.json",
            "influencers/idle/index.html", "influencers/lea.glow/history.json", "influencers/lea.glow/index.html",
            "influencers/tom.tok/history.json", "influencers/tom.tok/index.html", "kpis.csv", "kpis.xlsx", "robots.txt",
        ])
        // The workbook is binary: KPIWorkbookTests reads it back.
        Golden.checkTree(files.filter { $0.key != "kpis.xlsx" }.mapValues { String(decoding: $0, as: UTF8.self) }, "site/basic")
        // The agency's review, beside the site (site.md "Two audiences").
        Golden.checkTree(tree(temp.url.appendingPathComponent("site.review")).mapValues { String(decoding: $0, as: UTF8.self) }, "site/basic.review")
    }

    @Test func pagesAreSelfContained() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        for (path, data) in tree(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<link"), "\(path)")
            #expect(!html.contains("src=\"http"), "\(path)")
            #expect(!html.contains("href=\"http"), "\(path)")
            #expect(!html.contains("href=\"/"), "\(path): links must be relative")
            #expect(html.contains("<style>"), "\(path)")
        }
        let download = String(decoding: try Data(contentsOf: output.appendingPathComponent("downloads/spring.html")), as: UTF8.self)
        // The one-file report links nowhere but within itself (KPI labels to their definitions).
        let hrefs = download.components(separatedBy: "href=\"").dropFirst()
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#kpi-") }, "the one-file report links nowhere else")
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let a = temp.url.appendingPathComponent("a"), b = temp.url.appendingPathComponent("b")
        _ = try build(project, into: a)
        _ = try build(project, into: b)
        #expect(tree(a) == tree(b))
        #expect(!tree(a).isEmpty)
    }

    @Test func failedBuildLeavesThePreviousSiteByteIdentical() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        let before = tree(output)
        temp.write("basic/campaigns/spring/posts.csv", "post_id,influencer,format,published_at,reach\np1,claire.cuisine,reel,2026-03-03,12k\n")
        do {
            _ = try build(project, into: output)
            Issue.record("expected the build to fail")
        } catch {
            #expect(error.errors.map(\.description) == [
                "campaigns/spring/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"12k\"",
            ])
        }
        #expect(tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).filter { $0.hasPrefix(".site.tmp") }
        #expect(leftovers.isEmpty, "no staging folder is left behind")
    }

    @Test func staleStagingOfAnInterruptedBuildIsCleared() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        // What a killed build leaves: a marked staging folder beside the output.
        temp.write(".site.tmp-99999/.report-site", "x")
        temp.write(".site.tmp-99999/index.html", "half")
        temp.write(".site.tmp-unrelated/notes.txt", "not ours")
        _ = try build(project, into: temp.url.appendingPathComponent("site"))
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted()
        #expect(names == [".site.cache", ".site.lock", ".site.tmp-unrelated", "basic", "site", "site.review"])
    }

    @Test func untrustedTextStaysText() throws {
        let temp = TemporaryFolder()
        let project = temp.url.appendingPathComponent("p")
        temp.write("p/campaigns/x/campaign.yaml", """
        name: "<script>alert(1)</script>"
        brand: "[brand](javascript:alert(2))"
        objective: sales
        start: 2026-03-01
        end: 2026-03-31
        influencers:
          - handle: "<img src=x onerror=alert(3)>"
            name: "**bold** <b>x</b>"
            platform: instagram
            followers: 100

        """)
        temp.write("p/campaigns/x/posts.csv", """
        post_id,influencer,format,published_at,reach,likes,caption
        p1,<img src=x onerror=alert(3)>,reel,2026-03-02,100,10,[x](javascript:alert(1))
        p2,<img src=x onerror=alert(3)>,reel,2026-03-03,100,10,"<script>alert(4)</script>
        # heading"

        """)
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        for (path, data) in tree(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains("javascript:alert(2)\""), "\(path)")
            #expect(!html.contains("href=\"javascript"), "\(path)")
            #expect(!html.contains("<strong>bold"), "\(path)")
        }
        let page = String(decoding: try Data(contentsOf: output.appendingPathComponent("campaigns/x/index.html")), as: UTF8.self)
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(page.contains("[brand](javascript:alert(2))"))
        #expect(page.contains("<td>[x](javascript:alert(1))</td>"))
        #expect(page.contains("<td title=\"&lt;script&gt;alert(4)&lt;/script&gt;\n# heading\">&lt;script&gt;alert(4)&lt;/script&gt; # heading</td>"))
        #expect(page.contains("@&lt;img src=x onerror=alert(3)&gt;"))
    }

    @Test func refusesTheProjectFolderAndItsParents() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        for output in [project, temp.url] {
            do {
                _ = try build(project, into: output)
                Issue.record("expected a refusal for \(output.path)")
            } catch {
                #expect(error.errors.first?.message == "refusing to write the site here: the output folder is the project folder or one of its parents; choose a folder such as _site")
            }
        }
    }

    @Test func refusesAFolderReportDidNotCreate() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("mine/notes.txt", "precious")
        do {
            _ = try build(project, into: temp.url.appendingPathComponent("mine"))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.errors.first?.message == "refusing to write the site here: the folder is not empty and was not created by report (no .report-site file)")
        }
        #expect(FileManager.default.contents(atPath: temp.url.appendingPathComponent("mine/notes.txt").path) == Data("precious".utf8))
    }

    @Test func buildsOneCampaignFolder() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("one")
        let summary = try build(project.appendingPathComponent("campaigns/summer"), into: output)
        #expect(summary.campaigns == 1)
        #expect(tree(output).keys.contains("campaigns/summer/kpis.json"))
        #expect(!tree(output).keys.contains("campaigns/spring/kpis.json"))
    }

    @Test func dataPathMayNotLeaveTheProject() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("campaigns/summer/campaign.yaml"), encoding: .utf8)
        temp.write("basic/campaigns/summer/campaign.yaml", yaml + "data:\n  posts: ../../../outside.csv\n")
        do {
            _ = try build(project, into: temp.url.appendingPathComponent("site"))
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.description) == [
                "campaigns/summer/campaign.yaml:12:10: error: data: posts: path \"../../../outside.csv\" leaves the project folder: expected a path inside it",
            ])
        }
    }
}

/// The example project builds as the client's site it is: the chart gallery, a demonstration
/// page (docs/gallery.md), is not in it; added to a copy of the project as a page template, it
/// shows every chart type (scripts/chart-screenshots.py builds it that way).
@Suite struct ExampleProjectTests {
    @Test func exampleBuildsWithoutTheGallery() throws {
        let temp = TemporaryFolder()
        let output = temp.url.appendingPathComponent("site")
        let project = Repo.root.appendingPathComponent("examples/maison-lune")
        let summary = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-05-20")).build(today: Day(ordinal: 0))
        #expect(summary.campaigns == 4)
        let files = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        #expect(files.filter { $0.contains("gallery") } == [])
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("templates/pages/gallery.md").path))
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/soldes-printemps/kpis.json"), encoding: .utf8)
        // Every key of kpis.md §2–§6 has a value for the sales campaign of the example.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let kpis = (object?["campaign"] as? [String: Any])?["kpis"] as? [String: Any] ?? [:]
        #expect(kpis.count > 50)
        // Only the early and settled shares are n/a: the sale's posts are measured once (the
        // launch's are measured early and settled, kpis.md §10).
        #expect(kpis.filter { $0.value is NSNull }.map(\.key).sorted() == ["early_engagement_share", "early_reach_share"])
        let launch = try String(contentsOf: output.appendingPathComponent("campaigns/lancement-parfum/kpis.json"), encoding: .utf8)
        let launchKPIs = ((try JSONSerialization.jsonObject(with: Data(launch.utf8)) as? [String: Any])?["campaign"] as? [String: Any])?["kpis"] as? [String: Any] ?? [:]
        #expect(launchKPIs["early_reach_share"] is Double)
        #expect(launchKPIs["early_engagement_share"] is Double)
    }

    @Test func theGalleryShowsEveryChartType() throws {
        let temp = TemporaryFolder()
        let project = temp.url.appendingPathComponent("maison-lune")
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent("examples/maison-lune"), to: project)
        let gallery = try String(contentsOf: Repo.root.appendingPathComponent("docs/gallery.md"), encoding: .utf8)
        temp.write("maison-lune/templates/pages/gallery.md", gallery)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-05-20")).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/soldes-printemps/gallery.html"), encoding: .utf8)
        for type in ["bar", "line", "donut", "funnel", "scatter", "heatmap", "bullet", "sparkline"] {
            #expect(page.contains("class=\"chart chart-\(type)\""), "gallery lacks \(type)")
        }
    }
}
