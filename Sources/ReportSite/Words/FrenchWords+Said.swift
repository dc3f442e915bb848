import ReportCore

/// fr-FR: ce qu’ils ont dit.
extension FrenchWords {
    func themeName(_ theme: CommentTheme) -> String {
        switch theme {
        case .price: return "Prix et rapport qualité-prix"
        case .productExperience: return "Le produit (qualité, odeur, goût, texture, coupe, résultat)"
        case .adverseReaction: return "Une réaction du corps (peau, yeux, allergie, malaise)"
        case .availability: return "Stock, livraison, tailles, où le trouver"
        case .howTo: return "Comment l’utiliser"
        }
    }

    func themeLine(_ name: String, comments: String, count: Int) -> String {
        "\(name)\u{00A0}: \(comments) commentaire\(count > 1 ? "s" : "")"
    }

    func quoteClassName(_ kind: CommentsSaid.QuoteClass) -> String {
        switch kind {
        case .positive: return "Éloges"
        case .negative: return "Critiques"
        case .question: return "Questions"
        }
    }

    func reactionFollowUp(_ comments: String, count: Int) -> String {
        count == 1
            ? "1 commentaire signale une réaction au produit (peau, yeux, allergie, malaise)\u{00A0}: répondez-lui."
            : "\(comments) commentaires signalent une réaction au produit (peau, yeux, allergie, malaise)\u{00A0}: répondez-leur."
    }
}
