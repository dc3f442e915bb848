import Foundation

/// The A/B test of kpis.md §5: each variant's sums; a two-sided two-proportion z-test (pooled
/// proportion) between the two variants with the largest denominators; the same comparison
/// stratified by influencer (Cochran–Mantel–Haenszel), since creators are not split at random
/// between variants; and the caveats a reader must know before trusting either.
public struct ABTestResult: Sendable {
    public struct Variant: Sendable {
        public let variant: String
        public let numerator: Double
        public let denominator: Double
        /// Percent; nil when the denominator is 0.
        public let rate: Double?
        /// campaign.yaml `ab_test.variants`; nil when not given.
        public let description: String?
    }

    public enum Caveat: String, Sendable {
        /// An influencer's share of a compared variant's denominator differs by more than
        /// `creatorMixPoints` between the two variants.
        case creatorMix = "creator_mix"
    }

    /// An influencer behind `creator_mix`: its share (percent) of each compared variant's
    /// denominator, in the order of `compared`.
    public struct CreatorShift: Sendable, Equatable {
        public let influencerKey: String
        public let shares: [Double]
    }

    /// Why `pValueStratified` is nil although two variants are compared.
    public enum StratifiedGap: Sendable, Equatable {
        /// No influencer has a denominator above 0 in both compared variants.
        case noInfluencerInBoth
        /// In every stratum the metric is 0 % (or 100 %) on both variants: zero variance.
        case noVariation
        /// An influencer's numerator exceeds its denominator (engagements above reach): the
        /// 2×2 table would have a negative cell.
        case notAProportion
    }

    /// The `creator_mix` threshold, in percentage points (strictly more than this).
    public static let creatorMixPoints = 20.0

    public let name: String
    public let metric: KPI
    public let variants: [Variant]
    /// Labels of the two variants compared, when there are two.
    public let compared: [String]
    public let z: Double?
    /// The pooled two-proportion z-test.
    public let pValue: Double?
    /// Cochran–Mantel–Haenszel chi-square (1 df, no continuity correction) and its p-value.
    public let chiSquareStratified: Double?
    public let pValueStratified: Double?
    /// Influencers with a denominator above 0 in both compared variants; nil without two variants.
    public let influencersInBoth: Int?
    public let stratifiedGap: StratifiedGap?
    /// p < 0.05, the stratified p when there is one, else the pooled one; nil when no test could be made.
    public let significant: Bool?
    public let caveats: [Caveat]
    /// The influencers behind `creator_mix`, largest gap first (ties by key).
    public let creatorShifts: [CreatorShift]

    public static func compute(setting: ABTestSetting, posts: [Post]) -> ABTestResult {
        // variant → influencer → sums; a variant's sums are those of its influencers.
        var cells: [String: [String: PostTotals]] = [:]
        for post in posts {
            guard let v = post.variant else { continue }
            cells[v, default: [:]][post.influencerKey, default: PostTotals()].add(post, followers: 0)
        }
        func pair(_ totals: PostTotals) -> PostTotals.Pair { setting.metric == .ctr ? totals.ctr : totals.engagementRate }
        var byInfluencer: [String: [String: PostTotals.Pair]] = [:]
        for (label, influencers) in cells { byInfluencer[label] = influencers.mapValues(pair) }

        let variants = byInfluencer.keys.sorted().map { label -> Variant in
            var total = PostTotals.Pair()
            for p in (byInfluencer[label] ?? [:]).values { total.merge(p) }
            return Variant(variant: label, numerator: total.numerator, denominator: total.denominator, rate: total.rate(),
                           description: setting.description(of: label))
        }
        let ranked = variants.sorted { $0.denominator != $1.denominator ? $0.denominator > $1.denominator : $0.variant < $1.variant }
        guard ranked.count >= 2 else {
            return ABTestResult(name: setting.name, metric: setting.metric, variants: variants, compared: [], z: nil, pValue: nil,
                                chiSquareStratified: nil, pValueStratified: nil, influencersInBoth: nil, stratifiedGap: nil,
                                significant: nil, caveats: [], creatorShifts: [])
        }
        let a = ranked[0], b = ranked[1]
        let test = zTest(a.numerator, a.denominator, b.numerator, b.denominator)

        let first = byInfluencer[a.variant] ?? [:], second = byInfluencer[b.variant] ?? [:]
        let strata = first.keys.sorted().compactMap { key -> Stratum? in
            guard let p1 = first[key], let p2 = second[key], p1.denominator > 0, p2.denominator > 0 else { return nil }
            return Stratum(x1: p1.numerator, n1: p1.denominator, x2: p2.numerator, n2: p2.denominator)
        }
        let stratified = cochranMantelHaenszel(strata)
        var gap: StratifiedGap?
        if stratified == nil {
            if strata.isEmpty { gap = .noInfluencerInBoth } else if strata.contains(where: \.isNotAProportion) { gap = .notAProportion } else { gap = .noVariation }
        }
        let shifts = creatorShifts(first, second, totals: (a.denominator, b.denominator))
        let p = stratified?.p ?? test?.p
        return ABTestResult(
            name: setting.name, metric: setting.metric, variants: variants, compared: [a.variant, b.variant],
            z: test?.z, pValue: test?.p, chiSquareStratified: stratified?.chiSquare, pValueStratified: stratified?.p,
            influencersInBoth: strata.count, stratifiedGap: gap, significant: p.map { $0 < 0.05 },
            caveats: shifts.isEmpty ? [] : [.creatorMix], creatorShifts: shifts
        )
    }

    /// Two-sided two-proportion z-test with pooled proportion; nil when the pooled proportion
    /// is 0 or 1 or a denominator is 0.
    public static func zTest(_ x1: Double, _ n1: Double, _ x2: Double, _ n2: Double) -> (z: Double, p: Double)? {
        guard n1 > 0, n2 > 0 else { return nil }
        let pooled = (x1 + x2) / (n1 + n2)
        guard pooled > 0, pooled < 1 else { return nil }
        let se = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        let z = (x1 / n1 - x2 / n2) / se
        return (z, erfc(abs(z) / 2.0.squareRoot()))
    }

    /// One influencer's 2×2 table: variant × (numerator, denominator − numerator).
    public struct Stratum: Sendable {
        public let x1, n1, x2, n2: Double

        public init(x1: Double, n1: Double, x2: Double, n2: Double) {
            self.x1 = x1
            self.n1 = n1
            self.x2 = x2
            self.n2 = n2
        }

        var isNotAProportion: Bool { x1 > n1 || x2 > n2 || x1 < 0 || x2 < 0 }
    }

    /// Cochran–Mantel–Haenszel test without continuity correction: with, per stratum,
    /// a = x1, N = n1 + n2, m1 = x1 + x2, m2 = N − m1, E[a] = n1·m1 / N and
    /// Var[a] = n1·n2·m1·m2 / (N²·(N − 1)), X² = (Σa − ΣE[a])² / ΣVar[a], and p from the
    /// chi-square distribution with 1 df: p = erfc(√(X²/2)). nil with no stratum, with a
    /// stratum whose numerator exceeds its denominator, or when ΣVar[a] = 0.
    public static func cochranMantelHaenszel(_ strata: [Stratum]) -> (chiSquare: Double, p: Double)? {
        guard !strata.isEmpty, !strata.contains(where: \.isNotAProportion) else { return nil }
        var a = 0.0, expected = 0.0, variance = 0.0
        for s in strata {
            let n = s.n1 + s.n2
            guard n > 1 else { continue }
            let m1 = s.x1 + s.x2, m2 = n - m1
            a += s.x1
            expected += s.n1 * m1 / n
            variance += s.n1 * s.n2 * m1 * m2 / (n * n * (n - 1))
        }
        guard variance > 0 else { return nil }
        let chiSquare = (a - expected) * (a - expected) / variance
        return (chiSquare, erfc((chiSquare / 2).squareRoot()))
    }

    /// Influencers whose share of the first variant's denominator and of the second's differ by
    /// more than `creatorMixPoints`, compared exactly: |d1·D2 − d2·D1| × 100 > 20 × D1·D2.
    static func creatorShifts(_ first: [String: PostTotals.Pair], _ second: [String: PostTotals.Pair],
                              totals: (Double, Double)) -> [CreatorShift] {
        let (d1, d2) = totals
        guard d1 > 0, d2 > 0 else { return [] }
        let keys = Set(first.keys).union(second.keys).sorted()
        let shifts = keys.compactMap { key -> (CreatorShift, Double)? in
            let own1 = first[key]?.denominator ?? 0, own2 = second[key]?.denominator ?? 0
            let cross = abs(own1 * d2 - own2 * d1)
            guard cross * 100 > creatorMixPoints * d1 * d2 else { return nil }
            return (CreatorShift(influencerKey: key, shares: [own1 / d1 * 100, own2 / d2 * 100]), cross / (d1 * d2))
        }
        // Stable sort of key-ordered shifts: ties keep key order.
        return shifts.enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }.map(\.element.0)
    }
}
