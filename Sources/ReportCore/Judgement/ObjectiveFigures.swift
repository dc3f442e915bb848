/// The objective's primary KPI and cost figure (kpis.md §9) for each influencer and each
/// platform, as the recommendation rules compare them. Most come straight from the KPI
/// rows; the ugc figures (`reusable_contents`, `cost_per_reusable_content`) are campaign
/// figures in kpis.json, so they are derived here from the group's own posts and spend —
/// without that, a ugc campaign could never compare two creators.
struct ObjectiveFigures: Sendable {
    struct Figures: Sendable {
        /// The primary KPI; nil when n/a.
        let primary: Double?
        /// The cost figure; nil when n/a (never 0 for "unknown").
        let cost: Double?
        /// What the group spent; nil when n/a.
        let spend: Double?
    }

    struct Profile: Sendable {
        let influencer: Influencer
        let figures: Figures
    }

    struct PlatformFigures: Sendable {
        let platform: Platform
        let figures: Figures
    }

    let primaryKPI: KPI
    let costKPI: KPI
    let profiles: [Profile]
    let platforms: [PlatformFigures]

    init(campaign: Campaign, kpis: CampaignKPIs) {
        primaryKPI = campaign.objective.primaryKPI
        costKPI = campaign.objective.costKPI
        let derivesReusable = primaryKPI == .reusableContents || costKPI == .costPerReusableContent
        var reusable: [String: (reported: Int, yes: Int)] = [:]
        if derivesReusable {
            for post in campaign.posts {
                guard let flag = post.reusable else { continue }
                var tally = reusable[post.influencerKey] ?? (0, 0)
                tally.reported += 1
                if flag { tally.yes += 1 }
                reusable[post.influencerKey] = tally
            }
        }
        let primaryKPI = primaryKPI, costKPI = costKPI
        /// reusable_contents of a set of influencers: n/a when none of their posts says.
        func reusableContents(_ keys: [String]) -> Double? {
            let tallies = keys.compactMap { reusable[$0] }
            guard !tallies.isEmpty else { return nil }
            return Double(tallies.reduce(0) { $0 + $1.yes })
        }
        func figures(_ k: KPIValues, keys: [String]) -> Figures {
            let spend = k[.spend]
            let contents = derivesReusable ? reusableContents(keys) : nil
            let primary = primaryKPI == .reusableContents ? contents : k[primaryKPI]
            let cost = costKPI == .costPerReusableContent ? ratio(spend, contents) : k[costKPI]
            return Figures(primary: primary, cost: cost, spend: spend)
        }
        profiles = kpis.influencers.map { row in
            Profile(influencer: row.influencer, figures: figures(row.kpis, keys: [row.influencer.key]))
        }
        platforms = kpis.platforms.map { row in
            // A platform's spend-based figures are its influencers' (kpis.md §1).
            let members = campaign.influencers.filter { $0.platform == row.platform }.map(\.key)
            return PlatformFigures(platform: row.platform, figures: figures(row.kpis, keys: members))
        }
    }
}
