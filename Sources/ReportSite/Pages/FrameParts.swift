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
        let found = FrameParts.offsets(of: mark, in: page)
        guard found.count == 1, let at = found.first else { return nil }
        let head = Array(page[..<at]), tail = Array(page[(at + mark.count)...])
        guard FrameParts.closedBoundary(head: head, tail: tail) else { return nil }
        self.head = head
        self.tail = tail
    }

    private init(head: [UInt8], tail: [UInt8]) {
        self.head = head
        self.tail = tail
    }

    /// The parts with `placeholder` (standing for the inlined stylesheet) replaced by `bytes` —
    /// nil unless the placeholder is, once, inside a `<style>` element that `bytes` cannot close:
    /// typography never touches it there, so the result is the parts of the layout with the
    /// stylesheet itself (rendering and typesetting 13 kB of CSS for each of thousands of frames
    /// was most of a renamed site's build).
    func splicing(_ placeholder: [UInt8], with bytes: [UInt8]) -> FrameParts? {
        guard !placeholder.isEmpty, !FrameParts.occurs(Array("</style".utf8), in: bytes),
              !FrameParts.occurs(Array(FrameParts.sentinel.utf8), in: bytes) else { return nil }
        let inHead = FrameParts.offsets(of: placeholder, in: head), inTail = FrameParts.offsets(of: placeholder, in: tail)
        guard inHead.count + inTail.count == 1 else { return nil }
        func splice(_ part: [UInt8], at offset: Int) -> [UInt8]? {
            // The placeholder must lie in the raw text of a <style> element of this part.
            var inside = false
            part.withUnsafeBufferPointer { b in
                HTMLText.segments(b) { range, isText in
                    if !isText, range.contains(offset), range.upperBound >= offset + placeholder.count,
                       b[range.lowerBound...].starts(with: Array("<style".utf8)) { inside = true }
                }
            }
            guard inside else { return nil }
            return Array(part[..<offset]) + bytes + Array(part[(offset + placeholder.count)...])
        }
        if let at = inHead.first {
            return splice(head, at: at).map { FrameParts(head: $0, tail: tail) }
        }
        guard let at = inTail.first else { return nil }
        return splice(tail, at: at).map { FrameParts(head: head, tail: $0) }
    }

    static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        for i in 0...(haystack.count - needle.count) where haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) {
            found.append(i)
        }
        return found
    }

    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool { !offsets(of: needle, in: haystack).isEmpty }

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
