import Testing
@testable import ReportCore
@testable import ReportLoading

/// report.yaml `benchmarks:` problems, each at its place with the exact text users see.
@Suite struct SettingsLoaderTests {
    func problems(_ yaml: String) -> [String] {
        let collector = DiagnosticCollector()
        _ = SettingsLoader.load(yaml, file: "report.yaml", into: collector)
        return collector.diagnostics.map(\.description)
    }

    @Test func unknownBenchmarkKPIWithSuggestion() {
        #expect(problems("benchmarks:\n  engagement_rate_follower: {instagram: {micro: [1, 2]}}\n") == [
            "report.yaml:2:3: error: benchmarks: unknown KPI \"engagement_rate_follower\": expected one of engagement_rate_followers, story_ctr, conversion_rate (did you mean \"engagement_rate_followers\"?)",
        ])
        #expect(problems("benchmarks:\n  story_cr: {all: {all: [1, 2]}}\n") == [
            "report.yaml:2:3: error: benchmarks: unknown KPI \"story_cr\": expected one of engagement_rate_followers, story_ctr, conversion_rate (did you mean \"story_ctr\"?)",
        ])
    }

    @Test func knownKPIWithoutIndustryRange() {
        #expect(problems("benchmarks:\n  title: x\n  cpa: {all: {all: [1, 2]}}\n") == [
            "report.yaml:2:3: error: benchmarks: unknown KPI \"title\": expected one of engagement_rate_followers, story_ctr, conversion_rate",
            "report.yaml:3:3: error: benchmarks: no industry range for \"cpa\": expected one of engagement_rate_followers, story_ctr, conversion_rate",
        ])
    }

    @Test func refusedBenchmarkKeepsTheBuiltInRange() {
        let collector = DiagnosticCollector()
        let settings = SettingsLoader.load("benchmarks:\n  cpa: {all: {all: [1, 2]}}\n", file: "report.yaml", into: collector)
        #expect(collector.hasErrors)
        #expect(settings.benchmarks == BenchmarkTable.builtIn)
    }

    @Test func badRanges() {
        let yaml = """
        benchmarks:
          story_ctr:
            all:
              all: [4, 3]
          engagement_rate_followers:
            instagram:
              micro: 2
              macro: [1, 2, 3]
              mega: [low, 2]

        """
        #expect(problems(yaml) == [
            "report.yaml:4:12: error: key \"all\": expected a range [low, high] of two numbers with low ≤ high, found a list",
            "report.yaml:7:14: error: key \"micro\": expected a range [low, high] of two numbers with low ≤ high, found \"2\"",
            "report.yaml:8:14: error: key \"macro\": expected a range [low, high] of two numbers with low ≤ high, found a list",
            "report.yaml:9:13: error: key \"mega\": expected a range [low, high] of two numbers with low ≤ high, found a list",
        ])
    }

    @Test func unknownPlatformAndTierAreWarnings() {
        let yaml = "benchmarks:\n  story_ctr: {myspace: {all: [1, 2]}}\n  engagement_rate_followers: {instagram: {mirco: [1, 2]}}\n"
        #expect(problems(yaml) == [
            "report.yaml:2:15: warning: benchmarks: story_ctr: unknown key \"myspace\"",
            "report.yaml:3:43: warning: benchmarks: engagement_rate_followers: instagram: unknown key \"mirco\"; did you mean \"micro\"?",
        ])
    }

    @Test func notAMapping() {
        #expect(problems("benchmarks:\n  story_ctr: [1, 2]\n") == [
            "report.yaml:2:14: error: benchmarks: story_ctr: expected a mapping of keys to values, found a list",
        ])
        #expect(problems("fraud: 3\n") == ["report.yaml:1:8: error: fraud: expected a mapping of keys to values, found \"3\""])
    }
}
