/// The thresholds of the fraud flags (kpis.md §8), defaults overridable by report.yaml `fraud:`.
/// Counts are integers because the rules count rows, words and repeats.
public struct FraudThresholds: Sendable, Hashable {
    /// `incoherent_engagement`: above factor × benchmark high, or below low / factor.
    public var incoherentFactor: Double = 3
    /// `follower_spike`: counts an influencer needs before spikes are looked for.
    public var spikeMinCounts: Int = 7
    /// `follower_spike`: how many scaled MADs above the median growth a spike is.
    public var spikeMadK: Double = 6
    /// `follower_spike`: minimum growth as a share of the previous count.
    public var spikeMinShare: Double = 0.01
    /// `foreign_audience`: audience share outside the target countries.
    public var foreignShare: Double = 0.30
    /// `comment_pods`: share of comments in repeated texts.
    public var podShare: Double = 0.10
    /// `comment_pods`: words a repeated text needs to count.
    public var podMinWords: Int = 3
    /// `comment_pods`: times a text must appear.
    public var podMinRepeats: Int = 3

    public init() {}
}
