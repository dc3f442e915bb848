/// The documented French and English lexicons of kpis.md §3 (listed in docs/kpis.md):
/// comment quality, purchase intent and sentiment with negation.
public enum CommentLexicon {
    /// Phrases that signal an intent to buy, matched as substrings of the lower-cased comment.
    public static let purchaseIntent: [String] = [
        // French
        "je vais l'acheter", "je vais l’acheter", "je l'achète", "je l’achète", "je vais craquer", "j'ai craqué", "j’ai craqué",
        "commandé", "commande passée", "je commande", "où l'acheter", "où l’acheter", "où acheter", "où le trouver",
        "où la trouver", "où trouver", "lien ?", "lien?", "le lien", "code promo", "c'est combien", "c’est combien",
        "quel prix", "ça coûte", "dans mon panier", "ajouté au panier", "je veux le même", "je veux la même", "je le veux",
        "je la veux", "besoin de ça",
        // English
        "buy", "buying", "bought", "ordered", "order it", "ordering", "commandée", "commandés", "acheté", "achetée", "where can i get", "where can i find", "where to get",
        "link?", "link ?", "add to cart", "added to cart", "in my cart", "need this", "need it", "want this",
        "how much", "price?", "purchase", "purchased", "take my money", "discount code",
    ]

    static let positive: Set<String> = [
        // French
        "bien", "bon", "bonne", "super", "top", "génial", "géniale", "magnifique", "sublime", "beau", "belle", "adore",
        "j'adore", "j’adore", "aime", "j'aime", "j’aime", "parfait", "parfaite", "excellent", "excellente", "incroyable",
        "merveilleux", "merveilleuse", "love", "canon", "efficace", "recommande", "bravo", "merci", "ravie", "ravi",
        "pépite", "douce", "doux", "agréable",
        // English
        "good", "great", "amazing", "awesome", "beautiful", "gorgeous", "perfect", "excellent", "nice", "wonderful",
        "fantastic", "best", "loved", "like", "cute", "stunning", "recommend", "obsessed", "fab", "fabulous", "thanks",
    ]

    static let negative: Set<String> = [
        // French
        "mauvais", "mauvaise", "nul", "nulle", "horrible", "déçu", "déçue", "décevant", "décevante", "cher", "chère",
        "arnaque", "déteste", "moche", "pire", "bof", "inutile", "irritation", "allergie", "problème", "retard",
        // English
        "bad", "terrible", "awful", "hate", "worst", "disappointed", "disappointing", "expensive", "scam", "ugly",
        "useless", "poor", "fake", "broke", "broken", "rash", "overpriced", "meh",
    ]

    /// Words that flip the polarity of the next three words.
    static let negations: Set<String> = [
        "pas", "ne", "n", "jamais", "plus", "aucun", "aucune", "sans", "ni",
        "not", "no", "never", "don't", "dont", "isn't", "isnt", "wasn't", "didn't", "doesn't", "nothing", "without",
    ]

    /// What one comment says, by the rules of kpis.md §3.
    public struct Reading: Sendable, Hashable {
        public let isQuality: Bool
        public let hasPurchaseIntent: Bool
        /// +1 positive, −1 negative, 0 neutral.
        public let polarity: Int
    }

    /// Intent phrases as token sequences, indexed by their first token.
    static let intentIndex: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for phrase in purchaseIntent {
            let tokens = tokens(phrase)
            guard let first = tokens.first else { continue }
            if !(index[first] ?? []).contains(tokens) { index[first, default: []].append(tokens) }
        }
        return index
    }()

    /// One pass over the comment's tokens: quality, intent and sentiment. Phrases and
    /// lexicon words match whole tokens (so `buy` does not match `buyer`).
    public static func read(_ text: String) -> Reading {
        let words = tokens(text)
        var intent = false
        var score = 0
        var negateFor = 0
        for (i, w) in words.enumerated() {
            if !intent, let phrases = intentIndex[w] {
                intent = phrases.contains { p in
                    i + p.count <= words.count && zip(p, words[i..<(i + p.count)]).allSatisfy { $0 == $1 }
                }
            }
            // Sentiment: each lexicon word scores ±1, flipped when a negation stands in the three words before.
            if negations.contains(w) {
                negateFor = 3
                continue
            }
            var s = positive.contains(w) ? 1 : (negative.contains(w) ? -1 : 0)
            if negateFor > 0 {
                if w != "?" { negateFor -= 1 }
                s = -s
            }
            score += s
        }
        return Reading(isQuality: qualityWordCount(text) >= 4, hasPurchaseIntent: intent, polarity: score > 0 ? 1 : (score < 0 ? -1 : 0))
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

    /// Lower-cased tokens: runs of letters, digits and apostrophes (`’` read as `'`), and `?`.
    /// `n'est` splits into the negation `n` and `est`.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            if word.hasPrefix("n'") && word.count > 2 {
                out.append("n")
                out.append(String(word.dropFirst(2)))
            } else {
                out.append(word)
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x41 && v <= 0x5A {
                    current.append(Unicode.Scalar(v + 32) ?? scalar)
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x27 {
                    current.append(scalar)
                } else {
                    flush()
                    if v == 0x3F { out.append("?") }
                }
            } else if scalar == "’" {
                current.append("'")
            } else if isWordScalar(scalar) {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
