import Testing
@testable import ReportCore
@testable import ReportLoading

/// kpis.md §8 defaults and report.yaml `fraud:` overrides.
@Suite struct FraudThresholdsTests {
    func load(_ yaml: String) -> (FraudThresholds, [String]) {
        let collector = DiagnosticCollector()
        let settings = SettingsLoader.load(yaml, file: "report.yaml", into: collector)
        return (settings.fraud, collector.diagnostics.map(\.description))
    }

    @Test func defaultsOfKpisMd() {
        let t = FraudThresholds()
        #expect(t.incoherentFactor == 3)
        #expect(t.spikeMinCounts == 7)
        #expect(t.spikeMadK == 6)
        #expect(t.spikeMinShare == 0.01)
        #expect(t.foreignShare == 0.30)
        #expect(t.podShare == 0.10)
        #expect(t.podMinWords == 3)
        #expect(t.podMinRepeats == 3)
        #expect(ProjectSettings().fraud == t)
        #expect(load("title: T\n").0 == t)
    }

    @Test func everyKeyOverrides() {
        let yaml = """
        fraud:
          incoherent_factor: 4
          spike_min_counts: 10
          spike_mad_k: 5.5
          spike_min_share: 0.02
          foreign_share: 0.4
          pod_share: 0.2
          pod_min_words: 4
          pod_min_repeats: 5

        """
        let (t, messages) = load(yaml)
        #expect(messages.isEmpty)
        var expected = FraudThresholds()
        expected.incoherentFactor = 4
        expected.spikeMinCounts = 10
        expected.spikeMadK = 5.5
        expected.spikeMinShare = 0.02
        expected.foreignShare = 0.4
        expected.podShare = 0.2
        expected.podMinWords = 4
        expected.podMinRepeats = 5
        #expect(t == expected)
    }

    @Test func oneOverrideKeepsTheOtherDefaults() {
        let (t, messages) = load("fraud: {foreign_share: 0.5}\n")
        #expect(messages.isEmpty)
        var expected = FraudThresholds()
        expected.foreignShare = 0.5
        #expect(t == expected)
    }

    @Test func refusedValuesKeepTheDefault() {
        let yaml = """
        fraud:
          spike_min_counts: 2.5
          pod_min_words: 0
          pod_min_repeats: many
          foreign_share: 30
          pod_share: -0.1
          spike_min_share: 1.5
          incoherent_factor: 0.5
          spike_mad_k: -1
          pod_shares: 0.2

        """
        let (t, messages) = load(yaml)
        #expect(t == FraudThresholds())
        #expect(messages == [
            "report.yaml:2:21: error: key \"spike_min_counts\": expected an integer ≥ 1, found \"2.5\"",
            "report.yaml:3:18: error: key \"pod_min_words\": expected an integer ≥ 1, found 0",
            "report.yaml:4:20: error: key \"pod_min_repeats\": expected an integer ≥ 1, found \"many\"",
            "report.yaml:5:18: error: key \"foreign_share\": expected a number from 0 to 1, found 30",
            "report.yaml:6:14: error: key \"pod_share\": expected a number from 0 to 1, found -0.1",
            "report.yaml:7:20: error: key \"spike_min_share\": expected a number from 0 to 1, found 1.5",
            "report.yaml:8:22: error: key \"incoherent_factor\": expected a number ≥ 1, found 0.5",
            "report.yaml:9:16: error: key \"spike_mad_k\": expected a number ≥ 0, found -1",
            "report.yaml:10:3: warning: fraud: unknown key \"pod_shares\"; did you mean \"pod_share\"?",
        ])
    }
}
