import Foundation
import ReportCore

/// `downloads/<id>.eml` (`report build --email`): a MIME draft any mail client opens ready to
/// send (`X-Unsent: 1`), with a short summary as text and simple HTML — no SVG, which mail
/// clients strip — and the one-file report attached. Same inputs, same bytes: no Date, no
/// Message-ID, fixed boundaries. report.yaml `email:` gives its To header, its first line and
/// its last lines; without it the draft has no To header (mail clients open such a draft and
/// ask for the recipient), no greeting and no sign-off.
public enum EmailDraft {
    /// Boundaries start with `=_`, which neither base64 nor quoted-printable output can hold.
    static let mixed = "=_report_mixed"
    static let alternative = "=_report_alternative"

    struct Content {
        let subject: String
        let text: String
        let html: String
    }

    static func make(summary: CampaignSummary, recommendations: [Recommendation], format: NumberFormat, report: String,
                     facts: EmailFacts = EmailFacts()) -> String {
        let content = EmailBody(summary: summary, recommendations: recommendations, format: format, facts: facts).content()
        var lines = ["MIME-Version: 1.0", "X-Unsent: 1"]
        if let to = facts.settings.map({ addressList($0.to) }), !to.isEmpty { lines.append("To: " + to) }
        lines += [
            "Subject: " + encodedWord(content.subject),
            "Content-Type: multipart/mixed; boundary=\"\(mixed)\"",
            "",
            "--" + mixed,
            "Content-Type: multipart/alternative; boundary=\"\(alternative)\"",
            "",
            "--" + alternative,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            quotedPrintable(content.text),
            "--" + alternative,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            quotedPrintable(content.html),
            "--" + alternative + "--",
            "",
            "--" + mixed,
            "Content-Type: text/html; charset=utf-8;" + fileParameter("name", summary.id + ".html"),
            "Content-Disposition: attachment;" + fileParameter("filename", summary.id + ".html"),
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += base64Lines(Array(report.utf8))
        lines += ["--" + mixed + "--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// The value of a To header: `claire@example.com, Claire Martin <claire@example.com>`, one
    /// address a line after the first. A display name of anything but ASCII letters, digits and
    /// spaces is RFC 2047-encoded, so no `,`, `"`, `<` or control character of it reaches the
    /// header as such. The loader accepts only valid addresses; one that is not (built in code)
    /// is left out rather than written into a header.
    static func addressList(_ list: [EmailAddress]) -> String {
        list.filter { EmailAddress.isAddress($0.address) }.map { a in
            guard let name = a.name.map(headerText), !name.allSatisfy({ $0 == " " }) else { return a.address }
            let plain = name.unicodeScalars.allSatisfy { s in
                s.isASCII && (s == " " || s.properties.isAlphabetic || ("0"..."9").contains(s))
            }
            return (plain ? name : encodedWord(name, always: true)) + " <" + a.address + ">"
        }.joined(separator: ",\r\n ")
    }
}
