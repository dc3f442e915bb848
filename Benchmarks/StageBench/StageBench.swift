import ArgumentParser
import Foundation
import ReportCore
import ReportSite

/// The stage benchmark of docs/performance.md: builds a copy of a project (never the project
/// itself) in release mode and prints, per stage, the thread-seconds of a full build without the
/// cache, a cold build writing it, a build after one campaign's posts.csv changed, a build with
/// nothing changed and one after report.yaml's title changed; then checks each incremental site
/// against a clean build byte for byte.
@main
struct StageBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report-stages",
                                                    abstract: "Time report build stage by stage: full, cold cache, incremental.")

    @Argument(help: "The project folder (copied first; the copy is built).")
    var project: String

    @Option(help: "Runs of each timed scenario (the median is shown).")
    var runs = 3

    @Option(help: "Threads (default: one per core).")
    var jobs: Int?

    @Option(help: "Campaign whose posts.csv is edited for the incremental builds (default: the middle one).")
    var campaign: String?

    @Option(help: "Work folder for the copy and the sites (default: a new folder beside the project).")
    var work: String?

    func run() throws {
        let fm = FileManager.default
        let source = URL(fileURLWithPath: project).standardizedFileURL
        let workURL = URL(fileURLWithPath: work ?? source.deletingLastPathComponent().appendingPathComponent(".report-stages-\(getpid())").path)
        try? fm.removeItem(at: workURL)
        try fm.createDirectory(at: workURL, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: workURL) }
        let copy = workURL.appendingPathComponent("project")
        try fm.copyItem(at: source, to: copy)
        let output = workURL.appendingPathComponent("site")
        let cacheFolder = workURL.appendingPathComponent(".site.cache")
        let today = Day(ordinal: Int(Date().timeIntervalSince1970 / 86_400))

        func build(cache: Bool, into out: URL = output) throws -> (wall: Double, clock: StageClock) {
            var options = BuildOptions(output: out, resources: .embedded)
            options.cache = cache
            options.jobs = jobs
            let clock = StageClock()
            options.clock = clock
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try SiteBuilder(path: copy, options: options).build(today: today)
            } catch {
                for d in error.diagnostics { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
                throw ExitCode(1)
            }
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, clock)
        }
        /// The median run of a scenario.
        func median(_ results: [(wall: Double, clock: StageClock)]) -> (wall: Double, clock: StageClock) {
            results.sorted { $0.wall < $1.wall }[results.count / 2]
        }

        let campaigns = try fm.contentsOfDirectory(atPath: copy.appendingPathComponent("campaigns").path).filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
        let edited = campaign ?? campaigns[campaigns.count / 2]
        let posts = copy.appendingPathComponent("campaigns/\(edited)/posts.csv")
        guard fm.fileExists(atPath: posts.path) else { throw ValidationError("\(edited): no posts.csv in the campaign folder") }

        log("full builds without the cache (\(runs) runs)")
        var full: [(wall: Double, clock: StageClock)] = []
        for _ in 0..<runs {
            try? fm.removeItem(at: output)
            full.append(try build(cache: false))
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024 / 1024  // bytes on Darwin
        #endif

        log("cold build writing the cache")
        try? fm.removeItem(at: output)
        try? fm.removeItem(at: cacheFolder)
        let cold = try build(cache: true)

        log("incremental builds: \(edited)/posts.csv edited before each (\(runs) runs)")
        var incremental: [(wall: Double, clock: StageClock)] = []
        for run in 0..<runs {
            try PostsEdit.bumpFirstCount(in: posts, by: run + 1)
            incremental.append(try build(cache: true))
        }
        log("nothing changed (\(runs) runs)")
        var unchanged: [(wall: Double, clock: StageClock)] = []
        for _ in 0..<runs { unchanged.append(try build(cache: true)) }

        log("clean build of the edited project, compared with the incremental site")
        let clean = workURL.appendingPathComponent("clean")
        _ = try build(cache: false, into: clean)
        var differences = TreeComparison.differences(output, clean)

        // report.yaml's title renamed: every page shows it.
        log("report.yaml title renamed before each build (\(runs) runs)")
        var retitled: [(wall: Double, clock: StageClock)] = []
        let settingsFile = copy.appendingPathComponent("report.yaml")
        for run in 0..<runs {
            try TitleEdit.rename(in: settingsFile, run: run + 1)
            retitled.append(try build(cache: true))
        }
        log("clean build of the renamed project, compared with the incremental site")
        try? fm.removeItem(at: clean)
        _ = try build(cache: false, into: clean)
        differences += TreeComparison.differences(output, clean).map { "after the title change: " + $0 }

        let columns = [median(full), cold, median(incremental), median(unchanged), median(retitled)]
        print("| stage (thread-seconds) | full build, no cache | cold build writing the cache | one posts.csv edited | nothing changed | report.yaml title changed |")
        print("|---|---:|---:|---:|---:|---:|")
        for stage in StageClock.Stage.allCases {
            let cells = columns.map { column in String(format: "%.3f", column.clock.totals.first { $0.stage == stage }?.seconds ?? 0) }
            print("| \(stage.rawValue) | " + cells.joined(separator: " | ") + " |")
        }
        print("| **wall (s)** | " + columns.map { String(format: "**%.3f**", $0.wall) }.joined(separator: " | ") + " |")
        print("")
        print(String(format: "incremental / full = %.1f %%; nothing changed / full = %.1f %%; title changed / full = %.1f %%",
                     median(incremental).wall / median(full).wall * 100, median(unchanged).wall / median(full).wall * 100,
                     median(retitled).wall / median(full).wall * 100))
        print(String(format: "peak resident memory after the full builds: %.0f MB", peakMB))
        print("full walls: " + full.map { String(format: "%.3f", $0.wall) }.joined(separator: " ")
              + "; incremental walls: " + incremental.map { String(format: "%.3f", $0.wall) }.joined(separator: " "))
        print(differences.isEmpty ? "incremental sites = clean builds (posts edit, title change): identical, \(TreeComparison.count(clean)) files"
                                  : "incremental site differs from a clean build: " + differences.prefix(10).joined(separator: ", "))
        if !differences.isEmpty { throw ExitCode(1) }
    }

    func log(_ line: String) { FileHandle.standardError.write(Data("report-stages: \(line)\n".utf8)) }
}
