import Foundation

/// The A/B test of kpis.md §5. The variant is set per post, so the post is the unit: each post
/// of a variant reporting the metric's numerator and a denominator above 0 gives one rate.
/// The two variants with the most such posts are compared by Welch's t-test on those rates and,
/// within the influencers who posted both, by a fixed-effects regression (one intercept per
/// influencer), since creators are not split at random between variants. Summed reach is not
/// a number of independent trials: no test here treats it as one.
public struct ABTestResult: Sendable {
    public struct Variant: Sendable {
        public let variant: String
        /// Posts giving a rate: the metric's numerator reported and a denominator above 0.
        public let posts: Int
        /// Sums over those posts.
        public let numerator: Double
        public let denominator: Double
        /// Pooled, Σ numerator / Σ denominator × 100; nil without posts.
        public let rate: Double?
        /// campaign.yaml `ab_test.variants`; nil when not given.
        public let description: String?
    }

    public enum Caveat: String, Sendable {
        /// A compared variant has fewer than `minimumPosts` posts: `significant` is null.
        case tooFewPosts = "too_few_posts"
        /// An influencer's share of a compared variant's posts differs by more than
        /// `creatorMixPoints` between the two variants.
        case creatorMix = "creator_mix"
    }

    /// An influencer behind `creator_mix`: its share (percent) of each compared variant's
    /// posts, in the order of `compared`.
    public struct CreatorShift: Sendable, Equatable {
        public let influencerKey: String
        public let shares: [Double]
    }

    /// Why `pValueStratified` is nil although two variants are compared.
    public enum StratifiedGap: Sendable, Equatable {
        /// No influencer has posts of both compared variants.
        case noInfluencerInBoth
        /// Too few posts from the influencers in both: n − influencers − 1 < 1.
        case tooFewPosts
        /// The fit is exact: nothing varies within creators beyond the variant.
        case noVariation
    }

    /// The `creator_mix` threshold, in percentage points (strictly more than this).
    public static let creatorMixPoints = 20
    /// Fewer posts than this in a compared variant: too few to conclude.
    public static let minimumPosts = 10
    public static let significanceLevel = 0.05

    public let name: String
    public let metric: KPI
    public let variants: [Variant]
    /// Labels of the two variants compared (chosen by the rule, listed by label), when there are two.
    public let compared: [String]
    /// Welch's t-test on the compared variants' per-post rates (first − second).
    public let welch: Statistics.WelchTest?
    /// The within-influencer fixed-effects fit (indicator 1 for the first compared variant).
    public let stratified: Statistics.FixedEffectsTest?
    /// Influencers with posts of both compared variants; nil without two variants.
    public let influencersInBoth: Int?
    public let stratifiedGap: StratifiedGap?
    /// p < 0.05, the stratified p when there is one, else Welch's; nil when a compared variant
    /// has fewer than `minimumPosts` posts or no test could be made.
    public let significant: Bool?
    public let caveats: [Caveat]
    /// The influencers behind `creator_mix`, largest gap first (ties by key).
    public let creatorShifts: [CreatorShift]

    public var pValue: Double? { welch?.p }
    public var pValueStratified: Double? { stratified?.p }

    /// One post's rate.
    struct Sample {
        let influencerKey: String
        let numerator: Double
        let denominator: Double
        var rate: Double { numerator / denominator * 100 }
    }

    public static func compute(setting: ABTestSetting, posts: [Post]) -> ABTestResult {
        var labels = Set<String>()
        var samples: [String: [Sample]] = [:]
        for post in posts {
            guard let label = post.variant else { continue }
            labels.insert(label)
            let numerator = setting.metric == .ctr ? post[.linkClicks] : post.engagements
            guard let numerator, let denominator = post[.reach], denominator > 0 else { continue }
            samples[label, default: []].append(Sample(influencerKey: post.influencerKey, numerator: Double(numerator), denominator: Double(denominator)))
        }
        let variants = labels.sorted().map { label -> Variant in
            let list = samples[label] ?? []
            let numerator = list.reduce(0) { $0 + $1.numerator }, denominator = list.reduce(0) { $0 + $1.denominator }
            return Variant(variant: label, posts: list.count, numerator: numerator, denominator: denominator,
                           rate: list.isEmpty ? nil : numerator / denominator * 100, description: setting.description(of: label))
        }
        let ranked = variants.sorted {
            if $0.posts != $1.posts { return $0.posts > $1.posts }
            if $0.denominator != $1.denominator { return $0.denominator > $1.denominator }
            return $0.variant < $1.variant
        }
        guard ranked.count >= 2 else {
            return ABTestResult(name: setting.name, metric: setting.metric, variants: variants, compared: [], welch: nil, stratified: nil,
                                influencersInBoth: nil, stratifiedGap: nil, significant: nil, caveats: [], creatorShifts: [])
        }
        // The two chosen by the rule, listed by label: the first is the indicator's 1 and the
        // minuend of Welch's t.
        let a = min(ranked[0].variant, ranked[1].variant) == ranked[0].variant ? ranked[0] : ranked[1]
        let b = a.variant == ranked[0].variant ? ranked[1] : ranked[0]
        let first = samples[a.variant] ?? [], second = samples[b.variant] ?? []
        let welch = Statistics.welch(first.map(\.rate), second.map(\.rate))

        let inBoth = Set(first.map(\.influencerKey)).intersection(second.map(\.influencerKey))
        let observations = first.filter { inBoth.contains($0.influencerKey) }.map { Statistics.Observation(group: $0.influencerKey, indicator: true, value: $0.rate) }
            + second.filter { inBoth.contains($0.influencerKey) }.map { Statistics.Observation(group: $0.influencerKey, indicator: false, value: $0.rate) }
        let stratified = Statistics.withinFixedEffects(observations)
        var gap: StratifiedGap?
        if stratified == nil {
            if inBoth.isEmpty { gap = .noInfluencerInBoth } else if observations.count - inBoth.count - 1 < 1 { gap = .tooFewPosts } else { gap = .noVariation }
        }

        let tooFew = a.posts < minimumPosts || b.posts < minimumPosts
        let p = stratified?.p ?? welch?.p
        let shifts = creatorShifts(first.map(\.influencerKey), second.map(\.influencerKey))
        var caveats: [Caveat] = []
        if tooFew { caveats.append(.tooFewPosts) }
        if !shifts.isEmpty { caveats.append(.creatorMix) }
        return ABTestResult(
            name: setting.name, metric: setting.metric, variants: variants, compared: [a.variant, b.variant],
            welch: welch, stratified: stratified, influencersInBoth: inBoth.count, stratifiedGap: gap,
            significant: tooFew ? nil : p.map { $0 < significanceLevel }, caveats: caveats, creatorShifts: shifts
        )
    }

    /// Influencers whose share of the first variant's posts and of the second's differ by more
    /// than `creatorMixPoints`, compared exactly in integers: |c₁·P₂ − c₂·P₁| × 100 > 20 × P₁·P₂.
    /// Each list holds one influencer key per post.
    static func creatorShifts(_ first: [String], _ second: [String]) -> [CreatorShift] {
        let total1 = first.count, total2 = second.count
        guard total1 > 0, total2 > 0 else { return [] }
        var count1: [String: Int] = [:], count2: [String: Int] = [:]
        for key in first { count1[key, default: 0] += 1 }
        for key in second { count2[key, default: 0] += 1 }
        let keys = Set(count1.keys).union(count2.keys).sorted()
        let shifts = keys.compactMap { key -> (CreatorShift, Int)? in
            let own1 = count1[key] ?? 0, own2 = count2[key] ?? 0
            let cross = abs(own1 * total2 - own2 * total1)
            guard cross * 100 > creatorMixPoints * total1 * total2 else { return nil }
            return (CreatorShift(influencerKey: key, shares: [Double(own1) / Double(total1) * 100, Double(own2) / Double(total2) * 100]), cross)
        }
        // Stable sort of key-ordered shifts: ties keep key order.
        return shifts.enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }.map(\.element.0)
    }
}
