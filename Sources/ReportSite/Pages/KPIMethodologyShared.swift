import ReportCore

/// A text in English and French, for the methodology entries (KPIMethodology.swift).
typealias MethodologyPair = (en: String, fr: String)

struct MethodologyTexts {
    let formula: MethodologyPair
    let inputs: MethodologyPair
    let notAvailable: MethodologyPair
}

/// Phrases several entries share, so that they read the same everywhere.
enum MethodologyShared {
    static let spend: MethodologyPair = (
        "spend (fees, gifted products, commissions, per-post costs, or the budget when larger)",
        "l’investissement (cachets, produits offerts, commissions, coûts par publication, ou le budget s’il est supérieur)"
    )
    static let attributedOrders: MethodologyPair = (
        "orders attributed by promo code, UTM link or influencer column within the attribution window",
        "commandes attribuées par code promo, lien UTM ou colonne influencer dans la fenêtre d’attribution"
    )
    static let orders: MethodologyPair = ("the " + attributedOrders.en, "les " + attributedOrders.fr)
    static let ordersFile: MethodologyPair = (
        "the orders of orders.csv attributed to the group’s influencers by promo code, UTM link (utm_content, and utm_campaign when the campaign sets one) or influencer column, dated from the campaign start to its end plus the attribution window",
        "les commandes d’orders.csv attribuées aux influenceurs du groupe par code promo, lien UTM (utm_content, et utm_campaign quand la campagne en fixe un) ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution"
    )
    static let noOrders: MethodologyPair = (
        "n/a when no orders file is given, and for a format or A/B variant, which has no influencer of its own; 0 when the file is there and nothing is attributed",
        "n.d. sans fichier de commandes, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand le fichier est là et que rien n’est attribué"
    )
    static let comments: MethodologyPair = (
        "the texts of comments.csv on the group’s posts",
        "les textes de comments.csv sur les publications du groupe"
    )
    static let noComments: MethodologyPair = (
        "n/a when no comments file is given, or the group’s posts have no comment in it",
        "n.d. sans fichier de commentaires, ou quand les publications du groupe n’y ont aucun commentaire"
    )
    static let sentimentInputs: MethodologyPair = (
        "the texts of comments.csv on the group’s posts, read by the documented French and English lexicon, which reads set phrases first (“not bad”, “pas terrible”) and flips a word after a negation",
        "les textes de comments.csv sur les publications du groupe, lus par le lexique français et anglais documenté, qui lit d’abord les expressions figées (« pas mal », « not great ») et inverse un mot après une négation"
    )
    static let baseline: MethodologyPair = (
        "orders.csv holding all the shop’s orders, attributed or not, dated in the campaign [start, end] and in the baseline period of campaign.yaml",
        "orders.csv contenant toutes les commandes de la boutique, attribuées ou non, datées dans la campagne [début, fin] et dans la période de référence (baseline) de campaign.yaml"
    )
    static let noBaseline: MethodologyPair = (
        "n/a when there is no baseline period or no orders file, or the baseline has no order",
        "n.d. sans période de référence ou sans fichier de commandes, ou quand la période de référence n’a aucune commande"
    )
    static let noReusable: MethodologyPair = (
        "n/a when no post reports reusable",
        "n.d. quand aucune publication ne renseigne reusable"
    )
    static let planned: MethodologyPair = (
        "the published_at and planned_at columns of posts.csv",
        "les colonnes published_at et planned_at de posts.csv"
    )
    static let noPlanned: MethodologyPair = (
        "n/a when no post has a planned date",
        "n.d. quand aucune publication n’a de date prévue"
    )
    static let noMentions: MethodologyPair = (
        "n/a when no mentions file is given",
        "n.d. sans fichier de mentions"
    )
    static let leadsFile: MethodologyPair = (
        "leads.csv rows attributed like orders, by promo code, UTM link or influencer column, dated from the campaign start to its end plus the attribution window",
        "les lignes de leads.csv attribuées comme les commandes, par code promo, lien UTM ou colonne influencer, datées du début de la campagne à sa fin plus la fenêtre d’attribution"
    )
    static let noLeads: MethodologyPair = (
        "n/a when no leads file is given, and for a format or A/B variant, which has no influencer of its own; 0 when the file is there and nothing is attributed",
        "n.d. sans fichier de leads, ainsi que pour un format ou une variante A/B, qui n’a pas d’influenceur propre ; 0 quand le fichier est là et que rien n’est attribué"
    )
}

