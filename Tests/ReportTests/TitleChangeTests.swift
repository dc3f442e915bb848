import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// report.yaml's title is in every page's frame and nowhere else: renaming the site reuses every
/// campaign's figures and swaps the frame around the previous pages, with a clean build's bytes.
extension BuildCacheTests {
    func retitle(_ project: URL, _ line: String) throws {
        let file = project.appendingPathComponent("report.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        // The title line and its continuation lines (a folded title) go; the new line comes first.
        var kept: [String] = []
        var inTitle = false
        for l in yaml.components(separatedBy: "\n") {
            if l.hasPrefix("title:") { inTitle = true; continue }
            if inTitle && l.hasPrefix("  ") { continue }
            inTitle = false
            kept.append(l)
        }
        try Data((line + "\n" + kept.joined(separator: "\n")).utf8).write(to: file)
    }

    @Test(arguments: ["en-US", "fr-FR"])
    func aRenamedSiteKeepsEveryFigureAndEqualsACleanBuild(locale: String) throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let yamlURL = project.appendingPathComponent("report.yaml")
        let yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "locale: en-US", with: "locale: \(locale)").utf8).write(to: yamlURL)
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        let json = output.appendingPathComponent("campaigns/spring/kpis.json")
        let jsonInode = inode(json)
        let workbook = output.appendingPathComponent("kpis.xlsx")
        let workbookInode = inode(workbook)

        // French spacing applies to the title in the frame ("Rapports : printemps").
        try retitle(project, "title: \"Rapports : printemps <b>!</b>\"")
        let clock = StageClock()
        _ = try build(project, into: output, clock: clock)
        for stage in [StageClock.Stage.read, .compute, .render] {
            #expect(clock.totals.first { $0.stage == stage }?.seconds == 0, "\(stage): nothing computed again")
        }
        #expect(inode(json) == jsonInode, "kpis.json holds no title: linked")
        #expect(inode(workbook) == workbookInode, "nor does kpis.xlsx")
        let page = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(page.contains("Rapports") && page.contains("&lt;b&gt;") && !page.contains("Fixture reports"))
        try expectSameAsCleanBuild(project, output)

        // Renamed back, then written on two lines (a folded title: the whole file is the key).
        try retitle(project, "title: Fixture reports")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
        try retitle(project, "title: >-\n  Fixture reports,\n  folded")
        let folded = StageClock()
        _ = try build(project, into: output, clock: folded)
        #expect((folded.totals.first { $0.stage == .read }?.seconds ?? 0) > 0, "a title on two lines is not left out of the key")
        try expectSameAsCleanBuild(project, output)
    }

    /// A layout whose content touches text ("…</main>" after a space) cannot be re-framed: the
    /// pages are drawn again, and still equal a clean build.
    @Test func aLayoutWithTextAtTheBoundaryIsDrawnAgain() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let layout = try String(contentsOf: Repo.root.appendingPathComponent("site/layout.html"), encoding: .utf8)
        temp.write("basic/site/layout.html", layout.replacingOccurrences(of: "<main>\n{{{content}}}", with: "<main>\nNote : {{{content}}}"))
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        try retitle(project, "title: Renamed")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
    }

    /// The stylesheet is spliced into each frame only where typography cannot reach it; a layout
    /// that escapes it ({{style}}) is framed the long way, and every page still equals a clean build.
    @Test func theStylesheetIsSplicedOnlyInsideAStyleElement() throws {
        let typeset = ReportLocale.frFR.words.typesetPage
        let s = FrameParts.sentinel, p = "\u{1}P\u{1}"
        let css = Array("a : b { x: y }".utf8)
        let parts = FrameParts(layoutOutput: "<style>" + p + "</style><p>T : t</p><main>\n" + s + "\n</main>", typeset: typeset)
        let full = FrameParts(layoutOutput: "<style>a : b { x: y }</style><p>T : t</p><main>\n" + s + "\n</main>", typeset: typeset)
        #expect(parts?.splicing(Array(p.utf8), with: css) == full)
        #expect(parts?.splicing(Array(p.utf8), with: Array("x</style><p>a : b".utf8)) == nil, "a stylesheet that closes its element")
        let inText = FrameParts(layoutOutput: "<p>" + p + "</p><main>\n" + s + "\n</main>", typeset: typeset)
        #expect(inText?.splicing(Array(p.utf8), with: css) == nil, "a stylesheet in text would be typeset")

        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let layout = try String(contentsOf: Repo.root.appendingPathComponent("site/layout.html"), encoding: .utf8)
        temp.write("basic/site/layout.html", layout.replacingOccurrences(of: "{{{style}}}", with: "{{style}}"))
        let output = temp.url.appendingPathComponent("site")
        _ = try build(project, into: output)
        try retitle(project, "title: Renamed")
        _ = try build(project, into: output)
        try expectSameAsCleanBuild(project, output)
    }

    @Test func theTitleLeftOutOfTheKey() {
        func neutral(_ yaml: String) -> String? { SettingsTitle.neutralized(Array(yaml.utf8)).map { String(decoding: $0, as: UTF8.self) } }
        let rest = "\nlocale: fr-FR\ncurrency: EUR\n"
        let expected = "title: ~ # left out of the key" + rest
        #expect(neutral("title: Maison Lune — rapports d’influence" + rest) == expected)
        #expect(neutral("title: \"Say \\\"hi\\\"\"" + rest) == expected)
        #expect(neutral("title: 'It''s ours'" + rest) == expected)
        #expect(neutral("title: \"Ends in a backslash \\\\\"" + rest) == expected)
        // Forms whose value could reach past the line, or two titles: the file stays whole.
        #expect(neutral("title: \"Not closed \\\"" + rest) == nil)
        #expect(neutral("title: Plain\n  continued" + rest) == nil)
        #expect(neutral("title: >-\n  Folded" + rest) == nil)
        #expect(neutral("title: &t Anchor" + rest) == nil)
        #expect(neutral("title: With # comment" + rest) == nil)
        #expect(neutral("title:" + rest) == nil)
        #expect(neutral("title: A\ntitle: B" + rest) == nil)
        #expect(neutral("email:\n  title: Not the site's" + rest) == nil)
    }

    @Test func framePartsNeedClosedBoundaries() {
        let typeset = ReportLocale.frFR.words.typesetPage
        let s = FrameParts.sentinel
        let parts = FrameParts(layoutOutput: "<html><title>A : b</title><main>\n" + s + "\n</main></html>", typeset: typeset)
        #expect(parts?.head == Array("<html><title>A\u{A0}: b</title><main>\n".utf8))
        #expect(parts?.tail == Array("\n</main></html>".utf8))
        #expect(parts?.body(of: Array("<html><title>A\u{A0}: b</title><main>\nX\n</main></html>".utf8)).map { Array($0) } == Array("X".utf8))
        #expect(parts?.body(of: Array("<html><title>Other</title><main>\nX\n</main></html>".utf8)) == nil)
        #expect(FrameParts(layoutOutput: "<main> " + s + "</main>", typeset: typeset) == nil, "a space before the content")
        #expect(FrameParts(layoutOutput: "<main>" + s + " :</main>", typeset: typeset) == nil, "text after the content")
        #expect(FrameParts(layoutOutput: "<style>" + s + "</style>", typeset: typeset) == nil, "inside a raw-text element")
        #expect(FrameParts(layoutOutput: "<!-- <main>" + s + "-->", typeset: typeset) == nil, "inside a comment")
        #expect(FrameParts(layoutOutput: "<main>" + s + s + "</main>", typeset: typeset) == nil, "the content twice")
        #expect(FrameParts(layoutOutput: "<main></main>", typeset: typeset) == nil, "no content")
    }
}
