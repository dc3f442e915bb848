import Foundation
import Testing
import ReportCore
import ReportLoading
@testable import ReportSite

/// Paths of the repository, found from this file so tests run from any folder.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tests = root.appendingPathComponent("Tests/ReportTests")
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let goldens = tests.appendingPathComponent("Goldens")
}

/// A fresh folder per test, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) -> URL {
        let file = url.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        return file
    }

    /// Copies a fixture project into this folder and returns its copy.
    func copyFixture(_ name: String) throws -> URL {
        let target = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent(name), to: target)
        return target
    }
}

/// Golden files, compared byte for byte. `RECORD_GOLDENS=1 swift test` writes every golden a
/// test checks and fails that test with the diff of old against new, so a golden is never
/// re-recorded blindly: read the diff, then run the tests again without the variable.
/// Every file under Goldens must be read by a test (`GoldenFileTests`); a whole folder of
/// goldens (`checkTree`) checks its file list too.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// `actual` against the golden `name` (a path under Goldens). `name` must be the call's last
    /// argument, written as a string literal: `GoldenFileTests` reads it from the source.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Repo.goldens.appendingPathComponent(name)
        let expected = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record golden \(name): \(error)", sourceLocation: sourceLocation)
                return
            }
            let change = switch expected {
            case nil: "new file"
            case .some(actual): "unchanged"
            case let old?: TextDiff.lines(old: old, new: actual)
            }
            Issue.record("recorded golden \(name) (RECORD_GOLDENS=1 always fails; review, then run without it): \(change)", sourceLocation: sourceLocation)
            return
        }
        guard let expected else {
            Issue.record("missing golden \(name): run RECORD_GOLDENS=1 swift test, review the file, then run without it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("differs from golden \(name) (- golden, + actual):\n\(TextDiff.lines(old: expected, new: actual))", sourceLocation: sourceLocation)
        }
    }

    /// A folder of goldens (`folder` under Goldens) against `files` (relative path → text): a
    /// file written without a golden, or a golden no longer written, fails as much as differing
    /// bytes. Recording also removes the goldens no longer written.
    static func checkTree(_ files: [String: String], _ folder: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let root = Repo.goldens.appendingPathComponent(folder)
        let recorded = Set(tree(root).keys)
        let stale = recorded.subtracting(files.keys).sorted()
        let unrecorded = Set(files.keys).subtracting(recorded).sorted()
        if recording {
            for path in stale { try? FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
            if !stale.isEmpty {
                Issue.record("removed goldens no longer written under \(folder): \(stale.joined(separator: ", "))", sourceLocation: sourceLocation)
            }
        } else {
            if !stale.isEmpty {
                Issue.record("goldens under \(folder) the build no longer writes: \(stale.joined(separator: ", "))", sourceLocation: sourceLocation)
            }
            if !unrecorded.isEmpty {
                Issue.record("files without a golden under \(folder): \(unrecorded.joined(separator: ", "))", sourceLocation: sourceLocation)
            }
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where recording || recorded.contains(path) {
            check(text, folder + "/" + path, sourceLocation: sourceLocation)
        }
    }
}

/// A short line diff of two texts, unified style: two lines of context around each change,
/// `-` for the old text's lines and `+` for the new one's, cut after 80 lines.
enum TextDiff {
    static func lines(old: String, new: String, context: Int = 2, limit: Int = 80) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(a[prefix..<(a.count - suffix)]), newMiddle = Array(b[prefix..<(b.count - suffix)])
        // (kind, old line number, new line number, text), kind " ", "-" or "+".
        var edits: [(Character, Int, Int, String)] = []
        for i in 0..<prefix { edits.append((" ", i, i, a[i])) }
        var i = 0, j = 0
        for (kind, text) in middle(oldMiddle, newMiddle) {
            edits.append((kind, prefix + i, prefix + j, text))
            if kind != "+" { i += 1 }
            if kind != "-" { j += 1 }
        }
        for k in 0..<suffix { edits.append((" ", a.count - suffix + k, b.count - suffix + k, a[a.count - suffix + k])) }
        // Keep the changes and `context` lines either side of each.
        let changed = edits.indices.filter { edits[$0].0 != " " }
        var keep = Set<Int>()
        for c in changed { for k in max(0, c - context)...min(edits.count - 1, c + context) { keep.insert(k) } }
        var out: [String] = [], last = -1
        for k in keep.sorted() {
            if k != last + 1 { out.append("@@ -\(edits[k].1 + 1) +\(edits[k].2 + 1) @@") }
            out.append("\(edits[k].0)\(edits[k].3)")
            last = k
        }
        if out.count > limit { out = Array(out.prefix(limit)) + ["… \(out.count - limit) more lines"] }
        return out.isEmpty ? "(no line differs)" : out.joined(separator: "\n")
    }

    /// The lines between the common prefix and suffix: a longest-common-subsequence diff when
    /// small enough, else every old line removed and every new one added.
    private static func middle(_ a: [String], _ b: [String]) -> [(Character, String)] {
        guard a.count * b.count <= 4_000_000 else { return a.map { ("-", $0) } + b.map { ("+", $0) } }
        var length = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
            }
        }
        var out: [(Character, String)] = [], i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                out.append((" ", a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || length[i + 1][j] >= length[i][j + 1] {
                out.append(("-", a[i])); i += 1
            } else {
                out.append(("+", b[j])); j += 1
            }
        }
        return out
    }
}

/// Every file under a folder, relative path → bytes.
func tree(_ root: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    let base = root.resolvingSymlinksInPath().path
    guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
    for case let url as URL in e {
        let path = url.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[String(path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: path)
        }
    }
    return out
}

/// The tests read the repository's templates/ and site/ folders (`resources: Repo.root`);
/// EmbeddedResourcesTests holds the copy compiled into the executable to the same bytes.
extension BuildOptions {
    init(output: URL? = nil, asOf: ReportCore.Day? = nil, locale: ReportLocale? = nil, resources: URL) {
        self.init(output: output, asOf: asOf, locale: locale, resources: .folder(resources))
    }

    static func test(output: URL, asOf: String = "2026-05-15") -> BuildOptions {
        BuildOptions(output: output, asOf: DateReader.day(asOf), resources: Repo.root)
    }
}

extension ProjectChecker {
    static func check(path: URL, resources: URL) -> [Diagnostic] {
        check(path: path, resources: .folder(resources))
    }
}


/// One campaign `c` of a project written from `files` (path under campaigns/c → content),
/// loaded with the export fixtures copied to campaigns/c/exports: the campaign (nil on
/// errors) and every diagnostic as printed.
func loadCampaign(_ files: [String: String], timezone: String = "Europe/Paris") throws -> (campaign: Campaign?, messages: [String]) {
    let temp = TemporaryFolder()
    for (path, text) in files { temp.write("p/campaigns/c/" + path, text) }
    try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("exports"), to: temp.url.appendingPathComponent("p/campaigns/c/exports"))
    let loader = try ProjectLoader(path: temp.url.appendingPathComponent("p"))
    let collector = DiagnosticCollector()
    let campaign = loader.loadCampaign(loader.campaignFolders[0], settings: ProjectSettings(timezone: timezone), into: collector)
    return (campaign, collector.diagnostics.map(\.description))
}
