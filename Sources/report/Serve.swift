import ArgumentParser
import Foundation
import ReportCore
import ReportServe
import ReportSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on 127.0.0.1, rebuild when an input changes and reload the open page."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Port on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 8000

    func run() async throws {
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error("report: cannot find the built-in templates/ and site/ folders; set REPORT_RESOURCES to the folder holding them")
            throw ExitCode(3)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("\(site.path): error: not a folder: expected a report project (a folder holding campaigns/) or a campaign folder")
            throw ExitCode(1)
        }
        let build = site.buildOptions(resources: resources)
        // A working copy of the built-in templates (theme development) is watched too.
        let watched = resources.folder.map { [$0.appendingPathComponent("templates"), $0.appendingPathComponent("site")] } ?? []
        let options = ServeOptions(path: URL(fileURLWithPath: site.path), build: build, port: port, extraInputs: watched)
        // Each connection takes a descriptor: the soft limit (256 on macOS) goes up to the hard one.
        DescriptorLimit.raise()
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options, today: { Console.todayUTC() }, report: Self.report)
        } catch {
            Console.error("report: \(error)")
            throw ExitCode(1)
        }
        // The server runs in tasks and this one only waits; Ctrl-C or kill ends the process,
        // even when started by a parent that blocks those signals (Foundation's Process, run
        // from a Dispatch thread, passes its blocked mask on).
        var stops = sigset_t()
        sigemptyset(&stops)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stops, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
        do {
            let url = try await server.start()
            Console.error("report: serving \(url.absoluteString) — edits rebuild the site and reload the page; Ctrl-C stops")
        } catch {
            Console.error("report: \(error)")
            throw ExitCode(1)
        }
        // Serves until a signal ends the process.
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    /// Each build's outcome in the terminal, as `report build` prints it.
    @Sendable static func report(_ event: ServeEvent) {
        switch event {
        case let .built(summary, seconds):
            for w in summary.warnings where w.severity == .warning { Console.error(w.description) }
            Console.error("report: built \(summary.pages) \(summary.pages == 1 ? "page" : "pages") for \(summary.campaigns) \(summary.campaigns == 1 ? "campaign" : "campaigns"), \(summary.posts) \(summary.posts == 1 ? "post" : "posts"), in \(String(format: "%.2f", seconds)) s → \(summary.output.path)")
            Console.error("report: " + summary.reviewLine + " (shown at /__report/review)")
        case let .failed(list, _):
            for d in list.diagnostics { Console.error(d.description) }
            let count = list.errors.count
            Console.error("report: build failed with \(count) error\(count == 1 ? "" : "s"); the last good site is still served")
        }
    }
}
