import Testing
@testable import ReportCore

/// The domain's rules over VADER (docs/sentiment.md): French negation, boosters and "mais",
/// complaints and reactions of the body, friendly endings, accents and slang, questions,
/// and purchase intent. Polarity: +1 positive, −1 negative, 0 neutral.
@Suite struct CommentSentimentTests {
    static func polarity(_ text: String) -> Int { CommentLexicon.read(text).polarity }

    /// French: "ne … pas", "pas" alone, after the verb ("j'aime pas"), "jamais", "plus" only
    /// after "ne", "aucun", "sans", "zéro"; a negation stops at the end of its clause.
    @Test(arguments: [
        ("c'est bien", 1), ("c'est pas bien", -1), ("ce n'est pas bon", -1), ("j'aime pas", -1),
        ("j'aime pas du tout cette odeur", -1), ("je recommande pas", -1), ("Je recommande pas", -1),
        ("je ne recommande pas", -1), ("jamais déçue par cette marque", 1), ("ma peau n'a jamais été aussi douce", 1),
        ("encore plus belle en vrai", 1), ("ce n'est plus aussi bon qu'avant", -1), ("aucun effet sur mes taches", -1),
        ("zéro irritation", 1), ("J'y croyais pas mais zéro irritation", 1), ("sans parfum et sans irritation", 1),
        ("bien et pas cher", 1), ("le café est doux sans amertume, j'adore", 1),
    ] as [(String, Int)])
    func frenchNegation(text: String, expected: Int) {
        #expect(Self.polarity(text) == expected, "\(text)")
    }

    /// Boosters raise the compound score; "mais" weighs the words after it 1.5 and those before 0.5.
    @Test func frenchBoostersAndMais() {
        let plain = CommentLexicon.sentiment("c'est bien")
        for boosted in ["c'est très bien", "c'est vraiment bien", "c'est grave bien", "c'est hyper bien", "c'est tres bien"] {
            #expect(CommentLexicon.sentiment(boosted) > plain, "\(boosted)")
        }
        #expect(Self.polarity("un peu cher mais vraiment efficace") == 1)
        #expect(Self.polarity("joli flacon mais ça pique les yeux") == -1)
        #expect(Self.polarity("pas terrible mais j'adore l'odeur") == 1)
    }

    /// Complaints and reactions of the body read negative in both languages, and a negated
    /// one positive ("no breakouts").
    @Test(arguments: [
        ("ma peau a brûlé", -1), ("ça pique les yeux", -1), ("ca pique les yeux", -1), ("my skin broke out", -1),
        ("des boutons partout depuis que je l'utilise", -1), ("grosse irritation", -1), ("des rougeurs le lendemain", -1),
        ("allergie direct", -1), ("I got a rash from this", -1), ("so itchy after two days", -1),
        ("no breakouts", 1), ("zero breakouts after a month", 1), ("It doesn't break me out at all", 1),
        ("it never broke me out", 1), ("le colis n'est jamais arrivé", -1), ("never arrived", -1), ("pas ouf", -1), ("franchement pas ouf", -1),
        ("bof", -1), ("déçue", -1), ("decue", -1), ("tres decue du resultat", -1), ("DÉÇUE", -1),
        ("pas mal", 1), ("trop bien", 1), ("Trooop bien", 1), ("too sweet for me", -1), ("trop sucré pour moi", -1),
        ("not a fan of the texture", -1), ("not bad at all", 1), ("can't wait to try it", 1),
    ] as [(String, Int)])
    func complaintsAndSlang(text: String, expected: Int) {
        #expect(Self.polarity(text) == expected, "\(text)")
    }

    /// A friendly ending does not flip a complaint: "merci", 🙏, ❤️, "thanks for the video".
    @Test(arguments: [
        "Wow, not a fan of the smell honestly 🙏", "ça pique les yeux, merci 🙏", "ma peau a brûlé ❤️",
        "my skin broke out 😊", "la texture est collante… merci quand même", "the pump broke after 3 days. Love your content tho 💕",
        "the app crashes constantly. thanks for the video though 🙏", "je recommande pas merci", "déçue ❤️❤️",
    ])
    func friendlyEndingsKeepComplaints(text: String) {
        #expect(Self.polarity(text) == -1, "\(text)")
    }

    /// … and the friendly words are praise when nothing is wrong.
    @Test(arguments: ["merci 🙏", "Merci pour le partage ❤️", "thank you so much", "love it ❤️"])
    func friendlyWordsAlonePraise(text: String) {
        #expect(Self.polarity(text) == 1, "\(text)")
    }

    /// A question asks rather than judges; a complaint asked as a question still complains.
    @Test(arguments: [
        ("Is it good for oily skin?", 0), ("c'est bien pour les peaux grasses ?", 0), ("c'est où exactement ?", 0),
        ("on l'applique avant ou après la crème hydratante ?", 0), ("love this, where can I buy it?", 1),
    ] as [(String, Int)])
    func questions(text: String, expected: Int) {
        #expect(Self.polarity(text) == expected, "\(text)")
    }

    /// Purchase intent: price, stock and size, where and how to buy, link and code, orders,
    /// in both languages, accents optional; not a price word in a statement, a question to the
    /// creator about herself, or a negated purchase.
    @Test(arguments: [
        ("Combien le sérum ?", true), ("combien le serum", true), ("c'est combien", true), ("prix ?", true),
        ("Prix svp", true), ("how much?", true), ("what's the price on the serum?", true), ("price?", true),
        ("dispo en 50 ml ?", true), ("encore dispo ?", true), ("en stock ?", true), ("restock when??", true),
        ("available in size 10?", true), ("taille 38 ?", true), ("do they have it in size 10?", true),
        ("où l'acheter ?", true), ("ou l'acheter", true), ("where can I buy it", true), ("how do I order?", true),
        // "commande" is "commandé" typed without its accent.
        ("lien ?", true), ("lien stp", true), ("link?", true), ("un code promo ?", true), ("commandé !", true),
        ("commande", true), ("just ordered 2", true), ("je vais l'acheter", true), ("vous livrez en Belgique ?", true),
        ("Je ne sais pas où l'acheter", true), ("pas de lien ?", true),
        ("bonne qualité pour le prix", false), ("tu mets combien de gouttes ?", false), ("quelle taille tu fais ?", false),
        ("what size are you wearing?", false), ("don't buy this, total scam", false), ("Never buying from them again", false),
        ("I bought the buyer's guide", true), ("J'adore cette crème", false),
    ] as [(String, Bool)])
    func purchaseIntent(text: String, expected: Bool) {
        #expect(CommentLexicon.read(text).hasPurchaseIntent == expected, "\(text)")
    }

    /// The lexicons are parsed once, lazily, into dictionaries: the published sizes.
    @Test func lexiconsAreLoaded() {
        #expect(CommentLexicon.englishReference.lexicon.count >= 7_400)
        #expect(CommentLexicon.french.lexicon.count >= 8_000)
        #expect(CommentLexicon.englishReference.lexicon["good"] == 1.9)
        #expect(CommentLexicon.french.lexicon["decue"] == -2.0)
        #expect(CommentLexicon.english.emoji[0x1F602] != nil)   // 😂 "face with tears of joy"
    }
}
