import Foundation

/// How `report init` writes one key of report.yaml or campaign.yaml.
enum ScaffoldValue: Sendable, Equatable {
    /// `key: text`, the text already in YAML form.
    case scalar(String)
    /// `key:` and these lines two spaces further in (comment lines may be among them).
    case block([String])
    /// `key:` and one list item per element (the influencers).
    case list([[ScaffoldEntry]])
    /// `key:` with nothing: a value for the user to fill in (it reads as absent until then).
    case blank
    /// The key's example, commented out: documented, not in force.
    case example
}

/// One key as written: the help comment above it (when `explained`), the value, a note after
/// it saying where the value comes from, and comment lines after the value.
struct ScaffoldEntry: Sendable, Equatable {
    let key: String
    var value: ScaffoldValue
    var note: String? = nil
    var explained = true
    var trailer: [String] = []
}

/// Which file a key belongs to, for its help text.
enum ScaffoldSection: String, Sendable {
    case report, campaign, influencer
}

/// Renders entries as YAML text with the help of `ScaffoldHelp`, in the project's language.
struct ScaffoldYAML {
    let help: ScaffoldHelp

    /// The file: its header comment lines, then every entry.
    func file(header: [String], _ entries: [ScaffoldEntry], section: ScaffoldSection) -> String {
        var lines = ScaffoldYAML.wrap(header, width: ScaffoldYAML.width - 2).map { "# " + $0 }
        lines += render(entries, section: section, indent: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    func render(_ entries: [ScaffoldEntry], section: ScaffoldSection, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        for entry in entries {
            let key = help.key(entry.key, section)
            if entry.explained {
                if indent == 0 { out.append("") }
                out += ScaffoldYAML.wrap(key.comment, width: ScaffoldYAML.width - indent - 2).map { pad + "# " + $0 }
            }
            let note = entry.note.map { "  # " + ScaffoldYAML.commentText($0) } ?? ""
            switch entry.value {
            case .scalar(let text): out.append(pad + entry.key + ": " + text + note)
            case .blank: out.append(pad + entry.key + ":" + note)
            case .block(let lines):
                out.append(pad + entry.key + ":" + note)
                out += lines.map { pad + "  " + $0 }
            case .example:
                out += key.example.enumerated().map { i, line in pad + "# " + line + (i == 0 ? note : "") }
            case .list(let items):
                out.append(pad + entry.key + ":" + note)
                for item in items { out += listItem(item, indent: indent + 2) }
            }
            out += ScaffoldYAML.wrap(entry.trailer, width: ScaffoldYAML.width - indent - 2).map { pad + "# " + $0 }
        }
        return out
    }

    /// `- key: value` with the item's further keys aligned under the first; the comments above
    /// the first key stand at the dash.
    private func listItem(_ entries: [ScaffoldEntry], indent: Int) -> [String] {
        var lines = render(entries, section: .influencer, indent: indent + 2)
        let inner = String(repeating: " ", count: indent + 2), dash = String(repeating: " ", count: indent) + "- "
        guard let first = lines.firstIndex(where: { !$0.hasPrefix(inner + "#") }) else { return lines }
        for i in 0..<first { lines[i] = String(repeating: " ", count: indent) + lines[i].dropFirst(indent + 2) }
        lines[first] = dash + lines[first].dropFirst(indent + 2)
        return lines
    }

    // MARK: values

    /// Comment lines are wrapped to this many columns.
    static let width = 100

    /// The lines as one paragraph, broken between words so that each fits `width` (a word longer
    /// than the width stands alone). Every comment paragraph passes here, so no line break or
    /// control character of a name it quotes (`commentText`) can end the comment and start a key.
    static func wrap(_ lines: [String], width: Int) -> [String] {
        var out: [String] = [], line = ""
        for word in commentText(lines.joined(separator: " ")).split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                out.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { out.append(line) }
        return out
    }

    /// What YAML cannot hold raw in a comment or a double-quoted scalar: the line breaks (LF,
    /// CR, and for YAML 1.1 NEL, LS and PS), every other control character (libyaml refuses a
    /// file holding one), the byte-order mark and the non-characters U+FFFE, U+FFFF.
    static func unprintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Text for a comment (a file or folder name, a value of the files): each unprintable
    /// character shown as a `\u{…}` escape, so the comment stays one line whatever a name holds.
    static func commentText(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: unprintable) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if unprintable(c) { out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// A string as a YAML scalar: plain when it reads back as the same text (letters, digits and
    /// a few marks, never `:`, `#`, `,` or brackets, which YAML or a flow list would read), else
    /// double-quoted, with `\n`, `\xXX` or `\uXXXX` escapes for what YAML cannot hold raw, so the
    /// scalar is one line that reads back as the same text.
    static func quote(_ s: String) -> String {
        let reserved = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        let plain = s.unicodeScalars.allSatisfy { c in
            CharacterSet.letters.contains(c) || CharacterSet.decimalDigits.contains(c) || " ._-/’'()—–&+".unicodeScalars.contains(c)
        }
        if plain, let first = s.unicodeScalars.first, CharacterSet.alphanumerics.contains(first), s.last != " ",
           !reserved.contains(s.lowercased()) {
            return s
        }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where unprintable(c):
                let hex = String(c.value, radix: 16, uppercase: true)
                out += c.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// A flow list `[a, b]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    /// A number as YAML writes it: `1200`, `0.62`.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}
