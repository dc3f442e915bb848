import ReportCore

/// fr-FR: each KPI's formula, its inputs and what n/a means, for the methodology block. The texts
/// follow the binding formulas of kpis.md (§1 aggregation, §2–§6, §9) and docs/kpis.md; each is
/// one plain sentence without a final full stop, and the formula names the KPI by its page
/// label, so a label on a card or a table heading leads to it.
/// Written with ordinary spaces: `typeset` adds the French no-break spaces.
extension FrenchWords {
    /// `formula` starts with the KPI's page label: "CPA = spend ÷ conversions".
    private func entry(_ kpi: KPI, _ formula: String, _ inputs: String, _ notAvailable: String) -> KPIMethodology {
        KPIMethodology(formula: kpiLabel(kpi) + " = " + formula, inputs: inputs, notAvailable: notAvailable)
    }

    /// A sum of one figure of the platforms' post statistics: "n.d. quand aucune publication ne renseigne …".
    private func sum(_ kpi: KPI, what: String, its: String, _ formula: String) -> KPIMethodology {
        entry(kpi, formula,
              "\(what) dans " + FrenchPhrases.posts,
              "n.d. quand aucune publication ne renseigne \(its)")
    }

    /// A cost figure: spend ÷ a result.
    private func cost(_ kpi: KPI, _ formula: String, _ result: String, _ notAvailable: String) -> KPIMethodology {
        entry(kpi, formula, FrenchPhrases.spend + " et " + result, notAvailable)
    }

    /// The exhaustive switch: a new KPI cannot ship without its methodology entry. Sources are
    /// named in words (« les commandes de votre boutique », « les statistiques de publication
    /// des plateformes »), never by the name of a file or a setting: the client reads it.
    func methodology(_ kpi: KPI) -> KPIMethodology {
        switch kpi {
        // MARK: Visibility (kpis.md §2)
        case .posts:
            return entry(kpi,
                "nombre de publications",
                "les publications que listent " + FrenchPhrases.posts,
                "jamais n.d. : un influenceur sans publication en a 0")
        case .reach:
            return sum(kpi, what: "la portée", its: "sa portée",
                "Σ portée des publications, cumulée : un compte touché par deux publications compte deux fois")
        case .impressions:
            return sum(kpi, what: "les impressions", its: "ses impressions",
                "Σ impressions des publications")
        case .views:
            return sum(kpi, what: "les vues", its: "ses vues",
                "Σ vues des publications")
        case .longViews:
            return sum(kpi, what: "les vues de plus de 3 secondes", its: "ses vues de plus de 3 s",
                "Σ vues des publications qui ont duré plus de 3 secondes")
        case .frequency:
            return entry(kpi,
                "Σ impressions ÷ Σ portée, sur les publications qui renseignent les deux, un ratio et non un pourcentage",
                "les impressions et la portée dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne à la fois impressions et portée, ou que leur portée totale est nulle")
        case .longViewRate:
            return entry(kpi,
                "Σ vues de plus de 3 secondes ÷ Σ vues × 100, sur les publications qui renseignent les deux",
                "les vues et les vues de plus de 3 secondes dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne les deux, ou que leurs vues totales sont nulles")
        case .reachRate:
            return entry(kpi,
                "Σ portée ÷ Σ abonnés × 100, sur les publications qui renseignent leur portée, les abonnés de l’influenceur comptant une fois par publication",
                "la portée dans " + FrenchPhrases.posts + " et " + FrenchPhrases.followers,
                "n.d. quand aucune publication ne renseigne sa portée, ou que le total des abonnés est nul")
        case .newFollowers:
            return entry(kpi,
                "dernier relevé daté au plus tard de la fin − dernier relevé daté d’avant le début (à défaut, le premier relevé daté à partir du début), par influenceur, additionné sur les influenceurs qui en ont un",
                FrenchPhrases.followerHistory,
                "n.d. sans historique des abonnés, quand aucun influenceur n’a deux relevés différents à comparer, ainsi que pour un format ou une variante A/B")
        case .followerGrowth:
            return entry(kpi,
                "nouveaux abonnés ÷ abonnés × 100, les abonnés étant ceux des influenceurs qui ont des nouveaux abonnés, chacun compté une fois",
                FrenchPhrases.followerHistory + " et " + FrenchPhrases.followers,
                "n.d. quand les nouveaux abonnés sont n.d., ou que le total des abonnés de ces influenceurs est nul")
        case .newFollowersFlagged:
            return entry(kpi,
                "les nouveaux abonnés des influenceurs signalés pour un pic d’abonnés, additionnés comme les nouveaux abonnés : la part des nouveaux abonnés qu’un pic signalé dans la section de confiance a pu acheter",
                FrenchPhrases.followerHistory + ", et la règle du pic d’abonnés de la section de confiance",
                "n.d. quand les nouveaux abonnés sont n.d. ; 0 quand aucun influenceur qui en a n’est signalé")

        // MARK: Engagement (kpis.md §3)
        case .engagements:
            return entry(kpi,
                "Σ (j’aime + commentaires + partages + enregistrements), une publication comptant dès qu’elle en renseigne un, les autres comptant 0",
                "les j’aime, commentaires, partages et enregistrements dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication n’en renseigne aucun")
        case .engagementRate:
            return entry(kpi,
                "Σ engagements ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les j’aime, commentaires, partages, enregistrements et la portée dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne à la fois engagements et portée, ou que leur portée totale est nulle")
        case .engagementRateFollowers:
            return entry(kpi,
                "Σ engagements ÷ Σ abonnés × 100, sur les publications qui renseignent leurs engagements, les abonnés de l’influenceur comptant une fois par publication ; c’est lui qu’on compare aux repères du secteur, fondés sur les abonnés",
                "les j’aime, commentaires, partages et enregistrements dans " + FrenchPhrases.posts + " et " + FrenchPhrases.followers,
                "n.d. quand aucune publication ne renseigne ses engagements, ou que le total des abonnés est nul")
        case .shareSaveRate:
            return entry(kpi,
                "Σ (partages + enregistrements) ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les partages, enregistrements et la portée dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne partages ou enregistrements avec sa portée, ou que leur portée totale est nulle")
        case .commentsPerPost:
            return entry(kpi,
                "Σ commentaires ÷ nombre de publications qui renseignent leurs commentaires",
                "le nombre de commentaires dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne ses commentaires")
        case .storyReplyRate:
            return entry(kpi,
                "Σ réponses aux stories ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les réponses et la portée des stories dans " + FrenchPhrases.posts,
                "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle")
        case .stickerTapRate:
            return entry(kpi,
                "Σ clics sur sticker ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les clics sur sticker et la portée des stories dans " + FrenchPhrases.posts,
                "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle")
        case .commentQuality:
            return entry(kpi,
                "commentaires d’au moins 4 mots ÷ commentaires × 100, les mots étant comptés une fois retirés les liens, @mentions et #hashtags et tout caractère autre qu’une lettre ou un chiffre remplacé par une espace",
                FrenchPhrases.comments, FrenchPhrases.noComments)
        case .purchaseIntentComments:
            return entry(kpi,
                "nombre de commentaires contenant une expression du lexique français et anglais d’intention d’achat (« je vais l’acheter », « commandé », « lien ? », « where can I get », …)",
                FrenchPhrases.comments,
                "n.d. quand les commentaires des publications ne sont pas fournis")
        case .positiveShare:
            return entry(kpi,
                "commentaires jugés positifs ÷ commentaires × 100",
                FrenchPhrases.sentimentInputs, FrenchPhrases.noComments)
        case .negativeShare:
            return entry(kpi,
                "commentaires jugés négatifs ÷ commentaires × 100",
                FrenchPhrases.sentimentInputs, FrenchPhrases.noComments)
        case .netSentiment:
            return entry(kpi,
                "part des commentaires positifs − part des commentaires négatifs, en points de pourcentage",
                FrenchPhrases.sentimentInputs, FrenchPhrases.noComments)
        case .commentsAnalysed:
            return entry(kpi,
                "les commentaires recueillis sur lesquels reposent les indicateurs de commentaires (qualité, intention, sentiment)",
                FrenchPhrases.comments,
                FrenchPhrases.noComments)
        case .commentsCoverage:
            return entry(kpi,
                "commentaires analysés ÷ Σ commentaires déclarés par les publications × 100 : la part de la conversation sur laquelle reposent les indicateurs de commentaires",
                FrenchPhrases.comments + ", et le nombre de commentaires dans " + FrenchPhrases.posts,
                "n.d. quand les commentaires des publications ne sont pas fournis, ou quand aucune publication ne déclare ses commentaires")

        // MARK: Conversion and cost (kpis.md §4)
        case .linkClicks:
            return sum(kpi, what: "les clics sur lien", its: "ses clics sur lien",
                "Σ clics sur lien des publications")
        case .ctr:
            return entry(kpi,
                "Σ clics sur lien ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les clics sur lien et la portée dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle")
        case .storyCtr:
            return entry(kpi,
                "Σ clics sur lien ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les clics sur lien et la portée des stories dans " + FrenchPhrases.posts,
                "n.d. quand aucune story ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle")
        case .clicks:
            return entry(kpi,
                "clics sur lien quand une publication du groupe en renseigne, sinon les visites que les statistiques de votre site attribuent aux liens de suivi (UTM) des influenceurs, additionnées sur les influenceurs du groupe qui en ont un",
                "les clics sur lien dans " + FrenchPhrases.posts + ", sinon " + FrenchPhrases.sessions + " attribuées au lien de suivi de chaque influenceur (et à celui de la campagne s’il y en a un), datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                "n.d. quand aucune publication ne renseigne de clics sur lien et que les statistiques de votre site ne sont pas fournies ou qu’aucun influenceur du groupe n’a de lien de suivi")
        case .conversions:
            return entry(kpi,
                "nombre de commandes attribuées",
                FrenchPhrases.ordersInGroup, FrenchPhrases.noOrders)
        case .revenue:
            return entry(kpi,
                "Σ chiffre d’affaires des commandes attribuées",
                FrenchPhrases.ordersInGroup, FrenchPhrases.noOrders)
        case .conversionRate:
            return entry(kpi,
                "conversions ÷ clics × 100, un taux de conversion après clic",
                FrenchPhrases.orders + " et les clics (clics sur lien, sinon les visites attribuées aux liens de suivi)",
                "n.d. quand les conversions ou les clics sont n.d., ou qu’il n’y a aucun clic")
        case .aov:
            return entry(kpi,
                "chiffre d’affaires ÷ conversions",
                "le chiffre d’affaires et le nombre des " + FrenchPhrases.attributedOrders,
                "n.d. quand les commandes de votre boutique ne sont pas fournies ou sans conversion")
        case .leads:
            return entry(kpi,
                "nombre de leads attribués, tous types confondus",
                FrenchPhrases.leadsInputs, FrenchPhrases.noLeads)
        case .spend:
            return entry(kpi,
                "cachet + produits offerts + taux de commission × chiffre d’affaires + Σ coûts par publication pour un influenceur ; pour la campagne, le plus grand du budget (s’il est fixé) et de Σ investissement des influenceurs ; pour une plateforme, Σ investissement de ses influenceurs",
                "le cachet, les produits offerts et le taux de commission de chaque influenceur et le budget de la campagne, tels que convenus dans le brief, le coût de chaque publication quand les statistiques en donnent un, et le chiffre d’affaires des " + FrenchPhrases.attributedOrders + " pour les commissions",
                "n.d. pour un influenceur dont les coûts ne sont pas connus et qui n’a pas de coût par publication, pour une plateforme ou une campagne sans budget qui en compte un, et pour un format ou une variante A/B, qui n’a pas d’investissement ; sans les commandes de votre boutique, les commissions n’ajoutent rien")
        case .spendUnassigned:
            return entry(kpi,
                "investissement de la campagne − Σ investissement des influenceurs : la part du budget liée à aucun créateur, montrée comme une ligne à part là où l’investissement est réparti par plateforme, pour que les lignes fassent le total",
                "le budget de la campagne et " + FrenchPhrases.spend,
                "n.d. quand l’investissement d’un influenceur est n.d. ; 0 sans budget")
        case .budgetUsed:
            return entry(kpi,
                "Σ investissement des créateurs ÷ budget × 100 : au-delà de 100, les créateurs coûtent plus que le budget et l’investissement retient leurs coûts",
                "le budget de la campagne et " + FrenchPhrases.spend,
                "n.d. sans budget")
        case .cpa:
            return entry(kpi,
                "investissement ÷ conversions",
                FrenchPhrases.spend + " et " + FrenchPhrases.orders,
                "n.d. quand les commandes de votre boutique ne sont pas fournies ou sans conversion")
        case .cpm:
            return cost(kpi,
                "investissement ÷ Σ impressions × 1000",
                "les impressions dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne ses impressions ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpe:
            return cost(kpi,
                "investissement ÷ engagements",
                "les j’aime, commentaires, partages et enregistrements dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne ses engagements ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpc:
            return cost(kpi,
                "investissement ÷ clics",
                "les clics (clics sur lien dans " + FrenchPhrases.posts + ", sinon les visites attribuées aux liens de suivi)",
                "n.d. quand les clics sont n.d. ou nuls, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpv:
            return cost(kpi,
                "investissement ÷ Σ vues",
                "les vues dans " + FrenchPhrases.posts,
                "n.d. quand aucune publication ne renseigne ses vues ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpl:
            return cost(kpi,
                "investissement ÷ leads",
                "les leads attribués par code promo, lien de suivi ou le créateur indiqué sur le lead, dans la fenêtre d’attribution",
                "n.d. quand vos leads ne sont pas fournis ou sans lead")
        case .roi:
            return entry(kpi,
                "chiffre d’affaires ÷ investissement, le ratio que le secteur appelle ROAS : il dit si le chiffre d’affaires couvre l’investissement, pas si la campagne a gagné de l’argent",
                "le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. quand les commandes de votre boutique ne sont pas fournies ou que l’investissement est nul")
        case .profit:
            return entry(kpi,
                "chiffre d’affaires − investissement, ce qui reste du chiffre d’affaires après l’investissement et avant le coût des marchandises, donc pas un bénéfice",
                "le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. quand les commandes de votre boutique ne sont pas fournies")
        case .netProfit:
            return entry(kpi,
                "chiffre d’affaires × marge brute − investissement : ce que la campagne a rapporté une fois le coût des marchandises payé",
                "votre marge brute indiquée dans le brief de la campagne, le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. quand le brief n’indique pas de marge brute ou que les commandes de votre boutique ne sont pas fournies")
        case .netROI:
            return entry(kpi,
                "bénéfice net ÷ investissement, montré en pourcentage : au-dessus de 0 la campagne a gagné de l’argent, le seul sens où elle est rentable",
                "le bénéfice net et " + FrenchPhrases.spend,
                "n.d. quand le bénéfice net est n.d. ou que l’investissement est nul")

        // MARK: Campaign-level figures (kpis.md §5)
        case .upliftRevenue:
            return entry(kpi,
                "(chiffre d’affaires quotidien de la campagne − chiffre d’affaires quotidien de la période de référence) ÷ chiffre d’affaires quotidien de la période de référence × 100",
                FrenchPhrases.baseline, FrenchPhrases.noBaseline)
        case .incrementalRevenue:
            return entry(kpi,
                "(chiffre d’affaires quotidien de la campagne − chiffre d’affaires quotidien de la période de référence) × jours de la campagne",
                FrenchPhrases.baseline, FrenchPhrases.noBaseline)
        case .incrementalRoas:
            return entry(kpi,
                "chiffre d’affaires incrémental ÷ investissement : le chiffre d’affaires que la campagne a ajouté au niveau de la période de référence, attribué ou non, rapporté à l’investissement, là où le ROI (ROAS) ne compte que le chiffre d’affaires attribué",
                FrenchPhrases.baseline + ", et " + FrenchPhrases.spend,
                "n.d. quand le chiffre d’affaires incrémental est n.d., ou que l’investissement est n.d. ou nul")
        case .upliftOrders:
            return entry(kpi,
                "(commandes quotidiennes de la campagne − commandes quotidiennes de la période de référence) ÷ commandes quotidiennes de la période de référence × 100",
                FrenchPhrases.baseline, FrenchPhrases.noBaseline)
        case .directTrafficUplift:
            return entry(kpi,
                "(visites directes quotidiennes de la campagne − visites directes quotidiennes de la période de référence) ÷ visites directes quotidiennes de la période de référence × 100",
                "les visites directes (adresse tapée ou favori) que comptent les statistiques de votre site, du début de la campagne à sa fin et sur la période de référence qui la précède",
                "n.d. sans période de référence ou quand les statistiques de votre site ne sont pas fournies, ou quand la période de référence n’a aucune visite directe")
        case .searchUplift:
            return entry(kpi,
                "(recherches quotidiennes moyennes du début de la campagne à sa fin plus la fenêtre d’attribution − recherches quotidiennes moyennes de la période de référence) ÷ recherches quotidiennes moyennes de la période de référence × 100",
                "les recherches de la marque (l’intérêt Google Trends ou les impressions des requêtes de la marque dans la Google Search Console), la valeur d’une semaine ou d’un mois valant pour chacun de ses jours, moyennes prises sur les jours que couvrent ces statistiques, et la période de référence qui précède la campagne",
                "n.d. sans période de référence ou sans statistiques de recherche, quand elles ne couvrent aucune des deux périodes, ou quand la moyenne de la période de référence est nulle")
        case .reusableContents:
            return entry(kpi,
                "nombre de publications dont les droits sont cédés pour une réutilisation",
                FrenchPhrases.reusable,
                FrenchPhrases.noReusable)
        case .reusableRate:
            return entry(kpi,
                "contenus réutilisables ÷ publications qui disent si elles sont réutilisables × 100",
                FrenchPhrases.reusable,
                FrenchPhrases.noReusable)
        case .reusedContents:
            return entry(kpi,
                "nombre de publications réutilisables que la marque a réutilisées quelque part (une publicité, le site, une newsletter…)",
                FrenchPhrases.reusable + ", et où chacune a été réutilisée",
                FrenchPhrases.noReusable)
        case .reuseRate:
            return entry(kpi,
                "contenus réutilisés ÷ contenus réutilisables × 100",
                FrenchPhrases.reusable + ", et où chacune a été réutilisée",
                "n.d. quand aucune publication n’est réutilisable")
        case .brandMentions:
            return entry(kpi,
                "nombre de mentions datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                FrenchPhrases.mentions,
                FrenchPhrases.noMentions)
        case .mentionAuthors:
            return entry(kpi,
                "nombre d’auteurs distincts (sans tenir compte de la casse) parmi les mentions de la marque",
                "les auteurs des " + FrenchPhrases.mentionsBare + ", datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                FrenchPhrases.noMentions)
        case .mentionCompliance:
            return entry(kpi,
                "publications dont la légende contient chaque mention obligatoire ÷ publications avec une légende × 100, une mention étant cherchée comme sous-chaîne, sans tenir compte de la casse",
                "les légendes dans " + FrenchPhrases.posts + " et les mentions que le brief de la campagne exige",
                "n.d. quand le brief n’exige aucune mention ou qu’aucune publication n’a de légende")
        case .onTimeRate:
            return entry(kpi,
                "publications parues au plus tard à leur date prévue ÷ publications avec une date prévue × 100, à la date près",
                FrenchPhrases.planned, FrenchPhrases.noPlanned)
        case .avgDelayDays:
            return entry(kpi,
                "moyenne de max(0, date de publication − date prévue) en jours, sur les publications avec une date prévue",
                FrenchPhrases.planned, FrenchPhrases.noPlanned)
        case .avgRating:
            return entry(kpi,
                "moyenne des notes d’un influenceur, chacune sur 5 ; pour la campagne, moyenne sur les influenceurs qui en ont une",
                "les notes que l’agence a données à chaque influenceur, de 1 à 5, pour l’adéquation à la marque, le respect du brief, la qualité du contenu et la réactivité",
                "n.d. quand aucun influenceur n’a de note")

        // MARK: Earned media value (kpis.md §6)
        case .emv:
            return entry(kpi,
                "Σ sur les publications (impressions ÷ 1000 × CPM + engagements × prix par engagement + clics sur lien × prix par clic), aux tarifs de la plateforme de chaque publication",
                "les impressions, engagements et clics sur lien dans " + FrenchPhrases.posts + ", valorisés aux tarifs listés dans les hypothèses en vigueur, qui sont des hypothèses, pas des prix de marché",
                "n.d. quand aucune publication ne renseigne impressions, engagements ou clics sur lien ; une publication qui n’en renseigne aucun n’ajoute rien")

        // MARK: Objective figures (kpis.md §9)
        case .costPerReusableContent:
            return cost(kpi,
                "investissement ÷ contenus réutilisables",
                FrenchPhrases.reusable,
                "n.d. quand aucune publication ne dit si elle est réutilisable ou qu’aucune ne l’est")
        // MARK: Early and settled measurements (kpis.md §10)
        case .earlyReachShare, .earlyEngagementShare:
            return earlyShareMethodology(kpi)
        case .postsPerMonth:
            return entry(kpi,
                "publications ÷ mois calendaires que touche la période de la campagne",
                "les publications que listent " + FrenchPhrases.posts + " et les dates de début et de fin de la campagne",
                "jamais n.d. : une campagne sans publication en a 0")
        }
    }

    /// A lead type's figure: the leads of one type, types compared lower-cased.
    func leadsMethodology(_ type: String) -> KPIMethodology {
        KPIMethodology(
            formula: leadsLabel(type) + " = nombre de leads attribués de type " + type,
            inputs: "vos leads de type " + type + " (comparé en minuscules), attribués comme les commandes, par code promo, lien de suivi ou le créateur indiqué sur le lead, datés du début de la campagne à sa fin plus la fenêtre d’attribution",
            notAvailable: FrenchPhrases.noLeads)
    }
}

/// Phrases several entries share, so that they read the same everywhere.
private enum FrenchPhrases {
    static let posts = "les statistiques de publication des plateformes"
    static let followers = "le nombre d’abonnés de chaque influenceur indiqué dans le brief de la campagne"
    static let followerHistory = "l’historique des abonnés des comptes des influenceurs"
    static let sessions = "les visites que comptent les statistiques de votre site"
    static let spend = "l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur)"
    static let attributedOrders = "commandes attribuées par code promo, lien de suivi ou le créateur indiqué sur la commande dans la fenêtre d’attribution"
    static let orders = "les " + attributedOrders
    static let ordersInGroup = "les commandes de votre boutique attribuées aux influenceurs du groupe par code promo, lien de suivi (UTM) ou le créateur indiqué sur la commande, datées du début de la campagne à sa fin plus la fenêtre d’attribution"
    static let noOrders = "n.d. quand les commandes de votre boutique ne sont pas fournies, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand elles sont fournies et que rien n’est attribué"
    static let comments = "les commentaires recueillis sur les publications du groupe"
    static let noComments = "n.d. quand les commentaires des publications ne sont pas fournis, ou que les publications du groupe n’en ont aucun"
    static let sentimentInputs = "les commentaires recueillis sur les publications du groupe, lus par le lexique français et anglais documenté, qui lit d’abord les expressions figées (« pas mal », « not great ») et inverse un mot après une négation"
    static let baseline = "les commandes de votre boutique, toutes, attribuées ou non, du début de la campagne à sa fin et sur la période de référence qui la précède"
    static let noBaseline = "n.d. sans période de référence ou quand les commandes de votre boutique ne sont pas fournies, ou quand la période de référence n’a aucune commande"
    static let reusable = "si les droits de chaque publication sont cédés pour une réutilisation par la marque, tel que l’indiquent les statistiques de publication"
    static let noReusable = "n.d. quand aucune publication ne dit si elle est réutilisable"
    static let planned = "la date de publication de chaque publication et sa date prévue"
    static let noPlanned = "n.d. quand aucune publication n’a de date prévue"
    static let mentionsBare = "mentions de la marque recueillies par l’écoute sociale"
    static let mentions = "les " + mentionsBare
    static let noMentions = "n.d. quand les mentions de la marque ne sont pas fournies"
    static let leadsInputs = "vos leads (inscriptions, demandes) attribués comme les commandes, par code promo, lien de suivi ou le créateur indiqué sur le lead, datés du début de la campagne à sa fin plus la fenêtre d’attribution"
    static let noLeads = "n.d. quand vos leads ne sont pas fournis, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand ils sont fournis et que rien n’est attribué"
}
