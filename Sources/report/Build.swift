import ArgumentParser
import Foundation
import ReportCore
import ReportSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site of a project (or of one campaign folder).")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let started = Date()
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error("report: cannot find the built-in templates/ and site/ folders; set REPORT_RESOURCES to the folder holding them")
            throw ExitCode(3)
        }
        let options = site.buildOptions(resources: resources)
        do {
            // A progress line per stage on a terminal; CI logs get the summary line only.
            let showProgress = !quiet && isatty(STDERR_FILENO) != 0
            let builder = SiteBuilder(path: URL(fileURLWithPath: site.path), options: options) { stage in
                if showProgress { Console.error("report: " + stage) }
            }
            let summary = try builder.build(today: Console.todayUTC())
            for w in summary.warnings where w.severity == .warning && !quiet { Console.error(w.description) }
            if !quiet {
                let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
                Console.error("report: built \(summary.pages) pages for \(summary.campaigns) campaigns, \(summary.posts) posts, in \(seconds) s → \(summary.output.path)")
            }
        } catch {
            for d in error.diagnostics where !(quiet && d.severity == .warning) { Console.error(d.description) }
            let count = error.errors.count
            Console.error("report: build failed with \(count) error\(count == 1 ? "" : "s"); the previous site is unchanged")
            throw ExitCode(1)
        }
    }
}
