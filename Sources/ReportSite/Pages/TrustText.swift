import ReportCore

/// The trust section's words, in both languages: each flag in one sentence with its numbers.
struct TrustText {
    let locale: ReportLocale
    let format: NumberFormat

    var fr: Bool { locale == .frFR }

    var heuristics: String {
        fr ? "Ces signaux sont des heuristiques à vérifier à la main, pas des verdicts : chacun donne les chiffres qui l’ont déclenché et le seuil appliqué."
           : "These flags are heuristics to check by hand, not verdicts: each gives the numbers that raised it and the threshold applied."
    }

    var none: String { fr ? "aucun" : "none" }
    var tableHeadings: [String] {
        fr ? ["Influenceur", "Qualité d’audience", "Signaux", "Non vérifié"] : ["Influencer", "Audience quality", "Flags", "Not checked"]
    }
    var podHeadings: [String] { fr ? ["Texte répété", "Fois"] : ["Repeated text", "Times"] }
    var followersSeries: String { fr ? "Abonnés" : "Followers" }
    var spikeSeries: String { fr ? "Pic" : "Spike" }
    var audienceSeries: String { fr ? "Part de l’audience" : "Audience share" }

    static func noRecommendation(_ locale: ReportLocale) -> String {
        locale == .frFR ? "Aucune règle ne s’applique à cette campagne." : "No rule applies to this campaign."
    }

    func name(_ flag: FraudFlag) -> String { Labels.flag(flag, locale) }

    func heading(_ a: FraudAssessment) -> String {
        "@" + a.influencer.handle + (fr ? " — qualité d’audience \(a.audienceQuality)/100" : " — audience quality \(a.audienceQuality)/100")
    }

    func percent(_ share: Double) -> String { format.percent(share * 100) }
    func count(_ n: Double) -> String { format.number(n, decimals: 0) }

    func sentence(_ flag: FraudFlag, _ a: FraudAssessment) -> String {
        let handle = "@" + a.influencer.handle
        switch flag {
        case .incoherentEngagement:
            guard let e = a.incoherentEngagement.evidence else { return name(flag) }
            // Two decimals: a rate and its limit can round to the same tenth.
            let rate = format.percent(e.rate, decimals: 2), range = format.percent(e.range.low) + "–" + format.percent(e.range.high)
            let factor = format.number(e.factor, decimals: e.factor == e.factor.rounded() ? 0 : 1)
            if e.isAbove {
                return fr ? "\(handle) : taux d’engagement (abonnés) de \(rate), plus de \(factor) × le haut de sa fourchette \(range) (limite \(format.percent(e.upperLimit, decimals: 2)))."
                          : "\(handle): engagement rate (followers) \(rate), more than \(factor) × the top of its range \(range) (limit \(format.percent(e.upperLimit, decimals: 2)))."
            }
            return fr ? "\(handle) : taux d’engagement (abonnés) de \(rate), sous le bas de sa fourchette \(range) divisé par \(factor) (limite \(format.percent(e.lowerLimit, decimals: 2)))."
                      : "\(handle): engagement rate (followers) \(rate), below the bottom of its range \(range) divided by \(factor) (limit \(format.percent(e.lowerLimit, decimals: 2)))."
        case .followerSpike:
            guard let e = a.followerSpike.evidence else { return name(flag) }
            let dates = DateFormat(locale: locale)
            let steps = e.spikes.map { s in
                fr ? "+\(count(s.growth)) par jour au \(dates.format(s.end)) (sur \(count(Double(s.previousFollowers))) abonnés)"
                   : "+\(count(s.growth)) a day on \(dates.format(s.end)) (on \(count(Double(s.previousFollowers))) followers)"
            }.joined(separator: fr ? " ; " : "; ")
            return fr ? "\(handle) : saut d’abonnés de \(steps), contre une croissance habituelle de \(count(e.median)) par jour ; seuil \(format.number(e.threshold, decimals: 1)) par jour (médiane + \(format.number(e.madK, decimals: 0)) × 1,4826 × MAD) et \(format.percent(e.minShare * 100)) du compte précédent."
                      : "\(handle): follower jump of \(steps), against a usual growth of \(count(e.median)) a day; threshold \(format.number(e.threshold, decimals: 1)) a day (median + \(format.number(e.madK, decimals: 0)) × 1.4826 × MAD) and \(format.percent(e.minShare * 100)) of the previous count."
        case .foreignAudience:
            guard let e = a.foreignAudience.evidence else { return name(flag) }
            let targets = e.targetCountries.joined(separator: ", ")
            return fr ? "\(handle) : \(percent(e.foreignShare)) de l’audience déclarée est hors des pays visés (\(targets)), au-delà de la limite de \(percent(e.limit))."
                      : "\(handle): \(percent(e.foreignShare)) of the listed audience is outside the target countries (\(targets)), above the limit of \(percent(e.limit))."
        case .commentPods:
            guard let e = a.commentPods.evidence else { return name(flag) }
            return fr ? "\(handle) : \(percent(e.share)) des commentaires (\(count(Double(e.podComments))) sur \(count(Double(e.comments)))) sont des textes d’au moins \(e.minWords) mots répétés au moins \(e.minRepeats) fois, au-delà de la limite de \(percent(e.limit))."
                      : "\(handle): \(percent(e.share)) of the comments (\(count(Double(e.podComments))) of \(count(Double(e.comments)))) are texts of \(e.minWords)+ words repeated \(e.minRepeats)+ times, above the limit of \(percent(e.limit))."
        }
    }

    func clean(_ list: [FraudAssessment]) -> String {
        let handles = list.map { "@" + $0.influencer.handle }.joined(separator: ", ")
        return fr ? "Aucun signal pour \(handles) (qualité d’audience 100/100 sur les règles vérifiées)."
                  : "No flag for \(handles) (audience quality 100/100 on the rules checked)."
    }

    func unchecked(_ list: [FraudAssessment]) -> String {
        let handles = list.map { "@" + $0.influencer.handle }.joined(separator: ", ")
        return fr ? "Données insuffisantes pour vérifier \(handles) (voir le tableau)." : "Not enough data to check \(handles) (see the table)."
    }

    /// The rules that could not run for this creator, and why.
    func notChecked(_ a: FraudAssessment) -> String {
        let skipped = FraudFlag.allCases.compactMap { flag in a.skipReason(flag).map { name(flag) + " (" + reason($0) + ")" } }
        return skipped.isEmpty ? none : skipped.joined(separator: ", ")
    }

    func reason(_ r: FraudSkipReason) -> String {
        switch (r, fr) {
        case (.noEngagementRate, false): return "no engagement rate"
        case (.noEngagementRate, true): return "pas de taux d’engagement"
        case (.noBenchmark, false): return "no range"
        case (.noBenchmark, true): return "pas de fourchette"
        case (.noFollowersFile, false): return "no followers.csv"
        case (.noFollowersFile, true): return "pas de followers.csv"
        case (.tooFewCounts(let counts, let needed), false): return "\(counts) counts of \(needed) needed"
        case (.tooFewCounts(let counts, let needed), true): return "\(counts) relevés sur \(needed) requis"
        case (.noAudienceCountries, false): return "no audience_countries"
        case (.noAudienceCountries, true): return "pas d’audience_countries"
        case (.noTargetCountries, false): return "no target_countries"
        case (.noTargetCountries, true): return "pas de target_countries"
        case (.noCommentsFile, false): return "no comments.csv"
        case (.noCommentsFile, true): return "pas de comments.csv"
        case (.noComments, false): return "no comments"
        case (.noComments, true): return "aucun commentaire"
        }
    }

    func engagementTitle(_ handle: String) -> String {
        fr ? "Taux d’engagement (abonnés) de \(handle) face à sa fourchette" : "Engagement rate (followers) of \(handle) against its range"
    }
    func followersTitle(_ handle: String) -> String { fr ? "Abonnés de \(handle), pics marqués" : "Followers of \(handle), spikes marked" }
    func audienceTitle(_ handle: String) -> String { fr ? "Audience de \(handle) par pays" : "Audience of \(handle) by country" }
    func podsTitle(_ handle: String) -> String { fr ? "Textes répétés sous les publications de \(handle)" : "Texts repeated under \(handle)’s posts" }
    func target(_ country: String) -> String { fr ? country + " (visé)" : country + " (target)" }
}
