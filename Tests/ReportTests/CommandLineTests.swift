import Foundation
import Testing

/// The `report` executable as a user runs it: exit codes and the exact text on stderr.
@Suite struct CommandLineTests {
    /// The executable `swift test` built beside the test bundle.
    static var executable: URL? {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("report")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `executable` (default: the one swift test built) with `REPORT_RESOURCES` set to
    /// `resources` (nil: unset), in `directory` (default: this process's).
    func run(_ arguments: [String], executable: URL? = nil, resources: String? = Repo.root.path, in directory: URL? = nil) throws -> Run {
        let exe = try executable ?? #require(Self.executable, "the report executable is built by swift test")
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["REPORT_RESOURCES"] = resources
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func buildSucceedsAndSummarises() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let r = try run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path, "--as-of", "2026-05-15"])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "campaigns/spring/campaign.yaml:22: warning: influencer \"idle\" has no post")
        #expect(lines.dropLast().last?.hasPrefix("report: built 10 pages for 2 campaigns, 6 posts, in ") == true)
        // The agency's review, beside the site: the idle creator's warning, the flagged creator left
        // out of rankings, the summer campaign's long views n/a.
        #expect(lines.last == "report: the review holds 3 items → " + temp.url.appendingPathComponent("site.review/index.html").path)
    }

    @Test func badInputExitsOneWithLocatedMessages() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("basic/campaigns/spring/posts.csv", "post_id,influencer,format,published_at,reach\np1,ghost,reel,2026-03-03,12k\n")
        let r = try run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path])
        #expect(r.status == 1)
        #expect(r.stderr == """
        campaigns/spring/posts.csv:2: error: column "influencer": unknown handle "ghost": expected one of the campaign's influencers (claire.cuisine, tom.tok, idle)
        campaigns/spring/posts.csv:2: error: column "reach": expected a non-negative integer, found "12k"
        report: build failed with 2 errors; the previous site is unchanged

        """)
    }

    @Test func usageErrorExitsTwo() throws {
        let r = try run(["build", ".", "--as-of", "yesterday"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Error: --as-of: expected a date YYYY-MM-DD, found \"yesterday\""))
        let unknown = try run(["frobnicate"])
        #expect(unknown.status == 2)
        let jobs = try run(["build", ".", "--jobs", "0"])
        #expect(jobs.status == 2)
        #expect(jobs.stderr.hasPrefix("Error: --jobs: expected a number of threads ≥ 1, found 0"))
    }

    /// `--timings`: one line per stage after the summary, in pipeline order.
    @Test func timingsListEveryStage() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let r = try run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path, "--timings", "--jobs", "1"])
        #expect(r.status == 0)
        let stages = r.stderr.split(separator: "\n").filter { $0.hasPrefix("report: stage ") }
        #expect(stages.map { $0.split(separator: " ")[2] } == ["fingerprint", "cache", "read", "compute", "render", "project", "write"])
        #expect(stages.allSatisfy { $0.range(of: #"^report: stage [a-z]+ +[0-9]+\.[0-9]{3} s$"#, options: .regularExpression) != nil })
    }

    @Test func checkListsEveryProblemSorted() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("basic/campaigns/summer/campaign.yaml", "name: Summer\nobjective: awareness\nstart: 2026-06-01\nend: 2026-06-30\nbudjet: 5\ninfluencers:\n  - handle: lea.glow\n    platform: instagram\n    followers: -3\n")
        temp.write("basic/campaigns/spring/orders.csv", "order_id,date,revenue,currency\no1,2026-03-04,50,USD\no1,31/02/2026,x,EUR\n")
        let r = try run(["check", project.path])
        #expect(r.status == 1)
        #expect(r.stdout == """
        campaigns/spring/campaign.yaml:22: warning: influencer "idle" has no post
        campaigns/spring/orders.csv:2: error: column "currency": expected EUR, the campaign's currency, found "USD" (a report never mixes currencies)
        campaigns/spring/orders.csv:3: error: column "date": expected a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY), found "31/02/2026"
        campaigns/spring/orders.csv:3: error: column "order_id": duplicate order id "o1": already used on line 2
        campaigns/spring/orders.csv:3: error: column "revenue": expected a number, found "x"
        campaigns/summer/campaign.yaml:5:1: warning: campaign: unknown key "budjet"; did you mean "budget"?
        campaigns/summer/campaign.yaml:9:16: error: key "followers": expected an integer ≥ 0, found -3

        """)
        #expect(r.stderr == "report: 5 errors, 2 warnings\n")
    }

    /// The warnings that need the figures (kpis.md §4 budget, §5 disclosure law) are listed by
    /// `report check` too, at their campaign.yaml key; they do not fail the check.
    @Test func checkComputesTheFigureWarnings() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yaml = try String(contentsOf: project.appendingPathComponent("campaigns/summer/campaign.yaml"), encoding: .utf8)
        temp.write("basic/campaigns/summer/campaign.yaml", yaml.replacingOccurrences(of: "budget: 3000\n", with: "budget: 1000\ntarget_countries: [FR]\n"))
        let r = try run(["check", project.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("campaigns/summer/campaign.yaml:5: warning: the creators’ costs (€1,200.00) exceed the budget (€1,000.00): spend counts the creators’ costs, €200.00 above the budget\n"))
        #expect(r.stdout.contains("campaigns/summer/campaign.yaml:6: warning: the campaign targets France, and no required mention holds \"Publicité\" or \"Collaboration commerciale\", the words French law asks of sponsored content (loi n° 2023-451, art. 5)\n"))
    }

    @Test func cleanCheckExitsZero() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let r = try run(["check", project.path])
        #expect(r.status == 0)
        #expect(r.stdout == "campaigns/spring/campaign.yaml:22: warning: influencer \"idle\" has no post\n")
        #expect(r.stderr == "report: 0 errors, 1 warning\n")
    }
}
