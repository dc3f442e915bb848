import ReportCore

/// What a field of a dataset holds: it decides where a template may use it.
public enum FieldKind: Sendable, Equatable {
    case text
    case number(KPIUnit)
    /// A daily trend, drawn as a sparkline in tables and KPI cards.
    case series(KPIUnit)
}

/// The fields a dataset offers templates, declared once: the compile step checks every
/// directive against it and the view models build rows in its order, so a name a template
/// uses either resolves here or is an error at its line.
public struct DatasetSchema: Sendable {
    public let name: String
    public let textFields: [String]
    public let kpis: [KPI]
    /// `leads_<type>` fields, one per type of the campaign's leads.csv.
    public let leads: Bool
    /// Trend fields and the KPI each follows.
    public let series: [(field: String, kpi: KPI)]
    /// Rows know their influencer's platform and tier, so an industry range can be chosen per row.
    public let profiles: Bool

    init(_ name: String, text: [String], kpis: [KPI] = [], leads: Bool = false, series: [(String, KPI)] = [], profiles: Bool = false) {
        self.name = name
        self.textFields = text
        self.kpis = kpis
        self.leads = leads
        self.series = series.map { (field: $0.0, kpi: $0.1) }
        self.profiles = profiles
    }

    /// Every field name, for messages and suggestions.
    public var fieldNames: [String] {
        textFields + kpis.map(\.key) + series.map(\.field)
    }

    /// A field by name; nil when the dataset has no such field.
    func resolve(_ name: String) -> FieldRef? {
        if let i = textFields.firstIndex(of: name) { return FieldRef(name: name, column: .text(i)) }
        if let kpi = KPI(key: name), kpis.contains(kpi) { return FieldRef(name: name, column: .kpi(kpi)) }
        if leads, case .leads(let type)? = Measure(key: name) { return FieldRef(name: name, column: .leads(type)) }
        if let i = series.firstIndex(where: { $0.field == name }) { return FieldRef(name: name, column: .series(i, series[i].kpi.unit)) }
        return nil
    }
}

/// The KPIs each kind of group computes; a template asking a group for a figure it never
/// has (spend of a format) is refused rather than drawn as a row of n/a.
enum KPISets {
    /// Figures computed from the posts alone (days, months, formats, single posts).
    static let posts: [KPI] = [
        .posts, .reach, .impressions, .views, .longViews, .frequency, .longViewRate, .reachRate,
        .engagements, .engagementRate, .engagementRateFollowers, .shareSaveRate, .commentsPerPost, .storyReplyRate,
        .stickerTapRate, .commentQuality, .purchaseIntentComments, .positiveShare, .negativeShare, .netSentiment,
        .linkClicks, .ctr, .storyCtr, .clicks, .emv,
    ]
    static let influencer = KPICatalog.jsonKeys(campaign: false, influencer: true).map(\.kpi)
    static let platform = KPICatalog.jsonKeys(campaign: false, influencer: false).map(\.kpi)
    /// The campaign's own figures, objective-only ones included.
    static let campaign = KPI.allCases
    /// Weekday and hour slots.
    static let timing: [KPI] = [.posts, .engagementRate]
}

/// The kinds of page a template is written for, and what each offers its directive blocks.
public enum PageKind: String, Sendable, CaseIterable {
    case campaign
    case index
    /// A creator's card across campaigns and months (`influencers/<slug>/index.html`).
    case influencer
    /// The industry ranges in force and the project's own benchmarks (`benchmarks/index.html`).
    case benchmarks

    public var datasets: [DatasetSchema] {
        switch self {
        case .campaign:
            return [.campaign, .influencers, .platforms, .formats, .posts, .days, .months, .weekdayHour, .weekdays, .hours,
                    .targets, .hashtags, .abVariants, .tiers, .measurements]
        case .index:
            return [.campaigns, .platformTotals, .quarters, .tierTotals]
        case .influencer:
            return [.creatorCampaigns, .creatorMonths, .creatorMonthTotals]
        case .benchmarks:
            return [.ranges, .campaignStandings, .internalStandings, .creatorStandings]
        }
    }

    public func dataset(_ name: String) -> DatasetSchema? { datasets.first { $0.name == name } }

    /// Only a campaign page has one group of KPIs for ` ```kpis ` cards.
    public var hasKPICards: Bool { self == .campaign }

    /// The built-in template of this kind (`templates/<locale>/<name>.md`).
    public var templateName: String { rawValue }
}

/// Every dataset of every page kind, by the name templates use.
extension DatasetSchema {
    /// Trend fields of the campaign and influencer rows, in series order.
    static let trends: [(String, KPI)] = [
        ("reach_trend", .reach), ("engagements_trend", .engagements), ("engagement_rate_trend", .engagementRate),
        ("link_clicks_trend", .linkClicks),
    ]

    static let campaign = DatasetSchema("campaign", text: ["campaign"], kpis: KPISets.campaign, leads: true, series: trends)
    static let influencers = DatasetSchema("influencers", text: ["handle", "name", "platform", "tier", "benchmark_range", "benchmark_status"],
                                           kpis: KPISets.influencer,
                                           leads: true, series: trends, profiles: true)
    static let platforms = DatasetSchema("platforms", text: ["platform"], kpis: KPISets.platform, leads: true)
    /// kpis.md §7 Tiers: one row per tier with influencers, its creators counted beside its posts.
    static let tiers = DatasetSchema("tiers", text: ["tier", "creator_count"], kpis: KPISets.platform, leads: true)
    static let formats = DatasetSchema("formats", text: ["format"], kpis: KPISets.posts)
    static let posts = DatasetSchema("posts", text: ["post_id", "handle", "platform", "format", "published", "caption"], kpis: KPISets.posts)
    static let days = DatasetSchema("days", text: ["day"], kpis: KPISets.posts)
    static let months = DatasetSchema("months", text: ["month"], kpis: KPISets.posts)
    static let weekdayHour = DatasetSchema("weekday_hour", text: ["weekday", "hour"], kpis: KPISets.timing)
    static let weekdays = DatasetSchema("weekdays", text: ["slot"], kpis: KPISets.timing)
    static let hours = DatasetSchema("hours", text: ["slot"], kpis: KPISets.timing)
    static let targets = DatasetSchema("targets", text: ["kpi", "target", "actual", "status", "gap"])
    static let hashtags = DatasetSchema("hashtags", text: ["hashtag", "count"])
    /// Early against settled reach, two rows per creator (kpis.md §10).
    static let measurements = DatasetSchema("measurements", text: ["handle", "stage"], kpis: [.posts, .reach])
    static let abVariants = DatasetSchema("ab_variants", text: ["variant", "posts", "numerator", "denominator", "rate"])
    static let campaigns = DatasetSchema("campaigns", text: ["campaign", "name", "objective", "brand", "start", "end", "currency",
                                                             "quarter", "primary_kpi", "primary_value", "target", "status",
                                                             "cost_kpi", "cost_value", "targets_met"],
                                         kpis: KPISets.campaign)
    static let totals: [KPI] = [.spend, .revenue, .roi, .conversions, .reach]
    static let platformTotals = DatasetSchema("platforms", text: ["platform", "currency", "campaign_count"], kpis: totals)
    static let quarters = DatasetSchema("quarters", text: ["quarter", "currency", "campaign_count"], kpis: totals)
    /// A tier pooled over the campaigns of one currency (PortfolioTiers).
    static let tierTotals = DatasetSchema("tiers", text: ["tier", "currency", "campaign_count", "creator_count"],
                                          kpis: [.posts, .reach, .engagementRate, .engagementRateFollowers, .spend, .cpm, .cpe,
                                                 .conversions, .revenue, .cpa, .roi])
    static let creatorCampaigns = DatasetSchema("campaigns", text: [
        "campaign", "period", "platform", "tier", "followers", "audience_quality", "flags", "currency",
        "reach_vs_average", "engagement_rate_vs_average", "conversions_vs_average", "cpa_vs_average", "roi_vs_average",
    ], kpis: KPISets.influencer)
    static let creatorMonths = DatasetSchema("months", text: ["month", "currency"],
                                             kpis: [.posts, .reach, .engagementRate, .conversions, .revenue, .spend, .cpa, .roi])
    /// One row per month, its currencies merged: the figures that add across currencies, for the
    /// card's charts (a month in two currencies is one point, not two).
    static let creatorMonthTotals = DatasetSchema("month_totals", text: ["month"], kpis: [.posts, .reach, .engagementRate, .conversions])
    static let ranges = DatasetSchema("ranges", text: ["kpi", "platform", "tier", "range", "source"])
    static let campaignStandings = DatasetSchema("campaigns", text: ["campaign", "kpi", "value", "range", "status"])
    static let internalStandings = DatasetSchema("internal", text: ["campaign", "kpi", "value", "median", "campaign_count", "change"])
    static let creatorStandings = DatasetSchema("creators", text: ["handle", "campaign", "platform", "tier", "value", "range", "status"])
}
