/// Early and settled measurements (kpis.md §10, seed: "mesurer à 24–48 h, puis à 7–30 jours"):
/// a post's early measurement is its last one within 48 hours of published_at, its settled
/// one the last one at least 7 days after it. The measurements given are those dated on or
/// before the report date (`Campaign.measured(asOf:)` has dropped the later ones).
public enum EarlySettled {
    /// 48 hours, in minutes: a measurement exactly 48 h after publication is early.
    public static let earlyMinutes = 48 * 60
    /// 7 days, in minutes: a measurement exactly 7 days after publication is settled.
    public static let settledMinutes = 7 * 24 * 60

    /// Minutes from `start` to `end` on the local clock; a bare date counts as its midnight.
    public static func minutes(from start: LocalDateTime, to end: LocalDateTime) -> Int {
        (end.day.ordinal - start.day.ordinal) * 1440 + (end.minuteOfDay ?? 0) - (start.minuteOfDay ?? 0)
    }

    /// A post's early and settled measurements; either may be nil (measured once, or not yet).
    public struct Pair: Sendable {
        public let early: Post?
        public let settled: Post?
    }

    /// `measurements` oldest first, as `Campaign.measurements` holds them.
    public static func pair(_ measurements: [Post], publishedAt: LocalDateTime) -> Pair {
        var early: Post?, settled: Post?
        for m in measurements {
            guard let at = m.measuredAt else { continue }
            let elapsed = minutes(from: publishedAt, to: at)
            // Oldest first: the last one that fits is the one kept.
            if elapsed <= earlyMinutes { early = m }
            if elapsed >= settledMinutes { settled = m }
        }
        return Pair(early: early, settled: settled)
    }

    /// The sums behind one group's shares: Σ early and Σ settled over the posts that have both
    /// measurements and report the figure at both.
    public struct Sums: Sendable, Equatable {
        public var earlyReach = 0, settledReach = 0, reachPosts = 0
        public var earlyEngagements = 0, settledEngagements = 0, engagementPosts = 0

        public init() {}

        public mutating func add(_ pair: Pair) {
            guard let early = pair.early, let settled = pair.settled else { return }
            if let e = early[.reach], let s = settled[.reach] {
                earlyReach += e
                settledReach += s
                reachPosts += 1
            }
            if let e = early.engagements, let s = settled.engagements {
                earlyEngagements += e
                settledEngagements += s
                engagementPosts += 1
            }
        }

        /// early_reach_share: n/a when no post qualifies or the settled reach is 0.
        public var reachShare: Double? {
            reachPosts == 0 ? nil : ratio(Double(earlyReach), Double(settledReach), scale: 100)
        }

        public var engagementShare: Double? {
            engagementPosts == 0 ? nil : ratio(Double(earlyEngagements), Double(settledEngagements), scale: 100)
        }
    }

    /// The sums over `posts`, each paired from the campaign's measurements.
    public static func sums(_ posts: [Post], measurements: [String: [Post]]) -> Sums {
        var sums = Sums()
        for post in posts {
            guard let rows = measurements[post.id] else { continue }
            sums.add(pair(rows, publishedAt: post.publishedAt))
        }
        return sums
    }

    /// Sets early_reach_share and early_engagement_share of a group.
    static func fill(_ values: inout KPIValues, _ sums: Sums) {
        values[.earlyReachShare] = sums.reachShare
        values[.earlyEngagementShare] = sums.engagementShare
    }

    /// The day a post's settled measurement is due: 7 days after its publication.
    public static func settledDue(_ post: Post) -> Day {
        post.publishedAt.day.adding(days: 7)
    }
}
