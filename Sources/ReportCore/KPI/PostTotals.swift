/// Sums over a group of posts, kept so that each rate is Σ A / Σ B over the posts that
/// report every part of A and B (kpis.md §1) — never a mean of per-post rates.
public struct PostTotals: Sendable {
    /// A numerator and a denominator summed over qualifying posts.
    public struct Pair: Sendable {
        public var numerator: Double = 0
        public var denominator: Double = 0
        public var count = 0

        mutating func add(_ n: Int?, _ d: Int?) {
            guard let n, let d else { return }
            numerator += Double(n)
            denominator += Double(d)
            count += 1
        }

        /// n/a when no post qualifies or the denominator sums to 0.
        public func rate(scale: Double = 100) -> Double? {
            count > 0 ? ratio(numerator, denominator, scale: scale) : nil
        }
    }

    public private(set) var posts = 0
    private var sums = [Int](repeating: 0, count: PostMetric.allCases.count)
    private var reported = [Bool](repeating: false, count: PostMetric.allCases.count)
    public private(set) var engagements: Int?
    public private(set) var cost: Double?

    public var frequency = Pair()
    public var longViewRate = Pair()
    public var reachRate = Pair()
    public var engagementRate = Pair()
    public var engagementRateFollowers = Pair()
    public var shareSaveRate = Pair()
    public var commentsPerPost = Pair()
    public var storyReplyRate = Pair()
    public var stickerTapRate = Pair()
    public var ctr = Pair()
    public var storyCTR = Pair()

    public init() {}

    /// Adds one post; `followers` is its influencer's audience, counted once per qualifying post.
    public mutating func add(_ post: Post, followers: Int) {
        posts += 1
        for metric in PostMetric.allCases {
            if let v = post[metric] {
                sums[metric.rawValue] += v
                reported[metric.rawValue] = true
            }
        }
        let reach = post[.reach]
        let engaged = post.engagements
        if let engaged { engagements = (engagements ?? 0) + engaged }
        if let c = post.cost { cost = (cost ?? 0) + c }
        frequency.add(post[.impressions], reach)
        longViewRate.add(post[.longViews], post[.views])
        reachRate.add(reach, reach == nil ? nil : followers)
        engagementRate.add(engaged, reach)
        engagementRateFollowers.add(engaged, engaged == nil ? nil : followers)
        shareSaveRate.add(post.sharesAndSaves, reach)
        commentsPerPost.add(post[.comments], post[.comments] == nil ? nil : 1)
        ctr.add(post[.linkClicks], reach)
        if post.isStory {
            storyReplyRate.add(post[.storyReplies], reach)
            stickerTapRate.add(post[.stickerTaps], reach)
            storyCTR.add(post[.linkClicks], reach)
        }
    }

    /// Σ of a metric over the posts reporting it; nil when none does.
    public func sum(_ metric: PostMetric) -> Int? {
        reported[metric.rawValue] ? sums[metric.rawValue] : nil
    }
}
