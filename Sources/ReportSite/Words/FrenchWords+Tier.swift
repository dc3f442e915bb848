import ReportCore

/// fr-FR : la comparaison des paliers.
extension FrenchWords {
    func tierCreators(_ tier: Tier) -> String { self.tier(tier) + "-influenceurs" }

    func tierFigure(_ kpi: KPI) -> String {
        kpi == .engagementRateFollowers ? "taux d’engagement sur les abonnés" : kpiLabel(kpi)
    }

    private func tierCounts(_ side: TierSide) -> String {
        "\(side.creatorsText) \(side.creators > 1 ? "créateurs" : "créateur") et \(side.postsText) \(side.posts > 1 ? "publications" : "publication")"
    }

    func tierComparison(figure: String, higherIsBetter: Bool, best: TierSide, worst: TierSide) -> String {
        let (top, bottom) = higherIsBetter ? ("le plus élevé", "le plus bas") : ("le plus bas", "le plus élevé")
        return "Les \(tierCreators(best.tier)) ont le \(figure) \(top), \(best.value), et les \(tierCreators(worst.tier)) \(bottom), \(worst.value)\u{A0}: "
            + "\(tierCounts(best)) contre \(tierCounts(worst))."
    }

    func tierSame(figure: String, value: String) -> String { "Tous les paliers ont le même \(figure), \(value)." }

    func tierWithout(figure: String, tiers: [Tier]) -> String {
        let names = tiers.map { "les " + tierCreators($0) }
        let list = names.count <= 2 ? names.joined(separator: " et ") : names.dropLast().joined(separator: ", ") + " et " + (names.last ?? "")
        return "Pas de \(figure) pour \(list)."
    }

    var tierPortfolioNote: String {
        "Chaque créateur compte dans le palier de ses abonnés, campagne par campagne. Publications, portée et taux d’engagement regroupent toutes les publications du palier\u{A0}; les montants restent dans leur devise\u{A0}; CPA et ROI (ROAS) portent sur les seules campagnes qui ont des commandes, comme par plateforme, et la phrase ci-dessus aussi quand il y en a."
    }
}
