import ReportCore

/// The data files of the sample campaign (SampleData+*.swift).
enum SampleData {}

/// The project `report init DIR` writes: report.yaml and one sample campaign, a fictional tea
/// brand's spring launch (2026-03-02 to 2026-03-29, objective sales) with five creators on
/// Instagram, TikTok and YouTube, 30 posts, 341 orders (promo codes, UTM links, a baseline
/// fortnight before the launch), weekly follower counts and 69 comments in the project's
/// language. `as_of` is 2026-05-15, after the 30-day attribution window: every figure is final.
enum SampleProject {
    /// Relative path → content, in the order written.
    static func files(_ locale: ReportLocale) -> [(path: String, text: String)] {
        let text = SampleText.of(locale)
        let yaml = ScaffoldYAML(help: .of(locale))
        let folder = "campaigns/" + text.campaignID + "/"
        return [
            ("report.yaml", yaml.file(header: text.reportHeader, report(text, locale), section: .report)),
            (folder + "campaign.yaml", yaml.file(header: text.campaignHeader, campaign(text), section: .campaign)),
            (folder + "posts.csv", (locale == .frFR ? SampleData.postsFrench : SampleData.postsEnglish) + "\n"),
            (folder + "orders.csv", SampleData.orders),
            (folder + "followers.csv", SampleData.followers + "\n"),
            (folder + "comments.csv", (locale == .frFR ? SampleData.commentsFrench : SampleData.commentsEnglish) + "\n"),
        ]
    }

    static func report(_ text: SampleText, _ locale: ReportLocale) -> [ScaffoldEntry] {
        [
            ScaffoldEntry(key: "title", value: .scalar(ScaffoldYAML.quote(text.title))),
            ScaffoldEntry(key: "locale", value: .scalar(locale.rawValue)),
            ScaffoldEntry(key: "currency", value: .scalar(text.currency)),
            ScaffoldEntry(key: "timezone", value: .scalar(text.timezone)),
            ScaffoldEntry(key: "as_of", value: .scalar("2026-05-15"), trailer: text.asOfNote),
            ScaffoldEntry(key: "output", value: .scalar("_site")),
            ScaffoldEntry(key: "indexable", value: .scalar("false")),
            ScaffoldEntry(key: "benchmarks", value: .example),
            ScaffoldEntry(key: "emv", value: .example),
            ScaffoldEntry(key: "fraud", value: .example),
        ]
    }

    static func campaign(_ text: SampleText) -> [ScaffoldEntry] {
        [
            ScaffoldEntry(key: "name", value: .scalar(ScaffoldYAML.quote(text.name))),
            ScaffoldEntry(key: "brand", value: .scalar(ScaffoldYAML.quote(text.brand))),
            ScaffoldEntry(key: "objective", value: .scalar("sales")),
            ScaffoldEntry(key: "start", value: .scalar("2026-03-02")),
            ScaffoldEntry(key: "end", value: .scalar("2026-03-29")),
            ScaffoldEntry(key: "currency", value: .example),
            ScaffoldEntry(key: "budget", value: .scalar("10000")),
            ScaffoldEntry(key: "gross_margin", value: .scalar("0.62")),
            ScaffoldEntry(key: "targets", value: .scalar("{conversions: 240, cpa: 45, roi: 1.5}")),
            ScaffoldEntry(key: "required_mentions", value: .scalar(ScaffoldYAML.list(text.mentions))),
            ScaffoldEntry(key: "target_countries", value: .scalar(ScaffoldYAML.list(text.countries))),
            ScaffoldEntry(key: "utm_campaign", value: .scalar("brume-0326")),
            ScaffoldEntry(key: "attribution_window_days", value: .scalar("30")),
            ScaffoldEntry(key: "baseline", value: .scalar("{start: 2026-02-16, end: 2026-03-01}")),
            ScaffoldEntry(key: "ab_test", value: .block([
                "name: " + ScaffoldYAML.quote(text.abName),
                "metric: ctr",
                "variants:",
                "  A: " + ScaffoldYAML.quote(text.variantA),
                "  B: " + ScaffoldYAML.quote(text.variantB),
            ])),
            ScaffoldEntry(key: "data", value: .example),
            ScaffoldEntry(key: "influencers", value: .list(influencers(text))),
        ]
    }

    /// Five creators: every key is explained on the first; the others repeat the keys without help.
    static func influencers(_ text: SampleText) -> [[ScaffoldEntry]] {
        let rows: [(handle: String, name: String, platform: String, followers: Int, fee: Int, commission: String?, product: Int,
                    code: String, countries: String, ratings: String)] = [
            ("lea.infuse", text.names[0], "instagram", 48200, 1200, nil, 60, "LEA15", text.audiences[0], "{brand_fit: 5, brief: 4, content_quality: 5, responsiveness: 4}"),
            ("sam.brews", text.names[1], "tiktok", 186_500, 2800, "0.05", 60, "SAM15", text.audiences[1], "{brand_fit: 4, brief: 3, content_quality: 4, responsiveness: 5}"),
            ("nora.matcha", text.names[2], "instagram", 12900, 450, "0.1", 60, "NORA10", text.audiences[2], "{brand_fit: 5, brief: 5, content_quality: 4, responsiveness: 5}"),
            ("teatime.tom", text.names[3], "youtube", 312_000, 4200, nil, 90, "TOM20", text.audiences[3], "{brand_fit: 3, brief: 4, content_quality: 5, responsiveness: 3}"),
            ("hugo.kitchen", text.names[4], "instagram", 6400, 0, nil, 90, "HUGO10", text.audiences[4], "{brand_fit: 4, brief: 3, content_quality: 4, responsiveness: 4}"),
        ]
        return rows.enumerated().map { i, r in
            let explained = i == 0
            var entries = [
                ScaffoldEntry(key: "handle", value: .scalar(r.handle), explained: explained),
                ScaffoldEntry(key: "name", value: .scalar(ScaffoldYAML.quote(r.name)), explained: explained),
                ScaffoldEntry(key: "platform", value: .scalar(r.platform), explained: explained),
                ScaffoldEntry(key: "followers", value: .scalar(String(r.followers)), explained: explained),
                ScaffoldEntry(key: "fee", value: .scalar(String(r.fee)), explained: explained),
                ScaffoldEntry(key: "commission_rate", value: r.commission.map(ScaffoldValue.scalar) ?? .example, explained: explained),
                ScaffoldEntry(key: "product_cost", value: .scalar(String(r.product)), explained: explained),
                ScaffoldEntry(key: "promo_code", value: .scalar(r.code), explained: explained),
                ScaffoldEntry(key: "utm_content", value: .scalar(r.handle.replacingOccurrences(of: ".", with: "-")), explained: explained),
                ScaffoldEntry(key: "audience_countries", value: .scalar(r.countries), explained: explained),
                ScaffoldEntry(key: "ratings", value: .scalar(r.ratings), explained: explained),
            ]
            // A commission the creator does not get is left out, not written as 0 (the first shows the key).
            if !explained { entries.removeAll { $0.value == .example } }
            return entries
        }
    }
}

/// The words of the sample that depend on the language.
struct SampleText: Sendable {
    let campaignID, title, currency, timezone, name, brand, abName, variantA, variantB: String
    let mentions, countries, names, audiences: [String]
    let reportHeader, campaignHeader, asOfNote: [String]

    static func of(_ locale: ReportLocale) -> SampleText { locale == .frFR ? french : english }

    static let english = SampleText(
        campaignID: "spring-2026", title: "Brume Tea — influence reports", currency: "USD", timezone: "America/New_York",
        name: "Spring tea launch", brand: "Brume Tea", abName: "Price hook or taste hook",
        variantA: "price hook: the code and its discount first", variantB: "taste hook: the tea first, the code at the end",
        mentions: ["#ad", "@brumetea"], countries: ["US", "CA"],
        names: ["Lea M.", "Sam R.", "Nora K.", "Tom B.", "Hugo D."],
        audiences: ["{US: 0.71, CA: 0.12, GB: 0.06}", "{US: 0.64, CA: 0.15, GB: 0.08}", "{US: 0.78, CA: 0.09}",
                    "{US: 0.58, CA: 0.2, GB: 0.1}", "{US: 0.74, CA: 0.14}"],
        reportHeader: [
            "report.yaml: settings of the whole project. Every key is optional.",
            "Written by `report init` with a sample campaign (campaigns/spring-2026): build it with `report build`,",
            "then replace the sample with your own campaigns.",
        ],
        campaignHeader: [
            "campaign.yaml: one campaign, who took part, when, what for and at what cost.",
            "A sample: the spring launch of a fictional tea brand. Its data files (posts.csv, orders.csv,",
            "followers.csv, comments.csv) are sample data too; replace them with your exports.",
        ],
        asOfNote: ["The sample campaign ended on 2026-03-29 and counts orders for 30 days after: on 2026-05-15 every",
                   "figure is final. Remove as_of for your own campaigns (the report is then dated today)."]
    )

    static let french = SampleText(
        campaignID: "printemps-2026", title: "Thés Brume — rapports d'influence", currency: "EUR", timezone: "Europe/Paris",
        name: "Lancement des thés de printemps", brand: "Thés Brume", abName: "Accroche prix ou accroche goût",
        variantA: "accroche prix : le code et sa remise d'abord", variantB: "accroche goût : le thé d'abord, le code à la fin",
        mentions: ["Publicité", "@thesbrume"], countries: ["FR", "BE"],
        names: ["Léa M.", "Sam R.", "Nora K.", "Tom B.", "Hugo D."],
        audiences: ["{FR: 0.71, BE: 0.12, CH: 0.06}", "{FR: 0.64, BE: 0.15, CH: 0.08}", "{FR: 0.78, BE: 0.09}",
                    "{FR: 0.58, BE: 0.2, CH: 0.1}", "{FR: 0.74, BE: 0.14}"],
        reportHeader: [
            "report.yaml : réglages de tout le projet. Toutes les clés sont facultatives.",
            "Écrit par `report init` avec une campagne d'exemple (campaigns/printemps-2026) : construisez-la avec",
            "`report build`, puis remplacez l'exemple par vos campagnes.",
        ],
        campaignHeader: [
            "campaign.yaml : une campagne, qui y a participé, quand, dans quel but et à quel coût.",
            "Un exemple : le lancement de printemps d'une marque de thé fictive. Ses fichiers de données (posts.csv,",
            "orders.csv, followers.csv, comments.csv) sont des exemples aussi ; remplacez-les par vos exports.",
        ],
        asOfNote: ["La campagne d'exemple a pris fin le 2026-03-29 et compte les commandes 30 jours de plus : au 2026-05-15",
                   "tous les chiffres sont définitifs. Retirez as_of pour vos campagnes (le rapport est alors daté du jour)."]
    )
}
