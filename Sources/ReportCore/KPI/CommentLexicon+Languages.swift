/// English and French for the VADER port: the vendored lexicons (parsed once, lazily, from
/// `LexiconData`) with the domain's entries over them, and each language's rule words.
/// English words are vaderSentiment 3.3.2's lists; French ones vaderSentiment-fr 1.3.4's,
/// completed with the negations, boosters and "mais" of docs/sentiment.md.
extension CommentLexicon {
    static let english: VaderLanguage = {
        var lang = englishReference
        for (word, v) in englishDomainWords { lang.lexicon[foldKey(word)] = v }
        for (w, v) in englishDomainBoosters { lang.boosters[w] = v }
        lang.negations.formUnion(englishDomainNegations)
        lang.domain = true
        return lang.withIdioms()
    }()

    /// VADER 3.3.2 as published: vader_lexicon.txt and the rules of vaderSentiment.py, without
    /// the domain's words and rules (what the reference tests compare with the Python code).
    static let englishReference: VaderLanguage = {
        let lexicon = VaderLanguage.parseLexicon(LexiconData.english)
        let b = boosterIncrement, d = boosterDecrement
        var boosters: [String: Double] = [:]
        for w in ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
                  "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
                  "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
                  "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
                  "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
                  "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
                  "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very"] { boosters[w] = b }
        for w in ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
                  "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
                  "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"] { boosters[w] = d }
        return VaderLanguage(
            lexicon: lexicon,
            emoji: VaderLanguage.parseEmoji(LexiconData.englishEmoji),
            negations: Set(["aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't",
                            "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt",
                            "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
                            "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
                            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't",
                            "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely",
                            "seldom", "despite"]),
            negatesNT: true,
            negatesAfterNe: [],
            boosters: boosters,
            contrasts: ["but"],
            specialCases: ["the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
                           "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5],
            noWord: "no",
            never: ["never"], neverComparatives: ["so", "this"],
            without: "without", doubt: "doubt", least: "least",
            postNegations: [], domain: false).withIdioms()
    }()

    static let french: VaderLanguage = {
        let b = boosterIncrement, d = boosterDecrement
        var boosters: [String: Double] = [:]
        // vaderSentiment-fr's BOOSTER_DICT, accents folded.
        for w in ["absolument", "ainsi", "archi", "beaucoup", "bigrement", "bougrement", "carrément", "complètement",
                  "considérablement", "davantage", "diablement", "diantrement", "divinement", "drôlement",
                  "délicieusement", "entièrement", "exceptionnel", "exceptionnelle", "exceptionnellement",
                  "exceptionnelles", "exceptionnels", "excessivement", "extra", "extrême", "extrêmement", "fabuleusement",
                  "fichtrement", "fort", "forte", "fortes", "forts", "grandement", "hyper", "impeccablement",
                  "incroyablement", "infiniment", "joliment", "merveilleusement", "prodigieusement", "profondément",
                  "rudement", "sacrément", "spécialement", "sublimement", "super", "superbement", "tant", "tellement",
                  "terriblement", "totalement", "trop", "très", "ultra", "vachement", "vraiment", "énormément"] {
            boosters[foldKey(w)] = b
        }
        for w in ["approximativement", "assez", "difficilement", "environ", "guère", "insuffisament", "insuffisamment",
                  "juste", "léger", "légers", "légère", "légèrement", "légères", "moins", "peu", "plutôt", "presque",
                  "quasi", "quasiment", "quelque", "quelque peu", "rare", "rarement", "à peine", "à peu près"] {
            boosters[foldKey(w)] = d
        }
        for (w, v) in frenchDomainBoosters { boosters[foldKey(w)] = v }
        var lexicon = VaderLanguage.parseLexicon(LexiconData.french)
        // A booster is read as a booster: vaderSentiment-fr scores "vraiment" (1.9) as a word
        // too, which stops it from boosting the next one ("vraiment top").
        for w in boosters.keys { lexicon[w] = nil }
        // …and a negation as a negation: a lexicon word before a word stops the negation check.
        for w in ["pas", "jamais", "rien", "sans", "ni", "aucun", "aucune", "personne", "plus", "zero"] { lexicon[w] = nil }
        for (word, v) in frenchDomainWords { lexicon[foldKey(word)] = v }
        return VaderLanguage(
            lexicon: lexicon,
            emoji: VaderLanguage.parseEmoji(LexiconData.frenchEmoji),
            negations: Set(["pas", "jamais", "rien", "aucunement", "nullement", "sans", "ni", "aucun", "aucune", "personne"]
                .map(foldKey)).union(frenchDomainNegations.map(foldKey)),
            negatesNT: false,
            negatesAfterNe: ["plus"],
            boosters: boosters,
            contrasts: ["mais", "cependant", "pourtant"],
            specialCases: [:],
            noWord: nil,
            never: ["jamais"], neverComparatives: ["aussi", "si", "autant", "tellement"],
            without: "sans", doubt: "doute", least: nil,
            postNegations: ["pas", "plus", "jamais"]).withIdioms()
    }()

    /// Accent-folded lower case, as `fold` reads comment tokens (lexicon keys and words alike).
    static func foldKey(_ word: String) -> String {
        // Fast path: plain lower-case ASCII needs no folding.
        if word.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return word }
        var out = String.UnicodeScalarView()
        for s in word.unicodeScalars {
            if s == "’" { out.append("'"); continue }
            for l in s.properties.lowercaseMapping.unicodeScalars { fold(l, into: &out) }
        }
        return String(out)
    }
}
