/// What a template, a target or a provisional mark can name: a KPI of the catalog, or the
/// leads of one type (`leads_newsletter`), whose names come from the campaign's leads.csv.
public enum Measure: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    case kpi(KPI)
    case leads(type: String)

    /// `reach`, or `leads_<type>`; nil for any other name.
    public init?(key: String) {
        if let kpi = KPI(key: key) {
            self = .kpi(kpi)
        } else if key.hasPrefix("leads_"), key.count > 6 {
            self = .leads(type: String(key.dropFirst(6)))
        } else {
            return nil
        }
    }

    public var key: String {
        switch self {
        case .kpi(let k): return k.key
        case .leads(let type): return "leads_" + type
        }
    }

    public var description: String { key }

    public var unit: KPIUnit {
        switch self {
        case .kpi(let k): return k.unit
        case .leads: return .count
        }
    }

    public var lowerIsBetter: Bool {
        if case .kpi(let k) = self { return k.definition.lowerIsBetter }
        return false
    }

    /// Leads of a type mature like leads.
    public var maturity: KPIMaturity {
        switch self {
        case .kpi(let k): return k.definition.maturity
        case .leads: return KPI.leads.definition.maturity
        }
    }

    /// KPIs in catalog order; a lead type right after `leads`, by name.
    public static func < (a: Measure, b: Measure) -> Bool {
        switch (a, b) {
        case (.kpi(let x), .kpi(let y)): return x < y
        case (.kpi(let x), .leads): return x <= .leads
        case (.leads, .kpi(let y)): return KPI.leads < y
        case (.leads(let x), .leads(let y)): return x < y
        }
    }
}
