import ArgumentParser
import Foundation
import ReportCore
import ReportSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site of a project (or of one campaign folder).")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print a JSON summary of the build (or of its errors) on stdout.")
    var json = false

    @Flag(help: "Also write downloads/<id>.eml: a draft email per campaign with its summary and the one-file report attached.")
    var email = false

    @Flag(help: "After the summary, print the thread-seconds each stage took (read, compute, render, project, write).")
    var timings = false

    func run() throws {
        let started = Date()
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error(Console.badResourcesFolder)
            throw ExitCode(3)
        }
        var options = site.buildOptions(resources: resources)
        options.email = email
        if timings { options.clock = StageClock() }
        do {
            // A progress line per stage on a terminal, with the time so far; CI logs get the summary line only.
            let showProgress = !quiet && isatty(STDERR_FILENO) != 0
            let builder = SiteBuilder(path: URL(fileURLWithPath: site.path), options: options) { stage in
                if showProgress { Console.error(String(format: "report: [%5.1f s] ", Date().timeIntervalSince(started)) + stage) }
            }
            let summary = try builder.build(today: Console.todayUTC())
            if json { Console.json(DiagnosticReport.buildJSON(summary, diagnostics: summary.warnings, seconds: Date().timeIntervalSince(started))) }
            for w in summary.warnings where w.severity == .warning && !quiet { Console.error(w.description) }
            if !quiet {
                let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
                Console.error("report: built \(summary.pages) \(summary.pages == 1 ? "page" : "pages") for \(summary.campaigns) \(summary.campaigns == 1 ? "campaign" : "campaigns"), \(summary.posts) \(summary.posts == 1 ? "post" : "posts"), in \(seconds) s → \(summary.output.path)")
                Console.error("report: " + summary.reviewLine)
            }
            if let clock = options.clock { Console.errorText(clock.report) }
        } catch {
            if json { Console.json(DiagnosticReport.buildJSON(nil, diagnostics: error.diagnostics, seconds: Date().timeIntervalSince(started))) }
            for d in error.diagnostics where !(quiet && d.severity == .warning) { Console.error(d.description) }
            let count = error.errors.count
            Console.error("report: build failed with \(count) error\(count == 1 ? "" : "s"); the previous site is unchanged")
            throw ExitCode(1)
        }
    }
}
