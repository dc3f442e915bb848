/// The deterministic recommendation rules of kpis.md §11. Pure: the same campaign, KPIs and
/// flags give the same list. Each recommendation carries its numbers; the site words them. Thresholds and amounts are documented in
/// docs/kpis.md "Recommendations".
public enum RecommendationRules {
    /// costly_profile: a cost figure this many times the campaign's (or, for a figure where
    /// higher is better, this many times below it).
    public static let costlyFactor = 2.0
    /// best_format, best_timing, platform: a group is named only with at least this many
    /// posts from at least `minimumCreators` influencers (kpis.md §11 gate 2) — fewer is one
    /// creator's habit, not a pattern.
    public static let minimumPosts = 10
    public static let minimumCreators = 3
    /// Every rule that compares groups needs at least this many comparable ones.
    public static let minimumComparable = 2
    /// missed_target puts an amount only on these money totals: a per-unit cost (cpa, aov…)
    /// missing its target is not an amount of money.
    static let moneyTotals: Set<KPI> = [.spend, .revenue, .profit, .incrementalRevenue, .emv]

    /// The recommendations of one campaign, by money at stake (largest first; ties by rule
    /// order, then handles), rules without an amount last. `flags` maps `Influencer.key` to
    /// its fraud flag names (kpis.md §8).
    /// `excluded` are the keys of influencers with a §8 flag or a §8b check: never cited as a
    /// model nor sent budget, and their posts left out of the group comparisons (§11 gates 1, 2).
    public static func make(campaign: Campaign, kpis: CampaignKPIs, flags: [String: [String]], excluded: Set<String> = []) -> [Recommendation] {
        decide(campaign: campaign, kpis: kpis, flags: flags, excluded: excluded).recommendations
    }

    /// The recommendations, and the group rules that had no group with enough data to choose
    /// (the page says the data is too thin rather than name one).
    public static func decide(campaign: Campaign, kpis: CampaignKPIs, flags: [String: [String]], excluded: Set<String>)
        -> (recommendations: [Recommendation], undecided: [Recommendation.Rule]) {
        let context = Context(campaign: campaign, kpis: kpis, excluded: excluded)
        var out: [Recommendation] = []
        var undecided: [Recommendation.Rule] = []
        out += rankPrimary(context)
        let shift = budgetShift(context)
        // Gate 3: the source of a budget shift is not listed again as a costly profile.
        let shifted = Set(shift.compactMap { $0.influencers.first })
        out += costlyProfiles(context).filter { !shifted.contains($0.influencers.first ?? "") }
        for (rule, made) in [(Recommendation.Rule.bestFormat, bestFormat(context, campaign: campaign)),
                             (.bestTiming, bestTiming(context, campaign: campaign)), (.platform, platform(context, campaign: campaign))] {
            switch made {
            case .some(let list): out += list
            case .none: undecided.append(rule)
            }
        }
        out += fraudFlags(context, flags: flags)
        out += missedTargets(context)
        out += shift
        return (ordered(out), undecided)
    }

    /// What every rule reads: the figures of the campaign.
    struct Context {
        let kpis: CampaignKPIs
        let figures: ObjectiveFigures
        /// The campaign's cost figure.
        let campaignCost: Double?
        /// Influencers with a §8 flag or a §8b check.
        let excluded: Set<String>
        /// Influencers with a post that lacks an input of the cost figure (gate 4).
        let partialCost: Set<String>

        init(campaign: Campaign, kpis: CampaignKPIs, excluded: Set<String> = []) {
            self.kpis = kpis
            self.excluded = excluded
            figures = ObjectiveFigures(campaign: campaign, kpis: kpis)
            campaignCost = kpis.campaign[campaign.objective.costKPI]
            let inputs = RecommendationRules.postInputs(of: campaign.objective.costKPI)
            partialCost = inputs.isEmpty ? [] : Set(campaign.posts.filter { post in !inputs.contains { post[$0] != nil } }.map(\.influencerKey))
        }

        var costKPI: KPI { figures.costKPI }
        var costLowerIsBetter: Bool { costKPI.definition.lowerIsBetter }

        /// Influencers whose cost figure is known and built on every post, in campaign order:
        /// n/a is skipped, never 0; a figure on partly reported posts is not ranked (gate 4).
        var costComparable: [Candidate<Influencer>] {
            figures.profiles.compactMap { p in
                guard !partialCost.contains(p.influencer.key) else { return nil }
                return p.figures.cost.map { Candidate(item: p.influencer, key: p.influencer.key, value: $0) }
            }
        }

        /// The same, without the influencers that may not be cited as a model (gate 1).
        var costModels: [Candidate<Influencer>] { costComparable.filter { !excluded.contains($0.key) } }

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

    /// The post fields a post-based cost figure divides spend by (a post reporting none of
    /// them is a partly reported figure); empty for figures of orders, leads or contents.
    static func postInputs(of kpi: KPI) -> [PostMetric] {
        switch kpi {
        case .cpm: return [.impressions]
        case .cpe: return [.likes, .comments, .shares, .saves]
        case .cpc: return [.linkClicks]
        case .cpv: return [.views]
        default: return []
        }
    }

    // MARK: rules

    /// Best and worst influencer on the primary KPI and on the cost figure.
    static func rankPrimary(_ c: Context) -> [Recommendation] {
        var parts: [Recommendation.Ranking] = []
        var handles: [String] = []
        for kpi in [c.figures.primaryKPI, c.figures.costKPI] {
            let candidates = kpi == c.figures.primaryKPI
                ? c.figures.profiles.compactMap { p -> Candidate<Influencer>? in
                    p.figures.primary.map { Candidate(item: p.influencer, key: p.influencer.key, value: $0) }
                }
                : c.costComparable
            // Gate 1: the top of a ranking is never a flagged or questioned influencer.
            let lower = kpi.definition.lowerIsBetter
            guard candidates.count >= minimumComparable, let top = best(candidates.filter { !c.excluded.contains($0.key) }, lowerIsBetter: lower),
                  let bottom = worst(candidates, lowerIsBetter: lower), top.value != bottom.value, top.key != bottom.key,
                  isBetter(top.value, than: bottom.value, lowerIsBetter: lower) else { continue }
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

    /// A group of posts as gate 2 judges it: its figure, its posts and its influencers.
    struct Group {
        var totals = PostTotals()
        var creators: Set<String> = []
        var enough: Bool { totals.posts >= minimumPosts && creators.count >= minimumCreators }
    }

    /// The posts of the influencers that may be cited, grouped by `key` (nil: left out).
    static func groups(_ campaign: Campaign, excluded: Set<String>, key: (Post) -> String?) -> [String: Group] {
        let followers = Dictionary(campaign.influencers.map { ($0.key, $0.followers) }, uniquingKeysWith: { a, _ in a })
        var out: [String: Group] = [:]
        for post in campaign.posts where !excluded.contains(post.influencerKey) {
            guard let k = key(post), let f = followers[post.influencerKey] else { continue }
            out[k, default: Group()].totals.add(post, followers: f)
            out[k]?.creators.insert(post.influencerKey)
        }
        return out
    }

    /// The best of the groups with enough data, by engagement rate; nil when no group has
    /// enough (the data is too thin to choose); [] when the best does not beat the campaign.
    static func bestByEngagement(_ groups: [String: Group], campaign: Double) -> Candidate<Int>?? {
        let kpi = KPI.engagementRate
        let qualified = groups.filter { $0.value.enough }.compactMap { name, g -> Candidate<Int>? in
            KPICalculator.values(of: g.totals)[kpi].map { Candidate(item: g.totals.posts, key: name, value: $0) }
        }
        guard !qualified.isEmpty else { return .none }
        guard let top = best(qualified, lowerIsBetter: false), isBetter(top.value, than: campaign, lowerIsBetter: false) else { return .some(nil) }
        return .some(top)
    }

    /// The format with the best engagement rate among formats of enough posts and creators
    /// (flagged creators' posts left out), when it beats the campaign's; nil when none qualifies.
    static func bestFormat(_ c: Context, campaign: Campaign) -> [Recommendation]? {
        guard let campaignRate = c.kpis.campaign[.engagementRate] else { return [] }
        let byFormat = groups(campaign, excluded: c.excluded) { $0.format }
        switch bestByEngagement(byFormat, campaign: campaignRate) {
        case .none: return nil
        case .some(nil): return []
        case .some(let top?):
            return [Recommendation(rule: .bestFormat, influencers: [], amount: nil,
                                   finding: .bestFormat(format: top.key, rate: top.value, posts: top.item, campaign: campaignRate))]
        }
    }

    /// The best weekday and the best hour by engagement rate, each judged on its own among
    /// slots of enough posts and creators; nil when neither has a qualifying slot.
    static func bestTiming(_ c: Context, campaign: Campaign) -> [Recommendation]? {
        guard let campaignRate = c.kpis.campaign[.engagementRate] else { return [] }
        // Over posts that carry a time (kpis.md §5 Timing).
        let days = groups(campaign, excluded: c.excluded) { $0.publishedAt.minuteOfDay == nil ? nil : Day.pad($0.publishedAt.day.weekday, 2) }
        let hours = groups(campaign, excluded: c.excluded) { p in p.publishedAt.minuteOfDay.map { Day.pad($0 / 60, 2) } }
        let bestDay = bestByEngagement(days, campaign: campaignRate), bestHour = bestByEngagement(hours, campaign: campaignRate)
        if case .none = bestDay, case .none = bestHour { return nil }
        let day = (bestDay ?? nil).flatMap { d in Int(d.key).map { Recommendation.Slot(index: $0, rate: d.value, posts: d.item) } }
        let hour = (bestHour ?? nil).flatMap { h in Int(h.key).map { Recommendation.Slot(index: $0, rate: h.value, posts: h.item) } }
        guard day != nil || hour != nil else { return [] }
        return [Recommendation(rule: .bestTiming, influencers: [], amount: nil,
                               finding: .bestTiming(day: day, hour: hour, campaign: campaignRate))]
    }

    /// The most and least efficient platforms on the cost figure, over the influencers that
    /// may be cited, among platforms of enough posts and creators; nil when fewer than two qualify.
    static func platform(_ c: Context, campaign: Campaign) -> [Recommendation]? {
        let kpi = c.costKPI
        let primary = c.figures.primaryKPI
        // One platform: nothing to choose between, and nothing to say about it.
        guard c.figures.platforms.count >= minimumComparable else { return [] }
        let posts = groups(campaign, excluded: c.excluded) { p in campaign.influencers.first { $0.key == p.influencerKey }?.platform.name }
        let qualified = c.figures.platforms.filter { posts[$0.platform.name]?.enough == true }
        // The platform's cost figure without the excluded creators: Σ spend / Σ results, each
        // creator's results being its spend / its cost figure (every §9 cost is spend / result).
        let candidates = qualified.compactMap { p -> Candidate<ObjectiveFigures.PlatformFigures>? in
            let members = c.figures.profiles.filter { $0.influencer.platform == p.platform && !c.excluded.contains($0.influencer.key) }
            var spend = 0.0, results = 0.0
            for m in members {
                guard let s = m.figures.spend, let cost = m.figures.cost, let r = ratio(s, cost) else { return nil }
                spend += s
                results += r
            }
            guard let cost = c.costLowerIsBetter ? ratio(spend, results) : p.figures.cost else { return nil }
            return Candidate(item: p, key: p.platform.name, value: cost)
        }
        guard candidates.count >= minimumComparable else { return nil }
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

    /// From the costliest profile — a `costly_profile` (gate 3) — to the most efficient one that
    /// may be cited (gate 1), better than the campaign; what moves is the source's spend beyond
    /// the campaign's cost level, at most the destination's own spend in the campaign (a
    /// creator can take about twice her booking, not fifty times).
    static func budgetShift(_ c: Context) -> [Recommendation] {
        let kpi = c.costKPI
        let lower = c.costLowerIsBetter
        guard let campaignCost = c.campaignCost, c.costComparable.count >= minimumComparable,
              let bottom = worst(c.costComparable, lowerIsBetter: lower), let top = best(c.costModels, lowerIsBetter: lower),
              top.key != bottom.key, isBetter(top.value, than: campaignCost, lowerIsBetter: lower),
              let f = factor(bottom.value, campaign: campaignCost, lowerIsBetter: lower), f > costlyFactor,
              let excess = excess(spend: c.spend(of: bottom.item), cost: bottom.value, campaign: campaignCost, lowerIsBetter: lower),
              let room = c.spend(of: top.item), room > 0 else { return [] }
        return [Recommendation(
            rule: .budgetShift, influencers: [bottom.item.handle, top.item.handle], amount: min(excess, room),
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
