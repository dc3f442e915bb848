/// One industry range of kpis.md §7 (low–high, in percent), with where it comes from so a
/// report can say whether a comparison rests on a source, an assumption or the user's own figures.
public struct BenchmarkRange: Codable, Sendable, Hashable {
    /// `seed` and `assumption` as in the last column of kpis.md §7; `report.yaml` for overrides.
    public enum Source: String, Codable, Sendable, Hashable, CaseIterable {
        case seed
        case assumption
        case reportYAML = "report.yaml"
        /// The campaign's creator mix: the means of its influencers' own ranges (kpis.md §7).
        case mix
    }

    public let low: Double
    public let high: Double
    public let source: Source

    public init(low: Double, high: Double, source: Source) {
        self.low = low
        self.high = high
        self.source = source
    }

    /// For charts, which draw a band.
    public var closedRange: ClosedRange<Double> { low...high }
}
