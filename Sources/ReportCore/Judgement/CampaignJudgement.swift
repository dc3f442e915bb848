/// What a campaign's figures are worth, beside the figures themselves: industry benchmarks
/// (kpis.md §7). Computed once per campaign from its KPIs and the project's settings; the
/// internal benchmarks need every campaign and are computed after all of them.
public struct CampaignJudgement: Sendable {
    /// The campaign on `engagement_rate_followers`, `story_ctr`, `conversion_rate`.
    public let benchmarks: [BenchmarkComparison]
    /// One per influencer of campaign.yaml, in the order of `CampaignKPIs.influencers`.
    public let influencers: [InfluencerJudgement]

    public struct InfluencerJudgement: Sendable {
        public let influencer: Influencer
        /// On its main platform and tier.
        public let benchmarks: [BenchmarkComparison]
    }

    public init(campaign: Campaign, kpis: CampaignKPIs, table: BenchmarkTable) {
        benchmarks = BenchmarkComparison.campaign(campaign, kpis: kpis.campaign, table: table)
        influencers = kpis.influencers.map { row in
            InfluencerJudgement(influencer: row.influencer, benchmarks: BenchmarkComparison.influencer(row.influencer, kpis: row.kpis, table: table))
        }
    }

    public func benchmark(_ kpi: KPI) -> BenchmarkComparison? { benchmarks.first { $0.kpi == kpi } }
}
