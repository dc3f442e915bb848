import ReportCore

/// kpis.md §3 "what people said" for the campaign page: the themes with their counts, the
/// quotes per class and, whenever a comment reports a reaction of the body, the follow-up item
/// with those comments. Texts stay values: the template's content type escapes them, so a
/// comment such as `<script>` or `[x](javascript:…)` shows as text.
extension ClientNotes {
    /// Template values: `said_themes` ([{line}]), `quote_groups` ([{label, quotes: [{text}]}], the
    /// classes that have quotes), `reaction_follow_up` and `reaction_quotes` (only when a
    /// reaction exists). Empty without comments.csv.
    var said: [String: Any] {
        guard let said = kpis.said else { return [:] }
        var values: [String: Any] = [:]
        // Most-discussed theme first; ties in the lexicon's order.
        let themes = CommentTheme.allCases.enumerated().sorted { a, b in
            let x = said.themes[a.element] ?? 0, y = said.themes[b.element] ?? 0
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        values["said_themes"] = themes.map { theme -> [String: String] in
            let count = said.themes[theme] ?? 0
            return ["line": words.themeLine(words.themeName(theme), comments: format.number(Double(count), decimals: 0), count: count)]
        }
        // Each class with quotes, under its name: praise, complaints, questions.
        values["quote_groups"] = CommentsSaid.QuoteClass.allCases.compactMap { kind -> [String: Any]? in
            guard let quotes = said.quotes[kind], !quotes.isEmpty else { return nil }
            return ["label": words.quoteClassName(kind), "quotes": quotes.map { ["text": $0] }]
        }
        let reactions = said.adverseReactions
        if !reactions.isEmpty {
            values["reaction_follow_up"] = words.reactionFollowUp(format.number(Double(reactions.count), decimals: 0), count: reactions.count)
            values["reaction_quotes"] = reactions.map { ["text": $0] }
        }
        return values
    }
}
