import ReportCore

/// What `report init` writes above a key (what it means, its values, its default) and, for a
/// key it leaves out, the commented-out example that documents it.
struct KeyHelp: Sendable {
    let comment: [String]
    let example: [String]
}

/// The help of every key of report.yaml, campaign.yaml and an influencer (data-format.md §2–§3),
/// in one language, and the words `report init --from` writes beside the values it read.
struct ScaffoldHelp: Sendable {
    let locale: ReportLocale
    /// `section.key` → help.
    let keys: [String: KeyHelp]
    let words: ScaffoldWords

    static func of(_ locale: ReportLocale) -> ScaffoldHelp { locale.words.scaffold }

    func key(_ key: String, _ section: ScaffoldSection) -> KeyHelp {
        keys[section.rawValue + "." + key] ?? KeyHelp(comment: [], example: [key + ":"])
    }

    /// The keys of each file, in the order they are written.
    static let reportKeys = ["title", "locale", "currency", "timezone", "as_of", "output", "indexable", "benchmarks", "emv", "fraud", "email"]
    static let campaignKeys = [
        "name", "brand", "objective", "start", "end", "currency", "budget", "gross_margin", "targets", "required_mentions",
        "target_countries", "utm_campaign", "attribution_window_days", "baseline", "ab_test", "search_term", "email", "data",
        "influencers",
    ]
    static let influencerKeys = [
        "handle", "name", "platform", "followers", "fee", "commission_rate", "product_cost", "promo_code", "utm_content",
        "audience_countries", "ratings",
    ]
}

/// The sentences of `report init --from` that go into the YAML files, in one language.
struct ScaffoldWords: Sendable {
    /// The header of a proposed campaign.yaml: the folder read.
    let proposalHeader: @Sendable (_ folder: String) -> [String]
    /// The header of the report.yaml written with it.
    let reportHeader: [String]
    /// `3 posts in meta-posts.csv, 2 in facebook-page-posts.csv`.
    let posts: @Sendable (_ counts: [(file: String, posts: Int)]) -> String
    let accountName: @Sendable (_ file: String) -> String
    let platformOf: @Sendable (_ form: String) -> String
    let platformColumn: @Sendable (_ file: String) -> String
    let platformMissing: String
    let followersOn: @Sendable (_ file: String, _ day: String) -> String
    let followersMissing: String
    /// `4 orders in shopify-orders.csv; the code holds "claire"`.
    let codeSeen: @Sendable (_ rows: Int, _ files: [String], _ reason: String?) -> String
    let contentSeen: @Sendable (_ rows: Int, _ files: [String], _ reason: String?) -> String
    let namedBeside: String
    let campaignSeen: String
    let firstPost: String
    let lastPost: String
    let noAccount: String
    let noDatedPost: String
    let objectiveFromOrders: String
    let objectiveFromLeads: String
    let objectiveDefault: String
    let nameFromFolder: String
    let currencyFrom: @Sendable (_ files: [String]) -> String
    /// Comment lines after the influencers: codes and utm_content values no influencer took.
    let unassignedCodes: @Sendable (_ list: String) -> String
    let unassignedContents: @Sendable (_ list: String) -> String
    let otherCampaigns: @Sendable (_ list: String) -> String
    /// A per-account export left out of `data:`.
    let leftOut: @Sendable (_ path: String, _ form: String, _ posts: Int?) -> [String]
}
