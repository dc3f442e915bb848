import Foundation

/// The A/B test of kpis.md §5: each variant's sums, and a two-sided two-proportion z-test
/// (pooled proportion) between the two variants with the largest denominators.
public struct ABTestResult: Sendable {
    public struct Variant: Sendable {
        public let variant: String
        public let numerator: Double
        public let denominator: Double
        /// Percent; nil when the denominator is 0.
        public let rate: Double?
    }

    public let name: String
    public let metric: KPI
    public let variants: [Variant]
    /// Labels of the two variants compared, when there are two.
    public let compared: [String]
    public let z: Double?
    public let pValue: Double?
    /// p < 0.05; nil when no test could be made.
    public let significant: Bool?

    public static func compute(setting: ABTestSetting, byVariant: [String: PostTotals]) -> ABTestResult {
        let variants = byVariant.keys.sorted().map { label -> Variant in
            let totals = byVariant[label] ?? PostTotals()
            let pair = setting.metric == .ctr ? totals.ctr : totals.engagementRate
            return Variant(variant: label, numerator: pair.numerator, denominator: pair.denominator, rate: pair.rate())
        }
        let ranked = variants.sorted { $0.denominator != $1.denominator ? $0.denominator > $1.denominator : $0.variant < $1.variant }
        guard ranked.count >= 2 else {
            return ABTestResult(name: setting.name, metric: setting.metric, variants: variants, compared: [], z: nil, pValue: nil, significant: nil)
        }
        let a = ranked[0], b = ranked[1]
        let test = zTest(a.numerator, a.denominator, b.numerator, b.denominator)
        return ABTestResult(
            name: setting.name, metric: setting.metric, variants: variants, compared: [a.variant, b.variant],
            z: test?.z, pValue: test?.p, significant: test.map { $0.p < 0.05 }
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
}
