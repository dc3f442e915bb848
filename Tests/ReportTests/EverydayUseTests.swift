import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Issue 13, points 4, 6 and 7: output for CI, the draft email, progress lines.
@Suite struct EverydayUseTests {
    let cli = CommandLineTests()

    /// A copy of the basic fixture with two problems and one warning.
    func brokenProject(_ temp: TemporaryFolder) throws -> URL {
        let project = try temp.copyFixture("basic")
        temp.write("basic/campaigns/spring/orders.csv", "order_id,date,revenue\no1,2026-03-04,x\n")
        temp.write("basic/campaigns/summer/posts.csv", "post_id,influencer,format,published_at,reach\ns1,lea.glow,reel,2026-06-02,\"12,5\"\n")
        return project
    }

    static let diagnostics = [
        "campaigns/spring/campaign.yaml:22: warning: influencer \"idle\" has no post",
        "campaigns/spring/orders.csv:2: error: column \"revenue\": expected a number, found \"x\"",
        "campaigns/summer/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"12,5\"",
    ]

    @Test func checkAsText() throws {
        let temp = TemporaryFolder()
        let r = try cli.run(["check", try brokenProject(temp).path, "--format", "text"])
        #expect(r.status == 1)
        #expect(r.stdout == Self.diagnostics.joined(separator: "\n") + "\n")
    }

    @Test func checkAsGitHubAnnotations() throws {
        let temp = TemporaryFolder()
        let r = try cli.run(["check", try brokenProject(temp).path, "--format", "github"])
        #expect(r.status == 1)
        #expect(r.stdout == """
        ::warning file=campaigns/spring/campaign.yaml,line=22::influencer "idle" has no post
        ::error file=campaigns/spring/orders.csv,line=2::column "revenue": expected a number, found "x"
        ::error file=campaigns/summer/posts.csv,line=2::column "reach": expected a non-negative integer, found "12,5"

        """)
    }

    @Test func githubEscapesWhatItMust() {
        let d = Diagnostic(file: "a,b:c.csv", line: 3, column: 7, severity: .error, message: "100% wrong\nsecond line")
        #expect(DiagnosticReport.github(d) == "::error file=a%2Cb%3Ac.csv,line=3,col=7::100%25 wrong%0Asecond line")
        #expect(DiagnosticReport.github(.error("f.csv", 0, "empty")) == "::error file=f.csv::empty")
    }

    @Test func checkAsJSON() throws {
        let temp = TemporaryFolder()
        let r = try cli.run(["check", try brokenProject(temp).path, "--format", "json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 2)
        #expect(json["warnings"] as? Int == 1)
        let list = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(list.map { "\($0["file"] ?? ""):\($0["line"] ?? ""): \($0["severity"] ?? ""): \($0["message"] ?? "")" } == Self.diagnostics)
        #expect(list[0]["column"] is NSNull)
    }

    @Test func unknownCheckFormatIsAUsageError() throws {
        let r = try cli.run(["check", ".", "--format", "xml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--format"))
    }

    @Test func buildJSONSummaryAndErrors() throws {
        let temp = TemporaryFolder(), other = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let ok = try cli.run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path, "--json", "--as-of", "2026-05-15"])
        #expect(ok.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any])
        #expect(summary["ok"] as? Bool == true)
        #expect(summary["campaigns"] as? Int == 2)
        #expect(summary["errors"] as? Int == 0)
        #expect((summary["pages"] as? Int ?? 0) > 0)
        let failed = try cli.run(["build", try brokenProject(other).path, "--output", temp.url.appendingPathComponent("site2").path, "--json"])
        #expect(failed.status == 1)
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any])
        #expect(errors["ok"] as? Bool == false)
        #expect(errors["errors"] as? Int == 2)
    }

    /// The draft parsed back by Python's `email` package (a real MIME parser): parts, encodings,
    /// the decoded summary, and the attachment byte for byte the one-file report.
    @Test func emailDraftParsesBack() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let site = temp.url.appendingPathComponent("site")
        let r = try cli.run(["build", project.path, "--output", site.path, "--email", "--as-of", "2026-05-15", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let eml = site.appendingPathComponent("downloads/spring.eml")
        let script = """
        import email, sys
        from email import policy
        m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
        print(m['X-Unsent']); print(m['Subject'])
        print('|'.join(f"{p.get_content_type()}:{p.get('Content-Transfer-Encoding')}:{p.get_content_disposition()}" for p in m.walk()))
        print(m.get_body(('plain',)).get_content().replace('\\r\\n', '\\n'), end='')
        att = next(m.iter_attachments())
        print(att.get_filename(), att.get_payload(decode=True) == open(sys.argv[2], 'rb').read())
        print('<svg' in m.get_body(('html',)).get_content())
        """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, eml.path, site.appendingPathComponent("downloads/spring.html").path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        #expect(text == """
        1
        Spring launch — campaign report, Mar 1, 2026 – Mar 31, 2026
        multipart/mixed:None:None|multipart/alternative:None:None|text/plain:quoted-printable:None|text/html:quoted-printable:None|text/html:base64:attachment
        Spring launch
        Maison Lune · Sales · Mar 1, 2026 – Mar 31, 2026

        Conversions: 3

        Key figures:
        - CPA: €530.00
        - Spend: €1,590.00
        - ROI (ROAS): 0.14

        First recommendation: \(try firstRecommendation(site))

        The full report is attached (spring.html): it opens in any browser, with no connection needed.
        spring.html True
        False

        """)
        // Same inputs, same bytes.
        let again = temp.url.appendingPathComponent("again")
        _ = try cli.run(["build", project.path, "--output", again.path, "--email", "--as-of", "2026-05-15", "--quiet"])
        #expect(try Data(contentsOf: eml) == Data(contentsOf: again.appendingPathComponent("downloads/spring.eml")))
        // Without --email, no draft.
        let plain = temp.url.appendingPathComponent("plain")
        _ = try cli.run(["build", project.path, "--output", plain.path, "--quiet"])
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("downloads/spring.eml").path))
    }

    func firstRecommendation(_ site: URL) throws -> String {
        let data = try Data(contentsOf: site.appendingPathComponent("campaigns/spring/kpis.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let recommendations = try #require((json["campaign"] as? [String: Any])?["recommendations"] as? [[String: Any]])
        return try #require(recommendations.first?["text"] as? String)
    }

    @Test func quotedPrintableKeepsLinesShortAndExact() {
        let long = String(repeating: "é", count: 40) + " fin "
        let encoded = EmailDraft.quotedPrintable(long)
        #expect(encoded.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(encoded.hasSuffix("fin=20"))          // a trailing space is encoded
        #expect(EmailDraft.encodedWord("Plain subject") == "Plain subject")
        #expect(EmailDraft.encodedWord("Noël") == "=?UTF-8?B?Tm/Dq2w=?=")
    }

    /// A progress line per stage with the time so far when stderr is a terminal (run under
    /// `script`, which gives the command a pseudo-terminal); the summary line alone otherwise.
    @Test func progressOnATerminalOnly() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let exe = try #require(CommandLineTests.executable)
        let command = "REPORT_RESOURCES='\(Repo.root.path)' '\(exe.path)' build '\(project.path)' --output '\(temp.url.path)/site'"
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        script.standardOutput = out
        try script.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        script.waitUntilExit()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("report: [") == true && lines.first?.hasSuffix(" s] compile templates") == true, "\(text)")
        #expect(lines.contains { $0.hasSuffix("load, compute and render 2 campaigns") })
        #expect(lines.contains { $0.contains("] campaign ") && $0.hasSuffix("(2/2)") })
        #expect(lines.dropLast().last?.hasPrefix("report: built ") == true)
        #expect(lines.last?.hasPrefix("report: the review holds ") == true)
        // Not a terminal: no progress line.
        let piped = try cli.run(["build", project.path, "--output", temp.url.appendingPathComponent("site2").path])
        #expect(!piped.stderr.contains("report: ["))
        #expect(piped.stderr.hasPrefix("campaigns/spring/campaign.yaml:22: warning"))
    }
}
