/// The deterministic recommendation rules of kpis.md §11. Pure: the same campaign, KPIs and
/// flags give the same list. Each recommendation carries its numbers; the site words them. Thresholds and amounts are documented in
/// docs/kpis.md "Recommendations".
public enum RecommendationRules {
    /// costly_profile: a cost figure this many times the campaign's (or, for a figure where
    /// higher is better, this many times below it).
    public static let costlyFactor = 2.0
    /// best_format, best_timing: groups with fewer posts are noise, not a pattern.
    public static let minimumPosts = 3
    /// Every rule that compares groups needs at least this many comparable ones.
    public static let minimumComparable = 2
    /// missed_target puts an amount only on these money totals: a per-unit cost (cpa, aov…)
    /// missing its target is not an amount of money.
    static let moneyTotals: Set<KPI> = [.spend, .revenue, .profit, .incrementalRevenue, .emv]

    /// The recommendations of one campaign, by money at stake (largest first; ties by rule
    /// order, then handles), rules without an amount last. `flags` maps `Influencer.key` to
    /// its fraud flag names (kpis.md §8).
    public static func make(campaign: Campaign, kpis: CampaignKPIs, flags: [String: [String]]) -> [Recommendation] {
        let context = Context(campaign: campaign, kpis: kpis)
        var out: [Recommendation] = []
        out += rankPrimary(context)
        out += costlyProfiles(context)
        out += bestFormat(context)
        out += bestTiming(context)
        out += platform(context)
        out += fraudFlags(context, flags: flags)
        out += missedTargets(context)
        out += budgetShift(context)
        return ordered(out)
    }

    /// What every rule reads: the figures of the campaign.
    struct Context {
        let kpis: CampaignKPIs
        let figures: ObjectiveFigures
        /// The campaign's cost figure.
        let campaignCost: Double?

        init(campaign: Campaign, kpis: CampaignKPIs) {
            self.kpis = kpis
            figures = ObjectiveFigures(campaign: campaign, kpis: kpis)
            campaignCost = kpis.campaign[campaign.objective.costKPI]
        }

        var costKPI: KPI { figures.costKPI }
        var costLowerIsBetter: Bool { costKPI.definition.lowerIsBetter }

        /// Influencers whose cost figure is known, in campaign order: n/a is skipped, never 0.
        var costComparable: [Candidate<Influencer>] {
            figures.profiles.compactMap { p in p.figures.cost.map { Candidate(item: p.influencer, key: p.influencer.key, value: $0) } }
        }

        func spend(of influencer: Influencer) -> Double? {
            figures.profiles.first { $0.influencer.key == influencer.key }?.figures.spend
        }
    }

    /// A group and its figure; `key` breaks ties (handles, names, slot order).
    struct Candidate<T> {
        let item: T
        let key: String
        let value: Double
    }

    static func isBetter(_ a: Double, than b: Double, lowerIsBetter: Bool) -> Bool { lowerIsBetter ? a < b : a > b }

    /// The best candidate; among equals, the smallest key.
    static func best<T>(_ c: [Candidate<T>], lowerIsBetter: Bool) -> Candidate<T>? {
        c.min { isBetter($0.value, than: $1.value, lowerIsBetter: lowerIsBetter) || ($0.value == $1.value && $0.key < $1.key) }
    }

    /// The worst candidate; among equals, the smallest key.
    static func worst<T>(_ c: [Candidate<T>], lowerIsBetter: Bool) -> Candidate<T>? {
        c.min { isBetter($1.value, than: $0.value, lowerIsBetter: lowerIsBetter) || ($0.value == $1.value && $0.key < $1.key) }
    }

    /// Best and worst of at least two candidates that differ; nil otherwise (nothing to compare).
    static func extremes<T>(_ c: [Candidate<T>], lowerIsBetter: Bool) -> (best: Candidate<T>, worst: Candidate<T>)? {
        guard c.count >= minimumComparable, let b = best(c, lowerIsBetter: lowerIsBetter), let w = worst(c, lowerIsBetter: lowerIsBetter),
              b.value != w.value else { return nil }
        return (b, w)
    }

    /// How many times worse than the campaign a cost figure is; nil when it cannot be said.
    static func factor(_ cost: Double, campaign: Double, lowerIsBetter: Bool) -> Double? {
        lowerIsBetter ? ratio(cost, campaign) : ratio(campaign, cost)
    }

    /// Money spent beyond the campaign's cost level: spend − (spend / cost) × campaign cost,
    /// i.e. the influencer's spend minus what its results would have cost at the campaign's
    /// figure. Every §9 cost figure is spend / result, so spend / cost is the result count.
    static func excess(spend: Double?, cost: Double, campaign: Double, lowerIsBetter: Bool) -> Double? {
        guard lowerIsBetter, let spend, let results = ratio(spend, cost) else { return nil }
        return spend - results * campaign
    }

    // MARK: rules

    /// Best and worst influencer on the primary KPI and on the cost figure.
    static func rankPrimary(_ c: Context) -> [Recommendation] {
        var parts: [Recommendation.Ranking] = []
        var handles: [String] = []
        for kpi in [c.figures.primaryKPI, c.figures.costKPI] {
            let candidates = c.figures.profiles.compactMap { p -> Candidate<Influencer>? in
                let v = kpi == c.figures.primaryKPI ? p.figures.primary : p.figures.cost
                return v.map { Candidate(item: p.influencer, key: p.influencer.key, value: $0) }
            }
            guard let (top, bottom) = extremes(candidates, lowerIsBetter: kpi.definition.lowerIsBetter) else { continue }
            parts.append(Recommendation.Ranking(kpi: kpi, top: top.item.handle, topValue: top.value,
                                                bottom: bottom.item.handle, bottomValue: bottom.value))
            for h in [top.item.handle, bottom.item.handle] where !handles.contains(h) { handles.append(h) }
        }
        guard !parts.isEmpty else { return [] }
        return [Recommendation(rule: .rankPrimary, influencers: handles, amount: nil, finding: .ranking(parts))]
    }

    /// Each influencer whose cost figure is more than `costlyFactor` × the campaign's.
    static func costlyProfiles(_ c: Context) -> [Recommendation] {
        let comparable = c.costComparable
        guard comparable.count >= minimumComparable, let campaignCost = c.campaignCost else { return [] }
        let kpi = c.costKPI
        return comparable.compactMap { p in
            guard let f = factor(p.value, campaign: campaignCost, lowerIsBetter: c.costLowerIsBetter), f > costlyFactor else { return nil }
            let amount = excess(spend: c.spend(of: p.item), cost: p.value, campaign: campaignCost, lowerIsBetter: c.costLowerIsBetter)
            return Recommendation(
                rule: .costlyProfile, influencers: [p.item.handle], amount: amount,
                finding: .costlyProfile(handle: p.item.handle, kpi: kpi, value: p.value, factor: f, campaign: campaignCost)
            )
        }
    }

    /// The format with the best engagement rate, among formats of ≥ `minimumPosts` posts,
    /// when it beats the campaign's.
    static func bestFormat(_ c: Context) -> [Recommendation] {
        let kpi = KPI.engagementRate
        guard let campaignRate = c.kpis.campaign[kpi] else { return [] }
        let candidates = c.kpis.formats.compactMap { row -> Candidate<Int>? in
            guard let posts = row.kpis[.posts], posts >= Double(minimumPosts), let rate = row.kpis[kpi] else { return nil }
            return Candidate(item: Int(posts), key: row.format, value: rate)
        }
        let lower = kpi.definition.lowerIsBetter
        guard candidates.count >= minimumComparable, let top = best(candidates, lowerIsBetter: lower),
              isBetter(top.value, than: campaignRate, lowerIsBetter: lower) else { return [] }
        return [Recommendation(rule: .bestFormat, influencers: [], amount: nil,
                               finding: .bestFormat(format: top.key, rate: top.value, posts: top.item, campaign: campaignRate))]
    }

    /// The best weekday and the best hour by engagement rate (slots of ≥ `minimumPosts`
    /// posts), each quoted when it beats the campaign's rate.
    static func bestTiming(_ c: Context) -> [Recommendation] {
        let kpi = KPI.engagementRate
        let lower = kpi.definition.lowerIsBetter
        guard let campaignRate = c.kpis.campaign[kpi] else { return [] }
        func top(_ slots: [Timing.Slot]) -> Candidate<Int>? {
            let candidates = slots.enumerated().compactMap { i, slot -> Candidate<Int>? in
                guard slot.posts >= minimumPosts, let rate = slot.engagementRate else { return nil }
                return Candidate(item: i, key: Day.pad(i, 2), value: rate)
            }
            guard candidates.count >= minimumComparable, let b = best(candidates, lowerIsBetter: lower),
                  isBetter(b.value, than: campaignRate, lowerIsBetter: lower) else { return nil }
            return b
        }
        // Seven weekdays, Monday first.
        let day = top(c.kpis.timing.weekdays).flatMap { d in
            d.item < 7 ? Recommendation.Slot(index: d.item, rate: d.value, posts: c.kpis.timing.weekdays[d.item].posts) : nil
        }
        let hour = top(c.kpis.timing.hours).map { h in
            Recommendation.Slot(index: h.item, rate: h.value, posts: c.kpis.timing.hours[h.item].posts)
        }
        guard day != nil || hour != nil else { return [] }
        return [Recommendation(rule: .bestTiming, influencers: [], amount: nil,
                               finding: .bestTiming(day: day, hour: hour, campaign: campaignRate))]
    }

    /// The most and least efficient platforms on the cost figure, with their primary KPI.
    static func platform(_ c: Context) -> [Recommendation] {
        let kpi = c.costKPI
        let primary = c.figures.primaryKPI
        let candidates = c.figures.platforms.compactMap { p in
            p.figures.cost.map { Candidate(item: p, key: p.platform.name, value: $0) }
        }
        guard let (top, bottom) = extremes(candidates, lowerIsBetter: c.costLowerIsBetter) else { return [] }
        return [Recommendation(
            rule: .platform, influencers: [], amount: nil,
            finding: .platform(best: top.item.platform.displayName, worst: bottom.item.platform.displayName, kpi: kpi,
                               bestValue: top.value, worstValue: bottom.value, primary: primary,
                               bestPrimary: top.item.figures.primary, worstPrimary: bottom.item.figures.primary, campaign: c.campaignCost)
        )]
    }

    /// One per flagged influencer; its whole spend is at stake.
    static func fraudFlags(_ c: Context, flags: [String: [String]]) -> [Recommendation] {
        c.figures.profiles.compactMap { p in
            guard let names = flags[p.influencer.key], !names.isEmpty else { return nil }
            let spend = p.figures.spend
            return Recommendation(rule: .fraudFlag, influencers: [p.influencer.handle], amount: spend,
                                  finding: .fraudFlag(handle: p.influencer.handle, flags: Set(names).sorted()))
        }
    }

    /// One per missed target, with target, actual and gap.
    static func missedTargets(_ c: Context) -> [Recommendation] {
        (c.kpis.objective?.targets ?? []).compactMap { t in
            guard t.status == .missed, let actual = t.actual, let gap = t.difference else { return nil }
            var amount: Double?
            if case .kpi(let k) = t.kpi, moneyTotals.contains(k) { amount = abs(gap) }
            return Recommendation(
                rule: .missedTarget, influencers: [], amount: amount,
                finding: .missedTarget(kpi: t.kpi, actual: actual, target: t.target, gap: gap, gapPercent: t.differencePercent)
            )
        }
    }

    /// From the costliest profile (worse than the campaign) to the most efficient (better than
    /// the campaign); the costliest's spend beyond the campaign's cost level is at stake.
    static func budgetShift(_ c: Context) -> [Recommendation] {
        let kpi = c.costKPI
        let lower = c.costLowerIsBetter
        guard let campaignCost = c.campaignCost, let (top, bottom) = extremes(c.costComparable, lowerIsBetter: lower),
              isBetter(campaignCost, than: bottom.value, lowerIsBetter: lower), isBetter(top.value, than: campaignCost, lowerIsBetter: lower),
              let f = factor(bottom.value, campaign: campaignCost, lowerIsBetter: lower) else { return [] }
        let amount = excess(spend: c.spend(of: bottom.item), cost: bottom.value, campaign: campaignCost, lowerIsBetter: lower)
        return [Recommendation(
            rule: .budgetShift, influencers: [bottom.item.handle, top.item.handle], amount: amount,
            finding: .budgetShift(from: bottom.item.handle, to: top.item.handle, kpi: kpi, fromValue: bottom.value, factor: f,
                                  campaign: campaignCost, toValue: top.value)
        )]
    }

    /// By amount, largest first; equal amounts by rule order, then handles (case-insensitive),
    /// then the order the rules produced them; nil amounts last in the same order.
    static func ordered(_ list: [Recommendation]) -> [Recommendation] {
        list.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            switch (x.amount, y.amount) {
            case let (p?, q?) where p != q: return p > q
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if x.rule.order != y.rule.order { return x.rule.order < y.rule.order }
            let hx = x.influencers.map { $0.lowercased() }, hy = y.influencers.map { $0.lowercased() }
            if hx != hy { return hx.lexicographicallyPrecedes(hy) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
