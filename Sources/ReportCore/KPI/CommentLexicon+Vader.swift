/// A Swift port of the VADER scorer (vaderSentiment 3.3.2, `SentimentIntensityAnalyzer`;
/// Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment
/// Analysis of Social Media Text. ICWSM-14; https://github.com/cjhutto/vaderSentiment, MIT).
/// The rules and constants are the reference implementation's; the language (lexicon,
/// negations, boosters, "but") is a `VaderLanguage`, English or French. docs/sentiment.md lists
/// where this port differs from the Python code and why.
extension CommentLexicon {
    /// Empirical constants of the paper and of vaderSentiment.py.
    static let boosterIncrement = 0.293, boosterDecrement = -0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74

    /// One token of a comment, as VADER reads it: the word as written (for ALL-CAPS emphasis)
    /// and its lower-case, accent-folded key.
    struct Token: Sendable {
        var text: String
        var key: String
        /// A domain set phrase read as one token: its valence, never negated nor boosted.
        var phraseValence: Double? = nil
        /// The clause this token belongs to asks rather than judges (see `CommentLexicon.questions`).
        var asking = false
        /// The raw token ended a clause (`. , ! ? ; :`) and whether that was a `?`.
        var endsClause = false, endsQuestion = false
        /// The token's clause ends with "?": its praise asks rather than judges (domain rule).
        var inQuestion = false
        /// A set phrase without a negation of its own: a negation before it applies.
        var negatable = false
    }

    /// The valence of each token, before the "but" rule (`sentiment_valence` for each token).
    static func valences(_ tokens: [Token], _ lang: VaderLanguage) -> [Double] {
        let isCapDiff = allCapDifferential(tokens)
        var sentiments: [Double] = []
        sentiments.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            if t.phraseValence == nil && lang.boosters[t.key] != nil {
                sentiments.append(0)
                continue
            }
            if i < tokens.count - 1 && t.key == "kind" && tokens[i + 1].key == "of" {
                sentiments.append(0)
                continue
            }
            let v = t.asking ? 0 : valence(tokens, i, lang, isCapDiff: isCapDiff)
            sentiments.append(t.inQuestion && v > 0 ? 0 : v)
        }
        return sentiments
    }

    static func isLexicon(_ t: Token, _ lang: VaderLanguage) -> Bool {
        t.phraseValence != nil || lang.lexicon[t.key] != nil
    }

    /// `sentiment_valence`: lexicon valence, "no", ALL CAPS, boosters and negation in the
    /// three preceding words, the special idioms and "least".
    static func valence(_ tokens: [Token], _ i: Int, _ lang: VaderLanguage, isCapDiff: Bool) -> Double {
        let t = tokens[i]
        if let fixed = t.phraseValence, !t.negatable { return fixed }
        guard let base = t.phraseValence ?? lang.lexicon[t.key] else { return 0 }
        var valence = base
        func key(_ j: Int) -> String { j >= 0 && j < tokens.count ? tokens[j].key : "" }
        if let no = lang.noWord {
            if t.key == no && i != tokens.count - 1 && isLexicon(tokens[i + 1], lang) { valence = 0 }
            if (i > 0 && key(i - 1) == no) || (i > 1 && key(i - 2) == no)
                || (i > 2 && key(i - 3) == no && (key(i - 1) == "or" || key(i - 1) == "nor")) {
                valence = base * negationScalar
            }
        }
        if isUpper(t.text) && isCapDiff { valence += valence > 0 ? capsIncrement : -capsIncrement }
        for start in 0..<3 where i > start && !isLexicon(tokens[i - (start + 1)], lang) {
            var s = scalar(tokens[i - (start + 1)], valence, lang, isCapDiff: isCapDiff)
            if start == 1 && s != 0 { s *= 0.95 }
            if start == 2 && s != 0 { s *= 0.9 }
            valence += s
            valence = negationCheck(valence, tokens, start, i, lang)
            if start == 2 && (i - 3...min(i + 2, tokens.count - 1)).contains(where: { lang.idiomWords.contains(tokens[$0].key) }) {
                valence = specialIdioms(valence, tokens, i, lang)
            }
        }
        return leastCheck(valence, tokens, i, lang)
    }

    /// `scalar_inc_dec`: a booster before the word adds to its intensity (ALL CAPS boosts more).
    static func scalar(_ t: Token, _ valence: Double, _ lang: VaderLanguage, isCapDiff: Bool) -> Double {
        guard var s = lang.boosters[t.key] else { return 0 }
        if valence < 0 { s = -s }
        if isUpper(t.text) && isCapDiff { s += valence > 0 ? capsIncrement : -capsIncrement }
        return s
    }

    /// `_negation_check`, with its "never so/this" (×1.25) and "without doubt" cases, the
    /// `start == 2` condition grouped as the Python code groups it.
    static func negationCheck(_ valence: Double, _ tokens: [Token], _ start: Int, _ i: Int, _ lang: VaderLanguage) -> Double {
        let w = { (j: Int) -> String in tokens[j].key }
        // Domain rule: a negation does not reach past the end of its clause ("but nothing,
        // super gentle"; "tient même pas une demi-journée, nul").
        let negated = { (j: Int) -> Bool in lang.isNegation(tokens, j) && !(lang.domain && tokens[j..<i].contains(where: \.endsClause)) }
        switch start {
        case 0:
            return negated(i - 1) ? valence * negationScalar : valence
        case 1:
            if lang.never.contains(w(i - 2)) && lang.neverComparatives.contains(w(i - 1)) { return valence * 1.25 }
            if w(i - 2) == lang.without && w(i - 1) == lang.doubt { return valence }
            return negated(i - 2) ? valence * negationScalar : valence
        default:
            if (lang.never.contains(w(i - 3)) && lang.neverComparatives.contains(w(i - 2))) || lang.neverComparatives.contains(w(i - 1)) {
                return valence * 1.25
            }
            if w(i - 3) == lang.without && (w(i - 2) == lang.doubt || w(i - 1) == lang.doubt) { return valence }
            return negated(i - 3) ? valence * negationScalar : valence
        }
    }

    /// `_special_idioms_check`: idioms that hold a lexicon word ("the bomb", "kiss of death"),
    /// and booster bigrams ("kind of", "sort of") three to one words before.
    static func specialIdioms(_ valence: Double, _ tokens: [Token], _ i: Int, _ lang: VaderLanguage) -> Double {
        var valence = valence
        func w(_ j: Int) -> String { tokens[j].key }
        let oneZero = w(i - 1) + " " + w(i), twoOneZero = w(i - 2) + " " + w(i - 1) + " " + w(i)
        let twoOne = w(i - 2) + " " + w(i - 1), threeTwoOne = i >= 3 ? w(i - 3) + " " + w(i - 2) + " " + w(i - 1) : ""
        let threeTwo = i >= 3 ? w(i - 3) + " " + w(i - 2) : ""
        for seq in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
            if let v = lang.specialCases[seq] {
                valence = v
                break
            }
        }
        if tokens.count - 1 > i, let v = lang.specialCases[w(i) + " " + w(i + 1)] { valence = v }
        if tokens.count - 1 > i + 1, let v = lang.specialCases[w(i) + " " + w(i + 1) + " " + w(i + 2)] { valence = v }
        for gram in [threeTwoOne, threeTwo, twoOne] {
            if let b = lang.boosters[gram] { valence += b }
        }
        return valence
    }

    /// `_least_check`: "least" before a word negates it, except in "at least" and "very least".
    static func leastCheck(_ valence: Double, _ tokens: [Token], _ i: Int, _ lang: VaderLanguage) -> Double {
        guard let least = lang.least, i > 0, tokens[i - 1].key == least, !isLexicon(tokens[i - 1], lang) else { return valence }
        if i > 1 {
            let before = tokens[i - 2].key
            return before != "at" && before != "very" ? valence * negationScalar : valence
        }
        return valence * negationScalar
    }

    /// `_but_check`: the words before the first contrast word count half, those after it one
    /// and a half (by position; the Python code finds each value by `list.index`, which
    /// misplaces repeated values).
    static func butCheck(_ sentiments: [Double], _ tokens: [Token], _ lang: VaderLanguage) -> [Double] {
        guard let b = tokens.firstIndex(where: { lang.contrasts.contains($0.key) }) else { return sentiments }
        return sentiments.enumerated().map { i, s in i < b ? s * 0.5 : (i > b ? s * 1.5 : s) }
    }

    /// `score_valence`: the sum, emphasised by `!` (up to 4 × 0.292) and by `?` (2–3 × 0.18,
    /// more: 0.96), normalised by x / √(x² + 15).
    static func compound(_ sentiments: [Double], text: String) -> Double {
        guard !sentiments.isEmpty else { return 0 }
        var sum = sentiments.reduce(0, +)
        var exclamations = 0, questions = 0
        for s in text.unicodeScalars {
            if s == "!" { exclamations += 1 } else if s == "?" { questions += 1 }
        }
        var emphasis = Double(min(exclamations, 4)) * 0.292
        if questions > 1 { emphasis += questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let score = sum / (sum * sum + 15).squareRoot()
        return min(1, max(-1, score))
    }

    /// Python's `str.isupper()`: at least one cased letter and no lower-case one.
    static func isUpper(_ s: String) -> Bool {
        var cased = false
        for u in s.unicodeScalars {
            if u.isASCII {
                if u.value >= 0x61 && u.value <= 0x7A { return false }
                if u.value >= 0x41 && u.value <= 0x5A { cased = true }
                continue
            }
            if u.properties.isLowercase { return false }
            if u.properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `allcap_differential`: some, but not all, words are in capitals.
    static func allCapDifferential(_ tokens: [Token]) -> Bool {
        let caps = tokens.filter { isUpper($0.text) }.count
        let differential = tokens.count - caps
        return differential > 0 && differential < tokens.count
    }
}
