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

/// The section of kpis.md a KPI belongs to; objective-only figures (§9) are not in kpis.json's `kpis`.
public enum KPISection: Sendable {
    case visibility, engagement, conversion, campaignLevel, media, objectiveOnly
}

/// When a KPI can be judged (kpis.md §10).
public enum KPIMaturity: Codable, Sendable, Hashable {
    /// Settled once the last post is two days old.
    case posts
    /// Settled once the attribution window has closed.
    case attribution
    /// Never provisional.
    case settled
}

/// One KPI of kpis.md: its JSON key, unit, the labels the built-in templates show, the
/// groups it applies to and when it is final. The site's `Words` give the label of their
/// language (`KPI.label(_:)` in ReportSite); French labels are in `FrenchWords+KPILabels`.
public struct KPIDefinition: Sendable {
    public let kpi: KPI
    public let key: String
    public let unit: KPIUnit
    /// The KPI's English name: the English pages' label and the one diagnostics use.
    public let english: String
    public let section: KPISection
    public let scope: KPIScope
    public let maturity: KPIMaturity
    /// A cost or a delay: a target is met at or below it.
    public let lowerIsBetter: Bool

    init(_ kpi: KPI, _ key: String, _ unit: KPIUnit, _ english: String, _ section: KPISection,
         scope: KPIScope, maturity: KPIMaturity, lowerIsBetter: Bool = false) {
        self.kpi = kpi
        self.key = key
        self.unit = unit
        self.english = english
        self.section = section
        self.scope = scope
        self.maturity = maturity
        self.lowerIsBetter = lowerIsBetter
    }

    public func applies(toCampaign campaign: Bool, influencer: Bool) -> Bool {
        switch scope {
        case .everyGroup: return true
        case .campaign: return campaign
        case .campaignAndInfluencer: return campaign || influencer
        }
    }
}
