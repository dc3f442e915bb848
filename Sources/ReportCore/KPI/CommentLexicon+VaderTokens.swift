/// VADER's tokens (`SentiText._words_and_emoticons`): the text split on white space, each
/// piece stripped of its leading and trailing punctuation unless that leaves two characters or
/// fewer (an emoticon such as ":)"), emoji read as their description. Domain additions, all
/// listed in docs/sentiment.md: French also splits on apostrophes (as vaderSentiment-fr does);
/// "word!" whose stripped form is a lexicon word reads as that word; emoji are split off the
/// words they touch, and those without a description (or with a domain valence) stand alone;
/// @mentions and links are skipped; stretched words ("trooop", "merciii") read as the lexicon
/// word they stretch; the domain's set phrases become one token; question clauses are marked.
extension CommentLexicon {
    static func vaderTokens(_ text: String, _ lang: VaderLanguage) -> [Token] {
        let isFrench = lang.contrasts.contains("mais")
        var pieces: [(String, fixed: Double?)] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { pieces.append((String(current), nil)) }
            current = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0xFE0F || v == 0x200D || (v >= 0x1F3FB && v <= 0x1F3FF) { continue }
            let isSpace = s.isASCII ? (v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09) : s.properties.isWhitespace
            if isSpace || (isFrench && (s == "'" || s == "’")) {
                if isFrench && (s == "'" || s == "’") && !current.isEmpty { current.append("'") }
                flush()
                continue
            }
            if lang.domain, let fixed = domainEmoji[v] {
                flush()
                pieces.append((String(s), fixed))
            } else if let words = lang.emoji[v] {
                flush()
                for w in words { pieces.append((w, nil)) }
            } else if lang.domain && isEmoji(s) {
                flush()
            } else {
                current.append(s == "’" ? "'" : s)
            }
        }
        flush()
        var tokens: [Token] = []
        tokens.reserveCapacity(pieces.count)
        for (raw, fixed) in pieces {
            if let fixed {
                tokens.append(Token(text: raw, key: raw, phraseValence: fixed))
                continue
            }
            if raw.hasPrefix("@") || raw.hasPrefix("http://") || raw.hasPrefix("https://") || raw.hasPrefix("www.")
                || raw.hasPrefix("HTTP") || raw.hasPrefix("WWW.") { continue }
            let stripped = stripPunctuation(raw)
            var word = stripped.count <= 2 ? raw : stripped
            if lang.domain {
                if stripped.count <= 2 && !stripped.isEmpty && lang.lexicon[foldKey(raw)] == nil { word = stripped }
                if word.isEmpty || stripped.isEmpty && lang.lexicon[foldKey(raw)] == nil {
                    // Punctuation standing alone ("c'est où ?" in French typography) ends the
                    // clause of the word before it.
                    if !tokens.isEmpty && raw.unicodeScalars.contains(where: { "?.,!;:…".unicodeScalars.contains($0) }) {
                        tokens[tokens.count - 1].endsClause = true
                        if raw.unicodeScalars.contains("?") { tokens[tokens.count - 1].endsQuestion = true }
                    }
                    continue
                }
            }
            if isFrench && word.hasSuffix("'") && word.count > 1 { word.removeLast() }
            var key = foldKey(word)
            if lang.domain && lang.lexicon[key] == nil && lang.boosters[key] == nil && !lang.negations.contains(key) {
                key = unstretched(key, lang)
            }
            let trailing = raw.unicodeScalars.reversed().prefix { !isWordScalar($0) && $0 != "'" }
            let question = trailing.contains("?")
            let ends = question || trailing.contains { ".,!;:…".unicodeScalars.contains($0) }
            tokens.append(Token(text: word, key: key, endsClause: ends, endsQuestion: question))
        }
        guard lang.domain else { return tokens }
        // The comment's language (not the page's locale) picks the phrase list.
        let phrases = lang.contrasts.contains("mais") ? frenchPhraseTable : englishPhraseTable
        tokens = mergingPhrases(tokens, phrases, lang)
        tokens = mergingExcess(tokens)
        markQuestions(&tokens)
        return tokens
    }

    /// Python's `token.strip(string.punctuation)` (ASCII punctuation), plus the typographic
    /// marks people type in French ("…", "«", "»").
    static func stripPunctuation(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        func isPunct(_ u: Unicode.Scalar) -> Bool {
            (u.isASCII && u.properties.generalCategory != .decimalNumber && !u.properties.isAlphabetic
                && u.value > 0x20 && u.value < 0x7F) || u == "…" || u == "«" || u == "»"
        }
        var a = 0, b = scalars.count
        while a < b && isPunct(scalars[a]) { a += 1 }
        while b > a && isPunct(scalars[b - 1]) { b -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[a..<b])
        return String(out)
    }

    /// A pictograph or symbol used as an emoji (not a letter, digit or punctuation mark).
    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x1F000 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x2B00 && v <= 0x2BFF)
            || (v >= 0x2190 && v <= 0x21FF) || v == 0x2764 || v == 0x2665
    }

    /// A stretched word ("trooop", "merciii", "sooo") read as the lexicon word it stretches.
    static func unstretched(_ key: String, _ lang: VaderLanguage) -> String {
        var run = 0, last: Unicode.Scalar = " ", stretched = false
        for s in key.unicodeScalars {
            run = s == last ? run + 1 : 1
            last = s
            if run >= 3 { stretched = true }
        }
        guard stretched else { return key }
        let two = squeeze(key, to: 2)
        if lang.lexicon[two] != nil || lang.boosters[two] != nil || lang.negations.contains(two) { return two }
        return squeeze(key, to: 1)
    }

    /// The domain's set phrases, each matched as a whole sequence of keys (the longest first)
    /// and read as one token with the phrase's valence (kpis.md §3: set phrases before words).
    /// A phrase that holds no negation ("broke me out", "holy grail") is negated like a word
    /// ("it doesn't break me out"); one that holds its own ("pas terrible", "not bad") never is.
    static func mergingPhrases(_ tokens: [Token], _ table: [String: [(keys: [String], valence: Double)]], _ lang: VaderLanguage) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if let candidates = table[tokens[i].key] {
                if let match = candidates.first(where: { p in
                    i + p.keys.count <= tokens.count && zip(p.keys, tokens[i..<(i + p.keys.count)]).allSatisfy { $0 == $1.key }
                }) {
                    let parts = tokens[i..<(i + match.keys.count)]
                    var merged = Token(text: parts.map(\.text).joined(separator: " "), key: match.keys.joined(separator: " "),
                                       phraseValence: match.valence)
                    merged.endsClause = parts.last?.endsClause ?? false
                    merged.endsQuestion = parts.last?.endsQuestion ?? false
                    let partList = Array(parts)
                    merged.negatable = !partList.indices.contains { lang.isNegation(partList, $0) || partList[$0].key == lang.noWord }
                        && !partList.contains { ["zero", "pas", "sans", "jamais", "plus", "rien", "aucun", "aucune", "no", "never", "not"].contains($0.key) }
                    out.append(merged)
                    i += match.keys.count
                    continue
                }
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    /// "too sweet", "trop petit": too much of a quality that is no fault by itself is a
    /// complaint (−1.5), read as one token. "trop bien", "too good" keep "trop"/"too" as a booster.
    static func mergingExcess(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, tokens[i].phraseValence == nil, tokens[i].key == "too" || tokens[i].key == "trop",
               !tokens[i].endsClause, excessQualities.contains(tokens[i + 1].key) {
                var merged = Token(text: tokens[i].text + " " + tokens[i + 1].text, key: tokens[i].key + " " + tokens[i + 1].key,
                                   phraseValence: -1.5)
                merged.endsClause = tokens[i + 1].endsClause
                merged.endsQuestion = tokens[i + 1].endsQuestion
                out.append(merged)
                i += 2
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    static let excessQualities: Set<String> = Set([
        "sucré", "sucrée", "sucrés", "salé", "salée", "fort", "forte", "épais", "épaisse", "liquide", "lourd", "lourde",
        "petit", "petite", "petits", "petites", "grand", "grande", "court", "courte", "long", "longue", "serré", "serrée",
        "large", "blanc", "blanche", "foncé", "foncée", "clair", "claire", "parfumé", "parfumée", "gras", "grasse", "chaud",
        "chaude", "froid", "épicé", "épicée", "acide", "amer", "amère", "collant", "brillant", "sec", "sèche", "cher", "chère",
        "chers", "sucre", "compliqué", "dur", "dure", "mou", "molle", "orange", "rose", "jaune", "cuit", "cuite",
        "sweet", "salty", "strong", "thick", "thin", "heavy", "small", "big", "tight", "loose", "short", "long", "white",
        "dark", "light", "scented", "greasy", "hot", "cold", "spicy", "bitter", "sticky", "shiny", "dry", "oily", "loud",
        "expensive", "pricey", "sugary", "runny", "watery", "sour", "soft", "hard", "orange", "pink", "yellow", "much",
    ].map(foldKey))

    /// Builds a phrase table: first key → phrases, the longest first.
    static func phraseTable(_ phrases: [(String, Double)], french: Bool) -> [String: [(keys: [String], valence: Double)]] {
        var table: [String: [(keys: [String], valence: Double)]] = [:]
        for (phrase, v) in phrases {
            var keys: [String] = []
            for piece in phrase.split(separator: " ") {
                if french, piece.contains("'") || piece.contains("’") {
                    let parts = piece.split(whereSeparator: { $0 == "'" || $0 == "’" }).map(String.init)
                    keys.append(contentsOf: parts.dropLast().map { foldKey($0) })
                    if let last = parts.last { keys.append(foldKey(last)) }
                } else {
                    keys.append(foldKey(String(piece)))
                }
            }
            guard let first = keys.first else { continue }
            table[first, default: []].append((keys, v))
        }
        for k in table.keys { table[k]?.sort { $0.keys.count > $1.keys.count } }
        return table
    }

    static let englishPhraseTable = phraseTable(englishDomainPhrases, french: false)
    static let frenchPhraseTable = phraseTable(frenchDomainPhrases, french: true)

    /// A clause that ends with "?" asks rather than judges from its question word on ("is it
    /// good for oily skin?", "c'est quoi le prix ?"): those words score 0. The words before the
    /// question word still judge ("love this where can I buy it?"); in a question without a
    /// question word, praise does not count ("ça convient aux peaux sensibles ?").
    static func markQuestions(_ tokens: inout [Token]) {
        var start = 0
        for i in tokens.indices where tokens[i].endsClause || i == tokens.count - 1 {
            if tokens[i].endsQuestion {
                var asking = false
                for j in start...i {
                    // Folded, "où" (where) is "ou" (or): mid-clause it asks only when typed with its accent.
                    let k = tokens[j].key
                    let isQuestionWord = questionWords.contains(k) && (k != "ou" || j == start || tokens[j].text.unicodeScalars.contains("ù"))
                    if isQuestionWord || (j == start && questionOpeners.contains(k)) { asking = true }
                    if asking { tokens[j].asking = true }
                }
                // Without a question word, the whole clause asks: its praise does not count.
                if !asking { for j in start...i { tokens[j].inQuestion = true } }
            }
            start = i + 1
        }
    }
}
