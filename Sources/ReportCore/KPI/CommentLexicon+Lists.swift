/// The French and English word lists of kpis.md §3 (listed in docs/kpis.md), read by
/// `CommentLexicon.read` through `CommentLexicon.table`.
///
/// Every list is written with accents and apostrophes as people type them and read through
/// the same tokenizer as the comments, so `déçue`, `decue` and `DÉÇUE` are one entry.
extension CommentLexicon {
    /// Phrases that signal an intent to buy (asking where, for how much, for a link or a code;
    /// saying one will buy or has just bought), matched as whole token sequences.
    public static let purchaseIntent: [String] = [
        // French
        "je vais l'acheter", "je l'achète", "l'acheter", "les acheter", "acheter où", "je vais craquer", "j'ai craqué",
        "commandé", "commandée", "commandés", "commander", "je commande", "commande passée", "acheté", "achetée", "achat",
        "je rachète", "rachète", "racheter", "où acheter", "où le trouver", "où la trouver", "où trouver", "le trouver",
        "la trouver", "trouvé où", "trouves où", "trouve où", "eu où", "vient d'où", "viennent d'où",
        "lien ?", "le lien", "lien stp", "lien svp", "lien pls", "code promo", "c'est combien", "combien ?",
        "combien ça coûte", "ça coûte", "quel prix", "prix ?", "dispo en", "dispo ?", "disponible en", "disponible ?",
        "en stock", "en rupture", "vous livrez", "dans mon panier", "au panier", "je veux le même", "je veux la même",
        "je le veux", "je la veux", "il me le faut", "il me la faut", "il me les faut", "besoin de ça",
        // English
        "buy", "buying", "bought", "ordered", "order it", "ordering", "where can i get", "where can i find",
        "where to get", "where did you get", "where'd you get", "where is this from", "where is it from",
        "where this is from", "where it's from", "link?", "link ?", "the link", "link pls", "link please", "link plz",
        "add to cart", "added to cart", "adding to cart", "in my cart", "need this", "need it", "want this",
        "how much is", "how much are", "how much does", "how much do", "how much for", "how much was", "how much ?",
        "price?", "price ?", "purchase", "purchased", "take my money", "discount code", "available in", "available ?",
        "ship to", "ships to", "shipping to", "restock", "back in stock", "in stock", "sold out", "i'm sold",
    ]

    /// Words that score +1.
    static let positive: [String] = [
        // French
        "bien", "bon", "bonne", "super", "superbe", "top", "génial", "géniale", "magnifique", "sublime", "beau", "belle",
        "joli", "jolie", "adore", "jadore", "aime", "jaime", "parfait", "parfaite", "excellent", "excellente",
        "incroyable", "merveilleux", "merveilleuse", "merveille", "canon", "efficace", "recommande", "bravo", "merci",
        "ravie", "ravi", "pépite", "douce", "doux", "agréable", "meilleur", "meilleure", "sympa", "délicieux",
        "délicieuse", "miam", "fan", "tuerie", "stylé", "stylée", "chou", "mimi", "bluffant", "bluffante", "validé",
        "approuvé", "approuvée", "convaincu", "convaincue", "hâte", "préféré", "préférée", "talent", "dingue",
        "rayonnante", "rayonnant", "contente", "content", "heureuse", "heureux", "vaut", "inspirant", "inspirante",
        "waouh", "wahou", "magique", "craquant", "craquante", "régal", "kiffe",
        // English
        "good", "great", "amazing", "awesome", "beautiful", "gorgeous", "perfect", "perfectly", "excellent", "nice",
        "wonderful", "fantastic", "best", "love", "loved", "loving", "loves", "luv", "lovely", "cute", "pretty",
        "stunning", "recommend", "obsessed", "fab", "fabulous", "thanks", "thank", "thx", "incredible", "impressed",
        "worth", "delicious", "yummy", "yum", "tasty", "adorable", "favourite", "favorite", "fave", "smooth", "nailed",
        "helpful", "wow", "slay", "flawless", "iconic", "glowing", "fire", "happy",
    ]

    /// Words that score −1.
    static let negative: [String] = [
        // French
        "mauvais", "mauvaise", "nul", "nulle", "horrible", "déçu", "déçue", "décevant", "décevante", "déception",
        "cher", "chère", "arnaque", "déteste", "moche", "pire", "bof", "inutile", "irritation", "allergie",
        "allergique", "problème", "retard", "regret", "regrette", "dommage", "cassé", "cassée", "injoignable",
        // English
        "bad", "terrible", "awful", "hate", "worst", "disappointed", "disappointing", "disappoint", "disappoints",
        "disappointment", "expensive", "scam", "ugly", "useless", "poor", "fake", "broke", "broken", "rash",
        "overpriced", "meh", "regrets", "waste", "ripoff", "greasy", "sticky", "breakout", "breakouts", "gross",
        "unfollow", "unfollowing", "downhill", "boring", "sucks", "trash",
    ]

    /// Set phrases (kpis.md §3), read before single words, in both languages. Each is matched
    /// as a whole token sequence after the tokenizer's folding (case, accents, `’`), the longest
    /// first from each token. Their words are read once, as the phrase: "pas terrible" is −1,
    /// not "terrible" flipped by "pas" to +1; "trop bien" is +1, not +1 for the phrase and
    /// +1 more for "bien". A negation before a phrase ends at it, and a phrase is never flipped:
    /// negation flips single words only ("pas beau", "not happy"). Score 0 is for phrases that
    /// look like a verdict and are not one: "pas mal de" (a lot of), "pas encore" (not yet).
    static let setPhrases: [(phrase: String, score: Int)] = [
        // French, positive: understatement ("pas mal", "pas déçue", "pas de souci") and praise.
        ("pas mal", 1), ("pas déçu", 1), ("pas déçue", 1), ("pas de souci", 1), ("pas de soucis", 1),
        ("trop bien", 1), ("coup de cœur", 1), ("donne envie", 1), ("à ravir", 1), ("de ouf", 1),
        // French, negative: "pas" before a word of praise, or before "terrible" used as praise.
        ("pas terrible", -1), ("pas top", -1), ("pas génial", -1), ("pas géniale", -1), ("pas ouf", -1), ("pas fou", -1),
        ("pas trop bien", -1), ("marche pas", -1), ("fonctionne pas", -1), ("rien de spécial", -1),
        // French, no verdict.
        ("pas mal de", 0), ("pas encore", 0), ("nulle part", 0),
        // "bien, sans plus": the praise before it is taken back.
        ("sans plus", -2),
        // English, positive.
        ("not bad", 1), ("not too bad", 1), ("no complaints", 1), ("can't wait", 1), ("cant wait", 1),
        ("holy grail", 1), ("made my day", 1), ("i like", 1), ("i really like", 1), ("like it", 1),
        // English, negative.
        ("not great", -1), ("not good", -1), ("not worth it", -1), ("not impressed", -1),
        ("didn't work", -1), ("doesn't work", -1), ("did not work", -1), ("does not work", -1),
        ("not working", -1), ("stopped working", -1), ("never again", -1), ("nothing special", -1),
        ("don't like", -1), ("dont like", -1), ("didn't like", -1),
        // English, no verdict.
        ("not sure", 0),
    ]

    /// Emoji that carry a verdict; the others (😂, 😭, 👀, 🤔…) are read as neutral. An emoji is
    /// not flipped by a negation: in "pas terrible 👎" both say the same.
    static let positiveEmoji: String = "❤♥😍🥰😘🔥👏🙌👍💯✨🤩💕💖💗💓💞💘💝😋🤤👌💪🤌😊☺🙂😁😀😃😄🥳💅🌟⭐🧡💛💚💙💜🤍🤎🫶😻🙏🥹✅👑😎🤗💋"
    static let negativeEmoji: String = "👎🤮🤢😡😠🤬😤😒🙄😞😔😢😩😫💔😖😣☹🙁😕🤡😓😟"

    /// Negations flip the next three words. `plus` negates only inside `ne … plus`: alone it
    /// compares ("encore plus belle"). `can't` and `couldn't` are left out: in comments they
    /// mostly stress ("couldn't be happier", "can't recommend it enough").
    static let negations: [String] = [
        "pas", "ne", "n", "jamais", "aucun", "aucune", "sans", "ni",
        "not", "no", "never", "don't", "dont", "isn't", "isnt", "wasn't", "wasnt", "didn't", "didnt", "doesn't",
        "doesnt", "nothing", "without", "wouldn't", "wouldnt", "won't", "aren't", "arent", "weren't", "haven't",
        "havent", "hasn't", "nor", "ain't",
    ]
    /// "jamais … aussi", "never … this/so": a comparison after these praises rather than negates
    /// ("ma peau n'a jamais été aussi douce").
    static let comparingNegations: [String] = ["jamais", "never"]
    static let comparatives: [String] = ["aussi", "autant", "si", "plus", "so", "this", "as", "such", "more"]
    /// After "mais" / "but" the verdict counts double: it is the one the reader keeps.
    static let contrasts: [String] = ["mais", "but", "however", "cependant", "pourtant"]
    /// Question words: in a clause that ends with `?`, words after them ask rather than judge
    /// ("is it good for oily skin?"); the auxiliaries count only when they open the clause.
    static let questionWords: [String] = [
        "où", "comment", "quel", "quelle", "quels", "quelles", "combien", "pourquoi", "quand",
        "where", "what", "what's", "how", "which", "why", "who", "when",
    ]
    static let questionOpeners: [String] = [
        "est", "is", "are", "does", "do", "did", "can", "could", "would", "will", "should", "was", "were", "any", "anyone",
    ]
}
