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
        let influencers = Dataset(schema: .influencers, rows: [
            Dataset.Row(text: ["@claire", "Claire", "Instagram", "micro", "1.5%–3.0%", "within the industry range"], kpis: a, series: [[], [], [], []]),
            Dataset.Row(text: ["@<b>tom</b> & \"co\"", "Tom", "TikTok", "macro", "4.0%–7.0%", "above the industry range"], kpis: b, series: [[], [], [], []]),
            Dataset.Row(text: ["@a.very.long.handle.that.needs.truncation", "Long", "YouTube", "nano", "1.0%–3.0%", "n/a"], kpis: c, series: [[], [], [], []]),
        ])
        return PageData(kind: .campaign, datasets: [influencers], kpis: a, format: NumberFormat(locale: locale, currency: "EUR"),
                        benchmark: { _, _ in nil })
    }

    /// Compiles `markdown` as a campaign template, then renders it with `page`.
    static func render(_ markdown: String, page: PageData) throws -> String {
        let collector = DiagnosticCollector()
        guard let template = TemplateCompiler.compile(markdown, file: "templates/t.md", page: .campaign, into: collector) else {
            throw DiagnosticList(collector.diagnostics)
        }
        return try PageRenderer.body(template, context: [:], data: page)
    }

    func render(_ markdown: String, locale: ReportLocale = .enUS) throws -> String {
        try Self.render(markdown, page: Self.page(locale: locale))
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
}
