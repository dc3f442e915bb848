/// The fraud flags of kpis.md §8, in the order they are listed there and in kpis.json `flags`.
/// The raw value is the JSON name.
public enum FraudFlag: String, Codable, Sendable, Hashable, CaseIterable {
    /// Engagement rate (followers) far outside the industry range of the main platform and tier.
    case incoherentEngagement = "incoherent_engagement"
    /// A follower jump far above the account's usual daily growth (bought followers).
    case followerSpike = "follower_spike"
    /// Too much of the audience outside the campaign's target countries.
    case foreignAudience = "foreign_audience"
    /// Many comments that are the same multi-word text (engagement pods, bots).
    case commentPods = "comment_pods"
}
