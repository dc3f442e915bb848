/// French law on sponsored content (loi n° 2023-451 du 9 juin 2023, art. 5, kpis.md §5):
/// a campaign aimed at France should require "Publicité" or "Collaboration commerciale".
/// The report reports; it does not give legal advice.
public enum DisclosureLaw {
    /// The wordings the law names, folded and without spaces, so `#CollaborationCommerciale`
    /// and `Publicité` both count.
    static let wordings = ["publicite", "collaborationcommerciale"]

    /// True when the campaign targets France and no required mention holds a wording of the law.
    public static func missing(_ campaign: Campaign) -> Bool {
        guard campaign.targetCountries.contains("FR") else { return false }
        return !campaign.requiredMentions.contains { mention in
            let folded = fold(mention)
            return wordings.contains { folded.contains($0) }
        }
    }

    /// Lower-cased, French accents removed, spaces and `#` dropped.
    static func fold(_ text: String) -> String {
        let plain: [Character: Character] = ["é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "î": "i", "ï": "i",
                                             "ô": "o", "ù": "u", "û": "u", "ü": "u", "ç": "c"]
        return String(text.lowercased().compactMap { c -> Character? in
            if c == " " || c == "#" || c == "\u{00A0}" || c == "_" || c == "-" { return nil }
            return plain[c] ?? c
        })
    }
}
