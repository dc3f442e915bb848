import Testing
@testable import ReportCharts
@testable import ReportCore
@testable import ReportSite

/// The funnel on a linear scale, its minimum width stated, and each step rate with its base:
/// the CTR the funnel shows is the CTR card's figure (kpis.md §1, §4).
@Suite struct FunnelChartTests {
    /// 100 000 reach, 2 000 link clicks, 50 conversions. The totals give 2.0 % but the CTR is 3.2 %:
    /// the posts that report link clicks reached 62 500 (kpis.md §1). Conversion rate: 50 ÷ 2 000.
    static func page(_ locale: ReportLocale) -> PageData {
        var k = KPIValues()
        k[.reach] = 100_000; k[.impressions] = 250_000; k[.linkClicks] = 2_000; k[.clicks] = 2_000
        k[.conversions] = 50; k[.ctr] = 3.2; k[.conversionRate] = 2.5
        let campaign = Dataset(schema: .campaign, rows: [Dataset.Row(text: ["Spring"], kpis: k, series: [[], [], [], []])])
        return PageData(kind: .campaign, datasets: [campaign], kpis: k, format: NumberFormat(locale: locale, currency: "EUR"),
                        benchmark: { _, _ in nil })
    }

    static func funnel(_ ys: String, _ locale: ReportLocale) throws -> String {
        try DirectiveTests.render("```chart\ntype: funnel\ndata: campaign\ny: [\(ys)]\ntitle: From reach to sales\n```\n", page: page(locale))
    }

    /// The value of `name="…"` in an SVG line.
    static func attribute(_ name: String, _ line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        return String(line[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The lines of elements of a class, e.g. `<rect class="step"`.
    static func lines(_ html: String, _ prefix: String) -> [Substring] {
        html.split(separator: "\n").filter { $0.hasPrefix(prefix) }
    }

    @Test func widthsAreLinearWithAMinimum() {
        let chart = FunnelChart(steps: [FunnelChart.Step(label: "Reach", value: 100_000), FunnelChart.Step(label: "Link clicks", value: 2_000),
                                        FunnelChart.Step(label: "Conversions", value: 50)],
                                format: .plain, rate: { NumberFormat(locale: .enUS).percent($0) }, options: ChartOptions(id: "f", title: "Funnel"))
        let widths = chart.barWidths().map { $0! }
        #expect(widths.map(\.width) == [400, 8, 2])
        #expect(widths.map(\.widened) == [false, false, true])
        // To scale: 2 000 is 2 % of 100 000; 50 would be 0.2 px, under the 2 px minimum.
        #expect(abs(widths[1].width / widths[0].width - 2_000.0 / 100_000) < 1e-9)
        #expect(400 * 50.0 / 100_000 < FunnelChart.minimumWidth)
    }

    @Test(arguments: ReportLocale.allCases)
    func barsAndValueLabels(locale: ReportLocale) throws {
        let html = try Self.funnel("reach, link_clicks, conversions", locale)
        let bars = Self.lines(html, "<rect class=\"step\"")
        #expect(bars.map { Self.attribute("width", $0) } == ["400", "8", "2"])
        #expect(bars.map { Self.attribute("x", $0) } == ["150", "346", "349"])
        // Only the widest bar holds its value; the narrow ones have it beside them, in ink.
        let values = Self.lines(html, "<text class=\"value")
        let fr = locale == .frFR
        #expect(values == [
            "<text class=\"value inside\" x=\"350\" y=\"26\" text-anchor=\"middle\">\(fr ? "100\u{202F}000" : "100,000")</text>",
            "<text class=\"value\" x=\"360\" y=\"78\" text-anchor=\"start\">\(fr ? "2\u{202F}000" : "2,000")</text>",
            "<text class=\"value\" x=\"357\" y=\"130\" text-anchor=\"start\">50</text>",
        ])
    }

    @Test(arguments: ReportLocale.allCases)
    func ratesStateTheirBase(locale: ReportLocale) throws {
        let html = try Self.funnel("reach, link_clicks, conversions", locale)
        let rates = Self.lines(html, "<text class=\"rate\"").map { $0.split(separator: ">").last!.dropLast(6) }
        // The note may wrap onto several lines.
        let note = Self.lines(html, "<text class=\"scale-note\"").map { $0.split(separator: ">").last!.dropLast(6) }.joined(separator: " ")
        switch locale {
        case .enUS:
            #expect(rates == ["↓ CTR 3.2% = Link clicks ÷ Reach, over the posts that report both",
                              "↓ Conversion rate 2.5% = Conversions ÷ Link clicks, the totals shown"])
            #expect(note == "Widths to scale, except bars under 0.5% of the widest (Conversions), widened to stay visible.")
        case .frFR:
            #expect(rates == ["↓ CTR 3,2\u{00A0}% = Clics sur lien ÷ Portée, sur les publications qui renseignent les deux",
                              "↓ Taux de conversion 2,5\u{00A0}% = Conversions ÷ Clics sur lien, les totaux affichés"])
            #expect(note == "Largeurs à l’échelle, sauf les barres sous 0,5\u{00A0}% de la plus large (Conversions), élargies pour rester visibles.")
        }
        // The data table says the same.
        #expect(html.contains("<td class=\"num\">\(rates[0].dropFirst(2))</td>"))
    }

    /// The funnel's CTR and the CTR card are one figure.
    @Test func ctrMatchesTheCard() throws {
        let card = try DirectiveTests.render("```kpis\n- ctr\n```\n", page: Self.page(.enUS))
        #expect(card.contains("3.2%"))
        #expect(try Self.funnel("reach, link_clicks, conversions", .enUS).contains("CTR 3.2% = "))
    }

    /// Steps no KPI relates: the ratio of the two totals, said to be so.
    @Test(arguments: ReportLocale.allCases)
    func otherPairsAreRatiosOfTotals(locale: ReportLocale) throws {
        let rates = Self.lines(try Self.funnel("impressions, reach", locale), "<text class=\"rate\"").map { $0.split(separator: ">").last!.dropLast(6) }
        #expect(rates == [locale == .frFR ? "↓ 40,0\u{00A0}% = Portée ÷ Impressions, les totaux affichés" : "↓ 40.0% = Reach ÷ Impressions, the totals shown"])
    }

    /// Every bar to scale: no note.
    @Test func noNoteWhenEveryBarIsToScale() {
        let html = FunnelChart(steps: [FunnelChart.Step(label: "A", value: 100), FunnelChart.Step(label: "B", value: 40)], format: .plain,
                               rate: { NumberFormat(locale: .enUS).percent($0) }, options: ChartOptions(id: "f", title: "Funnel")).render().html
        #expect(!html.contains("scale-note"))
        #expect(Self.lines(html, "<rect class=\"step\"").map { Self.attribute("width", $0) } == ["400", "160"])
    }

    /// A note naming several steps wraps rather than being cut.
    @Test func longNoteWraps() {
        var o = ChartOptions(id: "f", title: "Funnel")
        o.words = ReportLocale.frFR.words.chart
        let steps = [FunnelChart.Step(label: "Portée", value: 1_000_000), FunnelChart.Step(label: "Leads (inscription à la newsletter)", value: 300),
                     FunnelChart.Step(label: "Leads (demande de devis)", value: 20), FunnelChart.Step(label: "Conversions", value: 3)]
        let html = FunnelChart(steps: steps, format: .plain, rate: { NumberFormat(locale: .frFR).percent($0) }, options: o).render().html
        let lines = Self.lines(html, "<text class=\"scale-note\"").map { String($0.split(separator: ">").last!.dropLast(6)) }
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { !$0.contains("…") && TextWidth.estimate($0, fontSize: 10) <= 620 })
        #expect(lines.joined(separator: " ").contains("(Leads (inscription à la newsletter), Leads (demande de devis), Conversions)"))
    }

    @Test func golden() throws {
        Golden.check(try Self.funnel("reach, link_clicks, conversions", .frFR), "charts/funnel-kpi-rates-fr.html")
    }
}
