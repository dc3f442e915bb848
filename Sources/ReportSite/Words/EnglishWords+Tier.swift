import ReportCore

/// en-US: the tier comparison.
extension EnglishWords {
    func tierCreators(_ tier: Tier) -> String { self.tier(tier) + " creators" }

    func tierFigure(_ kpi: KPI) -> String {
        kpi == .engagementRateFollowers ? "engagement rate on followers" : kpiLabel(kpi)
    }

    private func tierCounts(_ side: TierSide) -> String {
        "\(side.creatorsText) \(side.creators == 1 ? "creator" : "creators") and \(side.postsText) \(side.posts == 1 ? "post" : "posts")"
    }

    func tierComparison(figure: String, higherIsBetter: Bool, best: TierSide, worst: TierSide) -> String {
        let (top, bottom) = higherIsBetter ? ("highest", "lowest") : ("lowest", "highest")
        let lead = tierCreators(best.tier)
        return lead.prefix(1).uppercased() + lead.dropFirst()
            + " had the \(top) \(figure), \(best.value), and \(tierCreators(worst.tier)) the \(bottom), \(worst.value): "
            + "\(tierCounts(best)) against \(tierCounts(worst))."
    }

    func tierSame(figure: String, value: String) -> String { "Every tier had the same \(figure), \(value)." }

    func tierWithout(figure: String, tiers: [Tier]) -> String {
        let names = tiers.map(tierCreators)
        let list = names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        return "No \(figure) for \(list)."
    }

    var tierPortfolioNote: String {
        "Each creator counts in the tier of its followers in each campaign. Posts, reach and engagement rates pool every post of the tier; amounts stay in their currency; CPA and ROI (ROAS) are over the campaigns that have orders, as by platform, and so is the sentence above when there are some."
    }
}
