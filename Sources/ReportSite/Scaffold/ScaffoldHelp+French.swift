extension ScaffoldHelp {
    /// fr-FR : l'aide de chaque clé, et les mots de `report init --from`.
    static let french = ScaffoldHelp(locale: .frFR, keys: [
        // report.yaml
        "report.title": KeyHelp(comment: ["Titre du site, sur chaque page (par défaut : Influence reports)."],
                                example: ["title: Rapports d'influence"]),
        "report.locale": KeyHelp(comment: ["Langue des pages et format des nombres et des dates : fr-FR ou en-US (par défaut en-US)."],
                                 example: ["locale: fr-FR"]),
        "report.currency": KeyHelp(comment: ["Devise des campagnes qui n'en donnent pas, code ISO 4217 comme EUR, USD ou CHF (par défaut EUR)."],
                                   example: ["currency: EUR"]),
        "report.timezone": KeyHelp(comment: [
            "Fuseau horaire des dates écrites sans décalage, et de l'analyse par jour et par heure :",
            "un nom IANA comme Europe/Paris (par défaut UTC).",
        ], example: ["timezone: Europe/Paris"]),
        "report.as_of": KeyHelp(comment: [
            "Date du rapport, AAAA-MM-JJ (par défaut : aujourd'hui, en UTC ; `report build --as-of` l'emporte).",
            "Les chiffres que des publications ou des commandes plus tardives peuvent encore changer ce jour-là sont marqués provisoires.",
        ], example: ["as_of: 2026-05-15"]),
        "report.output": KeyHelp(comment: ["Dossier où le site est écrit, relatif à ce fichier (par défaut _site)."],
                                 example: ["output: _site"]),
        "report.indexable": KeyHelp(comment: [
            "true laisse les moteurs de recherche indexer le site ; les rapports clients sont privés par défaut (false).",
        ], example: ["indexable: false"]),
        "report.benchmarks": KeyHelp(comment: [
            "Vos propres fourchettes du secteur, en pourcentage, pour engagement_rate_followers, story_ctr et conversion_rate :",
            "KPI → plateforme (ou others, all) → palier (nano, micro, macro, mega ou all) → [bas, haut].",
        ], example: ["benchmarks:", "  engagement_rate_followers:", "    instagram: {micro: [1.5, 3]}"]),
        "report.emv": KeyHelp(comment: [
            "Taux de valeur média gagnée par plateforme, dans la devise de chaque campagne : cpm (pour 1 000 impressions),",
            "engagement et clic. Les taux intégrés sont des hypothèses ; donnez ici les vôtres.",
        ], example: ["emv:", "  instagram: {cpm: 8, engagement: 0.1, click: 1}"]),
        "report.fraud": KeyHelp(comment: [
            "Seuils des alertes de fraude (valeurs par défaut) : incoherent_factor, spike_min_counts, spike_mad_k,",
            "spike_min_share, foreign_share, pod_share, pod_min_words, pod_min_repeats.",
        ], example: ["fraud:", "  foreign_share: 0.30", "  pod_share: 0.10"]),
        "report.email": KeyHelp(comment: [
            "Les brouillons d'e-mail de `report build --email` : to (une adresse ou une liste, comme claire@example.com ou",
            "Claire Martin <claire@example.com>), greeting (leur première ligne) et signature (leurs dernières lignes, plusieurs permises).",
        ], example: ["email:", "  to: Claire Martin <claire@example.com>", "  greeting: Bonjour Claire,", "  signature: |", "    Bien à vous,", "    Jeanne, Thés Brume"]),
        // campaign.yaml
        "campaign.name": KeyHelp(comment: ["Nom de la campagne, tel que le rapport l'affiche (obligatoire)."],
                                 example: ["name: Lancement de printemps"]),
        "campaign.brand": KeyHelp(comment: ["L'annonceur (facultatif)."], example: ["brand: Thés Brume"]),
        "campaign.objective": KeyHelp(comment: [
            "Ce que vise la campagne (obligatoire) : awareness (notoriété), engagement, sales (ventes), leads (prospects),",
            "ugc (contenus réutilisables) ou ambassador (ambassadeurs). Il choisit les chiffres clés et l'ordre des sections du rapport.",
        ], example: ["objective: sales"]),
        "campaign.start": KeyHelp(comment: ["Premier jour de la campagne, AAAA-MM-JJ (obligatoire)."], example: ["start: 2026-03-02"]),
        "campaign.end": KeyHelp(comment: ["Dernier jour de la campagne, inclus (obligatoire ; pas avant start)."], example: ["end: 2026-03-29"]),
        "campaign.currency": KeyHelp(comment: [
            "Devise des cachets, du budget et des commandes de cette campagne (par défaut : la devise de report.yaml).",
            "Une commande dans une autre devise est une erreur : un rapport ne mélange jamais les devises.",
        ], example: ["currency: EUR"]),
        "campaign.budget": KeyHelp(comment: [
            "Investissement total (facultatif). L'investissement retenu est le plus grand du budget et des coûts des créateurs.",
        ], example: ["budget: 10000"]),
        "campaign.gross_margin": KeyHelp(comment: [
            "Marge brute de la marque sur les produits vendus, de 0 à 1 (facultatif) : donne le bénéfice net et le ROI net.",
        ], example: ["gross_margin: 0.6"]),
        "campaign.targets": KeyHelp(comment: [
            "Objectifs chiffrés, comparés aux résultats (facultatif) : KPI → valeur, taux en pourcentage, coûts dans la devise.",
        ], example: ["targets: {conversions: 200, cpa: 40, roi: 1.5}"]),
        "campaign.required_mentions": KeyHelp(comment: [
            "Mentions que chaque légende doit porter, sans tenir compte de la casse (facultatif) : la mention légale et la marque.",
        ], example: ["required_mentions: [Publicité, \"@marque\"]"]),
        "campaign.target_countries": KeyHelp(comment: [
            "Pays visés, codes ISO 3166 (facultatif) : le contrôle d'audience étrangère les compare à audience_countries.",
            "Avec FR, la loi demande « Publicité » ou « Collaboration commerciale » dans les mentions requises.",
        ], example: ["target_countries: [FR, BE]"]),
        "campaign.utm_campaign": KeyHelp(comment: [
            "Le utm_campaign des liens de la campagne (facultatif) : s'il est donné, une commande, une session ou un",
            "prospect n'est attribué par son utm_content que s'il porte aussi ce utm_campaign.",
        ], example: ["utm_campaign: printemps-2026"]),
        "campaign.attribution_window_days": KeyHelp(comment: [
            "Les commandes et prospects comptent jusqu'à ce nombre de jours après la fin (1 à 90, par défaut 30).",
        ], example: ["attribution_window_days: 30"]),
        "campaign.baseline": KeyHelp(comment: [
            "Une période avant la campagne (facultatif) : toutes les commandes par jour y sont comparées à celles de la campagne.",
        ], example: ["baseline: {start: 2026-02-16, end: 2026-03-01}"]),
        "campaign.ab_test": KeyHelp(comment: [
            "Un test A/B entre groupes de publications (facultatif) : son nom, l'indicateur comparé (ctr ou engagement_rate)",
            "et une description de chaque libellé de la colonne variant de posts.csv.",
        ], example: ["ab_test:", "  name: Accroche prix ou accroche goût", "  metric: ctr",
                     "  variants: {A: accroche prix, B: accroche goût}"]),
        "campaign.search_term": KeyHelp(comment: [
            "Le terme de la marque, si un fichier Google Trends en a plusieurs (facultatif ; sinon le premier).",
        ], example: ["search_term: lea infuse"]),
        "campaign.email": KeyHelp(comment: [
            "Le brouillon d'e-mail de cette campagne (facultatif) : to, greeting et signature comme dans report.yaml, chaque clé donnée ici remplaçant celle de report.yaml.",
        ], example: ["email:", "  to: Claire Martin <claire@example.com>"]),
        "campaign.data": KeyHelp(comment: [
            "Où sont les fichiers de données, relatifs à ce dossier (facultatif). Sans lui : posts.csv, orders.csv,",
            "followers.csv, comments.csv, sessions.csv, leads.csv et mentions.csv à côté de ce fichier. Les exports des",
            "plateformes s'ajoutent tels que téléchargés ; un export qui ne nomme aucun compte s'écrit {path: …, influencer: pseudo}.",
        ], example: ["data:", "  posts: [exports/instagram.csv, {path: exports/Table data.csv, influencer: teatime.tom}]",
                     "  orders: exports/orders_export.csv"]),
        "campaign.influencers": KeyHelp(comment: ["Les créateurs de la campagne (au moins un)."], example: ["influencers:"]),
        // un créateur
        "influencer.handle": KeyHelp(comment: [
            "Son pseudo, tel que la colonne influencer des fichiers CSV l'écrit (obligatoire ; un @ en tête est ignoré).",
        ], example: ["handle: lea.infuse"]),
        "influencer.name": KeyHelp(comment: ["Nom affiché (facultatif)."], example: ["name: Léa M."]),
        "influencer.platform": KeyHelp(comment: [
            "Plateforme principale (obligatoire) : instagram, tiktok, youtube, twitch, facebook, x, linkedin, pinterest,",
            "snapchat, bereal ou other.",
        ], example: ["platform: instagram"]),
        "influencer.followers": KeyHelp(comment: [
            "Nombre d'abonnés au début de la campagne (obligatoire) ; il décide du palier :",
            "nano < 10 000 ≤ micro < 100 000 ≤ macro < 1 000 000 ≤ mega.",
        ], example: ["followers: 48200"]),
        "influencer.fee": KeyHelp(comment: ["Cachet fixe (facultatif ; écrire fee: 0 pour un créateur non rémunéré : sans fee,", "product_cost, commission_rate ni coût par publication, ses coûts sont inconnus et l'investissement n.d.)."], example: ["fee: 1200"]),
        "influencer.commission_rate": KeyHelp(comment: [
            "Part du chiffre d'affaires qui lui est attribué versée en commission, de 0 à 1 (facultatif, 0 par défaut).",
        ], example: ["commission_rate: 0.1"]),
        "influencer.product_cost": KeyHelp(comment: ["Valeur des produits offerts (facultatif, 0 par défaut)."],
                                           example: ["product_cost: 60"]),
        "influencer.promo_code": KeyHelp(comment: [
            "Son code promo, ou une liste de codes (facultatif) : les commandes et prospects qui le portent lui sont attribués (casse indifférente).",
        ], example: ["promo_code: LEA15"]),
        "influencer.utm_content": KeyHelp(comment: [
            "Le utm_content de ses liens (facultatif) : les commandes, sessions et prospects qui le portent lui sont attribués.",
        ], example: ["utm_content: lea-infuse"]),
        "influencer.audience_countries": KeyHelp(comment: [
            "Part de son audience par pays, d'après les statistiques de la plateforme (facultatif) : code ISO → part de 0 à 1.",
        ], example: ["audience_countries: {FR: 0.7, BE: 0.1}"]),
        "influencer.ratings": KeyHelp(comment: [
            "Votre grille, chaque note de 1 à 5 (facultatif) : brand_fit (affinité avec la marque), brief (respect du brief),",
            "content_quality (qualité des contenus), responsiveness (réactivité).",
        ], example: ["ratings: {brand_fit: 4, brief: 4, content_quality: 5, responsiveness: 3}"]),
    ], words: frenchWords)

    static let frenchWords = ScaffoldWords(
        proposalHeader: { folder in [
            "campaign.yaml proposé par `report init --from` d'après les fichiers de \(folder).",
            "Les notes après les valeurs disent de quel fichier chacune vient ; ce que les fichiers ne disent pas",
            "est laissé vide ou en commentaire. Complétez-le, puis lancez `report check`.",
        ] },
        reportHeader: ["report.yaml : réglages de tout le projet. Toutes les clés sont facultatives."],
        posts: { counts in
            counts.enumerated().map { i, c in
                i == 0 ? "\(c.posts) publication\(c.posts == 1 ? "" : "s") dans \(c.file)" : "\(c.posts) dans \(c.file)"
            }.joined(separator: ", ")
        },
        accountName: { file in "Account name de \(file)" },
        platformOf: { form in "un \(form)" },
        platformColumn: { file in "colonne platform de \(file)" },
        platformMissing: "absent des fichiers : instagram, tiktok, youtube…",
        followersOn: { file, day in "\(file), abonnés au \(day)" },
        followersMissing: "absent des fichiers : le nombre d'abonnés au début",
        codeSeen: { rows, files, reason in
            "\(rows) commande\(rows == 1 ? "" : "s") dans \(files.joined(separator: ", "))" + (reason.map { " ; le code contient « \($0) »" } ?? "")
        },
        contentSeen: { rows, files, reason in
            "\(rows) ligne\(rows == 1 ? "" : "s") dans \(files.joined(separator: ", "))" + (reason.map { " ; la valeur contient « \($0) »" } ?? "")
        },
        namedBeside: "la colonne influencer les nomme",
        campaignSeen: "le utm_campaign à côté de ces utm_content",
        firstPost: "première publication des fichiers",
        lastPost: "dernière publication des fichiers",
        noAccount: "absent des fichiers : aucune publication ne nomme de compte",
        noDatedPost: "absent des fichiers : aucune publication datée avec l'année",
        objectiveFromOrders: "absent des fichiers : sales, car il y a des commandes",
        objectiveFromLeads: "absent des fichiers : leads, car il y a des prospects",
        objectiveDefault: "absent des fichiers",
        nameFromFolder: "le nom du dossier",
        currencyFrom: { files in "devise des commandes de \(files.joined(separator: ", "))" },
        unassignedCodes: { list in "Codes promo des fichiers qui ne nomment aucun de ces créateurs : \(list)." },
        unassignedContents: { list in "Valeurs utm_content des fichiers qui ne nomment aucun de ces créateurs : \(list)." },
        otherCampaigns: { list in "Valeurs utm_campaign des fichiers : \(list)." },
        leftOut: { path, form, posts in [
            "\(path) (\(form)\(posts.map { ", \($0) publication\($0 == 1 ? "" : "s")" } ?? "")) est laissé de côté : le fichier ne nomme aucun compte.",
            "Quand son créateur sera parmi les influencers, ajoutez-le ainsi : {path: \(path), influencer: <son pseudo>}.",
        ] },
    )
}
