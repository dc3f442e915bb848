#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text runs of an HTML document, for a transform that must never touch markup: tags,
/// attribute values, comments and the contents of `<style>` and `<script>` are copied as they are.
/// The pages this program writes escape `<` and `>` in text and attribute values, so a run ends at
/// the next `<` and a tag at the next `>`.
///
/// Scanned as UTF-8 bytes: every finished French page goes through it (about 400 MB on a large
/// portfolio), and a pass of `String` slices and Foundation searches was 70 % of such a build.
enum HTMLText {
    /// `html` with each text run replaced by `transform(run)`.
    static func map(_ html: String, _ transform: (String) -> String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + html.utf8.count / 64)
        let bytes = Array(html.utf8)
        bytes.withUnsafeBufferPointer { source in
            segments(source) { range, isText in
                if isText {
                    out.append(contentsOf: transform(String(decoding: UnsafeBufferPointer(rebasing: source[range]), as: UTF8.self)).utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `visit` with each run of the document in order: text (`true`) or markup copied as it is.
    static func segments(_ b: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Bool) -> Void) {
        _ = scan(b, visit)
    }

    /// True when the text ends inside a tag, or inside a comment or a `<style>`/`<script>` whose
    /// end is not in it: what follows would not start as text.
    static func endsOpen(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        scan(b) { _, _ in }
    }

    /// `segments`; returns whether something was left open at the end.
    private static func scan(_ b: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Bool) -> Void) -> Bool {
        let n = b.count
        var leftOpen = false
        var i = 0
        while i < n {
            // Text up to the next `<`.
            let open = next(UInt8(ascii: "<"), in: b, from: i)
            visit(i..<open, true)
            guard open < n else { return leftOpen }
            let close = next(UInt8(ascii: ">"), in: b, from: open + 1)
            guard close < n else {
                visit(open..<n, false)
                return true
            }
            var end = close + 1
            var unclosed = false
            // Raw-text elements: copied up to their end tag; a comment up to `-->`. Most tags
            // are neither, told by their second byte.
            if b[open + 1] | 0x20 == UInt8(ascii: "s"), let name = rawTextName(b, open + 1, close) {
                if let found = find(b, from: end, "</" + name) { end = found } else { unclosed = true }
            } else if b[open + 1] == UInt8(ascii: "!"), startsWith(b, open, "<!--"), !(close - 2 >= open && startsWith(b, close - 2, "-->")) {
                if let found = find(b, from: end, "-->") { end = found + 3 } else { unclosed = true }
            }
            visit(open..<end, false)
            // Text that follows would decide where it ends.
            if unclosed { leftOpen = true }
            i = end
        }
        return leftOpen
    }

    /// The offset of the first `byte` at or after `from`, or the end (memchr: pages are hundreds
    /// of kilobytes, every finished French page is scanned).
    @inline(__always)
    private static func next(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = b.baseAddress, from < b.count, let found = memchr(base + from, Int32(byte), b.count - from) else { return b.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// `style` or `script` when the tag starting at `from` is one of them (any case).
    private static func rawTextName(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String? {
        func isLetter(_ j: Int) -> Bool {
            j < to && (b[j] >= 0x80 || ((b[j] | 0x20) >= UInt8(ascii: "a") && (b[j] | 0x20) <= UInt8(ascii: "z")))
        }
        // A longer name (`<scripts>`, `<styleé>`) is another element.
        for name in ["style", "script"] {
            var j = from
            var same = true
            for c in name.utf8 {
                guard j < to, b[j] | 0x20 == c else { same = false; break }
                j += 1
            }
            if same, !isLetter(j) { return name }
        }
        return nil
    }

    private static func startsWith(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ literal: String) -> Bool {
        var j = at
        for c in literal.utf8 {
            guard j < b.count, b[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// The offset of the first `literal` at or after `from`.
    private static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ literal: String) -> Int? {
        guard let first = literal.utf8.first else { return nil }
        var j = from
        while j < b.count {
            if b[j] == first, startsWith(b, j, literal) { return j }
            j += 1
        }
        return nil
    }
}
