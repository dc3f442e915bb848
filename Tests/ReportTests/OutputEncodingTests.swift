import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Yams
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// Issue 21 point 4: every text that leaves as a header, a terminal line, a YAML comment, a
/// spreadsheet cell or a folder name is encoded for it, whatever an input value holds.
@Suite struct OutputEncodingTests {
    let cli = CommandLineTests()

    /// The basic fixture with campaigns/spring renamed `id` and its campaign.yaml edited.
    func project(_ temp: TemporaryFolder, springID: String = "spring", edit: (String) -> String = { $0 }) throws -> URL {
        let project = try temp.copyFixture("basic")
        let spring = project.appendingPathComponent("campaigns/" + springID)
        if springID != "spring" { try FileManager.default.moveItem(at: project.appendingPathComponent("campaigns/spring"), to: spring) }
        let yaml = spring.appendingPathComponent("campaign.yaml")
        try Data(edit(try String(contentsOf: yaml, encoding: .utf8)).utf8).write(to: yaml)
        return project
    }

    /// Runs python3 with `script` and `arguments`; its stdout.
    func python(_ script: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return text
    }

    // MARK: 1. The .eml draft

    /// The header block starting at `start` (up to the blank line): each line printable ASCII,
    /// a `Name: value` line or a folded continuation; the headers unfolded.
    func headers(_ text: String, from start: String.Index) -> [(name: String, value: String)] {
        let end = text.range(of: "\r\n\r\n", range: start..<text.endIndex)?.lowerBound ?? text.endIndex
        var headers: [(name: String, value: String)] = []
        for line in text[start..<end].components(separatedBy: "\r\n") {
            #expect(line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "header line with a byte outside printable ASCII: \(line.debugDescription)")
            #expect(line.utf8.count <= 998)
            if line.hasPrefix(" ") {
                if !headers.isEmpty { headers[headers.count - 1].value += line }
                continue
            }
            let colon = line.firstIndex(of: ":")
            #expect(colon != nil, "not a header line: \(line.debugDescription)")
            guard let colon else { continue }
            let name = String(line[..<colon])
            #expect(name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" }, "header name \(name.debugDescription)")
            headers.append((name, String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        return headers
    }

    /// RFC 2047 B encoded-words (UTF-8), the whitespace between adjacent words ignored.
    func decodeWords(_ value: String) -> String {
        guard value.hasPrefix("=?") else { return value }
        var bytes: [UInt8] = []
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let parts = word.split(separator: "?", omittingEmptySubsequences: false)
            guard parts.count == 5, parts[1].uppercased() == "UTF-8", parts[2].uppercased() == "B",
                  let data = Data(base64Encoded: String(parts[3])) else { return "<bad word \(word)>" }
            bytes += data
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func emailHeadersCannotBeInjected() throws {
        let temp = TemporaryFolder()
        let id = "evil\"\r\nX-Injected: yes"
        let project = try project(temp, springID: id) {
            $0.replacingOccurrences(of: "name: Spring launch", with: "name: \"Spring\\r\\nBcc: victim@example.com\\a launch\"")
        }
        let site = temp.url.appendingPathComponent("site")
        let r = try cli.run(["build", project.path, "--output", site.path, "--email", "--as-of", "2026-05-15", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let eml = site.appendingPathComponent("downloads/\(id).eml")
        let text = String(decoding: try Data(contentsOf: eml), as: UTF8.self)
        let top = headers(text, from: text.startIndex)
        #expect(top.map(\.name) == ["MIME-Version", "X-Unsent", "Subject", "Content-Type"])
        let subject = try #require(top.first { $0.name == "Subject" }?.value)
        #expect(decodeWords(subject) == "Spring Bcc: victim@example.com  launch — campaign report, Mar 1, 2026 – Mar 31, 2026")
        let part = try #require(text.range(of: "--=_report_mixed\r\nContent-Type: text/html"))
        let attachment = headers(text, from: text.index(part.lowerBound, offsetBy: "--=_report_mixed\r\n".count))
        #expect(attachment.map(\.name) == ["Content-Type", "Content-Disposition", "Content-Transfer-Encoding"])
        #expect(attachment[1].value == "attachment; filename*=UTF-8''evil%22__X-Injected%3A%20yes.html; filename=\"evil___X-Injected: yes.html\"")
        #expect(!text.contains("\r\nX-Injected"))
        // A mail library reads the same: no defect, the subject and the file name decoded.
        let out = try python("""
        import email, sys
        from email import policy
        m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
        att = next(m.iter_attachments())
        print(repr(str(m['Subject']))); print(repr(att.get_filename())); print(sorted(m.keys())); print(sorted(att.keys()))
        print([str(d) for p in m.walk() for d in p.defects])
        """, [eml.path])
        #expect(out == """
        'Spring Bcc: victim@example.com  launch — campaign report, Mar 1, 2026 – Mar 31, 2026'
        'evil"__X-Injected: yes.html'
        ['Content-Type', 'MIME-Version', 'Subject', 'X-Unsent']
        ['Content-Disposition', 'Content-Transfer-Encoding', 'Content-Type']
        []

        """)
    }

    @Test func subjectEncoding() {
        #expect(EmailDraft.encodedWord("Plain subject") == "Plain subject")
        // CR, LF and other controls become a space before encoding: none survives decoding.
        #expect(EmailDraft.encodedWord("A\r\nB\u{7}C") == "A B C")
        #expect(EmailDraft.encodedWord("Noël\r\nX: 1") == "=?UTF-8?B?" + Data("Noël X: 1".utf8).base64EncodedString() + "?=")
        // `=?` in plain text, or a long line, is encoded too.
        #expect(EmailDraft.encodedWord("=?UTF-8?B?QQ==?=").hasPrefix("=?UTF-8?B?PT9"))
        let long = EmailDraft.encodedWord(String(repeating: "word ", count: 30))
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") })
        #expect(EmailDraft.fileParameter("filename", "spring.html") == " filename=\"spring.html\"")
        #expect(EmailDraft.fileParameter("filename", "été.html") == "\r\n filename*=UTF-8''%C3%A9t%C3%A9.html;\r\n filename=\"_t_.html\"")
    }

    // MARK: 2. Terminal lines

    @Test func terminalLinesEscapeControlCharacters() throws {
        let temp = TemporaryFolder()
        let id = "bad\u{1B}[31m\u{7}\r"
        let project = try project(temp, springID: id)
        temp.write("basic/campaigns/\(id)/posts.csv", "post_id,influencer,format,published_at,reach\np1,claire.cuisine,reel,2026-03-03,12\u{1B}]0;pwned\u{7}\u{9B}k\n")
        func noRawControl(_ s: String) -> Bool {
            s.unicodeScalars.allSatisfy { $0 == "\n" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
        }
        let build = try cli.run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path, "--as-of", "2026-05-15"])
        #expect(build.status == 1)
        #expect(noRawControl(build.stderr), "\(build.stderr.debugDescription)")
        let line = try #require(build.stderr.split(separator: "\n").first { $0.contains("posts.csv") })
        #expect(line.hasPrefix("campaigns/bad\\u{1B}[31m\\u{7}\\u{D}/posts.csv:2"))
        #expect(line.contains("12\\u{1B}]0;pwned\\u{7}\\u{9B}k"), "\(line)")
        for format in ["text", "github", "json"] {
            let check = try cli.run(["check", project.path, "--format", format])
            #expect(check.status == 1)
            #expect(noRawControl(check.stdout) && noRawControl(check.stderr), "\(format): \(check.stdout.debugDescription)")
            if format == "json" {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
                let messages = (json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                #expect(messages.contains { $0.contains("12\u{1B}]0;pwned\u{7}\u{9B}k") }, "the JSON keeps the value, escaped the JSON way")
            } else {
                #expect(check.stdout.contains("\\u{1B}]0;pwned\\u{7}\\u{9B}k"))
            }
        }
        // An argument's value, in ArgumentParser's usage error.
        let usage = try cli.run(["build", project.path, "--as-of", "\u{1B}[2J"])
        #expect(usage.status == 2)
        #expect(noRawControl(usage.stderr) && usage.stderr.contains("\\u{1B}[2J"), "\(usage.stderr.debugDescription)")
    }

    // MARK: 3. report init --from

    @Test func initFromNamesCannotInjectKeys() throws {
        let temp = TemporaryFolder()
        let fm = FileManager.default
        let exports = temp.url.appendingPathComponent("ex\nfee: 1\u{85}x")
        try fm.createDirectory(at: exports, withIntermediateDirectories: true)
        let posts = "post_id,influencer,format,published_at,reach\np1,claire,reel,2026-03-03,1000\np2,claire,reel,2026-03-05,2000\n"
        try Data(posts.utf8).write(to: exports.appendingPathComponent("posts\nfee: 0 #.csv"))
        // A symbolic link to an export kept elsewhere: copied as its content.
        let elsewhere = temp.url.appendingPathComponent("elsewhere.csv")
        try Data("order_id,date,revenue,promo_code\no1,2026-03-04,50,CLAIRE10\n".utf8).write(to: elsewhere)
        try fm.createSymbolicLink(at: exports.appendingPathComponent("orders.csv"), withDestinationURL: elsewhere)
        let result = try ProjectScaffold.propose(into: temp.url.appendingPathComponent("p"), display: "p", from: exports,
                                                 exportsDisplay: "ex", locale: .enUS)
        #expect(result.filesRead == 2)
        let folder = temp.url.appendingPathComponent("p/campaigns/\(result.campaign)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("campaign.yaml"), encoding: .utf8)
        // Every line that is not a comment is a key, a list item or a block line: no comment
        // spilled a name onto a line of its own.
        for line in yaml.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            #expect(!line.hasPrefix("fee") && !line.contains("\u{85}"), "\(line.debugDescription)")
        }
        let node = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(node["fee"] == nil)
        #expect(node["name"] as? String == "ex\nfee: 1\u{85}x")
        let data = try #require(node["data"] as? [String: Any])
        #expect(data["posts"] as? [String] == ["exports/posts\nfee: 0 #.csv"])
        #expect(data["orders"] as? [String] == ["exports/orders.csv"])
        let influencers = try #require(node["influencers"] as? [[String: Any]])
        #expect(influencers.map { $0.keys.sorted() } == [["followers", "handle", "platform", "promo_code"]])
        #expect(yaml.contains("ex\\u{A}fee:"), "the folder named in the header comment, escaped")
        // The copies: regular files holding the bytes.
        for name in ["orders.csv", "posts\nfee: 0 #.csv"] {
            let copy = folder.appendingPathComponent("exports/" + name)
            let type = try fm.attributesOfItem(atPath: copy.path)[.type] as? FileAttributeType
            #expect(type == .typeRegular, "\(name.debugDescription): \(String(describing: type))")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("exports/orders.csv")) == Data(contentsOf: elsewhere))
        // The project proposed checks: the data files it names are found.
        let diagnostics = ProjectChecker.check(path: temp.url.appendingPathComponent("p"), resources: Repo.root)
        #expect(!diagnostics.contains { $0.message.contains("exports/") }, "\(diagnostics)")
    }

    @Test func scaffoldQuotingReadsBack() throws {
        for s in ["a\nb: 1", "tab\there", "nel\u{85}ls\u{2028}ps\u{2029}", "esc\u{1B}del\u{7F}", "quote\" back\\slash", "bom\u{FEFF}"] {
            let quoted = ScaffoldYAML.quote(s)
            #expect(!quoted.contains("\n") && !quoted.unicodeScalars.contains(where: ScaffoldYAML.unprintable))
            let node = try #require(try Yams.load(yaml: "k: " + quoted) as? [String: Any])
            #expect(node["k"] as? String == s, "\(quoted)")
        }
        #expect(ScaffoldYAML.wrap(["posts\nfee: 0.csv: 3 posts"], width: 100) == ["posts\\u{A}fee: 0.csv: 3 posts"])
    }

    // MARK: 4. kpis.xlsx

    @Test func workbookStaysValidXMLWithinExcelLimits() throws {
        let temp = TemporaryFolder()
        let id = "spr\u{1}ing\u{1B}"
        let longName = "\u{1}Long \"quoted\" " + String(repeating: "é", count: 300)
        let project = try project(temp, springID: id) {
            $0.replacingOccurrences(of: "name: Spring launch", with: "name: \"\\x01Long \\\"quoted\\\" \(String(repeating: "é", count: 300))\"")
                .replacingOccurrences(of: "name: Claire", with: "name: \"Cl\\x02aire\"")
        }
        let site = temp.url.appendingPathComponent("site")
        let r = try cli.run(["build", project.path, "--output", site.path, "--as-of", "2026-05-15", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let book = try XLSXBook(site.appendingPathComponent("kpis.xlsx"))
        defer { try? FileManager.default.removeItem(at: book.folder) }
        // Every part of the package is well-formed XML.
        let parts = FileManager.default.enumerator(atPath: book.folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") } ?? []
        #expect(parts.count > 8)
        for part in parts {
            let parser = XMLParser(data: try Data(contentsOf: book.folder.appendingPathComponent(part)))
            #expect(parser.parse(), "\(part): \(String(describing: parser.parserError))")
        }
        // The campaign row: the link formula's literals within 255 characters, its URL the id
        // percent-encoded, its text the whole name (the control character replaced).
        let formulas = try XMLElements(book.folder.appendingPathComponent("xl/worksheets/sheet1.xml"), collectText: "f").texts
        let formula = try #require(formulas.first { $0.contains("spr%01ing%1B") })
        #expect(formula.hasPrefix("HYPERLINK(\"campaigns/spr%01ing%1B/index.html\","))
        let literals = try #require(try NSRegularExpression(pattern: "\"((?:[^\"]|\"\")*)\"")).matches(in: formula, range: NSRange(formula.startIndex..., in: formula))
            .compactMap { Range($0.range(at: 1), in: formula).map { formula[$0].replacingOccurrences(of: "\"\"", with: "\"") } }
        #expect(literals.count >= 3)
        #expect(literals.allSatisfy { $0.utf16.count <= 255 })
        #expect(literals.dropFirst().joined() == KPIWorkbook.xmlText(longName))
        #expect(KPIWorkbook.xmlText(longName).hasPrefix("\u{FFFD}Long"))
        let influencers = try book.sheet(1)
        #expect(influencers.rows.values.contains { $0[0]?.text == "spr\u{FFFD}ing\u{FFFD}" && $0[2]?.text == "Cl\u{FFFD}aire" })
        // A URL longer than a literal: the name alone, as text.
        #expect(KPIWorkbook.hyperlinkFormula(url: String(repeating: "a", count: 256), text: "x") == nil)
        #expect(KPIWorkbook.hyperlinkFormula(url: "u", text: "a\"b") == "=HYPERLINK(\"u\",\"a\"\"b\")")
    }

    // MARK: 5. kpis.csv

    @Test func csvNeutralisesFormulaStarts() throws {
        #expect(KPICSV.quote("\tcmd") == "'\tcmd")
        #expect(KPICSV.quote("\rcmd") == "\"'\rcmd\"")
        #expect(KPICSV.quote("\r\ncmd") == "\"'\r\ncmd\"")
        #expect(KPICSV.quote("=1+1") == "'=1+1")
        #expect(KPICSV.quote("@x,y") == "\"'@x,y\"")
        #expect(KPICSV.quote("tom.tok") == "tom.tok")
        // Through a build: a handle starting with TAB.
        let temp = TemporaryFolder()
        let project = try project(temp) { $0.replacingOccurrences(of: "handle: idle", with: "handle: \"\\tidle\"") }
        let site = temp.url.appendingPathComponent("site")
        let r = try cli.run(["build", project.path, "--output", site.path, "--as-of", "2026-05-15", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: site.appendingPathComponent("kpis.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").contains { $0.hasPrefix("spring,EUR,'\tidle,youtube,") }, "\(csv)")
    }

    // MARK: 6, 7. Slugs

    @Test func slugsAreVisibleAndBounded() {
        #expect(Slug.make(".hidden") == "-hidden")
        #expect(Slug.make("..") == "-.")
        #expect(Slug.make("a.b") == "a.b")
        #expect(Slug.unique([".hidden", "-hidden"]) == ["-hidden", "-hidden-2"])
        let a = String(repeating: "a", count: 300), b = String(repeating: "a", count: 299) + "b"
        let slugs = Slug.unique([a, b])
        #expect(slugs[0] != slugs[1])
        #expect(slugs.allSatisfy { $0.count == Slug.maxLength && $0.hasPrefix(String(repeating: "a", count: 79) + "-") })
        #expect(Slug.make(String(repeating: "a", count: 96)) == String(repeating: "a", count: 96))
        #expect(Slug.hash("") == "cbf29ce484222325")
    }

    @Test func oddHandlesBuildVisibleCards() throws {
        let temp = TemporaryFolder()
        let long = String(repeating: "x", count: 300)
        let project = try project(temp) {
            $0.replacingOccurrences(of: "handle: idle", with: "handle: \(long)")
                .replacingOccurrences(of: "handle: tom.tok", with: "handle: .tom.tok")
        }
        temp.write("basic/campaigns/spring/posts.csv", try String(contentsOf: project.appendingPathComponent("campaigns/spring/posts.csv"), encoding: .utf8)
            .replacingOccurrences(of: ",tom.tok,", with: ",.tom.tok,"))
        let site = temp.url.appendingPathComponent("site")
        let r = try cli.run(["build", project.path, "--output", site.path, "--as-of", "2026-05-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let cards = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("influencers").path)
        #expect(!cards.contains { $0.hasPrefix(".") }, "\(cards)")
        #expect(cards.contains("-tom.tok"))
        let longCard = try #require(cards.first { $0.hasPrefix("xxx") })
        #expect(longCard.count == Slug.maxLength)
        let page = try String(contentsOf: site.appendingPathComponent("influencers/\(longCard)/index.html"), encoding: .utf8)
        #expect(page.contains(long), "the card names the whole handle")
    }
}
