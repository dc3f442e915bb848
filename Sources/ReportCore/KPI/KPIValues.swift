/// The KPIs of one group. A missing or nil value is "n/a" (null in JSON), never 0.
public struct KPIValues: Sendable {
    private var storage: [String: Double]

    public init() { storage = [:] }

    public subscript(key: String) -> Double? {
        get { storage[key] }
        set {
            // n/a stays n/a: a non-finite value is never stored (kpis.md: never NaN or infinity).
            if let v = newValue, v.isFinite { storage[key] = v } else { storage[key] = nil }
        }
    }
}

/// A ratio that is n/a when either side is, or when the denominator is 0.
@inline(__always)
public func ratio(_ numerator: Double?, _ denominator: Double?, scale: Double = 1) -> Double? {
    guard let n = numerator, let d = denominator, d != 0 else { return nil }
    return n / d * scale
}
