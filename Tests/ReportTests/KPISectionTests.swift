import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// kpis.md section by section, against values computed by hand (arithmetic in comments).
enum Make {
    static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day(ordinal: 0) }

    static func post(_ id: String, _ who: String, format: String = "reel", platform: String = "instagram", day: Day = day(3, 5),
                     minute: Int? = nil, planned: Day? = nil, _ m: [PostMetric: Int] = [:], caption: String? = nil,
                     variant: String? = nil, reusable: Bool? = nil, reusedIn: [String] = [], cost: Double? = nil) -> Post {
        Post(id: id, influencerKey: who, platform: Platform(platform), format: format, publishedAt: LocalDateTime(day: day, minuteOfDay: minute),
             plannedAt: planned, metrics: m, caption: caption, variant: variant, reusable: reusable, reusedIn: reusedIn, cost: cost)
    }

    static func influencer(_ handle: String, platform: String = "instagram", followers: Int = 10_000, fee: Double = 0,
                           commission: Double = 0, codes: [String] = [], utm: String? = nil, ratings: [String: Double] = [:]) -> Influencer {
        Influencer(handle: handle, platform: Platform(platform), followers: followers, fee: fee, commissionRate: commission,
                   promoCodes: codes, utmContent: utm, ratings: ratings)
    }

    static func campaign(_ influencers: [Influencer], _ posts: [Post], objective: Objective = .sales, budget: Double? = nil,
                         targets: [(kpi: Measure, value: Double)] = [], mentions required: [String] = [], utmCampaign: String? = nil,
                         window: Int = 10, baseline: DayRange? = nil, abTest: ABTestSetting? = nil, orders: [Order]? = nil,
                         followers: [FollowerCount]? = nil, comments: [PostComment]? = nil, sessions: [SessionCount]? = nil,
                         leads: [Lead]? = nil, mentionRows: [Mention]? = nil) -> Campaign {
        Campaign(id: "c", name: "C", objective: objective, window: DayRange(start: day(3, 1), end: day(3, 31)), budget: budget,
                 targets: targets, requiredMentions: required, utmCampaign: utmCampaign, attributionWindowDays: window,
                 baseline: baseline, abTest: abTest, influencers: influencers, posts: posts, orders: orders,
                 followers: followers, comments: comments, sessions: sessions, leads: leads, mentions: mentionRows)
    }
}

@Suite struct VisibilitySectionTests {
    static func counts(_ rows: [(Int, Int, Int)]) -> [FollowerCount] {
        rows.map { FollowerCount(influencerKey: "a", day: Make.day($0.0, $0.1), followers: $0.2) }
    }

    @Test(arguments: [
        // (counts (month, day, followers), expected new_followers)
        ([(2, 25, 1000), (3, 10, 1100), (3, 31, 1300), (4, 5, 1400)], 300 as Int?), // 1300 (last ≤ end) − 1000 (last < start)
        ([(3, 3, 1000), (3, 20, 1250)], 250),                                  // none before start: first ≥ start
        ([(2, 1, 900), (2, 27, 1000)], nil),                                    // last ≤ end and last < start are both 2-27: one count
        ([(3, 10, 1000)], nil),                                                 // one count: n/a
        ([(4, 2, 1000), (4, 9, 1100)], nil),                                    // nothing ≤ end
        ([(3, 31, 1200), (2, 20, 1000), (3, 15, 900)], 200),                   // unsorted input
    ])
    func newFollowers(rows: [(Int, Int, Int)], expected: Int?) {
        let value = InfluencerOutcome.newFollowers(Self.counts(rows), window: DayRange(start: Make.day(3, 1), end: Make.day(3, 31)))
        #expect(value == expected)
    }

    @Test func followerGrowthCountsEachInfluencerOnce() {
        let a = Make.influencer("a", followers: 10_000), b = Make.influencer("b", followers: 30_000), c = Make.influencer("c", followers: 5000)
        let posts = [Make.post("1", "a", [.reach: 100]), Make.post("2", "a", [.reach: 100]), Make.post("3", "b", [.reach: 100])]
        let followers = [
            FollowerCount(influencerKey: "a", day: Make.day(2, 28), followers: 10_000), FollowerCount(influencerKey: "a", day: Make.day(3, 31), followers: 10_500),
            FollowerCount(influencerKey: "b", day: Make.day(2, 28), followers: 30_000), FollowerCount(influencerKey: "b", day: Make.day(3, 31), followers: 31_500),
        ]
        let k = KPICalculator.compute(Make.campaign([a, b, c], posts, followers: followers)).campaign
        #expect(k[.newFollowers] == 2000)                         // 500 + 1500; c has no count
        #expect(k[.followerGrowth] == 2000.0 / 40_000 * 100)       // a and b once each: 10000 + 30000
        let noFile = KPICalculator.compute(Make.campaign([a, b], posts)).campaign
        #expect(noFile[.newFollowers] == nil)
    }
}

@Suite struct EngagementSectionTests {
    @Test(arguments: [
        // (comment, quality ≥ 4 words, purchase intent, polarity)
        ("J'adore cette crème, vraiment top", true, false, 1),
        ("Où l'acheter ?", false, true, 0),
        ("Lien ?", false, true, 0),
        ("ce n'est pas génial", true, false, -1),            // négation: génial → négatif
        ("Not bad at all, I recommend it", true, false, 1),  // not bad → positive, recommend → positive
        ("@lea regarde #skincare https://x.co/a www.b.fr", false, false, 0), // all removed: 1 word ("regarde")
        ("😍😍😍", false, false, 1),                            // verdict emoji score (was 0 before emoji classes)
        ("Ordered it yesterday, love it!", true, true, 1),
        ("Trop cher pour moi, déçue", true, false, -1),
        ("I bought the buyer's guide", true, true, 0),       // "bought" matches; "buyer's" is not "buy"
    ])
    func lexicon(text: String, quality: Bool, intent: Bool, polarity: Int) {
        let r = CommentLexicon.read(text)
        #expect(r.isQuality == quality)
        #expect(r.hasPurchaseIntent == intent)
        #expect(r.polarity == polarity)
    }

    @Test func commentSharesPerGroup() {
        let a = Make.influencer("a")
        let posts = [Make.post("p1", "a", [.reach: 100]), Make.post("p2", "a", format: "story", [.reach: 100])]
        let comments = [
            PostComment(postID: "p1", text: "J'adore cette crème, vraiment top"),   // quality, positive
            PostComment(postID: "p1", text: "Où l'acheter ?"),                        // intent
            PostComment(postID: "p2", text: "ce n'est pas génial"),                   // quality, negative
            PostComment(postID: "p2", text: "😍"),
        ]
        let result = KPICalculator.compute(Make.campaign([a], posts, comments: comments))
        let k = result.campaign
        #expect(k[.commentQuality] == 50)          // 2 / 4
        #expect(k[.purchaseIntentComments] == 1)
        #expect(k[.positiveShare] == 50)           // 2 / 4: "😍" is positive
        #expect(k[.negativeShare] == 25)
        #expect(k[.netSentiment] == 25)
        let story = result.formats.first { $0.format == "story" }?.kpis
        #expect(story?[.commentQuality] == 50)      // p2: 1 / 2
        #expect(story?[.negativeShare] == 50)
        // With the file and no comment on a group: counts are 0, shares n/a (0 / 0).
        let none = KPICalculator.compute(Make.campaign([a], posts, comments: [])).campaign
        #expect(none[.purchaseIntentComments] == 0)
        #expect(none[.commentQuality] == nil)
        #expect(KPICalculator.compute(Make.campaign([a], posts)).campaign[.purchaseIntentComments] == nil)
    }

    @Test func storyOnlyGroup() {
        let a = Make.influencer("a", followers: 1000)
        let posts = [
            Make.post("s1", "a", format: "story", [.reach: 400, .storyReplies: 8, .stickerTaps: 20, .linkClicks: 14]),
            Make.post("s2", "a", format: "story", [.reach: 600, .storyReplies: 2, .linkClicks: 16]),
        ]
        let k = KPICalculator.compute(Make.campaign([a], posts)).campaign
        #expect(k[.storyReplyRate] == 1)           // (8 + 2) / (400 + 600)
        #expect(k[.stickerTapRate] == 5)           // 20 / 400: only s1 reports taps
        #expect(k[.storyCtr] == 3)                  // 30 / 1000
        #expect(k[.ctr] == 3)
        #expect(k[.engagements] == nil)              // no like, comment, share or save reported
        #expect(k[.engagementRate] == nil)
    }
}

@Suite struct ConversionSectionTests {
    static let a = Make.influencer("a", fee: 1000, commission: 0.1, codes: ["AAA"], utm: "a-utm")
    static let b = Make.influencer("b", platform: "tiktok", fee: 500, utm: "b-utm")
    static let c = Make.influencer("c", platform: "tiktok", fee: 200)

    @Test func clicksFallBackToUTMSessions() {
        // No post reports link clicks: clicks are the sessions carrying each influencer's utm_content.
        let posts = [Make.post("1", "a", [.reach: 1000]), Make.post("2", "b", platform: "tiktok", [.reach: 1000])]
        let sessions = [
            SessionCount(day: Make.day(3, 3), source: "instagram", campaign: "spring", content: "a-utm", sessions: 40),
            SessionCount(day: Make.day(4, 9), source: "instagram", campaign: "spring", content: "A-UTM", sessions: 10),  // in window (end + 10)
            SessionCount(day: Make.day(4, 11), source: "instagram", campaign: "spring", content: "a-utm", sessions: 99), // after the window
            SessionCount(day: Make.day(3, 3), source: "tiktok", campaign: "other", content: "b-utm", sessions: 77),     // wrong utm_campaign
            SessionCount(day: Make.day(3, 3), source: "(direct)", sessions: 500),
        ]
        let result = KPICalculator.compute(Make.campaign([Self.a, Self.b, Self.c], posts, utmCampaign: "spring", sessions: sessions))
        #expect(result.campaign[.clicks] == 50)      // a: 40 + 10; b: 0; c has no utm_content
        #expect(result.influencers[1].kpis[.clicks] == 0)
        #expect(result.influencers[2].kpis[.clicks] == nil)
        let withLinks = KPICalculator.compute(Make.campaign([Self.a], [Make.post("1", "a", [.reach: 1000, .linkClicks: 7])], sessions: sessions))
        #expect(withLinks.campaign[.clicks] == 7)    // link clicks win when reported
        #expect(KPICalculator.compute(Make.campaign([Self.a], posts)).campaign[.clicks] == nil) // no sessions file
    }

    @Test func leadsByTypeAndCPL() {
        let posts = [Make.post("1", "a", [.reach: 1000])]
        let leads = [
            Lead(date: Make.day(3, 2), type: "Newsletter", promoCode: "aaa"),
            Lead(date: Make.day(3, 4), type: "newsletter", utmCampaign: nil, utmContent: "b-utm"),
            Lead(date: Make.day(3, 5), type: "quote", influencerKey: "a"),
            Lead(date: Make.day(5, 5), type: "quote", influencerKey: "a"),   // outside the window
            Lead(date: Make.day(3, 6), type: "contact"),                    // unattributed
        ]
        let result = KPICalculator.compute(Make.campaign([Self.a, Self.b], posts, leads: leads))
        let k = result.campaign
        #expect(result.leadTypes == ["contact", "newsletter", "quote"])
        #expect(k[.leads] == 3)
        #expect(k[.leads(type: "newsletter")] == 2)
        #expect(k[.leads(type: "quote")] == 1)
        #expect(k[.leads(type: "contact")] == 0)
        #expect(k[.cpl] == 1500.0 / 3)               // spend 1000 + 500 (no orders file: no commission)
        #expect(result.influencers[0].kpis[.leads] == 2)
    }

    @Test(arguments: [
        // (budget, expected campaign spend): budget set vs absent
        (nil as Double?, 1755.0),  // fees 1000 + 500 + 200, 10 % of a's 300 revenue, a's post cost 25
        (5000.0, 5000.0),
    ])
    func spendRules(budget: Double?, expected: Double) {
        let posts = [Make.post("1", "a", [.reach: 1000, .impressions: 2000], cost: 25)]
        let orders = [Order(id: "1", date: Make.day(3, 5), revenue: 100, promoCode: "AAA"), Order(id: "2", date: Make.day(3, 6), revenue: 200, promoCode: "aaa")]
        let result = KPICalculator.compute(Make.campaign([Self.a, Self.b, Self.c], posts, budget: budget, orders: orders))
        #expect(result.campaign[.spend] == expected)
        #expect(result.campaign[.cpa] == expected / 2)
        #expect(result.campaign[.roi] == 300 / expected)
        #expect(result.influencers[0].kpis[.spend] == 1055)     // 1000 + 0.1 × 300 + 25
        // A group with no attributed orders: 0 conversions, CPA n/a (division by zero), ROI 0.
        #expect(result.influencers[1].kpis[.conversions] == 0)
        #expect(result.influencers[1].kpis[.cpa] == nil)
        #expect(result.influencers[1].kpis[.roi] == 0)
        // Platform: Σ of its influencers' spend, even with a campaign budget.
        #expect(result.platforms.first { $0.platform.name == "tiktok" }?.kpis[.spend] == 700)
    }
}

@Suite struct CampaignLevelSectionTests {
    @Test func upliftKeepsUnattributedOrders() {
        // Campaign 3-01…3-31 (31 days), baseline 2-01…2-10 (10 days).
        let baseline = DayRange(start: Make.day(2, 1), end: Make.day(2, 10))
        let orders = [
            Order(id: "b1", date: Make.day(2, 3), revenue: 100), Order(id: "b2", date: Make.day(2, 9), revenue: 100),  // baseline: 200 / 10 = 20 a day
            Order(id: "c1", date: Make.day(3, 2), revenue: 310, promoCode: "X"),                                         // unattributed, still counted
            Order(id: "c2", date: Make.day(3, 20), revenue: 310),                                                         // campaign: 620 / 31 = 20 + 0 …
            Order(id: "c3", date: Make.day(3, 31), revenue: 310),                                                         // 930 / 31 = 30 a day
            Order(id: "late", date: Make.day(4, 2), revenue: 1000),                                                       // after end: not in [start, end]
        ]
        let baselineSessions = [
            SessionCount(day: Make.day(2, 5), source: "(Direct)", sessions: 100),   // 100 / 10 = 10 a day
            SessionCount(day: Make.day(3, 5), source: "(direct)", sessions: 465),   // 465 / 31 = 15 a day
            SessionCount(day: Make.day(3, 5), source: "google", sessions: 9999),
        ]
        let c = Make.campaign([Make.influencer("a")], [], baseline: baseline, orders: orders, sessions: baselineSessions)
        let k = KPICalculator.compute(c).campaign
        #expect(abs((k[.upliftRevenue] ?? 0) - 50) < 1e-9)               // (30 − 20) / 20
        #expect(abs((k[.incrementalRevenue] ?? 0) - 310) < 1e-9)         // (30 − 20) × 31
        #expect(abs((k[.upliftOrders] ?? 0) - (3.0 / 31 - 0.2) / 0.2 * 100) < 1e-9) // (3/31 − 2/10) / (2/10)
        #expect(abs((k[.directTrafficUplift] ?? 0) - 50) < 1e-9)        // (15 − 10) / 10
        let noBaselineOrders = KPICalculator.compute(Make.campaign([Make.influencer("a")], [], baseline: baseline, orders: [orders[2]])).campaign
        #expect(noBaselineOrders[.upliftRevenue] == nil)                  // the baseline has none
        #expect(KPICalculator.compute(Make.campaign([Make.influencer("a")], [], orders: orders)).campaign[.upliftRevenue] == nil)
    }

    @Test func ugcComplianceAndDeadlines() {
        let a = Make.influencer("a", ratings: ["brand_fit": 4, "brief": 5]), b = Make.influencer("b", ratings: ["brand_fit": 2])
        let posts = [
            Make.post("1", "a", planned: Make.day(3, 5), caption: "Top #SPONSORISÉ avec @MaisonLune", reusable: true, reusedIn: ["ads"]),
            Make.post("2", "a", day: Make.day(3, 8), planned: Make.day(3, 5), caption: "#sponsorisé only", reusable: true),
            Make.post("3", "b", day: Make.day(3, 4), planned: Make.day(3, 5), caption: "nothing", reusable: false),
            Make.post("4", "b", caption: nil),
        ]
        let result = KPICalculator.compute(Make.campaign([a, b], posts, mentions: ["#sponsorisé", "@maisonlune"]))
        let k = result.campaign
        #expect(k[.reusableContents] == 2)
        #expect(k[.reusableRate] == 2.0 / 3 * 100)   // 2 of the 3 posts reporting reusable
        #expect(k[.reusedContents] == 1)
        #expect(k[.reuseRate] == 50)
        #expect(k[.mentionCompliance] == 1.0 / 3 * 100) // post 1 of the 3 with a caption
        #expect(k[.onTimeRate] == 2.0 / 3 * 100)    // posts 1 (same day) and 3 (early) of 3
        #expect(k[.avgDelayDays] == 1)             // (0 + 3 + 0) / 3
        #expect(result.influencers[0].kpis[.avgRating] == 4.5)
        #expect(k[.avgRating] == 3.25)              // (4.5 + 2) / 2
        #expect(KPICalculator.compute(Make.campaign([a], posts)).campaign[.mentionCompliance] == nil)
    }

    @Test func wordOfMouth() {
        let mentions = [
            Mention(day: Make.day(3, 2), source: "blog", text: "#MaisonLune et #glow", author: "x"),
            Mention(day: Make.day(4, 10), source: "x", text: "#maisonlune #avis_client #glow", author: "Y"),  // end + 10: in
            Mention(day: Make.day(4, 11), source: "x", text: "#late", author: "z"),                           // after
            Mention(day: Make.day(3, 9), source: "x", text: "sans hashtag", author: "y"),
        ]
        let result = KPICalculator.compute(Make.campaign([Make.influencer("a")], [], mentionRows: mentions))
        #expect(result.campaign[.brandMentions] == 3)
        #expect(result.campaign[.mentionAuthors] == 2)          // x, y (Y and y are one author)
        #expect(result.topHashtags == [HashtagCount(hashtag: "#glow", count: 2), HashtagCount(hashtag: "#maisonlune", count: 2),
                                       HashtagCount(hashtag: "#avis_client", count: 1)])
    }
}

@Suite struct EMVSectionTests {
    @Test func emvWithOverrides() {
        let a = Make.influencer("a"), b = Make.influencer("b", platform: "tiktok")
        let posts = [
            Make.post("1", "a", [.impressions: 10_000, .likes: 100, .linkClicks: 10]),              // 10 × 8 + 100 × 0.10 + 10 × 1 = 100
            Make.post("2", "b", platform: "tiktok", [.impressions: 5000, .likes: 200]),            // 5 × 6 + 200 × 0.05 = 40
            Make.post("3", "b", platform: "tiktok", [.reach: 5]),                                   // reports none of the three: adds nothing
        ]
        #expect(KPICalculator.compute(Make.campaign([a, b], posts)).campaign[.emv] == 140)
        let table = EMVTable(overrides: ["instagram": ["cpm": 9]])                                  // 10 × 9 + 10 + 10 = 110
        #expect(KPICalculator.compute(Make.campaign([a, b], posts), emv: table).campaign[.emv] == 150)
        #expect(KPICalculator.compute(Make.campaign([a, b], [posts[2]])).campaign[.emv] == nil)
    }
}

@Suite struct ABTestAndTimingTests {
    @Test func comparesTheVariantsWithTheMostPosts() {
        let a = Make.influencer("a")
        let posts = [
            Make.post("1", "a", [.reach: 1000, .linkClicks: 200], variant: "A"),
            Make.post("2", "a", [.reach: 1000, .linkClicks: 150], variant: "B"),
            Make.post("3", "a", [.reach: 10, .linkClicks: 9], variant: "C"),
            Make.post("4", "a", [.reach: 10, .linkClicks: 8], variant: "C"),
        ]
        let ab = KPICalculator.compute(Make.campaign([a], posts, abTest: ABTestSetting(name: "t", metric: .ctr))).abTest
        #expect(ab?.variants.map { $0.variant } == ["A", "B", "C"])
        #expect(ab?.variants.first?.rate == 20)
        // C has two posts; A and B one each, tied on reach: by label, A.
        #expect(ab?.compared == ["A", "C"])
        // One post of A: no Welch test, and too few posts to conclude.
        #expect(ab?.pValue == nil && ab?.significant == nil)
    }

    @Test func timezoneShiftsAPostAcrossMidnight() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let reader = DateReader(timeZone: paris)
        // 23:30 UTC on Tuesday 10 March is 00:30 on Wednesday 11 March in Paris (UTC+1).
        let t = try #require(reader.parse("2026-03-10T23:30:00Z"))
        #expect(t.day == Make.day(3, 11))
        #expect(t.minuteOfDay == 30)
        #expect(t.day.weekday == 2)
        // Shopify's form, and summer time (UTC+2) after 29 March.
        #expect(reader.parse("2026-04-01 23:30:00 +0000") == LocalDateTime(day: Make.day(4, 2), minuteOfDay: 90))
        // Without an offset the time is already local.
        #expect(reader.parse("2026-03-10T23:30") == LocalDateTime(day: Make.day(3, 10), minuteOfDay: 23 * 60 + 30))
    }

    @Test func timingByWeekdayAndHour() {
        let a = Make.influencer("a")
        let posts = [
            Make.post("1", "a", day: Make.day(3, 2), minute: 18 * 60, [.reach: 100, .likes: 10]),   // Monday 18h
            Make.post("2", "a", day: Make.day(3, 9), minute: 18 * 60 + 59, [.reach: 300, .likes: 10]), // Monday 18h
            Make.post("3", "a", day: Make.day(3, 4), [.reach: 100, .likes: 50]),                    // no time: left out
        ]
        let t = KPICalculator.compute(Make.campaign([a], posts)).timing
        #expect(t.weekdays[0].posts == 2)
        #expect(t.weekdays[0].engagementRate == 5)      // 20 / 400
        #expect(t.weekdays[2].posts == 0)
        #expect(t.weekdays[2].engagementRate == nil)
        #expect(t.hours[18].engagementRate == 5)
    }
}

@Suite struct ObjectiveAndMaturityTests {
    @Test(arguments: [
        // (kpi, target, expected status)
        ("conversions", 2.0, ObjectiveSummary.Status.met),   // 2 ≥ 2
        ("conversions", 3, .missed),
        ("cpa", 600, .met),                                  // cpa 550 ≤ 600: lower is better
        ("cpa", 500, .missed),
        ("leads", 1, .unknown),                              // no leads file: n/a
    ])
    func targets(kpi: String, target: Double, status: ObjectiveSummary.Status) throws {
        let a = Make.influencer("a", fee: 1100, codes: ["A"])
        let orders = [Order(id: "1", date: Make.day(3, 3), revenue: 10, promoCode: "A"), Order(id: "2", date: Make.day(3, 4), revenue: 10, promoCode: "A")]
        let measure = try #require(Measure(key: kpi))
        let summary = KPICalculator.compute(Make.campaign([a], [], targets: [(measure, target)], orders: orders)).objective
        #expect(summary?.targets.first?.status == status)
        #expect(summary?.primary.kpi == .kpi(.conversions))
        #expect(summary?.costs.map { $0.kpi } == [.kpi(.cpa), .kpi(.roi)])
    }

    @Test(arguments: [
        // (as_of, posts provisional, attribution provisional). Last post 3-20; end 3-31 + 10 days = 4-10.
        ((3, 21), true, true),
        ((3, 22), false, true),   // 3-20 + 2 days: settled
        ((4, 9), false, true),
        ((4, 10), false, false),  // end + window: settled
    ])
    func provisionalOnBothSidesOfEachThreshold(asOf: (Int, Int), posts: Bool, attribution: Bool) {
        // orders.csv (empty) and a baseline, so the order figures and the uplift can still change (§10).
        let c = Make.campaign([Make.influencer("a")], [Make.post("1", "a", day: Make.day(3, 20), [.reach: 10])],
                              baseline: DayRange(start: Make.day(2, 1), end: Make.day(2, 28)), orders: [],
                              leads: [Lead(date: Make.day(3, 3), type: "quote")])
        let p = KPICalculator.compute(c, asOf: Make.day(asOf.0, asOf.1)).provisional
        #expect(p.map(\.key).contains("reach") == posts)
        #expect(p.map(\.key).contains("emv") == posts)
        #expect(p.map(\.key).contains("cpm") == posts)
        #expect(p.map(\.key).contains("conversions") == attribution)
        #expect(p.map(\.key).contains("leads_quote") == attribution)
        #expect(p.map(\.key).contains("uplift_revenue") == attribution)
        #expect(!p.map(\.key).contains("mention_compliance"))
    }
}

/// kpis.md §10 measurement calendar: each group's `final_on` is the day after its last
/// provisional day, so as_of on the last provisional day is provisional and final_on is not.
@Suite struct MeasurementCalendarTests {
    // Last post 3-20 → posts final on 3-22; end 3-31 + 10 days → attribution final on 4-10.
    static let campaign = Make.campaign([Make.influencer("a")], [Make.post("1", "a", day: Make.day(3, 20), [.reach: 10])], orders: [],
                                        leads: [Lead(date: Make.day(3, 3), type: "quote")])

    @Test func groupsAndDates() {
        let calendar = KPICalculator.compute(Self.campaign, asOf: Make.day(3, 21)).calendar
        #expect(calendar.map(\.finalOn) == [Make.day(3, 22), Make.day(4, 10)])
        #expect(calendar[0].kpis.contains(.kpi(.reach)) && calendar[0].kpis.contains(.kpi(.emv)))
        #expect(calendar[1].kpis.contains(.kpi(.conversions)) && calendar[1].kpis.contains(.leads(type: "quote")))
        #expect(!calendar.flatMap(\.kpis).contains(.kpi(.mentionCompliance)))
    }

    @Test(arguments: [
        // (as_of, next review): the last provisional day of each group, then its final_on.
        ((3, 21), (3, 22)),
        ((3, 22), (4, 10)),
        ((4, 9), (4, 10)),
        ((4, 10), nil),
    ] as [((Int, Int), (Int, Int)?)])
    func nextReviewAtTheEdges(asOf: (Int, Int), next: (Int, Int)?) {
        let kpis = KPICalculator.compute(Self.campaign, asOf: Make.day(asOf.0, asOf.1))
        let review = Maturity.nextReview(kpis.calendar, asOf: Make.day(asOf.0, asOf.1))
        #expect(review?.finalOn == next.map { Make.day($0.0, $0.1) })
        // The calendar and the provisional list agree.
        #expect(Set(kpis.provisional) == Set(kpis.calendar.filter { $0.isProvisional(on: Make.day(asOf.0, asOf.1)) }.flatMap(\.kpis)))
    }

    @Test func noPostsNoPostGroup() {
        let c = Make.campaign([Make.influencer("a")], [], orders: [])
        #expect(KPICalculator.compute(c, asOf: Make.day(3, 21)).calendar.map(\.maturity) == [.attribution])
    }
}
