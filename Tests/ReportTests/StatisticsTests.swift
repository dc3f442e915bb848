import Foundation
import Testing
@testable import ReportCore

/// `Statistics` (kpis.md §5) against values computed independently, to 1e-9.
///
/// Reference values: SciPy 1.17.1 with NumPy 2.4.6 (Python 3), computed once and pinned here;
/// the exact call is given beside each. Closed forms are checked as well where they exist.
@Suite struct StatisticsTests {
    // MARK: Regularized incomplete beta

    /// `scipy.special.betainc(a, b, x)`.
    @Test(arguments: [
        (0.5, 0.5, 0.3, 0.36901011956554536),     // betainc(0.5, 0.5, 0.3)
        (2.0, 3.0, 0.4, 0.5247999999999999),      // betainc(2, 3, 0.4)
        (10.0, 0.5, 0.9, 0.15164090963470994),    // betainc(10, 0.5, 0.9)
        (90.4, 0.5, 0.99, 0.17825810952867213),   // betainc(90.4, 0.5, 0.99)
        (0.5, 90.4, 0.01, 0.8217418904713276),    // betainc(0.5, 90.4, 0.01)
        (500.0, 0.5, 0.995, 0.025200765362045793), // betainc(500, 0.5, 0.995)
        (1.0, 1.0, 0.25, 0.25),                   // betainc(1, 1, 0.25)
        (5.0, 5.0, 0.5, 0.5),                     // betainc(5, 5, 0.5)
        (3.7, 12.1, 0.2, 0.4127327150741135),     // betainc(3.7, 12.1, 0.2)
    ])
    func incompleteBetaAgainstSciPy(a: Double, b: Double, x: Double, expected: Double) throws {
        let value = try #require(Statistics.regularizedIncompleteBeta(a: a, b: b, x: x))
        #expect(abs(value - expected) < 1e-9, "I_\(x)(\(a), \(b)) = \(value), SciPy \(expected)")
    }

    @Test func incompleteBetaClosedForms() throws {
        // I_x(1/2, 1/2) = (2/π) arcsin √x; I_x(1, 1) = x;
        // I_0.4(2, 3) = Σ_{j=2..4} C(4, j) 0.4^j 0.6^(4−j) = 0.3456 + 0.1536 + 0.0256 = 0.5248.
        for x in [0.01, 0.3, 0.5, 0.77, 0.999] {
            #expect(abs(try #require(Statistics.regularizedIncompleteBeta(a: 0.5, b: 0.5, x: x)) - 2 / Double.pi * asin(x.squareRoot())) < 1e-12)
            #expect(abs(try #require(Statistics.regularizedIncompleteBeta(a: 1, b: 1, x: x)) - x) < 1e-12)
        }
        #expect(abs(try #require(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 0.4)) - 0.5248) < 1e-12)
        // Ends and the domain.
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 0) == 0)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 1) == 1)
        #expect(Statistics.regularizedIncompleteBeta(a: 0, b: 3, x: 0.5) == nil)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: -1, x: 0.5) == nil)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 1.5) == nil)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: .nan) == nil)
        #expect(Statistics.regularizedIncompleteBeta(a: .infinity, b: 3, x: 0.5) == nil)
    }

    // MARK: Student's t

    /// `2 * scipy.stats.t.sf(abs(t), df)`.
    @Test(arguments: [
        (2.0, 5.0, 0.10193947882985835),
        (3.5, 2.5, 0.052345546960320344),
        (10.0, 30.0, 4.575251408229618e-11),
        (0.1, 1000.0, 0.9203643690236041),
        (-2.5, 12.0, 0.02791539957132524),
        (0.27392033875607796, 180.86567188694278, 0.7844584180363197),  // the Welch test, below
    ])
    func studentTAgainstSciPy(t: Double, df: Double, expected: Double) throws {
        let p = try #require(Statistics.studentTTwoSidedP(t: t, degreesOfFreedom: df))
        #expect(abs(p - expected) < 1e-9)
        #expect(abs(p - expected) <= 1e-9 * expected, "relative too: \(p) against \(expected)")
    }

    @Test func studentTClosedForms() throws {
        // ν = 1 (Cauchy): p = 1 − (2/π) atan|t|; ν = 2: p = 1 − |t| / √(2 + t²).
        for t in [0.0, 0.3, 1.0, -2.0, 7.5, 40.0] {
            #expect(abs(try #require(Statistics.studentTTwoSidedP(t: t, degreesOfFreedom: 1)) - (1 - 2 / Double.pi * atan(abs(t)))) < 1e-12)
            #expect(abs(try #require(Statistics.studentTTwoSidedP(t: t, degreesOfFreedom: 2)) - (1 - abs(t) / (2 + t * t).squareRoot())) < 1e-12)
        }
        #expect(Statistics.studentTTwoSidedP(t: 0, degreesOfFreedom: 17) == 1)
        #expect(Statistics.studentTTwoSidedP(t: .infinity, degreesOfFreedom: 17) == 0)
        #expect(Statistics.studentTTwoSidedP(t: 1, degreesOfFreedom: 0) == nil)
        #expect(Statistics.studentTTwoSidedP(t: .nan, degreesOfFreedom: 3) == nil)
    }

    // MARK: Welch

    @Test func welchByHand() throws {
        // x = [1, 2, 3]: mean 2, variance 1; y = [2, 4, 6]: mean 4, variance 4.
        //   s₁ = 1/3, s₂ = 4/3, se² = 5/3, t = (2 − 4) / √(5/3) = −1.5491933384829668
        //   ν = (5/3)² / ((1/3)²/2 + (4/3)²/2) = (25/9) / (17/18) = 50/17
        //   p: scipy.stats.ttest_ind([1, 2, 3], [2, 4, 6], equal_var=False)
        //      → statistic −1.5491933384829668, df 2.9411764705882346, pvalue 0.22088084049409593
        let w = try #require(Statistics.welch([1, 2, 3], [2, 4, 6]))
        #expect(abs(w.t - -2 / (5.0 / 3).squareRoot()) < 1e-12)
        #expect(abs(w.degreesOfFreedom - 50.0 / 17) < 1e-12)
        #expect(abs(w.p - 0.22088084049409593) < 1e-9)
    }

    @Test func welchAgainstSciPy() throws {
        // scipy.stats.ttest_ind([2.1, 3.4, 1.9, 5.2, 3.3], [1.2, 0.8, 2.5, 1.9, 1.1, 2.2, 0.4], equal_var=False)
        //   → statistic 2.641236574298552, df 5.962804606794048, pvalue 0.03870402276601379
        let w = try #require(Statistics.welch([2.1, 3.4, 1.9, 5.2, 3.3], [1.2, 0.8, 2.5, 1.9, 1.1, 2.2, 0.4]))
        #expect(abs(w.t - 2.641236574298552) < 1e-9)
        #expect(abs(w.degreesOfFreedom - 5.962804606794048) < 1e-9)
        #expect(abs(w.p - 0.03870402276601379) < 1e-9)
    }

    @Test func welchEdges() throws {
        // Fewer than 2 values in a sample: no test; 2 is enough.
        #expect(Statistics.welch([1], [2, 4, 6]) == nil)
        #expect(Statistics.welch([1, 2], []) == nil)
        #expect(Statistics.welch([1, 2], [2, 4]) != nil)
        // Both variances 0: no test, even with different means; one variance 0 is a test
        // whose ν is the other sample's n − 1: x constant, y = [2, 4, 6] (s₂ = 4/3): ν = 2,
        // t = (1 − 4) / √(4/3) = −2.598076…, p = 1 − |t| / √(2 + t²) (ν = 2).
        #expect(Statistics.welch([3, 3, 3], [1, 1]) == nil)
        let one = try #require(Statistics.welch([1, 1, 1], [2, 4, 6]))
        #expect(abs(one.degreesOfFreedom - 2) < 1e-12)
        let t = -3 / (4.0 / 3).squareRoot()
        #expect(abs(one.t - t) < 1e-12)
        #expect(abs(one.p - (1 - abs(t) / (2 + t * t).squareRoot())) < 1e-12)
        // Equal rates that are not exactly representable: still exactly no variance.
        #expect(Statistics.welch([0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2], [0.7, 0.7]) == nil)
    }

    // MARK: Fixed effects

    static func obs(_ group: String, _ indicator: Bool, _ value: Double) -> Statistics.Observation {
        .init(group: group, indicator: indicator, value: value)
    }

    /// a: 1 → 3.0, 3.4; 0 → 2.5 · b: 1 → 1.0; 0 → 1.2, 0.9 · c: 1 → 5.0, 4.6; 0 → 4.1, 4.4
    static let fixedEffectsExample = [
        obs("a", true, 3.0), obs("a", true, 3.4), obs("a", false, 2.5),
        obs("b", true, 1.0), obs("b", false, 1.2), obs("b", false, 0.9),
        obs("c", true, 5.0), obs("c", true, 4.6), obs("c", false, 4.1), obs("c", false, 4.4),
    ]

    @Test func fixedEffectsAgainstADummyVariableRegression() throws {
        // By hand (within transformation): x̃ = d − d̄_g; Σx̃² = 2/3 + 2/3 + 1 = 7/3;
        //   Σx̃y = (6.4/3 − 2·2.5/3) + (2·1.0/3 − 2.1/3) + (9.6 − 8.5)/2 = 1.4/3 − 0.1/3 + 0.55 = 2.95/3
        //   β = (2.95/3) / (7/3) = 2.95/7 = 0.42142857…; ν = 10 − 3 − 1 = 6.
        // Independently, the dummy-variable regression (no within transformation), NumPy + SciPy:
        //   X = [d, 1{a}, 1{b}, 1{c}]; beta, *_ = numpy.linalg.lstsq(X, y, rcond=None)
        //   e = y − X @ beta; s2 = e @ e / (10 − 4); se = sqrt(s2 * inv(X.T @ X)[0, 0])
        //   t = beta[0] / se; p = 2 * scipy.stats.t.sf(abs(t), 6)
        //   → beta[0] 0.42142857142857215, se 0.18252760484543773, t 2.3088484165747585, p 0.06036399717606753
        let fe = try #require(Statistics.withinFixedEffects(Self.fixedEffectsExample))
        #expect(abs(fe.coefficient - 2.95 / 7) < 1e-12)
        #expect(abs(fe.coefficient - 0.42142857142857215) < 1e-9)
        #expect(abs(fe.standardError - 0.18252760484543773) < 1e-9)
        #expect(abs(fe.t - 2.3088484165747585) < 1e-9)
        #expect(fe.degreesOfFreedom == 6 && fe.observations == 10 && fe.groups == 3)
        #expect(abs(fe.p - 0.06036399717606753) < 1e-9)
    }

    @Test func fixedEffectsEdges() throws {
        // ν = n − groups − 1: one group with one observation of each value: ν = 0 → nil; a third
        // observation makes ν = 1.
        #expect(Statistics.withinFixedEffects([Self.obs("a", true, 3), Self.obs("a", false, 2)]) == nil)
        let one = try #require(Statistics.withinFixedEffects([Self.obs("a", true, 3), Self.obs("a", false, 2), Self.obs("a", false, 2.5)]))
        #expect(one.degreesOfFreedom == 1)
        // An exact fit (each group's gap between the indicator's values is the same): residual
        // variance 0 → nil, even with rates that are not exactly representable.
        #expect(Statistics.withinFixedEffects([
            Self.obs("a", true, 3.3), Self.obs("a", false, 3.1), Self.obs("b", true, 1.3), Self.obs("b", false, 1.1),
            Self.obs("b", true, 1.3), Self.obs("b", false, 1.1),
        ]) == nil)
        // The indicator never varies within a group: nothing to estimate.
        #expect(Statistics.withinFixedEffects([Self.obs("a", true, 3), Self.obs("a", true, 2), Self.obs("b", false, 1), Self.obs("b", false, 5)]) == nil)
        #expect(Statistics.withinFixedEffects([]) == nil)
    }
}
