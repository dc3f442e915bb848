import ReportCore

/// What a campaign leaves for the agency's review (site.md "Two audiences"): the plausibility
/// checks (kpis.md §8b), how much of the data the figures rest on, and what the client's pages
/// leave out and why. Facts only, stored with the campaign's outcome (and its cache entry);
/// the review's page and review.json phrase and write them at the end of the build.
struct CampaignReview: Sendable, Codable, Equatable {
    struct Creator: Sendable, Codable, Equatable {
        let handle: String
        let checks: [PlausibilityCheck]
    }

    /// A creator kept out of rankings and budget moves (kpis.md §11 rule 1), with why.
    struct Excluded: Sendable, Codable, Equatable {
        let handle: String
        let flags: [FraudFlag]
        let checks: [PlausibilityCheck.Kind]
    }

    struct Coverage: Sendable, Codable, Equatable {
        let posts: Int
        /// Posts whose link clicks are not reported.
        let postsWithoutClicks: Int
        /// nil without comments.csv.
        let commentsAnalysed: Double?
        let commentsCoverage: Double?
        /// nil without orders.csv.
        let orders: Int?
        let unattributedOrders: Int?
    }

    let id: String
    let name: String
    /// Every influencer of campaign.yaml, in its order, with its checks (often none).
    let creators: [Creator]
    let coverage: Coverage
    let excluded: [Excluded]
    /// The objective's figures (§9: primary, secondaries, cost figure) the page shows as n/a.
    let figuresNotAvailable: [KPI]

    init(campaign: Campaign, kpis: CampaignKPIs, judgement: CampaignJudgement) {
        id = campaign.id
        name = campaign.name
        creators = judgement.influencers.map { Creator(handle: $0.influencer.handle, checks: $0.checks) }
        coverage = Coverage(posts: campaign.posts.count,
                            postsWithoutClicks: campaign.posts.filter { $0[.linkClicks] == nil }.count,
                            commentsAnalysed: kpis.campaign[.commentsAnalysed], commentsCoverage: kpis.campaign[.commentsCoverage],
                            orders: campaign.orders?.count, unattributedOrders: kpis.unattributedOrders)
        excluded = judgement.influencers.compactMap { judged in
            let flags = judged.fraud.flags
            let checks = judged.checks.map(\.kind)
            guard !flags.isEmpty || !checks.isEmpty else { return nil }
            return Excluded(handle: judged.influencer.handle, flags: flags, checks: checks)
        }
        let objective = campaign.objective
        var figures: [KPI] = []
        for kpi in [objective.primaryKPI] + objective.secondaryKPIs + [objective.costKPI] where !figures.contains(kpi) {
            if kpis.campaign[kpi] == nil { figures.append(kpi) }
        }
        figuresNotAvailable = figures
    }

    var checkCount: Int { creators.reduce(0) { $0 + $1.checks.count } }

    /// What the review asks a person to look at: each check, each creator left out, each missing figure.
    var items: Int { checkCount + excluded.count + figuresNotAvailable.count }
}
