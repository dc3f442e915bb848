/// Estimated width of text in a sans-serif UI font, in pixels: charts place labels without a
/// font engine, so they budget with per-character advances (measured on DejaVu Sans and
/// Helvetica, rounded up so estimates err on the wide side).
public enum TextWidth {
    public static func estimate(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i", "j", "l", "'", "|", "!", ".", ",", ":", ";", " ", "\u{202F}", "\u{00A0}": em += 0.30
            case "f", "r", "t", "(", ")", "[", "]", "-", "/", "I": em += 0.40
            case "m", "w", "M", "W", "@", "%", "€": em += 0.88
            case "A"..."Z": em += 0.72
            case "0"..."9": em += 0.64
            case "a"..."z", "_", "#", "$", "&": em += 0.62
            default:
                // Emoji and CJK are about square; other letters like Latin ones.
                em += scalar.properties.isEmojiPresentation || scalar.value >= 0x2E80 ? 1.0 : (scalar.properties.isAlphabetic ? 0.62 : 0.0)
            }
        }
        return em * fontSize
    }

    /// `text` cut with an ellipsis so that it fits `width`; unchanged when it already does.
    public static func truncate(_ text: String, toFit width: Double, fontSize: Double) -> String {
        guard estimate(text, fontSize: fontSize) > width else { return text }
        var out = ""
        let ellipsis = estimate("…", fontSize: fontSize) + 0.6 * fontSize
        for c in text {
            if estimate(out + String(c), fontSize: fontSize) + ellipsis > width { break }
            out.append(c)
        }
        return out.trimmingTrailingSpaces() + "…"
    }

    /// `text` broken at spaces into lines that fit `width`; a word wider than a line is cut.
    public static func wrap(_ text: String, toFit width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if line.isEmpty || estimate(candidate, fontSize: fontSize) <= width {
                line = candidate
            } else {
                lines.append(truncate(line, toFit: width, fontSize: fontSize))
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(truncate(line, toFit: width, fontSize: fontSize)) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
