import FlyingFox
import FlyingSocks
import Foundation
import Synchronization
import ReportCore
import ReportLoading
import ReportSite

/// What `report serve` is given.
public struct ServeOptions: Sendable {
    public var path: URL
    public var build: BuildOptions
    /// On 127.0.0.1; 0 takes any free port (tests).
    public var port: UInt16
    /// Folders watched besides the project: the built-in templates/ and site/ when
    /// REPORT_RESOURCES points at a working copy of them.
    public var extraInputs: [URL]
    /// Seconds between two scans of the inputs.
    public var interval: Double

    public init(path: URL, build: BuildOptions, port: UInt16, extraInputs: [URL] = [], interval: Double = 0.1) {
        self.path = path
        self.build = build
        self.port = port
        self.extraInputs = extraInputs
        self.interval = interval
    }
}

/// A build of the preview ended, for the terminal.
public enum ServeEvent: Sendable {
    case built(BuildSummary, seconds: Double)
    /// The last good site stays served.
    case failed(DiagnosticList, seconds: Double)
}

public enum ServeError: Error, CustomStringConvertible {
    case cannotListen(port: UInt16, reason: String)

    public var description: String {
        switch self {
        case let .cannotListen(port, reason):
            "cannot listen on 127.0.0.1:\(port) (\(reason)); another program may be using the port: choose another with --port"
        }
    }
}

/// `report serve`: builds the site, serves the output folder on 127.0.0.1, scans the inputs
/// every `interval` (100 ms: a scan is one `stat` per input, a few milliseconds for the 1,600 files of the
/// benchmark's large project) and rebuilds when one changed; each served page waits for the next build
/// and reloads. Builds run on a thread of their own (they are synchronous and use every core),
/// so the HTTP tasks keep answering while a build runs; a failed build keeps the previous
/// folder served and puts its errors over each page.
public final class PreviewServer: Sendable {
    public let options: ServeOptions
    private let builder: SiteBuilder
    private let today: @Sendable () -> Day
    private let report: @Sendable (ServeEvent) -> Void
    private let site: LiveSite
    private let http: LoopbackServer
    private let stopRequested = Latch()
    private let firstBuild = Latch()
    private let watchEnded = Latch()
    private let watching = Latch()

    /// `today` is the report date when neither `--as-of` nor report.yaml gives one; `report` is
    /// told each build's outcome (on the builder thread).
    public init(options: ServeOptions, today: @escaping @Sendable () -> Day, report: @escaping @Sendable (ServeEvent) -> Void) throws {
        self.options = options
        self.builder = SiteBuilder(path: options.path, options: options.build)
        self.today = today
        self.report = report
        self.site = LiveSite(root: Self.plannedOutput(options))
        self.http = LoopbackServer(handler: LiveHandler(site: site))
    }

    /// Listens, builds once, starts watching; returns the site's address once the first build
    /// ended (its outcome was reported).
    public func start() async throws -> URL {
        let port = try await http.start(port: options.port)
        guard let url = URL(string: "http://127.0.0.1:\(port)/") else {
            await http.stop()
            throw ServeError.cannotListen(port: options.port, reason: "no address")
        }
        let thread = Thread { [self] in
            watchLoop()
            watchEnded.open()
        }
        thread.stackSize = 8 << 20
        thread.name = "report serve: watch and build"
        watching.open()
        thread.start()
        await firstBuild.wait()
        return url
    }

    /// Stops watching (after the build under way, if any) and closes every connection.
    public func stop() async {
        stopRequested.open()
        await http.stop()
        if watching.opened { await watchEnded.wait() }
    }

    // MARK: - Watching and building

    private func watchLoop() {
        let root = (try? ProjectLoader(path: options.path))?.files.root ?? options.path
        let watcher = InputWatcher(roots: [root] + options.extraInputs)
        var excluded = [site.state.root, SiteBuilder.reviewFolder(for: site.state.root)]
        var baseline = watcher.scan(excluding: excluded)
        excluded = rebuild()
        firstBuild.open()
        while !stopRequested.opened {
            Thread.sleep(forTimeInterval: options.interval)
            // An incomplete scan (no descriptor left) is no change: the next round sees.
            guard var now = watcher.completeScan(excluding: excluded), now != baseline, !stopRequested.opened else { continue }
            // Let a save finish (editors write in steps): scan again until two scans agree.
            for _ in 0..<10 {
                Thread.sleep(forTimeInterval: 0.05)
                guard let again = watcher.completeScan(excluding: excluded) else { continue }
                if again == now { break }
                now = again
            }
            let before = excluded
            excluded = rebuild()
            // A file saved during the build differs from `now`, so it is built next time; when
            // the output folder itself moved (report.yaml `output`), scan again without it.
            baseline = Set(excluded.map(\.path)) == Set(before.map(\.path)) ? now : watcher.scan(excluding: excluded)
        }
    }

    /// One build; returns the folders the watcher leaves out (the output, planned and served).
    private func rebuild() -> [URL] {
        let planned = Self.plannedOutput(options)
        let started = Date()
        do {
            let summary = try builder.build(today: today())
            site.publish(root: summary.output, errors: [])
            report(.built(summary, seconds: Date().timeIntervalSince(started)))
        } catch {
            site.publish(root: nil, errors: error.errors)
            report(.failed(error, seconds: Date().timeIntervalSince(started)))
        }
        return [planned, site.state.root, SiteBuilder.reviewFolder(for: planned), SiteBuilder.reviewFolder(for: site.state.root)]
    }

    /// Where the build will write: `--output`, else report.yaml `output` (as SiteBuilder reads
    /// it), else `_site`; served until a build succeeds, and never watched.
    static func plannedOutput(_ options: ServeOptions) -> URL {
        if let output = options.build.output { return output.standardizedFileURL }
        guard let loader = try? ProjectLoader(path: options.path) else { return options.path.appendingPathComponent("_site").standardizedFileURL }
        let settings = loader.loadSettings(into: DiagnosticCollector())
        return URL(fileURLWithPath: settings.output, relativeTo: loader.defaultOutputBase).standardizedFileURL
    }
}

/// Answers every request: the long poll, then the files of the site.
struct LiveHandler: HTTPHandler {
    let site: LiveSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.target.path() == LiveReload.waitPath {
            return await waitForBuild(since: request.query.first { $0.name == "since" }?.value ?? "")
        }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        let state = site.state
        let head = request.method == .HEAD
        // The agency's review lives beside the site, never in it (site.md "Two audiences").
        var files = SiteFiles(root: state.root), target = request.target.rawValue, prefix = ""
        if let rest = Self.reviewTarget(target) {
            files = SiteFiles(root: SiteBuilder.reviewFolder(for: state.root))
            target = rest
            prefix = Self.reviewPath
            guard target.hasPrefix("/") else {
                return HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: prefix + "/", .cacheControl: "no-store"]))
            }
        }
        switch files.resolve(target) {
        case let .file(url):
            return file(url, state, head: head)
        case let .redirect(location):
            return HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: prefix + location, .cacheControl: "no-store"]))
        case .forbidden:
            return missing(.forbidden, state, head: head)
        case .notFound where request.target.path() == "/favicon.ico":
            // Browsers ask for it; the site has none, and a 404 would log an error in the console.
            return HTTPResponse(statusCode: .noContent, headers: HTTPHeaders([.cacheControl: "no-store"]))
        case .notFound:
            return missing(.notFound, state, head: head)
        }
    }

    /// Pages (HTML up to `pageLimit`) are read whole to add the reload script; every other
    /// file is streamed from its open descriptor, a chunk at a time.
    private func file(_ url: URL, _ state: LiveSite.State, head: Bool) -> HTTPResponse {
        let file: OpenFile
        do {
            file = try OpenFile(path: url.path)
        } catch .exhausted {
            var busy = LoopbackServer.plain(.serviceUnavailable, "The server has no file descriptor left; try again.")
            busy.headers[HTTPHeader("Retry-After")] = "1"
            return busy
        } catch {
            return missing(.notFound, state, head: head)
        }
        let type = SiteFiles.contentType(url.path)
        if type.hasPrefix("text/html"), file.size <= Self.pageLimit {
            guard let data = try? file.readAll() else { return missing(.notFound, state, head: head) }
            let html = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: state.generation, errors: state.errors)
            return Self.response(.ok, type, Data(html.utf8), head: head)
        }
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store", .contentLength: String(file.size)]
        if head { return HTTPResponse(statusCode: .ok, headers: headers) }
        headers[.contentLength] = nil
        return HTTPResponse(statusCode: .ok, headers: headers, body: file.body)
    }

    /// Where `report serve` shows the review.
    static let reviewPath = "/__report/review"

    /// The target within the review folder (`/__report/review/review.json` → `/review.json`;
    /// `/__report/review` → ``, which redirects to the folder's `/`); nil for a page of the site.
    static func reviewTarget(_ target: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path == reviewPath || path.hasPrefix(reviewPath + "/") else { return nil }
        return String(target.dropFirst(reviewPath.count))
    }

    /// The largest page that gets the reload script; a larger HTML file (none is built) is sent as it is.
    static let pageLimit = 16 << 20

    /// Answers when the generation differs from `since`, or after 10 s with the same one.
    private func waitForBuild(since: String) async -> HTTPResponse {
        let deadline = ContinuousClock.now + .seconds(10)
        var state = site.state
        // Checked every 10 ms: a page open in the browser learns of a build within a frame or so
        // (save → reloaded page is measured by Benchmarks/serve-latency.py).
        while state.generation == since, ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(10))
            state = site.state
        }
        let json = "{\"generation\":\"\(state.generation)\",\"ok\":\(state.errors.isEmpty)}"
        return Self.response(.ok, "application/json; charset=utf-8", Data(json.utf8), head: false)
    }

    private func missing(_ status: HTTPStatusCode, _ state: LiveSite.State, head: Bool) -> HTTPResponse {
        let page = LiveReload.missingPage(status: "\(status.code) \(status.phrase)", generation: state.generation, errors: state.errors)
        return Self.response(status, "text/html; charset=utf-8", Data(page.utf8), head: head)
    }

    private static func response(_ status: HTTPStatusCode, _ type: String, _ body: Data, head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if head { headers[.contentLength] = String(body.count) }
        return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(data: head ? Data() : body, suggestedBufferSize: OpenFile.chunk))
    }
}
