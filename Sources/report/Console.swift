import Foundation
import ReportCore

/// The only place that touches stderr, stdout and the clock.
///
/// Messages quote input values (folder and file names, CSV cells, YAML text), and a value may
/// hold control characters: ESC starts a terminal escape sequence, CR moves back over what the
/// line said, BEL rings. Everything printed passes through `TerminalText`, which shows each of
/// them as a Swift escape (`\u{1B}`), so what a terminal shows is what the input holds.
enum Console {
    /// One line on stderr: a newline inside it is an input's and is shown escaped too.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.line(line) + "\n").utf8))
    }

    /// Text of several lines on stderr (a usage message, the stage timings): each line escaped.
    static func errorText(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.lines(text) + "\n").utf8))
    }

    /// One line on stdout.
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((TerminalText.line(line) + "\n").utf8))
    }

    /// A JSON document on stdout, as it is: JSONWriter already escapes C0 in strings; C1 and
    /// DEL, which JSON allows raw, become `\u0085` escapes (only strings can hold them).
    static func json(_ document: String) {
        FileHandle.standardOutput.write(Data(TerminalText.json(document).utf8))
    }

    /// Exit 3: `REPORT_RESOURCES` names a folder without the built-in templates and theme.
    static let badResourcesFolder = "report: REPORT_RESOURCES does not name a folder holding templates/en-US/campaign.md and site/layout.html; unset it to use the built-in templates and theme"

    static func todayUTC() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Text made safe for a terminal: every control character (C0 including TAB, CR and LF, DEL,
/// C1) and every bidirectional override or isolate (which reorders what follows on screen)
/// becomes `\u{…}`, its code point in hex; a backslash stays as it is.
enum TerminalText {
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// One line: newlines escaped too.
    static func line(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if needsEscape(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Several lines: each line escaped, the LF between them kept.
    static func lines(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    /// A JSON document: a control character left raw (only C1 and DEL can be, inside strings)
    /// becomes a JSON `\u00XX` escape; the LF between lines stays.
    static func json(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 != "\n" && needsEscape($0) }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar != "\n" && needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
