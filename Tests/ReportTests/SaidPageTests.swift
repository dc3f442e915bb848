import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// kpis.md §3 "what people said" on the campaign page and in kpis.json: exact keys, escaped
/// quotes, and the follow-up item present if and only if a comment reports a reaction.
@Suite struct SaidPageTests {
    /// Texts whose class does not hang on the sentiment classifier's borderline cases: the
    /// reactions are questions, the rest plainly positive ("love", "trop bien") or negative
    /// ("trop cher").
    /// The basic fixture with `comments` as campaigns/spring/comments.csv, built in `locale`.
    static func build(_ comments: String?, locale: String = "en-US") throws -> (page: String, json: String) {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        if let comments { temp.write("basic/campaigns/spring/comments.csv", comments) }
        if locale != "en-US" {
            let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
            temp.write("basic/report.yaml", yaml.replacingOccurrences(of: "locale: en-US", with: "locale: " + locale))
        }
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/spring/kpis.json"), encoding: .utf8)
        return (page, json)
    }

    static let withReactions = """
    post_id,text,author,date
    p1,<script>alert(1)</script> love it,evil.name,2026-03-03
    p1,[x](javascript:alert(1)) trop cher,evil.link,2026-03-03
    p1,"Ma peau a brûlé, c'est normal ?",secret.author,2026-03-03
    p1,"ça pique les yeux, c'est normal ?",secret.author2,2026-03-03
    p2,Combien le sérum ?,other.author,2026-03-05
    p2,Trop bien,fan,2026-03-05

    """

    @Test func kpisJSONCarriesThemesReactionsAndQuotes() throws {
        let json = try Self.build(Self.withReactions).json
        // The campaign object's pairs sit four spaces in.
        let expected = """
            "themes": {
              "price": 2,
              "product_experience": 0,
              "adverse_reaction": 2,
              "availability": 0,
              "how_to": 0
            },
            "adverse_reactions": [
              "Ma peau a brûlé, c'est normal ?",
              "ça pique les yeux, c'est normal ?"
            ],
            "quotes": {
              "positive": [
                "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e love it",
                "Trop bien"
              ],
              "negative": [
                "[x](javascript:alert(1)) trop cher"
              ],
              "question": [
                "ça pique les yeux, c'est normal ?",
                "Ma peau a brûlé, c'est normal ?",
                "Combien le sérum ?"
              ]
            }
          """
        #expect(json.contains(expected.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")), "\(json)")
        #expect(!json.contains("secret.author"))
    }

    @Test func withoutCommentsTheKeysAreNull() throws {
        let json = try Self.build(nil).json
        #expect(json.contains("  \"themes\": null,\n    \"adverse_reactions\": null,\n    \"quotes\": null"))
    }

    @Test func pageQuotesAsEscapedTextAndRaisesTheFollowUp() throws {
        let page = try Self.build(Self.withReactions).page
        #expect(page.contains("<h3>What people said</h3>"))
        #expect(page.contains("<li>Price and value: 2 comments</li>"))
        #expect(page.contains("<li>How to use it: 0 comments</li>"))
        #expect(page.contains("<strong>2 comments report a reaction to the product (skin, eyes, allergy, feeling sick): answer them.</strong>"))
        #expect(page.contains("<li>Ma peau a brûlé, c’est normal ?</li>") || page.contains("<li>Ma peau a brûlé, c'est normal ?</li>"))
        #expect(page.contains("<blockquote>\n<p>&lt;script&gt;alert(1)&lt;/script&gt; love it</p>\n</blockquote>"))
        #expect(page.contains("[x](javascript:alert(1)) trop cher"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("href=\"javascript"))
        #expect(!page.contains("secret.author") && !page.contains("evil.name"))
    }

    @Test func noFollowUpWithoutAReaction() throws {
        let page = try Self.build("post_id,text,author,date\np1,Zéro irritation,a,2026-03-03\np1,Trop bien,b,2026-03-03\n").page
        #expect(page.contains("<h3>What people said</h3>"))
        #expect(!page.contains("report a reaction") && !page.contains("reports a reaction"))
        #expect(page.contains("<li>A reaction of the body (skin, eyes, allergy, feeling sick): 0 comments</li>"))
    }

    /// The example shows each theme in every campaign but reactions, which are only the three
    /// planted under the perfume launch (examples/generate.py LAUNCH_REACTIONS) are read as reactions.
    @Test func theExampleShowsThemesQuestionsAndThePlantedReactions() throws {
        let loader = try ProjectLoader(path: Repo.root.appendingPathComponent("examples/maison-lune"))
        let collector = DiagnosticCollector()
        let settings = loader.loadSettings(into: collector)
        var seen: [String] = []
        for folder in loader.campaignFolders {
            let campaign = try #require(loader.loadCampaign(folder, settings: settings, into: collector))
            let said = try #require(KPICalculator.compute(campaign).said)
            seen.append(campaign.id)
            // Reactions of the body only where they are planted (one beauty launch): elsewhere none.
            for theme in CommentTheme.allCases where theme != .adverseReaction { #expect((said.themes[theme] ?? 0) > 0, "\(campaign.id) \(theme)") }
            #expect(said.themes[.adverseReaction] == (campaign.id == "lancement-parfum" ? 3 : 0), "\(campaign.id)")
            #expect(said.quotes[.question]?.count == 3, "\(campaign.id)")
            #expect(said.adverseReactions.count == said.themes[.adverseReaction])
            if campaign.id == "lancement-parfum" {
                for planted in ["J'ai eu des rougeurs dans le cou après l'avoir vaporisé 😕", "Ça pique les yeux quand on le vaporise, c'est normal ?",
                                "My skin broke out where I sprayed it, anyone else?"] {
                    #expect(said.adverseReactions.contains(planted), "\(planted)")
                }
            }
            // Absence statements of the example are not reactions.
            #expect(!said.adverseReactions.contains { $0.lowercased().contains("zéro irritation") || $0.contains("No breakouts") || $0.contains("ucune rougeur") })
        }
        #expect(seen.contains("lancement-parfum"))
    }

    @Test func frenchPageSaysItInFrench() throws {
        let page = try Self.build("post_id,text,author,date\np1,Ma peau a brûlé,a,2026-03-03\n", locale: "fr-FR").page
        #expect(page.contains("<h3>Ce qu’ils ont dit</h3>"))
        #expect(page.contains("<strong>1 commentaire signale une réaction au produit (peau, yeux, allergie, malaise)\u{00A0}: répondez-lui.</strong>"))
        #expect(page.contains("<li>Une réaction du corps (peau, yeux, allergie, malaise)\u{00A0}: 1 commentaire</li>"))
        #expect(page.contains("<strong>Critiques</strong>") || page.contains("<li>Ma peau a brûlé</li>"))
    }
}
