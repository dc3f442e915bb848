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

    @Test func twentyThousandMutatedInputsNeverCrash() throws {
        #expect(Self.seeds.count >= 8)
        var rng = SeededGenerator(state: 20_261_126)
        var produced = 0
        for _ in 0..<20_000 {
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
            produced += FuzzHarness.run(input)
        }
        #expect(produced > 0)
    }
}
