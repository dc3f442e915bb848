import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// One `Words` per locale (issue 20): both languages complete and distinct, and no locale test
/// left in the sources outside `ReportLocale.words`.
@Suite struct WordsTests {
    static let english = ReportLocale.enUS.words
    static let french = ReportLocale.frFR.words

    @Test func eachLocaleHasItsWords() {
        #expect(Self.english is EnglishWords)
        #expect(Self.french is FrenchWords)
    }

    @Test func pluralsAreFunctionsOfTheCount() {
        #expect(Self.english.campaigns(1) == "1 campaign")
        #expect(Self.english.campaigns(2) == "2 campaigns")
        #expect(Self.french.campaigns(1) == "1 campagne")
        #expect(Self.french.campaigns(2) == "2 campagnes")
    }

    /// A sample of labels, sentences and plurals: each non-empty, and different per language.
    @Test func sampleTextsAreNonEmptyAndDiffer() {
        func sample(_ w: any Words) -> [String] {
            [w.campaigns(1), w.campaigns(3), w.objective(.sales), w.status(.met), w.benchmarkStatus(.below), w.source(.seed),
             w.flag(.followerSpike), w.none, w.provisional, w.portfolioTitle, w.benchmarksTitle, w.noTarget,
             w.footer(date: "x"), w.weekdays[0], w.months[0], w.quarter(1, year: 2026), w.trustHeuristics,
             w.skipReason(.noComments), w.abTooFewVariants, w.emailKeyFigures, w.workbookTitle, w.noRecommendation,
             w.kpiLabel(.reach), w.date(Day(year: 2026, month: 3, day: 4)!), w.chart.noData]
        }
        let (en, fr) = (sample(Self.english), sample(Self.french))
        for (e, f) in zip(en, fr) {
            #expect(!e.isEmpty && !f.isEmpty)
            #expect(e != f, "\(e) is the same in both languages")
        }
        #expect(Self.english.date(Day(year: 2026, month: 3, day: 4)!) == "Mar 4, 2026")
        #expect(Self.french.date(Day(year: 2026, month: 3, day: 1)!) == "1er mars 2026")
    }

    /// Every member the field-label and format tables name exists in both languages.
    @Test func tablesHaveTheSameKeys() {
        #expect(Set(Self.english.fieldLabels.keys) == Set(Self.french.fieldLabels.keys))
        #expect(Set(Self.english.postFormats.keys) == Set(Self.french.postFormats.keys))
        #expect(Self.english.weekdays.count == 7 && Self.french.weekdays.count == 7)
        #expect(Self.english.months.count == 12 && Self.french.months.count == 12)
    }

    @Test func numbersUseTheLocaleSymbols() {
        #expect(NumberFormat(locale: .frFR, currency: "EUR").money(1234.5) == "1\u{202F}234,50\u{00A0}€")
        #expect(NumberFormat(locale: .enUS, currency: "EUR").money(1234.5) == "€1,234.50")
        #expect(NumberFormat(locale: .enUS, symbols: .plain).percent(3.2) == "3.2%")
    }

    /// The locale tests the issue counted, in their usual disguises.
    static let localeTests = [#"\bfr \?"#, #"isFrench \?"#, #"locale == \.fr"#, #"let fr = "#, #"switch locale\b"#, #"switch \([^)]*, locale\)"#]

    @Test func noLocaleTestOutsideWords() throws {
        let sources = Repo.root.appendingPathComponent("Sources")
        let regexes = try Self.localeTests.map { try NSRegularExpression(pattern: $0) }
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            let path = url.path.dropFirst(sources.path.count)
            guard path.hasSuffix(".swift"), !path.contains("/Generated/") else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let s = String(line), range = NSRange(s.startIndex..., in: s)
                if regexes.contains(where: { $0.firstMatch(in: s, range: range) != nil }) { found.append("Sources\(path):\(n + 1): \(s)") }
            }
        }
        // `ReportLocale.words` (`switch self`) is the one place that tells the locales apart.
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
