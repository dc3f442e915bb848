import Testing
@testable import ReportCore
@testable import ReportSite

/// Directive blocks rendered through cmark, against golden files.
@Suite struct DirectiveTests {
    static func page(locale: ReportLocale = .enUS) -> PageData {
        var a = KPIValues(), b = KPIValues(), c = KPIValues()
        a[.reach] = 12_500; a[.engagementRate] = 3.2; a[.roi] = 2.5; a[.spend] = 1234.5
        b[.reach] = 40_000; b[.engagementRate] = 8.25; b[.roi] = nil; b[.spend] = 1000
        c[.reach] = nil; c[.engagementRate] = nil; c[.roi] = 0.5; c[.spend] = 0
        let influencers = Dataset.kpiRows(textFields: ["handle", "platform"], rows: [
            (["@claire", "Instagram"], a),
            (["@<b>tom</b> & \"co\"", "TikTok"], b),
            (["@a.very.long.handle.that.needs.truncation", "YouTube"], c),
        ])
        return PageData(datasets: ["influencers": influencers], kpis: a, format: NumberFormat(locale: locale, currency: "EUR"))
    }

    func render(_ markdown: String, locale: ReportLocale = .enUS) throws -> String {
        var renderer = DirectiveRenderer(page: Self.page(locale: locale), file: "templates/t.md")
        return try Cmark.render(markdown) { block in
            try renderer.render(info: block.info, literal: block.literal, line: block.line)
        }
    }

    @Test func kpis() throws {
        Golden.check(try render("```kpis\n- reach\n- engagement_rate\n- roi\n- spend\n```\n"), "directives/kpis.html")
    }

    @Test func kpisFrench() throws {
        Golden.check(try render("```kpis\n- reach\n- engagement_rate\n- spend\n- cpa\n```\n", locale: .frFR), "directives/kpis-fr.html")
    }

    @Test func table() throws {
        let md = "```table\ndata: influencers\ncolumns: [handle, platform, reach, engagement_rate, roi]\nsort: -reach\n```\n"
        Golden.check(try render(md), "directives/table.html")
    }

    @Test func tableWithLimit() throws {
        let md = "```table\ndata: influencers\ncolumns: [handle, roi]\nsort: roi\nlimit: 2\n```\n"
        Golden.check(try render(md), "directives/table-limit.html")
    }

    @Test func barChart() throws {
        let md = "```chart\ntype: bar\ndata: influencers\nx: handle\ny: engagement_rate\nsort: -engagement_rate\ntitle: Engagement rate by influencer\n```\n"
        let html = try render(md)
        Golden.check(html, "directives/chart-bar.html")
        #expect(!html.contains("\n\n"), "an SVG must hold no blank line (cmark would end the HTML block there)")
    }

    @Test func ordinaryCodeBlocksStay() throws {
        #expect(try render("```json\n{\"a\": 1}\n```\n") == "<pre><code class=\"language-json\">{&quot;a&quot;: 1}\n</code></pre>\n")
    }

    @Test func rawHTMLAndUnsafeLinksAreDropped() throws {
        let html = try render("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
    }

    @Test(arguments: [
        ("```chrat\ntype: bar\n```\n", "templates/t.md:1: error: unknown directive \"chrat\": expected kpis, table or chart (did you mean \"chart\"?)"),
        ("text\n\n```table\ndata: influencer\ncolumns: [handle]\n```\n", "templates/t.md:4: error: table: unknown dataset \"influencer\": expected one of influencers (did you mean \"influencers\"?)"),
        ("```table\ndata: influencers\ncolumns: [handle, reech]\n```\n", "templates/t.md:3: error: table: unknown field \"reech\" (did you mean \"reach\"?)"),
        ("```chart\ntype: pie\ndata: influencers\n```\n", "templates/t.md:2: error: chart: unknown type \"pie\": expected bar, line, donut, funnel, scatter, heatmap, bullet, sparkline"),
        ("```kpis\n- reach\n- roas\n```\n", "templates/t.md:3: error: kpis: unknown KPI \"roas\" (did you mean \"roi\"?)"),
        ("```table\ndata: influencers\ncolumns: [handle]\nsrot: reach\n```\n", "templates/t.md:4: error: table: unknown option \"srot\": expected one of data, columns, sort, limit, title (did you mean \"sort\"?)"),
    ])
    func errorsNameTheTemplateLine(markdown: String, message: String) {
        do {
            _ = try render(markdown)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
