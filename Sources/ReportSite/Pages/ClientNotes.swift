import ReportCore

/// The sentences of a campaign page that put a figure in context for a client: what the
/// budget holds, how many comments the sentiment rests on, which required mention is missing
/// (issue 12); the figures to check before sharing are the agency's (ReviewPage). Values, never markup: the template places them.
struct ClientNotes {
    let campaign: Campaign
    let kpis: CampaignKPIs
    let format: NumberFormat
    var words: any Words { format.words }

    /// Spend against the budget (kpis.md §4); nil without a budget.
    var budget: String? {
        guard let budget = campaign.budget, let used = kpis.campaign[.budgetUsed] else { return nil }
        let costs = budget * used / 100
        let b = format.money(budget), c = format.money(costs)
        if FraudRules.exceeds(used, 100) {
            return words.budgetExceeded(costs: c, budget: b)
        }
        if FraudRules.exceeds(100, used) {
            let rest = format.money(budget - costs), share = format.percent(used)
            return words.budgetCovers(budget: b, costs: c, share: share, rest: rest)
        }
        return words.budgetExact(b)
    }

    /// Creators without any cost (kpis.md §4): their spend is n/a, never 0; nil when every
    /// creator's costs are known.
    var costsUnknown: String? {
        let unknown = kpis.influencers.filter { $0.kpis[.spend] == nil }.map { "@" + $0.influencer.handle }
        guard !unknown.isEmpty else { return nil }
        return words.costsUnknown(unknown.joined(separator: ", "), count: unknown.count, campaignSpendKnown: kpis.campaign[.spend] != nil)
    }

    /// The attributed ROI told apart from the incremental ROAS (kpis.md §5); nil unless both exist.
    var roiAndIncremental: String? {
        guard let roi = kpis.campaign[.roi], let incremental = kpis.campaign[.incrementalRoas] else { return nil }
        return words.roiAndIncrementalROAS(roi: format.format(roi, unit: .ratio), incremental: format.format(incremental, unit: .ratio))
    }

    /// "Based on 787 comments, 0.8% of those the posts received." (kpis.md §3); nil without comments.csv.
    var commentSample: String? {
        guard let analysed = kpis.campaign[.commentsAnalysed] else { return nil }
        let n = format.number(analysed, decimals: 0)
        return words.commentSample(n, coverage: kpis.campaign[.commentsCoverage].map { format.percent($0) })
    }

    /// kpis.md §5 `search_uplift` in words, beside mentions and direct traffic; nil without
    /// searches.csv. When the figure is n/a, the sentence says why.
    var searches: String? {
        guard let interest = SearchInterest(campaign) else { return nil }
        let during = interest.periodMean.map { format.number($0, decimals: 1) }
        guard campaign.baseline != nil else { return words.searchNoBaseline }
        guard let periodMean = interest.periodMean else { return words.searchNotCovered(baseline: false) }
        guard let baselineMean = interest.baselineMean else { return words.searchNotCovered(baseline: true) }
        guard let uplift = interest.uplift else { return words.searchBaselineZero(during: during) }
        return words.searchUplift(format.percent(abs(uplift)), rose: uplift >= 0, during: format.number(periodMean, decimals: 1),
                                  before: format.number(baselineMean, decimals: 1))
    }

    /// French law on sponsored content (kpis.md §5); nil when it does not apply or is met.
    var disclosure: String? {
        guard DisclosureLaw.missing(campaign) else { return nil }
        return words.disclosureMissing
    }

    /// Each required mention with its share of captioned posts.
    var mentionShares: [[String: String]] {
        (kpis.mentionComplianceByMention ?? []).map { item in
            let share = item.share.map { format.percent($0) } ?? format.notAvailable
            return ["mention": item.mention, "share": words.mentionShare(share)]
        }
    }
}
