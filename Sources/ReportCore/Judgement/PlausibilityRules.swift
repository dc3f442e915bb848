/// The three plausibility checks of kpis.md §8b, per influencer of one campaign.
public enum PlausibilityRules {
    /// `cost_outlier`: more than this many times the campaign median of the cost figure.
    static let costFactor = 5.0
    /// … over at least this many influencers reporting it.
    static let costMinInfluencers = 3
    /// `code_leak`: promo-code conversions per 100 link clicks above this.
    static let codeLeakRate = 10.0
    /// … not checked on platforms where a promo code, not a link in the post, is how viewers buy.
    static let codeFirstPlatforms: Set<String> = ["tiktok"]
    /// `conversion_flat`: at least this many influencers with conversions, a coefficient of
    /// variation of conversions below the first and of reach above the second.
    static let flatMinInfluencers = 5
    static let flatConversionsCV = 0.15
    static let flatReachCV = 1.0

    /// One list per influencer, in the order of `kpis.influencers`.
    public static func checks(objective: Objective, kpis: CampaignKPIs) -> [[PlausibilityCheck]] {
        var out = [[PlausibilityCheck]](repeating: [], count: kpis.influencers.count)
        // cost_outlier: the objective's cost figure against the campaign median over its influencers.
        let cost = objective.costKPI
        let costs = kpis.influencers.compactMap { $0.kpis[cost] }
        if costs.count >= costMinInfluencers, let median = InternalBenchmarks.median(costs), median > 0 {
            for (i, row) in kpis.influencers.enumerated() {
                guard let value = row.kpis[cost], FraudRules.exceeds(value, costFactor * median) else { continue }
                out[i].append(PlausibilityCheck(kpi: cost, value: value, evidence: .costOutlier(median: median)))
            }
        }
        // code_leak: orders through the code far beyond the link clicks — only where links are
        // how viewers buy (not TikTok, where the code is) and on clicks of every post.
        for (i, row) in kpis.influencers.enumerated() {
            guard !codeFirstPlatforms.contains(row.influencer.platform.name), row.clicksOnEveryPost,
                  let codeConversions = row.codeConversions, let clicks = row.kpis[.linkClicks], clicks > 0 else { continue }
            let rate = Double(codeConversions) / clicks * 100
            if FraudRules.exceeds(rate, codeLeakRate) {
                out[i].append(PlausibilityCheck(kpi: .conversions, value: rate, evidence: .codeLeak(codeConversions: codeConversions, linkClicks: clicks)))
            }
        }
        // conversion_flat: conversions that ignore audience size.
        // The influencers with conversions, with their conversions and reach, read once.
        let converting = kpis.influencers.indices.compactMap { i -> (index: Int, conversions: Double, reach: Double?)? in
            guard let c = kpis.influencers[i].kpis[.conversions], c > 0 else { return nil }
            return (i, c, kpis.influencers[i].kpis[.reach])
        }
        let reaches = converting.compactMap(\.reach)
        if converting.count >= flatMinInfluencers, reaches.count == converting.count,
           let conversionsCV = coefficientOfVariation(converting.map(\.conversions)),
           let reachCV = coefficientOfVariation(reaches),
           conversionsCV < flatConversionsCV, FraudRules.exceeds(reachCV, flatReachCV) {
            for item in converting {
                out[item.index].append(PlausibilityCheck(kpi: .conversions, value: item.conversions,
                                                         evidence: .conversionFlat(conversionsCV: conversionsCV, reachCV: reachCV, influencers: converting.count)))
            }
        }
        return out
    }

    /// Population standard deviation ÷ mean; nil for an empty list or a mean of 0.
    static func coefficientOfVariation(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean != 0 else { return nil }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return variance.squareRoot() / mean
    }
}
