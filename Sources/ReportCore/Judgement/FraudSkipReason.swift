/// Why a fraud rule was not evaluated for an influencer: missing input is "not evaluated",
/// never "clean" (kpis.md §1: no file is not zero), so the page can say what is missing.
public enum FraudSkipReason: Sendable, Hashable {
    /// `incoherent_engagement`: engagement_rate_followers is n/a (no posts with engagements, or no followers).
    case noEngagementRate
    /// `incoherent_engagement`: no industry range for the main platform and tier.
    case noBenchmark
    /// `follower_spike`: the campaign has no followers.csv.
    case noFollowersFile
    /// `follower_spike`: the influencer has `counts` distinct days in followers.csv, fewer than
    /// `needed` (spike_min_counts, at least 2 since a growth needs two counts).
    case tooFewCounts(counts: Int, needed: Int)
    /// `foreign_audience`: the influencer has no `audience_countries`.
    case noAudienceCountries
    /// `foreign_audience`: campaign.yaml has no `target_countries`.
    case noTargetCountries
    /// `comment_pods`: the campaign has no comments.csv.
    case noCommentsFile
    /// `comment_pods`: comments.csv holds no comment on the influencer's posts, so no share exists.
    case noComments
}
