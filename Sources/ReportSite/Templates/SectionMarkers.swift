import ReportCore
import ReportLoading

/// `<!-- section: visibility -->` lines in a page template name the section that follows, so
/// the report can open with the campaign's objective (kpis.md §9): the text before the first
/// marker (the summary) stays first, the objective's sections come next, the others keep the
/// template's order. Markers are removed from the page; a name that is not a section is an
/// error at its line and column, never a marker that silently moves nothing.
enum SectionMarkers {
    static let names = ["visibility", "engagement", "conversion", "trust", "word-of-mouth", "content-rights", "top-posts",
                        "platforms", "formats", "timing", "ab-test", "incrementality", "methodology"]

    /// The sections an objective's figures live in, in the order they should come: a sales
    /// campaign's incrementality (the best proof of sales) follows its conversions.
    static func sections(for objective: Objective) -> [String] {
        switch objective {
        case .awareness: return ["visibility", "word-of-mouth"]
        case .engagement, .ambassador: return ["engagement", "trust"]
        case .sales: return ["conversion", "incrementality"]
        case .leads: return ["conversion"]
        case .ugc: return ["content-rights"]
        }
    }

    /// The section name of a marker line, or nil when the line is not a marker. A comment that
    /// opens with `section` is one: `<!-- section : x -->` reads as `x`, and a comment such as
    /// `<!-- section visibility -->` gives an empty name, refused by `check`.
    static func marker(_ line: Substring) -> (name: String, column: Int)? {
        // Every line of every page passes here: one that opens (after spaces and tabs) with
        // another ASCII character than `<` is no marker, known without Foundation's trimming.
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if first < 0x80, first != UInt8(ascii: "<") { return nil }
        let lead = line.prefix { $0 == " " }.count
        let trimmed = line.dropFirst(lead).trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inner = Substring(trimmed.dropFirst(4).dropLast(3)).drop { $0 == " " }
        guard inner.hasPrefix("section") else { return nil }
        let rest = inner.dropFirst("section".count).drop { $0 == " " }
        guard rest.hasPrefix(":") else { return ("", lead + 1) }
        let name = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        let offset = trimmed.range(of: name, range: trimmed.index(trimmed.startIndex, offsetBy: 4)..<trimmed.endIndex)
            .map { trimmed.distance(from: trimmed.startIndex, to: $0.lowerBound) } ?? 0
        return (name, lead + 1 + offset)
    }

    static func check(_ text: String, file: String, into collector: DiagnosticCollector) {
        var fence: Substring?
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let open = fence {
                if line.drop(while: { $0 == " " }).hasPrefix(open) { fence = nil }
                continue
            }
            let body = line.drop(while: { $0 == " " })
            if body.hasPrefix("```") || body.hasPrefix("~~~") { fence = body.prefix(3); continue }
            guard let (name, column) = marker(line), !names.contains(name) else { continue }
            var message = name.isEmpty ? "section marker: expected <!-- section: NAME -->, NAME one of \(names.joined(separator: ", "))"
                : "section marker: unknown section \"\(name)\": expected one of \(names.joined(separator: ", "))"
            if let s = Suggestion.closest(to: name, in: names) { message += " (did you mean \"\(s)\"?)" }
            collector.emit(.error(file, i + 1, column: column, message))
        }
    }

    /// The rendered Markdown with its marked sections in the order of the page, markers removed.
    static func arrange(_ markdown: String, lead: [String]) -> String {
        var head: [Substring] = []
        var sections: [(name: String, lines: [Substring])] = []
        var fence: Substring?
        for line in lines(markdown) {
            let body = line.drop(while: { $0 == " " })
            if let open = fence {
                if body.hasPrefix(open) { fence = nil }
            } else if body.hasPrefix("```") || body.hasPrefix("~~~") {
                fence = body.prefix(3)
            } else if let (name, _) = marker(line) {
                sections.append((name, []))
                continue
            }
            if sections.isEmpty { head.append(line) } else { sections[sections.count - 1].lines.append(line) }
        }
        guard !sections.isEmpty else { return markdown }
        var ordered = head
        var placed = Set<Int>()
        for name in lead {
            for (i, s) in sections.enumerated() where s.name == name && !placed.contains(i) {
                ordered += s.lines
                placed.insert(i)
            }
        }
        for (i, s) in sections.enumerated() where !placed.contains(i) { ordered += s.lines }
        return ordered.joined(separator: "\n")
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found on the bytes: a
    /// Character split ran grapheme breaking over every page. A line feed is a Character of its
    /// own except after a carriage return (CR LF is one Character, which that split kept whole).
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, i = bytes.startIndex
        var previous: UInt8 = 0
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A, previous != 0x0D {
                lines.append(text[start..<i])
                start = bytes.index(after: i)
            }
            previous = b
            i = bytes.index(after: i)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}
