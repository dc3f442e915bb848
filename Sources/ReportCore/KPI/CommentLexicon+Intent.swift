/// Purchase intent (kpis.md §3 `purchase_intent_comments`): a comment that says its writer
/// will buy, has bought, or asks what a buyer asks — the price, the stock or a size, where or
/// how to buy, a link or a code — in French or English, accents optional (docs/sentiment.md).
extension CommentLexicon {
    /// Phrases that are intent wherever they stand (unless negated: "don't buy this").
    public static let purchaseIntent: [String] = [
        // French: buying, having bought, wanting
        "je vais l'acheter", "je l'achète", "l'acheter", "les acheter", "acheter où", "je vais craquer", "j'ai craqué",
        "commandé", "commandée", "commandés", "commandées", "commander", "je commande", "commande passée", "acheté",
        "achetée", "je rachète", "rachetée", "racheté", "je rachèterai", "je rachèterais", "ma commande", "on commande",
        "je l'ai pris", "je l'ai prise", "pris en", "je me le suis pris", "je me la suis prise", "reçu ma", "reçu hier",
        "reçu le colis", "enfin reçu", "colis", "livraison", "livré", "livrée", "remboursé", "remboursement", "renvoyer",
        "réservé", "réservée", "réserver", "j'ai réservé", "existe en", "version", "format voyage", "grandes tailles",
        "vous faites les", "vous faites des", "taille grand", "taille petit", "pris où", "tu l'as pris où",
        "quelle boutique", "quel magasin", "on le trouve", "on la trouve", "rupture", "restockez", "soldes",
        "black friday", "rachète", "racheter", "je prends", "je le prends", "je la prends",
        "dans mon panier", "au panier", "je veux le même", "je veux la même", "je le veux", "je la veux", "il me le faut",
        "il me la faut", "il me les faut", "besoin de ça", "où acheter", "où le trouver", "où la trouver", "où trouver",
        "où on trouve", "où commander", "où l'acheter", "où est-ce qu'on", "ou ca s'achete", "trouvé où", "trouves où",
        "trouve où", "eu où", "vient d'où", "viennent d'où", "ça s'achète où", "on l'achète où",
        // French: price, link, code, stock, delivery
        "c'est combien", "combien ça coûte", "ça coûte", "ça coute combien", "quel prix",
        "code promo", "un code", "le code", "le lien", "lien stp", "lien svp", "lien pls", "lien en bio", "en stock",
        "en rupture", "de retour en stock", "réassort", "restock", "vous livrez", "livrez en", "livraison en", "dispo en",
        "disponible en", "dispo où", "encore dispo", "toujours dispo", "c'est dispo", "est dispo",
        // English
        "buy", "buying", "bought", "ordered", "order it", "ordering", "pre-ordered", "preordered", "where can i get",
        "where can i find", "where can i buy", "where to buy", "where to get", "where do i get", "where do you get",
        "where did you get", "where'd you get", "where is this from", "where is it from", "where this is from",
        "where it's from", "how do i order", "how can i order", "how to order", "the link", "link pls", "link please",
        "link plz", "link in bio", "add to cart", "added to cart", "adding to cart", "in my cart", "need this",
        "need it", "want this", "what's the price", "purchased", "my order", "order got",
        "got mine", "got it in", "package", "parcel", "shipping", "delivered", "arrived", "refund", "returned",
        "send it back", "sent it back", "booked", "book this", "booking", "come in", "comes in", "version",
        "travel size", "do you carry", "any chance of", "run big", "run small", "runs small", "runs big", "out of stock",
        "restocked", "on sale", "a sale", "black friday", "is it in",
        "take my money", "discount code", "promo code", "any code", "a code", "available in", "ship to", "ships to",
        "shipping to", "deliver to", "restock", "restocking", "back in stock", "in stock", "sold out", "i'm sold",
        "copping", "copped", "cop it",
    ]

    /// Words that are intent in a question ("prix ?", "dispo ?", "taille 38 ?", "link?") or in
    /// a short comment of at most four words ("lien stp", "price pls").
    public static let purchaseQuestions: [String] = [
        "prix", "tarif", "lien", "code", "dispo", "disponible", "stock", "taille", "tailles", "pointure", "coloris",
        "livraison", "livrez", "livrer", "commander", "acheter", "trouver", "vendu", "vendez", "existe", "reste",
        "places", "réserve", "réserver", "baisser", "promo", "arrive", "teinte", "teintes",
        "price", "prices", "cost", "link", "code", "available", "availability", "stock", "size", "sizes", "shipping",
        "book", "sale", "discount", "xs", "xl", "shade", "shades", "from",
        "ship", "deliver", "delivery", "buy", "sell", "sold",
    ]

    /// What the intent reader needs to know of one token.
    struct Entry: Sendable {
        var negation = false, questionWord = false
        var intents: [[String]] = []
        var asks = false
    }

    static let intentNegations: [String] = [
        "pas", "ne", "n", "jamais", "aucun", "aucune", "sans", "ni",
        "not", "no", "never", "don't", "dont", "isn't", "wasn't", "didn't", "didnt", "doesn't", "doesnt", "won't",
        "wouldn't", "nothing", "without",
    ]

    static let table: [String: Entry] = {
        var t: [String: Entry] = [:]
        for w in intentNegations { for k in tokens(w, vocabulary: nil) { t[k, default: Entry()].negation = true } }
        for w in questionWords { for k in tokens(w, vocabulary: nil) { t[k, default: Entry()].questionWord = true } }
        for w in purchaseQuestions { for k in tokens(w, vocabulary: nil) { t[k, default: Entry()].asks = true } }
        for phrase in purchaseIntent {
            let p = tokens(phrase, vocabulary: nil)
            guard let first = p.first else { continue }
            if !(t[first]?.intents ?? []).contains(p) { t[first, default: Entry()].intents.append(p) }
            for w in p.dropFirst() where t[w] == nil { t[w] = Entry() }   // known to the elongation rule
        }
        return t
    }()

    static let howMuchFollowers: Set<String> = [
        "?", ".", "is", "are", "does", "do", "did", "for", "was", "were", "in", "per", "would", "will", "it", "they", "does",
        "shipping", "delivery", "to", "each", "now", "again", "with",
    ]

    /// "quelle taille tu fais ?", "what size are you wearing?": a question to the creator
    /// about herself, not a buyer's.
    static func asksTheCreator(_ clause: ArraySlice<String>) -> Bool {
        clause.contains { ["fais", "portes", "porte", "wearing", "wear", "mets", "prends", "use", "using"].contains($0) }
    }

    /// Emoji are separators for the intent reader.
    static let emojiScalars: Set<UInt32> = []

    static func matches(_ p: [String], _ words: [String], at i: Int) -> Bool {
        i + p.count <= words.count && zip(p, words[i..<(i + p.count)]).allSatisfy { $0 == $1 }
    }

    /// One pass over the comment's clauses. A negation before a phrase (three words) cancels
    /// it ("don't buy this"), except in a question ("pas de lien ?" still asks for the link);
    /// a question word ends the negation ("je ne sais pas où l'acheter").
    public static func hasPurchaseIntent(_ text: String) -> Bool {
        let words = tokens(text, vocabulary: table)
        let wordCount = words.filter { $0 != "." && $0 != "?" }.count
        var start = 0
        for end in words.indices where words[end] == "." || words[end] == "?" || end == words.count - 1 {
            let question = words[end] == "?"
            var negateFor = 0
            for i in start...end {
                let w = words[i]
                guard let e = table[w] else {
                    if negateFor > 0 { negateFor -= 1 }
                    continue
                }
                if e.questionWord { negateFor = 0 }
                if e.intents.contains(where: { matches($0, words, at: i) }) && (negateFor == 0 || question) { return true }
                if e.asks && (question || (wordCount <= 4 && negateFor == 0)) && !asksTheCreator(words[start...end]) { return true }
                // "combien ?", "c'est combien", "combien le sérum" ask a price; "combien de
                // gouttes", "combien de temps" do not.
                // "how much?", "how much is it", "how much per night": a price; "how much sugar
                // did you use?" is not.
                if w == "how" && i + 1 < words.count && words[i + 1] == "much"
                    && (i + 2 == words.count || howMuchFollowers.contains(words[i + 2])) { return true }
                if w == "combien" && !(i + 1 < words.count && ["de", "d'", "temps", "tu", "vous"].contains(words[i + 1])) { return true }
                if e.negation { negateFor = 3 } else if negateFor > 0 { negateFor -= 1 }
            }
            start = end + 1
        }
        return false
    }
}
