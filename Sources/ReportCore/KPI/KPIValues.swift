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

/// One packed string for the slots (the build cache holds thousands of these), the leads beside.
extension KPIValues {
    private enum CodingKeys: String, CodingKey { case values, leads }

    public func encode(to encoder: Encoder) throws {
        var p = PackedNumbers()
        for v in storage { p.add(v) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(p.text, forKey: .values)
        try container.encodeIfPresent(leadsByType, forKey: .leads)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var r = PackedNumbers.Reader(try container.decode(String.self, forKey: .values))
        self.init()
        for i in storage.indices { storage[i] = try r.double() }
        guard r.isAtEnd else { throw PackedNumbers.Malformed() }
        leadsByType = try container.decodeIfPresent([String: Double].self, forKey: .leads)
    }
}
