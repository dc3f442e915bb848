import ReportCore

extension FrenchWords: ReviewWords {
    func reviewTitle(_ siteTitle: String) -> String { "Revue — \(siteTitle)" }
    func reviewIntro(site: String) -> String {
        "Pour l’agence seulement\u{A0}: ce qu’il faut vérifier avant d’envoyer au client le site du dossier «\u{A0}\(site)\u{A0}». Cette revue est à côté du site et n’est jamais publiée avec lui."
    }
    func reviewItems(_ count: Int) -> String { count <= 1 ? "\(count) point à revoir" : "\(count) points à revoir" }
    var reviewProjectWarnings: String { "Avertissements du projet" }
    var reviewWarnings: String { "Avertissements" }
    var reviewNone: String { "Aucun." }
    var reviewChecks: String { "Chiffres à vérifier" }
    var reviewChecksColumns: [String] { ["Créateur", "Chiffre", "Valeur", "Constat"] }
    var reviewCoverage: String { "Couverture des données" }
    func reviewPostsWithoutClicks(_ without: String, of posts: String, count: Int) -> String {
        "\(without) publication\(count <= 1 ? "" : "s") sur \(posts) sans clics sur lien."
    }
    func reviewCommentsAnalysed(_ analysed: String, coverage: String?) -> String {
        coverage.map { "\(analysed) commentaires analysés (\($0) de ceux reçus par les publications)." } ?? "\(analysed) commentaires analysés."
    }
    var reviewNoComments: String { "Aucun commentaire fourni (comments.csv)\u{A0}: ni sentiment ni thèmes dans les pages." }
    func reviewUnattributedOrders(_ count: String, of orders: String, number: Int) -> String {
        "\(count) commande\(number <= 1 ? "" : "s") sur \(orders) de la période d’attribution \(number <= 1 ? "n’est attribuée" : "ne sont attribuées") à aucun créateur (ni code ni lien reconnu)."
    }
    var reviewNoOrders: String { "Aucune commande fournie (orders.csv)." }
    var reviewLeftOut: String { "Ce que les pages du client laissent de côté" }
    func reviewExcludedCreator(_ handle: String, reasons: String) -> String {
        "\(handle) est écarté des classements et des transferts de budget (\(reasons))."
    }
    var reviewChecksOnlyHere: String { "Les chiffres à vérifier ci-dessus ne figurent que dans cette revue\u{A0}: ni les pages du client, ni les téléchargements, ni les fichiers kpis ne les mentionnent." }
    func reviewFigureNotAvailable(_ label: String) -> String { "\(label) est affiché «\u{A0}n.d.\u{A0}»\u{A0}: ses données manquent." }
    func reviewCheckName(_ kind: PlausibilityCheck.Kind) -> String {
        switch kind {
        case .costOutlier: "coût très au-dessus de la médiane de la campagne"
        case .codeLeak: "plus de commandes par code que les clics ne le laissent attendre"
        case .conversionFlat: "conversions semblables quelle que soit la portée"
        }
    }
}
