import Foundation

/// The few pieces of statistics the A/B test needs (kpis.md §5), written once: the regularized
/// incomplete beta function, Student's t two-sided p-value, Welch's t-test and the
/// within-group (fixed-effects) least-squares fit of a value on a 0/1 indicator.
/// Every function returns nil where the quantity does not exist; none traps.
public enum Statistics {
    /// Welch's two-sample t-test: t, the Welch–Satterthwaite degrees of freedom and the
    /// two-sided p-value.
    public struct WelchTest: Sendable, Equatable {
        public let t: Double
        public let degreesOfFreedom: Double
        public let p: Double
    }

    /// The indicator's coefficient of `value ~ indicator + one intercept per group` fitted by
    /// ordinary least squares, its standard error, t statistic, degrees of freedom
    /// (observations − groups − 1) and two-sided p-value.
    public struct FixedEffectsTest: Sendable, Equatable {
        public let coefficient: Double
        public let standardError: Double
        public let t: Double
        public let degreesOfFreedom: Int
        public let p: Double
        public let observations: Int
        public let groups: Int
    }

    /// One observation of `withinFixedEffects`: its group, the 0/1 indicator and the value.
    public struct Observation: Sendable, Equatable {
        public let group: String
        public let indicator: Bool
        public let value: Double

        public init(group: String, indicator: Bool, value: Double) {
            self.group = group
            self.indicator = indicator
            self.value = value
        }
    }

    // MARK: Regularized incomplete beta

    /// I_x(a, b), the regularized incomplete beta function, by its continued fraction
    /// (Numerical Recipes 3rd ed. §6.4, evaluated with the modified Lentz method); nil when
    /// a or b is not positive and finite, x is outside [0, 1], or the fraction does not converge.
    public static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double? {
        regularizedIncompleteBeta(a: a, b: b, x: x, complement: 1 - x)
    }

    /// The same with 1 − x given separately, so that a caller who knows it exactly (Student's t:
    /// 1 − ν/(ν + t²) = t²/(ν + t²)) loses no digits when x is close to 1.
    static func regularizedIncompleteBeta(a: Double, b: Double, x: Double, complement y: Double) -> Double? {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, x <= 1, y >= 0, y <= 1 else { return nil }
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        // ln(x^a · (1 − x)^b / B(a, b))
        let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(y)
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            guard let fraction = betaContinuedFraction(a: a, b: b, x: x) else { return nil }
            return front * fraction / a
        }
        guard let fraction = betaContinuedFraction(a: b, b: a, x: y) else { return nil }
        return 1 - front * fraction / b
    }

    /// ln Γ(x) by the C library's reentrant `lgamma_r` (plain `lgamma` writes the global
    /// `signgam`, and campaigns are computed in parallel).
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes' `betacf`), modified Lentz method.
    static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double? {
        let tiny = 1e-300, epsilon = 1e-16, maxIterations = 10_000
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let m = Double(m), m2 = 2 * m
            // Even step.
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step.
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= epsilon { return h }
        }
        return nil
    }

    // MARK: Student's t

    /// Two-sided p-value of Student's t distribution with `degreesOfFreedom` (any positive real):
    /// P(|T| ≥ |t|) = I_{ν/(ν + t²)}(ν/2, 1/2). nil when ν ≤ 0 or t is NaN.
    public static func studentTTwoSidedP(t: Double, degreesOfFreedom nu: Double) -> Double? {
        guard nu > 0, nu.isFinite, !t.isNaN else { return nil }
        if t.isInfinite { return 0 }
        let t2 = t * t
        let x = nu / (nu + t2), y = t2 / (nu + t2)
        guard let p = regularizedIncompleteBeta(a: nu / 2, b: 0.5, x: x, complement: y) else { return nil }
        return min(1, max(0, p))
    }

    // MARK: Welch

    /// Mean and sample variance (n − 1); the variance is exactly 0 when every value is the same.
    static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double)? {
        guard let first = values.first else { return nil }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count > 1 else { return (mean, 0) }
        if values.allSatisfy({ $0 == first }) { return (first, 0) }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, squares / (n - 1))
    }

    /// Welch's two-sided t-test of mean(x) − mean(y); nil when either sample has fewer than 2
    /// values or both sample variances are 0.
    public static func welch(_ x: [Double], _ y: [Double]) -> WelchTest? {
        guard x.count >= 2, y.count >= 2, let mx = meanAndVariance(x), let my = meanAndVariance(y) else { return nil }
        guard mx.variance > 0 || my.variance > 0 else { return nil }
        let n1 = Double(x.count), n2 = Double(y.count)
        let s1 = mx.variance / n1, s2 = my.variance / n2
        let se2 = s1 + s2
        let t = (mx.mean - my.mean) / se2.squareRoot()
        let df = se2 * se2 / (s1 * s1 / (n1 - 1) + s2 * s2 / (n2 - 1))
        guard let p = studentTTwoSidedP(t: t, degreesOfFreedom: df) else { return nil }
        return WelchTest(t: t, degreesOfFreedom: df, p: p)
    }

    // MARK: Fixed effects

    /// The least-squares fit of `value` on the 0/1 `indicator` plus one intercept per group,
    /// computed by the within transformation (Frisch–Waugh–Lovell: value and indicator demeaned
    /// within each group, then a regression through the origin), with
    /// observations − groups − 1 degrees of freedom. nil when there is no observation, the
    /// indicator does not vary within any group, the degrees of freedom are < 1, or the
    /// residual variance is 0 (every residual within 1e-12 of the largest |value|: an exact fit
    /// up to rounding).
    public static func withinFixedEffects(_ observations: [Observation]) -> FixedEffectsTest? {
        guard !observations.isEmpty else { return nil }
        var sums: [String: (n: Double, value: Double, indicator: Double)] = [:]
        for o in observations {
            var s = sums[o.group] ?? (0, 0, 0)
            s.n += 1
            s.value += o.value
            s.indicator += o.indicator ? 1 : 0
            sums[o.group] = s
        }
        let groups = sums.count
        let df = observations.count - groups - 1
        guard df >= 1 else { return nil }
        var demeaned: [(x: Double, y: Double)] = []
        demeaned.reserveCapacity(observations.count)
        for o in observations {
            guard let s = sums[o.group] else { continue }
            demeaned.append(((o.indicator ? 1 : 0) - s.indicator / s.n, o.value - s.value / s.n))
        }
        let sxx = demeaned.reduce(0) { $0 + $1.x * $1.x }
        guard sxx > 0 else { return nil }
        let sxy = demeaned.reduce(0) { $0 + $1.x * $1.y }
        let beta = sxy / sxx
        let residuals = demeaned.map { $0.y - beta * $0.x }
        let scale = observations.reduce(0) { max($0, abs($1.value)) }
        guard residuals.contains(where: { abs($0) > 1e-12 * scale }) else { return nil }
        let ssr = residuals.reduce(0) { $0 + $1 * $1 }
        let se = (ssr / Double(df) / sxx).squareRoot()
        let t = beta / se
        guard let p = studentTTwoSidedP(t: t, degreesOfFreedom: Double(df)) else { return nil }
        return FixedEffectsTest(coefficient: beta, standardError: se, t: t, degreesOfFreedom: df, p: p,
                                observations: observations.count, groups: groups)
    }
}
