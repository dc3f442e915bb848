import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading

/// YAML problems come back at their real line and column, with the exact text users see.
@Suite struct YAMLErrorTests {
    static let valid = """
    name: Spring
    objective: sales
    start: 2026-03-01
    end: 2026-03-31
    influencers:
      - handle: claire
        platform: instagram
        followers: 1000

    """

    func problems(_ yaml: String) -> [String] {
        let collector = DiagnosticCollector()
        _ = CampaignFileLoader.load(yaml, file: "campaigns/spring/campaign.yaml", id: "spring", settings: ProjectSettings(), into: collector)
        return collector.diagnostics.map(\.description)
    }

    @Test func validFileHasNoProblem() {
        #expect(problems(Self.valid).isEmpty)
    }

    @Test func syntaxErrorAtLineAndColumn() {
        let yaml = "name: Spring\nobjective: [sales\nstart: 2026-03-01\n"
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("campaigns/spring/campaign.yaml:3:6: error: invalid YAML: ") == true, "\(found)")
    }

    @Test func wrongTypeAtTheValue() {
        let yaml = Self.valid.replacingOccurrences(of: "followers: 1000", with: "followers: many")
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:8:16: error: key \"followers\": expected an integer ≥ 0, found \"many\""])
    }

    @Test func negativeBudget() {
        let yaml = Self.valid + "budget: -5\n"
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:9:9: error: key \"budget\": expected a number ≥ 0, found -5"])
    }

    @Test func missingKeyAtTheMapping() {
        let yaml = Self.valid.replacingOccurrences(of: "objective: sales\n", with: "")
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:1:1: error: campaign: missing required key \"objective\""])
    }

    @Test func missingInfluencerKey() {
        let yaml = Self.valid.replacingOccurrences(of: "    platform: instagram\n", with: "")
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:6:5: error: influencer 1: missing required key \"platform\""])
    }

    @Test func unknownKeyIsAWarningWithSuggestion() {
        let yaml = Self.valid + "budjet: 100\n"
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:9:1: warning: campaign: unknown key \"budjet\"; did you mean \"budget\"?"])
    }

    @Test func endBeforeStart() {
        let yaml = Self.valid.replacingOccurrences(of: "end: 2026-03-31", with: "end: 2026-02-01")
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:4:6: error: key \"end\": expected a date on or after start (2026-03-01), found 2026-02-01"])
    }

    @Test func commissionAboveOne() {
        let yaml = Self.valid + "    commission_rate: 1.5\n"
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:9:22: error: key \"commission_rate\": expected a number from 0 to 1, found 1.5"])
    }

    @Test func unknownObjective() {
        let yaml = Self.valid.replacingOccurrences(of: "objective: sales", with: "objective: sell")
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:2:12: error: key \"objective\": expected one of awareness, engagement, sales, leads, ugc, ambassador, found \"sell\""])
    }

    @Test func countryCodeNoStaysAString() throws {
        let yaml = Self.valid + "target_countries: [NO, FR]\n"
        let collector = DiagnosticCollector()
        let described = CampaignFileLoader.load(yaml, file: "c.yaml", id: "c", settings: ProjectSettings(), into: collector)
        #expect(collector.diagnostics.isEmpty)
        #expect(try #require(described).campaign.targetCountries == ["NO", "FR"])
    }

    @Test func countryCodesAreAlpha2() {
        let yaml = Self.valid + "target_countries: [FR, France]\n"
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:9:19: error: key \"target_countries\": expected ISO 3166 alpha-2 codes such as FR, found \"FRANCE\""])
        let audience = Self.valid + "    audience_countries: {FR: 0.5, Belgium: 0.2}\n"
        #expect(problems(audience) == ["campaigns/spring/campaign.yaml:9:35: error: audience_countries: expected ISO 3166 alpha-2 codes such as FR, found \"Belgium\""])
    }

    @Test func duplicateHandles() {
        let yaml = Self.valid + "  - handle: \"@Claire\"\n    platform: tiktok\n    followers: 5\n"
        #expect(problems(yaml) == ["campaigns/spring/campaign.yaml:9:5: error: influencer 2: handle \"Claire\" is already used by influencer 1: expected unique handles"])
    }

    @Test func reportYAMLLocale() {
        let collector = DiagnosticCollector()
        _ = SettingsLoader.load("locale: de-DE\n", file: "report.yaml", into: collector)
        #expect(collector.diagnostics.map(\.description) == ["report.yaml:1:9: error: key \"locale\": expected fr-FR or en-US, found \"de-DE\""])
    }
}
