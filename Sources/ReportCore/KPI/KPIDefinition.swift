/// How a KPI's value reads: it decides formatting and chart axes.
public enum KPIUnit: String, Sendable {
    /// A whole count (reach, posts).
    case count
    /// A percentage already multiplied by 100 (`3.2` is 3.2 %).
    case percent
    /// A plain ratio (roi, frequency).
    case ratio
    /// An amount in the campaign currency.
    case money
    /// A mean number (comments per post, days).
    case decimal
}

/// One KPI of kpis.md: its JSON key, unit and the labels the built-in templates show.
public struct KPIDefinition: Sendable {
    public let key: String
    public let unit: KPIUnit
    public let english: String
    public let french: String

    public init(_ key: String, _ unit: KPIUnit, _ english: String, _ french: String) {
        self.key = key
        self.unit = unit
        self.english = english
        self.french = french
    }

    public func label(_ locale: ReportLocale) -> String {
        locale == .frFR ? french : english
    }
}
