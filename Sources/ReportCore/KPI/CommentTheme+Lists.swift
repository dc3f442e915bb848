/// The themes lexicon of kpis.md §3, French and English, documented in docs/comment-themes.md.
/// Entries are written with their accents for the reader; matching ignores accents and case
/// (`peau a brûlé` matches "ma peau a brule"). A trailing `*` matches any word the entry begins
/// (`rougeur*`: rougeur, rougeurs). Single words that mean something else in another vertical
/// ("boutons" of a jacket, a cake that "a brûlé", "sick" as praise) only appear inside phrases.
enum ThemeLexicon {
    static let lists: [(CommentTheme, [String])] = [
        (.price, [
            "prix", "price*", "pricey", "cher", "chère", "chers", "chères", "expensive", "cheap*", "overpriced",
            "abordable", "affordable", "coût", "coûte", "coûtent", "coûteux", "coûteuse", "cost", "costs", "costly", "combien",
            "how much", "€", "$", "euro", "euros", "dollar*",
            "tarif*", "budget", "promo", "promos", "promotion", "réduc", "réduction", "discount*", "soldes", "rapport qualité prix", "qualité prix",
            "value for money", "worth the money", "worth it", "vaut le coup", "vaut pas le coup", "hors de prix",
            "ruineux", "ruine", "bon plan", "deal",
        ]),
        (.productExperience, [
            "qualité", "quality", "odeur*", "smell*", "parfum*", "scent*", "fragrance*", "sent bon", "sent mauvais",
            "sent trop", "sent le", "goût", "goûts", "taste*", "tasty", "saveur*", "flavo*", "délicieu*", "delicious", "texture*",
            "consistance", "fondant*", "gras", "grasse", "greasy", "oily", "sticky", "collant*", "colle", "tenue", "tient",
            "lasts", "long lasting", "lasting", "pigment*", "couvrance", "coverage", "hydrat*", "moisturi*", "nourri*",
            "fits", "fit perfectly", "fits perfectly", "true to size", "runs small", "runs large", "runs big",
            "taille petit", "taille grand", "taille bien", "taillent petit", "taillent grand", "coupe", "tissu*", "fabric*",
            "matière*", "material*", "efficace*", "effective", "efficient", "works", "worked", "ça marche", "marche bien",
            "marche pas", "résultat*", "result*", "rendu", "finish", "fini mat", "batterie", "battery", "autonomie",
            "confort*", "comfort*", "comfy", "doux", "douce", "soft", "léger", "légère", "lightweight", "couleur*",
            "color*", "colour*", "teinte*", "shade*", "croustillant*", "crispy", "sucré", "sucrée", "sweet", "salty",
            "durable", "solide", "sturdy", "cheap quality", "mauvaise qualité",
        ]),
        (.adverseReaction, [
            // Allergy and skin reaction.
            "allerg*", "réaction allergique", "réaction cutanée", "skin reaction", "allergic reaction", "eu une réaction",
            "fait une réaction", "having a reaction", "had a reaction", "fait réagir", "a réagi", "ai réagi", "reacted", "irritation*",
            "irrité", "irritée", "irrités", "irritées", "irritated", "eczéma", "eczema", "urticaire", "hives",
            "plaques rouges", "rougeur*", "redness", "red patches", "rash*", "gonflé*", "gonflement*", "swelling",
            "swollen", "œdème", "oedeme",
            // Burn.
            "brûlure*", "ça brûle", "ça me brûle", "ça m'a brûlé", "m'a brûlé", "m'a brûlée", "peau a brûlé",
            "brûle la peau", "brûle les yeux", "brûlait", "burning", "burns my", "burned my", "burnt my", "it burns",
            "it burned", "chemical burn",
            // Itch and sting.
            "démang*", "me gratte", "m'a gratté", "itch*", "mal au coeur", "pique les yeux", "piquent les yeux", "yeux qui piquent",
            "ça me pique", "ça m'a piqué", "pique la peau", "picot*", "tiraille*", "sting", "stings", "stinging", "stung",
            "eyes watering",
            "yeux qui pleurent",
            // Breakouts.
            "eu des boutons", "fait des boutons", "donné des boutons", "donne des boutons", "plein de boutons",
            "boutons partout", "poussée de boutons", "poussée d'acné", "broke out", "breaking out", "broke me out",
            "break me out", "break out", "breakout*", "skin broke", "cystic",
            // Feeling sick.
            "nausée*", "nauséeu*", "nausea*", "nauseous", "feel sick", "felt sick", "feeling sick", "made me sick",
            "rendu malade", "rendue malade", "mal au ventre", "mal au cœur", "mal à la tête", "vomi*", "vomit*",
            "diarrhée*", "diarrhea", "stomach ache", "stomachache", "upset stomach", "headache", "migraine",
        ]),
        (.availability, [
            "stock", "en stock", "rupture*", "out of stock", "sold out", "back in stock", "restock*", "réassort*",
            "épuisé*", "dispo", "disponible*", "available", "availability", "unavailable", "indisponible*",
            "livraison*", "livrée", "delivery", "delivered", "deliver", "shipping", "shipped", "ships",
            "ship to", "expédié", "expédiée", "expédier", "colis", "parcel", "ma commande", "my order", "pas reçu", "jamais reçu",
            "not received", "never arrived", "arrivé cassé", "tailles", "sizes", "en taille", "in size",
            "plus size", "grande taille", "petite taille", "quelle taille", "what size", "où le trouver",
            "où la trouver", "où trouver", "où l'acheter", "où acheter", "où le commander", "where to find",
            "where can i find", "where can i get", "where can i buy", "where to buy", "where do i buy",
            "en magasin", "in store", "in stores", "en boutique", "précommande*", "pre order", "preorder*",
        ]),
        (.howTo, [
            "comment l'utiliser", "comment utiliser", "comment on l'utilise", "comment tu l'utilises",
            "comment vous l'utilisez", "comment l'appliquer", "comment appliquer", "comment tu l'appliques",
            "comment le porter", "comment la porter", "comment porter", "comment le cuisiner", "comment faire",
            "how to use", "how do you use", "how do i use", "how to apply", "how do you apply", "how do i apply",
            "how to wear", "how to style", "how do you wear", "how to cook", "how often", "how many times",
            "how long do", "combien de fois", "à quelle fréquence", "quelle fréquence", "combien de temps",
            "mode d'emploi", "utilisation", "tuto*", "tutorial*", "routine*", "j'applique", "tu appliques",
            "appliquer", "apply", "étape*", "step by step", "matin ou soir", "morning or night",
            "am or pm", "avant ou après", "before or after", "recette*", "recipe*", "cuisson", "installer",
            "install", "setup", "set up",
        ]),
    ]

    /// Words that make an `adverse_reaction` entry state its own subject ("ma peau a brûlé").
    static let subjects: Set<String> = ["j", "je", "i", "my", "ma", "mon", "mes"]

    /// Absence and relief words: "zéro irritation", "no breakouts", "pas de réaction", "aucune
    /// rougeur", "sans brûlure", "calms redness". `n`, `ne`, `didn`… are the negated verbs.
    static let absence: Set<String> = [
        "pas", "aucun", "aucune", "zero", "0", "sans", "ni", "jamais", "ne", "n", "no", "not", "never", "without", "none",
        "nor", "didn", "doesn", "don", "isn", "wasn", "hasn", "haven", "won", "moins", "less", "fewer", "anti", "calme",
        "calmer", "apaise", "apaiser", "soothe", "soothes", "soothing", "calms", "calm", "reduce", "reduces",
        "reduit", "attenue", "contre", "against", "free",
    ]

    /// Asking where, how or how much (kpis.md §3 quote class `question`), beside a final `?`.
    static let questions: [String] = [
        "où l'acheter", "où acheter", "où le trouver", "où la trouver", "où trouver", "où est ce",
        "où peut", "where can", "where do", "where to", "where is", "where did", "where are", "combien",
        "c'est combien", "quel prix", "how much", "what's the price", "whats the price", "comment on", "comment tu",
        "comment vous", "comment l'", "comment faire", "comment utiliser", "comment appliquer", "how do", "how to",
        "how can", "how often", "how long", "lien svp", "link please", "link pls",
    ]

    /// Entries by their first word; single-word stems apart (they need a prefix test).
    static let index: [String: [ThemeEntry]] = {
        var t: [String: [ThemeEntry]] = [:]
        for (theme, list) in lists {
            for phrase in list {
                let e = ThemeEntry(theme, phrase)
                if !(e.stem && e.words.count == 1) { t[e.words[0], default: []].append(e) }
            }
        }
        return t
    }()

    /// Single-word stems by their first `stemKeyLength` bytes (every stem is at least that long).
    static let stemKeyLength = 3
    static func stemKey(_ word: String) -> String { String(decoding: word.utf8.prefix(stemKeyLength), as: UTF8.self) }
    static let stems: [String: [ThemeEntry]] = {
        var t: [String: [ThemeEntry]] = [:]
        for (theme, list) in lists {
            for phrase in list {
                let e = ThemeEntry(theme, phrase)
                if e.stem && e.words.count == 1 { t[stemKey(e.words[0]), default: []].append(e) }
            }
        }
        return t
    }()

    static let questionIndex: [String: [ThemeEntry]] = {
        var t: [String: [ThemeEntry]] = [:]
        for phrase in questions {
            let e = ThemeEntry(.howTo, phrase)
            t[e.words[0], default: []].append(e)
        }
        return t
    }()

    /// True when an absence word stands within the three words before `i`, in the same clause.
    static func absent(_ words: [String], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 3 {
            if words[k] == ThemeTokens.clauseBreak { return false }
            if absence.contains(words[k]) { return true }
            k -= 1
        }
        return false
    }
}
