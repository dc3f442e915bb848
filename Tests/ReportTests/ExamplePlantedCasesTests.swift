import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// The example project (examples/maison-lune) plants one case per fraud rule (kpis.md §8) and per
/// plausibility check (§8b), listed in examples/maison-lune/README.md. Nothing else may fire: a
/// showcase that questions its own figures looks made up (issue 23).
@Suite struct ExamplePlantedCasesTests {
    /// One rule firing on one creator of one campaign.
    struct Fired: Hashable, Comparable, CustomStringConvertible {
        let campaign: String
        let handle: String
        let rule: String
        var description: String { "\(campaign) \(handle) \(rule)" }
        static func < (a: Fired, b: Fired) -> Bool { a.description < b.description }
    }

    static let project = Repo.root.appendingPathComponent("examples/maison-lune")

    /// The README's table: every flag and check the example must raise, and nothing more.
    static let documented: [Fired] = [
        Fired(campaign: "soldes-printemps", handle: "anais.paris", rule: "follower_spike"),
        Fired(campaign: "soldes-printemps", handle: "manon.glow", rule: "comment_pods"),
        Fired(campaign: "soldes-printemps", handle: "emma.makeup", rule: "foreign_audience"),
        Fired(campaign: "soldes-printemps", handle: "lea.routine", rule: "incoherent_engagement"),
        Fired(campaign: "lancement-parfum", handle: "margaux.bienetre", rule: "cost_outlier"),
        Fired(campaign: "noel-2025", handle: "ines.glow", rule: "code_leak"),
    ] + ["margaux.glow", "ines.routine", "anais.skincare", "lucas.beaute", "margaux.lifestyle", "sarah.bienetre", "yasmine.glow"]
        .map { Fired(campaign: "rentree-2025", handle: $0, rule: "conversion_flat") }

    /// Each campaign's judgement, computed as `report build` and `report check` compute it, with
    /// the problems its files raised.
    static func judgements() throws -> (campaigns: [(id: String, judgement: CampaignJudgement)], diagnostics: [Diagnostic]) {
        let loader = try ProjectLoader(path: project)
        let collector = DiagnosticCollector()
        let settings = loader.loadSettings(into: collector)
        var out: [(id: String, judgement: CampaignJudgement)] = []
        for folder in loader.campaignFolders {
            let campaign = try #require(loader.loadCampaign(folder, settings: settings, into: collector))
            let kpis = KPICalculator.compute(campaign, emv: settings.emv, fraud: settings.fraud, asOf: settings.asOf)
            out.append((campaign.id, CampaignJudgement(campaign: campaign, kpis: kpis, table: settings.benchmarks,
                                                       thresholds: settings.fraud, locale: settings.locale)))
        }
        return (out, collector.diagnostics)
    }

    @Test func exactlyTheDocumentedFlagsAndChecksFire() throws {
        let (campaigns, diagnostics) = try Self.judgements()
        #expect(campaigns.map(\.id).sorted() == ["lancement-parfum", "noel-2025", "rentree-2025", "soldes-printemps"])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        var fired: [Fired] = []
        for (id, judgement) in campaigns {
            for row in judgement.influencers {
                let handle = row.influencer.handle
                fired += row.fraud.flags.map { Fired(campaign: id, handle: handle, rule: $0.rawValue) }
                fired += row.checks.map { Fired(campaign: id, handle: handle, rule: $0.kind.rawValue) }
            }
        }
        #expect(fired.sorted() == Self.documented.sorted())
        // One planted case per rule of §8 and §8b (conversion_flat concerns a whole campaign).
        let rules = Set(fired.map(\.rule))
        #expect(rules == Set(FraudFlag.allCases.map(\.rawValue)).union(PlausibilityCheck.Kind.allCases.map(\.rawValue)))
        for rule in rules where rule != "conversion_flat" { #expect(fired.filter { $0.rule == rule }.count == 1, "\(rule)") }
        #expect(Set(fired.filter { $0.rule == "conversion_flat" }.map(\.campaign)) == ["rentree-2025"])
    }

    /// The numbers the README quotes for the plausibility checks.
    @Test func plantedChecksCarryTheirNumbers() throws {
        let (campaigns, _) = try Self.judgements()
        func checks(_ id: String) -> [(handle: String, check: PlausibilityCheck)] {
            campaigns.first { $0.id == id }?.judgement.influencers.flatMap { row in row.checks.map { (row.influencer.handle, $0) } } ?? []
        }
        let cost = try #require(checks("lancement-parfum").first)
        #expect(cost.check.kpi == .cpm)
        #expect(abs(cost.check.value - 79.09) < 0.005)
        guard case .costOutlier(let median) = cost.check.evidence else { Issue.record("not a cost_outlier"); return }
        #expect(abs(median - 8.72) < 0.005)
        let leak = try #require(checks("noel-2025").first)
        #expect(leak.check.evidence == .codeLeak(codeConversions: 189, linkClicks: 1_355))
        let flat = checks("rentree-2025")
        #expect(flat.count == 7)
        guard case .conversionFlat(let conversionsCV, let reachCV, let influencers)? = flat.first?.check.evidence else {
            Issue.record("not conversion_flat"); return
        }
        #expect(influencers == 7)
        #expect(conversionsCV < 0.15 && reachCV > 1)
    }

    /// The spring sale is the showcase: with no check emptying it, its recommendations name a
    /// best format, a best timing and a platform, and targets are partly met.
    @Test func springSaleRecommendsFormatTimingAndPlatform() throws {
        let (campaigns, _) = try Self.judgements()
        let spring = try #require(campaigns.first { $0.id == "soldes-printemps" }?.judgement)
        let rules = Set(spring.recommendations.map(\.rule))
        #expect(rules.isSuperset(of: [.bestFormat, .bestTiming, .platform]))
        #expect(spring.undecided.isEmpty)
        #expect(spring.recommendations.filter { $0.rule == .fraudFlag }.count == 4)
        #expect(spring.recommendations.filter { $0.rule == .missedTarget }.count == 2)   // CPA and ROI; conversions met
    }

    /// The site builds, and `report check` on the example warns of the three planted checks only.
    @Test func buildAndCheckWarnOfThePlantedChecksOnly() throws {
        let temp = TemporaryFolder()
        let summary = try SiteBuilder(path: Self.project, options: .test(output: temp.url.appendingPathComponent("site"), asOf: "2026-05-20"))
            .build(today: Day(ordinal: 0))
        #expect(summary.campaigns == 4)
        let warnings = ProjectChecker.check(path: Self.project, resources: .folder(Repo.root)).map(\.description)
        #expect(warnings.count == 3)
        #expect(warnings.filter { $0.contains("cost_outlier") }.count == 1)
        #expect(warnings.filter { $0.contains("code_leak") }.count == 1)
        #expect(warnings.filter { $0.contains("conversion_flat") }.count == 1)
    }
}
