import Foundation
import ReportCore

/// The methodology entry of a KPI, in the report's language: how it is computed, from which
/// inputs, and what n/a means for it.
///
/// The texts follow the binding formulas of kpis.md (§1 aggregation, §2–§6, §9) and
/// docs/kpis.md. Each field is one plain sentence without a final full stop; the formula
/// names the KPI by its page label, so a label on a card or a table heading leads to it.
/// French texts are written with ordinary spaces and get their non-breaking spaces (before
/// `:`, `;`, `?`, `!` and inside « ») from `Words.typeset` (`FrenchTypography`).
struct KPIMethodology {
    let formula: String
    let inputs: String
    let notAvailable: String

    static func entry(_ measure: Measure, _ locale: ReportLocale) -> KPIMethodology {
        let texts: MethodologyTexts
        switch measure {
        case .kpi(let kpi): texts = Self.texts(kpi)
        case .leads(let type): texts = Self.leadsTexts(type)
        }
        let words = locale.words
        let pick = words.methodologyText
        return KPIMethodology(formula: words.typeset(pick(texts.formula)), inputs: words.typeset(pick(texts.inputs)),
                              notAvailable: words.typeset(pick(texts.notAvailable)))
    }
}

extension KPIMethodology {
    /// `formula` starts with the KPI's page label in each language: "CPA = spend ÷ conversions".
    private static func entry(_ kpi: KPI, _ formula: MethodologyPair, _ inputs: MethodologyPair, _ notAvailable: MethodologyPair) -> MethodologyTexts {
        MethodologyTexts(formula: (kpi.label(.enUS) + " = " + formula.en, kpi.label(.frFR) + " = " + formula.fr),
              inputs: inputs, notAvailable: notAvailable)
    }

    /// "n/a when no post reports …" for a sum of one posts.csv column.
    private static func sum(_ kpi: KPI, column: String, _ formula: MethodologyPair, _ what: MethodologyPair) -> MethodologyTexts {
        entry(kpi, formula,
              ("the \(column) column of posts.csv", "la colonne \(column) de posts.csv"),
              ("n/a when no post reports its \(what.en)", "n.d. quand aucune publication ne renseigne \(what.fr)"))
    }

    /// A cost figure: spend ÷ a result.
    private static func cost(_ kpi: KPI, _ formula: MethodologyPair, _ result: MethodologyPair, _ notAvailable: MethodologyPair) -> MethodologyTexts {
        entry(kpi, formula, (MethodologyShared.spend.en + " and " + result.en, MethodologyShared.spend.fr + " et " + result.fr), notAvailable)
    }

    /// The exhaustive switch: a new KPI cannot ship without its methodology entry.
    private static func texts(_ kpi: KPI) -> MethodologyTexts {
        switch kpi {
        // MARK: Visibility (kpis.md §2)
        case .posts:
            return entry(kpi,
                ("number of posts", "nombre de publications"),
                ("the rows of posts.csv", "les lignes de posts.csv"),
                ("never n/a: an influencer without posts has 0", "jamais n.d. : un influenceur sans publication en a 0"))
        case .reach:
            return sum(kpi, column: "reach",
                ("Σ reach of the posts, cumulative: an account reached by two posts counts twice",
                 "Σ portée des publications, cumulée : un compte touché par deux publications compte deux fois"),
                ("reach", "sa portée"))
        case .impressions:
            return sum(kpi, column: "impressions",
                ("Σ impressions of the posts", "Σ impressions des publications"),
                ("impressions", "ses impressions"))
        case .views:
            return sum(kpi, column: "views",
                ("Σ views of the posts", "Σ vues des publications"),
                ("views", "ses vues"))
        case .longViews:
            return sum(kpi, column: "long_views",
                ("Σ long_views of the posts, the views that lasted over 3 seconds",
                 "Σ long_views des publications, les vues de plus de 3 secondes"),
                ("views over 3 s", "ses vues de plus de 3 s"))
        case .frequency:
            return entry(kpi,
                ("Σ impressions ÷ Σ reach, over the posts that report both, a plain ratio rather than a percentage",
                 "Σ impressions ÷ Σ portée, sur les publications qui renseignent les deux, un ratio et non un pourcentage"),
                ("the impressions and reach columns of posts.csv", "les colonnes impressions et reach de posts.csv"),
                ("n/a when no post reports both impressions and reach, or their reach adds up to 0",
                 "n.d. quand aucune publication ne renseigne à la fois impressions et portée, ou que leur portée totale est nulle"))
        case .longViewRate:
            return entry(kpi,
                ("Σ long_views ÷ Σ views × 100, over the posts that report both",
                 "Σ long_views ÷ Σ vues × 100, sur les publications qui renseignent les deux"),
                ("the long_views (views over 3 seconds) and views columns of posts.csv",
                 "les colonnes long_views (vues de plus de 3 secondes) et views de posts.csv"),
                ("n/a when no post reports both, or their views add up to 0",
                 "n.d. quand aucune publication ne renseigne les deux, ou que leurs vues totales sont nulles"))
        case .reachRate:
            return entry(kpi,
                ("Σ reach ÷ Σ followers × 100, over the posts that report reach, the influencer’s followers counting once per post",
                 "Σ portée ÷ Σ abonnés × 100, sur les publications qui renseignent leur portée, les abonnés de l’influenceur comptant une fois par publication"),
                ("the reach column of posts.csv and each influencer’s followers in campaign.yaml",
                 "la colonne reach de posts.csv et les abonnés de chaque influenceur dans campaign.yaml"),
                ("n/a when no post reports its reach, or the followers add up to 0",
                 "n.d. quand aucune publication ne renseigne sa portée, ou que le total des abonnés est nul"))
        case .newFollowers:
            return entry(kpi,
                ("last count dated on or before the end − last count dated before the start (if none, the first count dated from the start on), per influencer, summed over the influencers that have it",
                 "dernier relevé daté au plus tard de la fin − dernier relevé daté d’avant le début (à défaut, le premier relevé daté à partir du début), par influenceur, additionné sur les influenceurs qui en ont un"),
                ("the influencers’ follower counts in followers.csv", "les relevés d’abonnés des influenceurs dans followers.csv"),
                ("n/a when no followers file is given, when no influencer has two different counts to compare, and for a format or A/B variant",
                 "n.d. sans fichier d’abonnés, quand aucun influenceur n’a deux relevés différents à comparer, ainsi que pour un format ou une variante A/B"))
        case .followerGrowth:
            return entry(kpi,
                ("new followers ÷ followers × 100, the followers being those of the influencers that have new followers, each counted once",
                 "nouveaux abonnés ÷ abonnés × 100, les abonnés étant ceux des influenceurs qui ont des nouveaux abonnés, chacun compté une fois"),
                ("the follower counts of followers.csv and each influencer’s followers in campaign.yaml",
                 "les relevés d’abonnés de followers.csv et les abonnés de chaque influenceur dans campaign.yaml"),
                ("n/a when new followers is n/a, or those influencers’ followers add up to 0",
                 "n.d. quand les nouveaux abonnés sont n.d., ou que le total des abonnés de ces influenceurs est nul"))

        // MARK: Engagement (kpis.md §3)
        case .engagements:
            return entry(kpi,
                ("Σ (likes + comments + shares + saves), a post counting when it reports at least one of them, its unreported ones counting 0",
                 "Σ (j’aime + commentaires + partages + enregistrements), une publication comptant dès qu’elle en renseigne un, les autres comptant 0"),
                ("the likes, comments, shares and saves columns of posts.csv",
                 "les colonnes likes, comments, shares et saves de posts.csv"),
                ("n/a when no post reports any of them", "n.d. quand aucune publication n’en renseigne aucun"))
        case .engagementRate:
            return entry(kpi,
                ("Σ engagements ÷ Σ reach × 100, over the posts that report both",
                 "Σ engagements ÷ Σ portée × 100, sur les publications qui renseignent les deux"),
                ("the likes, comments, shares, saves and reach of posts.csv",
                 "les j’aime, commentaires, partages, enregistrements et la portée de posts.csv"),
                ("n/a when no post reports both engagements and reach, or their reach adds up to 0",
                 "n.d. quand aucune publication ne renseigne à la fois engagements et portée, ou que leur portée totale est nulle"))
        case .engagementRateFollowers:
            return entry(kpi,
                ("Σ engagements ÷ Σ followers × 100, over the posts that report engagements, the influencer’s followers counting once per post; the figure compared with the follower-based industry benchmarks",
                 "Σ engagements ÷ Σ abonnés × 100, sur les publications qui renseignent leurs engagements, les abonnés de l’influenceur comptant une fois par publication ; c’est lui qu’on compare aux repères du secteur, fondés sur les abonnés"),
                ("the likes, comments, shares and saves of posts.csv and each influencer’s followers in campaign.yaml",
                 "les j’aime, commentaires, partages et enregistrements de posts.csv et les abonnés de chaque influenceur dans campaign.yaml"),
                ("n/a when no post reports engagements, or the followers add up to 0",
                 "n.d. quand aucune publication ne renseigne ses engagements, ou que le total des abonnés est nul"))
        case .shareSaveRate:
            return entry(kpi,
                ("Σ (shares + saves) ÷ Σ reach × 100, over the posts that report both",
                 "Σ (partages + enregistrements) ÷ Σ portée × 100, sur les publications qui renseignent les deux"),
                ("the shares, saves and reach columns of posts.csv", "les colonnes shares, saves et reach de posts.csv"),
                ("n/a when no post reports shares or saves together with reach, or their reach adds up to 0",
                 "n.d. quand aucune publication ne renseigne partages ou enregistrements avec sa portée, ou que leur portée totale est nulle"))
        case .commentsPerPost:
            return entry(kpi,
                ("Σ comments ÷ number of posts reporting comments",
                 "Σ commentaires ÷ nombre de publications qui renseignent leurs commentaires"),
                ("the comments column of posts.csv", "la colonne comments de posts.csv"),
                ("n/a when no post reports its comments", "n.d. quand aucune publication ne renseigne ses commentaires"))
        case .storyReplyRate:
            return entry(kpi,
                ("Σ story replies ÷ Σ reach × 100, over the story posts that report both",
                 "Σ réponses aux stories ÷ Σ portée × 100, sur les stories qui renseignent les deux"),
                ("the story_replies and reach columns of posts.csv, posts of format story only",
                 "les colonnes story_replies et reach de posts.csv, publications au format story uniquement"),
                ("n/a when no story reports both, or their reach adds up to 0",
                 "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle"))
        case .stickerTapRate:
            return entry(kpi,
                ("Σ sticker taps ÷ Σ reach × 100, over the story posts that report both",
                 "Σ clics sur sticker ÷ Σ portée × 100, sur les stories qui renseignent les deux"),
                ("the sticker_taps and reach columns of posts.csv, posts of format story only",
                 "les colonnes sticker_taps et reach de posts.csv, publications au format story uniquement"),
                ("n/a when no story reports both, or their reach adds up to 0",
                 "n.d. quand aucune story ne renseigne les deux, ou que leur portée totale est nulle"))
        case .commentQuality:
            return entry(kpi,
                ("comments of 4 words or more ÷ comments × 100, words counted once URLs, @mentions and #hashtags are removed and every character that is neither a letter nor a digit becomes a space",
                 "commentaires d’au moins 4 mots ÷ commentaires × 100, les mots étant comptés une fois retirés les URL, @mentions et #hashtags et tout caractère autre qu’une lettre ou un chiffre remplacé par une espace"),
                MethodologyShared.comments, MethodologyShared.noComments)
        case .purchaseIntentComments:
            return entry(kpi,
                ("number of comments holding a phrase of the French and English purchase-intent lexicon (“where can I get”, “ordered”, “lien ?”, “je vais l’acheter”, …)",
                 "nombre de commentaires contenant une expression du lexique français et anglais d’intention d’achat (« je vais l’acheter », « commandé », « lien ? », « where can I get », …)"),
                MethodologyShared.comments,
                ("n/a when no comments file is given", "n.d. sans fichier de commentaires"))
        case .positiveShare:
            return entry(kpi,
                ("comments classed positive ÷ comments × 100", "commentaires jugés positifs ÷ commentaires × 100"),
                MethodologyShared.sentimentInputs, MethodologyShared.noComments)
        case .negativeShare:
            return entry(kpi,
                ("comments classed negative ÷ comments × 100", "commentaires jugés négatifs ÷ commentaires × 100"),
                MethodologyShared.sentimentInputs, MethodologyShared.noComments)
        case .netSentiment:
            return entry(kpi,
                ("share of positive comments − share of negative comments, in percentage points",
                 "part des commentaires positifs − part des commentaires négatifs, en points de pourcentage"),
                MethodologyShared.sentimentInputs, MethodologyShared.noComments)
        case .commentsAnalysed:
            return entry(kpi,
                ("the comments of comments.csv behind the comment figures (quality, intent, sentiment)",
                 "les commentaires de comments.csv sur lesquels reposent les indicateurs de commentaires (qualité, intention, sentiment)"),
                ("the rows of comments.csv on the posts of the group", "les lignes de comments.csv sur les publications du groupe"),
                MethodologyShared.noComments)
        case .commentsCoverage:
            return entry(kpi,
                ("comments analysed ÷ Σ comments the posts report × 100: how much of the conversation the comment figures rest on",
                 "commentaires analysés ÷ Σ commentaires déclarés par les publications × 100 : la part de la conversation sur laquelle reposent les indicateurs de commentaires"),
                ("comments.csv and the comments column of posts.csv", "comments.csv et la colonne comments de posts.csv"),
                ("n/a without comments.csv, or when no post reports its comments",
                 "n.d. sans comments.csv, ou quand aucune publication ne déclare ses commentaires"))

        // MARK: Conversion and cost (kpis.md §4)
        case .linkClicks:
            return sum(kpi, column: "link_clicks",
                ("Σ link clicks of the posts", "Σ clics sur lien des publications"),
                ("link clicks", "ses clics sur lien"))
        case .ctr:
            return entry(kpi,
                ("Σ link clicks ÷ Σ reach × 100, over the posts that report both",
                 "Σ clics sur lien ÷ Σ portée × 100, sur les publications qui renseignent les deux"),
                ("the link_clicks and reach columns of posts.csv", "les colonnes link_clicks et reach de posts.csv"),
                ("n/a when no post reports both link clicks and reach, or their reach adds up to 0",
                 "n.d. quand aucune publication ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle"))
        case .storyCtr:
            return entry(kpi,
                ("Σ link clicks ÷ Σ reach × 100, over the story posts that report both",
                 "Σ clics sur lien ÷ Σ portée × 100, sur les stories qui renseignent les deux"),
                ("the link_clicks and reach columns of posts.csv, posts of format story only",
                 "les colonnes link_clicks et reach de posts.csv, publications au format story uniquement"),
                ("n/a when no story reports both link clicks and reach, or their reach adds up to 0",
                 "n.d. quand aucune story ne renseigne à la fois clics sur lien et portée, ou que leur portée totale est nulle"))
        case .clicks:
            return entry(kpi,
                ("link clicks when any post of the group reports them, else the sessions attributed by UTM, summed over the group’s influencers that have a utm_content",
                 "clics sur lien quand une publication du groupe en renseigne, sinon les sessions attribuées par UTM, additionnées sur les influenceurs du groupe qui ont un utm_content"),
                ("the link_clicks column of posts.csv, else the sessions.csv rows whose content is an influencer’s utm_content (and whose campaign is the campaign’s utm_campaign when set), dated from the campaign start to its end plus the attribution window",
                 "la colonne link_clicks de posts.csv, sinon les lignes de sessions.csv dont content est l’utm_content d’un influenceur (et dont campaign est l’utm_campaign de la campagne s’il est fixé), datées du début de la campagne à sa fin plus la fenêtre d’attribution"),
                ("n/a when no post reports link clicks and either no sessions file is given or no influencer of the group has a utm_content",
                 "n.d. quand aucune publication ne renseigne de clics sur lien et qu’il n’y a pas de fichier de sessions ou qu’aucun influenceur du groupe n’a d’utm_content"))
        case .conversions:
            return entry(kpi,
                ("number of attributed orders", "nombre de commandes attribuées"),
                MethodologyShared.ordersFile, MethodologyShared.noOrders)
        case .revenue:
            return entry(kpi,
                ("Σ revenue of the attributed orders", "Σ chiffre d’affaires des commandes attribuées"),
                MethodologyShared.ordersFile, MethodologyShared.noOrders)
        case .conversionRate:
            return entry(kpi,
                ("conversions ÷ clicks × 100, a post-click conversion rate",
                 "conversions ÷ clics × 100, un taux de conversion après clic"),
                (MethodologyShared.orders.en + " and the clicks (link clicks, else the sessions attributed by UTM)",
                 MethodologyShared.orders.fr + " et les clics (clics sur lien, sinon les sessions attribuées par UTM)"),
                ("n/a when conversions or clicks is n/a, or there are no clicks",
                 "n.d. quand les conversions ou les clics sont n.d., ou qu’il n’y a aucun clic"))
        case .aov:
            return entry(kpi,
                ("revenue ÷ conversions", "chiffre d’affaires ÷ conversions"),
                ("the revenue and the number of " + MethodologyShared.attributedOrders.en,
                 "le chiffre d’affaires et le nombre des " + MethodologyShared.attributedOrders.fr),
                ("n/a when no orders file is given or there are no conversions",
                 "n.d. sans fichier de commandes ou sans conversion"))
        case .leads:
            return entry(kpi,
                ("number of attributed leads, of every type", "nombre de leads attribués, tous types confondus"),
                MethodologyShared.leadsFile, MethodologyShared.noLeads)
        case .spend:
            return entry(kpi,
                ("fee + gifted products + commission rate × revenue + Σ post costs for an influencer; for the campaign, the larger of the budget (when set) and Σ influencer spend; for a platform, Σ of its influencers’ spend",
                 "cachet + produits offerts + taux de commission × chiffre d’affaires + Σ coûts par publication pour un influenceur ; pour la campagne, le plus grand du budget (s’il est fixé) et de Σ investissement des influenceurs ; pour une plateforme, Σ investissement de ses influenceurs"),
                ("fee, product_cost, commission_rate and budget from campaign.yaml, the cost column of posts.csv, and the revenue of " + MethodologyShared.orders.en + " for commissions",
                 "fee, product_cost, commission_rate et budget de campaign.yaml, la colonne cost de posts.csv, et le chiffre d’affaires des " + MethodologyShared.attributedOrders.fr + " pour les commissions"),
                ("n/a for a format or A/B variant, which has no spend; without an orders file, commissions add nothing",
                 "n.d. pour un format ou une variante A/B, qui n’a pas d’investissement ; sans fichier de commandes, les commissions n’ajoutent rien"))
        case .budgetUsed:
            return entry(kpi,
                ("Σ creator spend ÷ budget × 100: above 100, the creators cost more than the budget and spend counts their costs",
                 "Σ investissement des créateurs ÷ budget × 100 : au-delà de 100, les créateurs coûtent plus que le budget et l’investissement retient leurs coûts"),
                ("budget from campaign.yaml and " + MethodologyShared.spend.en, "le budget de campaign.yaml et " + MethodologyShared.spend.fr),
                ("n/a without a budget", "n.d. sans budget"))
        case .cpa:
            return entry(kpi,
                ("spend ÷ conversions", "investissement ÷ conversions"),
                (MethodologyShared.spend.en + " and " + MethodologyShared.orders.en, MethodologyShared.spend.fr + " et " + MethodologyShared.orders.fr),
                ("n/a when no orders file is given or there are no conversions",
                 "n.d. sans fichier de commandes ou sans conversion"))
        case .cpm:
            return cost(kpi,
                ("spend ÷ Σ impressions × 1000", "investissement ÷ Σ impressions × 1000"),
                ("the impressions column of posts.csv", "la colonne impressions de posts.csv"),
                ("n/a when no post reports impressions or they add up to 0, and for a format or A/B variant, which has no spend",
                 "n.d. quand aucune publication ne renseigne ses impressions ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement"))
        case .cpe:
            return cost(kpi,
                ("spend ÷ engagements", "investissement ÷ engagements"),
                ("the likes, comments, shares and saves of posts.csv", "les j’aime, commentaires, partages et enregistrements de posts.csv"),
                ("n/a when no post reports engagements or they add up to 0, and for a format or A/B variant, which has no spend",
                 "n.d. quand aucune publication ne renseigne ses engagements ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement"))
        case .cpc:
            return cost(kpi,
                ("spend ÷ clicks", "investissement ÷ clics"),
                ("the clicks (link clicks of posts.csv, else the sessions attributed by UTM)",
                 "les clics (clics sur lien de posts.csv, sinon les sessions attribuées par UTM)"),
                ("n/a when clicks is n/a or 0, and for a format or A/B variant, which has no spend",
                 "n.d. quand les clics sont n.d. ou nuls, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement"))
        case .cpv:
            return cost(kpi,
                ("spend ÷ Σ views", "investissement ÷ Σ vues"),
                ("the views column of posts.csv", "la colonne views de posts.csv"),
                ("n/a when no post reports views or they add up to 0, and for a format or A/B variant, which has no spend",
                 "n.d. quand aucune publication ne renseigne ses vues ou que leur total est nul, ainsi que pour un format ou une variante A/B, qui n’a pas d’investissement"))
        case .cpl:
            return cost(kpi,
                ("spend ÷ leads", "investissement ÷ leads"),
                ("the leads attributed by promo code, UTM link or influencer column within the attribution window",
                 "les leads attribués par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution"),
                ("n/a when no leads file is given or there are no leads", "n.d. sans fichier de leads ou sans lead"))
        case .roi:
            return entry(kpi,
                ("revenue ÷ spend, the ratio the industry calls ROAS: it says whether revenue covers spend, not whether the campaign made money",
                 "chiffre d’affaires ÷ investissement, le ratio que le secteur appelle ROAS : il dit si le chiffre d’affaires couvre l’investissement, pas si la campagne a gagné de l’argent"),
                ("the revenue of " + MethodologyShared.orders.en + ", and " + MethodologyShared.spend.en,
                 "le chiffre d’affaires des " + MethodologyShared.attributedOrders.fr + ", et " + MethodologyShared.spend.fr),
                ("n/a when no orders file is given or spend is 0",
                 "n.d. sans fichier de commandes ou quand l’investissement est nul"))
        case .profit:
            return entry(kpi,
                ("revenue − spend, the revenue left after spend and before the cost of goods",
                 "chiffre d’affaires − investissement, ce qui reste du chiffre d’affaires après l’investissement et avant le coût des marchandises"),
                ("the revenue of " + MethodologyShared.orders.en + ", and " + MethodologyShared.spend.en,
                 "le chiffre d’affaires des " + MethodologyShared.attributedOrders.fr + ", et " + MethodologyShared.spend.fr),
                ("n/a when no orders file is given", "n.d. sans fichier de commandes"))
        case .netProfit:
            return entry(kpi,
                ("revenue × gross margin − spend: what the campaign earned once the cost of goods is paid",
                 "chiffre d’affaires × marge brute − investissement : ce que la campagne a rapporté une fois le coût des marchandises payé"),
                ("gross_margin from campaign.yaml, the revenue of " + MethodologyShared.orders.en + ", and " + MethodologyShared.spend.en,
                 "gross_margin de campaign.yaml, le chiffre d’affaires des " + MethodologyShared.attributedOrders.fr + ", et " + MethodologyShared.spend.fr),
                ("n/a without gross_margin in campaign.yaml or without an orders file",
                 "n.d. sans gross_margin dans campaign.yaml ou sans fichier de commandes"))
        case .netROI:
            return entry(kpi,
                ("net profit ÷ spend: above 0 the campaign made money, the one sense in which it is profitable",
                 "bénéfice net ÷ investissement : au-dessus de 0 la campagne a gagné de l’argent, le seul sens où elle est rentable"),
                ("net profit and " + MethodologyShared.spend.en, "le bénéfice net et " + MethodologyShared.spend.fr),
                ("n/a when net profit is n/a or spend is 0", "n.d. quand le bénéfice net est n.d. ou que l’investissement est nul"))

        // MARK: Campaign-level figures (kpis.md §5)
        case .upliftRevenue:
            return entry(kpi,
                ("(campaign daily revenue − baseline daily revenue) ÷ baseline daily revenue × 100",
                 "(chiffre d’affaires quotidien de la campagne − chiffre d’affaires quotidien de la période de référence) ÷ chiffre d’affaires quotidien de la période de référence × 100"),
                MethodologyShared.baseline, MethodologyShared.noBaseline)
        case .incrementalRevenue:
            return entry(kpi,
                ("(campaign daily revenue − baseline daily revenue) × days in the campaign",
                 "(chiffre d’affaires quotidien de la campagne − chiffre d’affaires quotidien de la période de référence) × jours de la campagne"),
                MethodologyShared.baseline, MethodologyShared.noBaseline)
        case .upliftOrders:
            return entry(kpi,
                ("(campaign daily orders − baseline daily orders) ÷ baseline daily orders × 100",
                 "(commandes quotidiennes de la campagne − commandes quotidiennes de la période de référence) ÷ commandes quotidiennes de la période de référence × 100"),
                MethodologyShared.baseline, MethodologyShared.noBaseline)
        case .directTrafficUplift:
            return entry(kpi,
                ("(campaign daily direct sessions − baseline daily direct sessions) ÷ baseline daily direct sessions × 100",
                 "(sessions directes quotidiennes de la campagne − sessions directes quotidiennes de la période de référence) ÷ sessions directes quotidiennes de la période de référence × 100"),
                ("the sessions.csv rows with source (direct), dated in the campaign [start, end] and in the baseline period of campaign.yaml",
                 "les lignes de sessions.csv de source (direct), datées dans la campagne [début, fin] et dans la période de référence (baseline) de campaign.yaml"),
                ("n/a when there is no baseline period or no sessions file, or the baseline has no direct session",
                 "n.d. sans période de référence ou sans fichier de sessions, ou quand la période de référence n’a aucune session directe"))
        case .reusableContents:
            return entry(kpi,
                ("number of posts with reusable = yes", "nombre de publications avec reusable = yes"),
                ("the reusable column of posts.csv (rights cleared for reuse by the brand)",
                 "la colonne reusable de posts.csv (droits cédés pour une réutilisation par la marque)"),
                MethodologyShared.noReusable)
        case .reusableRate:
            return entry(kpi,
                ("reusable contents ÷ posts reporting reusable × 100",
                 "contenus réutilisables ÷ publications qui renseignent reusable × 100"),
                ("the reusable column of posts.csv (rights cleared for reuse by the brand)",
                 "la colonne reusable de posts.csv (droits cédés pour une réutilisation par la marque)"),
                MethodologyShared.noReusable)
        case .reusedContents:
            return entry(kpi,
                ("number of reusable posts with a non-empty reused_in", "nombre de publications réutilisables dont reused_in n’est pas vide"),
                ("the reusable and reused_in columns of posts.csv", "les colonnes reusable et reused_in de posts.csv"),
                MethodologyShared.noReusable)
        case .reuseRate:
            return entry(kpi,
                ("reused contents ÷ reusable contents × 100", "contenus réutilisés ÷ contenus réutilisables × 100"),
                ("the reusable and reused_in columns of posts.csv", "les colonnes reusable et reused_in de posts.csv"),
                ("n/a when no post is reusable", "n.d. quand aucune publication n’est réutilisable"))
        case .brandMentions:
            return entry(kpi,
                ("number of mentions dated from the campaign start to its end plus the attribution window",
                 "nombre de mentions datées du début de la campagne à sa fin plus la fenêtre d’attribution"),
                ("the rows of mentions.csv", "les lignes de mentions.csv"),
                MethodologyShared.noMentions)
        case .mentionAuthors:
            return entry(kpi,
                ("number of distinct authors (case-insensitive) among the brand mentions",
                 "nombre d’auteurs distincts (sans tenir compte de la casse) parmi les mentions de la marque"),
                ("the authors of the mentions.csv rows dated from the campaign start to its end plus the attribution window",
                 "les auteurs des lignes de mentions.csv datées du début de la campagne à sa fin plus la fenêtre d’attribution"),
                MethodologyShared.noMentions)
        case .mentionCompliance:
            return entry(kpi,
                ("posts whose caption holds every required mention ÷ posts with a caption × 100, a mention being found as a substring, case-insensitive",
                 "publications dont la légende contient chaque mention obligatoire ÷ publications avec une légende × 100, une mention étant cherchée comme sous-chaîne, sans tenir compte de la casse"),
                ("the captions of posts.csv and the required_mentions of campaign.yaml",
                 "les légendes de posts.csv et les required_mentions de campaign.yaml"),
                ("n/a when the campaign sets no required_mentions or no post has a caption",
                 "n.d. quand la campagne ne fixe pas de required_mentions ou qu’aucune publication n’a de légende"))
        case .onTimeRate:
            return entry(kpi,
                ("posts published on or before their planned date ÷ posts with a planned date × 100, by date",
                 "publications parues au plus tard à leur date prévue ÷ publications avec une date prévue × 100, à la date près"),
                MethodologyShared.planned, MethodologyShared.noPlanned)
        case .avgDelayDays:
            return entry(kpi,
                ("mean of max(0, published date − planned date) in days, over the posts with a planned date",
                 "moyenne de max(0, date de publication − date prévue) en jours, sur les publications avec une date prévue"),
                MethodologyShared.planned, MethodologyShared.noPlanned)
        case .avgRating:
            return entry(kpi,
                ("mean of an influencer’s ratings; for the campaign, the mean over the influencers that have one",
                 "moyenne des notes d’un influenceur ; pour la campagne, moyenne sur les influenceurs qui en ont une"),
                ("the ratings of campaign.yaml, each from 1 to 5 (brand_fit, brief, content_quality, responsiveness)",
                 "les notes (ratings) de campaign.yaml, chacune de 1 à 5 (brand_fit, brief, content_quality, responsiveness)"),
                ("n/a when no influencer has a rating", "n.d. quand aucun influenceur n’a de note"))

        // MARK: Earned media value (kpis.md §6)
        case .emv:
            return entry(kpi,
                ("Σ over posts (impressions ÷ 1000 × CPM + engagements × price per engagement + link clicks × price per click), at the rates of each post’s platform",
                 "Σ sur les publications (impressions ÷ 1000 × CPM + engagements × prix par engagement + clics sur lien × prix par clic), aux tarifs de la plateforme de chaque publication"),
                ("the impressions, engagements and link clicks of posts.csv, priced at rates that are assumptions, not market prices (in currency units per thousand impressions, per engagement and per click: instagram 8.00, 0.10 and 1.00; tiktok 6.00, 0.05 and 0.80; youtube 12.00, 0.15 and 1.20; others 7.00, 0.08 and 1.00), unless report.yaml emv: overrides them",
                 "les impressions, engagements et clics sur lien de posts.csv, valorisés à des tarifs qui sont des hypothèses, pas des prix de marché (en unités de devise pour mille impressions, par engagement et par clic : instagram 8,00, 0,10 et 1,00 ; tiktok 6,00, 0,05 et 0,80 ; youtube 12,00, 0,15 et 1,20 ; autres 7,00, 0,08 et 1,00), sauf si la clé emv: de report.yaml les remplace"),
                ("n/a when no post reports impressions, engagements or link clicks; a post reporting none of them adds nothing",
                 "n.d. quand aucune publication ne renseigne impressions, engagements ou clics sur lien ; une publication qui n’en renseigne aucun n’ajoute rien"))

        // MARK: Objective figures (kpis.md §9)
        case .costPerReusableContent:
            return cost(kpi,
                ("spend ÷ reusable contents", "investissement ÷ contenus réutilisables"),
                ("the reusable column of posts.csv", "la colonne reusable de posts.csv"),
                ("n/a when no post reports reusable or none is reusable",
                 "n.d. quand aucune publication ne renseigne reusable ou qu’aucune n’est réutilisable"))
        case .postsPerMonth:
            return entry(kpi,
                ("posts ÷ calendar months the campaign window touches",
                 "publications ÷ mois calendaires que touche la période de la campagne"),
                ("the rows of posts.csv and the campaign’s start and end in campaign.yaml",
                 "les lignes de posts.csv et le début et la fin de la campagne dans campaign.yaml"),
                ("never n/a: a campaign without posts has 0", "jamais n.d. : une campagne sans publication en a 0"))
        }
    }

    /// `leads_<type>`: the leads of one type of leads.csv, types compared lower-cased.
    private static func leadsTexts(_ type: String) -> MethodologyTexts {
        let label = Measure.leads(type: type)
        return MethodologyTexts(
            formula: (label.label(.enUS) + " = number of attributed leads of type " + type,
                      label.label(.frFR) + " = nombre de leads attribués de type " + type),
            inputs: ("the leads.csv rows of type " + type + " (compared lower-case), attributed like orders, by promo code, UTM link or influencer column, dated from the campaign start to its end plus the attribution window",
                     "les lignes de leads.csv de type " + type + " (comparé en minuscules), attribuées comme les commandes, par code promo, lien UTM ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution"),
            notAvailable: MethodologyShared.noLeads)
    }
}
