import Foundation
import Testing
@testable import ReportCore

/// kpis.md §3 "what people said": the themes lexicon on hand-written comments in both
/// languages, with and without a reaction word, absence statements and missing accents.
@Suite struct CommentThemesTests {
    static func themes(_ text: String) -> Set<String> { Set(CommentTheme.themes(of: text).map(\.rawValue)) }

    /// A reaction of the body, as people write it (the brief's set phrases first).
    @Test(arguments: [
        "ma peau a brûlé", "Ma peau a brule 😭", "ça pique les yeux", "ca pique les yeux !!", "my skin broke out",
        "My skin broke out after two days", "j'ai eu des boutons", "J'ai eu des boutons partout merci", "rougeurs",
        "Des rougeurs sur les joues", "allergie", "Je suis allergique je crois", "nausée", "Ça m'a donné la nausee",
        "I had an allergic reaction", "So itchy after one use", "It burns my skin", "burning sensation on my face",
        "j'ai des démangeaisons", "Ma peau tiraille et picote", "Made me feel sick", "felt sick after the smoothie",
        "Je ne sais pas pourquoi mais j'ai eu des boutons", "Not sure why but my skin broke out",
        "Eyes stinging like crazy", "mal à la tête avec ce parfum", "Plein de boutons depuis que je l'utilise",
        "Irritation dès la première application", "rash on my neck", "my eyes were watering, eyes watering all day",
    ])
    func reaction(text: String) {
        #expect(Self.themes(text).contains("adverse_reaction"), "\(text)")
    }

    /// Absence and relief statements are not reactions, nor are words that only look like one.
    @Test(arguments: [
        "zéro irritation", "Zero irritation", "J'y croyais pas mais zéro irritation", "no breakouts", "No breakouts at all",
        "pas de réaction", "aucune rougeur", "Aucune rougeur même sur peau sensible", "sans irritation", "without irritation",
        "It didn't break me out", "ça ne pique pas les yeux", "ça n'a pas piqué les yeux", "never had a rash",
        "ma peau n'a pas brûlé", "calme les rougeurs", "soothes redness", "moins de rougeurs", "0 irritation",
        "J'adore les boutons dorés de la veste", "That beat is sick", "Le gâteau a brûlé 😂", "Trop bien", "",
    ])
    func notAReaction(text: String) {
        #expect(!Self.themes(text).contains("adverse_reaction"), "\(text)")
    }

    @Test(arguments: [
        ("Combien le sérum ?", ["price"]), ("what's the price on the serum?", ["price"]), ("Trop cher pour moi", ["price"]),
        ("29€ c'est donné", ["price"]), ("Worth the money", ["price"]), ("rapport qualite prix top", ["price", "product_experience"]),
        ("L'odeur est divine", ["product_experience"]), ("La texture est incroyable", ["product_experience"]),
        ("love the smell", ["product_experience"]), ("runs small, size up", ["product_experience"]),
        ("Le gout est top", ["product_experience"]),
        ("Il revient en stock quand ?", ["availability"]), ("Sold out everywhere", ["availability"]),
        ("Livraison en deux jours", ["availability"]), ("livraison rapide", ["availability"]), ("does it ship to Belgium?", ["availability"]),
        ("Où le trouver ?", ["availability"]), ("ou le trouver", ["availability"]), ("where can I get it", ["availability"]),
        ("Vous avez d'autres tailles ?", ["availability"]),
        ("Comment on l'utilise ?", ["how_to"]), ("comment l'appliquer", ["how_to"]), ("How do you apply it?", ["how_to"]),
        ("Tu l'appliques avant ou après la crème ?", ["how_to"]), ("recette svp", ["how_to"]),
        ("Trop beau", []), ("😍😍😍", []), ("Superbe photo bravo", []),
        // Word boundaries: a theme word inside another word does not count.
        ("Le costume est beau", []), ("Super expedition photos", []), ("Belle goutte de rosée", []), ("Stockholm 😍", []),
        // Several themes at once; a reaction beside them.
        ("Trop cher et ça pique les yeux", ["price", "adverse_reaction"]),
        ("Rupture de stock, et comment on l'utilise ?", ["availability", "how_to"]),
    ] as [(String, [String])])
    func theme(text: String, expected: [String]) {
        #expect(Self.themes(text) == Set(expected), "\(text)")
    }

    /// Stems are found by their first bytes: one shorter than that would never match.
    @Test func everyStemIsLongEnoughToBeIndexed() {
        for (theme, list) in ThemeLexicon.lists {
            for phrase in list where phrase.hasSuffix("*") {
                #expect(ThemeEntry(theme, phrase).words[0].utf8.count >= ThemeLexicon.stemKeyLength, "\(phrase)")
            }
        }
    }

    /// Reading time stays small beside the sentiment pass: 20 000 distinct comments.
    @Test func readsManyCommentsQuickly() {
        let start = ContinuousClock.now
        var hits = 0
        for i in 0..<20_000 {
            hits += CommentTheme.themes(of: "Honnêtement \(i), la texture est top mais ça pique les yeux, c'est combien ? 😍").count
        }
        #expect(hits == 60_000)
        print("themes: 20 000 comments in \(ContinuousClock.now - start)")
    }

    /// docs/comment-themes.md lists every entry of the lexicon, as written in the source.
    @Test func documentationListsEveryEntry() throws {
        let doc = try String(contentsOf: Repo.root.appendingPathComponent("docs/comment-themes.md"), encoding: .utf8)
        for (theme, list) in ThemeLexicon.lists {
            #expect(doc.contains("**`\(theme.rawValue)`**"))
            for entry in list { #expect(doc.contains(entry + ",") || doc.contains(entry + "."), "\(entry)") }
        }
        for entry in ThemeLexicon.questions + ThemeLexicon.absence.sorted() { #expect(doc.contains(entry), "\(entry)") }
    }

    @Test(arguments: [
        ("Lien ?", true), ("Combien le sérum", true), ("c'est combien", true), ("how much is it", true),
        ("Où l'acheter 😍", true), ("ou l'acheter", true), ("where can I get it", true), ("Comment on l'utilise", true),
        ("Il convient aux peaux sensibles ? ✨", true), ("Does it ship to Belgium? 🙏", true), ("Vraiment ?!", true),
        ("Trop bien", false), ("J'adore la texture", false), ("How cute is this!", false), ("Ma peau a brûlé", false),
    ] as [(String, Bool)])
    func question(text: String, expected: Bool) {
        #expect(CommentTheme.isQuestion(text) == expected, "\(text)")
    }
}

/// kpis.md §3 themes counts, adverse reactions and quotes from comments.csv rows.
@Suite struct CommentsSaidTests {
    static func comments(_ texts: [String]) -> [PostComment] {
        texts.enumerated().map { PostComment(postID: "p1", text: $0.element, author: "name\($0.offset)") }
    }

    /// A fixed polarity: +1 when the text holds "love", −1 when it holds "bad", else 0.
    static func polarity(_ text: String) -> Int { text.lowercased().contains("love") ? 1 : (text.lowercased().contains("bad") ? -1 : 0) }

    @Test func themesCountCommentsAndListReactionsInFileOrder() {
        let said = CommentsSaid(Self.comments([
            "Trop cher", "ma peau a brûlé", "zéro irritation", "Ma peau a brûlé", "Livraison rapide, trop cher", "  ", "j'ai eu des boutons",
        ]), polarity: Self.polarity)
        #expect(said.themes == [.price: 2, .productExperience: 0, .adverseReaction: 3, .availability: 1, .howTo: 0])
        #expect(said.adverseReactions == ["ma peau a brûlé", "Ma peau a brûlé", "j'ai eu des boutons"])
    }

    /// The most repeated normalized text first, then the longest, then the first in the file;
    /// three at most; the text as first written, trimmed; never the author.
    @Test func quotesOrderedByRepeatsThenLengthThenFileOrder() {
        let said = CommentsSaid(Self.comments([
            "love it",                      // 1 time, 7 characters
            "Love this one",                // 1 time, 13 characters: longer, before "love it"
            " LOVE   it ",                  // "love it" again: 2 times, first
            "love you",                     // 1 time, 8 characters: after "love this one"
            "I love it so much, really",    // 1 time, the longest: second
            "bad", "Bad", "so bad", "too bad", "bad bad bad bad",
            "Lien ?", "Combien le sérum", "Love it, price?",
        ]), polarity: Self.polarity)
        #expect(said.quotes[.positive] == ["love it", "I love it so much, really", "Love this one"])
        #expect(said.quotes[.negative] == ["bad", "bad bad bad bad", "too bad"])
        // A question is quoted as a question, whatever its polarity.
        #expect(said.quotes[.question] == ["Combien le sérum", "Love it, price?", "Lien ?"])
        let everything = said.quotes.values.flatMap { $0 } + said.adverseReactions
        #expect(!everything.contains { $0.contains("name") })
    }

    @Test func equalRepeatsAndLengthKeepFileOrder() {
        let said = CommentsSaid(Self.comments(["love A", "love B", "love C", "love D"]), polarity: Self.polarity)
        #expect(said.quotes[.positive] == ["love A", "love B", "love C"])
        #expect(said.quotes[.negative] == [])
    }
}
