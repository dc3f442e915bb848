import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 12, the page a client reads: sections in the order of the objective, no sales blocks
/// without orders.csv, the notes that put spend, comments and mentions in context.
@Suite struct ObjectivePageTests {
    /// Builds the basic fixture (spring: sales with orders.csv; summer: awareness without it),
    /// after `edit` changes files; returns a page's HTML.
    func page(_ campaign: String, locale: String = "en-US", edit: (TemporaryFolder) -> Void = { _ in }) throws -> String {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml.replacingOccurrences(of: "locale: en-US", with: "locale: \(locale)"))
        edit(temp)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        return try String(contentsOf: output.appendingPathComponent("campaigns/\(campaign)/index.html"), encoding: .utf8)
    }

    static func headings(_ html: String) -> [String] {
        html.components(separatedBy: "<h2").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    @Test func salesOpensWithConversionThenIncrementality() throws {
        let html = try page("spring") { temp in
            let yaml = (try? String(contentsOf: temp.url.appendingPathComponent("basic/campaigns/spring/campaign.yaml"), encoding: .utf8)) ?? ""
            temp.write("basic/campaigns/spring/campaign.yaml", yaml.replacingOccurrences(of: "utm_campaign: spring26\n", with: "utm_campaign: spring26\nbaseline: {start: 2026-02-01, end: 2026-02-28}\n"))
        }
        #expect(Self.headings(html).prefix(4) == ["Summary", "Conversion and cost", "Incrementality", "Visibility"])
        #expect(Self.headings(html).last == "Methodology")
    }

    @Test func awarenessOpensWithVisibilityAndHasNoSalesBlocks() throws {
        let html = try page("summer")
        #expect(Self.headings(html).prefix(3) == ["Summary", "Visibility", "Engagement"])
        // No orders.csv: no sales card, column or chart, and nothing "provisional" waiting for orders.
        for absent in [">Conversions<", ">Revenue<", ">ROI (ROAS)<", ">CPA<", ">Net ROI<", "From reach to sales", "ROI by influencer",
                       "Spend and revenue by influencer", "Did it sell"] {
            #expect(!html.contains(absent), "\(absent)")
        }
        #expect(html.contains("What the clicks and each result cost."))
        // Awareness shows CPM per creator in "who performed".
        let who = try #require(html.components(separatedBy: "<h3>Who performed</h3>").last?.components(separatedBy: "</table>").first)
        #expect(who.contains(">CPM<"))
        #expect(!who.contains(">CPA<"))
    }

    @Test func budgetNoteSaysWhatTheBudgetHolds() throws {
        // summer: budget 3 000; lea.glow's fee 1 200 is the only creator cost (40 % of it).
        let html = try page("summer")
        #expect(html.contains("Spend is the budget, €3,000.00: the creators cost €1,200.00 of it (40.0%); the remaining €1,800.00 pays for costs tied to no creator."))
        let over = try page("summer") { temp in
            let yaml = (try? String(contentsOf: temp.url.appendingPathComponent("basic/campaigns/summer/campaign.yaml"), encoding: .utf8)) ?? ""
            temp.write("basic/campaigns/summer/campaign.yaml", yaml.replacingOccurrences(of: "budget: 3000", with: "budget: 1000"))
        }
        #expect(over.contains("The creators cost €1,200.00, more than the €1,000.00 budget: spend counts their costs."))
        let exact = try page("summer") { temp in
            let yaml = (try? String(contentsOf: temp.url.appendingPathComponent("basic/campaigns/summer/campaign.yaml"), encoding: .utf8)) ?? ""
            temp.write("basic/campaigns/summer/campaign.yaml", yaml.replacingOccurrences(of: "budget: 3000", with: "budget: 1200"))
        }
        #expect(exact.contains("The creators’ costs come to exactly the budget, €1,200.00."))
    }

    @Test func disclosureNoteOnlyForFranceWithoutTheWords() throws {
        func spring(_ lines: String) throws -> String {
            try page("spring", locale: "fr-FR") { temp in
                let yaml = (try? String(contentsOf: temp.url.appendingPathComponent("basic/campaigns/spring/campaign.yaml"), encoding: .utf8)) ?? ""
                temp.write("basic/campaigns/spring/campaign.yaml", yaml.replacingOccurrences(of: "utm_campaign: spring26\n", with: "utm_campaign: spring26\n" + lines))
            }
        }
        let note = "La campagne vise la France : la loi (n° 2023-451 du 9 juin 2023, art. 5) demande qu’un contenu sponsorisé porte la mention « Publicité » ou « Collaboration commerciale », et les mentions requises n’en contiennent aucune. Ce constat n’est pas un avis juridique."
        let missing = try spring("target_countries: [FR]\nrequired_mentions: [\"#sponsorisé\", \"@maisonlune\"]\n")
        // The finished French page has French spacing (FrenchTypography), whatever the words wrote.
        #expect(missing.contains(FrenchTypography.apply(note)))
        #expect(missing.contains("<li>#sponsorisé\u{A0}: "))                    // each mention's share
        let met = try spring("target_countries: [FR]\nrequired_mentions: [\"Collaboration commerciale\"]\n")
        #expect(!met.contains("La campagne vise la France"))
        let elsewhere = try spring("target_countries: [BE]\nrequired_mentions: [\"#sponsorisé\"]\n")
        #expect(!elsewhere.contains("La campagne vise la France"))
    }

    @Test func commentFiguresStateTheirSample() throws {
        let html = try page("spring") { temp in
            temp.write("basic/campaigns/spring/comments.csv", "post_id,text\np1,J'adore\np1,Pas terrible\n")
        }
        #expect(html.contains("<em>Based on 2 comments"))
    }

    @Test func unknownSectionMarkerIsAnError() {
        let collector = DiagnosticCollector()
        SectionMarkers.check("# T\n\n<!-- section: visibilty -->\n## V\n```\n<!-- section: nope -->\n```\n<!-- section visibility -->  \n<!-- section : timing -->\n<!-- a comment -->\n",
                             file: "templates/campaign.md", into: collector)
        #expect(collector.diagnostics.map(\.description) == [
            "templates/campaign.md:3:15: error: section marker: unknown section \"visibilty\": expected one of visibility, engagement, conversion, trust, word-of-mouth, content-rights, top-posts, platforms, formats, timing, ab-test, incrementality, methodology (did you mean \"visibility\"?)",
            "templates/campaign.md:8:1: error: section marker: expected <!-- section: NAME -->, NAME one of visibility, engagement, conversion, trust, word-of-mouth, content-rights, top-posts, platforms, formats, timing, ab-test, incrementality, methodology",
        ])
        #expect(SectionMarkers.marker("<!-- section : timing -->  ")?.name == "timing")
    }

    @Test func sectionsArrangeAroundTheLead() {
        let text = "# T\nsummary\n<!-- section: visibility -->\n## V\n<!-- section: conversion -->\n## C\n```\n<!-- section: timing -->\n```\n<!-- section: methodology -->\n## M"
        #expect(SectionMarkers.arrange(text, lead: ["conversion"]) == "# T\nsummary\n## C\n```\n<!-- section: timing -->\n```\n## V\n## M")
        #expect(SectionMarkers.arrange(text, lead: []) == "# T\nsummary\n## V\n## C\n```\n<!-- section: timing -->\n```\n## M")
    }

    /// The byte split of the arranged text gives the lines of the Character split it replaced,
    /// CR LF (one Character) and combining marks after a line feed included.
    @Test func linesAreTheCharacterSplit() {
        let pieces = ["a", "\n", "\r", "\r\n", " ", "\u{301}", "é", "```", "<!-- section: timing -->", "", "\n\n", "€"]
        var generator = MutationTests.SeededGenerator(state: 27)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(SectionMarkers.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(Array(text.utf8))")
        }
    }
}
