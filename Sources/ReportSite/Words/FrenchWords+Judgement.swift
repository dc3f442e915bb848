import ReportCore

/// fr-FR: the trust section, the recommendations and the workbook.
extension FrenchWords {
    // MARK: Trust section

    var trustHeuristics: String {
        "Ces signaux sont des heuristiques à vérifier à la main, pas des verdicts : chacun donne les chiffres qui l’ont déclenché et le seuil appliqué."
    }

    var trustHeadings: [String] { ["Influenceur", "Qualité d’audience", "Signaux", "Non vérifié"] }
    var podHeadings: [String] { ["Texte répété", "Fois"] }
    var followersSeries: String { "Abonnés" }
    var spikeSeries: String { "Pic" }
    var audienceSeries: String { "Part de l’audience" }
    var noRecommendation: String { "Aucune règle ne s’applique à cette campagne." }
    func tooThinToChoose(_ rules: [Recommendation.Rule], posts: Int, creators: Int) -> String {
        let names = rules.map { rule -> String in
            switch rule {
            case .bestFormat: return "un meilleur format"
            case .bestTiming: return "un meilleur jour ou une meilleure heure"
            case .platform: return "une meilleure plateforme"
            default: return rule.rawValue
            }
        }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " ou " + (names.last ?? "") : names.joined()
        return "Trop peu de données pour désigner \(list)\u{A0}: un groupe doit réunir au moins \(posts) publications de \(creators) créateurs, hors créateurs signalés ou à vérifier."
    }

    func audienceQuality(handle: String, quality: Int) -> String { "\(handle) — qualité d’audience \(quality)/100" }

    func engagementAbove(handle: String, rate: String, factor: String, range: String, limit: String) -> String {
        "\(handle) : taux d’engagement (abonnés) de \(rate), plus de \(factor) × le haut de sa fourchette \(range) (limite \(limit))."
    }

    func engagementBelow(handle: String, rate: String, factor: String, range: String, limit: String) -> String {
        "\(handle) : taux d’engagement (abonnés) de \(rate), sous le bas de sa fourchette \(range) divisé par \(factor) (limite \(limit))."
    }

    func spikeStep(growth: String, date: String, previous: String) -> String { "+\(growth) par jour au \(date) (sur \(previous) abonnés)" }

    func followerSpike(handle: String, steps: String, median: String, threshold: String, madK: String, minShare: String) -> String {
        "\(handle) : saut d’abonnés de \(steps), contre une croissance habituelle de \(median) par jour ; seuil \(threshold) par jour (médiane + \(madK) × 1,4826 × écart absolu médian) et \(minShare) du compte précédent."
    }

    func foreignAudience(handle: String, share: String, targets: String, limit: String) -> String {
        "\(handle) : \(share) de l’audience déclarée est hors des pays visés (\(targets)), au-delà de la limite de \(limit)."
    }

    func commentPods(handle: String, share: String, podComments: String, comments: String, minWords: Int, minRepeats: Int, limit: String) -> String {
        "\(handle) : \(share) des commentaires (\(podComments) sur \(comments)) sont des textes d’au moins \(minWords) mots répétés au moins \(minRepeats) fois, au-delà de la limite de \(limit)."
    }

    func trustClean(_ handles: String) -> String { "Aucun signal pour \(handles) (qualité d’audience 100/100 sur les règles vérifiées)." }
    func trustUnchecked(_ handles: String) -> String { "Données insuffisantes pour vérifier \(handles) (voir le tableau)." }

    func skipReason(_ reason: FraudSkipReason) -> String {
        switch reason {
        case .noEngagementRate: return "pas de taux d’engagement"
        case .noBenchmark: return "pas de fourchette"
        case .noFollowersFile: return "pas d’historique d’abonnés fourni"
        case .tooFewCounts(let counts, let needed): return "\(counts) relevés sur \(needed) requis"
        case .noAudienceCountries: return "pas de répartition de l’audience par pays"
        case .noTargetCountries: return "pas de pays cibles indiqués"
        case .noCommentsFile: return "pas de commentaires fournis"
        case .noComments: return "aucun commentaire"
        }
    }

    func engagementTitle(_ handle: String) -> String { "Taux d’engagement (abonnés) de \(handle) face à sa fourchette" }
    func followersTitle(_ handle: String) -> String { "Abonnés de \(handle), pics marqués" }
    func audienceTitle(_ handle: String) -> String { "Audience de \(handle) par pays" }
    func podsTitle(_ handle: String) -> String { "Textes répétés sous les publications de \(handle)" }
    func targetCountry(_ country: String) -> String { country + " (visé)" }

    // MARK: Recommendations

    func ranking(kpi: String, top: String, topValue: String, bottom: String, bottomValue: String) -> String {
        "\(kpi) : en tête @\(top) (\(topValue)), en dernier @\(bottom) (\(bottomValue))."
    }

    func costlyProfile(handle: String, kpi: String, value: String, factor: String, campaign: String, amount: String?) -> String {
        let head = "@\(handle) : \(kpi) \(value), \(times(factor)) les \(campaign) de la campagne"
        guard let amount else { return head + "." }
        return "\(head) ; \(amount) dépensés au-delà de ce niveau."
    }

    func bestFormat(format: String, rate: String, posts: String, campaign: String) -> String {
        "Meilleur format : \(format), taux d’engagement de \(rate) sur \(posts) publications, contre \(campaign) pour la campagne."
    }

    func timingPart(day: Bool, slot: String, rate: String, posts: String) -> String {
        (day ? "meilleur jour : " : "meilleure heure : ") + "\(slot) (taux d’engagement de \(rate) sur \(posts) publications)"
    }

    func bestTiming(parts: [String], campaign: String) -> String {
        let joined = parts.joined(separator: " ; ")
        let sentence = joined.prefix(1).uppercased() + joined.dropFirst()
        return "\(sentence), contre \(campaign) pour la campagne."
    }

    func platform(best: String, kpi: String, bestValue: String, bestPrimary: String?, worst: String, worstValue: String,
                  worstPrimary: String?, campaign: String?) -> String {
        let bp = bestPrimary.map { " (\($0))" } ?? ""
        let wp = worstPrimary.map { " (\($0))" } ?? ""
        let c = campaign.map { " et \($0) pour la campagne" } ?? ""
        return "\(best) est la plateforme la plus efficace : \(kpi) \(bestValue)\(bp), contre \(worstValue) sur \(worst)\(wp)\(c)."
    }

    func recommendationLabelled(_ kpi: String, _ value: String) -> String { "\(kpi) : \(value)" }

    func fraudFlag(handle: String, flags: [String], spend: String?) -> String {
        let names = flags.joined(separator: ", ")
        guard let spend else { return "@\(handle) est signalé (\(names)) ; vérifiez son audience avant de renouveler." }
        return "@\(handle) est signalé (\(names)) : \(spend) d’investissement en jeu ; vérifiez son audience avant de renouveler."
    }

    func missedTarget(kpi: String, actual: String, target: String, gap: String, gapPercent: String?) -> String {
        let g = gapPercent.map { "\(gap), \($0)" } ?? gap
        return "Objectif manqué — \(kpi) : \(actual) pour un objectif de \(target) (écart \(g))."
    }

    func budgetShift(from: String, to: String, kpi: String, fromValue: String, factor: String, campaign: String,
                     toValue: String, amount: String?) -> String {
        let head = "Déplacer du budget de @\(from) (\(kpi) \(fromValue), \(times(factor)) les \(campaign) de la campagne) vers @\(to) (\(kpi) \(toValue))"
        guard let amount else { return head + "." }
        return "\(head) : \(amount) en jeu."
    }

    // MARK: Workbook

    var workbookTitle: String { "Tableau de suivi des campagnes" }
    static let workbookHeaders: [String: String] = [
        "Campaign": "Campagne", "ID": "Identifiant", "Objective": "Objectif", "Currency": "Devise", "Start": "Début", "End": "Fin",
        "Handle": "Compte", "Name": "Nom", "Platform": "Plateforme", "Tier": "Palier", "Followers": "Abonnés",
        "Audience quality": "Qualité d’audience", "Flags": "Alertes", "Flag details": "Détail des alertes", "Creator": "Créateur",
        "Month": "Mois", "Figures": "Indicateurs", "Final on": "Définitif le", "Status": "Statut", "Group": "Groupe",
    ]
    var workbookHeaders: [String: String] { Self.workbookHeaders }
    var workbookSheets: [String: String] {
        ["Campaigns": "Campagnes", "Influencers": "Influenceurs", "Months": "Mois", "Signals": "Signaux", "Calendar": "Calendrier"]
    }
    func workbookMoney(_ quotedSymbol: String) -> String { "#,##0.00\\ " + quotedSymbol }
    func workbookProvisional(finalOn: String) -> String { "Provisoire : définitif le \(finalOn)" }
    var workbookPostsMaturity: String { "Publications (+2 jours)" }
    var workbookAttributionMaturity: String { "Attribution (fin + fenêtre)" }
}
