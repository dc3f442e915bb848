/// What an influencer brings to a group besides its posts: attributed sales and leads,
/// UTM sessions, follower growth, spend and ratings. nil fields are n/a (no such file).
public struct InfluencerOutcome: Sendable {
    public var followers: Int
    public var conversions: Int?
    /// Of those, the orders carrying one of the influencer's promo codes.
    public var codeConversions: Int?
    public var revenue: Double?
    public var leads: Int?
    public var leadsByType: [String: Int] = [:]
    /// Sessions carrying the influencer's utm_content; nil without sessions.csv or utm_content.
    public var sessionClicks: Int?
    public var newFollowers: Int?
    /// nil when the influencer's costs are unknown (kpis.md §4).
    public var spend: Double?
    /// Flagged `follower_spike` (kpis.md §8): its new followers are also counted in
    /// new_followers_flagged (§2).
    public var spikeFlagged = false
    public var rating: Double?

    /// kpis.md §2: last count dated ≤ end minus last count dated < start (if none before
    /// start, the first dated ≥ start); n/a unless these are two different counts.
    public static func newFollowers(_ counts: [FollowerCount], window: DayRange) -> Int? {
        let sorted = counts.sorted { $0.day < $1.day }
        guard let last = sorted.last(where: { $0.day <= window.end }) else { return nil }
        let before = sorted.last(where: { $0.day < window.start }) ?? sorted.first(where: { $0.day >= window.start })
        guard let first = before, first.day != last.day else { return nil }
        return last.followers - first.followers
    }

    /// Mean of the ratings given (1–5); nil when none.
    public static func rating(_ ratings: [String: Double]) -> Double? {
        guard !ratings.isEmpty else { return nil }
        let keys = ratings.keys.sorted()
        return keys.reduce(0) { $0 + (ratings[$1] ?? 0) } / Double(keys.count)
    }
}
