import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// site.md `influencers/<slug>/index.html` at its edges: a month without spend (n/a CPA and ROI,
/// a gap in the chart, never 0), a month without any activity between two active ones (shown),
/// one campaign (the comparison starts with the next) against two (hand-computed changes), and
/// a figure of one month said in words rather than drawn as a line of one point.
@Suite struct CreatorCardTests {
    /// Two sales campaigns in EUR, en-US.
    ///
    /// winter: 5–31 Jan 2026 (27 days, all in January), attribution 20 days (to 20 Feb).
    ///   @ana: fee 1,000, code ANA; post a1 on 10 Jan, reach 10,000, 500 likes; orders on
    ///   20 Jan (100) and 10 Feb (60).
    /// spring: 4–31 May 2026, attribution 10 days (to 10 Jun).
    ///   @ana: fee 500, code ANA2; post b1 on 10 May, reach 20,000, 800 likes; orders on 12 May
    ///   (80) and 15 May (40).
    ///   @bea: tiktok, fee 300, code BEA; post b2 on 20 May, reach 30,000, 2,000 likes; order
    ///   on 21 May (90).
    static func project(_ temp: TemporaryFolder, locale: String = "en-US") -> URL {
        temp.write("p/report.yaml", "title: Cards\nlocale: \(locale)\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-06-30\n")
        temp.write("p/campaigns/winter/campaign.yaml", """
            name: Winter
            objective: sales
            start: 2026-01-05
            end: 2026-01-31
            attribution_window_days: 20
            influencers:
              - handle: ana
                platform: instagram
                followers: 20000
                fee: 1000
                promo_code: ANA

            """)
        temp.write("p/campaigns/winter/posts.csv", "post_id,influencer,format,published_at,reach,likes\na1,ana,reel,2026-01-10,10000,500\n")
        temp.write("p/campaigns/winter/orders.csv", "order_id,date,revenue,promo_code\no1,2026-01-20,100,ANA\no2,2026-02-10,60,ANA\n")
        temp.write("p/campaigns/spring/campaign.yaml", """
            name: Spring
            objective: sales
            start: 2026-05-04
            end: 2026-05-31
            attribution_window_days: 10
            influencers:
              - handle: ana
                platform: instagram
                followers: 20000
                fee: 500
                promo_code: ANA2
              - handle: bea
                platform: tiktok
                followers: 50000
                fee: 300
                promo_code: BEA

            """)
        temp.write("p/campaigns/spring/posts.csv", """
            post_id,influencer,format,published_at,reach,likes
            b1,ana,reel,2026-05-10,20000,800
            b2,bea,video,2026-05-20,30000,2000

            """)
        temp.write("p/campaigns/spring/orders.csv", """
            order_id,date,revenue,promo_code
            p1,2026-05-12,80,ANA2
            p2,2026-05-15,40,ANA2
            p3,2026-05-21,90,BEA

            """)
        return temp.url.appendingPathComponent("p")
    }

    static func build(locale: String = "en-US") throws -> (TemporaryFolder, URL) {
        let temp = TemporaryFolder()
        let project = project(temp, locale: locale)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-06-30")).build(today: Day(ordinal: 0))
        return (temp, output)
    }

    static func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: The core

    /// Jan and May active, Feb with orders only, Mar and Apr without anything: every month
    /// from the first to the last, the empty ones flagged.
    @Test func everyMonthFromTheFirstToTheLast() {
        var tally = InfluencerHistory.Tally()
        tally.spend = 10
        let entries = CreatorMonths.entries(["2026-01": ["EUR": tally], "2026-02": ["EUR": InfluencerHistory.Tally()], "2026-05": ["EUR": tally]])
        #expect(entries.map(\.month) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"])
        #expect(entries.map(\.empty) == [false, false, true, true, false])
        #expect(entries.map(\.currency) == ["EUR", "EUR", "EUR", "EUR", "EUR"])
        #expect(CreatorMonths.span(from: "2025-11", to: "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"])
        #expect(CreatorMonths.span(from: "2026-03", to: "2026-03") == ["2026-03"])
    }

    /// Orders in a month without spend: 2 conversions, 120 of revenue, spend 0 — CPA and ROI
    /// n/a (not 0 and not 0/0); with spend 300 they are 150 and 0.4.
    @Test func aMonthWithoutSpendHasNoCPAOrROI() {
        var month = InfluencerHistory.Tally()
        month.conversions = 2
        month.revenue = 120
        month.spend = 0
        #expect(month.kpis[.cpa] == nil)
        #expect(month.kpis[.roi] == nil)
        #expect(month.kpis[.conversions] == 2)
        month.spend = 300
        #expect(month.kpis[.cpa] == 150)
        #expect(month.kpis[.roi] == 0.4)
    }

    // MARK: The card

    /// @ana's months (hand-computed):
    /// Jan: 1 post, reach 10,000, ER 500 / 10,000 = 5.0 %, 1 conversion, revenue 100, spend 1,000
    ///      (27 of 27 days), CPA 1,000, ROI 0.10.
    /// Feb: the order of 10 Feb, inside winter's attribution period: 1 conversion, revenue 60,
    ///      spend 0 → CPA and ROI n/a.
    /// Mar, Apr: nothing (neither window nor attribution period): shown, 0 posts, spend 0.
    /// May: 1 post, reach 20,000, ER 800 / 20,000 = 4.0 %, 2 conversions, revenue 120,
    ///      spend 500, CPA 250, ROI 0.24.
    /// Jun: spring's attribution period (to 10 Jun): 0 conversions, revenue 0, spend 0 → n/a.
    @Test func monthsOfACardWithAGapAndAMonthWithoutSpend() throws {
        let (temp, output) = try Self.build()
        _ = temp
        let card = try Self.page(output, "influencers/ana/index.html")
        let rows = HTMLTable.rows(card, after: "<h2>Month by month</h2>")
        #expect(rows.first == ["Month", "Posts", "Reach", "Engagement rate", "Conversions", "Revenue", "Spend", "CPA", "ROI (ROAS)"])
        #expect(Array(rows.dropFirst()) == [
            ["January 2026", "1", "10,000", "5.0%", "1", "€100.00", "€1,000.00", "€1,000.00", "0.10"],
            ["February 2026", "0", "n/a", "n/a", "1", "€60.00", "€0.00", "n/a", "n/a"],
            ["March 2026", "0", "n/a", "n/a", "n/a", "n/a", "€0.00", "n/a", "n/a"],
            ["April 2026", "0", "n/a", "n/a", "n/a", "n/a", "€0.00", "n/a", "n/a"],
            ["May 2026", "1", "20,000", "4.0%", "2", "€120.00", "€500.00", "€250.00", "0.24"],
            ["June 2026", "0", "n/a", "n/a", "0", "€0.00", "€0.00", "n/a", "n/a"],
        ])
        #expect(card.contains("2 months without any post, order or spend are shown in their place, so no month is skipped."))
        // The CPA chart: a gap from February to April and in June, never €0.00.
        let cpa = HTMLTable.rows(card, after: "<figcaption>CPA by month</figcaption>")
        #expect(Array(cpa.dropFirst()) == [
            ["January 2026", "€1,000.00"], ["February 2026", "n/a"], ["March 2026", "n/a"], ["April 2026", "n/a"],
            ["May 2026", "€250.00"], ["June 2026", "n/a"],
        ])
        // The chart's description walks every month, the empty ones included.
        #expect(card.contains("CPA: January 2026 €1,000.00, February 2026 n/a, March 2026 n/a, April 2026 n/a, May 2026 €250.00, June 2026 n/a</desc>"))
    }

    /// Two campaigns: spring against winter, the only earlier one (hand-computed):
    /// reach 20,000 / 10,000 − 1 = +100 %; ER 4.0 / 5.0 − 1 = −20 %; conversions 2 / 2 − 1 = 0 %;
    /// CPA (500 / 2 = 250) / (1,000 / 2 = 500) − 1 = −50 % (winter's CPA counts its February order);
    /// ROI (120 / 500 = 0.24) / (160 / 1,000 = 0.16) − 1 = +50 %.
    /// Winter, the first, has nothing to be compared with.
    @Test func twoCampaignsAreComparedWithTheEarlierOnes() throws {
        let (temp, output) = try Self.build()
        _ = temp
        let card = try Self.page(output, "influencers/ana/index.html")
        #expect(card.contains("Each campaign against the creator's average over their earlier campaigns that report the figure"))
        let rows = HTMLTable.rows(card, after: "<h3>Against the creator")
        // A cost's change says which way is better: +37 % on a CPA is a worse campaign.
        #expect(rows.first == ["Campaign", "Reach vs own average", "Engagement rate vs own average", "Conversions vs own average",
                               "CPA vs own average (lower is better)", "ROI vs own average"])
        #expect(Array(rows.dropFirst()) == [
            ["Winter", "n/a", "n/a", "n/a", "n/a", "n/a"],
            ["Spring", "+100%", "−20%", "0%", "−50%", "+50%"],
        ])
        #expect(!card.contains("starts with the next one"))
        #expect(card.contains("2 campaigns"))
    }

    /// One campaign: no table of changes (it would read 0 % on every line), the sentence
    /// instead; "1 campaign" / "1 campagne".
    @Test func oneCampaignSaysTheComparisonStartsWithTheNext() throws {
        let (temp, output) = try Self.build()
        _ = temp
        let card = try Self.page(output, "influencers/bea/index.html")
        #expect(card.contains("One campaign so far: the comparison with the creator's own average starts with the next one."))
        #expect(!card.contains("vs average"))
        #expect(card.contains(" · 1 campaign · "))
        let (tempFR, outputFR) = try Self.build(locale: "fr-FR")
        _ = tempFR
        let french = try Self.page(outputFR, "influencers/bea/index.html")
        #expect(french.contains(" · 1 campagne · "))
        #expect(french.contains("Une seule campagne pour l’instant\u{A0}: la comparaison avec sa propre moyenne commencera avec la prochaine."))
        #expect(!french.contains("1 campagnes"))
        let ana = try Self.page(outputFR, "influencers/ana/index.html")
        #expect(ana.contains(" · 2 campagnes · "))
    }

    /// @bea: May (1 post, reach 30,000, 1 conversion, spend 300, CPA 300) and June (the
    /// attribution period: 0 conversions, spend 0). Reach, engagement rate and CPA have one
    /// month each: said in words, no chart; conversions and spend have two: charts.
    @Test func aFigureOfOneMonthIsSaidNotDrawn() throws {
        let (temp, output) = try Self.build()
        _ = temp
        let card = try Self.page(output, "influencers/bea/index.html")
        #expect(card.contains("<p>Reach: 30,000 in May 2026 (the only month that reports it).</p>"))
        #expect(card.contains("<p>Engagement rate: 6.7% in May 2026 (the only month that reports it).</p>"))
        #expect(card.contains("<p>CPA: €300.00 in May 2026 (the only month that reports it).</p>"))
        #expect(!card.contains("<figcaption>Reach by month</figcaption>"))
        #expect(!card.contains("<figcaption>CPA by month</figcaption>"))
        #expect(card.contains("<figcaption>Conversions by month</figcaption>"))
        #expect(card.contains("<figcaption>Spend by month</figcaption>"))
    }

    /// @cy in two currencies in March (EUR: fee 100, reach 1,000, 100 likes; USD: fee 200,
    /// reach 3,000, 300 likes) and in EUR in April (fee 50, reach 2,000, 100 likes), no orders.
    /// Reach and engagement rate merge a month's currencies: March 4,000 and 400 / 4,000 =
    /// 10.0 %, April 2,000 and 100 / 2,000 = 5.0 % — one point per month, none overwritten.
    /// Spend stays per currency; USD has one month, so it is said, not drawn.
    @Test func aMonthInTwoCurrencies() throws {
        let temp = TemporaryFolder()
        temp.write("p/report.yaml", "title: Cards\nlocale: en-US\ncurrency: EUR\ntimezone: Europe/Paris\nas_of: 2026-06-30\n")
        for (id, currency, start, end, fee, reach, likes, day) in [
            ("eu", "EUR", "2026-03-02", "2026-03-29", 100, 1000, 100, "2026-03-10"), ("us", "USD", "2026-03-02", "2026-03-29", 200, 3000, 300, "2026-03-12"),
            ("eu2", "EUR", "2026-04-06", "2026-04-26", 50, 2000, 100, "2026-04-10"),
        ] {
            temp.write("p/campaigns/\(id)/campaign.yaml", """
                name: \(id)
                objective: awareness
                currency: \(currency)
                start: \(start)
                end: \(end)
                influencers:
                  - handle: cy
                    platform: instagram
                    followers: 20000
                    fee: \(fee)

                """)
            temp.write("p/campaigns/\(id)/posts.csv", "post_id,influencer,format,published_at,reach,likes\n\(id)1,cy,reel,\(day),\(reach),\(likes)\n")
        }
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: temp.url.appendingPathComponent("p"), options: .test(output: output, asOf: "2026-06-30")).build(today: Day(ordinal: 0))
        let card = try Self.page(output, "influencers/cy/index.html")
        #expect(card.contains("<desc id=\"chart-1-desc\">Reach: March 2026 4,000, April 2026 2,000</desc>"))
        #expect(card.contains("Engagement rate: March 2026 10.0%, April 2026 5.0%</desc>"))
        #expect(card.contains("<p>Spend: €100.00 in March 2026, $200.00 in March 2026, €50.00 in April 2026.</p>"))
        #expect(!card.contains("<figcaption>Spend by month"))
        let rows = HTMLTable.rows(card, after: "<h2>Month by month</h2>")
        #expect(Array(rows.dropFirst()).map { [$0[0], $0[1], $0[2], $0[6]] } == [
            ["March 2026", "1", "1,000", "€100.00"], ["March 2026", "1", "3,000", "$200.00"], ["April 2026", "1", "2,000", "€50.00"],
        ])
    }
}

/// Reads the cells of the first table after a marker of a page, as text.
enum HTMLTable {
    static func section(_ html: String, after marker: String) -> String {
        guard let start = html.range(of: marker) else { return "" }
        let rest = html[start.upperBound...]
        guard let end = rest.range(of: "</table>") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }

    static func rows(_ html: String, after marker: String) -> [[String]] {
        let table = section(html, after: marker)
        guard let open = table.range(of: "<table") else { return [] }
        return table[open.lowerBound...].components(separatedBy: "<tr").dropFirst().map { row in
            row.components(separatedBy: "<t").dropFirst().compactMap { cell -> String? in
                guard cell.hasPrefix("d") || cell.hasPrefix("h ") || cell.hasPrefix("h>") else { return nil }
                return text(cell)
            }
        }
    }

    /// A cell without its tags, entities decoded, spaces collapsed.
    static func text(_ cell: String) -> String {
        var out = "", inTag = true
        for c in cell {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        out = out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
