/// What `report check` and `report build` warn about once a campaign is computed: creator
/// costs above the budget and creators without costs (kpis.md §4), the plausibility checks (§8b) and the disclosure law
/// (§5). Placed in campaign.yaml, at the key or the influencer concerned.
public enum CampaignWarnings {
    public static func make(campaign: Campaign, kpis: CampaignKPIs, judgement: CampaignJudgement, file: String) -> [Diagnostic] {
        let format = NumberFormat(locale: .enUS, symbols: .plain, currency: campaign.currency)
        var out: [Diagnostic] = []
        // The known creator costs: with one unknown, budget_used is n/a but the known ones above
        // the budget are real money all the same.
        let knownCosts = kpis.influencers.compactMap { $0.kpis[.spend] }.reduce(0, +)
        let used = kpis.campaign[.budgetUsed] ?? campaign.budget.flatMap { ratio(knownCosts, $0, scale: 100) }
        if let budget = campaign.budget, let used, FraudRules.exceeds(used, 100) {
            let costs = budget * used / 100
            out.append(.warning(file, campaign.keyLines["budget"] ?? 0,
                "the creators’ costs (\(format.money(costs))) exceed the budget (\(format.money(budget))): spend counts the creators’ costs, \(format.money(costs - budget)) above the budget"))
        }
        // kpis.md §4: a creator without any cost is unknown, never free.
        for row in kpis.influencers where row.kpis[.spend] == nil {
            out.append(.warning(file, row.influencer.line,
                "influencer \"\(row.influencer.handle)\": no fee, product_cost nor commission_rate, and no post cost: its spend is unknown (n/a), and so are the campaign's costs that include it; write fee: 0 for an unpaid creator"))
        }
        if DisclosureLaw.missing(campaign) {
            out.append(.warning(file, campaign.keyLines["required_mentions"] ?? campaign.keyLines["target_countries"] ?? 0,
                "the campaign targets France, and no required mention holds \"Publicité\" or \"Collaboration commerciale\", the words French law asks of sponsored content (loi n° 2023-451, art. 5)"))
        }
        var flat: [Influencer] = []
        var flatCheck: PlausibilityCheck?
        for judged in judgement.influencers {
            for check in judged.checks {
                // conversion_flat is about the creators together: one warning names them all.
                if check.kind == .conversionFlat {
                    flat.append(judged.influencer)
                    flatCheck = flatCheck ?? check
                    continue
                }
                out.append(.warning(file, judged.influencer.line, "influencer \"\(judged.influencer.handle)\": \(check.kind.rawValue): \(describe(check, format))"))
            }
        }
        if let check = flatCheck, let first = flat.first {
            out.append(.warning(file, first.line, "conversion_flat: \(describe(check, format)) (\(flat.map(\.handle).joined(separator: ", ")))"))
        }
        return out
    }

    /// The check with its numbers, in English (messages are English; pages say it in their locale).
    static func describe(_ check: PlausibilityCheck, _ format: NumberFormat) -> String {
        func value(_ v: Double, _ kpi: KPI) -> String { kpi.unit == .money ? format.money(v) : format.number(v, decimals: 2) }
        switch check.evidence {
        case .costOutlier(let median):
            return "\(check.kpi.definition.english) \(value(check.value, check.kpi)) is \(format.number(check.value / median, decimals: 2))× the campaign median of \(value(median, check.kpi)): check the fee and the figures behind it"
        case .codeLeak(let orders, let clicks):
            return "\(format.number(Double(orders), decimals: 0)) orders through the promo code for \(format.number(clicks, decimals: 0)) link clicks (\(format.number(check.value, decimals: 1)) %): a code shared on coupon sites looks like this"
        case .conversionFlat(let conversionsCV, let reachCV, let influencers):
            return "\(format.number(Double(influencers), decimals: 0)) creators convert alike (coefficient of variation \(format.number(conversionsCV, decimals: 2))) while their reach varies widely (\(format.number(reachCV, decimals: 2))): check how orders were attributed"
        }
    }
}
