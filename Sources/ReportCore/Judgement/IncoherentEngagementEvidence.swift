/// The numbers behind `incoherent_engagement` (kpis.md §8): the influencer's
/// engagement_rate_followers against its industry range (§7) widened by `factor` both ways.
/// An engagement rate far above the range suggests bought engagement, far below it bought
/// followers. A rate equal to a limit is not flagged (the rule says "above" / "below").
public struct IncoherentEngagementEvidence: Sendable, Hashable {
    /// engagement_rate_followers, in percent.
    public let rate: Double
    /// The range in force for the main platform and tier, with its source (seed, assumption, report.yaml).
    public let range: BenchmarkRange
    /// report.yaml `fraud.incoherent_factor`.
    public let factor: Double

    init(rate: Double, range: BenchmarkRange, factor: Double) {
        self.rate = rate
        self.range = range
        self.factor = factor
    }

    /// range high × factor: a rate above it is flagged.
    public var upperLimit: Double { range.high * factor }
    /// range low / factor: a rate below it is flagged.
    public var lowerLimit: Double { range.low / factor }
    /// The rate is above `upperLimit`.
    public var isAbove: Bool { FraudRules.exceeds(rate, upperLimit) }
    /// The rate is below `lowerLimit`.
    public var isBelow: Bool { FraudRules.exceeds(lowerLimit, rate) }
    public var isFlagged: Bool { isAbove || isBelow }
}
