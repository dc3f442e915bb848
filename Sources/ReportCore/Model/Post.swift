/// The countable fields of posts.csv. Each may be unreported (an empty cell), which is not zero.
public enum PostMetric: Int, Sendable, CaseIterable {
    case reach, impressions, views, longViews, likes, comments, shares, saves
    case storyReplies, stickerTaps, linkClicks

    /// Column name in posts.csv.
    public var column: String {
        switch self {
        case .reach: return "reach"
        case .impressions: return "impressions"
        case .views: return "views"
        case .longViews: return "long_views"
        case .likes: return "likes"
        case .comments: return "comments"
        case .shares: return "shares"
        case .saves: return "saves"
        case .storyReplies: return "story_replies"
        case .stickerTaps: return "sticker_taps"
        case .linkClicks: return "link_clicks"
        }
    }
}

/// One published content. Metrics are stored flat, with `Post.unreported` for "not reported", so a
/// million posts stay compact; read them through `subscript` as optionals.
///
/// A final class with constant fields rather than a struct: the KPI passes walk a campaign's
/// posts many times, and copying a struct of eight reference-counted fields cost a retain and a
/// release of each per post and pass (5 % of a large build); a reference costs one.
public final class Post: Sendable {
    public let id: String
    /// Key of the influencer (lower-cased handle without `@`).
    public let influencerKey: String
    public let platform: Platform
    /// Lower-cased.
    public let format: String
    public let publishedAt: LocalDateTime
    public let plannedAt: Day?
    public let caption: String?
    public let variant: String?
    public let reusable: Bool?
    public let reusedIn: [String]
    public let cost: Double?
    /// 1-based line of the row in its file, for messages.
    public let line: Int
    /// posts.csv `measured_at`: when these figures were read (data-format.md §4); nil for a
    /// post measured once without a date.
    public let measuredAt: LocalDateTime?
    /// Inline in the object: a million posts, each without an array of its own to allocate and count references to.
    private let values: InlineArray<11, Int>

    /// The stored value of a metric not reported. Not -1: YouTube's likes over a period are a
    /// net change and may be negative (data-format.md §12).
    public static let unreported = Int.min

    public convenience init(
        id: String, influencerKey: String, platform: Platform, format: String,
        publishedAt: LocalDateTime, plannedAt: Day? = nil, metrics: [PostMetric: Int] = [:],
        caption: String? = nil, variant: String? = nil, reusable: Bool? = nil,
        reusedIn: [String] = [], cost: Double? = nil, line: Int = 0, measuredAt: LocalDateTime? = nil
    ) {
        var values = [Int](repeating: Post.unreported, count: PostMetric.allCases.count)
        for (metric, value) in metrics { values[metric.rawValue] = value }
        self.init(id: id, influencerKey: influencerKey, platform: platform, format: format, publishedAt: publishedAt,
                  plannedAt: plannedAt, metricValues: values, caption: caption, variant: variant, reusable: reusable,
                  reusedIn: reusedIn, cost: cost, line: line, measuredAt: measuredAt)
    }

    /// `metricValues[m.rawValue]` is metric m, `Post.unreported` when unreported: the loader's fast path.
    public init(
        id: String, influencerKey: String, platform: Platform, format: String, publishedAt: LocalDateTime,
        plannedAt: Day?, metricValues: [Int], caption: String?, variant: String?, reusable: Bool?,
        reusedIn: [String], cost: Double?, line: Int, measuredAt: LocalDateTime? = nil
    ) {
        self.id = id
        self.influencerKey = influencerKey
        self.platform = platform
        self.format = format.lowercased()
        self.publishedAt = publishedAt
        self.plannedAt = plannedAt
        self.caption = caption
        self.variant = variant
        self.reusable = reusable
        self.reusedIn = reusedIn
        self.cost = cost
        self.line = line
        self.measuredAt = measuredAt
        var values = InlineArray<11, Int>(repeating: Post.unreported)
        if metricValues.count == PostMetric.allCases.count {
            for i in values.indices { values[i] = metricValues[i] }
        }
        self.values = values
        isStory = self.format == "story"
        engagements = Post.sumOfReported(values, Post.engagementMetrics)
        sharesAndSaves = Post.sumOfReported(values, Post.shareSaveMetrics)
    }

    /// The same post with no figure reported: its only measurements come after the report date
    /// (kpis.md §10), so nothing of it is known yet.
    public func withoutFigures() -> Post {
        Post(id: id, influencerKey: influencerKey, platform: platform, format: format, publishedAt: publishedAt,
             plannedAt: plannedAt, metricValues: [Int](repeating: Post.unreported, count: PostMetric.allCases.count),
             caption: caption, variant: variant, reusable: reusable, reusedIn: reusedIn, cost: cost, line: line)
    }

    public subscript(metric: PostMetric) -> Int? {
        let v = values[metric.rawValue]
        return v == Post.unreported ? nil : v
    }

    /// Read by every KPI pass: computed once, when the post is made.
    public let isStory: Bool

    /// likes + comments + shares + saves; reported when at least one part is (kpis.md §1).
    public let engagements: Int?

    /// shares + saves, with the same rule.
    public let sharesAndSaves: Int?

    private static let engagementMetrics: [PostMetric] = [.likes, .comments, .shares, .saves]
    private static let shareSaveMetrics: [PostMetric] = [.shares, .saves]

    private static func sumOfReported(_ values: InlineArray<11, Int>, _ metrics: [PostMetric]) -> Int? {
        var total = 0
        var any = false
        for m in metrics {
            let v = values[m.rawValue]
            if v != Post.unreported { total += v; any = true }
        }
        return any ? total : nil
    }
}
