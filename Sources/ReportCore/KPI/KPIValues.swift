/// The KPIs of one group, one slot per `KPI`. A missing value is "n/a" (null in JSON),
/// never 0. Stored flat: a large project computes millions of these.
public struct KPIValues: Codable, Sendable {
    /// NaN marks n/a; a real NaN is never stored (kpis.md: never NaN or infinity).
    private var storage: [Double]
    /// `leads_<type>` counts, by lower-cased type; nil when the group has no leads file.
    public var leadsByType: [String: Double]?

    public init() { storage = Array(repeating: .nan, count: KPI.allCases.count) }

    public subscript(kpi: KPI) -> Double? {
        get {
            let v = storage[kpi.rawValue]
            return v.isNaN ? nil : v
        }
        set {
            if let v = newValue, v.isFinite { storage[kpi.rawValue] = v } else { storage[kpi.rawValue] = .nan }
        }
    }

    /// A KPI, or the leads of a type (nil without a leads file or for a type the group never saw).
    public subscript(measure: Measure) -> Double? {
        switch measure {
        case .kpi(let kpi): return self[kpi]
        case .leads(let type): return leadsByType?[type]
        }
    }
}

/// A ratio that is n/a when either side is, or when the denominator is 0.
@inline(__always)
public func ratio(_ numerator: Double?, _ denominator: Double?, scale: Double = 1) -> Double? {
    guard let n = numerator, let d = denominator, d != 0 else { return nil }
    return n / d * scale
}
