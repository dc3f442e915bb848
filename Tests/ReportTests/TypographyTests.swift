import Testing
@testable import ReportCore
@testable import ReportSite

/// French spacing is applied to the finished page's text, never to its markup (site.md "Two
/// audiences": no-break space before `:` `;` `%` `€`).
@Suite struct TypographyTests {
    @Test func frenchTextGetsNoBreakSpacesAndMarkupIsLeftAlone() {
        let words = ReportLocale.frFR.words
        let html = "<html><head><style>a :hover { content: \" : \" }</style></head>"
            + "<body><p title=\"Objectif : 900\">Objectif : 900 ; atteint ? oui ! « bien »</p>"
            + "<!-- note : ici --><script>var a = b ? c : d;</script><strong>CPA</strong> : 25</body></html>"
        let set = HTMLText.map(html, words.typeset)
        #expect(set == "<html><head><style>a :hover { content: \" : \" }</style></head>"
            + "<body><p title=\"Objectif : 900\">Objectif\u{A0}: 900\u{A0}; atteint\u{A0}? oui\u{A0}! «\u{A0}bien\u{A0}»</p>"
            + "<!-- note : ici --><script>var a = b ? c : d;</script><strong>CPA</strong>\u{A0}: 25</body></html>")
        #expect(words.typesetPage(html) == set)
        #expect(ReportLocale.enUS.words.typesetPage(html) == html)
        #expect(HTMLText.map("a <b>bold <i unclosed", { $0.uppercased() }) == "A <b>BOLD <i unclosed")
    }

    /// The byte pass against the first, string-based definition of the rules, on seeded random
    /// pages of tags, comments, raw-text elements, quotes and marks (swift-collections style).
    @Test func bytePassMatchesTheStringRulesOnRandomPages() {
        func reference(_ text: String) -> String {
            var s = text
            for mark in [":", ";", "?", "!", "»"] { s = s.replacingOccurrences(of: " " + mark, with: "\u{A0}" + mark) }
            return s.replacingOccurrences(of: "« ", with: "«\u{A0}")
        }
        /// The first HTMLText.map, on String slices.
        func referenceMap(_ html: String, _ transform: (String) -> String) -> String {
            var out = ""
            var rest = html[...]
            while let open = rest.firstIndex(of: "<") {
                out += transform(String(rest[..<open]))
                guard let close = rest[open...].firstIndex(of: ">") else { return out + rest[open...] }
                let tag = rest[open...close]
                out += tag
                rest = rest[rest.index(after: close)...]
                let name = tag.dropFirst().prefix { $0.isLetter }.lowercased()
                if name == "style" || name == "script", let end = rest.range(of: "</" + name) {
                    out += rest[..<end.lowerBound]
                    rest = rest[end.lowerBound...]
                } else if tag.hasPrefix("<!--"), !tag.hasSuffix("-->"), let end = rest.range(of: "-->") {
                    out += rest[..<end.upperBound]
                    rest = rest[end.upperBound...]
                }
            }
            return out + transform(String(rest))
        }
        let pieces = [" ", " ", ":", ";", "?", "!", "«", "»", "« ", " »", "a", "é", "<b>", "</b>", "<p class=\"x : y\">", "<!-- a : b -->",
                      "<!--", "-->", "<style>p : x ;</style>", "<SCRIPT>a ? b : c</SCRIPT>", "<scripts>", "<styleé>x : y</style>", "<!-->", "<!--->", "<", ">", "\u{A0}", "€", "日本"]
        var generator = MutationTests.SeededGenerator(state: 27)
        for _ in 0..<2_000 {
            let html = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(FrenchTypography.page(html) == referenceMap(html, reference), "\(html)")
            #expect(HTMLText.map(html, { $0.uppercased() }) == referenceMap(html, { $0.uppercased() }), "\(html)")
            #expect(FrenchTypography.apply(html) == reference(html), "\(html)")
        }
    }
}
