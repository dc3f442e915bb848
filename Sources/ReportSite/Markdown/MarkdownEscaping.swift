/// Makes data inert in a Markdown template: every ASCII punctuation character gets a
/// backslash (CommonMark treats `\x` as the literal character for all of them), so a name
/// like `<script>` or `[x](javascript:…)` stays text, and line breaks become spaces so a
/// value cannot open a new block (a heading, a list, a fence).
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                out.append(" ")
            case "\u{0}":
                out.append("\u{FFFD}")
            case "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=",
                 ">", "?", "@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
