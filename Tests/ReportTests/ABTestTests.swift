import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// A fair A/B test (kpis.md §5): the pooled z-test as before, the Cochran–Mantel–Haenszel test
/// stratified by influencer, the `creator_mix` caveat, variant descriptions, in JSON, on the
/// page and in campaign.yaml. Figures against hand computations (arithmetic in comments).
@Suite struct ABTestTests {
    static let abc = [Make.influencer("a"), Make.influencer("b"), Make.influencer("c")]

    /// CTR by influencer and variant (clicks / reach):
    ///
    /// | influencer | A | B |
    /// |---|---|---|
    /// | a | 30 / 1000 | 20 / 1000 |
    /// | b | 10 / 500 | 30 / 2000 |
    /// | c | 60 / 1500 | — |
    /// | total | 100 / 3000 | 50 / 3000 |
    ///
    /// c posts only A, with the best CTR: pooled, A looks much better; within a and b it does not.
    static let mixedPosts = [
        Make.post("a1", "a", [.reach: 1000, .linkClicks: 30], variant: "A"),
        Make.post("a2", "a", [.reach: 1000, .linkClicks: 20], variant: "B"),
        Make.post("b1", "b", [.reach: 500, .linkClicks: 10], variant: "A"),
        Make.post("b2", "b", [.reach: 2000, .linkClicks: 30], variant: "B"),
        Make.post("c1", "c", [.reach: 1500, .linkClicks: 60], variant: "A"),
    ]

    static func result(_ posts: [Post], _ setting: ABTestSetting = ABTestSetting(name: "Hook", metric: .ctr),
                       influencers: [Influencer] = abc) -> ABTestResult? {
        KPICalculator.compute(Make.campaign(influencers, posts, abTest: setting)).abTest
    }

    @Test func cochranMantelHaenszelAgainstAHandComputation() throws {
        // Strata: the influencers with reach in both A and B, a and b (c posted A only).
        //   a: n1 = 1000, n2 = 1000, N = 2000, a = x1 = 30, m1 = 30 + 20 = 50, m2 = 1950
        //      E[a] = 1000 × 50 / 2000 = 25
        //      Var[a] = 1000 × 1000 × 50 × 1950 / (2000² × 1999) = 97 500 000 000 / 7 996 000 000 = 12.193596798…
        //   b: n1 = 500, n2 = 2000, N = 2500, a = 10, m1 = 10 + 30 = 40, m2 = 2460
        //      E[a] = 500 × 40 / 2500 = 8
        //      Var[a] = 500 × 2000 × 40 × 2460 / (2500² × 2499) = 98 400 000 000 / 15 618 750 000 = 6.300120048…
        //   Σa = 40, ΣE[a] = 33, ΣVar[a] = 18.493716846…
        //   X² = (40 − 33)² / 18.493716846 = 49 / 18.493716846 = 2.649548514607…
        //   p = erfc(√(X² / 2)) = erfc(1.150988…) = 0.103579310452… (chi-square, 1 df)
        // Pooled, unchanged: 100/3000 vs 50/3000, p̂ = 150/6000 = 0.025,
        //   z = (0.033333 − 0.016667) / √(0.025 × 0.975 × 2/3000) = 4.134491, p = 3.5574e-05.
        let ab = try #require(Self.result(Self.mixedPosts))
        #expect(ab.compared == ["A", "B"])
        #expect(ab.influencersInBoth == 2)
        #expect(abs(try #require(ab.chiSquareStratified) - 2.649548514607522) < 1e-12)
        #expect(abs(try #require(ab.pValueStratified) - 0.10357931045234403) < 1e-12)
        #expect(abs(try #require(ab.z) - 4.134491152973615) < 1e-12)
        #expect(abs(try #require(ab.pValue) - 3.5574195649950886e-05) < 1e-15)
        // The verdict follows the stratified test: not significant, though the pooled p is tiny.
        #expect(ab.significant == false)
        #expect(ab.stratifiedGap == nil)
        // The same arithmetic, straight from the tables.
        let direct = try #require(ABTestResult.cochranMantelHaenszel([
            .init(x1: 30, n1: 1000, x2: 20, n2: 1000), .init(x1: 10, n1: 500, x2: 30, n2: 2000),
        ]))
        #expect(abs(direct.chiSquare - 49 / (97_500_000_000.0 / 7_996_000_000 + 98_400_000_000.0 / 15_618_750_000)) < 1e-12)
    }

    @Test func stratifiedSignificantWhenThePooledTestIsNot() throws {
        // One influencer posting both, 200/1000 vs 150/1000: N = 2000, m1 = 350, m2 = 1650,
        //   E[a] = 1000 × 350 / 2000 = 175, Var[a] = 1000 × 1000 × 350 × 1650 / (2000² × 1999) = 72.223611806
        //   X² = 25² / 72.223611806 = 8.653679654, p = erfc(√(8.653679654 / 2)) = 0.003264015
        let posts = [
            Make.post("1", "a", [.reach: 1000, .linkClicks: 200], variant: "A"),
            Make.post("2", "a", [.reach: 1000, .linkClicks: 150], variant: "B"),
        ]
        let ab = try #require(Self.result(posts))
        #expect(ab.influencersInBoth == 1)
        #expect(abs(try #require(ab.chiSquareStratified) - 8.653679653679655) < 1e-9)
        #expect(abs(try #require(ab.pValueStratified) - 0.003264015152392191) < 1e-12)
        #expect(ab.significant == true)
    }

    @Test func pooledTestUnchangedOnTheTextbookCase() throws {
        // The case of docs/kpis.md: 200/1000 vs 150/1000, z = 2.942, p = 0.00326. Each variant by
        // another influencer: no stratum, so `significant` is the pooled verdict.
        let posts = [
            Make.post("1", "a", [.reach: 1000, .linkClicks: 200], variant: "A"),
            Make.post("2", "b", [.reach: 1000, .linkClicks: 150], variant: "B"),
        ]
        let ab = try #require(Self.result(posts))
        let pooled = try #require(ABTestResult.zTest(200, 1000, 150, 1000))
        #expect(ab.z == pooled.z && ab.pValue == pooled.p)
        #expect(abs(pooled.z - 2.9424494316825) < 1e-12)
        #expect(abs(pooled.p - 0.0032562696284120633) < 1e-15)
        #expect(ab.pValueStratified == nil && ab.chiSquareStratified == nil)
        #expect(ab.influencersInBoth == 0)
        #expect(ab.stratifiedGap == .noInfluencerInBoth)
        #expect(ab.significant == true)
        // a makes all of A's reach and none of B's: 100 points apart.
        #expect(ab.caveats == [.creatorMix])
    }

    @Test func noVariationOrNotAProportionLeavesTheStratifiedTestNull() throws {
        // a has no click on either variant (m1 = 0: Var[a] = 0); b posts B only, with clicks, so
        // the pooled proportion is above 0 and the pooled test exists.
        let flat = [
            Make.post("1", "a", [.reach: 1000, .linkClicks: 0], variant: "A"),
            Make.post("2", "a", [.reach: 1000, .linkClicks: 0], variant: "B"),
            Make.post("3", "b", [.reach: 1000, .linkClicks: 40], variant: "B"),
        ]
        let ab = try #require(Self.result(flat))
        #expect(ab.influencersInBoth == 1)
        #expect(ab.pValueStratified == nil)
        #expect(ab.stratifiedGap == .noVariation)
        #expect(ab.pValue != nil)
        #expect(ab.significant == ab.pValue.map { $0 < 0.05 })
        // Engagements above reach: the 2×2 table would have a negative cell.
        let over = [
            Make.post("1", "a", [.reach: 10, .likes: 30], variant: "A"),
            Make.post("2", "a", [.reach: 1000, .likes: 10], variant: "B"),
        ]
        let er = try #require(Self.result(over, ABTestSetting(name: "t", metric: .engagementRate)))
        #expect(er.pValueStratified == nil && er.stratifiedGap == .notAProportion)
        // Fewer than two variants: nothing at all.
        let one = try #require(Self.result([Self.mixedPosts[0]]))
        #expect(one.influencersInBoth == nil && one.pValueStratified == nil && one.stratifiedGap == nil && one.caveats.isEmpty)
    }

    @Test(arguments: [
        // (a's and b's reach in A, in B; creator_mix expected)
        // a: 600/1000 = 60 % of A, 400/1000 = 40 % of B: exactly 20 points, not more → off.
        (600, 400, 400, 600, false),
        // a: 60 % of A, 399/1000 = 39.9 % of B: 20.1 points → on.
        (600, 400, 399, 601, true),
        // The other way round: a 40 % of A, 60 % of B (20 points) → off; 60.1 % of B → on.
        (400, 600, 600, 400, false),
        (400, 600, 601, 399, true),
        // Different totals: A 2000 (a 50 %), B 500 (a 150/500 = 30 %): 20 points → off; 149 → 29.8 % → on.
        (1000, 1000, 150, 350, false),
        (1000, 1000, 149, 351, true),
    ])
    func creatorMixAtTwentyPoints(aInA: Int, bInA: Int, aInB: Int, bInB: Int, expected: Bool) throws {
        let posts = [
            Make.post("1", "a", [.reach: aInA, .linkClicks: 10], variant: "A"),
            Make.post("2", "b", [.reach: bInA, .linkClicks: 10], variant: "A"),
            Make.post("3", "a", [.reach: aInB, .linkClicks: 10], variant: "B"),
            Make.post("4", "b", [.reach: bInB, .linkClicks: 10], variant: "B"),
        ]
        let ab = try #require(Self.result(posts))
        #expect(ab.caveats == (expected ? [.creatorMix] : []))
        #expect(ab.creatorShifts.map(\.influencerKey) == (expected ? ["a", "b"] : []))
    }

    @Test func descriptionsInKPIsJSON() throws {
        let setting = ABTestSetting(name: "Hook", metric: .ctr, descriptions: [.init(label: "A", text: "price <hook>")])
        let ab = try #require(Self.result(Self.mixedPosts, setting))
        #expect(ab.variants.map(\.description) == ["price <hook>", nil])
        #expect(KPIJSON.abTest(ab) == """
        {
            "name": "Hook",
            "metric": "ctr",
            "variants": [
              {
                "variant": "A",
                "description": "price \\u003chook\\u003e",
                "numerator": 100,
                "denominator": 3000,
                "rate": 3.3333333333333335
              },
              {
                "variant": "B",
                "description": null,
                "numerator": 50,
                "denominator": 3000,
                "rate": 1.6666666666666667
              }
            ],
            "compared": [
              "A",
              "B"
            ],
            "z": 4.134491152973615,
            "p_value": 3.5574195649950886e-05,
            "p_value_stratified": 0.10357931045234403,
            "influencers_in_both": 2,
            "significant": false,
            "caveats": [
              "creator_mix"
            ]
          }
        """)
    }

    @Test func pageSentenceInBothLocales() throws {
        let ab = try #require(Self.result(Self.mixedPosts))
        let handles = ["a": "a", "b": "b.beauty", "c": "c"]
        // Rates 100/3000 = 3.3 %, 50/3000 = 1.7 %; shares of reach: b 500/3000 = 16.7 % of A and
        // 2000/3000 = 66.7 % of B; c 1500/3000 = 50.0 % of A and 0.0 % of B (both 50 points apart).
        #expect(ABStatement.text(ab, locale: .enUS, format: NumberFormat(locale: .enUS, currency: "EUR"), handles: handles) ==
            "CTR: A 3.3% vs B 1.7%. Compared within each of the 2 influencers who posted both variants (Cochran–Mantel–Haenszel test, p = 0.104), "
            + "the difference is not statistically significant: these data do not show that one variant does better than the other. "
            + "All posts pooled together, the two-sided z-test finds a significant difference (p < 0.001); it may come from which creators "
            + "posted each variant rather than from the variants themselves. Caveat: the variants were not posted by the same mix of creators "
            + "(shares of reach more than 20 points apart: @b.beauty 16.7% of A and 66.7% of B; @c 50.0% of A and 0.0% of B), so the creators, "
            + "not only the variants, may explain the gap.")
        let nb = "\u{00A0}"
        #expect(ABStatement.text(ab, locale: .frFR, format: NumberFormat(locale: .frFR, currency: "EUR"), handles: handles) ==
            "CTR : A 3,3\(nb)% contre B 1,7\(nb)%. Comparée au sein de chacun des 2 influenceurs ayant publié les deux variantes "
            + "(test de Cochran–Mantel–Haenszel, p = 0,104), la différence n’est pas statistiquement significative : ces données ne montrent "
            + "pas qu’une variante fait mieux que l’autre. Toutes publications confondues, le test z bilatéral trouve une différence "
            + "significative (p < 0,001) ; elle peut tenir aux créateurs qui ont publié chaque variante plutôt qu’aux variantes elles-mêmes. "
            + "Attention : les variantes n’ont pas été publiées par le même mélange de créateurs (parts de la portée écartées de plus de "
            + "20 points : @b.beauty 16,7\(nb)% de A et 66,7\(nb)% de B ; @c 50,0\(nb)% de A et 0,0\(nb)% de B) ; les créateurs, et pas "
            + "seulement les variantes, peuvent expliquer l’écart.")
    }

    @Test func pageSentenceWithoutAnInfluencerInBoth() throws {
        let posts = [
            Make.post("1", "a", [.reach: 1000, .linkClicks: 200], variant: "A"),
            Make.post("2", "b", [.reach: 1000, .linkClicks: 150], variant: "B"),
        ]
        let ab = try #require(Self.result(posts))
        #expect(ABStatement.text(ab, locale: .enUS, format: NumberFormat(locale: .enUS, currency: "EUR")) ==
            "CTR: A 20.0% vs B 15.0%. The difference is statistically significant (two-sided z-test, p = 0.003). No influencer posted both "
            + "variants, so no test within creators can be made: the gap may come from the creators as much as from the variants. Caveat: "
            + "the variants were not posted by the same mix of creators (shares of reach more than 20 points apart: @a 100.0% of A and 0.0% "
            + "of B; @b 0.0% of A and 100.0% of B), so the creators, not only the variants, may explain the gap.")
        #expect(ABStatement.text(ab, locale: .frFR, format: NumberFormat(locale: .frFR, currency: "EUR")) ==
            "CTR : A 20,0\u{00A0}% contre B 15,0\u{00A0}%. La différence est statistiquement significative (test z bilatéral, p = 0,003). "
            + "Aucun influenceur n’a publié les deux variantes : aucun test au sein des créateurs n’est possible, et l’écart peut tenir aux "
            + "créateurs autant qu’aux variantes. Attention : les variantes n’ont pas été publiées par le même mélange de créateurs (parts "
            + "de la portée écartées de plus de 20 points : @a 100,0\u{00A0}% de A et 0,0\u{00A0}% de B ; @b 0,0\u{00A0}% de A et "
            + "100,0\u{00A0}% de B) ; les créateurs, et pas seulement les variantes, peuvent expliquer l’écart.")
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
        for (locale, line) in [("en-US", "<li>Variant A: &lt;b&gt;price&lt;/b&gt; *hook*</li>"), ("fr-FR", "<li>Variante A : &lt;b&gt;price&lt;/b&gt; *hook*</li>")] {
            let temp = TemporaryFolder()
            temp.write("p/report.yaml", "locale: \(locale)\n")
            temp.write("p/campaigns/x/campaign.yaml", YAMLErrorTests.valid + "ab_test:\n  name: Hook\n  metric: ctr\n  variants:\n    A: \"<b>price</b> *hook*\"\n")
            temp.write("p/campaigns/x/posts.csv", "post_id,influencer,format,published_at,reach,link_clicks,variant\np1,claire,reel,2026-03-02,100,5,A\np2,claire,reel,2026-03-03,100,4,B\n")
            let output = temp.url.appendingPathComponent("site")
            _ = try SiteBuilder(path: temp.url.appendingPathComponent("p"), options: .test(output: output)).build(today: Day(ordinal: 0))
            let page = String(decoding: try Data(contentsOf: output.appendingPathComponent("campaigns/x/index.html")), as: UTF8.self)
            #expect(page.contains(line), "\(locale)")
            #expect(!page.contains("<b>price"))
            #expect(!page.contains("Variant B") && !page.contains("Variante B"), "no description, no line")
            #expect(page.contains(locale == "en-US" ? "Compared within the one influencer who posted both variants" : "Comparée au sein du seul influenceur"))
        }
    }
}
