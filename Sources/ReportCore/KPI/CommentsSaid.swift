/// kpis.md §3 "what people said", campaign level, from comments.csv: how many comments hold
/// each theme, the comments that report a reaction of the body, and up to three quotes per
/// class. Texts only: a commenter's name never leaves comments.csv.
public struct CommentsSaid: Sendable, Equatable {
    /// The quote classes, in kpis.json order.
    public enum QuoteClass: String, CaseIterable, Sendable {
        case positive, negative, question
    }

    /// Comments holding each theme (every theme present, 0 when none holds it).
    public let themes: [CommentTheme: Int]
    /// The texts of the comments of theme `adverse_reaction`, in file order, each comment once
    /// (two people reporting the same words are two reports), trimmed.
    public let adverseReactions: [String]
    /// Up to `quoteLimit` texts per class.
    public let quotes: [QuoteClass: [String]]

    public static let quoteLimit = 3

    /// `polarity` is the sentiment classifier's reading of a text (+1, −1, 0: kpis.md §3). A
    /// question is quoted as a question only, whatever its polarity: it is the one a brand
    /// answers. Blank comments are neither counted in a theme nor quoted.
    public init(_ comments: [PostComment], polarity: (String) -> Int) {
        var themes = Dictionary(uniqueKeysWithValues: CommentTheme.allCases.map { ($0, 0) })
        var reactions: [String] = []
        // Per normalized text (kpis.md §8 normalization): how often, and its first comment.
        var groups: [String: (count: Int, first: Int, text: String, kind: QuoteClass?)] = [:]
        // Each distinct text as written is read once: trimmed, classified, normalized.
        var known: [String: (text: String, themes: Set<CommentTheme>, kind: QuoteClass?, key: String)] = [:]
        for (index, comment) in comments.enumerated() {
            let reading: (text: String, themes: Set<CommentTheme>, kind: QuoteClass?, key: String)
            if let r = known[comment.text] {
                reading = r
            } else {
                let text = comment.text.trimmingSpaces
                let kind: QuoteClass?
                if text.isEmpty {
                    kind = nil
                } else if CommentTheme.isQuestion(text) {
                    kind = .question
                } else {
                    let p = polarity(text)
                    kind = p > 0 ? .positive : (p < 0 ? .negative : nil)
                }
                reading = (text, text.isEmpty ? [] : CommentTheme.themes(of: text), kind, text.isEmpty ? "" : FraudRules.normalizedComment(text))
                known[comment.text] = reading
            }
            let text = reading.text
            guard !text.isEmpty else { continue }
            for theme in reading.themes { themes[theme, default: 0] += 1 }
            if reading.themes.contains(.adverseReaction) { reactions.append(text) }
            if let g = groups[reading.key] {
                groups[reading.key] = (g.count + 1, g.first, g.text, g.kind)
            } else {
                groups[reading.key] = (1, index, text, reading.kind)
            }
        }
        self.themes = themes
        adverseReactions = reactions
        var quotes: [QuoteClass: [String]] = [:]
        for kind in QuoteClass.allCases {
            let ranked = groups.filter { $0.value.kind == kind }.sorted { a, b in
                let x = a.value, y = b.value
                if x.count != y.count { return x.count > y.count }
                let lx = a.key.count, ly = b.key.count
                if lx != ly { return lx > ly }
                return x.first < y.first
            }
            quotes[kind] = ranked.prefix(Self.quoteLimit).map(\.value.text)
        }
        self.quotes = quotes
    }
}

extension String {
    /// The text without leading and trailing whitespace (line breaks included), no Foundation.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
