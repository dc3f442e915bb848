import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// site.md: creator cards are linked from every table and chart label that names the creator;
/// a one-file download links nowhere else.
@Suite struct CreatorLinkTests {
    @Test func tablesAndChartLabelsLinkToCards() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains("<td><a class=\"creator\" href=\"../../influencers/claire.cuisine/index.html\">@claire.cuisine</a></td>"))
        #expect(page.contains("<a class=\"creator\" href=\"../../influencers/claire.cuisine/index.html\"><text class=\"label\""))
        #expect(page.contains("<a class=\"creator\" href=\"../../influencers/tom.tok/index.html\"><text class=\"point-label\""))   // the scatter
        #expect(!page.contains("<!--report:"))
        let download = try String(contentsOf: output.appendingPathComponent("downloads/spring.html"), encoding: .utf8)
        #expect(!download.contains("class=\"creator\""))
        #expect(download.contains("@claire.cuisine</td>"))
        let benchmarks = try String(contentsOf: output.appendingPathComponent("benchmarks/index.html"), encoding: .utf8)
        #expect(benchmarks.contains("<a class=\"creator\" href=\"../influencers/tom.tok/index.html\">@tom.tok</a>"))
        let card = try String(contentsOf: output.appendingPathComponent("influencers/claire.cuisine/index.html"), encoding: .utf8)
        #expect(card.contains("<h1>@claire.cuisine — Claire</h1>"))
    }
}
