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

    /// "n/a when no post reports …" for a sum of one posts.csv column.
    private func sum(_ kpi: KPI, column: String, _ formula: String, _ what: String) -> KPIMethodology {
        entry(kpi, formula,
              "la colonne \(column) de posts.csv",
              "n.d. quand aucune publication ne renseigne \(what)")
    }

    /// A cost figure: spend ÷ a result.
    private func cost(_ kpi: KPI, _ formula: String, _ result: String, _ notAvailable: String) -> KPIMethodology {
        entry(kpi, formula, FrenchPhrases.spend + " et " + result, notAvailable)
    }

    /// The exhaustive switch: a new KPI cannot ship without its methodology entry.
    func methodology(_ kpi: KPI) -> KPIMethodology {
        switch kpi {
        // MARK: Visibility (kpis.md §2)
        case .posts:
            return entry(kpi,
                "nombre de publications",
                "les lignes de posts.csv",
                "jamais n.d. : un influenceur sans publication en a 0")
        case .reach:
            return sum(kpi, column: "reach",
                "Σ portée des publications, cumulée : un compte touché par deux publications compte deux fois",
                "sa portée")
        case .impressions:
            return sum(kpi, column: "impressions",
                "Σ impressions des publications",
                "ses impressions")
        case .views:
            return sum(kpi, column: "views",
                "Σ vues des publications",
                "ses vues")
        case .longViews:
            return sum(kpi, column: "long_views",
                "Σ long_views des publications, les vues de plus de 3 secondes",
                "ses vues de plus de 3 s")
        case .frequency:
            return entry(kpi,
                "Σ impressions ÷ Σ portée, sur les publications qui renseignent les deux, un ratio et non un pourcentage",
                "les colonnes impressions et reach de posts.csv",
                "n.d. quand aucune publication ne renseigne à la fois impressions et portée, ou que leur portée totale est nulle")
        case .longViewRate:
            return entry(kpi,
                "Σ long_views ÷ Σ vues × 100, sur les publications qui renseignent les deux",
                "les colonnes long_views (vues de plus de 3 secondes) et views de posts.csv",
                "n.d. quand aucune publication ne renseigne les deux, ou que leurs vues totales sont nulles")
        case .reachRate:
            return entry(kpi,
                "Σ portée ÷ Σ abonnés × 100, sur les publications qui renseignent leur portée, les abonnés de l’influenceur comptant une fois par publication",
                "la colonne reach de posts.csv et les abonnés de chaque influenceur dans campaign.yaml",
                "n.d. quand aucune publication ne renseigne sa portée, ou que le total des abonnés est nul")
        case .newFollowers:
            return entry(kpi,
                "dernier relevé daté au plus tard de la fin − dernier relevé daté d’avant le début (à défaut, le premier relevé daté à partir du début), par influenceur, additionné sur les influenceurs qui en ont un",
                "les relevés d’abonnés des influenceurs dans followers.csv",
                "n.d. sans fichier d’abonnés, quand aucun influenceur n’a deux relevés différents à comparer, ainsi que pour un format ou une variante A/B")
        case .followerGrowth:
            return entry(kpi,
                "nouveaux abonnés ÷ abonnés × 100, les abonnés étant ceux des influenceurs qui ont des nouveaux abonnés, chacun compté une fois",
                "les relevés d’abonnés de followers.csv et les abonnés de chaque influenceur dans campaign.yaml",
                "n.d. quand les nouveaux abonnés sont n.d., ou que le total des abonnés de ces influenceurs est nul")
        case .newFollowersFlagged:
            return entry(kpi,
                "les nouveaux abonnés des influenceurs signalés pour un pic d’abonnés (follower_spike), additionnés comme les nouveaux abonnés : la part des nouveaux abonnés qu’un pic signalé dans la section de confiance a pu acheter",
                "les relevés d’abonnés des influenceurs dans followers.csv et la règle du pic d’abonnés",
                "n.d. quand les nouveaux abonnés sont n.d. ; 0 quand aucun influenceur qui en a n’est signalé")

        // MARK: Engagement (kpis.md §3)
        case .engagements:
            return entry(kpi,
                "Σ (j’aime + commentaires + partages + enregistrements), une publication comptant dès qu’elle en renseigne un, les autres comptant 0",
                "les colonnes likes, comments, shares et saves de posts.csv",
                "n.d. quand aucune publication n’en renseigne aucun")
        case .engagementRate:
            return entry(kpi,
                "Σ engagements ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les j’aime, commentaires, partages, enregistrements et la portée de posts.csv",
                "n.d. quand aucune publication ne renseigne à la fois engagements et portée, ou que leur portée totale est nulle")
        case .engagementRateFollowers:
            return entry(kpi,
                "Σ engagements ÷ Σ abonnés × 100, sur les publications qui renseignent leurs engagements, les abonnés de l’influenceur comptant une fois par publication ; c’est lui qu’on compare aux repères du secteur, fondés sur les abonnés",
                "les j’aime, commentaires, partages et enregistrements de posts.csv et les abonnés de chaque influenceur dans campaign.yaml",
                "n.d. quand aucune publication ne renseigne ses engagements, ou que le total des abonnés est nul")
        case .shareSaveRate:
            return entry(kpi,
                "Σ (partages + enregistrements) ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les colonnes shares, saves et reach de posts.csv",
                "n.d. quand aucune publication ne renseigne partages ou enregistrements avec sa portée, ou que leur portée totale est nulle")
        case .commentsPerPost:
            return entry(kpi,
                "Σ commentaires ÷ nombre de publications qui renseignent leurs commentaires",
                "la colonne comments de posts.csv",
                "n.d. quand aucune publication ne renseigne ses commentaires")
        case .storyReplyRate:
            return entry(kpi,
                "Σ réponses aux stories ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les colonnes story_replies et reach de posts.csv, publications au format story uniquement",
                "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle")
        case .stickerTapRate:
            return entry(kpi,
                "Σ clics sur sticker ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les colonnes sticker_taps et reach de posts.csv, publications au format story uniquement",
                "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle")
        case .commentQuality:
            return entry(kpi,
                "commentaires d’au moins 4 mots ÷ commentaires × 100, les mots étant comptés une fois retirés les URL, @mentions et #hashtags et tout caractère autre qu’une lettre ou un chiffre remplacé par une espace",
                FrenchPhrases.comments, FrenchPhrases.noComments)
        case .purchaseIntentComments:
            return entry(kpi,
                "nombre de commentaires contenant une expression du lexique français et anglais d’intention d’achat (« je vais l’acheter », « commandé », « lien ? », « where can I get », …)",
                FrenchPhrases.comments,
                "n.d. sans fichier de commentaires")
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
                "les commentaires de comments.csv sur lesquels reposent les indicateurs de commentaires (qualité, intention, sentiment)",
                "les lignes de comments.csv sur les publications du groupe",
                FrenchPhrases.noComments)
        case .commentsCoverage:
            return entry(kpi,
                "commentaires analysés ÷ Σ commentaires déclarés par les publications × 100 : la part de la conversation sur laquelle reposent les indicateurs de commentaires",
                "comments.csv et la colonne comments de posts.csv",
                "n.d. sans comments.csv, ou quand aucune publication ne déclare ses commentaires")

        // MARK: Conversion and cost (kpis.md §4)
        case .linkClicks:
            return sum(kpi, column: "link_clicks",
                "Σ clics sur lien des publications",
                "ses clics sur lien")
        case .ctr:
            return entry(kpi,
                "Σ clics sur lien ÷ Σ portée × 100, sur les publications qui renseignent les deux",
                "les colonnes link_clicks et reach de posts.csv",
                "n.d. quand aucune publication ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle")
        case .storyCtr:
            return entry(kpi,
                "Σ clics sur lien ÷ Σ portée × 100, sur les stories qui renseignent les deux",
                "les colonnes link_clicks et reach de posts.csv, publications au format story uniquement",
                "n.d. quand aucune story ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle")
        case .clicks:
            return entry(kpi,
                "clics sur lien quand une publication du groupe en renseigne, sinon les sessions attribuées par UTM, additionnées sur les influenceurs du groupe qui ont un utm_content",
                "la colonne link_clicks de posts.csv, sinon les lignes de sessions.csv dont content est l’utm_content d’un influenceur (et dont campaign est l’utm_campaign de la campagne s’il est fixé), datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                "n.d. quand aucune publication ne renseigne de clics sur lien et qu’il n’y a pas de fichier de sessions ou qu’aucun influenceur du groupe n’a d’utm_content")
        case .conversions:
            return entry(kpi,
                "nombre de commandes attribuées",
                FrenchPhrases.ordersFile, FrenchPhrases.noOrders)
        case .revenue:
            return entry(kpi,
                "Σ chiffre d’affaires des commandes attribuées",
                FrenchPhrases.ordersFile, FrenchPhrases.noOrders)
        case .conversionRate:
            return entry(kpi,
                "conversions ÷ clics × 100, un taux de conversion après clic",
                FrenchPhrases.orders + " et les clics (clics sur lien, sinon les sessions attribuées par UTM)",
                "n.d. quand les conversions ou les clics sont n.d., ou qu’il n’y a aucun clic")
        case .aov:
            return entry(kpi,
                "chiffre d’affaires ÷ conversions",
                "le chiffre d’affaires et le nombre des " + FrenchPhrases.attributedOrders,
                "n.d. sans fichier de commandes ou sans conversion")
        case .leads:
            return entry(kpi,
                "nombre de leads attribués, tous types confondus",
                FrenchPhrases.leadsFile, FrenchPhrases.noLeads)
        case .spend:
            return entry(kpi,
                "cachet + produits offerts + taux de commission × chiffre d’affaires + Σ coûts par publication pour un influenceur ; pour la campagne, le plus grand du budget (s’il est fixé) et de Σ investissement des influenceurs ; pour une plateforme, Σ investissement de ses influenceurs",
                "fee, product_cost, commission_rate et budget de campaign.yaml, la colonne cost de posts.csv, et le chiffre d’affaires des " + FrenchPhrases.attributedOrders + " pour les commissions",
                "n.d. pour un influenceur sans fee, product_cost ni commission_rate dans campaign.yaml et sans coût par publication (un créateur non rémunéré s’écrit fee: 0), pour une plateforme ou une campagne sans budget qui en compte un, et pour un format ou une variante A/B, qui n’a pas d’investissement ; sans fichier de commandes, les commissions n’ajoutent rien")
        case .spendUnassigned:
            return entry(kpi,
                "investissement de la campagne − Σ investissement des influenceurs : la part du budget liée à aucun créateur, montrée comme une ligne à part là où l’investissement est réparti par plateforme, pour que les lignes fassent le total",
                "le budget de campaign.yaml et " + FrenchPhrases.spend,
                "n.d. quand l’investissement d’un influenceur est n.d. ; 0 sans budget")
        case .budgetUsed:
            return entry(kpi,
                "Σ investissement des créateurs ÷ budget × 100 : au-delà de 100, les créateurs coûtent plus que le budget et l’investissement retient leurs coûts",
                "le budget de campaign.yaml et " + FrenchPhrases.spend,
                "n.d. sans budget")
        case .cpa:
            return entry(kpi,
                "investissement ÷ conversions",
                FrenchPhrases.spend + " et " + FrenchPhrases.orders,
                "n.d. sans fichier de commandes ou sans conversion")
        case .cpm:
            return cost(kpi,
                "investissement ÷ Σ impressions × 1000",
                "la colonne impressions de posts.csv",
                "n.d. quand aucune publication ne renseigne ses impressions ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpe:
            return cost(kpi,
                "investissement ÷ engagements",
                "les j’aime, commentaires, partages et enregistrements de posts.csv",
                "n.d. quand aucune publication ne renseigne ses engagements ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpc:
            return cost(kpi,
                "investissement ÷ clics",
                "les clics (clics sur lien de posts.csv, sinon les sessions attribuées par UTM)",
                "n.d. quand les clics sont n.d. ou nuls, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpv:
            return cost(kpi,
                "investissement ÷ Σ vues",
                "la colonne views de posts.csv",
                "n.d. quand aucune publication ne renseigne ses vues ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement")
        case .cpl:
            return cost(kpi,
                "investissement ÷ leads",
                "les leads attribués par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution",
                "n.d. sans fichier de leads ou sans lead")
        case .roi:
            return entry(kpi,
                "chiffre d’affaires ÷ investissement, le ratio que le secteur appelle ROAS : il dit si le chiffre d’affaires couvre l’investissement, pas si la campagne a gagné de l’argent",
                "le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. sans fichier de commandes ou quand l’investissement est nul")
        case .profit:
            return entry(kpi,
                "chiffre d’affaires − investissement, ce qui reste du chiffre d’affaires après l’investissement et avant le coût des marchandises",
                "le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. sans fichier de commandes")
        case .netProfit:
            return entry(kpi,
                "chiffre d’affaires × marge brute − investissement : ce que la campagne a rapporté une fois le coût des marchandises payé",
                "gross_margin de campaign.yaml, le chiffre d’affaires des " + FrenchPhrases.attributedOrders + ", et " + FrenchPhrases.spend,
                "n.d. sans gross_margin dans campaign.yaml ou sans fichier de commandes")
        case .netROI:
            return entry(kpi,
                "bénéfice net ÷ investissement : au-dessus de 0 la campagne a gagné de l’argent, le seul sens où elle est rentable",
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
                "(sessions directes quotidiennes de la campagne − sessions directes quotidiennes de la période de référence) ÷ sessions directes quotidiennes de la période de référence × 100",
                "les lignes de sessions.csv de source (direct), datées dans la campagne [début, fin] et dans la période de référence (baseline) de campaign.yaml",
                "n.d. sans période de référence ou sans fichier de sessions, ou quand la période de référence n’a aucune session directe")
        case .searchUplift:
            return entry(kpi,
                "(recherches quotidiennes moyennes du début de la campagne à sa fin plus la fenêtre d’attribution − recherches quotidiennes moyennes de la période de référence) ÷ recherches quotidiennes moyennes de la période de référence × 100",
                "searches.csv, un multiTimeline.csv de Google Trends ou un Dates.csv de la Search Console (impressions des requêtes de la marque), la valeur d’une semaine ou d’un mois valant pour chacun de ses jours ; moyennes sur les jours que couvre le fichier ; la période de référence (baseline) de campaign.yaml",
                "n.d. sans période de référence ou sans fichier de recherches, quand le fichier ne couvre aucune des deux périodes, ou quand la moyenne de la période de référence est nulle")
        case .reusableContents:
            return entry(kpi,
                "nombre de publications avec reusable = yes",
                "la colonne reusable de posts.csv (droits cédés pour une réutilisation par la marque)",
                FrenchPhrases.noReusable)
        case .reusableRate:
            return entry(kpi,
                "contenus réutilisables ÷ publications qui renseignent reusable × 100",
                "la colonne reusable de posts.csv (droits cédés pour une réutilisation par la marque)",
                FrenchPhrases.noReusable)
        case .reusedContents:
            return entry(kpi,
                "nombre de publications réutilisables dont reused_in n’est pas vide",
                "les colonnes reusable et reused_in de posts.csv",
                FrenchPhrases.noReusable)
        case .reuseRate:
            return entry(kpi,
                "contenus réutilisés ÷ contenus réutilisables × 100",
                "les colonnes reusable et reused_in de posts.csv",
                "n.d. quand aucune publication n’est réutilisable")
        case .brandMentions:
            return entry(kpi,
                "nombre de mentions datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                "les lignes de mentions.csv",
                FrenchPhrases.noMentions)
        case .mentionAuthors:
            return entry(kpi,
                "nombre d’auteurs distincts (sans tenir compte de la casse) parmi les mentions de la marque",
                "les auteurs des lignes de mentions.csv datées du début de la campagne à sa fin plus la fenêtre d’attribution",
                FrenchPhrases.noMentions)
        case .mentionCompliance:
            return entry(kpi,
                "publications dont la légende contient chaque mention obligatoire ÷ publications avec une légende × 100, une mention étant cherchée comme sous-chaîne, sans tenir compte de la casse",
                "les légendes de posts.csv et les required_mentions de campaign.yaml",
                "n.d. quand la campagne ne fixe pas de required_mentions ou qu’aucune publication n’a de légende")
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
                "moyenne des notes d’un influenceur ; pour la campagne, moyenne sur les influenceurs qui en ont une",
                "les notes (ratings) de campaign.yaml, chacune de 1 à 5 (brand_fit, brief, content_quality, responsiveness)",
                "n.d. quand aucun influenceur n’a de note")

        // MARK: Earned media value (kpis.md §6)
        case .emv:
            return entry(kpi,
                "Σ sur les publications (impressions ÷ 1000 × CPM + engagements × prix par engagement + clics sur lien × prix par clic), aux tarifs de la plateforme de chaque publication",
                "les impressions, engagements et clics sur lien de posts.csv, valorisés à des tarifs qui sont des hypothèses, pas des prix de marché (en unités de devise pour mille impressions, par engagement et par clic : instagram 8,00, 0,10 et 1,00 ; tiktok 6,00, 0,05 et 0,80 ; youtube 12,00, 0,15 et 1,20 ; autres 7,00, 0,08 et 1,00), sauf si la clé emv: de report.yaml les remplace",
                "n.d. quand aucune publication ne renseigne impressions, engagements ou clics sur lien ; une publication qui n’en renseigne aucun n’ajoute rien")

        // MARK: Objective figures (kpis.md §9)
        case .costPerReusableContent:
            return cost(kpi,
                "investissement ÷ contenus réutilisables",
                "la colonne reusable de posts.csv",
                "n.d. quand aucune publication ne renseigne reusable ou qu’aucune n’est réutilisable")
        case .postsPerMonth:
            return entry(kpi,
                "publications ÷ mois calendaires que touche la période de la campagne",
                "les lignes de posts.csv et le début et la fin de la campagne dans campaign.yaml",
                "jamais n.d. : une campagne sans publication en a 0")
        }
    }

    /// `leads_<type>`: the leads of one type of leads.csv, types compared lower-cased.
    func leadsMethodology(_ type: String) -> KPIMethodology {
        KPIMethodology(
            formula: leadsLabel(type) + " = nombre de leads attribués de type " + type,
            inputs: "les lignes de leads.csv de type " + type + " (comparé en minuscules), attribuées comme les commandes, par code promo, lien UTM ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution",
            notAvailable: FrenchPhrases.noLeads)
    }
}

/// Phrases several entries share, so that they read the same everywhere.
private enum FrenchPhrases {
    static let spend = "l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur)"
    static let attributedOrders = "commandes attribuées par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution"
    static let orders = "les " + attributedOrders
    static let ordersFile = "les commandes d’orders.csv attribuées aux influenceurs du groupe par code promo, lien UTM (utm_content, et utm_campaign quand la campagne en fixe un) ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution"
    static let noOrders = "n.d. sans fichier de commandes, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand le fichier est là et que rien n’est attribué"
    static let comments = "les textes de comments.csv sur les publications du groupe"
    static let noComments = "n.d. sans fichier de commentaires, ou quand les publications du groupe n’y ont aucun commentaire"
    static let sentimentInputs = "les textes de comments.csv sur les publications du groupe, lus par le lexique français et anglais documenté, qui lit d’abord les expressions figées (« pas mal », « not great ») et inverse un mot après une négation"
    static let baseline = "orders.csv contenant toutes les commandes de la boutique, attribuées ou non, datées dans la campagne [début, fin] et dans la période de référence (baseline) de campaign.yaml"
    static let noBaseline = "n.d. sans période de référence ou sans fichier de commandes, ou quand la période de référence n’a aucune commande"
    static let noReusable = "n.d. quand aucune publication ne renseigne reusable"
    static let planned = "les colonnes published_at et planned_at de posts.csv"
    static let noPlanned = "n.d. quand aucune publication n’a de date prévue"
    static let noMentions = "n.d. sans fichier de mentions"
    static let leadsFile = "les lignes de leads.csv attribuées comme les commandes, par code promo, lien UTM ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution"
    static let noLeads = "n.d. sans fichier de leads, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand le fichier est là et que rien n’est attribué"
}
