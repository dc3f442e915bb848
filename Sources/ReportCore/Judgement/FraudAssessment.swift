/// The fraud flags and audience quality of one influencer (kpis.md §8), each rule with the
/// numbers behind it whether or not it flags, or the reason it was not evaluated.
public struct FraudAssessment: Sendable, Hashable {
    public let influencer: Influencer
    public let incoherentEngagement: FraudCheck<IncoherentEngagementEvidence>
    public let followerSpike: FraudCheck<FollowerSpikeEvidence>
    public let foreignAudience: FraudCheck<ForeignAudienceEvidence>
    public let commentPods: FraudCheck<CommentPodsEvidence>
    /// The raised flags, in `FraudFlag` order (kpis.json `flags`). A rule not evaluated raises none.
    public let flags: [FraudFlag]
    /// 100 − 25 × flags, at least 0 (kpis.json `audience_quality`).
    public let audienceQuality: Int

    init(
        influencer: Influencer, incoherentEngagement: FraudCheck<IncoherentEngagementEvidence>,
        followerSpike: FraudCheck<FollowerSpikeEvidence>, foreignAudience: FraudCheck<ForeignAudienceEvidence>,
        commentPods: FraudCheck<CommentPodsEvidence>
    ) {
        self.influencer = influencer
        self.incoherentEngagement = incoherentEngagement
        self.followerSpike = followerSpike
        self.foreignAudience = foreignAudience
        self.commentPods = commentPods
        var raised: [FraudFlag] = []
        if incoherentEngagement.evidence?.isFlagged == true { raised.append(.incoherentEngagement) }
        if followerSpike.evidence?.isFlagged == true { raised.append(.followerSpike) }
        if foreignAudience.evidence?.isFlagged == true { raised.append(.foreignAudience) }
        if commentPods.evidence?.isFlagged == true { raised.append(.commentPods) }
        flags = raised
        audienceQuality = Self.audienceQuality(flagCount: raised.count)
    }

    /// kpis.md §8: 100 − 25 × number of flags, minimum 0.
    public static func audienceQuality(flagCount: Int) -> Int {
        max(0, 100 - 25 * flagCount)
    }

    /// Whether a rule could be evaluated at all (a clean "no flag" needs its numbers).
    public func isEvaluated(_ flag: FraudFlag) -> Bool {
        switch flag {
        case .incoherentEngagement: return incoherentEngagement.evidence != nil
        case .followerSpike: return followerSpike.evidence != nil
        case .foreignAudience: return foreignAudience.evidence != nil
        case .commentPods: return commentPods.evidence != nil
        }
    }

    /// Why a rule was not evaluated, nil when it was.
    public func skipReason(_ flag: FraudFlag) -> FraudSkipReason? {
        switch flag {
        case .incoherentEngagement: return incoherentEngagement.skipReason
        case .followerSpike: return followerSpike.skipReason
        case .foreignAudience: return foreignAudience.skipReason
        case .commentPods: return commentPods.skipReason
        }
    }
}
