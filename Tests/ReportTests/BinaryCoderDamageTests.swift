import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// A damaged, truncated or hostile cache entry is a miss: the binary decoder throws on it and
/// never reads out of bounds, traps or recurses without end.
@Suite struct BinaryCoderDamageTests {
    /// The example project built with the cache: its first stored entry's bytes and folder.
    func exampleEntry(in temp: TemporaryFolder) throws -> (cache: BuildCache, key: String, bytes: [UInt8]) {
        let project = temp.url.appendingPathComponent("maison-lune")
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent("examples/maison-lune"), to: project)
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output, asOf: "2026-05-20")).build(today: Day(ordinal: 0))
        let cache = BuildCache(output: output)
        let entries = cache.folder.appendingPathComponent("campaigns")
        let keys = try FileManager.default.contentsOfDirectory(atPath: entries.path).sorted()
        let key = try #require(keys.first)
        let data = try Data(contentsOf: entries.appendingPathComponent(key).appendingPathComponent("outcome.bin"))
        return (cache, key, [UInt8](data))
    }

    @Test func aRealEntryDamagedAnyWayIsAMissNeverACrash() throws {
        let temp = TemporaryFolder()
        let (cache, key, bytes) = try exampleEntry(in: temp)
        let stored = try #require(cache.outcome(key))
        let decoded = try BinaryDecoder().decode(BuildCache.Entry.self, from: Data(bytes))
        #expect(decoded.outcome.summary.id == stored.outcome.summary.id)
        #expect(decoded.outcome.histories.count == stored.outcome.histories.count)

        var rng = MutationTests.SeededGenerator(state: 2027)
        // Every cut is an error: the value's length is the file's.
        for _ in 0..<150 {
            let cut = Int.random(in: 0..<bytes.count, using: &rng)
            #expect(throws: (any Error).self) { try BinaryDecoder().decode(BuildCache.Entry.self, from: Data(bytes[..<cut])) }
        }
        // Random damage: an error or, where only a string's or a number's bytes changed, a value; never a crash.
        var failures = 0
        for _ in 0..<300 {
            let damaged = BinaryCoderDamageTests.mutate(bytes, &rng)
            if (try? BinaryDecoder().decode(BuildCache.Entry.self, from: Data(damaged))) == nil { failures += 1 }
        }
        #expect(failures > 0)

        // Through the cache: damage behind the content hash's back is a miss.
        let entry = cache.folder.appendingPathComponent("campaigns").appendingPathComponent(key)
        var flipped = bytes
        flipped[flipped.count / 2] ^= 0x40
        try Data(flipped).write(to: entry.appendingPathComponent("outcome.bin"))
        #expect(cache.outcome(key) == nil)
        // A hostile entry with its hash made to match: malformed bytes are still a miss.
        let truncated = Array(bytes.dropLast(3))
        try Data(truncated).write(to: entry.appendingPathComponent("outcome.bin"))
        try Data(ContentHash.hex(truncated).utf8).write(to: entry.appendingPathComponent("outcome.hash"))
        #expect(cache.outcome(key) == nil)
    }

    static func mutate(_ bytes: [UInt8], _ rng: inout MutationTests.SeededGenerator) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !out.isEmpty else { return out }
            let at = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: out[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: out[at] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
            case 2: out.remove(at: at)
            case 3: out.insert(contentsOf: [[0x00], [0x7F], [0x80], [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [0x01, 0x00]].randomElement(using: &rng) ?? [], at: at)
            case 4:
                let end = min(out.count, at + Int.random(in: 1...40, using: &rng))
                out.insert(contentsOf: out[at..<end], at: at)
            default:
                let end = min(out.count, at + Int.random(in: 1...40, using: &rng))
                out.removeSubrange(at..<end)
            }
        }
        return out
    }

    /// A recursive type fed bytes nested far deeper than anything stored stops at the depth
    /// limit with an error (not a stack overflow).
    @Test func deepNestingIsAnError() throws {
        struct Chain: Codable { let next: [Chain] }
        func slot(_ content: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            BinaryFormat.appendVarint(UInt64(content.count) + 1, to: &out)
            return out + content
        }
        func file(depth: Int) -> Data {
            var chain: [UInt8] = [0x00, 0x01]  // "next": an empty list
            for _ in 0..<depth { chain = [0x00] + slot(slot(chain)) }
            return Data(BinaryFormat.magic + [0x01, 0x04] + Array("next".utf8) + slot(chain))
        }
        // Nesting a real type could have decodes; far deeper is refused.
        let shallow = try BinaryDecoder().decode(Chain.self, from: file(depth: 20))
        #expect(shallow.next.count == 1)
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Chain.self, from: file(depth: 2_000)) }
    }

    /// Lengths and counts larger than the bytes left are errors before anything is allocated.
    @Test func lengthsBeyondTheFileThrow() {
        let hostile: [[UInt8]] = [
            [],
            Array("RBC".utf8),
            BinaryFormat.magic + [0xFF, 0xFF, 0xFF, 0xFF, 0x0F],  // four billion keys
            BinaryFormat.magic + [0x01, 0xFF, 0xFF, 0x03],  // a key longer than the file
            BinaryFormat.magic + [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],  // a 2^64 length
            BinaryFormat.magic + [0x00] + [UInt8](repeating: 0x80, count: 20),  // an endless number
            BinaryFormat.magic + [0x00, 0x03, 0x00, 0x01],  // a key number without a table
            BinaryFormat.magic + [0x00, 0x02, 0x00, 0x00],  // bytes after the value
            BinaryFormat.magic + [0x01, 0x01, 0xC3, 0x02, 0x00, 0x00],  // a key that is not UTF-8
        ]
        for bytes in hostile {
            #expect(throws: DecodingError.self) { try BinaryDecoder().decode([String: [Int]].self, from: Data(bytes)) }
        }
    }
}
