/// fr-FR : les mots du portefeuille.
extension FrenchWords {
    func targetsMet(_ met: Int, of total: Int) -> String {
        met == 0 ? "aucun atteint sur \(total)" : "\(met) \(met > 1 ? "atteints" : "atteint") sur \(total)"
    }

    var campaignsTotalRow: String { "Toutes les campagnes" }

    func roiOverCampaignsWithOrders(withOrders: Int, excluded: [String]) -> String {
        if withOrders == 0 { return "Aucune campagne n’a de commandes\u{A0}: pas de ROI (ROAS) à calculer." }
        let over = "Le ROI (ROAS) rapporte le chiffre d’affaires à l’investissement des seules campagnes qui ont des commandes"
        guard !excluded.isEmpty else { return over + ", ici toutes." }
        let names = excluded.joined(separator: ", ")
        let campaigns = withOrders == 1 ? "1 campagne" : "\(withOrders) campagnes"
        if excluded.count == 1 {
            return over + " (\(campaigns))\u{A0}: \(names), sans commandes, n’y compte pas (son investissement reste dans la colonne Investissement)."
        }
        return over + " (\(campaigns))\u{A0}: \(names), sans commandes, n’y comptent pas (leur investissement reste dans la colonne Investissement)."
    }

    var quarterROISameRule: String { "Le ROI (ROAS) par trimestre suit la même règle\u{A0}: sur les seules campagnes qui ont des commandes." }

    var platformRowsAddUp: String {
        "Les coûts de chaque créateur comptent sous sa plateforme principale\u{A0}; avec la part liée à aucun créateur, les lignes font le total des campagnes."
    }
}
