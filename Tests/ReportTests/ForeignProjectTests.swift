import Foundation
import Testing

/// Issue 21: a project someone else sent (a zip, a shared drive) is built as a user would, with
/// the `report` executable on real folders — nothing outside the project is read, written or
/// deleted, nothing hangs, and concurrent or killed builds leave a whole site.
@Suite struct ForeignProjectTests {
    struct Run {
        let status: Int32
        let stderr: String
    }

    /// Runs the executable; killed after `timeout` seconds (a hang fails the test, not the suite).
    static func run(_ arguments: [String], timeout: Double = 60) throws -> Run {
        let exe = try #require(CommandLineTests.executable, "the report executable is built by swift test")
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["REPORT_RESOURCES"] = Repo.root.path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        let watchdog = Thread {
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate() }
        }
        watchdog.start()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: e, as: UTF8.self))
    }

    /// A folder of someone's documents, outside the project.
    static func documents(in temp: TemporaryFolder) -> URL {
        temp.write("Documents/thesis.docx", "years of work")
        temp.write("Documents/photos/cat.jpg", "cat")
        return temp.url.appendingPathComponent("Documents")
    }

    static func link(_ path: URL, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path.path, withDestinationPath: target)
    }

    /// The report's own errors, without the summary line.
    static func errors(_ r: Run) -> [String] {
        r.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    @Test(arguments: ["campaigns", "cache"])
    func aLinkedCacheNeverTouchesWhatItPointsTo(_ which: String) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let documents = Self.documents(in: temp)
        let before = tree(documents)
        let cache = project.appendingPathComponent("._site.cache")
        if which == "cache" {
            try Self.link(cache, to: documents.path)
        } else {
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            try Self.link(cache.appendingPathComponent("campaigns"), to: documents.path)
        }
        for _ in 0..<2 {
            let r = try Self.run(["build", project.path, "--as-of", "2026-05-15"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(tree(documents) == before, "the linked folder is left exactly as it was")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("_site/index.html").path))
        var info = stat()
        #expect(lstat(cache.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR, "the cache is a plain folder again")
    }

    @Test func filesLinkedFromOutsideAreRefusedAtTheirPath() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let documents = Self.documents(in: temp)
        temp.write("secret.md", "# Private\n\nmy bank details\n")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("templates/pages"), withIntermediateDirectories: true)
        try Self.link(project.appendingPathComponent("templates/pages/leak.md"), to: temp.url.appendingPathComponent("secret.md").path)
        try FileManager.default.removeItem(at: project.appendingPathComponent("campaigns/summer/posts.csv"))
        try Self.link(project.appendingPathComponent("campaigns/summer/posts.csv"), to: documents.appendingPathComponent("thesis.docx").path)
        try Self.link(project.appendingPathComponent("campaigns/elsewhere"), to: temp.url.appendingPathComponent("Documents").path)
        let output = temp.url.appendingPathComponent("out")
        let real = ProjectFilesPath.real(temp.url)
        // The project's layout is checked first, then the templates, then each campaign's files.
        let expected: [(String, [String])] = [
            ("campaigns/elsewhere", ["campaigns/elsewhere: error: a link to a folder outside the project folder (\(real)/Documents): refusing to read it; copy the campaign into the project"]),
            ("templates/pages/leak.md", ["templates/pages/leak.md: error: a link to a file outside the project folder (\(real)/secret.md): refusing to read it; copy the file into the project"]),
            ("", ["campaigns/summer/posts.csv: error: a link to a file outside the project folder (\(real)/Documents/thesis.docx): refusing to read it; copy the file into the project"]),
        ]
        for (fixed, errors) in expected {
            let r = try Self.run(["build", project.path, "--output", output.path])
            #expect(r.status == 1)
            #expect(Self.errors(r) == errors)
            if !fixed.isEmpty { try FileManager.default.removeItem(at: project.appendingPathComponent(fixed)) }
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing was published")
    }

    @Test func linksInsideTheProjectAreFollowed() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let summer = project.appendingPathComponent("campaigns/summer")
        try FileManager.default.moveItem(at: summer.appendingPathComponent("posts.csv"), to: project.appendingPathComponent("summer-posts.csv"))
        try Self.link(summer.appendingPathComponent("posts.csv"), to: "../../summer-posts.csv")
        // Two links back to their folders: a walk that followed them would never end.
        try Self.link(summer.appendingPathComponent("loop"), to: ".")
        try Self.link(summer.appendingPathComponent("up"), to: "..")
        for _ in 0..<2 {
            let r = try Self.run(["build", project.path, "--as-of", "2026-05-15"], timeout: 60)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("_site/campaigns/summer/index.html").path))
    }

    @Test func aFIFOIsAnErrorNotAHang() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let fifo = project.appendingPathComponent("campaigns/summer/comments.csv")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let r = try Self.run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path], timeout: 30)
        #expect(r.status == 1)
        #expect(Self.errors(r) == ["campaigns/summer/comments.csv: error: not a regular file (a pipe, a device or a socket): expected a file"])
    }

    @Test(arguments: [
        ("/tmp/elsewhere", "\"/tmp/elsewhere\""),
        ("../other-site", "\"../other-site\""),
        ("sub/../..", "\"sub/../..\""),
        (".", "\".\""),
    ])
    func reportYAMLOutputStaysInsideTheProject(_ value: String, _ shown: String) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml + "output: \(value)\n")
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        let r = try Self.run(["build", project.path])
        #expect(r.status == 1)
        #expect(Self.errors(r) == [
            "report.yaml:\(line):9: error: key \"output\": expected a folder inside the project such as _site, found \(shown) (a site elsewhere is written with --output)",
        ])
    }

    @Test func reportYAMLOutputThroughALinkStaysInsideTheProject() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let documents = Self.documents(in: temp)
        let before = tree(documents)
        try Self.link(project.appendingPathComponent("published"), to: documents.path)
        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml + "output: published/site\n")
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        let r = try Self.run(["build", project.path])
        #expect(r.status == 1)
        #expect(Self.errors(r) == [
            "report.yaml:\(line): error: key \"output\": the folder \"published/site\" leads outside the project (\(ProjectFilesPath.real(documents))): expected a folder inside it (a site elsewhere is written with --output)",
        ])
        #expect(tree(documents) == before)
        // The user's own --output may point anywhere.
        let ok = try Self.run(["build", project.path, "--output", documents.appendingPathComponent("site").path, "--as-of", "2026-05-15"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    /// Truncated or random cached page bodies are a miss: the campaign is built again and the
    /// site is a clean build's (before, they were published as pages).
    @Test(arguments: ["truncated", "random"])
    func aDamagedCacheIsAMiss(_ damage: String) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let clean = temp.url.appendingPathComponent("clean")
        #expect(try Self.run(["build", project.path, "--output", clean.path, "--as-of", "2026-05-15", "--no-cache"]).status == 0)
        #expect(try Self.run(["build", project.path, "--as-of", "2026-05-15"]).status == 0)
        let campaigns = project.appendingPathComponent("._site.cache/campaigns")
        var damaged = 0
        for entry in try FileManager.default.contentsOfDirectory(atPath: campaigns.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: campaigns.appendingPathComponent(entry).path) where name.hasPrefix("body-") {
                let url = campaigns.appendingPathComponent(entry).appendingPathComponent(name)
                let bytes = try Data(contentsOf: url)
                let replaced = damage == "truncated" ? bytes.prefix(bytes.count / 2) : Data((0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
                try replaced.write(to: url)
                damaged += 1
            }
        }
        #expect(damaged >= 2)
        // Without the previous site, every page comes from the cache's bodies.
        try FileManager.default.removeItem(at: project.appendingPathComponent("_site"))
        let r = try Self.run(["build", project.path, "--as-of", "2026-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(tree(project.appendingPathComponent("_site")) == tree(clean))
    }

    /// Leftovers of builds killed with `kill -9` (pids that no longer run) are removed; a live
    /// build's staging folder is left alone.
    @Test func onlyDeadBuildsLeftoversAreRemoved() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let alive = ProcessInfo.processInfo.processIdentifier
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno == EPERM { dead -= 1 }
        for name in ["._site.tmp-\(dead)", "._site.old-\(dead)", "._site.tmp-\(dead)-spill", "._site.tmp-\(alive)"] {
            temp.write("basic/\(name)/.report-site", "x")
            temp.write("basic/\(name)/index.html", "half")
        }
        let r = try Self.run(["build", project.path, "--as-of", "2026-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix("._site") }.sorted()
        #expect(names == ["._site.cache", "._site.lock", "._site.tmp-\(alive)"])
    }

    /// Builds of one output at once, some killed with SIGKILL half-way: every build that ends
    /// leaves the same site as a clean build, marker included, and no leftovers stay.
    @Test func concurrentAndKilledBuildsLeaveAWholeSite() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let clean = temp.url.appendingPathComponent("clean")
        #expect(try Self.run(["build", project.path, "--output", clean.path, "--as-of", "2026-05-15", "--no-cache"]).status == 0)
        let exe = try #require(CommandLineTests.executable)
        let output = project.appendingPathComponent("_site")
        var environment = ProcessInfo.processInfo.environment
        environment["REPORT_RESOURCES"] = Repo.root.path
        var processes: [Process] = []
        for i in 0..<6 {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["build", project.path, "--as-of", "2026-05-15", "--quiet"] + (i % 2 == 0 ? [] : ["--no-cache"])
            p.environment = environment
            p.standardError = FileHandle.nullDevice
            try p.run()
            processes.append(p)
        }
        // Two of them killed at once, whatever they were doing.
        Thread.sleep(forTimeInterval: 0.05)
        kill(processes[1].processIdentifier, SIGKILL)
        kill(processes[4].processIdentifier, SIGKILL)
        for p in processes { p.waitUntilExit() }
        for (i, p) in processes.enumerated() where i != 1 && i != 4 { #expect(p.terminationStatus == 0) }
        // One more build clears what the killed ones left.
        #expect(try Self.run(["build", project.path, "--as-of", "2026-05-15"]).status == 0)
        #expect(tree(output) == tree(clean))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix("._site.tmp") || $0.hasPrefix("._site.old") }
        #expect(leftovers.isEmpty)
    }
}

/// realpath(3) of a test folder, as the messages print it.
enum ProjectFilesPath {
    static func real(_ url: URL) -> String {
        guard let p = realpath(url.path, nil) else { return url.path }
        defer { free(p) }
        return String(cString: p)
    }
}
