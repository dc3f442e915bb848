import Foundation
import ReportCore

/// `downloads/<id>.eml` (`report build --email`): a MIME draft any mail client opens ready to
/// send (`X-Unsent: 1`), with a short summary as text and simple HTML — no SVG, which mail
/// clients strip — and the one-file report attached. Same inputs, same bytes: no Date, no
/// Message-ID, fixed boundaries.
public enum EmailDraft {
    /// Boundaries start with `=_`, which neither base64 nor quoted-printable output can hold.
    static let mixed = "=_report_mixed"
    static let alternative = "=_report_alternative"

    struct Content {
        let subject: String
        let text: String
        let html: String
    }

    static func make(summary: CampaignSummary, recommendations: [Recommendation], format: NumberFormat, report: String) -> String {
        let content = summaryContent(summary: summary, recommendations: recommendations, format: format)
        var lines = [
            "MIME-Version: 1.0",
            "X-Unsent: 1",
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

    /// The campaign, its period, the primary KPI against its target, three key figures and the
    /// first recommendation, in the report's language.
    static func summaryContent(summary: CampaignSummary, recommendations: [Recommendation], format: NumberFormat) -> Content {
        let locale = format.locale, words = format.words
        let period = DateFormat(locale: locale).format(summary.window)
        let objective = summary.objective
        func figure(_ kpi: KPI) -> (label: String, value: String) {
            (kpi.label(locale), format.format(summary.kpis[kpi], unit: kpi.unit))
        }
        let primary = figure(objective.primaryKPI)
        var primaryLine = words.labelled(primary.label, primary.value)
        if let target = summary.primaryTarget {
            let t = format.format(target.target, unit: objective.primaryKPI.unit)
            primaryLine += words.emailTarget(t, status: Labels.status(target.status, locale))
        }
        var keys: [KPI] = [objective.costKPI, .spend, objective == .sales ? .roi : .reach]
        keys = keys.filter { $0 != objective.primaryKPI }
        let figures = keys.prefix(3).map(figure)
        let subject = summary.name + words.emailSubject(period)
        let heading = [summary.brand, Labels.objective(objective, locale), period].compactMap { $0 }.joined(separator: " · ")
        let first = recommendations.first?.text(format)
        let attached = words.emailAttached("\(summary.id).html")
        var text = [summary.name, heading, "", primaryLine, "", words.emailKeyFigures]
        text += figures.map { "- " + words.labelled($0.label, $0.value) }
        if let first { text += ["", words.emailFirstRecommendation + first] }
        text += ["", attached, ""]
        func e(_ s: String) -> String { HTMLEscaping.escape(s) }
        var html = ["<!DOCTYPE html>", "<html lang=\"\(locale.rawValue)\"><head><meta charset=\"utf-8\"><title>\(e(subject))</title></head>",
                    "<body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a;\">",
                    "<h1 style=\"font-size: 20px;\">\(e(summary.name))</h1>", "<p>\(e(heading))</p>", "<p><strong>\(e(primaryLine))</strong></p>",
                    "<p>\(e(words.emailKeyFigures))</p>", "<ul>"]
        html += figures.map { "<li>\(e(words.labelled($0.label, $0.value)))</li>" }
        html.append("</ul>")
        if let first { html.append("<p>\(e(words.emailFirstRecommendation + first))</p>") }
        html += ["<p>\(e(attached))</p>", "</body></html>", ""]
        return Content(subject: subject, text: text.joined(separator: "\n"), html: html.joined(separator: "\n"))
    }

    /// A header's text: every run of control characters (CR and LF above all, which would end
    /// the header and start another) becomes one space, so none survives decoding either.
    static func headerText(_ s: String) -> String {
        var out = ""
        var inRun = false
        for scalar in s.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                if !inRun { out += " " }
                inRun = true
            } else {
                out.unicodeScalars.append(scalar)
                inRun = false
            }
        }
        return out
    }

    /// RFC 2047 `=?UTF-8?B?…?=` for a header that is not short plain printable ASCII (or that
    /// holds `=?`, which a reader would take for an encoded word), folded in words of at most
    /// 45 bytes of text (72 characters encoded), never splitting a character's bytes. Control
    /// characters are replaced first (`headerText`).
    static func encodedWord(_ raw: String) -> String {
        let s = headerText(raw)
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !s.contains("=?") && s.utf8.count <= 68
        if plain { return s }
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in s.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// A file name parameter (`name` of Content-Type, `filename` of Content-Disposition), after
    /// its header's `;`. A name of letters, digits, `.`, `_` and `-` is written as it is; any other
    /// is written twice on lines of their own: RFC 2231 `filename*=UTF-8''…`, percent-encoded,
    /// then `filename="…"` with every character but printable ASCII (and `"`, `\`) replaced by
    /// `_`, for readers that know no better (a reader that knows both takes the first, Python's
    /// `email` among them). Control characters become `_` in both, so no CR or LF reaches a
    /// header, encoded or not.
    static func fileParameter(_ name: String, _ value: String) -> String {
        let simple = !value.isEmpty && value.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D
        }
        if simple { return " \(name)=\"\(value)\"" }
        var clean = ""
        for scalar in value.unicodeScalars {
            clean.unicodeScalars.append(scalar.properties.generalCategory == .control ? "_" : scalar)
        }
        var fallback = ""
        for scalar in clean.unicodeScalars {
            let ascii = scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\"
            fallback.unicodeScalars.append(ascii ? scalar : "_")
        }
        var encoded = ""
        for b in clean.utf8 {
            let unreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2E || b == 0x5F || b == 0x2D || b == 0x7E
            encoded += unreserved ? String(UnicodeScalar(b)) : "%" + String(format: "%02X", b)
        }
        return "\r\n \(name)*=UTF-8''\(encoded);\r\n \(name)=\"\(fallback)\""
    }

    /// RFC 2045 quoted-printable, lines of at most 76 characters, CRLF line breaks.
    static func quotedPrintable(_ s: String) -> String {
        var out: [String] = []
        for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var length = 0
            let bytes = Array(line.utf8)
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let plain = (b >= 33 && b <= 126 && b != 61) || ((b == 32 || b == 9) && !last)
                let piece = plain ? String(UnicodeScalar(b)) : "=" + String(format: "%02X", b)
                if length + piece.count > 75 {
                    encoded += "=\r\n"
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            out.append(encoded)
        }
        return out.joined(separator: "\r\n")
    }

    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let text = Data(bytes).base64EncodedString()
        var lines: [String] = []
        var i = text.startIndex
        while i < text.endIndex {
            let j = text.index(i, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
            lines.append(String(text[i..<j]))
            i = j
        }
        return lines
    }
}
