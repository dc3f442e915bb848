import ReportCore

/// fr-FR: the email draft.
extension FrenchWords {
    func emailAgainstTarget(_ target: String, lowerIsBetter: Bool, status: String) -> String {
        " pour un objectif d’au \(lowerIsBetter ? "plus" : "moins") \(target) (\(status))"
    }

    func emailTargets(met: Int, total: Int) -> String {
        total == 1 ? "Objectif chiffré :" : "Objectifs chiffrés, \(met) \(met > 1 ? "atteints" : "atteint") sur \(total) :"
    }

    func emailNetROI(label: String, value: String, profit: Int?) -> String {
        let gloss: String
        switch profit {
        case nil: return "\(label) : \(value)"
        case let p? where p > 0: gloss = "la campagne est rentable, marge brute déduite"
        case let p? where p < 0: gloss = "la campagne n’est pas rentable, marge brute déduite"
        default: gloss = "la campagne est à l’équilibre, marge brute déduite"
        }
        return "\(label) : \(value) (\(gloss))"
    }

    func emailNextReview(_ when: String) -> String {
        "Certains chiffres sont encore provisoires : prochain point le \(when)."
    }
}
