import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// The A/B test of kpis.md §5: the post is the unit. Welch's t-test on per-post rates, the
/// within-influencer fixed-effects fit, the choice of the compared variants, `significant`
/// with its 10-post floor, the caveats, kpis.json, the page sentence and campaign.yaml.
/// The statistics themselves are checked against SciPy in StatisticsTests.
@Suite struct ABTestTests {
    static let abc = [Make.influencer("a"), Make.influencer("b"), Make.influencer("c"), Make.influencer("d")]

    /// One post per click count, each with `reach` (so the CTR is clicks / reach × 100).
    static func posts(_ variant: String, _ who: String, clicks: [Int], reach: Int = 1000) -> [Post] {
        clicks.enumerated().map { i, c in Make.post("\(variant)-\(who)-\(i)", who, [.reach: reach, .linkClicks: c], variant: variant) }
    }

    static func result(_ posts: [Post], _ setting: ABTestSetting = ABTestSetting(name: "Hook", metric: .ctr),
                       influencers: [Influencer] = abc) throws -> ABTestResult {
        try #require(KPICalculator.compute(Make.campaign(influencers, posts, abTest: setting)).abTest)
    }

    static let en = NumberFormat(locale: .enUS, currency: "EUR"), fr = NumberFormat(locale: .frFR, currency: "EUR")

    /// Three influencers, each posting A once and B once: CTR A 1, 2, 3 %, B 2, 4, 6 %.
    static let paired = posts("A", "a", clicks: [10]) + posts("B", "a", clicks: [20]) + posts("A", "b", clicks: [20])
        + posts("B", "b", clicks: [40]) + posts("A", "c", clicks: [30]) + posts("B", "c", clicks: [60])

    @Test func handComputedWelchAndFixedEffects() throws {
        // Welch on [1, 2, 3] vs [2, 4, 6] (StatisticsTests.welchByHand): t = −2/√(5/3), ν = 50/17,
        //   p = 0.22088084049409593 (scipy.stats.ttest_ind([1, 2, 3], [2, 4, 6], equal_var=False)).
        // Within influencers (each posts A once and B once): demeaned indicator ±1/2, Σx̃² = 6 × 1/4 = 1.5;
        //   Σx̃y = ((1 − 2) + (2 − 4) + (3 − 6)) / 2 = −3, β = −3 / 1.5 = −2 (A − B);
        //   residuals ±0.5 (a), 0 (b), ±0.5 (c): SSR = 1, ν = 6 − 3 − 1 = 2, σ² = 0.5,
        //   se = √(0.5 / 1.5) = 1/√3, t = −2√3, and with ν = 2, p = 1 − |t|/√(2 + t²) = 1 − √(6/7)
        //   = 0.07417990022744858 (2 * scipy.stats.t.sf(2 * sqrt(3), 2) = 0.07417990022744855).
        let ab = try Self.result(Self.paired)
        #expect(ab.compared == ["A", "B"])
        #expect(ab.variants.map(\.posts) == [3, 3])
        #expect(ab.variants.map(\.numerator) == [60, 120] && ab.variants.map(\.denominator) == [3000, 3000])
        #expect(ab.variants.map(\.rate) == [2, 4])
        let welch = try #require(ab.welch)
        #expect(abs(welch.t - -2 / (5.0 / 3).squareRoot()) < 1e-9)
        #expect(abs(welch.degreesOfFreedom - 50.0 / 17) < 1e-9)
        #expect(abs(try #require(ab.pValue) - 0.22088084049409593) < 1e-9)
        let fe = try #require(ab.stratified)
        #expect(abs(fe.coefficient - -2) < 1e-9 && abs(fe.t - -2 * 3.0.squareRoot()) < 1e-9 && fe.degreesOfFreedom == 2)
        #expect(abs(try #require(ab.pValueStratified) - (1 - (6.0 / 7).squareRoot())) < 1e-9)
        #expect(abs(try #require(ab.pValueStratified) - 0.07417990022744855) < 1e-9)
        #expect(ab.influencersInBoth == 3)
        // Three posts a variant: too few to conclude, whatever the p-values say.
        #expect(ab.significant == nil)
        #expect(ab.caveats == [.tooFewPosts])
    }

    @Test func fixedEffectsThroughPostsMatchTheDummyVariableRegression() throws {
        // StatisticsTests.fixedEffectsAgainstADummyVariableRegression, as posts (CTR = clicks / 1000 × 100),
        // plus d, who posts A only: not in both, so left out of the fit (and of its ν).
        //   NumPy/SciPy (see there): beta 0.42142857142857215, se 0.18252760484543773, t 2.3088484165747585,
        //   ν 6, p 0.06036399717606753.
        let posts = Self.posts("A", "a", clicks: [30, 34]) + Self.posts("B", "a", clicks: [25])
            + Self.posts("A", "b", clicks: [10]) + Self.posts("B", "b", clicks: [12, 9])
            + Self.posts("A", "c", clicks: [50, 46]) + Self.posts("B", "c", clicks: [41, 44])
            + Self.posts("A", "d", clicks: [80, 70])
        let ab = try Self.result(posts)
        #expect(ab.influencersInBoth == 3)
        let fe = try #require(ab.stratified)
        #expect(fe.observations == 10 && fe.groups == 3 && fe.degreesOfFreedom == 6)
        #expect(abs(fe.coefficient - 0.42142857142857215) < 1e-9)
        #expect(abs(fe.standardError - 0.18252760484543773) < 1e-9)
        #expect(abs(fe.p - 0.06036399717606753) < 1e-9)
    }

    @Test func reachIsNotANumberOfTrials() throws {
        // The shape: 12 posts a variant, 800 000 reach each, pooled CTR 3.3 % vs 3.1 %.
        // Treating 9.6 M reached accounts as trials (the old two-proportion z-test) gives z = 24.9,
        // p ≈ 8e-137. The posts' CTRs vary far more than that: a 2.8 3.8 3.3 2.9 3.7 3.3 and
        // b 3.0 3.6 3.2 3.4 3.1 3.5 on A, each 0.2 lower on B.
        //   scipy.stats.ttest_ind(A, B, equal_var=False) → t 1.5491933384829721, df 21.999999999999993,
        //     p 0.13560184670556344
        //   dummy-variable regression (NumPy lstsq + scipy.stats.t.sf, ν = 21) → beta 0.2, t 1.5135749373285425,
        //     p 0.1450395325667411
        let a = [22400, 30400, 26400, 23200, 29600, 26400], b = [24000, 28800, 25600, 27200, 24800, 28000]
        let posts = Self.posts("A", "a", clicks: a, reach: 800_000) + Self.posts("A", "b", clicks: b, reach: 800_000)
            + Self.posts("B", "a", clicks: a.map { $0 - 1600 }, reach: 800_000) + Self.posts("B", "b", clicks: b.map { $0 - 1600 }, reach: 800_000)
        let ab = try Self.result(posts)
        #expect(abs(try #require(ab.pValue) - 0.13560184670556344) < 1e-9)
        #expect(abs(try #require(ab.welch?.degreesOfFreedom) - 22) < 1e-9)
        #expect(abs(try #require(ab.pValueStratified) - 0.1450395325667411) < 1e-9)
        #expect(ab.significant == false)
        #expect(ab.caveats.isEmpty)
    }

    @Test(arguments: [(9, 10, false), (10, 9, false), (9, 9, false), (10, 10, true)])
    func tenPostsPerVariant(postsA: Int, postsB: Int, enough: Bool) throws {
        // One influencer posts everything (no creator mix); A's CTR is well above B's.
        let posts = Self.posts("A", "a", clicks: (0..<postsA).map { 40 + $0 }) + Self.posts("B", "a", clicks: (0..<postsB).map { 20 + $0 })
        let ab = try Self.result(posts)
        #expect(ab.pValue != nil && ab.pValueStratified != nil)
        #expect(ab.significant == (enough ? true : nil))
        #expect(ab.caveats == (enough ? [] : [.tooFewPosts]))
    }

    @Test func aVariantWithOnePost() throws {
        // One post of A, twelve of B by the same influencer: no Welch test (A has no variance);
        // the fit within the influencer exists (ν = 13 − 1 − 1 = 11), but one post is too few.
        let posts = Self.posts("A", "a", clicks: [30]) + Self.posts("B", "a", clicks: (0..<12).map { 20 + $0 })
        let ab = try Self.result(posts)
        #expect(ab.variants.map(\.posts) == [1, 12])
        #expect(ab.pValue == nil)
        #expect(ab.pValueStratified != nil)
        #expect(ab.significant == nil)
        #expect(ab.caveats == [.tooFewPosts])
        // Two posts: Welch exists.
        #expect(try Self.result(posts + Self.posts("A", "b", clicks: [35])).pValue != nil)
    }

    @Test func bothVariancesZero() throws {
        // Ten posts a variant, every A post at 3 %, every B post at 2 %, a and b five of each:
        // no Welch test, and within influencers the variant explains everything (exact fit).
        let posts = Self.posts("A", "a", clicks: Array(repeating: 30, count: 5)) + Self.posts("A", "b", clicks: Array(repeating: 30, count: 5))
            + Self.posts("B", "a", clicks: Array(repeating: 20, count: 5)) + Self.posts("B", "b", clicks: Array(repeating: 20, count: 5))
        let ab = try Self.result(posts)
        #expect(ab.pValue == nil && ab.pValueStratified == nil)
        #expect(ab.stratifiedGap == .noVariation)
        #expect(ab.significant == nil)
        #expect(ab.caveats.isEmpty)
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en)
            == "CTR: A 3.0% over 10 posts vs B 2.0% over 10 posts, 1.0 point in favour of A. "
            + "No test can be made: within each variant, every post has the same CTR.")
        // One variance above 0 is enough for Welch.
        var varied = posts
        varied[0] = Make.post("A-a-0", "a", [.reach: 1000, .linkClicks: 31], variant: "A")
        #expect(try Self.result(varied).pValue != nil)
    }

    @Test func noInfluencerInBoth() throws {
        // a posts A, b posts B, ten each: the verdict is Welch's.
        let posts = Self.posts("A", "a", clicks: (0..<10).map { 40 + $0 }) + Self.posts("B", "b", clicks: (0..<10).map { 20 + $0 })
        let ab = try Self.result(posts)
        #expect(ab.influencersInBoth == 0)
        #expect(ab.pValueStratified == nil && ab.stratifiedGap == .noInfluencerInBoth)
        let p = try #require(ab.pValue)
        #expect(ab.significant == (p < 0.05))
        #expect(ab.caveats == [.creatorMix])
        #expect(ab.creatorShifts == [.init(influencerKey: "a", shares: [100, 0]), .init(influencerKey: "b", shares: [0, 100])])
        // One influencer in both with one post of each: ν = 2 − 1 − 1 = 0, no fit.
        let one = try Self.result(posts + Self.posts("A", "c", clicks: [45]) + Self.posts("B", "c", clicks: [25]))
        #expect(one.influencersInBoth == 1 && one.pValueStratified == nil && one.stratifiedGap == .tooFewPosts)
        #expect(ABStatement.text(one, locale: .enUS, format: Self.en).contains("The difference is statistically significant (Welch's t-test on the posts' rates, p < 0.001). "
            + "The influencers who posted both variants have too few posts between them for a comparison within creators; the verdict rests on all posts."))
        // c posts each variant twice at the same rates (3 % and 2 %): an exact fit within c, while
        // Welch still has the variation of a's and b's posts.
        let exact = try Self.result(posts + Self.posts("A", "c", clicks: [30, 30]) + Self.posts("B", "c", clicks: [20, 20]))
        #expect(exact.influencersInBoth == 1 && exact.pValueStratified == nil && exact.stratifiedGap == .noVariation && exact.pValue != nil)
        #expect(ABStatement.text(exact, locale: .frFR, format: Self.fr).contains("Aucune comparaison au sein des créateurs n’est possible : pour les "
            + "influenceurs ayant publié les deux variantes, la variante explique à elle seule le taux de chaque publication ; le verdict "
            + "repose sur l’ensemble des publications."))
    }

    @Test(arguments: [
        // A: 20 posts, B: 25. a: 4/20 = 20 % of A, 10/25 = 40 % of B: 20 points → off
        //   (b: 80 % and 60 %, 20 points → off).
        (4, 10, false),
        // a: 3/20 = 15 % of A, 9/25 = 36 % of B: 21 points → on (b: 85 % and 64 %, 21 → on).
        (3, 9, true),
    ])
    func creatorMixAtTwentyAndTwentyOnePoints(aInA: Int, aInB: Int, flagged: Bool) throws {
        let posts = Self.posts("A", "a", clicks: Array(repeating: 30, count: aInA)) + Self.posts("A", "b", clicks: Array(repeating: 31, count: 20 - aInA))
            + Self.posts("B", "a", clicks: Array(repeating: 20, count: aInB)) + Self.posts("B", "b", clicks: Array(repeating: 22, count: 25 - aInB))
        let ab = try Self.result(posts)
        #expect(ab.caveats == (flagged ? [.creatorMix] : []))
        #expect(ab.creatorShifts.map(\.influencerKey) == (flagged ? ["a", "b"] : []))
        if flagged { #expect(ab.creatorShifts[0].shares == [15, 36]) }
    }

    @Test func comparedVariantsByTheRule() throws {
        // A: 3 posts, reach 300; B: 2 posts, reach 200 000 (the largest, but fewer posts);
        // C and D: 3 posts, reach 600 each (tie on posts and on reach: by label). Most posts:
        // A, C, D; the larger reach: C and D before A; then the label: C, D.
        let posts = Self.posts("A", "a", clicks: [1, 2, 3], reach: 100) + Self.posts("B", "a", clicks: [5, 6], reach: 100_000)
            + Self.posts("C", "a", clicks: [4, 5, 6], reach: 200) + Self.posts("D", "a", clicks: [4, 5, 7], reach: 200)
        let ab = try Self.result(posts)
        #expect(ab.variants.map(\.variant) == ["A", "B", "C", "D"])
        #expect(ab.compared == ["C", "D"])
        // Fewer posts for D: A (300) against C.
        #expect(try Self.result(Array(posts.dropLast())).compared == ["A", "C"])
        // Listed by label, whichever has more posts: B (2 posts) and C (3).
        let two = Self.posts("C", "a", clicks: [4, 5, 6]) + Self.posts("B", "a", clicks: [5, 6])
        #expect(try Self.result(two).compared == ["B", "C"])
    }

    @Test func onlyPostsWithARateCount() throws {
        // A post without link_clicks, one with reach 0 and one without reach give no rate, and
        // add nothing to the sums.
        let posts = Self.posts("A", "a", clicks: [30, 40]) + [
            Make.post("x1", "a", [.reach: 1000], variant: "A"),
            Make.post("x2", "a", [.reach: 0, .linkClicks: 5], variant: "A"),
            Make.post("x3", "a", [.linkClicks: 5], variant: "B"),
        ] + Self.posts("B", "a", clicks: [20])
        let ab = try Self.result(posts)
        #expect(ab.variants.map(\.posts) == [2, 1])
        #expect(ab.variants.map(\.numerator) == [70, 20] && ab.variants.map(\.denominator) == [2000, 1000])
        // engagement_rate: engagements / reach per post.
        let er = try Self.result([
            Make.post("1", "a", [.reach: 100, .likes: 5, .comments: 1], variant: "A"),
            Make.post("2", "a", [.reach: 100, .likes: 3], variant: "A"),
            Make.post("3", "a", [.reach: 100, .likes: 2], variant: "B"),
        ], ABTestSetting(name: "t", metric: .engagementRate))
        #expect(er.variants.map(\.numerator) == [9, 2] && er.variants.map(\.rate) == [4.5, 2])
        // A variant whose posts give no rate: listed, 0 posts, rate n/a.
        let none = try Self.result(Self.posts("A", "a", clicks: [30]) + [Make.post("y", "a", [.reach: 1000], variant: "B")])
        #expect(none.variants.map(\.posts) == [1, 0] && none.variants[1].rate == nil && none.significant == nil)
        #expect(ABStatement.text(none, locale: .enUS, format: Self.en)
            == "CTR: A 3.0% over 1 post vs B n/a over 0 posts. Too few posts to conclude: a test needs at least 10 posts of each variant.")
        let nothing = try Self.result([Make.post("y", "a", [.reach: 1000], variant: "A"), Make.post("z", "a", [.reach: 0, .linkClicks: 1], variant: "B")])
        #expect(ABStatement.text(nothing, locale: .enUS, format: Self.en) == "No test can be made: no variant has a measurable CTR.")
        // Fewer than two variants: nothing compared.
        let single = try Self.result(Self.posts("A", "a", clicks: [30, 40]))
        #expect(single.compared.isEmpty && single.influencersInBoth == nil && single.caveats.isEmpty)
        #expect(ABStatement.text(single, locale: .enUS, format: Self.en) == "Fewer than two variants reported: no test can be made.")
    }

    @Test func kpisJSON() throws {
        // The p-values are pinned in handComputedWelchAndFixedEffects; JSONWriter prints a Double as
        // Swift's shortest representation, which interpolation gives too. No `z`: kpis.md §12.
        let setting = ABTestSetting(name: "Hook", metric: .ctr, descriptions: [.init(label: "A", text: "price <hook>")])
        let ab = try Self.result(Self.paired, setting)
        #expect(KPIJSON.abTest(ab) == """
        {
            "name": "Hook",
            "metric": "ctr",
            "variants": [
              {
                "variant": "A",
                "description": "price \\u003chook\\u003e",
                "posts": 3,
                "numerator": 60,
                "denominator": 3000,
                "rate": 2
              },
              {
                "variant": "B",
                "description": null,
                "posts": 3,
                "numerator": 120,
                "denominator": 3000,
                "rate": 4
              }
            ],
            "compared": [
              "A",
              "B"
            ],
            "p_value": \(ab.pValue ?? 0),
            "p_value_stratified": \(ab.pValueStratified ?? 0),
            "influencers_in_both": 3,
            "significant": null,
            "caveats": [
              "too_few_posts"
            ]
          }
        """)
    }

    // MARK: the page sentence

    @Test func sentenceWithTooFewPosts() throws {
        let setting = ABTestSetting(name: "Hook", metric: .ctr, descriptions: [.init(label: "A", text: "price hook"), .init(label: "B", text: "benefit hook")])
        let ab = try Self.result(Self.paired, setting)
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en)
            == "CTR: A (price hook) 2.0% over 3 posts vs B (benefit hook) 4.0% over 3 posts, 2.0 points in favour of B. "
            + "Too few posts to conclude: a test needs at least 10 posts of each variant.")
        let nb = "\u{00A0}"
        #expect(ABStatement.text(ab, locale: .frFR, format: Self.fr)
            == "CTR : A (price hook) 2,0\(nb)% sur 3 publications contre B (benefit hook) 4,0\(nb)% sur 3 publications, "
            + "soit 2,0 points d’écart en faveur de B. "
            + "Trop peu de publications pour conclure : un test demande au moins 10 publications de chaque variante.")
    }

    @Test func sentenceWithinCreators() throws {
        // The shape (reachIsNotANumberOfTrials): not significant, both tests agree.
        let a = [22400, 30400, 26400, 23200, 29600, 26400], b = [24000, 28800, 25600, 27200, 24800, 28000]
        let posts = Self.posts("A", "a", clicks: a, reach: 800_000) + Self.posts("A", "b", clicks: b, reach: 800_000)
            + Self.posts("B", "a", clicks: a.map { $0 - 1600 }, reach: 800_000) + Self.posts("B", "b", clicks: b.map { $0 - 1600 }, reach: 800_000)
        let ab = try Self.result(posts)
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en)
            == "CTR: A 3.3% over 12 posts vs B 3.1% over 12 posts, 0.2 points in favour of A. "
            + "Comparing each creator's posts of one variant with their own posts of the other (the 2 influencers who posted both "
            + "variants; fixed-effects regression, p = 0.145), the difference is not statistically significant: these data do not show "
            + "that one variant does better than the other. Across all posts, Welch's t-test agrees (p = 0.136).")
        let nb = "\u{00A0}"
        #expect(ABStatement.text(ab, locale: .frFR, format: Self.fr)
            == "CTR : A 3,3\(nb)% sur 12 publications contre B 3,1\(nb)% sur 12 publications, soit 0,2 point d’écart en faveur de A. "
            + "En comparant les publications de chaque créateur d’une variante à ses propres publications de l’autre (les 2 influenceurs "
            + "ayant publié les deux variantes ; régression à effets fixes, p = 0,145), la différence n’est pas statistiquement "
            + "significative : ces données ne montrent pas qu’une variante fait mieux que l’autre. Sur l’ensemble des publications, "
            + "le test t de Welch va dans le même sens (p = 0,136).")
    }

    @Test func sentenceWithWelchOnlyAndCreatorMix() throws {
        // a posts A (CTR 4.0–4.9 %), b posts B (2.0–2.9 %): Welch p < 0.001, no influencer in both.
        let posts = Self.posts("A", "a", clicks: (0..<10).map { 40 + $0 }) + Self.posts("B", "b", clicks: (0..<10).map { 20 + $0 })
        let ab = try Self.result(posts)
        let handles = ["a": "a.glow", "b": "b.beauty"]
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en, handles: handles)
            == "CTR: A 4.5% over 10 posts vs B 2.5% over 10 posts, 2.0 points in favour of A. "
            + "The difference is statistically significant (Welch's t-test on the posts' rates, p < 0.001). "
            + "No influencer posted both variants, so no comparison within creators can be made: the gap may come from the creators "
            + "as much as from the variants. Caveat: the variants were not posted by the same mix of creators (shares of posts more "
            + "than 20 points apart: @a.glow 100.0% of A and 0.0% of B; @b.beauty 0.0% of A and 100.0% of B), so the creators, not "
            + "only the variants, may explain the gap.")
        let nb = "\u{00A0}"
        #expect(ABStatement.text(ab, locale: .frFR, format: Self.fr, handles: handles)
            == "CTR : A 4,5\(nb)% sur 10 publications contre B 2,5\(nb)% sur 10 publications, soit 2,0 points d’écart en faveur de A. "
            + "La différence est statistiquement significative (test t de Welch sur les taux des publications, p < 0,001). "
            + "Aucun influenceur n’a publié les deux variantes : aucune comparaison au sein des créateurs n’est possible, et l’écart "
            + "peut tenir aux créateurs autant qu’aux variantes. Attention : les variantes n’ont pas été publiées par le même mélange "
            + "de créateurs (parts des publications écartées de plus de 20 points : @a.glow 100,0\(nb)% de A et 0,0\(nb)% de B ; "
            + "@b.beauty 0,0\(nb)% de A et 100,0\(nb)% de B) ; les créateurs, et pas seulement les variantes, peuvent expliquer l’écart.")
    }

    @Test func sentenceWhenTheTestsDisagree() throws {
        // a posts mostly A, b mostly B, and a's CTR (≈ 5 %) is far above b's (≈ 1 %); within each
        // creator the variants are alike. A 422/10 000 = 4.2 %, B 180/10 000 = 1.8 %.
        //   scipy.stats.ttest_ind(A, B, equal_var=False) → p 0.004527433526162257
        //   dummy-variable regression (NumPy lstsq + scipy.stats.t.sf, ν = 17) → beta 0.05, p 0.4505244453305964
        let posts = Self.posts("A", "a", clicks: [50, 51, 49, 50, 52, 48, 50, 51]) + Self.posts("B", "a", clicks: [50, 49])
            + Self.posts("A", "b", clicks: [10, 11]) + Self.posts("B", "b", clicks: [10, 11, 9, 10, 12, 8, 10, 11])
        let ab = try Self.result(posts)
        #expect(abs(try #require(ab.pValue) - 0.004527433526162257) < 1e-9)
        #expect(abs(try #require(ab.pValueStratified) - 0.4505244453305964) < 1e-9)
        #expect(ab.significant == false)
        #expect(ab.caveats == [.creatorMix])
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en)
            == "CTR: A 4.2% over 10 posts vs B 1.8% over 10 posts, 2.4 points in favour of A. "
            + "Comparing each creator's posts of one variant with their own posts of the other (the 2 influencers who posted both "
            + "variants; fixed-effects regression, p = 0.451), the difference is not statistically significant: these data do not show "
            + "that one variant does better than the other. Across all posts, Welch's t-test finds a significant difference (p = 0.005); "
            + "it may come from which creators posted each variant rather than from the variants themselves. Caveat: the variants were "
            + "not posted by the same mix of creators (shares of posts more than 20 points apart: @a 80.0% of A and 20.0% of B; @b 20.0% "
            + "of A and 80.0% of B), so the creators, not only the variants, may explain the gap.")
        let nb = "\u{00A0}"
        #expect(ABStatement.text(ab, locale: .frFR, format: Self.fr)
            == "CTR : A 4,2\(nb)% sur 10 publications contre B 1,8\(nb)% sur 10 publications, soit 2,4 points d’écart en faveur de A. "
            + "En comparant les publications de chaque créateur d’une variante à ses propres publications de l’autre (les 2 influenceurs "
            + "ayant publié les deux variantes ; régression à effets fixes, p = 0,451), la différence n’est pas statistiquement "
            + "significative : ces données ne montrent pas qu’une variante fait mieux que l’autre. Sur l’ensemble des publications, "
            + "le test t de Welch trouve une différence significative (p = 0,005) ; elle peut tenir aux créateurs qui ont publié chaque "
            + "variante plutôt qu’aux variantes elles-mêmes. Attention : les variantes n’ont pas été publiées par le même mélange de "
            + "créateurs (parts des publications écartées de plus de 20 points : @a 80,0\(nb)% de A et 20,0\(nb)% de B ; @b 20,0\(nb)% "
            + "de A et 80,0\(nb)% de B) ; les créateurs, et pas seulement les variantes, peuvent expliquer l’écart.")
    }

    @Test func sentenceSignificantWithinTheOneCreator() throws {
        let posts = Self.posts("A", "a", clicks: (0..<10).map { 40 + $0 }) + Self.posts("B", "a", clicks: (0..<10).map { 20 + $0 })
        let ab = try Self.result(posts)
        #expect(ab.significant == true)
        #expect(ABStatement.text(ab, locale: .enUS, format: Self.en)
            == "CTR: A 4.5% over 10 posts vs B 2.5% over 10 posts, 2.0 points in favour of A. "
            + "Comparing each creator's posts of one variant with their own posts of the other (the one influencer who posted both "
            + "variants; fixed-effects regression, p < 0.001), the difference is statistically significant. "
            + "Across all posts, Welch's t-test agrees (p < 0.001).")
        #expect(ABStatement.text(ab, locale: .frFR, format: Self.fr).contains(
            "(le seul influenceur ayant publié les deux variantes ; régression à effets fixes, p < 0,001), la différence est statistiquement significative."))
    }

    // MARK: campaign.yaml

    func problems(_ yaml: String) -> [String] {
        let collector = DiagnosticCollector()
        _ = CampaignFileLoader.load(yaml, file: "campaigns/spring/campaign.yaml", id: "spring", settings: ProjectSettings(), into: collector)
        return collector.diagnostics.map(\.description)
    }

    @Test func variantsAreReadInFileOrder() throws {
        let yaml = YAMLErrorTests.valid + "ab_test:\n  name: Hook\n  metric: ctr\n  variants: {B: \"benefit hook\", A: \"  price hook \"}\n"
        let collector = DiagnosticCollector()
        let described = CampaignFileLoader.load(yaml, file: "c.yaml", id: "c", settings: ProjectSettings(), into: collector)
        #expect(collector.diagnostics.isEmpty)
        let setting = try #require(described?.campaign.abTest)
        #expect(setting.descriptions == [.init(label: "B", text: "benefit hook", line: 12, column: 14), .init(label: "A", text: "price hook", line: 12, column: 33)])
    }

    @Test func badVariantsValueAtLineAndColumn() {
        let head = YAMLErrorTests.valid + "ab_test:\n  name: Hook\n  metric: ctr\n"
        #expect(problems(head + "  variants: [A, B]\n") == [
            "campaigns/spring/campaign.yaml:12:13: error: ab_test: key \"variants\": expected a mapping of variant labels to descriptions, "
            + "such as {A: \"price hook\", B: \"benefit hook\"}, found a list",
        ])
        #expect(problems(head + "  variants:\n    A: [price, hook]\n    B:\n") == [
            "campaigns/spring/campaign.yaml:13:8: error: ab_test: variants: variant \"A\": expected a description (text), found a list",
            "campaigns/spring/campaign.yaml:14:5: error: ab_test: variants: variant \"B\": expected a description (text), found nothing",
        ])
        #expect(problems(head + "  varients: {A: x}\n") == [
            "campaigns/spring/campaign.yaml:12:3: warning: ab_test: unknown key \"varients\"; did you mean \"variants\"?",
        ])
    }

    @Test func descriptionOfAVariantNoPostUsesIsAnError() throws {
        let yaml = YAMLErrorTests.valid + "ab_test:\n  name: Hook\n  metric: ctr\n  variants:\n    A: price hook\n    b: benefit hook\n"
        let posts = "post_id,influencer,format,published_at,reach,link_clicks,variant\np1,claire,reel,2026-03-02,100,5,A\np2,claire,reel,2026-03-03,100,4,B\n"
        let loaded = try loadCampaign(["campaign.yaml": yaml, "posts.csv": posts])
        #expect(loaded.campaign == nil)
        #expect(loaded.messages == [
            "campaigns/c/campaign.yaml:14:5: error: ab_test: variants: unknown variant \"b\": expected one of the posts' variants A, B (did you mean \"B\"?)",
        ])
        let none = try loadCampaign(["campaign.yaml": yaml, "posts.csv": "post_id,influencer,format,published_at,reach\np1,claire,reel,2026-03-02,100\n"])
        #expect(none.messages == [
            "campaigns/c/campaign.yaml:13:5: error: ab_test: variants: unknown variant \"A\": no post has a variant (posts.csv column \"variant\")",
            "campaigns/c/campaign.yaml:14:5: error: ab_test: variants: unknown variant \"b\": no post has a variant (posts.csv column \"variant\")",
        ])
    }

    // MARK: the page

    @Test func pageDescribesEachVariantAsText() throws {
        for (locale, line) in [("en-US", "CTR: A (&lt;b&gt;price&lt;/b&gt; *hook*) 5.0"), ("fr-FR", "CTR\u{A0}: A (&lt;b&gt;price&lt;/b&gt; *hook*) 5,0")] {
            let temp = TemporaryFolder()
            temp.write("p/report.yaml", "locale: \(locale)\n")
            temp.write("p/campaigns/x/campaign.yaml", YAMLErrorTests.valid + "ab_test:\n  name: Hook\n  metric: ctr\n  variants:\n    A: \"<b>price</b> *hook*\"\n")
            temp.write("p/campaigns/x/posts.csv", "post_id,influencer,format,published_at,reach,link_clicks,variant\np1,claire,reel,2026-03-02,100,5,A\np2,claire,reel,2026-03-03,100,4,B\n")
            let output = temp.url.appendingPathComponent("site")
            _ = try SiteBuilder(path: temp.url.appendingPathComponent("p"), options: .test(output: output)).build(today: Day(ordinal: 0))
            let page = String(decoding: try Data(contentsOf: output.appendingPathComponent("campaigns/x/index.html")), as: UTF8.self)
            #expect(page.contains(line), "\(locale)")
            #expect(!page.contains("<b>price"))
            #expect(page.contains(locale == "en-US" ? "vs B 4.0" : "contre B 4,0"), "no description, no parentheses")
            #expect(page.contains(locale == "en-US" ? "Too few posts to conclude" : "Trop peu de publications pour conclure"))
        }
    }
}
