import ReportCore

/// What one page offers its compiled directive blocks.
public struct PageData: Sendable {
    public let kind: PageKind
    public let datasets: [String: Dataset]
    /// Datasets built only if a template asks for them (a campaign's posts: thousands of rows).
    public let deferred: [String: @Sendable () -> Dataset]
    /// The KPIs a ` ```kpis ` block shows (the campaign's).
    public let kpis: KPIValues?
    public let format: NumberFormat
    /// Figures still provisional on the report date: marked wherever they are shown.
    public let provisional: Set<Measure>
    /// The campaign's targets, for `target: auto` in charts.
    public let targets: [Measure: Double]
    /// The objective's figures (kpis.md §9), for `objective_kpis`.
    public let objectiveKPIs: [Measure]
    /// The campaign's lead types; nil without leads.csv.
    public let leadTypes: [String]?
    /// The industry range in force for a KPI and an influencer profile (nil profile: rows without one).
    public let benchmark: @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?
    /// The campaign's figures against their industry ranges (kpis.md §7), shown on their cards.
    public let industry: [KPI: BenchmarkComparison]
    /// kpis.md §11, by money at stake.
    public let recommendations: [Recommendation]
    /// kpis.md §8, one per influencer of the campaign.
    public let assessments: [FraudAssessment]
    /// The assumptions behind this page's figures, in words (EMV rates, attribution window,
    /// benchmark sources), for the methodology block.
    public let assumptions: [String]
    /// Figures whose data file the campaign does not have: left out of cards, tables and charts.
    public var unavailable: Set<KPI> = []
    /// The sections (template markers) the page opens with after its summary: the objective's.
    public var leadSections: [String] = []
    /// kpis.md §11 gate 2: the group rules with too little data to name a group.
    public var undecided: [Recommendation.Rule] = []
    /// kpis.md §5 `search_uplift`: the daily searches with the periods to shade; nil without searches.csv.
    public var searches: SearchInterest?

    public init(kind: PageKind, datasets: [Dataset], deferred: [String: @Sendable () -> Dataset] = [:], kpis: KPIValues? = nil,
                format: NumberFormat, provisional: Set<Measure> = [], targets: [Measure: Double] = [:], objectiveKPIs: [Measure] = [],
                leadTypes: [String]? = nil, benchmark: @escaping @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>?,
                industry: [KPI: BenchmarkComparison] = [:], recommendations: [Recommendation] = [], assessments: [FraudAssessment] = [], assumptions: [String] = []) {
        self.kind = kind
        self.datasets = Dictionary(datasets.map { ($0.schema.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.deferred = deferred
        self.kpis = kpis
        self.format = format
        self.provisional = provisional
        self.targets = targets
        self.objectiveKPIs = objectiveKPIs
        self.leadTypes = leadTypes
        self.benchmark = benchmark
        self.industry = industry
        self.recommendations = recommendations
        self.assessments = assessments
        self.assumptions = assumptions
    }
}

extension PageData {
    /// The band a chart draws for an industry range. A range that depends on the profile is
    /// only looked up with one (the compile step makes sure such a benchmark is drawn from rows
    /// that carry one); the others are the same for every platform and tier.
    static func bands(_ table: BenchmarkTable) -> @Sendable (KPI, Dataset.Profile?) -> ClosedRange<Double>? {
        { kpi, profile in
            if let profile { return table.range(kpi, platform: profile.platform, tier: profile.tier)?.closedRange }
            guard !BenchmarkKPIs.byProfile.contains(kpi) else { return nil }
            return table.range(kpi, platform: Platform(BenchmarkTable.others), tier: .micro)?.closedRange
        }
    }
}
