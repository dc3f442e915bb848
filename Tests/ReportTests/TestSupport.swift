import Foundation
import Testing
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

/// Golden files: compared byte for byte; `RECORD_GOLDENS=1 swift test` rewrites them.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Repo.goldens.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("missing golden \(name): run RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
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
        BuildOptions(output: output, asOf: ReportLoadingDay.day(asOf), resources: Repo.root)
    }
}

extension ProjectChecker {
    static func check(path: URL, resources: URL) -> [Diagnostic] {
        check(path: path, resources: .folder(resources))
    }
}

import ReportLoading
enum ReportLoadingDay {
    static func day(_ s: String) -> ReportCore.Day? { DateReader.day(s) }
}
import ReportCore

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
