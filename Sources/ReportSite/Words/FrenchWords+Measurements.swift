import ReportCore

/// fr-FR : mesures à chaud et à froid (kpis.md §10).
extension FrenchWords {
    var earlyStage: String { "À chaud (48 h)" }
    var settledStage: String { "À froid (7 jours et plus)" }

    func earlyShares(reach: String?, engagements: String?, posts: Int) -> String {
        let over = "sur \(posts) publication\(posts > 1 ? "s" : "") mesurée\(posts > 1 ? "s" : "") deux fois"
        switch (reach, engagements) {
        case let (r?, e?): return "\(r) de la portée était là après 48 heures, et \(e) des engagements, \(over)."
        case let (r?, nil): return "\(r) de la portée était là après 48 heures, \(over)."
        case let (nil, e?): return "\(e) des engagements étaient là après 48 heures, \(over)."
        case (nil, nil): return noEarlyAndSettled
        }
    }

    var noEarlyAndSettled: String {
        "Aucune publication n’a encore à la fois une mesure dans les 48 heures qui suivent sa publication et une mesure au moins 7 jours après."
    }

    func settledDue(handle: String, date: String, posts: Int) -> String {
        "\(handle)\u{00A0}: mesure à froid à prendre à partir du \(date) (\(posts) publication\(posts > 1 ? "s" : ""))"
    }

    /// La méthode de early_reach_share et early_engagement_share, sources nommées en mots.
    func earlyShareMethodology(_ kpi: KPI) -> KPIMethodology {
        let what = kpi == .earlyReachShare ? "la portée" : "les engagements"
        let short = kpi == .earlyReachShare ? "portée" : "engagements"
        return KPIMethodology(
            formula: kpiLabel(kpi) + " = Σ \(short) à la dernière mesure de chaque publication dans les 48 heures qui suivent sa publication ÷ Σ \(short) à sa dernière mesure au moins 7 jours après × 100, sur les publications qui ont les deux",
            inputs: "\(what) des statistiques de publication des plateformes relevés plusieurs fois par publication, chaque relevé avec sa date et son heure, jusqu’à la date du rapport",
            notAvailable: "n.d. quand aucune publication n’a les deux mesures avec \(what), ou que la somme à froid est nulle")
    }
}
