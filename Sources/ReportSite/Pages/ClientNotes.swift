import ReportCore

/// The sentences of a campaign page that put a figure in context for a client: what the
/// budget holds, how many comments the sentiment rests on, which required mention is missing,
/// which figures to check before sharing (issue 12). Values, never markup: the template places them.
struct ClientNotes {
    let campaign: Campaign
    let kpis: CampaignKPIs
    let format: NumberFormat
    var fr: Bool { format.locale == .frFR }

    /// Spend against the budget (kpis.md §4); nil without a budget.
    var budget: String? {
        guard let budget = campaign.budget, let used = kpis.campaign[.budgetUsed] else { return nil }
        let costs = budget * used / 100
        let b = format.money(budget), c = format.money(costs)
        if FraudRules.exceeds(used, 100) {
            return fr ? "Les créateurs coûtent \(c), plus que le budget de \(b) : l’investissement retient leurs coûts."
                      : "The creators cost \(c), more than the \(b) budget: spend counts their costs."
        }
        if FraudRules.exceeds(100, used) {
            let rest = format.money(budget - costs), share = format.percent(used)
            return fr ? "L’investissement est le budget, \(b) : les créateurs en coûtent \(c) (\(share)) ; les \(rest) restants couvrent des coûts liés à aucun créateur."
                      : "Spend is the budget, \(b): the creators cost \(c) of it (\(share)); the remaining \(rest) pays for costs tied to no creator."
        }
        return fr ? "Les coûts des créateurs font exactement le budget, \(b)." : "The creators’ costs come to exactly the budget, \(b)."
    }

    /// "Based on 787 comments, 0.8% of those the posts received." (kpis.md §3); nil without comments.csv.
    var commentSample: String? {
        guard let analysed = kpis.campaign[.commentsAnalysed] else { return nil }
        let n = format.number(analysed, decimals: 0)
        guard let coverage = kpis.campaign[.commentsCoverage] else {
            return fr ? "Sur la base de \(n) commentaires." : "Based on \(n) comments."
        }
        return fr ? "Sur la base de \(n) commentaires, soit \(format.percent(coverage)) de ceux reçus par les publications."
                  : "Based on \(n) comments, \(format.percent(coverage)) of those the posts received."
    }

    /// French law on sponsored content (kpis.md §5); nil when it does not apply or is met.
    var disclosure: String? {
        guard DisclosureLaw.missing(campaign) else { return nil }
        return fr ? "La campagne vise la France : la loi (n° 2023-451 du 9 juin 2023, art. 5) demande qu’un contenu sponsorisé porte la mention « Publicité » ou « Collaboration commerciale », et les mentions requises n’en contiennent aucune. Ce constat n’est pas un avis juridique."
                  : "The campaign targets France: French law (loi n° 2023-451 of 9 June 2023, art. 5) asks sponsored content to say “Publicité” or “Collaboration commerciale”, and the required mentions hold neither. This is an observation, not legal advice."
    }

    /// Each required mention with its share of captioned posts.
    var mentionShares: [[String: String]] {
        (kpis.mentionComplianceByMention ?? []).map { item in
            let share = item.share.map { format.percent($0) } ?? format.notAvailable
            return ["mention": item.mention, "share": fr ? "\(share) des publications avec légende" : "\(share) of captioned posts"]
        }
    }

    /// The plausibility checks (kpis.md §8b), one sentence each; conversion_flat once.
    func checks(_ judgement: CampaignJudgement) -> [String] {
        var out: [String] = []
        var flat: (check: PlausibilityCheck, handles: [String])?
        for judged in judgement.influencers {
            for check in judged.checks {
                if check.kind == .conversionFlat {
                    flat = (flat?.check ?? check, (flat?.handles ?? []) + ["@" + judged.influencer.handle])
                } else {
                    out.append("@" + judged.influencer.handle + (fr ? " : " : ": ") + sentence(check))
                }
            }
        }
        if let flat { out.append(String(sentence(flat.check).dropLast()) + " (" + flat.handles.joined(separator: ", ") + ").") }
        return out
    }

    func sentence(_ check: PlausibilityCheck) -> String {
        let f = format
        func value(_ v: Double) -> String { f.format(v, unit: check.kpi.unit) }
        switch check.evidence {
        case .costOutlier(let median):
            let factor = f.number(check.value / median, decimals: 2)
            return fr ? "\(check.kpi.label(.frFR)) de \(value(check.value)), \(factor) fois la médiane de la campagne (\(value(median))) : vérifier le cachet et les chiffres qui le fondent."
                      : "\(check.kpi.label(.enUS)) \(value(check.value)), \(factor)× the campaign median (\(value(median))): check the fee and the figures behind it."
        case .codeLeak(let orders, let clicks):
            let o = f.number(Double(orders), decimals: 0), c = f.number(clicks, decimals: 0)
            return fr ? "\(o) commandes avec le code promo pour \(c) clics sur lien (\(f.percent(check.value))) : un code diffusé sur des sites de bons de réduction ressemble à cela."
                      : "\(o) orders through the promo code for \(c) link clicks (\(f.percent(check.value))): a code shared on coupon sites looks like this."
        case .conversionFlat(let conversionsCV, let reachCV, _):
            let c = f.number(conversionsCV, decimals: 2), r = f.number(reachCV, decimals: 2)
            return fr ? "Les créateurs convertissent presque autant les uns que les autres (coefficient de variation \(c)) alors que leur portée varie fortement (\(r)) : vérifier l’attribution des commandes."
                      : "The creators convert almost alike (coefficient of variation \(c)) while their reach varies widely (\(r)): check how orders were attributed."
        }
    }

    /// The short note beside a checked figure in a table.
    func mark(_ check: PlausibilityCheck) -> String {
        switch check.evidence {
        case .costOutlier(let median):
            let factor = format.number(check.value / median, decimals: 2)
            return fr ? "à vérifier : \(factor) fois la médiane de la campagne" : "to check: \(factor)× the campaign median"
        case .codeLeak:
            return fr ? "à vérifier : \(format.percent(check.value)) des clics finissent en commande avec le code" : "to check: orders through the code are \(format.percent(check.value)) of link clicks"
        case .conversionFlat:
            return fr ? "à vérifier : conversions presque égales quelle que soit la portée" : "to check: conversions alike whatever the reach"
        }
    }
}
