/// Every word of the recommendations, in English and French. The rules pass numbers already
/// formatted by `NumberFormat`, so a sentence quotes them exactly as the page shows them.
/// French follows the project's existing punctuation (`CPA : …`, regular space before `:`).
struct RecommendationText: Sendable {
    let locale: ReportLocale
    var fr: Bool { locale == .frFR }

    /// Weekday names, Monday first (the timing table's order).
    static func weekdays(_ locale: ReportLocale) -> [String] {
        locale == .frFR
            ? ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    }

    /// An hour slot as the hours table labels it (`18h`).
    static func hour(_ hour: Int) -> String { Day.pad(hour, 2) + "h" }

    /// `2.6×` / `2,6 ×`.
    func factor(_ formatted: String) -> String { fr ? formatted + "\u{00A0}×" : formatted + "×" }

    /// The fraud flags of kpis.md §8 in words; an unknown name is quoted as given.
    func flag(_ name: String) -> String {
        switch name {
        case "incoherent_engagement": return fr ? "engagement incohérent" : "incoherent engagement"
        case "follower_spike": return fr ? "pic d’abonnés" : "follower spike"
        case "foreign_audience": return fr ? "audience étrangère" : "foreign audience"
        case "comment_pods": return fr ? "pods de commentaires" : "comment pods"
        default: return name
        }
    }

    /// "Conversions: top @b (120), bottom @a (12)."
    func ranking(kpi: String, top: String, topValue: String, bottom: String, bottomValue: String) -> String {
        fr ? "\(kpi) : en tête @\(top) (\(topValue)), en dernier @\(bottom) (\(bottomValue))."
           : "\(kpi): top @\(top) (\(topValue)), bottom @\(bottom) (\(bottomValue))."
    }

    /// "@a: CPA €48.00, 2.7× the campaign's €18.00; €1,500.00 spent beyond that level."
    func costlyProfile(handle: String, kpi: String, value: String, factor: String, campaign: String, amount: String?) -> String {
        let head = fr ? "@\(handle) : \(kpi) \(value), \(self.factor(factor)) les \(campaign) de la campagne"
                      : "@\(handle): \(kpi) \(value), \(self.factor(factor)) the campaign’s \(campaign)"
        guard let amount else { return head + "." }
        return fr ? "\(head) ; \(amount) dépensés au-delà de ce niveau." : "\(head); \(amount) spent beyond that level."
    }

    /// "Best format: reel, engagement rate 5.2% over 12 posts, against 3.1% for the campaign."
    func bestFormat(format: String, rate: String, posts: String, campaign: String) -> String {
        fr ? "Meilleur format : \(format), taux d’engagement de \(rate) sur \(posts) publications, contre \(campaign) pour la campagne."
           : "Best format: \(format), engagement rate \(rate) over \(posts) posts, against \(campaign) for the campaign."
    }

    /// One part of the timing sentence: "best day: Tuesday (engagement rate 6.1% over 4 posts)".
    func timingPart(day: Bool, slot: String, rate: String, posts: String) -> String {
        if fr {
            return (day ? "meilleur jour : " : "meilleure heure : ") + "\(slot) (taux d’engagement de \(rate) sur \(posts) publications)"
        }
        return (day ? "best day: " : "best hour: ") + "\(slot) (engagement rate \(rate) over \(posts) posts)"
    }

    /// The parts joined, capitalised, against the campaign's rate.
    func bestTiming(parts: [String], campaign: String) -> String {
        let joined = parts.joined(separator: fr ? " ; " : "; ")
        let sentence = joined.prefix(1).uppercased() + joined.dropFirst()
        return fr ? "\(sentence), contre \(campaign) pour la campagne." : "\(sentence), against \(campaign) for the campaign."
    }

    /// "TikTok is the most efficient platform: CPA €12.00 (Conversions: 80), against €30.00 on Instagram (Conversions: 40)."
    func platform(best: String, kpi: String, bestValue: String, bestPrimary: String?, worst: String, worstValue: String,
                  worstPrimary: String?, campaign: String?) -> String {
        let bp = bestPrimary.map { " (\($0))" } ?? ""
        let wp = worstPrimary.map { " (\($0))" } ?? ""
        if fr {
            let c = campaign.map { " et \($0) pour la campagne" } ?? ""
            return "\(best) est la plateforme la plus efficace : \(kpi) \(bestValue)\(bp), contre \(worstValue) sur \(worst)\(wp)\(c)."
        }
        let c = campaign.map { " and \($0) for the campaign" } ?? ""
        return "\(best) is the most efficient platform: \(kpi) \(bestValue)\(bp), against \(worstValue) on \(worst)\(wp)\(c)."
    }

    /// "Conversions: 80" inside the platform sentence.
    func labelled(_ kpi: String, _ value: String) -> String { fr ? "\(kpi) : \(value)" : "\(kpi): \(value)" }

    /// "@a is flagged (follower spike, comment pods): €2,400.00 of spend at stake; check its audience before renewing."
    func fraudFlag(handle: String, flags: [String], spend: String?) -> String {
        let names = flags.joined(separator: ", ")
        guard let spend else {
            return fr ? "@\(handle) est signalé (\(names)) ; vérifiez son audience avant de renouveler."
                      : "@\(handle) is flagged (\(names)); check its audience before renewing."
        }
        return fr ? "@\(handle) est signalé (\(names)) : \(spend) d’investissement en jeu ; vérifiez son audience avant de renouveler."
                  : "@\(handle) is flagged (\(names)): \(spend) of spend at stake; check its audience before renewing."
    }

    /// "Target missed — CPA: €25.00 against a target of €20.00 (gap +€5.00, +25.0%)."
    func missedTarget(kpi: String, actual: String, target: String, gap: String, gapPercent: String?) -> String {
        let g = gapPercent.map { "\(gap), \($0)" } ?? gap
        return fr ? "Objectif manqué — \(kpi) : \(actual) pour un objectif de \(target) (écart \(g))."
                  : "Target missed — \(kpi): \(actual) against a target of \(target) (gap \(g))."
    }

    /// "Move budget from @a (CPA €48.00, 2.7× the campaign’s €18.00) to @b (CPA €11.00): €1,500.00 at stake."
    func budgetShift(from: String, to: String, kpi: String, fromValue: String, factor: String, campaign: String,
                     toValue: String, amount: String?) -> String {
        let head = fr ? "Déplacer du budget de @\(from) (\(kpi) \(fromValue), \(self.factor(factor)) les \(campaign) de la campagne) vers @\(to) (\(kpi) \(toValue))"
                      : "Move budget from @\(from) (\(kpi) \(fromValue), \(self.factor(factor)) the campaign’s \(campaign)) to @\(to) (\(kpi) \(toValue))"
        guard let amount else { return head + "." }
        return fr ? "\(head) : \(amount) en jeu." : "\(head): \(amount) at stake."
    }
}
