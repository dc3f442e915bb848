/// What a campaign's figures are worth, beside the figures themselves: industry benchmarks
/// (kpis.md §7), fraud flags and audience quality (§8), recommendations (§11). Computed once
/// per campaign from its KPIs and the project's settings; the internal benchmarks need every
/// campaign and are computed after all of them.
public struct CampaignJudgement: Sendable {
    /// The campaign on `engagement_rate_followers`, `story_ctr`, `conversion_rate`.
    public let benchmarks: [BenchmarkComparison]
    /// One per influencer of campaign.yaml, in the order of `CampaignKPIs.influencers`.
    public let influencers: [InfluencerJudgement]

    /// Ordered by money at stake.
    public let recommendations: [Recommendation]
    /// The group rules (best format, timing, platform) whose groups were all too thin to
    /// choose from: the page says so instead of naming one (kpis.md §11 gate 2).
    public let undecided: [Recommendation.Rule]
    /// The project's language, which the site phrases the recommendations in.
    public let locale: ReportLocale

    public struct InfluencerJudgement: Sendable {
        public let influencer: Influencer
        /// On its main platform and tier.
        public let benchmarks: [BenchmarkComparison]
        public let fraud: FraudAssessment
        /// kpis.md §8b: figures to check before a client sees them.
        public let checks: [PlausibilityCheck]
    }

    public init(campaign: Campaign, kpis: CampaignKPIs, table: BenchmarkTable, thresholds: FraudThresholds, locale: ReportLocale) {
        benchmarks = BenchmarkComparison.campaign(campaign, kpis: kpis, table: table)
        let assessments = FraudRules.assess(campaign: campaign, kpis: kpis, benchmarks: table, thresholds: thresholds)
        let checks = PlausibilityRules.checks(objective: campaign.objective, kpis: kpis)
        influencers = zip(zip(kpis.influencers, assessments), checks).map { pair, checks in
            let (row, fraud) = pair
            return InfluencerJudgement(influencer: row.influencer, benchmarks: BenchmarkComparison.influencer(row.influencer, kpis: row.kpis, table: table),
                                       fraud: fraud, checks: checks)
        }
        var flags: [String: [String]] = [:]
        for a in assessments where !a.flags.isEmpty { flags[a.influencer.key] = a.flags.map(\.rawValue) }
        // kpis.md §11 gate 1: a flagged or questioned creator is never a model.
        let excluded = Set(influencers.filter { !$0.fraud.flags.isEmpty || !$0.checks.isEmpty }.map(\.influencer.key))
        (recommendations, undecided) = RecommendationRules.decide(campaign: campaign, kpis: kpis, flags: flags, excluded: excluded)
        self.locale = locale
    }

    public func benchmark(_ kpi: KPI) -> BenchmarkComparison? { benchmarks.first { $0.kpi == kpi } }
}
