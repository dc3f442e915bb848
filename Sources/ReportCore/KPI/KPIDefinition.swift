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
    /// A mean number (comments per post, days, a rating).
    case decimal
}

/// Which groups a KPI applies to (kpis.md §12): §5 keys are campaign figures, `avg_rating`
/// is also an influencer's.
public enum KPIScope: Sendable {
    case everyGroup
    case campaign
    case campaignAndInfluencer
}

/// When a KPI can be judged (kpis.md §10).
public enum KPIMaturity: Sendable {
    /// Settled once the last post is two days old.
    case posts
    /// Settled once the attribution window has closed.
    case attribution
    /// Never provisional.
    case settled
}

/// One KPI of kpis.md: its JSON key, unit, the labels the built-in templates show, the
/// groups it applies to and when it is final.
public struct KPIDefinition: Sendable {
    public let key: String
    public let unit: KPIUnit
    public let english: String
    public let french: String
    public let scope: KPIScope
    public let maturity: KPIMaturity
    /// A cost or a delay: a target is met at or below it.
    public let lowerIsBetter: Bool

    public init(_ key: String, _ unit: KPIUnit, _ english: String, _ french: String,
                scope: KPIScope = .everyGroup, maturity: KPIMaturity, lowerIsBetter: Bool = false) {
        self.key = key
        self.unit = unit
        self.english = english
        self.french = french
        self.scope = scope
        self.maturity = maturity
        self.lowerIsBetter = lowerIsBetter
    }

    public func label(_ locale: ReportLocale) -> String {
        locale == .frFR ? french : english
    }

    public func applies(toCampaign campaign: Bool, influencer: Bool) -> Bool {
        switch scope {
        case .everyGroup: return true
        case .campaign: return campaign
        case .campaignAndInfluencer: return campaign || influencer
        }
    }
}
