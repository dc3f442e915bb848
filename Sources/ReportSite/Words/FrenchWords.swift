import ReportCharts
import ReportCore

/// fr-FR: every word of the site in French (the trust, recommendation and workbook words are in
/// `FrenchWords+Judgement.swift`). Numbers as CLDR writes them: `1 234,50 €`, `3,2 %`.
struct FrenchWords: Words {
    var scaffold: ScaffoldHelp { .french }
    static let numbers = NumberSymbols(decimal: ",", grouping: NumberFormat.narrowNoBreakSpace, unitSpace: NumberFormat.noBreakSpace,
                                       currencyAfter: true, billion: "Md", notAvailable: "n.d.")
    var numbers: NumberSymbols { Self.numbers }

    static let chart = ChartWords(
        noData: "Aucune donnée", other: "Autres", benchmark: "Référence", target: "Objectif", provisional: "provisoire", data: "Données",
        total: "Total", totalsShown: "les totaux affichés", colon: "\u{A0}: ", locale: .frFR, numbers: numbers,
        funnelScale: { threshold, names in
            "Largeurs à l’échelle, sauf les barres sous \(threshold) de la plus large (\(names)), élargies pour rester visibles."
        })
    var chart: ChartWords { Self.chart }

    // MARK: Dates

    static let shortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    func date(_ day: Day) -> String {
        let c = day.components
        return "\(c.day == 1 ? "1er" : String(c.day)) \(Self.shortMonths[c.month - 1]) \(c.year)"
    }

    func shortDate(_ day: Day) -> String {
        let c = day.components
        return "\(c.day) \(Self.shortMonths[c.month - 1])"
    }

    var weekdays: [String] { ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] }
    var months: [String] {
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    }

    func quarter(_ quarter: Int, year: Int) -> String { "T\(quarter) \(year)" }

    // MARK: Labels

    func leadsLabel(_ type: String) -> String { "Leads (\(type))" }

    func objective(_ objective: Objective) -> String {
        switch objective {
        case .awareness: return "Notoriété"
        case .engagement: return "Engagement"
        case .sales: return "Ventes"
        case .leads: return "Génération de leads"
        case .ugc: return "Contenus (UGC)"
        case .ambassador: return "Programme ambassadeur"
        }
    }

    func status(_ status: ObjectiveSummary.Status) -> String {
        switch status {
        case .met: return "atteint"
        case .missed: return "manqué"
        case .unknown: return "n.d."
        }
    }

    func benchmarkStatus(_ status: BenchmarkComparison.Status?) -> String {
        switch status {
        case nil: return "n.d."
        case .below?: return "sous la fourchette du secteur"
        case .within?: return "dans la fourchette du secteur"
        case .above?: return "au-dessus de la fourchette du secteur"
        }
    }

    func source(_ source: BenchmarkRange.Source) -> String {
        switch source {
        case .seed: return "chiffre du secteur"
        case .assumption: return "hypothèse"
        case .reportYAML: return "fourchette propre à l’agence"
        case .mix: return "pour ce mélange de créateurs"
        }
    }

    func mixCounts(_ c: BenchmarkComparison.MixCounts) -> String {
        let total = c.below + c.within + c.above + c.na
        let own = c.below > 1 ? "créateurs sur \(total) sous leur propre fourchette" : "créateur sur \(total) sous sa propre fourchette"
        var parts = ["\(c.below) \(own)", "\(c.within) dans la leur", "\(c.above) au-dessus"]
        if c.na > 0 { parts.append("\(c.na) sans le chiffre") }
        return parts.joined(separator: ", ")
    }

    func tier(_ tier: Tier) -> String {
        switch tier {
        case .nano: return "nano"
        case .micro: return "micro"
        case .macro: return "macro"
        case .mega: return "méga"
        }
    }

    func flag(_ flag: FraudFlag) -> String {
        switch flag {
        case .incoherentEngagement: return "engagement incohérent"
        case .followerSpike: return "pic d’abonnés"
        case .foreignAudience: return "audience étrangère"
        case .commentPods: return "commentaires coordonnés"
        }
    }

    var none: String { "aucun" }

    static let postFormats: [String: String] = ["reel": "Reel", "story": "Story", "post": "Publication", "carousel": "Carrousel",
                                                "video": "Vidéo", "short": "Short", "live": "Live", "image": "Image", "photo": "Photo",
                                                "stream": "Stream"]
    var postFormats: [String: String] { Self.postFormats }

    static let fieldLabels: [String: String] = [
        "handle": "Influenceur", "name": "Nom", "platform": "Plateforme", "tier": "Palier", "format": "Format",
        "campaign": "Campagne", "objective": "Type de campagne", "brand": "Marque", "start": "Début", "end": "Fin",
        "primary_kpi": "KPI principal", "primary_value": "Valeur", "status": "Statut",
        "post_id": "Publication", "published": "Publiée le", "caption": "Légende", "currency": "Devise",
        "kpi": "Indicateur", "target": "Objectif", "actual": "Réalisé", "gap": "Écart", "hashtag": "Hashtag", "count": "Mentions",
        "slot": "Quand", "variant": "Variante", "day": "Jour", "month": "Mois", "weekday": "Jour de la semaine", "hour": "Heure",
        "reach_trend": "Portée par jour", "engagements_trend": "Engagements par jour", "engagement_rate_trend": "Taux d’engagement par jour",
        "link_clicks_trend": "Clics par jour", "posts": "Publications", "numerator": "Numérateur", "denominator": "Dénominateur", "rate": "Taux",
        "benchmark_range": "Fourchette du secteur", "benchmark_status": "Position",
        "quarter": "Trimestre", "campaign_count": "Campagnes", "creator_count": "Créateurs",
        "cost_kpi": "Indicateur de coût", "cost_value": "Coût", "targets_met": "Objectifs atteints",
        "period": "Période", "followers": "Abonnés", "audience_quality": "Qualité d’audience", "flags": "Signaux",
        "reach_vs_average": "Portée vs sa moyenne", "engagement_rate_vs_average": "Taux d’engagement vs sa moyenne",
        "conversions_vs_average": "Conversions vs sa moyenne", "cpa_vs_average": "CPA vs sa moyenne (plus bas = mieux)", "roi_vs_average": "ROI vs sa moyenne",
        "range": "Fourchette", "source": "Source", "value": "Valeur", "median": "Médiane des autres", "change": "Écart",
        "stage": "Mesure",
    ]
    var fieldLabels: [String: String] { Self.fieldLabels }

    var provisional: String { "provisoire" }
    var final: String { "définitif" }
    var portfolioTitle: String { "Portefeuille" }
    var benchmarksTitle: String { "Références" }
    var allGroups: String { "toutes" }
    var otherPlatforms: String { "autres plateformes" }
    var noTarget: String { "sans objectif" }
    func footer(date: String) -> String { "Données arrêtées au \(date). Généré par report." }
    func labelled(_ label: String, _ value: String) -> String { "\(label) : \(value)" }
    var listSeparator: String { " ; " }
    func campaigns(_ n: Int) -> String { n == 1 ? "1 campagne" : "\(n) campagnes" }
    func times(_ formatted: String) -> String { formatted + "\u{00A0}×" }

    // MARK: Methodology block

    var inputsLead: String { "Données\u{A0}: " }
    var assumptionsHeading: String { "Hypothèses en vigueur" }
    var methodologyHeading: String { "Définitions des indicateurs" }
    var postsReportingBoth: String { "sur les publications qui renseignent les deux" }
    func typeset(_ text: String) -> String { FrenchTypography.apply(text) }

    // MARK: Campaign page

    func emvAssumption(platform: String, cpm: String, engagement: String, click: String, ownRates: Bool) -> String {
        "EMV \(platform) : \(cpm) pour 1 000 impressions, \(engagement) par engagement, \(click) par clic (\(ownRates ? "tarifs propres à l’agence" : "hypothèse par défaut"))."
    }

    func attributionWindow(days: Int) -> String {
        "Fenêtre d’attribution : les commandes et les leads comptent jusqu’à \(days) jours après la fin de la campagne."
    }

    func industryRanges(_ sources: String) -> String { "Fourchettes du secteur : \(sources) ; la page des références les détaille." }

    func budgetExceeded(costs: String, budget: String) -> String {
        "Les créateurs coûtent \(costs), plus que le budget de \(budget) : l’investissement retient leurs coûts."
    }

    func budgetCovers(budget: String, costs: String, share: String, rest: String) -> String {
        "L’investissement est le budget, \(budget) : les créateurs en coûtent \(costs) (\(share)) ; les \(rest) restants couvrent des coûts liés à aucun créateur."
    }

    func budgetExact(_ budget: String) -> String { "Les coûts des créateurs font exactement le budget, \(budget)." }

    func costsUnknown(_ handles: String, count: Int, campaignSpendKnown: Bool) -> String {
        let who = count == 1 ? "Aucun coût n’est renseigné pour \(handles) (ni cachet, ni produits offerts, ni commission, ni coût par publication) : son investissement est n.d."
                             : "Aucun coût n’est renseigné pour \(handles) (ni cachet, ni produits offerts, ni commission, ni coût par publication) : leur investissement est n.d."
        return who + (campaignSpendKnown ? " ; celui de la campagne retient le budget, dont la part liée à aucun créateur est n.d."
                                         : ", comme celui de la campagne et ses coûts par résultat.")
    }

    var spendUnassignedRow: String { "Lié à aucun créateur" }

    func unattributedOrders(_ n: String, count: Int, baseline: Bool) -> String {
        let head = count == 1 ? "\(n) commande de la période d’attribution ne correspond à aucun influenceur : elle n’est pas comptée ici"
                              : "\(n) commandes de la période d’attribution ne correspondent à aucun influenceur : elles ne sont pas comptées ici"
        guard baseline else { return head + "." }
        return head + (count == 1 ? ", mais entre dans le calcul d’incrémentalité." : ", mais entrent dans le calcul d’incrémentalité.")
    }

    func roiAndIncrementalROAS(roi: String, incremental: String) -> String {
        "Le ROI (ROAS) de \(roi) ne compte que le chiffre d’affaires des commandes attribuées aux créateurs ; le ROAS incrémental de \(incremental) rapporte à l’investissement le chiffre d’affaires que la boutique a fait au-dessus de son niveau de la période de référence, attribué ou non."
    }

    func newFollowersFlagged(_ n: String, creators: Int) -> String {
        creators > 1 ? "dont \(n) chez des créateurs signalés" : "dont \(n) chez un créateur signalé"
    }

    func commentSample(_ comments: String, coverage: String?) -> String {
        guard let coverage else { return "Sur la base de \(comments) commentaires." }
        return "Sur la base de \(comments) commentaires, soit \(coverage) de ceux reçus par les publications."
    }

    func searchUplift(_ change: String, rose: Bool, during: String, before: String) -> String {
        "Les recherches de la marque ont \(rose ? "augmenté" : "baissé") de \(change) pendant la campagne et sa fenêtre d’attribution : \(during) par jour en moyenne, contre \(before) par jour pendant la période de référence."
    }

    var searchNoBaseline: String {
        "Hausse des recherches : n.d. Aucune période de référence avant la campagne n’a été indiquée pour y comparer les recherches de la campagne."
    }

    func searchBaselineZero(during: String?) -> String {
        "Hausse des recherches : n.d. La période de référence ne compte aucune recherche de la marque (0 par jour en moyenne) : aucune évolution ne peut s’y mesurer" + (during.map { " ; \($0) par jour en moyenne pendant la campagne et sa fenêtre d’attribution." } ?? ".")
    }

    func searchNotCovered(baseline: Bool) -> String {
        "Hausse des recherches : n.d. Le fichier des recherches ne couvre aucun jour " + (baseline ? "de la période de référence." : "de la campagne et de sa fenêtre d’attribution.")
    }

    var searchesChartTitle: String { "Recherches de la marque par jour" }
    var searchesSeries: String { "Recherches" }
    var baselineShade: String { "Référence" }
    var campaignShade: String { "Campagne + fenêtre d’attribution" }

    var disclosureMissing: String {
        "La campagne vise la France : la loi (n° 2023-451 du 9 juin 2023, art. 5) demande qu’un contenu sponsorisé porte la mention « Publicité » ou « Collaboration commerciale », et les mentions requises n’en contiennent aucune. Ce constat n’est pas un avis juridique."
    }

    func mentionShare(_ share: String) -> String { "\(share) des publications avec légende" }

    func costOutlier(kpi: String, value: String, factor: String, median: String) -> String {
        "\(kpi) de \(value), \(factor) fois la médiane de la campagne (\(median))\u{A0}: vérifier le cachet et les chiffres qui le fondent."
    }

    func codeLeak(orders: String, clicks: String, share: String) -> String {
        "\(orders) commandes avec le code promo pour \(clicks) clics sur lien (\(share))\u{A0}: un code diffusé sur des sites de bons de réduction ressemble à cela."
    }

    func conversionFlat(conversionsCV: String, reachCV: String) -> String {
        "Les créateurs convertissent presque autant les uns que les autres (coefficient de variation \(conversionsCV)) alors que leur portée varie fortement (\(reachCV))\u{A0}: vérifier l’attribution des commandes."
    }


    func earlierCampaigns(_ n: Int, _ objective: Objective) -> String {
        n == 1 ? "votre campagne précédente de même objectif (\(self.objective(objective).lowercased()))"
               : "vos \(n) campagnes précédentes de même objectif (\(self.objective(objective).lowercased()))"
    }
    func internalMedian(_ median: String, campaigns: Int, objective: Objective) -> String {
        "votre médiane : \(median) sur \(earlierCampaigns(campaigns, objective))"
    }
    func internalEqual(_ median: String, campaigns: Int, objective: Objective) -> String {
        "égal à votre médiane de \(median) sur \(earlierCampaigns(campaigns, objective))"
    }
    func internalChange(_ percent: String, below: Bool, median: String, campaigns: Int, objective: Objective, improved: Bool) -> String {
        "\(percent) \(below ? "sous" : "au-dessus de") votre médiane de \(median) sur \(earlierCampaigns(campaigns, objective)) — \(improved ? "une amélioration" : "une dégradation")"
    }

    // MARK: A/B test

    var abTooFewVariants: String { "Moins de deux variantes renseignées : pas de test possible." }
    func abNothingMeasurable(_ metric: String) -> String { "Pas de test possible : aucune des variantes n’a de \(metric) mesurable." }
    var abVersus: String { " contre " }

    func abVariant(_ label: String, description: String?, rate: String, posts: Int) -> String {
        let described = description.map { "\(label) (\($0))" } ?? label
        return "\(described) \(rate) sur \(posts) \(posts == 1 ? "publication" : "publications")"
    }

    func abRates(_ metric: String, _ rates: String, gap: String?) -> String { "\(metric) : \(rates)\(gap.map { ", " + $0 } ?? "")." }
    func abGap(points: String, value: Double, leader: String) -> String { "soit \(points) \(value < 2 ? "point" : "points") d’écart en faveur de \(leader)" }
    var abNoGap: String { "soit le même taux au dixième près" }
    var abPBelowThousandth: String { "p < 0,001" }

    func abTooFewPosts(minimum: Int) -> String {
        "Trop peu de publications pour conclure : un test demande au moins \(minimum) publications de chaque variante."
    }

    func abNoVariation(_ metric: String) -> String {
        "Pas de test possible : dans chaque variante, toutes les publications ont le même \(metric)."
    }

    func abWelchOnly(p: String, significant: Bool) -> String {
        significant
            ? "La différence est statistiquement significative (test t de Welch sur les taux des publications, \(p))."
            : "La différence n’est pas statistiquement significative (test t de Welch sur les taux des publications, \(p)) : ces données ne montrent pas qu’une variante fait mieux que l’autre."
    }

    func abStratified(influencers n: Int, p: String, significant: Bool) -> String {
        let who = n == 1 ? "le seul influenceur ayant publié les deux variantes" : "les \(n) influenceurs ayant publié les deux variantes"
        let test = "En comparant les publications de chaque créateur d’une variante à ses propres publications de l’autre (\(who) ; régression à effets fixes, \(p))"
        return significant
            ? "\(test), la différence est statistiquement significative."
            : "\(test), la différence n’est pas statistiquement significative : ces données ne montrent pas qu’une variante fait mieux que l’autre."
    }

    func abWelchAgrees(p: String) -> String { "Sur l’ensemble des publications, le test t de Welch va dans le même sens (\(p))." }

    func abWelchDisagrees(p: String, significant: Bool) -> String {
        significant
            ? "Sur l’ensemble des publications, le test t de Welch trouve une différence significative (\(p)) ; elle peut tenir aux créateurs qui ont publié chaque variante plutôt qu’aux variantes elles-mêmes."
            : "Sur l’ensemble des publications, le test t de Welch ne la trouve pas (\(p)) : les différences entre créateurs la masquent."
    }

    var abNoInfluencerInBoth: String {
        "Aucun influenceur n’a publié les deux variantes : aucune comparaison au sein des créateurs n’est possible, et l’écart peut tenir aux créateurs autant qu’aux variantes."
    }

    var abStratifiedTooFewPosts: String {
        "Les influenceurs ayant publié les deux variantes ont trop peu de publications pour une comparaison au sein des créateurs ; le verdict repose sur l’ensemble des publications."
    }

    var abStratifiedNoVariation: String {
        "Aucune comparaison au sein des créateurs n’est possible : pour les influenceurs ayant publié les deux variantes, la variante explique à elle seule le taux de chaque publication ; le verdict repose sur l’ensemble des publications."
    }

    func abCreatorShift(handle: String, first: String, firstShare: String, second: String, secondShare: String) -> String {
        "\(handle) \(firstShare) de \(first) et \(secondShare) de \(second)"
    }

    func abCreatorMix(_ list: String) -> String {
        "Attention : les variantes n’ont pas été publiées par le même mélange de créateurs (parts des publications écartées de plus de 20 points : \(list)) ; les créateurs, et pas seulement les variantes, peuvent expliquer l’écart."
    }

    // MARK: Email draft

    func emailSubject(_ period: String) -> String { " — rapport de campagne, " + period }
    func emailAttached(_ file: String) -> String {
        "Le rapport complet est joint (\(file)) : il s’ouvre dans n’importe quel navigateur, sans connexion."
    }
    var emailKeyFigures: String { "Chiffres clés :" }
    var emailFirstRecommendation: String { "Première recommandation : " }
}
