import Foundation
import Testing
@testable import ReportLoading

/// A seeded mutation run over the fuzz harness (swift-collections style: a fixed seed makes a
/// failure reproducible). The long runs are libFuzzer's (Fuzz/run); this one keeps every
/// test run honest.
@Suite struct MutationTests {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds: [[UInt8]] = {
        let corpus = Repo.root.appendingPathComponent("Fuzz/corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
        return names.compactMap { FileManager.default.contents(atPath: corpus.appendingPathComponent($0).path).map { [UInt8]($0) } }
    }()

    static let interesting: [[UInt8]] = [
        Array("\"".utf8), Array("\r\n".utf8), Array(";".utf8), Array(",".utf8), [0xFF], [0xFE, 0xFF], [0],
        Array("9999999999999999999999".utf8), Array("NaN".utf8), Array("- [".utf8), Array(": {".utf8), Array("&a *a".utf8),
        Array("\u{202F}".utf8), Array("€".utf8), Array("#".utf8), Array("sep=;\n".utf8), Array("\u{FEFF}".utf8),
    ]

    static let seed: UInt64 = 20_261_126

    /// One mutated input: a corpus seed with 1 to 6 random edits.
    static func mutate(_ rng: inout SeededGenerator) -> [UInt8] {
        var input = Self.seeds.randomElement(using: &rng) ?? [0]
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !input.isEmpty else { input = [0]; continue }
            let at = Int.random(in: 0..<input.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: input[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: input.remove(at: at)
            case 2: input.insert(contentsOf: Self.interesting.randomElement(using: &rng) ?? [], at: at)
            case 3: input = Array(input.prefix(at))
            default:
                let end = min(input.count, at + Int.random(in: 1...40, using: &rng))
                input.insert(contentsOf: input[at..<end], at: at)
            }
        }
        return input
    }

    /// The outcomes of the first `count` mutations of `seed`.
    static func outcomes(seed: UInt64, count: Int) -> [FuzzHarness.Outcome] {
        var rng = SeededGenerator(state: seed)
        return (0..<count).map { _ in FuzzHarness.outcome(mutate(&rng)) }
    }

    /// Loaded and rejected attempts per file name, over a run.
    static func tally(_ outcomes: [FuzzHarness.Outcome]) -> [String: (loaded: Int, rejected: Int, diagnostics: Int)] {
        var t: [String: (loaded: Int, rejected: Int, diagnostics: Int)] = [:]
        for a in outcomes.flatMap(\.attempts) {
            var row = t[a.file] ?? (0, 0, 0)
            if a.loaded { row.loaded += 1 } else { row.rejected += 1 }
            row.diagnostics += a.diagnostics.count
            t[a.file] = row
        }
        return t
    }

    /// Bad input never crashes, and never fails silently: a reader either returns a value or
    /// says why with an error placed in its file; every diagnostic names that file, has a
    /// message and a line (0 only for a whole-file problem, which stops the reading alone).
    @Test func twentyThousandMutatedInputsLoadOrExplain() throws {
        #expect(Self.seeds.count >= 8)
        let outcomes = Self.outcomes(seed: Self.seed, count: 20_000)
        var failures: [String] = []
        for (i, outcome) in outcomes.enumerated() {
            for a in outcome.attempts {
                if !a.loaded && !a.diagnostics.contains(where: { $0.severity == .error }) {
                    failures.append("mutation \(i): \(a.file) rejected without an error")
                }
                for d in a.diagnostics {
                    if d.file != a.file { failures.append("mutation \(i): \(d) names another file than \(a.file)") }
                    if d.message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { failures.append("mutation \(i): \(d) has no message") }
                    if d.line < 0 { failures.append("mutation \(i): \(d) has a negative line") }
                    if d.line == 0 && (a.loaded || a.diagnostics.count != 1 || d.column != nil || d.severity != .error) {
                        failures.append("mutation \(i): \(d) has no line but is not a whole-file error")
                    }
                }
            }
        }
        // The count only, so a failure prints five problems instead of every one.
        let problems = failures.count
        #expect(problems == 0, "first: \(failures.prefix(5).joined(separator: "; "))")
        // The run reaches past the first byte of every loader: some inputs load, some do not.
        let tally = Self.tally(outcomes)
        for file in ["f.csv", "c.yaml"] {
            let row = try #require(tally[file], "no input reached \(file)")
            #expect(row.loaded > 0 && row.rejected > 0, "\(file): \(row)")
        }
        #expect(outcomes.contains { $0.cellsRead > 0 }, "no cell input was read")
    }

    /// The same seed gives the same outcomes, diagnostic for diagnostic (and so the same counts).
    @Test func aFixedSeedGivesTheSameOutcomesTwice() {
        let first = Self.outcomes(seed: Self.seed, count: 5_000)
        let second = Self.outcomes(seed: Self.seed, count: 5_000)
        let a = Self.tally(first), b = Self.tally(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys { #expect(a[key].map { [$0.loaded, $0.rejected, $0.diagnostics] } == b[key].map { [$0.loaded, $0.rejected, $0.diagnostics] }, "\(key)") }
        #expect(first == second)
    }
}
