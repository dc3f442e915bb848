import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// Issue 23 point 3: the email draft as site.md says — report.yaml `email:` fills its To header,
/// its first and its last lines; its body gives the objective's result, every target with its
/// status, the net ROI when a gross margin is set and the next review while figures are
/// provisional; the one-file report is attached. Each draft is parsed back by Python's `email`
/// package (a real MIME parser, independent of ours).
@Suite struct EmailDraftTests {
    // MARK: A small project

    /// One sales campaign, `noel`: one creator, fee 500 (the spend), four orders with her code
    /// worth 600 in all. By hand: conversions 4, CPA 500 / 4 = 125,00 €, ROI 600 / 500 = 1,20;
    /// with a gross margin of 0.5, net profit 600 × 0.5 − 500 = −200 and net ROI −200 / 500 = −40 %.
    /// Orders count for 10 days after the end (2026-12-20): figures are final on 2026-12-30.
    struct Fixture {
        var locale = "fr-FR"
        var email: String? = """
        email:
          to:
            - Claire Martin <claire@maisonlune.example>
            - compta@maisonlune.example
          greeting: Bonjour Claire,
          signature: |
            Bien à vous,
            Jeanne Roux
            Agence Lumière

        """
        var targets = "targets: {conversions: 3, cpa: 100, roi: 2.5}"
        var grossMargin: String? = "gross_margin: 0.5"
        var fee = "500"
        /// campaign.yaml `email:`, written just before `influencers:`.
        var campaignEmail = ""
    }

    func write(_ f: Fixture, in temp: TemporaryFolder) -> URL {
        temp.write("p/report.yaml", "title: Rapports\nlocale: \(f.locale)\ncurrency: EUR\ntimezone: Europe/Paris\n" + (f.email ?? ""))
        temp.write("p/campaigns/noel/campaign.yaml", """
        name: Noël en lumière
        brand: Maison Lune
        objective: sales
        start: 2026-12-01
        end: 2026-12-20
        attribution_window_days: 10
        \(f.grossMargin ?? "")
        \(f.targets)
        \(f.campaignEmail)
        influencers:
          - handle: lea.lumiere
            name: Léa
            platform: instagram
            followers: 20000
            fee: \(f.fee)
            promo_code: LEA

        """)
        temp.write("p/campaigns/noel/posts.csv", """
        post_id,influencer,format,published_at,reach,impressions,likes,comments,shares,saves,link_clicks
        p1,lea.lumiere,reel,2026-12-05T18:00,10000,14000,800,40,20,30,200

        """)
        temp.write("p/campaigns/noel/orders.csv", """
        order_id,date,revenue,promo_code
        o1,2026-12-06,100,LEA
        o2,2026-12-07,150,lea
        o3,2026-12-10,200,LEA
        o4,2026-12-22,150,LEA

        """)
        return temp.url.appendingPathComponent("p")
    }

    /// The draft of `noel`, parsed back.
    struct Parsed {
        let raw: String
        /// (display name, address) of each recipient of the To header, none when it is absent.
        let to: [[String]]
        let headers: [String]
        let subject: String
        let parts: String
        let text: String
        let html: String
        let attachmentName: String
        let attachmentIsTheReport: Bool
        let defects: [String]
        var lines: [String] { text.components(separatedBy: "\n") }
    }

    func build(_ f: Fixture, asOf: String = "2027-01-15") throws -> Parsed {
        let temp = TemporaryFolder()
        let project = write(f, in: temp)
        let site = temp.url.appendingPathComponent("site")
        var options = BuildOptions.test(output: site, asOf: asOf)
        options.email = true
        _ = try SiteBuilder(path: project, options: options).build(today: Day(ordinal: 0))
        let eml = site.appendingPathComponent("downloads/noel.eml")
        let out = try OutputEncodingTests().python("""
        import email, json, sys
        from email import policy
        from email.utils import getaddresses
        m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
        att = next(m.iter_attachments())
        print(json.dumps({
            'to': [list(a) for a in getaddresses([str(m['To'])])] if m['To'] is not None else [],
            'headers': list(m.keys()),
            'subject': str(m['Subject']),
            'parts': '|'.join(f"{p.get_content_type()}:{p.get('Content-Transfer-Encoding')}:{p.get_content_disposition()}" for p in m.walk()),
            'text': m.get_body(('plain',)).get_content().replace('\\r\\n', '\\n'),
            'html': m.get_body(('html',)).get_content().replace('\\r\\n', '\\n'),
            'attachment_name': att.get_filename(),
            'attachment_is_report': att.get_payload(decode=True) == open(sys.argv[2], 'rb').read(),
            'defects': [str(d) for p in m.walk() for d in p.defects],
        }))
        """, [eml.path, site.appendingPathComponent("downloads/noel.html").path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        return Parsed(
            raw: String(decoding: try Data(contentsOf: eml), as: UTF8.self),
            to: json["to"] as? [[String]] ?? [["<not parsed>"]], headers: json["headers"] as? [String] ?? [],
            subject: json["subject"] as? String ?? "", parts: json["parts"] as? String ?? "", text: json["text"] as? String ?? "",
            html: json["html"] as? String ?? "", attachmentName: json["attachment_name"] as? String ?? "",
            attachmentIsTheReport: json["attachment_is_report"] as? Bool ?? false, defects: json["defects"] as? [String] ?? ["<not parsed>"]
        )
    }

    static let nbsp = "\u{00A0}", nnbsp = "\u{202F}"

    // MARK: The draft

    /// The whole French draft while orders still come in (as of 2026-12-25): headers, the text
    /// and the HTML as a mail client shows them; the attachment is the one-file report.
    @Test func fullFrenchDraft() throws {
        let draft = try build(Fixture(), asOf: "2026-12-25")
        #expect(draft.defects == [])
        #expect(draft.attachmentName == "noel.html")
        #expect(draft.attachmentIsTheReport)
        let rendered = """
        To: \(draft.to.map { $0.first?.isEmpty == false ? "\($0[0]) <\($0[1])>" : $0.last ?? "" }.joined(separator: ", "))
        Headers: \(draft.headers.joined(separator: ", "))
        Subject: \(draft.subject)
        Parts: \(draft.parts)

        \(draft.text)
        ---
        \(draft.html)
        """
        Golden.check(rendered, "email/noel-fr.txt")
    }

    /// The To header from report.yaml, the greeting the first line, the signature the last ones.
    @Test func recipientsGreetingAndSignature() throws {
        let draft = try build(Fixture())
        #expect(draft.to == [["Claire Martin", "claire@maisonlune.example"], ["", "compta@maisonlune.example"]])
        #expect(draft.headers == ["MIME-Version", "X-Unsent", "To", "Subject", "Content-Type"])
        #expect(draft.raw.hasPrefix("MIME-Version: 1.0\r\nX-Unsent: 1\r\nTo: Claire Martin <claire@maisonlune.example>,\r\n compta@maisonlune.example\r\nSubject: "))
        #expect(draft.lines.first == "Bonjour Claire,")
        #expect(Array(draft.lines.suffix(4)) == ["Bien à vous,", "Jeanne Roux", "Agence Lumière", ""])
        #expect(draft.html.contains("<p>Bonjour Claire,</p>"))
        #expect(draft.html.contains("<p>Bien à vous,<br>Jeanne Roux<br>Agence Lumière</p>"))
        #expect(draft.attachmentIsTheReport)
    }

    /// Every target with its status as the page judges it: conversions 4 ≥ 3 met; CPA 125,00 € above
    /// its ceiling of 100,00 € missed (lower is better); ROI 1,20 below 2,50 missed.
    @Test func everyTargetWithItsStatus() throws {
        let draft = try build(Fixture())
        let n = Self.nbsp
        #expect(draft.lines.contains("Conversions\(n): 4 pour un objectif d’au moins 3 (atteint)"))
        #expect(draft.lines.contains("Objectifs chiffrés, 1 atteint sur 3\(n):"))
        #expect(draft.lines.contains("- Conversions\(n): 4 pour un objectif d’au moins 3 (atteint)"))
        #expect(draft.lines.contains("- CPA\(n): 125,00\(n)€ pour un objectif d’au plus 100,00\(n)€ (manqué)"))
        #expect(draft.lines.contains("- ROI (ROAS)\(n): 1,20 pour un objectif d’au moins 2,50 (manqué)"))
        // The same figures are not listed twice: CPA and ROI have targets, so the key figures keep the spend only.
        let keyFigures = try #require(draft.lines.firstIndex(of: "Chiffres clés\(n):"))
        #expect(Array(draft.lines[(keyFigures + 1)...].prefix(2)) == ["- Investissement\(n): 500,00\(n)€", ""])
        #expect(draft.lines.filter { $0.hasPrefix("- CPA") }.count == 1)
    }

    /// A met cost target and a met ROAS: fee 100 gives CPA 25,00 € ≤ 100,00 € and ROI 6,00 ≥ 2,50.
    @Test func metCostTargets() throws {
        var f = Fixture()
        f.fee = "100"
        let draft = try build(f)
        let n = Self.nbsp
        #expect(draft.lines.contains("Objectifs chiffrés, 3 atteints sur 3\(n):"))
        #expect(draft.lines.contains("- CPA\(n): 25,00\(n)€ pour un objectif d’au plus 100,00\(n)€ (atteint)"))
        #expect(draft.lines.contains("- ROI (ROAS)\(n): 6,00 pour un objectif d’au moins 2,50 (atteint)"))
        // Net ROI (600 × 0.5 − 100) / 100 = +200 %.
        #expect(draft.lines.contains("ROI net\(n): +200\(n)% (la campagne est rentable, marge brute déduite)"))
    }

    /// The net ROI as a signed percent: (600 × 0.5 − 500) / 500 = −40 %.
    @Test func netROIWhenAGrossMarginIsSet() throws {
        let draft = try build(Fixture())
        let n = Self.nbsp
        #expect(draft.lines.contains("ROI net\(n): -40\(n)% (la campagne n’est pas rentable, marge brute déduite)"))
        // 0.85: (510 − 500) / 500 = +2,0 %, one decimal below 10 %.
        var f = Fixture()
        f.grossMargin = "gross_margin: 0.85"
        #expect(try build(f).lines.contains("ROI net\(n): +2,0\(n)% (la campagne est rentable, marge brute déduite)"))
    }

    @Test func noNetROIWithoutAGrossMargin() throws {
        var f = Fixture()
        f.grossMargin = nil
        let draft = try build(f)
        #expect(!draft.text.contains("ROI net"))
        #expect(!draft.html.contains("ROI net"))
    }

    /// While orders can still arrive the draft says when the figures are next reviewed, as the
    /// page does; once they are final it says nothing of it.
    @Test func nextReviewOnlyWhileProvisional() throws {
        let provisional = try build(Fixture(), asOf: "2026-12-25")
        let line = try #require(provisional.lines.first { $0.hasPrefix("Certains chiffres sont encore provisoires") })
        #expect(line == "Certains chiffres sont encore provisoires\(Self.nbsp): prochain point le 30 déc. 2026 (Conversions, Chiffre d’affaires, ROI (ROAS)).")
        let settled = try build(Fixture(), asOf: "2027-01-15")
        #expect(!settled.text.contains("provisoire"))
        #expect(!settled.text.contains("prochain point"))
    }

    /// Without `email:` the draft has no To header (a mail client asks for the recipient), no
    /// greeting and no signature; the rest is there.
    @Test func noEmailSettings() throws {
        var f = Fixture()
        f.email = nil
        let draft = try build(f)
        #expect(draft.to == [])
        #expect(draft.headers == ["MIME-Version", "X-Unsent", "Subject", "Content-Type"])
        #expect(draft.lines.first == "Noël en lumière")
        #expect(draft.lines.suffix(2).first?.hasPrefix("Le rapport complet est joint (noel.html)") == true)
        #expect(draft.attachmentIsTheReport)
    }

    /// English: the same facts in the project's language, without French spacing.
    @Test func englishDraft() throws {
        var f = Fixture()
        f.locale = "en-US"
        f.email = "email:\n  to: claire@maisonlune.example\n  greeting: Dear Claire,\n  signature: Best regards, Jeanne\n"
        let draft = try build(f, asOf: "2026-12-25")
        #expect(draft.to == [["", "claire@maisonlune.example"]])
        #expect(draft.lines.first == "Dear Claire,")
        #expect(draft.lines.contains("Targets, 1 of 3 met:"))
        #expect(draft.lines.contains("- CPA: €125.00 against a target of at most €100.00 (missed)"))
        #expect(draft.lines.contains("- ROI (ROAS): 1.20 against a target of at least 2.50 (missed)"))
        #expect(draft.lines.contains("Net ROI: -40% (the campaign lost money once the gross margin is counted)"))
        #expect(draft.lines.contains { $0.hasPrefix("Some figures are still provisional: next review on Dec 30, 2026") })
        #expect(draft.lines.suffix(2).first == "Best regards, Jeanne")
    }

    /// Nothing of the agency's review: no input file name, no KPI key, no check code, no ⚠.
    @Test func nothingInternal() throws {
        let draft = try build(Fixture(), asOf: "2026-12-25")
        for word in ["posts.csv", "orders.csv", "campaign.yaml", "report.yaml", "net_roi", "gross_margin", "cpa:", "⚠", "plausib", "warning"] {
            #expect(!draft.text.contains(word), "\(word)")
            #expect(!draft.html.contains(word), "\(word)")
        }
    }

    /// campaign.yaml `email:` overrides report.yaml's key by key: the campaign's recipient and
    /// greeting, the project's signature.
    @Test func campaignOverridesKeyByKey() throws {
        var f = Fixture()
        f.campaignEmail = "email:\n  to: lea@client.example\n  greeting: Bonjour Léa,\n"
        let draft = try build(f)
        #expect(draft.to == [["", "lea@client.example"]])
        #expect(draft.lines.first == "Bonjour Léa,")
        #expect(Array(draft.lines.suffix(4)) == ["Bien à vous,", "Jeanne Roux", "Agence Lumière", ""])
        // Without report.yaml's, the campaign's alone.
        f.email = nil
        let alone = try build(f)
        #expect(alone.to == [["", "lea@client.example"]])
        #expect(alone.lines.suffix(2).first?.hasPrefix("Le rapport complet est joint") == true)
        #expect(EmailSettings.merged(nil, nil) == nil)
    }

    /// A campaign's `email:` is read as report.yaml's: errors at their place in campaign.yaml.
    @Test func campaignEmailProblems() throws {
        let temp = TemporaryFolder()
        var f = Fixture()
        f.campaignEmail = "email:\n  to: lea@client\n  signatur: x\n"
        let project = write(f, in: temp)
        let messages = ProjectChecker.check(path: project, resources: Repo.root).map(\.description)
        #expect(messages == [
            "campaigns/noel/campaign.yaml:10:7: error: email: key \"to\": expected an email address such as claire@example.com or Claire Martin <claire@example.com>, found \"lea@client\"",
            "campaigns/noel/campaign.yaml:11:3: warning: email: unknown key \"signatur\"; did you mean \"signature\"?",
        ])
    }

    // MARK: Recipients in the header

    /// A display name with a comma, quotes or accents is RFC 2047-encoded: a reader gets the
    /// name back and the header still holds one recipient.
    @Test func displayNamesAreEncoded() throws {
        var f = Fixture()
        f.email = "email:\n  to: ['\"Martin, Claire\" <claire@maisonlune.example>', 'Zoë \"Z\" Ané <zoe@maisonlune.example>']\n"
        let draft = try build(f)
        #expect(draft.defects == [])
        #expect(draft.to == [["Martin, Claire", "claire@maisonlune.example"], ["Zoë \"Z\" Ané", "zoe@maisonlune.example"]])
        let to = try #require(draft.raw.components(separatedBy: "\r\nSubject:").first)
        #expect(to.utf8.allSatisfy { $0 < 0x80 })
        #expect(!to.contains("Martin, Claire"))
    }

    @Test func addressList() {
        let list = [EmailAddress(address: "a@b.fr"), EmailAddress(name: "Anne Bé", address: "anne@b.fr"), EmailAddress(name: "Bob Lee", address: "bob@b.fr"),
                    EmailAddress(name: "X", address: "not an address\r\nBcc: y@z.fr")]
        #expect(EmailDraft.addressList(list) == "a@b.fr,\r\n =?UTF-8?B?QW5uZSBCw6k=?= <anne@b.fr>,\r\n Bob Lee <bob@b.fr>")
    }

    /// A name built in code with a line break still cannot start a header: controls become a
    /// space and the name is encoded.
    @Test func displayNameWithALineBreak() {
        let header = EmailDraft.addressList([EmailAddress(name: "Eve\r\nBcc: x@y.fr", address: "eve@b.fr")])
        #expect(header == "=?UTF-8?B?" + Data("Eve Bcc: x@y.fr".utf8).base64EncodedString() + "?= <eve@b.fr>")
    }

    /// The greeting and signature are the project's text: markup in them shows as text.
    @Test func untrustedTextStaysText() throws {
        var f = Fixture()
        f.email = "email:\n  greeting: 'Bonjour <b>Claire</b> & co,'\n  signature: '<a href=\"https://x.example\">Jeanne</a>'\n"
        let draft = try build(f)
        #expect(draft.lines.first == "Bonjour <b>Claire</b> & co,")
        #expect(draft.html.contains("<p>Bonjour &lt;b&gt;Claire&lt;/b&gt; &amp; co,</p>"))
        #expect(!draft.html.contains("<a "))
    }

    // MARK: report.yaml `email:`

    func load(_ yaml: String) -> (settings: EmailSettings?, problems: [String]) {
        let collector = DiagnosticCollector()
        let settings = SettingsLoader.load(yaml, file: "report.yaml", into: collector)
        return (settings.email, collector.diagnostics.map(\.description))
    }

    @Test func settingsAreRead() {
        let read = load("email:\n  to: claire@maisonlune.example\n  greeting: Bonjour Claire,\n  signature: |\n    Bien à vous,\n    Jeanne\n")
        #expect(read.problems == [])
        #expect(read.settings == EmailSettings(to: [EmailAddress(address: "claire@maisonlune.example")], greeting: "Bonjour Claire,",
                                               signature: "Bien à vous,\nJeanne\n"))
        let list = load("email:\n  to: [a@b.fr, 'Claire Martin <c.martin+rapports@maison-lune.fr>']\n")
        #expect(list.settings?.to == [EmailAddress(address: "a@b.fr"), EmailAddress(name: "Claire Martin", address: "c.martin+rapports@maison-lune.fr")])
        #expect(load("title: x\n").settings == nil)
    }

    @Test func settingsProblems() {
        #expect(load("email: claire@maisonlune.example\n").problems == [
            "report.yaml:1:8: error: email: expected a mapping of keys to values, found \"claire@maisonlune.example\"",
        ])
        #expect(load("email:\n  to: claire@\n  greeting: [Bonjour]\n  signature: {a: b}\n  too: x@y.fr\n").problems == [
            "report.yaml:2:7: error: email: key \"to\": expected an email address such as claire@example.com or Claire Martin <claire@example.com>, found \"claire@\"",
            "report.yaml:3:13: error: email: key \"greeting\": expected text, found a list",
            "report.yaml:4:14: error: email: key \"signature\": expected text, found a mapping",
            "report.yaml:5:3: warning: email: unknown key \"too\"; did you mean \"to\"?",
        ])
        #expect(load("email:\n  to:\n    - ok@b.fr\n    - Claire <claire@b>\n    - [x@y.fr]\n").problems == [
            "report.yaml:4:7: error: email: key \"to\": expected an email address such as claire@example.com or Claire Martin <claire@example.com>, found \"Claire <claire@b>\"",
            "report.yaml:5:7: error: email: key \"to\": expected an email address such as claire@example.com or Claire Martin <claire@example.com>, found a list",
        ])
        #expect(load("email:\n  to: []\n").problems == [
            "report.yaml:2:7: error: email: key \"to\": expected an email address or a list of them, found a list",
        ])
        #expect(load("email:\n  to: {a: b}\n").problems == [
            "report.yaml:2:7: error: email: key \"to\": expected an email address or a list of them, found a mapping",
        ])
    }

    /// What a header must never receive is refused when read: line breaks, several addresses in
    /// one item, spaces, non-ASCII domains, `<` in a name.
    @Test(arguments: [
        "\"a@b.fr\\r\\nBcc: c@d.fr\"", "\"Claire\\nBcc: x <c@d.fr>\"", "'a@b.fr, c@d.fr'", "'a b@c.fr'", "'a@exämple.fr'",
        "'a@b'", "'.a@b.fr'", "'a..b@c.fr'", "'a@-b.fr'", "'<a@b.fr> <c@d.fr>'", "'A <b> <c@d.fr>'", "'a@b.fr>'", "''",
    ])
    func refusedAddresses(_ value: String) {
        let read = load("email:\n  to: \(value)\n")
        #expect(read.settings == nil, "\(value)")
        #expect(read.problems.count == 1 && read.problems.first?.hasPrefix("report.yaml:2:7: error: email: key \"to\": expected an email address") == true,
                "\(value): \(read.problems)")
    }
}
