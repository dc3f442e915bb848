import Testing
@testable import ReportCore

/// The Swift port of VADER against the reference implementation: each compound score below
/// was computed by vaderSentiment 3.3.2 (`SentimentIntensityAnalyzer().polarity_scores(text)
/// ["compound"]`, Python, from the PyPI wheel) and is pinned to its 4 printed decimals.
/// `englishReference` is VADER as published, without the domain's words and rules.
@Suite struct VaderReferenceTests {
    static func reference(_ text: String) -> Double {
        CommentLexicon.vader(text, CommentLexicon.englishReference)
    }

    @Test(arguments: [
        // valence lookup, and "!" emphasis (0.292 per mark)
        ("The book was good.", 0.4404), ("The book was very good!!!", 0.6211), ("I love it", 0.6369),
        // booster before the word, and a dampener ("barely", "kind of" bigram)
        ("It was extremely bad", -0.5849), ("It was barely good", 0.3832), ("The book was kind of good", 0.3832),
        // ALL CAPS emphasis, of a booster and of a word (C_INCR 0.733)
        ("The book was VERY good", 0.6028), ("This is GREAT and fun", 0.8455),
        // negation (N_SCALAR −0.74), contractions, "never so/this", "least", "no"
        ("The book was not good", -0.3412), ("I don't love it", -0.5216), ("Sentiment analysis has never been good", -0.3412),
        ("Sentiment analysis has never been this good", 0.5228), ("At least it isn't a horrible book", 0.431),
        ("No problems here", 0.3089),
        // "but": half before, one and a half after
        ("The plot was good but the acting is bad", -0.5859),
        // "?" emphasis (2–3 marks × 0.18)
        ("It is good?? Really??", 0.594),
        // idioms that hold a lexicon word
        ("Most automated sentiment analysis tools are shit", -0.5574), ("With VADER sentiment analysis is the shit", 0.6124),
        ("VADER is such a badass", 0.34),
        // an emoji read as its description ("smiling face with heart-eyes")
        ("I love it 😍", 0.802),
    ] as [(String, Double)])
    func compoundMatchesVaderSentiment(text: String, expected: Double) {
        let score = Self.reference(text)
        #expect(abs(score - expected) < 0.00005, "\(text): \(score)")
    }

    /// The rules by hand, on the published valences (good 1.9, bad −2.5): one word is
    /// x / √(x² + 15); a booster adds 0.293; a negation multiplies by −0.74.
    @Test func rulesByHand() {
        let one = 1.9 / (1.9 * 1.9 + 15).squareRoot()
        #expect(abs(Self.reference("good") - one) < 1e-9)
        let boosted = 1.9 + 0.293
        #expect(abs(Self.reference("very good") - boosted / (boosted * boosted + 15).squareRoot()) < 1e-9)
        let negated = 1.9 * -0.74
        #expect(abs(Self.reference("not good") - negated / (negated * negated + 15).squareRoot()) < 1e-9)
        // "good but bad": 1.9 × 0.5 + (−2.5) × 1.5
        let but = 1.9 * 0.5 - 2.5 * 1.5
        #expect(abs(Self.reference("good but bad") - but / (but * but + 15).squareRoot()) < 1e-9)
        // ALL CAPS in a mixed-case text: 1.9 + 0.733
        let caps = 1.9 + 0.733
        #expect(abs(Self.reference("so GOOD") - (caps + 0.293) / ((caps + 0.293) * (caps + 0.293) + 15).squareRoot()) < 1e-9)
        #expect(Self.reference("the table is brown") == 0)
    }
}
