import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// kpis.md §4: `profit` is revenue − spend, before the cost of goods; `net_profit` and `net_roi`
/// say whether the campaign made money. A page never shows both side by side under names a
/// reader would confuse: with a gross margin it leads with the net figures and leaves out
/// revenue − spend; without one it shows revenue − spend under that name, and no net figure.
@Suite struct ProfitCardsTests {
    /// Net ROI (a ratio) as a signed percentage, the rating with its scale: hand-computed.
    @Test func netROIAndRatingAsAReaderReadsThem() {
        let fr = NumberFormat(locale: .frFR, currency: "EUR"), en = NumberFormat(locale: .enUS, currency: "USD")
        let nbsp = "\u{00A0}"
        #expect(Labels.figure(.kpi(.netROI), 0.36, fr) == "+36\(nbsp)%")
        #expect(Labels.figure(.kpi(.netROI), 15_959.30 / 44_000, fr) == "+36\(nbsp)%")
        #expect(Labels.figure(.kpi(.netROI), -0.2134, en) == "-21%")
        #expect(Labels.figure(.kpi(.netROI), 0.078, fr) == "+7,8\(nbsp)%")
        #expect(Labels.figure(.kpi(.netROI), 0.0004, en) == "0.0%")
        #expect(Labels.figure(.kpi(.netROI), -0.05, en) == "-5.0%")
        #expect(Labels.figure(.kpi(.netROI), nil, fr) == "n.d.")
        #expect(Labels.figure(.kpi(.avgRating), 3.2, fr) == "3,2/5")
        #expect(Labels.figure(.kpi(.avgRating), 4, en) == "4.0/5")
        #expect(Labels.figure(.kpi(.roi), 2.2, fr) == "2,20")
    }

    /// The cards of the conversion section, label → value, in page order.
    static func cards(_ html: String) -> [(String, String)] {
        let pattern = "<span class=\"kpi-label\">(?:<a [^>]*>)?([^<]*)(?:</a>)?</span><span class=\"kpi-value\">([^<]*)</span>"
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { m in
            guard let l = Range(m.range(at: 1), in: html), let v = Range(m.range(at: 2), in: html) else { return nil }
            return (String(html[l]), String(html[v]))
        }
    }

    @Test(arguments: [false, true])
    func theCardsTellProfitFromNetProfit(grossMargin: Bool) throws {
        let folder = TemporaryFolder()
        let project = try folder.copyFixture("basic")
        let yaml = project.appendingPathComponent("campaigns/spring/campaign.yaml")
        if grossMargin { try Data((try String(contentsOf: yaml, encoding: .utf8) + "gross_margin: 0.6\n").utf8).write(to: yaml) }
        let out = folder.url.appendingPathComponent("out")
        _ = try SiteBuilder(path: project, options: .test(output: out)).build(today: Day(ordinal: 0))
        let html = try String(contentsOf: out.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        let labels = Self.cards(html).map(\.0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("campaigns/spring/kpis.json"))) as? [String: Any])
        let kpis = try #require((json["campaign"] as? [String: Any])?["kpis"] as? [String: Any])
        let revenue = try #require(kpis["revenue"] as? Double), spend = try #require(kpis["spend"] as? Double)
        if grossMargin {
            #expect(!labels.contains("Revenue minus spend"))
            #expect(!labels.contains("Profit"))
            let net = try #require(labels.firstIndex(of: "Net profit")), netROI = try #require(labels.firstIndex(of: "Net ROI"))
            let roi = try #require(labels.lastIndex(of: "ROI (ROAS)"))
            #expect(net < roi && netROI < roi)
            // Hand-computed from the page's own revenue and spend.
            let ratio = (revenue * 0.6 - spend) / spend
            let shown = Self.cards(html).first { $0.0 == "Net ROI" }?.1
            let percent = (ratio * 100).rounded()
            #expect(shown == (percent > 0 ? "+" : "") + String(format: abs(ratio * 100) < 10 ? "%.1f%%" : "%.0f%%", ratio * 100))
        } else {
            #expect(labels.contains("Revenue minus spend"))
            #expect(!labels.contains("Net profit") && !labels.contains("Net ROI"))
            let shown = Self.cards(html).first { $0.0 == "Revenue minus spend" }?.1
            #expect(shown == NumberFormat(locale: .enUS, currency: "EUR").money(revenue - spend))
        }
    }

    /// The benchmarks page and the cards' comparison with the other campaigns show net ROI as the
    /// cards do: a signed percentage, never the bare ratio.
    @Test func netROIIsAPercentageOnTheBenchmarksPage() throws {
        let folder = TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        _ = try SiteBuilder(path: Repo.root.appendingPathComponent("examples/maison-lune"), options: .test(output: out, asOf: "2026-05-20"))
            .build(today: Day(ordinal: 0))
        let html = try String(contentsOf: out.appendingPathComponent("benchmarks/index.html"), encoding: .utf8)
        // Rows of the internal table: campaign, "ROI net", value, median, …
        let re = try NSRegularExpression(pattern: "<td>ROI net</td><td>([^<]*)</td><td>([^<]*)</td>")
        let rows = re.matches(in: html, range: NSRange(html.startIndex..., in: html))
        #expect(!rows.isEmpty)
        for m in rows {
            for i in [1, 2] {
                let cell = try #require(Range(m.range(at: i), in: html).map { String(html[$0]) })
                #expect(cell.range(of: "^[+-]?[0-9]+(,[0-9])?\u{00A0}%$", options: .regularExpression) != nil, "\(cell)")
            }
        }
    }
}
