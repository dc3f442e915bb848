/// Sums over a group of posts, kept so that each rate is Σ A / Σ B over the posts that
/// report every part of A and B (kpis.md §1) — never a mean of per-post rates.
public struct PostTotals: Codable, Sendable {
    /// A numerator and a denominator summed over qualifying posts.
    public struct Pair: Codable, Sendable {
        public var numerator: Double = 0
        public var denominator: Double = 0
        public var count = 0

        public init() {}

        mutating func add(_ n: Int?, _ d: Int?) {
            guard let n, let d else { return }
            numerator += Double(n)
            denominator += Double(d)
            count += 1
        }

        mutating func merge(_ other: Pair) {
            numerator += other.numerator
            denominator += other.denominator
            count += other.count
        }

        /// n/a when no post qualifies or the denominator sums to 0.
        public func rate(scale: Double = 100) -> Double? {
            count > 0 ? ratio(numerator, denominator, scale: scale) : nil
        }
    }

    public private(set) var posts = 0
    // Inline, not arrays: a campaign makes thousands of totals (per creator, day, month, post)
    // and adds a million posts to them; two heap arrays each cost an allocation and a
    // uniqueness check per add.
    private var sums = InlineArray<11, Int>(repeating: 0)
    private var reported = InlineArray<11, Bool>(repeating: false)
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

    /// Σ EMV of the posts reporting any of its inputs; nil when none does.
    public private(set) var emv: Double?
    /// Posts with a caption, and those holding every required mention.
    public private(set) var captioned = 0
    public private(set) var compliant = 0
    /// Posts with planned_at, those on time, and the sum of their delays in days.
    public private(set) var planned = 0
    public private(set) var onTime = 0
    public private(set) var delayDays = 0
    /// Posts reporting `reusable`, those with yes, and those of them reused somewhere.
    public private(set) var reusableReported = 0
    public private(set) var reusable = 0
    public private(set) var reused = 0
    /// The comments of the group's posts (comments.csv).
    public private(set) var comments = CommentTally()

    public init() {}

    /// What a post brings besides its own cells: its EMV rates, whether its caption holds the
    /// required mentions (nil without caption) and what its comments say.
    public struct Extras: Sendable {
        public var emvRates: EMVRates
        public var compliant: Bool?
        public var comments: CommentTally

        public init(emvRates: EMVRates, compliant: Bool? = nil, comments: CommentTally = CommentTally()) {
            self.emvRates = emvRates
            self.compliant = compliant
            self.comments = comments
        }
    }

    public mutating func add(_ post: Post, followers: Int, extras: Extras) {
        add(post, followers: followers)
        if let v = extras.emvRates.value(of: post) { emv = (emv ?? 0) + v }
        if let c = extras.compliant {
            captioned += 1
            if c { compliant += 1 }
        }
        comments.add(extras.comments)
    }

    /// Adds one post; `followers` is its influencer's audience, counted once per qualifying post.
    public mutating func add(_ post: Post, followers: Int) {
        posts += 1
        if let plannedDay = post.plannedAt {
            planned += 1
            let delay = post.publishedAt.day.ordinal - plannedDay.ordinal
            if delay <= 0 { onTime += 1 }
            delayDays += max(0, delay)
        }
        if let r = post.reusable {
            reusableReported += 1
            if r {
                reusable += 1
                if !post.reusedIn.isEmpty { reused += 1 }
            }
        }
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

    /// Adds the sums of another group (months across campaigns for the long-term view).
    public mutating func merge(_ other: PostTotals) {
        posts += other.posts
        for i in sums.indices {
            sums[i] += other.sums[i]
            reported[i] = reported[i] || other.reported[i]
        }
        if let e = other.engagements { engagements = (engagements ?? 0) + e }
        if let c = other.cost { cost = (cost ?? 0) + c }
        if let e = other.emv { emv = (emv ?? 0) + e }
        frequency.merge(other.frequency); longViewRate.merge(other.longViewRate); reachRate.merge(other.reachRate)
        engagementRate.merge(other.engagementRate); engagementRateFollowers.merge(other.engagementRateFollowers)
        shareSaveRate.merge(other.shareSaveRate); commentsPerPost.merge(other.commentsPerPost)
        storyReplyRate.merge(other.storyReplyRate); stickerTapRate.merge(other.stickerTapRate)
        ctr.merge(other.ctr); storyCTR.merge(other.storyCTR)
        captioned += other.captioned; compliant += other.compliant
        planned += other.planned; onTime += other.onTime; delayDays += other.delayDays
        reusableReported += other.reusableReported; reusable += other.reusable; reused += other.reused
        comments.add(other.comments)
    }


    /// Σ of a metric over the posts reporting it; nil when none does.
    public func sum(_ metric: PostMetric) -> Int? {
        reported[metric.rawValue] ? sums[metric.rawValue] : nil
    }
}

/// Counts of comments by what the lexicons read in them (kpis.md §3).
public struct CommentTally: Codable, Sendable, Hashable {
    public var total = 0
    public var quality = 0
    public var purchaseIntent = 0
    public var positive = 0
    public var negative = 0

    public init() {}

    public mutating func add(_ reading: CommentLexicon.Reading) {
        total += 1
        if reading.isQuality { quality += 1 }
        if reading.hasPurchaseIntent { purchaseIntent += 1 }
        if reading.polarity > 0 { positive += 1 } else if reading.polarity < 0 { negative += 1 }
    }

    public mutating func add(_ other: CommentTally) {
        total += other.total
        quality += other.quality
        purchaseIntent += other.purchaseIntent
        positive += other.positive
        negative += other.negative
    }
}

/// The build cache keeps thousands of these per campaign: one packed string each (`PackedNumbers`).
extension PostTotals {
    private var pairs: [Pair] {
        [frequency, longViewRate, reachRate, engagementRate, engagementRateFollowers, shareSaveRate, commentsPerPost,
         storyReplyRate, stickerTapRate, ctr, storyCTR]
    }

    public func encode(to encoder: Encoder) throws {
        var p = PackedNumbers()
        p.add(posts)
        for i in sums.indices { p.add(sums[i]) }
        for i in reported.indices { p.add(reported[i]) }
        p.add(engagements)
        p.add(cost)
        for pair in pairs {
            p.add(pair.numerator)
            p.add(pair.denominator)
            p.add(pair.count)
        }
        p.add(emv)
        for v in [captioned, compliant, planned, onTime, delayDays, reusableReported, reusable, reused,
                  comments.total, comments.quality, comments.purchaseIntent, comments.positive, comments.negative] { p.add(v) }
        var container = encoder.singleValueContainer()
        try container.encode(p.text)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        var r = PackedNumbers.Reader(try container.decode(String.self))
        self.init()
        posts = try r.int()
        for i in sums.indices { sums[i] = try r.int() }
        for i in reported.indices { reported[i] = try r.bool() }
        engagements = try r.optionalInt()
        cost = try r.optionalDouble()
        var read: [Pair] = []
        for _ in 0..<11 {
            var pair = Pair()
            pair.numerator = try r.double()
            pair.denominator = try r.double()
            pair.count = try r.int()
            read.append(pair)
        }
        (frequency, longViewRate, reachRate, engagementRate, engagementRateFollowers, shareSaveRate) = (read[0], read[1], read[2], read[3], read[4], read[5])
        (commentsPerPost, storyReplyRate, stickerTapRate, ctr, storyCTR) = (read[6], read[7], read[8], read[9], read[10])
        emv = try r.optionalDouble()
        (captioned, compliant, planned, onTime) = (try r.int(), try r.int(), try r.int(), try r.int())
        (delayDays, reusableReported, reusable, reused) = (try r.int(), try r.int(), try r.int(), try r.int())
        comments.total = try r.int()
        comments.quality = try r.int()
        comments.purchaseIntent = try r.int()
        comments.positive = try r.int()
        comments.negative = try r.int()
        guard r.isAtEnd else { throw PackedNumbers.Malformed() }
    }
}
