import Testing
@testable import ReportCore

/// kpis.md §8 fraud flags, each rule on both sides of each threshold, with every expected
/// number computed by hand in the comments.
@Suite struct FraudRulesTests {
    // MARK: - Fixtures

    static func campaign(_ influencers: [Influencer], posts: [Post] = [], followers: [FollowerCount]? = nil,
                         comments: [PostComment]? = nil, targets: [String] = []) -> Campaign {
        Campaign(id: "c", name: "C", objective: .sales, window: DayRange(start: Make.day(3, 1), end: Make.day(3, 31)),
                 targetCountries: targets, influencers: influencers, posts: posts, followers: followers, comments: comments)
    }

    /// KPIs with only engagement_rate_followers set, so a rate sits exactly where a test wants it.
    static func kpis(_ rows: [(Influencer, Double?)]) -> CampaignKPIs {
        CampaignKPIs(campaign: KPIValues(), influencers: rows.map { influencer, rate in
            var k = KPIValues()
            k[.engagementRateFollowers] = rate
            return CampaignKPIs.InfluencerRow(influencer: influencer, kpis: k)
        }, platforms: [], formats: [], unattributedOrders: nil)
    }

    /// Daily counts from 2026-03-01: `start`, then each growth added one day later.
    static func daily(_ key: String = "a", start: Int, growths: [Int]) -> [FollowerCount] {
        var rows = [FollowerCount(influencerKey: key, day: Make.day(3, 1), followers: start)]
        var count = start
        for (i, g) in growths.enumerated() {
            count += g
            rows.append(FollowerCount(influencerKey: key, day: Make.day(3, 2 + i), followers: count))
        }
        return rows
    }

    static func thresholds(_ change: (inout FraudThresholds) -> Void) -> FraudThresholds {
        var t = FraudThresholds()
        change(&t)
        return t
    }

    static func spike(_ rows: [FollowerCount], _ t: FraudThresholds = FraudThresholds()) -> FollowerSpikeEvidence? {
        FraudRules.followerSpike(rows, thresholds: t).evidence
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) < 1e-9
    }

    // MARK: - Flags

    @Test func flagNamesInSpecOrder() {
        #expect(FraudFlag.allCases.map(\.rawValue) == ["incoherent_engagement", "follower_spike", "foreign_audience", "comment_pods"])
    }

    // MARK: - incoherent_engagement

    @Test(arguments: [
        // instagram micro (10 000 followers): seed range 1.5–3.0, factor 3 → limits 3.0 × 3 = 9.0 and 1.5 / 3 = 0.5.
        (8.99, false), (9.0, false), (9.01, true),
        (0.51, false), (0.5, false), (0.49, true),
        (2.1, false),
    ])
    func incoherentEngagementDefaults(rate: Double, flagged: Bool) {
        let a = Make.influencer("a", followers: 10_000)
        let result = FraudRules.assess(campaign: Self.campaign([a]), kpis: Self.kpis([(a, rate)]),
                                       benchmarks: .builtIn, thresholds: FraudThresholds())
        let e = result[0].incoherentEngagement.evidence
        #expect(e?.rate == rate)
        #expect(e?.range == BenchmarkRange(low: 1.5, high: 3.0, source: .seed))
        #expect(e?.factor == 3)
        #expect(e?.upperLimit == 9.0)
        #expect(e?.lowerLimit == 0.5)
        #expect(e?.isFlagged == flagged)
        #expect(result[0].flags == (flagged ? [.incoherentEngagement] : []))
    }

    @Test(arguments: [
        // factor 2: limits 3.0 × 2 = 6.0 and 1.5 / 2 = 0.75; 8.99 (clean at factor 3) now flags.
        (5.99, false), (6.0, false), (6.01, true), (8.99, true),
        (0.76, false), (0.75, false), (0.74, true),
    ])
    func incoherentEngagementOverriddenFactor(rate: Double, flagged: Bool) {
        let a = Make.influencer("a", followers: 10_000)
        let t = Self.thresholds { $0.incoherentFactor = 2 }
        let e = FraudRules.assess(campaign: Self.campaign([a]), kpis: Self.kpis([(a, rate)]), benchmarks: .builtIn, thresholds: t)[0]
            .incoherentEngagement.evidence
        #expect(e?.upperLimit == 6.0)
        #expect(e?.lowerLimit == 0.75)
        #expect(e?.isFlagged == flagged)
        #expect(e?.isAbove == (flagged && rate > 1))
        #expect(e?.isBelow == (flagged && rate < 1))
    }

    @Test func incoherentEngagementUsesReportYAMLRangeAndIgnoresBinaryRounding() {
        // report.yaml instagram micro [1.2, 2.8]: 2.8 × 3 is 8.399999999999999 in binary; a rate of
        // 8.4 is equal to the limit, not above it. 8.41 is above.
        var table = BenchmarkTable()
        table.override(.engagementRateFollowers, platform: "instagram", tier: .micro, low: 1.2, high: 2.8)
        let a = Make.influencer("a", followers: 10_000)
        for (rate, flagged) in [(8.4, false), (8.41, true)] {
            let e = FraudRules.assess(campaign: Self.campaign([a]), kpis: Self.kpis([(a, rate)]), benchmarks: table,
                                      thresholds: FraudThresholds())[0].incoherentEngagement.evidence
            #expect(e?.range.source == .reportYAML)
            #expect(Self.close(e?.upperLimit, 8.4))
            #expect(Self.close(e?.lowerLimit, 0.4)) // 1.2 / 3
            #expect(e?.isFlagged == flagged)
        }
    }

    @Test func incoherentEngagementNotEvaluatedWithoutRate() {
        let a = Make.influencer("a")
        let r = FraudRules.assess(campaign: Self.campaign([a]), kpis: Self.kpis([(a, nil)]), benchmarks: .builtIn, thresholds: FraudThresholds())[0]
        #expect(r.incoherentEngagement == .notEvaluated(.noEngagementRate))
        #expect(r.flags.isEmpty)
        #expect(r.audienceQuality == 100)
    }

    @Test func incoherentEngagementFromComputedKPIs() {
        // a: 10 000 followers (instagram micro, limit 9.0), one post with 950 likes + 50 comments
        // = 1000 engagements → 1000 / 10 000 × 100 = 10 % > 9 → flagged.
        // b: tiktok 10 000 followers (range 4–7, limit 21), 500 likes → 5 % → clean.
        // c: no posts → rate n/a → not evaluated.
        let a = Make.influencer("a", followers: 10_000), b = Make.influencer("b", platform: "tiktok", followers: 10_000)
        let c = Make.influencer("c")
        let campaign = Self.campaign([a, b, c], posts: [Make.post("1", "a", [.likes: 950, .comments: 50]),
                                                         Make.post("2", "b", platform: "tiktok", [.likes: 500])])
        let result = FraudRules.assess(campaign: campaign, kpis: KPICalculator.compute(campaign), benchmarks: .builtIn,
                                       thresholds: FraudThresholds())
        #expect(result.map(\.influencer.handle) == ["a", "b", "c"])
        #expect(Self.close(result[0].incoherentEngagement.evidence?.rate, 10))
        #expect(result[0].flags == [.incoherentEngagement])
        #expect(result[0].audienceQuality == 75)
        #expect(Self.close(result[1].incoherentEngagement.evidence?.rate, 5))
        #expect(result[1].incoherentEngagement.evidence?.upperLimit == 21)
        #expect(result[1].flags.isEmpty)
        #expect(result[2].incoherentEngagement == .notEvaluated(.noEngagementRate))
        // No followers.csv, audience, targets or comments.csv: the other rules are not evaluated.
        #expect(result[1].followerSpike == .notEvaluated(.noFollowersFile))
        #expect(result[1].foreignAudience == .notEvaluated(.noAudienceCountries))
        #expect(result[1].commentPods == .notEvaluated(.noCommentsFile))
    }

    // MARK: - follower_spike

    @Test func boughtSpikeIsFlagged() {
        // 50 000 followers growing ~100/day, then +20 000 in one day (03-05 → 03-06).
        // Growths g: 100, 95, 105, 100, 20 000, 98, 102, 100, 97.
        // Sorted: 95 97 98 100 [100] 100 102 105 20 000 → median 100.
        // |g − 100|: 0 5 5 0 19 900 2 2 0 3 → sorted 0 0 0 2 [2] 3 5 5 19 900 → MAD 2.
        // Threshold 100 + 6 × 1.4826 × 2 = 117.7912. The jump: 20 000 > 117.7912 and
        // > 0.01 × 50 400 = 504 → spike, dated 03-06. Largest other growth 105 < 117.7912.
        let rows = Self.daily(start: 50_000, growths: [100, 95, 105, 100, 20_000, 98, 102, 100, 97])
        let e = Self.spike(rows)
        #expect(e?.counts.count == 10)
        #expect(e?.steps.count == 9)
        #expect(e?.median == 100)
        #expect(e?.mad == 2)
        #expect(Self.close(e?.threshold, 117.7912))
        #expect(e?.dates == [Make.day(3, 6)])
        let jump = e?.spikes.first
        #expect(jump?.growth == 20_000)
        #expect(jump?.previousFollowers == 50_400)
        #expect(jump?.followers == 70_400)
        if let e, let jump { #expect(Self.close(e.minShare * Double(jump.previousFollowers), 504)) }
        #expect(e?.isFlagged == true)
    }

    @Test func organicViralStepStaysUnderTheShareRule() {
        // Same account, a viral post on 03-05: +420, +480, +300 over three days, then back to ~100.
        // Growths g: 100, 95, 105, 100, 420, 480, 300, 110, 100.
        // Sorted: 95 100 100 100 [105] 110 300 420 480 → median 105.
        // |g − 105|: 5 10 0 5 315 375 195 5 5 → sorted 0 5 5 5 [5] 10 195 315 375 → MAD 5.
        // Threshold 105 + 6 × 1.4826 × 5 = 149.478: the three viral days are all above it, but
        // each stays under 1 % of its previous count: 420 ≤ 504 (50 400), 480 ≤ 508.2 (50 820),
        // 300 ≤ 513 (51 300). The share rule lets an organic rise through: no spike.
        let rows = Self.daily(start: 50_000, growths: [100, 95, 105, 100, 420, 480, 300, 110, 100])
        let e = Self.spike(rows)
        #expect(e?.median == 105)
        #expect(e?.mad == 5)
        #expect(Self.close(e?.threshold, 149.478))
        if let e {
            let aboveMAD = e.steps.filter { $0.growth > e.threshold }
            #expect(aboveMAD.map(\.end) == [Make.day(3, 6), Make.day(3, 7), Make.day(3, 8)])
            #expect(aboveMAD.map(\.growth) == [420, 480, 300])
            #expect(aboveMAD.map { (e.minShare * Double($0.previousFollowers) * 10).rounded() / 10 } == [504, 508.2, 513])
        }
        #expect(e?.spikes.isEmpty == true)
        #expect(e?.isFlagged == false)

        // spike_min_share 0.005 halves the share limits (252, 254.1, 256.5): all three viral days spike.
        let strict = Self.spike(rows, Self.thresholds { $0.spikeMinShare = 0.005 })
        #expect(strict?.dates == [Make.day(3, 6), Make.day(3, 7), Make.day(3, 8)])
    }

    @Test(arguments: [
        // Counts from 1 000 000: growths 10 000, 5 000, 15 000, 10 000, 5 000, 15 000, x (x the largest).
        // Sorted 5 000 5 000 10 000 [10 000] 15 000 15 000 x → median 10 000;
        // |g − 10 000| sorted 0 0 5 000 [5 000] 5 000 5 000 (x − 10 000) → MAD 5 000.
        // k = 6: threshold 10 000 + 6 × 1.4826 × 5 000 = 10 000 + 44 478 = 54 478.
        // Share limit of the last step 0.01 × 1 060 000 = 10 600, far below: the MAD rule decides.
        (6.0, 54_477, false), (6.0, 54_478, false), (6.0, 54_479, true),
        // spike_mad_k 1: threshold 10 000 + 7 413 = 17 413.
        (1.0, 17_412, false), (1.0, 17_413, false), (1.0, 17_414, true),
    ])
    func spikeMADThresholdSides(k: Double, x: Int, flagged: Bool) {
        let rows = Self.daily(start: 1_000_000, growths: [10_000, 5_000, 15_000, 10_000, 5_000, 15_000, x])
        let e = Self.spike(rows, Self.thresholds { $0.spikeMadK = k })
        #expect(e?.median == 10_000)
        #expect(e?.mad == 5_000)
        #expect(Self.close(e?.threshold, 10_000 + k * 7_413))
        #expect(e?.isFlagged == flagged)
        #expect(e?.dates == (flagged ? [Make.day(3, 8)] : []))
    }

    @Test(arguments: [
        // The bought-spike series with the jump set to x: median 100, MAD 2, threshold 117.7912
        // as long as x is the largest growth. Share limit 0.01 × 50 400 = 504 decides.
        (0.01, 503, false), (0.01, 504, false), (0.01, 505, true),
        // spike_min_share 0.02: limit 0.02 × 50 400 = 1 008.
        (0.02, 1_007, false), (0.02, 1_008, false), (0.02, 1_009, true),
    ])
    func spikeShareRuleSides(share: Double, x: Int, flagged: Bool) {
        let rows = Self.daily(start: 50_000, growths: [100, 95, 105, 100, x, 98, 102, 100, 97])
        let e = Self.spike(rows, Self.thresholds { $0.spikeMinShare = share })
        #expect(Self.close(e?.threshold, 117.7912))
        #expect(e?.isFlagged == flagged)
    }

    @Test func spikeNeedsMinCounts() {
        // 6 counts < 7: not evaluated, even with a jump that would flag.
        let six = Self.daily(start: 50_000, growths: [100, 100, 20_000, 100, 100])
        #expect(FraudRules.followerSpike(six, thresholds: FraudThresholds()) == .notEvaluated(.tooFewCounts(counts: 6, needed: 7)))
        // spike_min_counts 6: evaluated. Growths 100 100 20 000 100 100 → median 100, MAD 0,
        // threshold 100; 20 000 > 100 and > 0.01 × 50 200 = 502 → spike on 03-04.
        let e = Self.spike(six, Self.thresholds { $0.spikeMinCounts = 6 })
        #expect(e?.minCounts == 6)
        #expect(e?.dates == [Make.day(3, 4)])
        // spike_min_counts 1 still needs 2 counts: one count has no growth.
        let one = Self.daily(start: 50_000, growths: [])
        #expect(FraudRules.followerSpike(one, thresholds: Self.thresholds { $0.spikeMinCounts = 1 })
                == .notEvaluated(.tooFewCounts(counts: 1, needed: 2)))
        // A followers.csv without the influencer's rows: 0 counts; no file at all: another reason.
        let a = Make.influencer("a")
        let withFile = FraudRules.assess(campaign: Self.campaign([a], followers: Self.daily("b", start: 1, growths: [1])),
                                         kpis: Self.kpis([(a, nil)]), benchmarks: .builtIn, thresholds: FraudThresholds())
        #expect(withFile[0].followerSpike == .notEvaluated(.tooFewCounts(counts: 0, needed: 7)))
        #expect(withFile[0].skipReason(.followerSpike) == .tooFewCounts(counts: 0, needed: 7))
    }

    @Test func linearSeriesNeverFlags() {
        // Decision (FollowerSpikeEvidence): MAD 0 makes the threshold the median itself. A perfectly
        // linear series (+600/day on 50 000, i.e. 1.2 %/day, above the share rule) has every
        // g = 600 = median, none above it → no spike.
        let e = Self.spike(Self.daily(start: 50_000, growths: Array(repeating: 600, count: 9)))
        #expect(e?.median == 600)
        #expect(e?.mad == 0)
        #expect(e?.threshold == 600)
        #expect(e?.isFlagged == false)
    }

    @Test func zeroMADLeavesOnlyTheShareRule() {
        // Flat account (growths 0 × 6) then a jump: median 0, MAD 0, threshold 0.
        // +600 > 0 and > 0.01 × 50 000 = 500 → spike; +400 ≤ 500 → none.
        let flat = Array(repeating: 0, count: 6)
        #expect(Self.spike(Self.daily(start: 50_000, growths: flat + [600]))?.dates == [Make.day(3, 8)])
        #expect(Self.spike(Self.daily(start: 50_000, growths: flat + [400]))?.isFlagged == false)
        // The documented price of MAD 0: eight days of exactly +600 then +601 (on 54 800, share
        // limit 548) spikes, since 601 > 600 = threshold. Only synthetic data is that regular.
        let e = Self.spike(Self.daily(start: 50_000, growths: Array(repeating: 600, count: 8) + [601]))
        #expect(e?.threshold == 600)
        #expect(e?.dates == [Make.day(3, 10)])
    }

    @Test func negativeGrowthsCountButNeverSpike() {
        // An unfollow wave: 100, 100, −2 000, 100, 100, 100 → sorted −2 000 100 100 [100 100] 100 →
        // median 100; |g − 100| 0 0 2 100 0 0 0 → MAD 0; threshold 100; nothing above it.
        let e = Self.spike(Self.daily(start: 50_000, growths: [100, 100, -2_000, 100, 100, 100]))
        #expect(e?.steps.map(\.change) == [100, 100, -2_000, 100, 100, 100])
        #expect(e?.median == 100)
        #expect(e?.mad == 0)
        #expect(e?.isFlagged == false)
    }

    @Test func unsortedRowsSameDayAndSparseDays() {
        // Rows out of order; 03-01 twice (the later row, 10 050, wins); 03-04 three days after 03-01.
        let rows = [
            FollowerCount(influencerKey: "a", day: Make.day(3, 4), followers: 10_950),
            FollowerCount(influencerKey: "a", day: Make.day(3, 1), followers: 10_000),
            FollowerCount(influencerKey: "a", day: Make.day(3, 5), followers: 11_000),
            FollowerCount(influencerKey: "a", day: Make.day(3, 1), followers: 10_050),
        ]
        let e = Self.spike(rows, Self.thresholds { $0.spikeMinCounts = 3 })
        #expect(e?.counts.map(\.followers) == [10_050, 10_950, 11_000])
        // 03-01 → 03-04: +900 over 3 days = 300/day; 03-04 → 03-05: +50.
        #expect(e?.steps.map(\.days) == [3, 1])
        #expect(e?.steps.map(\.growth) == [300, 50])
        // Even count: median (50 + 300) / 2 = 175; |g − 175| = 125, 125 → MAD 125.
        #expect(e?.median == 175)
        #expect(e?.mad == 125)
        // Reversed, the 10 000 row of 03-01 comes last and wins.
        #expect(FraudRules.followerSpike(rows.reversed(), thresholds: Self.thresholds { $0.spikeMinCounts = 3 })
                .evidence?.counts.map(\.followers) == [10_000, 10_950, 11_000])
    }

    // MARK: - foreign_audience

    static func foreign(_ audience: [String: Double], targets: [String] = ["fr"], _ t: FraudThresholds = FraudThresholds())
        -> FraudAssessment {
        let a = Influencer(handle: "a", platform: Platform("instagram"), followers: 10_000, audienceCountries: audience)
        return FraudRules.assess(campaign: Self.campaign([a], targets: targets), kpis: Self.kpis([(a, nil)]),
                                 benchmarks: .builtIn, thresholds: t)[0]
    }

    @Test(arguments: [
        // Target FR; foreign = BE + US.
        (["FR": 0.71, "BE": 0.19, "US": 0.1], 0.29, false),
        // 0.2 + 0.1 is 0.30000000000000004 in binary: equal to the limit 0.30, not above it.
        (["FR": 0.7, "BE": 0.2, "US": 0.1], 0.30, false),
        (["FR": 0.69, "BE": 0.21, "US": 0.1], 0.31, true),
        // Unlisted remainder (0.3 here) is not guessed: foreign = US 0.2 only.
        (["FR": 0.5, "US": 0.2], 0.2, false),
    ])
    func foreignAudienceDefaults(audience: [String: Double], foreign: Double, flagged: Bool) {
        let r = Self.foreign(audience)
        let e = r.foreignAudience.evidence
        #expect(Self.close(e?.foreignShare, foreign))
        #expect(e?.limit == 0.30)
        #expect(e?.targetCountries == ["FR"])
        #expect(e?.shares.map(\.country) == audience.keys.sorted())
        #expect(e?.shares.filter(\.isTarget).map(\.country) == ["FR"])
        #expect(r.flags == (flagged ? [.foreignAudience] : []))
        #expect(r.audienceQuality == (flagged ? 75 : 100))
    }

    @Test func foreignAudienceOverriddenLimitAndSeveralTargets() {
        let t = Self.thresholds { $0.foreignShare = 0.5 }
        // foreign_share 0.5: 0.31 is clean; 0.4 + 0.1 = 0.5 is at the limit; 0.41 + 0.1 = 0.51 flags.
        #expect(Self.foreign(["FR": 0.69, "BE": 0.21, "US": 0.1], t).flags.isEmpty)
        #expect(Self.foreign(["FR": 0.5, "BE": 0.4, "US": 0.1], t).flags.isEmpty)
        #expect(Self.foreign(["FR": 0.49, "BE": 0.41, "US": 0.1], t).flags == [.foreignAudience])
        // Targets FR and BE (lower-case codes compare upper-cased): foreign = US 0.31 + DE 0.1 = 0.41 > 0.30.
        let two = Self.foreign(["fr": 0.4, "be": 0.19, "us": 0.31, "de": 0.1], targets: ["FR", "be"])
        #expect(two.foreignAudience.evidence?.targetCountries == ["FR", "BE"])
        #expect(two.foreignAudience.evidence?.shares.map(\.country) == ["BE", "DE", "FR", "US"])
        #expect(Self.close(two.foreignAudience.evidence?.foreignShare, 0.41))
        #expect(two.flags == [.foreignAudience])
    }

    @Test func foreignAudienceNeedsBothLists() {
        #expect(Self.foreign([:]).foreignAudience == .notEvaluated(.noAudienceCountries))
        #expect(Self.foreign(["US": 1], targets: []).foreignAudience == .notEvaluated(.noTargetCountries))
    }

    // MARK: - comment_pods

    /// `texts` spread over the influencer's two posts p1, p2; `fillers` unique comments added.
    static func pods(_ texts: [String], fillers: Int, _ t: FraudThresholds = FraudThresholds()) -> FraudAssessment {
        let a = Make.influencer("a"), b = Make.influencer("b")
        let all = texts + (0..<fillers).map { "filler comment number \($0)" }
        var comments = all.enumerated().map { PostComment(postID: $0.offset % 2 == 0 ? "p1" : "p2", text: $0.element) }
        // b's comments never count for a, even when they repeat a's pod text.
        comments += Array(repeating: PostComment(postID: "q", text: texts.first ?? "x"), count: 50)
        let campaign = Self.campaign([a, b], posts: [Make.post("p1", "a"), Make.post("p2", "a"), Make.post("q", "b")], comments: comments)
        return FraudRules.assess(campaign: campaign, kpis: Self.kpis([(a, nil), (b, nil)]), benchmarks: .builtIn, thresholds: t)[0]
    }

    @Test(arguments: [
        // "love this so much" (4 words) × 3 among 31 / 30 / 29 comments: 3/31 = 0.0968 below,
        // 3/30 = 0.1 at the limit (not above), 3/29 = 0.1034 above.
        (28, 31, false), (27, 30, false), (26, 29, true),
    ])
    func podShareSides(fillers: Int, total: Int, flagged: Bool) {
        let r = Self.pods(Array(repeating: "love this so much", count: 3), fillers: fillers)
        let e = r.commentPods.evidence
        #expect(e?.comments == total)
        #expect(e?.repeatedTexts == [.init(text: "love this so much", words: 4, count: 3)])
        #expect(e?.podComments == 3)
        #expect(e?.share == 3 / Double(total))
        #expect(e?.limit == 0.10)
        #expect(r.flags == (flagged ? [.commentPods] : []))
    }

    @Test func podRepeatsAndWords() {
        // 2 repeats of a 4-word text among 10 comments: under pod_min_repeats 3 → share 0.
        let twice = Self.pods(Array(repeating: "love this so much", count: 2), fillers: 8).commentPods.evidence
        #expect(twice?.repeatedTexts.isEmpty == true)
        #expect(twice?.share == 0)
        #expect(twice?.isFlagged == false)
        // 3 repeats among 10: 3/10 = 0.3 > 0.1 → flagged.
        #expect(Self.pods(Array(repeating: "love this so much", count: 3), fillers: 7).flags == [.commentPods])
        // "so cute" (2 words) × 5 of 10: under pod_min_words 3 → share 0, clean.
        let short = Self.pods(Array(repeating: "so cute", count: 5), fillers: 5).commentPods.evidence
        #expect(short?.podComments == 0)
        #expect(short?.isFlagged == false)
        // "so cute 😍" (3 words) × 5 of 10: 5/10 = 0.5 → flagged.
        let three = Self.pods(Array(repeating: "so cute 😍", count: 5), fillers: 5).commentPods.evidence
        #expect(three?.repeatedTexts == [.init(text: "so cute 😍", words: 3, count: 5)])
        #expect(three?.share == 0.5)
        #expect(three?.isFlagged == true)
    }

    @Test func podOverriddenThresholds() {
        // pod_min_words 2, pod_min_repeats 2, pod_share 0.5: "so cute" now counts.
        let t = Self.thresholds { $0.podMinWords = 2; $0.podMinRepeats = 2; $0.podShare = 0.5 }
        // × 5 of 10 = 0.5: at the limit, clean; × 6 of 10 = 0.6 flags; × 2 of 10 counts (0.2), clean.
        #expect(Self.pods(Array(repeating: "so cute", count: 5), fillers: 5, t).commentPods.evidence?.share == 0.5)
        #expect(Self.pods(Array(repeating: "so cute", count: 5), fillers: 5, t).flags.isEmpty)
        #expect(Self.pods(Array(repeating: "so cute", count: 6), fillers: 4, t).flags == [.commentPods])
        #expect(Self.pods(Array(repeating: "so cute", count: 2), fillers: 8, t).commentPods.evidence?.podComments == 2)
    }

    @Test func podNormalization() {
        // Case, outer and inner whitespace (tabs, line breaks) do not matter; punctuation does.
        #expect(FraudRules.normalizedComment("  Love   THIS\tso\nmuch ") == "love this so much")
        // The byte path for ASCII against the Character rule it stands for, on seeded random texts.
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "A", "z", "Q", "!", "é", "\u{A0}", "\u{2003}", "😍", "É", "0"]
        var generator = MutationTests.SeededGenerator(state: 8)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(FraudRules.normalizedComment(text) == text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.debugDescription)")
        }
        let r = Self.pods(["  Love   THIS\tso much ", "love this so much", "LOVE this  so much", "love this so much!",
                           "great stuff here", "Great stuff  here", "great stuff here"], fillers: 13)
        let e = r.commentPods.evidence
        // Two texts × 3 → 6 of 20 = 0.3; ordered by count, then text.
        #expect(e?.repeatedTexts.map(\.text) == ["great stuff here", "love this so much"])
        #expect(e?.podComments == 6)
        #expect(e?.share == 0.3)
    }

    @Test func podNeedsComments() {
        let a = Make.influencer("a")
        let noFile = FraudRules.assess(campaign: Self.campaign([a]), kpis: Self.kpis([(a, nil)]), benchmarks: .builtIn, thresholds: FraudThresholds())
        #expect(noFile[0].commentPods == .notEvaluated(.noCommentsFile))
        let none = FraudRules.assess(campaign: Self.campaign([a], posts: [Make.post("p", "a")], comments: []),
                                     kpis: Self.kpis([(a, nil)]), benchmarks: .builtIn, thresholds: FraudThresholds())
        #expect(none[0].commentPods == .notEvaluated(.noComments))
        #expect(none[0].isEvaluated(.commentPods) == false)
    }

    // MARK: - audience_quality

    @Test func audienceQualityFormula() {
        #expect((0...5).map(FraudAssessment.audienceQuality(flagCount:)) == [100, 75, 50, 25, 0, 0])
    }

    @Test func zeroToFourFlags() {
        // Five influencers raising 0, 1, 2, 3 and 4 flags; every rule evaluated for all of them.
        // Rates: clean 2.0 (instagram micro limits 0.5–9.0), incoherent 10.0.
        // Followers: clean = the viral series, spike = the bought series (see above).
        // Audience (target FR): clean FR 0.9 / US 0.1 (0.1), foreign FR 0.5 / US 0.5 (0.5 > 0.3).
        // Comments on one post each: clean 10 distinct, pods "love this so much" × 3 + 7 distinct (0.3).
        let names = ["zero", "one", "two", "three", "four"]
        var influencers: [Influencer] = [], rates: [(Influencer, Double?)] = [], followers: [FollowerCount] = []
        var posts: [Post] = [], comments: [PostComment] = []
        for (n, name) in names.enumerated() {
            let foreign = n >= 3
            let i = Influencer(handle: name, platform: Platform("instagram"), followers: 10_000,
                               audienceCountries: foreign ? ["FR": 0.5, "US": 0.5] : ["FR": 0.9, "US": 0.1])
            influencers.append(i)
            rates.append((i, n >= 1 ? 10.0 : 2.0))
            followers += Self.daily(name, start: 50_000, growths: n >= 2 ? [100, 95, 105, 100, 20_000, 98, 102, 100, 97]
                                                                          : [100, 95, 105, 100, 420, 480, 300, 110, 100])
            posts.append(Make.post("p-\(name)", name))
            let pod = n >= 4 ? Array(repeating: "love this so much", count: 3) : []
            comments += (pod + (0..<(10 - pod.count)).map { "distinct comment \($0)" }).map { PostComment(postID: "p-\(name)", text: $0) }
        }
        let result = FraudRules.assess(campaign: Self.campaign(influencers, posts: posts, followers: followers, comments: comments, targets: ["FR"]),
                                       kpis: Self.kpis(rates), benchmarks: .builtIn, thresholds: FraudThresholds())
        #expect(result.map(\.influencer.handle) == names)
        #expect(result.map(\.flags) == [
            [], [.incoherentEngagement], [.incoherentEngagement, .followerSpike],
            [.incoherentEngagement, .followerSpike, .foreignAudience], FraudFlag.allCases,
        ])
        #expect(result.map(\.audienceQuality) == [100, 75, 50, 25, 0])
        #expect(result.allSatisfy { r in FraudFlag.allCases.allSatisfy(r.isEvaluated) })
        // Clean creators keep their numbers: zero's spike evidence is the viral one.
        #expect(result[0].followerSpike.evidence?.median == 105)
        #expect(result[0].followerSpike.evidence?.dates == [])
    }
}
