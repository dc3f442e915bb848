/// The documented French and English lexicons of kpis.md §3 (listed in docs/kpis.md):
/// comment quality, purchase intent and sentiment with set phrases and negation.
///
/// Every list is written with accents and apostrophes as people type them and read through
/// the same tokenizer as the comments, so `déçue`, `decue` and `DÉÇUE` are one entry.
public enum CommentLexicon {
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
        "helpful", "wow", "slay", "flawless", "iconic", "glowing", "fire",
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

    /// Set phrases, read before single words and never flipped by a negation before them
    /// (kpis.md §3): "pas terrible" is negative although "terrible" is negative and "pas"
    /// flips; "pas mal de" (a lot of) and "pas encore" (not yet) say nothing.
    static let setPhrases: [(phrase: String, score: Int)] = [
        ("pas mal", 1), ("trop bien", 1), ("coup de cœur", 1), ("donne envie", 1), ("à ravir", 1), ("de ouf", 1),
        ("pas terrible", -1), ("pas top", -1), ("pas ouf", -1), ("pas fou", -1), ("pas trop bien", -1),
        ("marche pas", -1), ("fonctionne pas", -1), ("rien de spécial", -1), ("pas mal de", 0), ("pas encore", 0), ("nulle part", 0),
        // "bien, sans plus": the praise before it is taken back.
        ("sans plus", -2),
        ("not bad", 1), ("not too bad", 1), ("no complaints", 1), ("can't wait", 1), ("cant wait", 1),
        ("holy grail", 1), ("made my day", 1), ("i like", 1), ("i really like", 1), ("like it", 1),
        ("not great", -1), ("didn't work", -1), ("doesn't work", -1), ("did not work", -1), ("does not work", -1),
        ("not working", -1), ("stopped working", -1), ("never again", -1), ("nothing special", -1),
        ("don't like", -1), ("dont like", -1), ("didn't like", -1), ("not sure", 0),
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

    /// What one comment says, by the rules of kpis.md §3.
    public struct Reading: Sendable, Hashable {
        public let isQuality: Bool
        public let hasPurchaseIntent: Bool
        /// +1 positive, −1 negative, 0 neutral.
        public let polarity: Int
    }

    /// What the reader needs to know of one token, found with one hash lookup.
    struct Entry: Sendable {
        var polarity = 0
        var emoji = 0
        var negation = false, comparingNegation = false, comparative = false, contrast = false
        var questionWord = false, questionOpener = false
        var phrases: [(tokens: [String], score: Int)] = []
        var intents: [[String]] = []
    }

    /// Every lexicon token (the first of each phrase carrying its phrases, longest first).
    static let table: [String: Entry] = {
        var t: [String: Entry] = [:]
        func single(_ list: [String], _ set: (inout Entry) -> Void) {
            for w in list { for token in tokens(w, vocabulary: nil) { set(&t[token, default: Entry()]) } }
        }
        single(positive) { $0.polarity = 1 }
        single(negative) { $0.polarity = -1 }
        single(negations) { $0.negation = true }
        single(comparingNegations) { $0.comparingNegation = true }
        single(comparatives) { $0.comparative = true }
        single(contrasts) { $0.contrast = true }
        single(questionWords) { $0.questionWord = true }
        single(questionOpeners) { $0.questionOpener = true }
        for s in positiveEmoji.unicodeScalars { t[String(s), default: Entry()].emoji = 1 }
        for s in negativeEmoji.unicodeScalars { t[String(s), default: Entry()].emoji = -1 }
        for (phrase, score) in setPhrases {
            let p = tokens(phrase, vocabulary: nil)
            guard let first = p.first else { continue }
            t[first, default: Entry()].phrases.append((p, score))
        }
        for phrase in purchaseIntent {
            let p = tokens(phrase, vocabulary: nil)
            guard let first = p.first else { continue }
            if !(t[first]?.intents ?? []).contains(p) { t[first, default: Entry()].intents.append(p) }
            for w in p.dropFirst() where t[w] == nil { t[w] = Entry() }   // known to the elongation rule
        }
        for (k, e) in t {
            t[k]?.phrases = e.phrases.sorted { $0.tokens.count > $1.tokens.count }
            for (p, _) in e.phrases { for w in p where t[w] == nil { t[w] = Entry() } }
        }
        return t
    }()

    /// Emoji scalars, for the tokenizer.
    static let emojiScalars: Set<UInt32> = Set((positiveEmoji + negativeEmoji).unicodeScalars.map(\.value))

    static func matches(_ p: [String], _ words: [String], at i: Int) -> Bool {
        i + p.count <= words.count && zip(p, words[i..<(i + p.count)]).allSatisfy { $0 == $1 }
    }

    /// One pass over the comment's tokens: quality, intent and sentiment. Phrases and
    /// lexicon words match whole tokens (so `buy` does not match `buyer`).
    public static func read(_ text: String) -> Reading {
        let words = tokens(text, vocabulary: table)
        var intent = false
        var total = 0
        // The clause being read: its score before and after a question word, and whether a
        // negated purchase phrase waits for a `?` ("pas de lien ?" still asks for the link).
        var head = 0, tail = 0, asking = false, clauseLength = 0, negatedIntent = false
        var negateFor = 0, comparing = false, weight = 1, phraseEnd = 0
        func endClause(question: Bool) {
            total += question ? (asking ? head : 0) : head + tail
            if question && negatedIntent { intent = true }
            head = 0; tail = 0; asking = false; clauseLength = 0; negatedIntent = false; negateFor = 0
        }
        func add(_ s: Int) {
            if asking { tail += s * weight } else { head += s * weight }
        }
        for (i, w) in words.enumerated() {
            if w == "." || w == "?" {
                endClause(question: w == "?")
                continue
            }
            let entry = table[w]
            defer { clauseLength += 1 }
            guard let e = entry else {
                if i >= phraseEnd && negateFor > 0 { negateFor -= 1 }
                continue
            }
            if !intent, !e.intents.isEmpty, e.intents.contains(where: { matches($0, words, at: i) }) {
                if negateFor > 0 { negatedIntent = true } else { intent = true }
            }
            if e.questionWord || (clauseLength == 0 && e.questionOpener) {
                asking = true
                negateFor = 0
            }
            if i < phraseEnd { continue }
            if let (p, score) = e.phrases.first(where: { matches($0.tokens, words, at: i) }) {
                add(score)
                negateFor = 0
                phraseEnd = i + p.count
                continue
            }
            if e.emoji != 0 {
                add(e.emoji)
                continue
            }
            if e.contrast {
                weight = 2
                negateFor = 0
                continue
            }
            if comparing && negateFor > 0 && e.comparative {
                negateFor = 0
                continue
            }
            if e.negation || (w == "plus" && negateFor > 0) {
                negateFor = 3
                comparing = e.comparingNegation
                continue
            }
            var s = e.polarity
            if negateFor > 0 {
                negateFor -= 1
                s = -s
            }
            add(s)
        }
        endClause(question: false)
        return Reading(isQuality: qualityWordCount(text) >= 4, hasPurchaseIntent: intent, polarity: total > 0 ? 1 : (total < 0 ? -1 : 0))
    }

    /// Words left once URLs (`http(s)://…`, `www.…`), @mentions and #hashtags are removed and
    /// every character that is not a letter or digit becomes a space.
    public static func qualityWordCount(_ text: String) -> Int {
        // One pass: words are counted per whitespace-separated chunk and kept unless the
        // chunk turns out to be a link, a mention or a hashtag.
        var total = 0, chunkWords = 0, prefix = "", chunkLength = 0, inWord = false
        func endChunk() {
            let skip = prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("www.")
                || prefix.hasPrefix("@") || prefix.hasPrefix("#")
            if !skip { total += chunkWords }
            chunkWords = 0; prefix = ""; chunkLength = 0; inWord = false
        }
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || (!scalar.isASCII && scalar.properties.isWhitespace) {
                if chunkLength > 0 { endChunk() }
                continue
            }
            if chunkLength < 8 {
                prefix.unicodeScalars.append(scalar.isASCII && scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
            }
            chunkLength += 1
            if isWordScalar(scalar) {
                if !inWord { chunkWords += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        if chunkLength > 0 { endChunk() }
        return total
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// French elided words split off their word: "j'adore" reads as `j'` `adore`, "n'est" as `n` `est`.
    static let elisions: Set<String> = ["l", "j", "c", "d", "m", "t", "s", "qu", "jusqu", "lorsqu", "puisqu"]

    /// Accents typed or not read the same ("tres", "decue"); `â` is kept so "hâte" (looking
    /// forward) is not read as the English "hate".
    static func fold(_ s: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        switch s.value {
        case 0xE0, 0xE1, 0xE4: out.append("a")
        case 0xE7: out.append("c")
        case 0xE8, 0xE9, 0xEA, 0xEB: out.append("e")
        case 0xEC, 0xED, 0xEE, 0xEF: out.append("i")
        case 0xF2, 0xF3, 0xF4, 0xF6: out.append("o")
        case 0xF9, 0xFA, 0xFB, 0xFC: out.append("u")
        case 0x153: out.append("o"); out.append("e")
        case 0xE6: out.append("a"); out.append("e")
        default: out.append(s)
        }
    }

    /// Lower-cased, accent-folded tokens: runs of letters, digits and apostrophes (`’` read as
    /// `'`); `?` as a token; `.` for the end of any other clause (`, . ! ; : …`, new line); each
    /// verdict emoji as a token. @mentions and links are skipped (names, not words). With a
    /// vocabulary, a stretched word ("trooop", "merciii") reads as the lexicon word it stretches.
    static func tokens(_ text: String, vocabulary: [String: Entry]?) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var stretched = false, run = 0, last: Unicode.Scalar = " ", skipping = false
        func emit(_ word: String) {
            if stretched, let vocabulary {
                let two = squeeze(word, to: 2)
                if vocabulary[two] != nil { out.append(two); return }
                let one = squeeze(word, to: 1)
                out.append(vocabulary[one] != nil ? one : two)
            } else {
                out.append(word)
            }
        }
        func flush() {
            defer { current = String.UnicodeScalarView(); stretched = false; run = 0; last = " " }
            while current.first == "'" { current.removeFirst() }
            guard !current.isEmpty else { return }
            let word = String(current)
            if let apostrophe = word.firstIndex(of: "'"), apostrophe != word.startIndex {
                let head = String(word[..<apostrophe])
                let rest = String(word[word.index(after: apostrophe)...])
                if !rest.isEmpty && (head == "n" || elisions.contains(head)) {
                    out.append(head == "n" ? "n" : head + "'")
                    emit(rest)
                    return
                }
            }
            emit(word)
        }
        func boundary(_ token: String) {
            flush()
            if out.last != token && !(token == "." && out.last == "?") && !out.isEmpty { out.append(token) }
        }
        func append(_ s: Unicode.Scalar) {
            run = s == last ? run + 1 : 1
            if run >= 3 { stretched = true }
            last = s
            current.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if skipping {
                if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || (!scalar.isASCII && scalar.properties.isWhitespace) { skipping = false }
                continue
            }
            if scalar.isASCII {
                if v >= 0x41 && v <= 0x5A {
                    append(Unicode.Scalar(v + 32) ?? scalar)
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x27 {
                    append(scalar)
                } else if v == 0x40 && current.isEmpty {
                    skipping = true
                } else if (v == 0x3A && (current.count == 4 || current.count == 5) && (String(current) == "http" || String(current) == "https"))
                            || (v == 0x2E && current.count == 3 && String(current) == "www") {
                    current = String.UnicodeScalarView()
                    skipping = true
                } else if v == 0x3F {
                    boundary("?")
                } else if v == 0x2C || v == 0x2E || v == 0x21 || v == 0x3B || v == 0x3A || v == 0x0A || v == 0x0D {
                    boundary(".")
                } else {
                    flush()
                }
            } else if scalar == "’" {
                append("'")
            } else if isWordScalar(scalar) {
                for s in scalar.properties.lowercaseMapping.unicodeScalars { fold(s, into: &current) }
                run = 0; last = " "
            } else if scalar == "…" {
                boundary(".")
            } else if emojiScalars.contains(v) {
                flush()
                out.append(String(scalar))
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The word with every run of a letter cut to `limit`.
    static func squeeze(_ word: String, to limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " ", run = 0
        for s in word.unicodeScalars {
            run = s == last ? run + 1 : 1
            last = s
            if run <= limit { out.append(s) }
        }
        return String(out)
    }
}
