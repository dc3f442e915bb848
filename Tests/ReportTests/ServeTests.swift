import Foundation
import ReportCore
import ReportServe
import ReportSite
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `report serve` through a real socket: the live-reload script only in served pages, rebuilds
/// on a save, the errors of a failed build over the last good page, and nothing outside the
/// output folder. Each test starts its own server on a free port.
@Suite(.serialized) struct ServeTests {
    /// The most a test waits for a rebuild. The tests poll, so a rebuild passes as soon as it
    /// is served (0.3 to 0.6 s after the save here); the bound is that high only because the
    /// other suites run in parallel on 2 cores, where the first build of this fixture was seen
    /// to take 33 s.
    static let patience: Duration = .seconds(30)

    /// A copy of the basic fixture served from `project/_site`.
    final class Preview {
        let temp = TemporaryFolder()
        let project: URL
        let output: URL
        let server: PreviewServer
        let port: UInt16
        let events = EventLog()

        /// `resources`: a copy of the built-in templates/ and site/, watched as under REPORT_RESOURCES.
        init(resources: URL? = nil) async throws {
            project = try temp.copyFixture("basic")
            output = project.appendingPathComponent("_site")
            var build = BuildOptions.test(output: output)
            var extraInputs: [URL] = []
            if let resources {
                build.resources = .folder(resources)
                extraInputs = [resources.appendingPathComponent("templates"), resources.appendingPathComponent("site")]
            }
            let options = ServeOptions(path: project, build: build, port: 0, extraInputs: extraInputs)
            let events = self.events
            server = try PreviewServer(options: options, today: { Day(ordinal: 20_000) }, report: { events.append($0) })
            let url = try await server.start()
            port = try #require(url.port.map(UInt16.init))
        }

        func stop() async { await server.stop() }

        func get(_ target: String, method: String = "GET") async throws -> HTTPReply {
            try await HTTPReply.fetch(port: port, target: target, method: method)
        }

        /// Replaces `old` by `new` in a file of the project (or elsewhere), as an editor saves it.
        func edit(_ relative: String, in folder: URL? = nil, _ old: String, _ new: String) throws {
            let url = (folder ?? project).appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }

        /// Fetches `target` until `condition` holds, for at most `patience`; the last reply.
        func poll(_ target: String, until condition: (HTTPReply) -> Bool) async throws -> HTTPReply {
            let deadline = ContinuousClock.now + ServeTests.patience
            while true {
                let reply = try await get(target)
                if condition(reply) || ContinuousClock.now > deadline { return reply }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    final class EventLog: Sendable {
        private let events = Mutex<[ServeEvent]>([])
        func append(_ e: ServeEvent) { events.withLock { $0.append(e) } }
        var all: [ServeEvent] { events.withLock { $0 } }

        /// A process's stderr as it arrives.
        final class Text: Sendable {
            private let data = Mutex(Data())
            func append(_ d: Data) { data.withLock { $0.append(d) } }
            var text: String { String(decoding: data.withLock { $0 }, as: UTF8.self) }
        }
    }

    @Test func servedPagesHaveTheReloadScriptAndWrittenFilesDoNot() async throws {
        let preview = try await Preview()
        let index = try await preview.get("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.body.contains("<script id=\"__report-live\">"))
        #expect(index.body.contains("Spring launch"))
        #expect(!index.body.contains("__report-errors"))
        let campaign = try await preview.get("/campaigns/spring/")
        #expect(campaign.status == 200 && campaign.body.contains("<script id=\"__report-live\">"))
        let download = try await preview.get("/downloads/spring.html")
        #expect(download.status == 200 && download.body.contains("<script id=\"__report-live\">"))
        // The same pages on disk: not a script in any file of the site.
        let files = tree(preview.output)
        #expect(files["index.html"] != nil)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script") && !text.contains("__report"), "\(path) has a script")
        }
        await preview.stop()
    }

    @Test func contentTypesFoldersAndUntouchedBodies() async throws {
        let preview = try await Preview()
        let redirect = try await preview.get("/campaigns/spring")
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/campaigns/spring/")
        // Files added to the output (not an input: no rebuild) are served as they are.
        let extra: [(String, String)] = [
            ("kpis.json", "application/json; charset=utf-8"), ("kpis.csv", "text/csv; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("x/book.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ("x/mail.eml", "message/rfc822"), ("x/pic.png", "image/png"), ("x/chart.svg", "image/svg+xml"),
        ]
        for (path, _) in extra where path.hasPrefix("x/") {
            let url = preview.output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("</body> \(path)".utf8).write(to: url)
        }
        try Data("{}".utf8).write(to: preview.output.appendingPathComponent("kpis.json"))
        for (path, type) in extra {
            let reply = try await preview.get("/" + path)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.headers["content-type"] == type, "\(path)")
            let onDisk = try Data(contentsOf: preview.output.appendingPathComponent(path))
            #expect(reply.data == onDisk, "\(path) is sent byte for byte")
        }
        let head = try await preview.get("/robots.txt", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(try Data(contentsOf: preview.output.appendingPathComponent("robots.txt")).count))
        #expect(try await preview.get("/nothing.html").status == 404)
        #expect(try await preview.get("/favicon.ico").status == 204)
        #expect(try await preview.get("/.report-site").status == 404)
        #expect(try await preview.get("/", method: "POST").status == 405)
        #expect(preview.events.all.count == 1, "writing into the output folder does not rebuild")
        await preview.stop()
    }

    @Test func anEditRebuildsAndTheOpenPageIsToldToReload() async throws {
        let preview = try await Preview()
        let page = try await preview.get("/campaigns/spring/")
        let generation = try #require(HTTPReply.generation(in: page.body))
        // The page's long poll, already waiting when the file is saved.
        let port = preview.port
        async let answer = HTTPReply.fetch(port: port, target: "/__report/wait?since=" + generation, method: "GET")
        try await Task.sleep(for: .milliseconds(100))
        let saved = ContinuousClock.now
        try preview.edit("campaigns/spring/campaign.yaml", "name: Spring launch", "name: Spring relaunch")
        var told = try await answer
        // A long poll answers after 10 s without a build: ask again while the build runs.
        while told.body.contains(generation), ContinuousClock.now - saved < ServeTests.patience {
            told = try await preview.get("/__report/wait?since=" + generation)
        }
        let waited = ContinuousClock.now - saved
        #expect(told.status == 200 && told.headers["content-type"] == "application/json; charset=utf-8")
        #expect(!told.body.contains(generation) && told.body.contains("\"ok\":true"))
        #expect(waited < ServeTests.patience)
        let rebuilt = try await preview.poll("/campaigns/spring/") { $0.body.contains("Spring relaunch") }
        #expect(rebuilt.body.contains("Spring relaunch"))
        #expect(HTTPReply.generation(in: rebuilt.body) != generation)
        // A long poll with the current generation waits; one with an old one answers at once.
        let stale = try await preview.get("/__report/wait?since=" + generation)
        #expect(stale.status == 200 && !stale.body.contains(generation))
        await preview.stop()
    }

    @Test func aFailedBuildShowsItsErrorsOverTheLastGoodSite() async throws {
        let preview = try await Preview()
        let before = try Data(contentsOf: preview.output.appendingPathComponent("campaigns/spring/index.html"))
        try preview.edit("campaigns/spring/campaign.yaml", "objective: sales", "objective: \"<sales>\"")
        let broken = try await preview.poll("/campaigns/spring/") { $0.body.contains("id=\"__report-errors\"") }
        #expect(broken.status == 200)
        // The located error, escaped as text, above the previous page.
        #expect(broken.body.contains("campaigns/spring/campaign.yaml:3:12: error: key &quot;objective&quot;: expected one of awareness, engagement, sales, leads, ugc, ambassador, found &quot;&lt;sales&gt;&quot;"))
        #expect(!broken.body.contains("<sales>"))
        #expect(broken.body.contains("Spring launch"))
        #expect(try Data(contentsOf: preview.output.appendingPathComponent("campaigns/spring/index.html")) == before)
        // Every page shows it, a missing one too, so it reloads when the input is fixed.
        let index = try await preview.get("/")
        #expect(index.body.contains("id=\"__report-errors\"") && index.body.contains("campaign.yaml:3:12: error:"))
        let missing = try await preview.get("/nothing.html")
        #expect(missing.status == 404 && missing.body.contains("id=\"__report-errors\"") && missing.body.contains("__report-live"))
        // And in the terminal, as `report build` prints it.
        let failed = preview.events.all.compactMap { if case let .failed(list, _) = $0 { list } else { nil } }
        #expect(failed.first?.errors.map(\.description) == [
            "campaigns/spring/campaign.yaml:3:12: error: key \"objective\": expected one of awareness, engagement, sales, leads, ugc, ambassador, found \"<sales>\"",
        ])
        // Fixed: the overlay goes.
        try preview.edit("campaigns/spring/campaign.yaml", "objective: \"<sales>\"", "objective: sales")
        let fixed = try await preview.poll("/campaigns/spring/") { !$0.body.contains("id=\"__report-errors\"") }
        #expect(!fixed.body.contains("id=\"__report-errors\"") && fixed.body.contains("Spring launch"))
        await preview.stop()
    }

    @Test func editsToTheProjectsAndTheBuiltInTemplatesRebuild() async throws {
        let resources = TemporaryFolder()
        for folder in ["templates", "site"] {
            try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(folder), to: resources.url.appendingPathComponent(folder))
        }
        let preview = try await Preview(resources: resources.url)
        // The built-in layout, as when REPORT_RESOURCES points at a working copy.
        try preview.edit("site/layout.html", in: resources.url, "<footer class=\"site\">", "<footer class=\"site\" data-theme=\"edited\">")
        let themed = try await preview.poll("/") { $0.body.contains("data-theme=\"edited\"") }
        #expect(themed.body.contains("data-theme=\"edited\""))
        // A project's own override of it.
        let layout = try String(contentsOf: resources.url.appendingPathComponent("site/layout.html"), encoding: .utf8)
        let override = preview.project.appendingPathComponent("site/layout.html")
        try FileManager.default.createDirectory(at: override.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(layout.replacingOccurrences(of: "data-theme=\"edited\"", with: "data-theme=\"project\"").utf8).write(to: override)
        let overridden = try await preview.poll("/") { $0.body.contains("data-theme=\"project\"") }
        #expect(overridden.body.contains("data-theme=\"project\""))
        await preview.stop()
    }

    @Test func theCommandServesAndRefusesABusyPort() async throws {
        let exe = try #require(CommandLineTests.executable, "the report executable is built by swift test")
        let preview = try await Preview()
        // The port of a running server: a second one cannot listen there.
        let busy = try CommandLineTests().run(["serve", preview.project.path, "--port", String(preview.port), "--output", preview.temp.url.appendingPathComponent("other").path])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("report: cannot listen on 127.0.0.1:\(preview.port) ("))
        await preview.stop()
        // On a free port: the address on stderr, then the site there.
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let process = Process()
        process.executableURL = exe
        process.arguments = ["serve", project.path, "--port", "0", "--output", temp.url.appendingPathComponent("site").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["REPORT_RESOURCES": Repo.root.path]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let stderr = EventLog.Text()
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        try process.run()
        defer {
            // `report serve` ends on SIGTERM; SIGKILL after 5 s so a regression cannot hang the suite.
            process.terminate()
            let stopBy = Date().addingTimeInterval(5)
            while process.isRunning, Date() < stopBy { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let deadline = ContinuousClock.now + ServeTests.patience
        var port: UInt16?
        while port == nil, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            if let range = stderr.text.range(of: "report: serving http://127.0.0.1:") {
                port = UInt16(stderr.text[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let served = try #require(port, "no address on stderr: \(stderr.text)")
        #expect(stderr.text.contains("report: built 10 pages for 2 campaigns, 6 posts, in "))
        let index = try await HTTPReply.fetch(port: served, target: "/", method: "GET")
        #expect(index.status == 200 && index.body.contains("<script id=\"__report-live\">"))
        process.terminate()
        let stopBy = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < stopBy { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!process.isRunning, "SIGTERM stops report serve")
    }

    @Test func nothingOutsideTheOutputIsServed() async throws {
        let preview = try await Preview()
        let fm = FileManager.default
        // Inside the output: a link to a file outside, one to a folder outside, one inside.
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("leak.yaml").path,
                                  withDestinationPath: preview.project.appendingPathComponent("report.yaml").path)
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("project").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: preview.output.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
        // Leaving the folder, however it is spelt, or through a link: 403.
        let refused = [
            "/../report.yaml", "/../../etc/passwd", "/campaigns/../../report.yaml",
            "/%2e%2e/report.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/report.yaml",
            "/..%2Freport.yaml", "/campaigns%2F..%2F..%2Freport.yaml", "/%2F..%2Freport.yaml", "/%2Fetc%2Fpasswd", "/..%5Creport.yaml",
            "/leak.yaml", "/project/report.yaml", "/project/",
            "http://127.0.0.1/../report.yaml",
        ]
        // An absolute path is a path under the output: 404.
        let absent = ["/etc/passwd", "//etc/passwd", preview.project.appendingPathComponent("report.yaml").path]
        for (target, status) in refused.map({ ($0, 403) }) + absent.map({ ($0, 404) }) {
            let reply = try await preview.get(target)
            #expect(reply.status == status, "\(target)")
            #expect(!reply.body.contains("Fixture reports") && !reply.body.contains("root:"), "\(target) leaked a file")
        }
        #expect(try await preview.get("/home.html").status == 200)
        await preview.stop()
    }

    @Test func theWatcherSkipsTheOutputAndHiddenEntries() throws {
        let temp = TemporaryFolder()
        temp.write("p/report.yaml", "title: x\n")
        temp.write("p/campaigns/a/campaign.yaml", "name: a\n")
        temp.write("p/_site/index.html", "<p>")
        temp.write("p/.git/HEAD", "ref")
        temp.write("p/campaigns/a/.campaign.yaml.swp", "swap")
        let root = temp.url.appendingPathComponent("p")
        let watcher = InputWatcher(roots: [root])
        let first = watcher.scan(excluding: [root.appendingPathComponent("_site")])
        #expect(Set(first.keys.map { String($0.dropFirst(root.path.count + 1)) }) == ["report.yaml", "campaigns/a/campaign.yaml"])
        temp.write("p/_site/index.html", "<p>changed")
        #expect(watcher.scan(excluding: [root.appendingPathComponent("_site")]) == first)
        temp.write("p/campaigns/a/campaign.yaml", "name: b\n")
        #expect(watcher.scan(excluding: [root.appendingPathComponent("_site")]) != first)
    }

    @Test func theScriptGoesBeforeTheLastBodyEndOrAtTheEnd() {
        let page = LiveReload.inject(into: "<html><body><p>x</p></BODY></html>", generation: "g-1", errors: [])
        #expect(page.hasPrefix("<html><body><p>x</p><script id=\"__report-live\">"))
        #expect(page.hasSuffix("</script>\n</BODY></html>"))
        let bare = LiveReload.inject(into: "<p>x</p>", generation: "g-1", errors: [.error("a.yaml", 1, "<b> & \"c\"")])
        #expect(bare.hasPrefix("<p>x</p><div id=\"__report-errors\""))
        #expect(bare.contains("a.yaml:1: error: &lt;b&gt; &amp; &quot;c&quot;"))
    }
}

/// A reply read off a plain socket. The request goes out exactly as written — no client
/// library removes `..` or decodes `%2F` first.
struct HTTPReply {
    let status: Int
    /// Lower-cased names.
    let headers: [String: String]
    let data: Data
    var body: String { String(decoding: data, as: UTF8.self) }

    /// The generation a served page waits after.
    static func generation(in page: String) -> String? {
        guard let start = page.range(of: "var seen = \"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Runs on a Dispatch thread, so blocking reads never hold a thread of the test's pool.
    static func fetch(port: UInt16, target: String, method: String) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(port: port, request: "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n") })
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func exchange(port: UInt16, request: String) throws -> HTTPReply {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(fd) }
        // The long poll answers within 10 s.
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: errno \(errno)") }
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, 0) == bytes.count else { throw Failure(description: "send: errno \(errno)") }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 { throw Failure(description: "recv: errno \(errno)") }
            if n == 0 { break }
            received += buffer[0..<n]
        }
        return try parse(received)
    }

    private static func parse(_ bytes: [UInt8]) throws -> HTTPReply {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0...max(0, bytes.count - 4)).first(where: { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator }) else {
            throw Failure(description: "no header end in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, data: Data(bytes[(end + 4)...]))
    }
}
