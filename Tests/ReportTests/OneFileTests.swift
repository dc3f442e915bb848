import Foundation
import Testing
import ReportSite

/// `report` is one file: a copy of the executable, anywhere, builds a site with the templates
/// and theme compiled into it; `REPORT_RESOURCES` still overrides them.
extension CommandLineTests {
    @Test func aCopyOfTheExecutableBuildsWithoutTheRepository() throws {
        let temp = TemporaryFolder()
        let exe = try #require(Self.executable, "the report executable is built by swift test")
        let copy = temp.url.appendingPathComponent("bin/report")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exe, to: copy)
        let project = try temp.copyFixture("basic")
        let site = temp.url.appendingPathComponent("site")
        let r = try run(["build", project.path, "--output", site.path, "--as-of", "2026-05-15"], executable: copy, resources: nil, in: temp.url)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stderr.split(separator: "\n").dropLast().last?.hasPrefix("report: built 10 pages for 2 campaigns, 6 posts, in ") == true)
        let page = try String(contentsOf: site.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        let style = try String(contentsOf: Repo.root.appendingPathComponent("site/style.css"), encoding: .utf8)
        #expect(page.contains(style), "the built-in theme is inlined")
        let check = try run(["check", project.path], executable: copy, resources: nil, in: temp.url)
        #expect(check.status == 0)
    }

    @Test func reportResourcesOverridesTheBuiltinFiles() throws {
        let temp = TemporaryFolder()
        let resources = temp.url.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        for folder in ["templates", "site"] {
            try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(folder), to: resources.appendingPathComponent(folder))
        }
        temp.write("theme/site/style.css", "body { color: rebeccapurple; }\n")
        let project = try temp.copyFixture("basic")
        let site = temp.url.appendingPathComponent("site")
        let r = try run(["build", project.path, "--output", site.path, "--quiet"], resources: resources.path)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let page = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("body { color: rebeccapurple; }"))

        let wrong = try run(["build", project.path, "--output", site.path], resources: temp.url.path)
        #expect(wrong.status == 3)
        #expect(wrong.stderr == "report: REPORT_RESOURCES does not name a folder holding templates/en-US/campaign.md and site/layout.html; unset it to use the built-in templates and theme\n")
    }

    @Test func versionPrintsTheVersion() throws {
        let r = try run(["--version"], resources: nil)
        #expect(r.status == 0)
        #expect(r.stdout == "report \(ReportVersion.number)\n")
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesTheSubcommands(shell: String) throws {
        let r = try run(["--generate-completion-script", shell], resources: nil)
        #expect(r.status == 0)
        #expect(r.stdout.count > 200)
        for subcommand in ["build", "check", "init", "serve"] {
            #expect(r.stdout.contains(subcommand), "\(shell) completion names \(subcommand)")
        }
        #expect(r.stdout.contains("as-of"))
    }
}
