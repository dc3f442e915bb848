/// The numbers behind `follower_spike` (kpis.md §8): the influencer's follower counts, the
/// daily growth between consecutive counts, and the robust limit a growth must pass.
///
/// A step spikes when its growth g is above BOTH
/// - `threshold` = median(g) + spike_mad_k × 1.4826 × MAD(g) (far above the usual growth;
///   1.4826 × MAD estimates a standard deviation without letting the spike itself inflate it), and
/// - spike_min_share × the step's earlier count (large for the account: a small account's
///   noise never flags).
///
/// Edge cases, decided here:
/// - Equal to a limit is not a spike (the rule says ">"); values within 1e-9 (relative) of a
///   limit count as equal, so binary rounding never decides a flag.
/// - MAD = 0 (at least half the growths equal the median, e.g. constant growth): the threshold
///   is the median itself, as the formula gives. A perfectly linear series has every g equal
///   to the median, so nothing is above it and nothing flags; a flat account that jumps is
///   flagged as long as the jump also passes the share rule, which is then the only guard
///   against tiny deviations. No fallback spread is invented: a scaled mean deviation would
///   let a single bought jump on a flat 7-count series hide behind its own size.
/// - Δdays > 1 (sparse counts): g is the average daily growth of the step, compared with the
///   share of the earlier count as it stands.
/// - Negative growths (unfollow waves, purges) count in the median and MAD like any other;
///   they can never spike.
/// - Two counts on one day (the loader refuses them; only a direct caller can pass them): the
///   later row wins, so the series has one count per day and Δdays is never 0.
public struct FollowerSpikeEvidence: Sendable, Hashable {
    /// One count of followers.csv.
    public struct Count: Sendable, Hashable {
        public let day: Day
        public let followers: Int
    }

    /// The growth between two consecutive counts.
    public struct Step: Sendable, Hashable {
        /// The earlier count's day.
        public let start: Day
        /// The later count's day: the date a spike is reported under.
        public let end: Day
        /// The earlier count: the base of the share rule.
        public let previousFollowers: Int
        /// The later count.
        public let followers: Int

        /// end − start, ≥ 1.
        public var days: Int { end.ordinal - start.ordinal }
        /// followers − previousFollowers (negative when the account lost followers).
        public var change: Int { followers - previousFollowers }
        /// g = Δfollowers / Δdays.
        public var growth: Double { Double(change) / Double(days) }
    }

    /// The scale that turns a MAD into a standard-deviation estimate for normal data.
    public static let madScale = 1.4826

    /// One count per day, sorted by day.
    public let counts: [Count]
    /// Between consecutive counts, in date order (counts.count − 1 steps).
    public let steps: [Step]
    /// median(g) over the steps.
    public let median: Double
    /// MAD(g) = median(|g − median(g)|).
    public let mad: Double
    /// report.yaml `fraud.spike_mad_k`.
    public let madK: Double
    /// report.yaml `fraud.spike_min_share`.
    public let minShare: Double
    /// report.yaml `fraud.spike_min_counts`.
    public let minCounts: Int
    /// The steps passing both rules, in date order.
    public let spikes: [Step]

    init(counts: [Count], steps: [Step], median: Double, mad: Double, madK: Double, minShare: Double, minCounts: Int, spikes: [Step]) {
        self.counts = counts
        self.steps = steps
        self.median = median
        self.mad = mad
        self.madK = madK
        self.minShare = minShare
        self.minCounts = minCounts
        self.spikes = spikes
    }

    /// median + madK × 1.4826 × MAD: a growth must be above it to spike.
    public var threshold: Double { Self.threshold(median: median, mad: mad, madK: madK) }

    /// The later date of each spiking step: kpis.json `flag_details.follower_spike.dates`.
    public var dates: [Day] { spikes.map(\.end) }

    public var isFlagged: Bool { !spikes.isEmpty }

    static func threshold(median: Double, mad: Double, madK: Double) -> Double {
        median + madK * madScale * mad
    }
}
