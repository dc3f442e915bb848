/// What one comment says (kpis.md §3): comment quality, purchase intent and sentiment.
///
/// Sentiment is VADER (Hutto & Gilbert 2014) on its published lexicons — vaderSentiment's
/// for English, vaderSentiment-fr's for French, both MIT, vendored in resources/lexicons/ —
/// with the domain's vocabulary and rules over them (CommentLexicon+Domain.swift). The method,
/// the sources, and the figures are in docs/sentiment.md.
public enum CommentLexicon {
    /// What one comment says, by the rules of kpis.md §3.
    public struct Reading: Sendable, Hashable {
        public let isQuality: Bool
        public let hasPurchaseIntent: Bool
        /// +1 positive, −1 negative, 0 neutral.
        public let polarity: Int
        /// VADER's normalised compound score, −1…+1, after the domain's rules.
        public let compound: Double
    }

    /// A comment is positive from this compound score up, negative from its opposite down
    /// (VADER's published thresholds are ±0.05; docs/sentiment.md gives the measured choice).
    public static let positiveThreshold = 0.05
    public static let negativeThreshold = -0.05

    public static func read(_ text: String) -> Reading {
        let score = sentiment(text)
        return Reading(isQuality: qualityWordCount(text) >= 4, hasPurchaseIntent: hasPurchaseIntent(text),
                       polarity: score >= positiveThreshold ? 1 : (score <= negativeThreshold ? -1 : 0), compound: score)
    }

    /// The compound score of a comment in its language. A complaint stays a complaint when it
    /// ends with a friendly word or emoji ("not a fan of the smell 🙏", "ça pique, merci"):
    /// when the text without that ending reads negative, that is the reading.
    public static func sentiment(_ text: String) -> Double {
        let words = tokens(text, vocabulary: nil)
        let lang = language(of: text, words: words)
        let whole = score(text, lang)
        guard whole > negativeThreshold else { return whole }
        let polite = words.contains { thanksMarkers.contains($0) || $0 == "love" }
        let body = withoutFriendlyEnding(polite ? withoutPoliteness(text) : text)
        if !body.isEmpty && body.unicodeScalars.count < text.unicodeScalars.count {
            let b = score(body, lang)
            if b <= negativeThreshold { return b }
        }
        return whole
    }

    /// VADER's compound score of a text in one language (both when the language is unclear:
    /// the stronger reading).
    static func score(_ text: String, _ lang: Language) -> Double {
        switch lang {
        case .english: return vader(text, english)
        case .french: return vader(text, french)
        case .unknown:
            let e = vader(text, english), f = vader(text, french)
            return abs(f) > abs(e) ? f : e
        }
    }

    /// VADER's pipeline on one text: tokens (with the domain's phrases and questions), each
    /// token's valence, the French post-verbal negation, "but", and the compound score.
    public static func vader(_ text: String, english isEnglish: Bool) -> Double {
        vader(text, isEnglish ? english : french)
    }

    static func vader(_ text: String, _ lang: VaderLanguage) -> Double {
        let tokens = vaderTokens(text, lang)
        var sentiments = valences(tokens, lang)
        applyPostNegation(&sentiments, tokens, lang)
        sentiments = butCheck(sentiments, tokens, lang)
        return compound(sentiments, text: text)
    }

    enum Language { case english, french, unknown }

    /// The comment's language, from its function words (accented letters count for French).
    static func language(of text: String) -> Language { language(of: text, words: tokens(text, vocabulary: nil)) }

    static func language(of text: String, words: [String]) -> Language {
        var frenchVotes = 0, englishVotes = 0
        for s in text.unicodeScalars where s.value >= 0xC0 && s.value <= 0x17F && s.properties.isAlphabetic {
            frenchVotes += 1
            break
        }
        for w in words {
            if frenchMarkers.contains(w) { frenchVotes += 1 }
            if englishMarkers.contains(w) { englishVotes += 1 }
        }
        if frenchVotes == englishVotes { return .unknown }
        return frenchVotes > englishVotes ? .french : .english
    }

    static let frenchMarkers: Set<String> = [
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "est", "c'", "j'", "l'", "d'", "qu'", "n", "je", "tu",
        "il", "elle", "on", "nous", "vous", "ce", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "pas", "trop", "tres",
        "pour", "avec", "sur", "dans", "mais", "qui", "que", "ca", "ou", "au", "aux", "sont", "ai", "suis", "moi", "toi",
        "peau", "merci", "bien", "vraiment", "franchement", "encore", "aussi", "plus", "rien", "jamais", "quel", "quelle",
        "combien", "prix", "lien", "dispo", "acheter", "j'ai", "c'est", "bof", "ouf", "genre", "grave", "hyper", "aucun",
        "aucune", "sans", "dire", "tout", "ma", "ta", "sa", "leur", "chez", "quoi",
    ]
    static let englishMarkers: Set<String> = [
        "the", "a", "an", "and", "is", "it", "it's", "this", "that", "i", "i'm", "you", "my", "your", "to", "of", "for",
        "with", "on", "in", "but", "not", "so", "very", "was", "are", "be", "have", "just", "what", "how", "where", "can",
        "does", "did", "do", "don't", "didn't", "doesn't", "can't", "love", "skin", "thanks", "thank", "really", "honestly",
        "never", "no", "too", "much", "price", "link", "buy", "got", "get", "omg", "lol", "tbh", "need", "want", "from",
        "nothing", "at", "all", "after", "they", "me", "its", "which", "any",
    ]

    /// The text without its clauses of thanks ("merci pour le partage quand même", "thanks for
    /// the video though", "love your content tho"), unless the thanks is the complaint
    /// ("non merci", "thanks for nothing").
    static func withoutPoliteness(_ text: String) -> String {
        var clauses: [String] = []
        var current = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            current.append(s)
            if ".!?,;…\n".unicodeScalars.contains(s) || isEmoji(s) {
                clauses.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { clauses.append(String(current)) }
        let kept = clauses.filter { clause in
            let words = tokens(clause, vocabulary: nil)
            let joined = " " + words.joined(separator: " ") + " "
            if [" non merci ", " no thanks ", " thanks for nothing ", " no thank "].contains(where: joined.contains) { return true }
            if words.contains(where: { thanksMarkers.contains($0) }) { return false }
            return !(joined.contains(" love you ") || joined.contains(" love your ") || joined.contains(" love u "))
        }
        return kept.joined()
    }

    static let thanksMarkers: Set<String> = ["merci", "thanks", "thank", "thx", "ty", "tysm", "remercie", "remercions"]

    /// The text without its friendly ending: trailing emoji, punctuation and thanks.
    static func withoutFriendlyEnding(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var changed = true
        while changed {
            changed = false
            while let last = scalars.last, !isWordScalar(last) && last != "?" {
                scalars.removeLast()
                changed = true
            }
            // The last word, if it is a friendly one.
            var start = scalars.count
            while start > 0 && (isWordScalar(scalars[start - 1]) || scalars[start - 1] == "'") { start -= 1 }
            guard start < scalars.count else { break }
            var word = String.UnicodeScalarView()
            for s in scalars[start...] { word.append(s) }
            if friendlyEndings.contains(foldKey(squeeze(String(word), to: 1))) || friendlyEndings.contains(foldKey(String(word))) {
                scalars.removeSubrange(start...)
                changed = true
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
