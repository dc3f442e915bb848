import Foundation
import Testing
@testable import ReportCore

/// The lexicons compiled into ReportCore (Sources/ReportCore/Generated/LexiconData.swift) are
/// the files of resources/lexicons/ as scripts/embed-lexicons.py reads them: the digest the
/// script wrote is the digest of the folder now.
@Suite struct LexiconDataTests {
    /// FNV-1a 64 over every file of the folder, sorted by name: name, NUL, bytes, NUL.
    static func digest(_ folder: URL) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for name in names {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = Array(name.utf8) + [0] + Array(try Data(contentsOf: URL(fileURLWithPath: path))) + [0]
            for b in bytes {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01B3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func generatedFileIsCurrent() throws {
        let folder = Repo.root.appendingPathComponent("resources/lexicons")
        #expect(try Self.digest(folder) == LexiconData.sourceDigest,
                "Sources/ReportCore/Generated/LexiconData.swift is not current: run `make embed`")
    }

    /// Each vendored lexicon comes with its licence.
    @Test func licencesAreVendored() throws {
        let folder = Repo.root.appendingPathComponent("resources/lexicons")
        for name in ["LICENSE-vaderSentiment.txt", "LICENSE-vaderSentiment-fr.txt"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("The MIT License"), "\(name)")
        }
    }

    /// Parsing the compiled lexicons (done once per process) stays well under a second.
    @Test func parseTime() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = VaderLanguage.parseLexicon(LexiconData.english)
            _ = VaderLanguage.parseLexicon(LexiconData.french)
        }
        print("lexicon parse time: \(elapsed)")
        #expect(elapsed < .seconds(2))
    }
}
