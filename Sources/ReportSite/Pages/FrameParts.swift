/// A finished page is `head + typeset body + tail`, where head and tail are the layout around
/// the content, typeset — when the layout's boundaries cannot change how the body is typeset:
/// the head ends outside any tag, comment or raw-text element, and the text touching the body on
/// either side is only line breaks and tabs (French spacing acts on a space next to a mark, so
/// it never reaches across them). Then a page can take a new frame (report.yaml's `title:`
/// renamed) by swapping head and tail around the previous file's middle, byte for byte what a
/// clean build writes. Any other layout gives nil, and its pages are drawn again.
struct FrameParts: Sendable, Equatable {
    let head: [UInt8]
    let tail: [UInt8]

    /// Not HTML, so no template or value writes it; split on, never published.
    static let sentinel = "\u{1}report-content\u{1}"

    /// `typeset` is the finished page's typography (applied to the whole layout output).
    init?(layoutOutput: String, typeset: (String) -> String) {
        let page = Array(typeset(layoutOutput).utf8)
        let mark = Array(FrameParts.sentinel.utf8)
        var found: [Int] = []
        if page.count >= mark.count {
            for i in 0...(page.count - mark.count) where page[i] == mark[0] && Array(page[i..<(i + mark.count)]) == mark { found.append(i) }
        }
        guard found.count == 1, let at = found.first else { return nil }
        let head = Array(page[..<at]), tail = Array(page[(at + mark.count)...])
        guard FrameParts.closedBoundary(head: head, tail: tail) else { return nil }
        self.head = head
        self.tail = tail
    }

    /// The previous file's body when it is `head + body + tail`; nil otherwise.
    func body(of file: [UInt8]) -> ArraySlice<UInt8>? {
        guard file.count >= head.count + tail.count, file.starts(with: head), file[(file.count - tail.count)...].elementsEqual(tail) else {
            return nil
        }
        return file[head.count..<(file.count - tail.count)]
    }

    private static func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D || c == 0x09 }

    static func closedBoundary(head: [UInt8], tail: [UInt8]) -> Bool {
        // Head: after its last `>`, only line breaks; and nothing left open.
        guard let close = head.lastIndex(of: UInt8(ascii: ">")), head[(close + 1)...].allSatisfy(isBreak) else { return false }
        let open = head.withUnsafeBufferPointer { HTMLText.endsOpen($0) }
        guard !open else { return false }
        // Tail: only line breaks before its first `<`.
        guard let first = tail.firstIndex(of: UInt8(ascii: "<")), tail[..<first].allSatisfy(isBreak) else { return false }
        return true
    }
}
