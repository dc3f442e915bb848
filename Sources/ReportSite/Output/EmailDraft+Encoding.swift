import Foundation

/// The encodings of the draft: RFC 2047 headers, RFC 2231 file names, quoted-printable text and
/// base64 attachments. Every header value goes through one of them, so no CR or LF of a
/// project's text (a campaign name, a recipient's name) can start a header of its own.
extension EmailDraft {
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
    /// characters are replaced first (`headerText`). `always` encodes even plain text (a
    /// display name, where `,` or `"` would mean something).
    static func encodedWord(_ raw: String, always: Bool = false) -> String {
        let s = headerText(raw)
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !s.contains("=?") && s.utf8.count <= 68
        if plain && !always { return s }
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
