/// The KPIs of one group, one slot per key of `KPICatalog.all`. A missing value is "n/a"
/// (null in JSON), never 0. Stored flat: a large project computes millions of these.
public struct KPIValues: Sendable {
    /// NaN marks n/a; a real NaN is never stored (kpis.md: never NaN or infinity).
    private var storage: [Double]
    /// `leads_<type>` counts, by lower-cased type; nil when the group has no leads file.
    public var leadsByType: [String: Double]?

    public init() { storage = Array(repeating: .nan, count: KPICatalog.all.count) }

    public subscript(key: String) -> Double? {
        get {
            if let slot = KPICatalog.slot(key) { return self[slot: slot] }
            if key.hasPrefix("leads_") { return leadsByType?[String(key.dropFirst(6))] }
            return nil
        }
        set { if let slot = KPICatalog.slot(key) { self[slot: slot] = newValue } }
    }

    /// Position in `KPICatalog.all`.
    public subscript(slot slot: Int) -> Double? {
        get {
            let v = storage[slot]
            return v.isNaN ? nil : v
        }
        set {
            if let v = newValue, v.isFinite { storage[slot] = v } else { storage[slot] = .nan }
        }
    }
}

/// A ratio that is n/a when either side is, or when the denominator is 0.
@inline(__always)
public func ratio(_ numerator: Double?, _ denominator: Double?, scale: Double = 1) -> Double? {
    guard let n = numerator, let d = denominator, d != 0 else { return nil }
    return n / d * scale
}
