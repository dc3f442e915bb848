/// The comment tokenizer of kpis.md §3 and the quality word count: one pass over the
/// Unicode scalars of a comment, no Foundation.
extension CommentLexicon {
    /// Words left once URLs (`http(s)://…`, `www.…`), @mentions and #hashtags are removed and
    /// every character that is not a letter or digit becomes a space.
    public static func qualityWordCount(_ text: String) -> Int {
        // One pass: words are counted per whitespace-separated chunk and kept unless the
        // chunk turns out to be a link, a mention or a hashtag.
        var total = 0, chunkWords = 0, prefix = "", chunkLength = 0, inWord = false
        func endChunk() {
            let skip = prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("www.")
                || prefix.hasPrefix("@") || prefix.hasPrefix("#")
            if !skip { total += chunkWords }
            chunkWords = 0; prefix = ""; chunkLength = 0; inWord = false
        }
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || (!scalar.isASCII && scalar.properties.isWhitespace) {
                if chunkLength > 0 { endChunk() }
                continue
            }
            if chunkLength < 8 {
                prefix.unicodeScalars.append(scalar.isASCII && scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
            }
            chunkLength += 1
            if isWordScalar(scalar) {
                if !inWord { chunkWords += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        if chunkLength > 0 { endChunk() }
        return total
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// French elided words split off their word: "j'adore" reads as `j'` `adore`, "n'est" as `n` `est`.
    static let elisions: Set<String> = ["l", "j", "c", "d", "m", "t", "s", "qu", "jusqu", "lorsqu", "puisqu"]

    /// Accents typed or not read the same ("tres", "decue"): each language is read with its
    /// own lexicon, so the French "hâte" is not the English "hate".
    static func fold(_ s: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        switch s.value {
        case 0xE0, 0xE1, 0xE2, 0xE4: out.append("a")
        case 0xE7: out.append("c")
        case 0xE8, 0xE9, 0xEA, 0xEB: out.append("e")
        case 0xEC, 0xED, 0xEE, 0xEF: out.append("i")
        case 0xF2, 0xF3, 0xF4, 0xF6: out.append("o")
        case 0xF9, 0xFA, 0xFB, 0xFC: out.append("u")
        case 0x153: out.append("o"); out.append("e")
        case 0xE6: out.append("a"); out.append("e")
        default: out.append(s)
        }
    }

    /// Lower-cased, accent-folded tokens: runs of letters, digits and apostrophes (`’` read as
    /// `'`); `?` as a token; `.` for the end of any other clause (`, . ! ; : …`, new line); each
    /// verdict emoji as a token. @mentions and links are skipped (names, not words). With a
    /// vocabulary, a stretched word ("trooop", "merciii") reads as the lexicon word it stretches.
    static func tokens(_ text: String, vocabulary: [String: Entry]?) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var stretched = false, run = 0, last: Unicode.Scalar = " ", skipping = false
        func emit(_ word: String) {
            if stretched, let vocabulary {
                let two = squeeze(word, to: 2)
                if vocabulary[two] != nil { out.append(two); return }
                let one = squeeze(word, to: 1)
                out.append(vocabulary[one] != nil ? one : two)
            } else {
                out.append(word)
            }
        }
        func flush() {
            defer { current = String.UnicodeScalarView(); stretched = false; run = 0; last = " " }
            while current.first == "'" { current.removeFirst() }
            guard !current.isEmpty else { return }
            let word = String(current)
            if let apostrophe = word.firstIndex(of: "'"), apostrophe != word.startIndex {
                let head = String(word[..<apostrophe])
                let rest = String(word[word.index(after: apostrophe)...])
                if !rest.isEmpty && (head == "n" || elisions.contains(head)) {
                    out.append(head == "n" ? "n" : head + "'")
                    emit(rest)
                    return
                }
            }
            emit(word)
        }
        func boundary(_ token: String) {
            flush()
            if out.last != token && !(token == "." && out.last == "?") && !out.isEmpty { out.append(token) }
        }
        func append(_ s: Unicode.Scalar) {
            run = s == last ? run + 1 : 1
            if run >= 3 { stretched = true }
            last = s
            current.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if skipping {
                if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || (!scalar.isASCII && scalar.properties.isWhitespace) { skipping = false }
                continue
            }
            if scalar.isASCII {
                if v >= 0x41 && v <= 0x5A {
                    append(Unicode.Scalar(v + 32) ?? scalar)
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x27 {
                    append(scalar)
                } else if v == 0x40 && current.isEmpty {
                    skipping = true
                } else if (v == 0x3A && (current.count == 4 || current.count == 5) && (String(current) == "http" || String(current) == "https"))
                            || (v == 0x2E && current.count == 3 && String(current) == "www") {
                    current = String.UnicodeScalarView()
                    skipping = true
                } else if v == 0x3F {
                    boundary("?")
                } else if v == 0x2C || v == 0x2E || v == 0x21 || v == 0x3B || v == 0x3A || v == 0x0A || v == 0x0D {
                    boundary(".")
                } else {
                    flush()
                }
            } else if scalar == "’" {
                append("'")
            } else if isWordScalar(scalar) {
                for s in scalar.properties.lowercaseMapping.unicodeScalars { fold(s, into: &current) }
                run = 0; last = " "
            } else if scalar == "…" {
                boundary(".")
            } else if emojiScalars.contains(v) {
                flush()
                out.append(String(scalar))
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The word with every run of a letter cut to `limit`.
    static func squeeze(_ word: String, to limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " ", run = 0
        for s in word.unicodeScalars {
            run = s == last ? run + 1 : 1
            last = s
            if run <= limit { out.append(s) }
        }
        return String(out)
    }
}
