/// The documented French and English lexicons of kpis.md §3 (listed in docs/kpis.md):
/// comment quality, purchase intent and sentiment with set phrases and negation. The word
/// lists are in CommentLexicon+Lists.swift, the tokenizer in CommentLexicon+Tokens.swift.
public enum CommentLexicon {
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
            // Set phrases before single words (kpis.md §3): the words of a matched phrase are
            // not read again, and a phrase is not flipped; a negation waiting before it ends
            // there. Negation is decided per word: in "pas top et pas beau", "beau" still flips.
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
}
