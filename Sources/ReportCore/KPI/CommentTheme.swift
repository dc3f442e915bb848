import Foundation

/// The themes of kpis.md §3 "what people said": what a comment talks about, read from the
/// documented French and English lexicon of CommentTheme+Lists.swift (docs/comment-themes.md).
/// A comment can hold several themes or none.
public enum CommentTheme: String, CaseIterable, Sendable, Hashable {
    /// Price and value for money.
    case price
    /// The product itself: quality, smell, taste, texture, fit, performance.
    case productExperience = "product_experience"
    /// A reaction of the body: skin reaction, burn, itch, allergy, rash, breakouts, stinging
    /// eyes, feeling sick. A brand must answer these.
    case adverseReaction = "adverse_reaction"
    /// Stock, delivery, shipping, sizes on offer, where to find it.
    case availability
    /// How to use, apply, cook or wear it.
    case howTo = "how_to"

    /// The themes one comment holds, in `allCases` order. Matching is on whole words with
    /// accents and case ignored; an entry ending in `*` matches any word it begins. An
    /// `adverse_reaction` word or phrase preceded, within three words of the same clause, by an
    /// absence or relief word ("zéro irritation", "no breakouts", "aucune rougeur", "calms
    /// redness") does not count, unless the entry states its own subject ("my skin broke out",
    /// "j'ai eu des boutons"), which carries its negation inside.
    public static func themes(of text: String) -> Set<CommentTheme> {
        let words = ThemeTokens.tokens(text)
        var found: Set<CommentTheme> = []
        for i in words.indices where words[i] != ThemeTokens.clauseBreak {
            func read(_ entries: [ThemeEntry]) {
                for entry in entries where !found.contains(entry.theme) && entry.matches(words, at: i) {
                    if entry.theme == .adverseReaction, entry.negatable, ThemeLexicon.absent(words, before: i) { continue }
                    found.insert(entry.theme)
                }
            }
            if let exact = ThemeLexicon.index[words[i]] { read(exact) }
            if words[i].utf8.count >= ThemeLexicon.stemKeyLength, let stems = ThemeLexicon.stems[ThemeLexicon.stemKey(words[i])] { read(stems) }
        }
        return found
    }

    /// kpis.md §3 quote class `question`: the comment ends with `?` (emoji, spaces and closing
    /// punctuation after it ignored) or asks where to find it, how to use it or its price
    /// ("où l'acheter", "combien", "how much", "where can I get"), by the list
    /// `ThemeLexicon.questions`.
    public static func isQuestion(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if scalar == "?" || scalar == "\u{FF1F}" { return true }
            if scalar.properties.isWhitespace || scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F
                || scalar.value == 0x200D || "!.)…\"»".unicodeScalars.contains(scalar) || (0x1F3FB...0x1F3FF).contains(scalar.value) {
                continue
            }
            break
        }
        let words = ThemeTokens.tokens(text)
        for i in words.indices {
            for phrase in ThemeLexicon.questionIndex[words[i]] ?? [] where phrase.matches(words, at: i) { return true }
        }
        return false
    }
}

/// The tokenizer of the themes: lower-cased, accents removed, words of letters and digits,
/// `€` and `$` as words of their own, and clause breaks (`. , ; : ! ?`, "mais", "but") kept as
/// one marker so an absence word does not reach across them.
enum ThemeTokens {
    static let clauseBreak = "|"

    /// Lower-cased, accents removed: the Latin letters with a diacritic are looked up in a small
    /// table; anything else is decomposed (rare: comments are mostly plain Latin text).
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else if let plain = plainLatin[scalar] {
                out.append(plain)
            } else if (0x300...0x36F).contains(scalar.value) {
                continue
            } else if scalar.value < 0x250 {
                out.append(contentsOf: String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) })
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static let plainLatin: [Unicode.Scalar: Unicode.Scalar] = {
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (plain, accented) in [("a", "àáâãäå"), ("c", "ç"), ("e", "èéêë"), ("i", "ìíîï"), ("n", "ñ"), ("o", "òóôõö"), ("u", "ùúûü"), ("y", "ýÿ")] {
            for s in accented.unicodeScalars { t[s] = plain.unicodeScalars.first }
        }
        return t
    }()

    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty {
                out.append(word == "mais" || word == "but" || word == "sauf" || word == "except" ? clauseBreak : word)
                word = ""
            }
        }
        for scalar in fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
                continue
            }
            flush()
            if scalar == "€" || scalar == "$" {
                out.append(String(scalar))
            } else if ".,;:!?\n".unicodeScalars.contains(scalar) || scalar == "\u{2026}" {
                if out.last != clauseBreak { out.append(clauseBreak) }
            }
        }
        flush()
        return out
    }
}

/// One entry of the themes lexicon, as words.
struct ThemeEntry: Sendable {
    let theme: CommentTheme
    /// The words; the last may be a stem (`allerg` of `allerg*`).
    let words: [String]
    let stem: Bool
    /// False when the entry states its own subject: an absence word before it does not apply.
    let negatable: Bool

    init(_ theme: CommentTheme, _ phrase: String) {
        self.theme = theme
        var w = ThemeTokens.tokens(phrase.replacingOccurrences(of: "*", with: "")).filter { $0 != ThemeTokens.clauseBreak }
        if w.isEmpty { w = [phrase] }
        words = w
        stem = phrase.hasSuffix("*")
        negatable = !ThemeLexicon.subjects.contains(w[0])
    }

    func matches(_ tokens: [String], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() {
            let t = tokens[i + k]
            if k == words.count - 1 && stem ? !t.hasPrefix(w) : t != w { return false }
        }
        return true
    }
}
