import ArgumentParser
import Foundation
import ReportCore
import ReportLoading
import ReportSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `report build` and `report serve` both take: the project and what may override its
/// report.yaml.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The project folder, or a campaign folder holding campaign.yaml.")
    var path: String = "."

    @Option(help: "Output folder (default: report.yaml `output`, else _site in the project).")
    var output: String?

    @Option(name: .customLong("as-of"), help: "Report date, YYYY-MM-DD: decides which figures are provisional.")
    var asOf: String?

    @Option(help: "fr-FR or en-US: language of the built-in templates and number formats.")
    var locale: String?

    @Flag(name: .customLong("no-cache"), help: "Build every campaign from its files, without reading or writing the build cache beside the output.")
    var noCache = false

    @Option(help: "Threads for the parallel stages (default: one per core). The output is the same whatever the count.")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs: expected a number of threads ≥ 1, found \(jobs)")
        }
        if let asOf, DateReader.day(asOf) == nil {
            throw ValidationError("--as-of: expected a date YYYY-MM-DD, found \"\(asOf)\"")
        }
        if let locale, ReportLocale(rawValue: locale) == nil {
            throw ValidationError("--locale: expected fr-FR or en-US, found \"\(locale)\"")
        }
    }

    func buildOptions(resources: BuiltinResources) -> BuildOptions {
        var options = BuildOptions(
            output: output.map { URL(fileURLWithPath: $0) },
            asOf: asOf.flatMap(DateReader.day),
            locale: locale.flatMap(ReportLocale.init(rawValue:)),
            resources: resources
        )
        options.cache = !noCache
        options.jobs = jobs
        options.toolIdentity += SiteOptions.executableStamp
        return options
    }

    /// The running executable's size and modification time: a rebuilt `report` of the same
    /// version must not reuse pages the previous one cached.
    static var executableStamp: String {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        // No /proc: the path the executable was started from, links resolved.
        let path = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "report")).resolvingSymlinksInPath().path
        #endif
        var info = stat()
        guard stat(path, &info) == 0 else { return " (executable unknown)" }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return " \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }
}
