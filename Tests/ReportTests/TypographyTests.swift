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
        #expect(words.hasTypography)
        #expect(!ReportLocale.enUS.words.hasTypography)
        #expect(HTMLText.map("a <b>bold <i unclosed", { $0.uppercased() }) == "A <b>BOLD <i unclosed")
    }
}
