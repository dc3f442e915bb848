/// The fraud rules of kpis.md §8, applied to every influencer of a campaign. Pure and
/// deterministic: the same campaign, KPIs, benchmarks and thresholds give the same result.
public enum FraudRules {
    /// One assessment per influencer of campaign.yaml, in its order, with or without posts.
    public static func assess(
        campaign: Campaign, kpis: CampaignKPIs, benchmarks: BenchmarkTable, thresholds: FraudThresholds
    ) -> [FraudAssessment] {
        var rates: [String: Double?] = [:]
        for row in kpis.influencers where rates[row.influencer.key] == nil {
            rates[row.influencer.key] = row.kpis[.engagementRateFollowers]
        }
        var countsByKey: [String: [FollowerCount]] = [:]
        for row in campaign.followers ?? [] { countsByKey[row.influencerKey, default: []].append(row) }
        var postOwner: [String: String] = [:]
        for post in campaign.posts where postOwner[post.id] == nil { postOwner[post.id] = post.influencerKey }
        var textsByKey: [String: [String]] = [:]
        for comment in campaign.comments ?? [] {
            if let key = postOwner[comment.postID] { textsByKey[key, default: []].append(comment.text) }
        }
        let targets = campaign.targetCountries

        return campaign.influencers.map { influencer in
            let key = influencer.key
            let rate = rates[key] ?? nil
            let range = benchmarks.range(.engagementRateFollowers, platform: influencer.platform, tier: influencer.tier)
            let spike: FraudCheck<FollowerSpikeEvidence> = campaign.followers == nil
                ? .notEvaluated(.noFollowersFile)
                : followerSpike(countsByKey[key] ?? [], thresholds: thresholds)
            let pods: FraudCheck<CommentPodsEvidence> = campaign.comments == nil
                ? .notEvaluated(.noCommentsFile)
                : commentPods(textsByKey[key] ?? [], thresholds: thresholds)
            return FraudAssessment(
                influencer: influencer,
                incoherentEngagement: incoherentEngagement(rate: rate, range: range, factor: thresholds.incoherentFactor),
                followerSpike: spike,
                foreignAudience: foreignAudience(influencer.audienceCountries, targets: targets, limit: thresholds.foreignShare),
                commentPods: pods
            )
        }
    }

    // MARK: - The four rules

    /// `incoherent_engagement`: needs the rate and a range; n/a is not evaluated, never 0.
    static func incoherentEngagement(rate: Double?, range: BenchmarkRange?, factor: Double) -> FraudCheck<IncoherentEngagementEvidence> {
        guard let rate else { return .notEvaluated(.noEngagementRate) }
        guard let range else { return .notEvaluated(.noBenchmark) }
        return .evaluated(IncoherentEngagementEvidence(rate: rate, range: range, factor: factor))
    }

    /// `follower_spike` over one influencer's rows of followers.csv (any order).
    static func followerSpike(_ rows: [FollowerCount], thresholds: FraudThresholds) -> FraudCheck<FollowerSpikeEvidence> {
        // One count per day, the later row winning (see FollowerSpikeEvidence).
        var byDay: [Day: Int] = [:]
        for row in rows { byDay[row.day] = row.followers }
        let counts = byDay.keys.sorted().compactMap { day in byDay[day].map { FollowerSpikeEvidence.Count(day: day, followers: $0) } }
        // A growth needs two counts, whatever spike_min_counts says.
        let needed = max(thresholds.spikeMinCounts, 2)
        guard counts.count >= needed else { return .notEvaluated(.tooFewCounts(counts: counts.count, needed: needed)) }
        let steps = zip(counts, counts.dropFirst()).map {
            FollowerSpikeEvidence.Step(start: $0.day, end: $1.day, previousFollowers: $0.followers, followers: $1.followers)
        }
        let growths = steps.map(\.growth)
        guard let median = Self.median(growths), let mad = Self.median(growths.map { abs($0 - median) }) else {
            return .notEvaluated(.tooFewCounts(counts: counts.count, needed: needed))
        }
        let threshold = FollowerSpikeEvidence.threshold(median: median, mad: mad, madK: thresholds.spikeMadK)
        let spikes = steps.filter {
            exceeds($0.growth, threshold) && exceeds($0.growth, thresholds.spikeMinShare * Double($0.previousFollowers))
        }
        return .evaluated(FollowerSpikeEvidence(
            counts: counts, steps: steps, median: median, mad: mad, madK: thresholds.spikeMadK,
            minShare: thresholds.spikeMinShare, minCounts: thresholds.spikeMinCounts, spikes: spikes))
    }

    /// `foreign_audience`: needs both the influencer's audience_countries and the campaign's
    /// target_countries. Codes compare upper-cased.
    static func foreignAudience(_ audience: [String: Double], targets: [String], limit: Double) -> FraudCheck<ForeignAudienceEvidence> {
        guard !audience.isEmpty else { return .notEvaluated(.noAudienceCountries) }
        guard !targets.isEmpty else { return .notEvaluated(.noTargetCountries) }
        let upperTargets = targets.map { $0.uppercased() }
        let targetSet = Set(upperTargets)
        var byCountry: [String: Double] = [:]
        // Codes differing only in case add up, in key order so the sum never depends on hashing.
        for country in audience.keys.sorted() {
            if let share = audience[country] { byCountry[country.uppercased(), default: 0] += share }
        }
        let shares = byCountry.keys.sorted().compactMap { country in
            byCountry[country].map { ForeignAudienceEvidence.CountryShare(country: country, share: $0, isTarget: targetSet.contains(country)) }
        }
        let foreign = shares.filter { !$0.isTarget }.reduce(0) { $0 + $1.share }
        return .evaluated(ForeignAudienceEvidence(shares: shares, targetCountries: upperTargets, foreignShare: foreign, limit: limit))
    }

    /// `comment_pods` over the raw texts of every comment on one influencer's posts.
    static func commentPods(_ texts: [String], thresholds: FraudThresholds) -> FraudCheck<CommentPodsEvidence> {
        guard !texts.isEmpty else { return .notEvaluated(.noComments) }
        var tally: [String: Int] = [:]
        // Comments repeat (that is what this rule looks for): each distinct text is normalized once.
        var raw: [String: Int] = [:]
        for text in texts { raw[text, default: 0] += 1 }
        for (text, count) in raw { tally[normalizedComment(text), default: 0] += count }
        let repeated = tally.compactMap { text, count -> CommentPodsEvidence.RepeatedText? in
            let words = wordCount(text)
            guard words >= thresholds.podMinWords, count >= thresholds.podMinRepeats else { return nil }
            return CommentPodsEvidence.RepeatedText(text: text, words: words, count: count)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        let pod = repeated.reduce(0) { $0 + $1.count }
        return .evaluated(CommentPodsEvidence(
            comments: texts.count, repeatedTexts: repeated, podComments: pod, share: Double(pod) / Double(texts.count),
            limit: thresholds.podShare, minWords: thresholds.podMinWords, minRepeats: thresholds.podMinRepeats))
    }

    // MARK: - Helpers

    /// kpis.md §8 normalization: lower-cased, trimmed, every run of whitespace (spaces, tabs,
    /// line breaks) made one space. Punctuation and emoji are kept: "great post!" and
    /// "great post" are different texts.
    static func normalizedComment(_ text: String) -> String {
        // Most comments are ASCII: lower-cased and collapsed byte by byte (the same result as
        // the Character path below, which is for the rest).
        let ascii: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for c in bytes {
                guard c < 0x80 else { return nil }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c)
            }
            return out
        } ?? nil
        if let ascii { return String(decoding: ascii, as: UTF8.self) }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Words of a normalized text, split on spaces.
    static func wordCount(_ normalized: String) -> Int {
        normalized.split(separator: " ").count
    }

    /// The median (mean of the two middle values for an even count); nil when empty.
    static func median(_ values: [Double]) -> Double? { InternalBenchmarks.median(values) }

    /// `value > limit` as the rules mean it: values within 1e-9 (relative, absolute near 0) of
    /// the limit are equal to it, so shares written as decimals (0.2 + 0.1 against 0.3) and
    /// products such as 2.8 × 3 are not flagged by binary rounding. Equal is never flagged.
    public static func exceeds(_ value: Double, _ limit: Double) -> Bool {
        let tolerance = 1e-9 * max(1, abs(value), abs(limit))
        return value - limit > tolerance
    }
}
