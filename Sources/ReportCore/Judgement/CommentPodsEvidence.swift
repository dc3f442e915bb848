/// The numbers behind `comment_pods` (kpis.md §8): over every comment on the influencer's
/// posts, the normalized texts of at least `minWords` words that appear at least `minRepeats`
/// times, and the share of the comments they make up. Short texts ("so cute", "🔥") repeat
/// naturally and never count. A share equal to the limit is not flagged (the rule says ">").
public struct CommentPodsEvidence: Sendable, Hashable {
    /// One repeated text.
    public struct RepeatedText: Sendable, Hashable {
        /// Lower-cased, trimmed, inner whitespace collapsed to one space (`FraudRules.normalizedComment`).
        public let text: String
        /// Space-separated words of `text`.
        public let words: Int
        /// Comments with this normalized text.
        public let count: Int
    }

    /// Comments on the influencer's posts in comments.csv (every post, every text, empty ones too).
    public let comments: Int
    /// The repeated texts, most frequent first, then by text.
    public let repeatedTexts: [RepeatedText]
    /// Comments belonging to a repeated text: the sum of their counts.
    public let podComments: Int
    /// podComments / comments (0–1).
    public let share: Double
    /// report.yaml `fraud.pod_share`.
    public let limit: Double
    /// report.yaml `fraud.pod_min_words`.
    public let minWords: Int
    /// report.yaml `fraud.pod_min_repeats`.
    public let minRepeats: Int

    init(comments: Int, repeatedTexts: [RepeatedText], podComments: Int, share: Double, limit: Double, minWords: Int, minRepeats: Int) {
        self.comments = comments
        self.repeatedTexts = repeatedTexts
        self.podComments = podComments
        self.share = share
        self.limit = limit
        self.minWords = minWords
        self.minRepeats = minRepeats
    }

    public var isFlagged: Bool { FraudRules.exceeds(share, limit) }
}
