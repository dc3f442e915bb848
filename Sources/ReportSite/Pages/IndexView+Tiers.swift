import ReportCore

/// The portfolio's section "Nano, micro, macro" (kpis.md §7 Tiers across campaigns): each tier
/// pooled over the campaigns of one currency (PortfolioTiers), and per currency with two tiers
/// or more the sentence a campaign page says, on the pooled figures.
extension IndexView {
    struct TierGroup {
        let tier: Tier
        let currency: String
        let campaigns: Int
        /// Distinct creators of the tier over those campaigns.
        let creators: Set<String>
        let kpis: KPIValues
        /// Each campaign's row of the tier, for the sentence.
        let parts: [PortfolioTiers.Part]
    }

    /// Currencies apart, smallest tier first.
    var tierGroups: [TierGroup] {
        var byTier: [String: (tier: Tier, currency: String, campaigns: Int, creators: Set<String>, parts: [PortfolioTiers.Part])] = [:]
        for c in campaigns {
            for row in c.tiers {
                let key = row.tier.rawValue + "|" + c.currency
                byTier[key, default: (row.tier, c.currency, 0, [], [])].campaigns += 1
                byTier[key]?.creators.formUnion(row.influencers)
                byTier[key]?.parts.append(PortfolioTiers.Part(row: row, hasOrders: PortfolioTotals.hasOrders(c.kpis)))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: Tier.allCases.enumerated().map { ($1, $0) })
        return byTier.values.sorted { ($0.currency, order[$0.tier] ?? 0) < ($1.currency, order[$1.tier] ?? 0) }.map {
            TierGroup(tier: $0.tier, currency: $0.currency, campaigns: $0.campaigns, creators: $0.creators, kpis: PortfolioTiers.sum($0.parts),
                      parts: $0.parts)
        }
    }

    /// One sentence per currency with two tiers or more, named by its currency when the portfolio
    /// has several. The portfolio mixes objectives: tiers are compared by ROI (ROAS), then CPA,
    /// then the engagement rate on followers (TierComparison) — over the campaigns that have
    /// orders when the currency has some, so the creators and posts the sentence counts are
    /// those behind its figure, not a launch's that had no sales to show.
    var tierStatements: [String] {
        let groups = tierGroups
        let currencies = Set(groups.map(\.currency)).sorted()
        return currencies.compactMap { currency in
            let members = groups.filter { $0.currency == currency }
            let ordersOnly = members.contains { $0.parts.contains(where: \.hasOrders) }
            let rows = members.compactMap { g -> CampaignKPIs.TierRow? in
                let parts = ordersOnly ? g.parts.filter(\.hasOrders) : g.parts
                guard !parts.isEmpty else { return nil }
                return CampaignKPIs.TierRow(tier: g.tier, influencers: Set(parts.flatMap(\.row.influencers)).sorted(),
                                            kpis: PortfolioTiers.sum(parts), totals: PostTotals())
            }
            let comparison = TierComparison(rows: rows, objective: .sales, format: NumberFormat(locale: locale, currency: currency))
            guard comparison.shown, let statement = comparison.statement else { return nil }
            return currencies.count > 1 ? locale.words.labelled(currency, statement) : statement
        }
    }
}
