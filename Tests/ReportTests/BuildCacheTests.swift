import Foundation
import Testing
@testable import ReportCore
import ReportLoading
@testable import ReportSite

/// The build cache beside the output: a cached build writes exactly what a clean one does, and
/// every input it depends on invalidates it.
@Suite struct BuildCacheTests {
    func build(_ project: URL, into output: URL, asOf: String = "2026-05-15", cache: Bool = true, jobs: Int? = nil,
               identity: String? = nil, clock: StageClock? = nil) throws(DiagnosticList) -> BuildSummary {
        var options = BuildOptions.test(output: output, asOf: asOf)
        options.cache = cache
        options.jobs = jobs
        options.clock = clock
        if let identity { options.toolIdentity = identity }
        return try SiteBuilder(path: project, options: options).build(today: Day(ordinal: 0))
    }

    /// Builds the project again without the cache into a fresh folder and compares every file.
    func expectSameAsCleanBuild(_ project: URL, _ output: URL, asOf: String = "2026-05-15", identity: String? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let clean = output.deletingLastPathComponent().appendingPathComponent("clean-\(UUID().uuidString)")
        _ = try build(project, into: clean, asOf: asOf, cache: false, identity: identity)
        let cached = tree(output), fresh = tree(clean)
        #expect(cached.keys.sorted() == fresh.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in fresh where cached[path] != data {
            Issue.record("\(path) differs from a clean build", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: clean.deletingLastPathComponent().appendingPathComponent(".\(clean.lastPathComponent).cache").path),
                "--no-cache writes no cache")
    }

    func inode(_ url: URL) -> UInt64? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    func editLikes(_ file: URL, add: Int) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        let column = try #require(header.firstIndex(of: "likes"))
        var cells = lines[1].components(separatedBy: ",")
        cells[column] = String((Int(cells[column]) ?? 0) + add)
        lines[1] = cells.joined(separator: ",")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
    }

    /// The issue's case: one campaign's posts.csv changes. Only that campaign is read again, the
    /// other's page is linked from the previous site, and the result is a clean build's bytes.
    @Test func oneEditedPostsFileRebuildsItsCampaignOnly() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        let summerPage = output.appendingPathComponent("campaigns/summer/index.html")
        let springPage = output.appendingPathComponent("campaigns/spring/index.html")
        let before = (summer: inode(summerPage), spring: inode(springPage))
        let jsonURL = output.appendingPathComponent("campaigns/spring/kpis.json")
        let jsonBefore = try String(contentsOf: jsonURL, encoding: .utf8)
        try editLikes(project.appendingPathComponent("campaigns/spring/posts.csv"), add: 500)

        let clock = StageClock()
        _ = try build(project, into: output, clock: clock)
        let read = clock.totals.first { $0.stage == .read }?.seconds ?? -1
        #expect(read > 0, "the edited campaign is read again")
        #expect(inode(springPage) != before.spring, "the edited campaign's page is written again")
        #expect(try String(contentsOf: jsonURL, encoding: .utf8) != jsonBefore, "the new likes count in the engagements")
        try expectSameAsCleanBuild(project, output)
        // Summer's internal benchmarks (the median of the others) moved with spring's figures,
        // so its page is rewritten; a second build with nothing changed links every page.
        let unchanged = (summer: inode(summerPage), spring: inode(springPage))
        let quiet = StageClock()
        _ = try build(project, into: output, clock: quiet)
        #expect(inode(summerPage) == unchanged.summer && inode(springPage) == unchanged.spring, "unchanged pages are linked, not written")
        #expect(quiet.totals.first { $0.stage == .read }?.seconds == 0, "nothing is read when nothing changed")
        try expectSameAsCleanBuild(project, output)
    }

    /// Every kind of input the pages depend on: each change gives a clean build's bytes.
    @Test func everyInputInvalidatesTheCache() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)

        // report.yaml (a setting every page shows).
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml.replacingOccurrences(of: "locale: en-US", with: "locale: fr-FR"))
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)

        // The project's own theme and template, overriding the built-in ones.
        let style = try String(contentsOf: Repo.root.appendingPathComponent("site/style.css"), encoding: .utf8)
        temp.write("basic/site/style.css", style + "\n.project-theme { color: teal; }\n")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains(".project-theme"))
        let template = try String(contentsOf: Repo.root.appendingPathComponent("templates/fr-FR/campaign.md"), encoding: .utf8)
        temp.write("basic/templates/fr-FR/campaign.md", template + "\nPréparé pour le client.\n")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
        #expect(try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8).contains("Préparé pour le client."))

        // The report date.
        _ = try build(project, into: output, asOf: "2026-06-30")
        try expectSameAsCleanBuild(project, output, asOf: "2026-06-30")

        // A data file appears in a campaign folder, then goes.
        temp.write("basic/campaigns/summer/comments.csv", "comment_id,post_id,text\nc1,s1,I want this!\n")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
        try FileManager.default.removeItem(at: project.appendingPathComponent("campaigns/summer/comments.csv"))
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)

        // Another version of the tool.
        _ = try build(project, into: output, identity: "report 99.0.0")
        try expectSameAsCleanBuild(project, output, identity: "report 99.0.0")
    }

    /// The built-in templates of a working copy (REPORT_RESOURCES) are inputs too.
    @Test func builtInTemplatesAreInputs() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let resources = temp.url.appendingPathComponent("resources")
        for folder in ["templates", "site"] {
            try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(folder), to: resources.appendingPathComponent(folder))
        }
        let output = temp.url.appendingPathComponent("site")
        func build() throws {
            var options = BuildOptions(output: output, asOf: DateReader.day("2026-05-15"), resources: .folder(resources))
            options.cache = true
            _ = try SiteBuilder(path: project, options: options).build(today: Day(ordinal: 0))
        }
        try build()
        let css = resources.appendingPathComponent("site/style.css")
        let style = try String(contentsOf: css, encoding: .utf8)
        try Data((style + "\n.cache-test { color: red; }\n").utf8).write(to: css)
        try build()
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains(".cache-test"))
    }

    /// The example's outcomes read back from the cache's binary entries make what a clean build
    /// makes: the site is removed first, so every page and project page is written from them.
    @Test func exampleRebuiltFromItsCacheIsACleanBuild() throws {
        let temp = TemporaryFolder()
        let project = temp.url.appendingPathComponent("maison-lune")
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent("examples/maison-lune"), to: project)
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output, asOf: "2026-05-20")
        let cache = BuildCache(output: output)
        let keys = try FileManager.default.contentsOfDirectory(atPath: cache.folder.appendingPathComponent("campaigns").path)
        #expect(keys.count == 4)
        #expect(keys.allSatisfy { cache.outcome($0) != nil })
        try FileManager.default.removeItem(at: output)
        let clock = StageClock()
        _ = try build(project, into: output, asOf: "2026-05-20", clock: clock)
        #expect(clock.totals.first { $0.stage == .read }?.seconds == 0, "every campaign comes from the cache")
        try expectSameAsCleanBuild(project, output, asOf: "2026-05-20")
    }

    /// A damaged cache is a miss, never a wrong page; a page edited by hand is written again.
    @Test func damagedCacheAndEditedOutputAreRebuilt() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        let entries = temp.url.appendingPathComponent(".site.cache/campaigns")
        let keys = try FileManager.default.contentsOfDirectory(atPath: entries.path).sorted()
        #expect(keys.count == 2)
        try Data("{ not json".utf8).write(to: entries.appendingPathComponent(keys[0]).appendingPathComponent("outcome.bin"))
        try FileManager.default.removeItem(at: entries.appendingPathComponent(keys[1]).appendingPathComponent("body-0.html"))
        try Data("{ not json".utf8).write(to: temp.url.appendingPathComponent(".site.cache/manifest.bin"))
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)

        let page = output.appendingPathComponent("campaigns/spring/index.html")
        try Data("edited by hand".utf8).write(to: page)
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
    }

    /// A body removed from the cache after it was looked up stops the build with a located error.
    @Test func aBodyThatVanishesIsAnError() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        let cache = BuildCache(output: output)
        let keys = try FileManager.default.contentsOfDirectory(atPath: cache.folder.appendingPathComponent("campaigns").path).sorted()
        let entry = try #require(cache.outcome(keys[0]))
        let body = entry.outcome.pages[0].body
        guard case .file(let name) = body else { Issue.record("a stored body is a file"); return }
        let file = cache.folder.appendingPathComponent("campaigns/\(keys[0])/\(name)")
        try FileManager.default.removeItem(at: file)
        #expect(throws: Diagnostic.error(file.path, 0, "cannot read the build cache: the file went missing or changed during the build; build again (or with --no-cache)")) {
            _ = try entry.outcome.text(body)
        }
    }

    /// A file saved while its campaign is read: the key taken at the start no longer matches,
    /// so the campaign's figures are not stored under it (nor is anything when a shared file moved).
    @Test func filesSavedDuringTheBuildAreNotCachedUnderTheOldKey() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let spring = project.appendingPathComponent("campaigns/spring")
        let fingerprint = InputFingerprint(root: project, campaignFolders: [spring, project.appendingPathComponent("campaigns/summer")],
                                           workers: Workers(count: 1), resources: nil, identity: ["test"], exclude: [])
        #expect(fingerprint.unchanged(spring) && fingerprint.globalUnchanged)
        try editLikes(spring.appendingPathComponent("posts.csv"), add: 1)
        #expect(!fingerprint.unchanged(spring))
        #expect(fingerprint.unchanged(project.appendingPathComponent("campaigns/summer")))
        temp.write("basic/report.yaml", "title: Changed\n")
        #expect(!fingerprint.globalUnchanged)
    }

    /// Two campaign folders holding the same files are two campaigns, not one cached twice.
    @Test func identicalCampaignFoldersStayApart() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        try FileManager.default.copyItem(at: project.appendingPathComponent("campaigns/spring"), to: project.appendingPathComponent("campaigns/autumn"))
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        _ = try build(project, into: output)
        let json = try String(contentsOf: output.appendingPathComponent("campaigns/autumn/kpis.json"), encoding: .utf8)
        #expect(json.contains("\"id\": \"autumn\""))
        try expectSameAsCleanBuild(project, output)
    }

    /// The same bytes whatever the number of threads.
    @Test func threadCountNeverChangesTheOutput() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        try FileManager.default.copyItem(at: project.appendingPathComponent("campaigns/spring"), to: project.appendingPathComponent("campaigns/autumn"))
        var trees: [[String: Data]] = []
        for jobs in [1, 2, 7] {
            let output = temp.url.appendingPathComponent("site-\(jobs)")
            _ = try build(project, into: output, cache: false, jobs: jobs)
            trees.append(tree(output))
        }
        #expect(trees[0] == trees[1] && trees[1] == trees[2])
        #expect(trees[0].count > 10)
    }

    /// XXH64's published values, so the keys mean what they say.
    @Test func contentHashIsXXH64() {
        #expect(ContentHash.hex("") == "ef46db3751d8e999")
        #expect(ContentHash.hex("a") == "d24ec4f1a98c6e5b")
        #expect(ContentHash.hex("abc") == "44bc2cf5ad770999")
        #expect(ContentHash.hex("Nobody inspects the spammish repetition") == "fbcea83c8a378bf1")
    }

    /// Cached totals read back to the same bits, n/a and infinities included.
    @Test func packedNumbersRoundTrip() throws {
        var p = PackedNumbers()
        let doubles: [Double] = [0, -0.0, 0.1, 1e300, -2.5, .infinity, .nan, 123_456.789]
        for d in doubles { p.add(d) }
        p.add(-42)
        p.add(nil as Int?)
        p.add(nil as Double?)
        p.add(true)
        var r = PackedNumbers.Reader(p.text)
        for d in doubles {
            let back = try r.double()
            #expect(back.bitPattern == d.bitPattern)
        }
        #expect(try r.int() == -42)
        #expect(try r.optionalInt() == nil)
        #expect(try r.optionalDouble() == nil)
        #expect(try r.bool())
        #expect(r.isAtEnd)
        var short = PackedNumbers.Reader("1,2")
        _ = try short.int()
        _ = try short.int()
        #expect(throws: PackedNumbers.Malformed.self) { try short.int() }
        var bad = PackedNumbers.Reader("zz")
        #expect(throws: PackedNumbers.Malformed.self) { try bad.double() }
    }
}
