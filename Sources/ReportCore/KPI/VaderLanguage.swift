/// What VADER needs to know of one language: its valence lexicon (vendored, see
/// resources/lexicons/ and docs/sentiment.md, extended by `CommentLexicon+Domain.swift`), the
/// emoji it reads as words, its negations, boosters, contrast word and idioms.
struct VaderLanguage: Sendable {
    /// Accent-folded, lower-case token → valence (−4…+4).
    var lexicon: [String: Double]
    /// Emoji scalar → its description's words (VADER reads an emoji as its description).
    var emoji: [UInt32: [String]]
    var negations: Set<String>
    /// English: any word holding "n't" negates too.
    var negatesNT: Bool
    /// French "plus" negates only after "ne" / "n'" ("n'est plus"); alone it compares.
    var negatesAfterNe: Set<String>
    var boosters: [String: Double]
    var contrasts: Set<String>
    var specialCases: [String: Double]
    /// "no" as a negation of the next lexicon word (English only).
    var noWord: String?
    /// "never so/this good" praises (×1.25) rather than negates.
    var never: Set<String>
    var neverComparatives: Set<String>
    var without: String, doubt: String
    var least: String?
    /// Negations that may follow the word they negate (French "j'aime pas").
    var postNegations: Set<String>
    /// Whether the domain's rules apply (set phrases, emoji valences, questions, clause-bound
    /// negation…); `CommentLexicon.englishReference` is VADER as published, for the tests.
    var domain = true

    /// Every word of a special case or of a booster bigram (`withIdioms()`): the idiom check
    /// runs only when one of them is near, since it builds strings.
    var idiomWords: Set<String> = []

    func withIdioms() -> VaderLanguage {
        var copy = self
        copy.idiomWords = []
        for k in specialCases.keys { for w in k.split(separator: " ") { copy.idiomWords.insert(String(w)) } }
        for k in boosters.keys where k.contains(" ") { for w in k.split(separator: " ") { copy.idiomWords.insert(String(w)) } }
        return copy
    }

    func isNegation(_ tokens: [CommentLexicon.Token], _ j: Int) -> Bool {
        guard j >= 0 && j < tokens.count, tokens[j].phraseValence == nil else { return false }
        let k = tokens[j].key
        if negations.contains(k) { return true }
        if negatesNT && k.contains("n't") { return true }
        if negatesAfterNe.contains(k) {
            for back in 1...2 where j - back >= 0 {
                let b = tokens[j - back].key
                if b == "ne" || b == "n" { return true }
            }
        }
        return false
    }

    /// Parses a generated `key<TAB>value` table, folding keys as tokens are folded; a later
    /// line for the same folded key wins, as in vaderSentiment-fr's `make_lex_dict`.
    static func parseLexicon(_ text: String) -> [String: Double] {
        var out: [String: Double] = [:]
        out.reserveCapacity(10_000)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.firstIndex(of: "\t"), let v = Double(line[line.index(after: tab)...]) else { continue }
            out[CommentLexicon.foldKey(String(line[..<tab]))] = v
        }
        return out
    }

    static func parseEmoji(_ text: String) -> [UInt32: [String]] {
        var out: [UInt32: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.firstIndex(of: "\t"), let scalar = line[..<tab].unicodeScalars.first else { continue }
            out[scalar.value] = line[line.index(after: tab)...].split(separator: " ").map(String.init)
        }
        return out
    }
}
