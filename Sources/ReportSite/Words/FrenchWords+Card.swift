/// fr-FR : les mots de la fiche créateur.
extension FrenchWords {
    var comparisonStartsNext: String {
        "Une seule campagne pour l’instant\u{A0}: la comparaison avec sa propre moyenne commencera avec la prochaine."
    }

    var comparisonLead: String {
        "Chaque campagne face à la moyenne du créateur sur ses campagnes précédentes qui renseignent le chiffre (montants dans la même devise)\u{A0}; la première n’a pas de point de comparaison."
    }

    func singleMonth(_ label: String, value: String, month: String) -> String {
        "\(label)\u{A0}: \(value) en \(month) (seul mois renseigné)."
    }

    func monthValues(_ label: String, values: [(value: String, month: String)]) -> String {
        "\(label)\u{A0}: " + values.map { "\($0.value) en \($0.month)" }.joined(separator: ", ") + "."
    }

    func emptyMonths(_ count: Int) -> String {
        count == 1
            ? "1 mois sans publication, commande ni investissement figure à sa place, pour qu’aucun mois ne manque."
            : "\(count) mois sans publication, commande ni investissement figurent à leur place, pour qu’aucun mois ne manque."
    }
}
