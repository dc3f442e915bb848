import Foundation

/// The bytes a connection has received and not yet used, and where the head of the next
/// request ends in them.
///
/// Why the preview server reads request heads itself rather than through FlyingFox's
/// `HTTPDecoder` (0.27): the decoder collects each line byte by byte into an array and, after
/// every byte, compares the array's `suffix(1)` with `"\n"`; that `==` between an array and
/// `Sequence.suffix`'s result walks the whole line again, so a line of n bytes costs n²/2
/// steps (issue 21 measured 2.4 s for a 64 KiB request line; a debug build had not answered it after 20 s),
/// and nothing bounds a line or the number of header lines. The decoder is internal to
/// FlyingFox, with no size setting, so it can be neither configured nor wrapped: this buffer
/// looks at each byte once, and refuses a head longer than `limit` before reading further.
struct HeadBuffer {
    /// The most a request line and its headers may take, line ends and the empty line included.
    static let limit = 8 * 1024

    enum Next: Equatable {
        /// A whole head, its final empty line included; the bytes after it stay in the buffer.
        case head([UInt8])
        case needMore
        /// No head within `limit` bytes; `requestLine` when not even the first line ended there.
        case tooLarge(requestLine: Bool)
    }

    private(set) var bytes: [UInt8] = []
    /// Bytes of `bytes` already looked at (never looked at again).
    private var scanned = 0
    private var requestLineEnded = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ chunk: [UInt8]) {
        bytes.append(contentsOf: chunk)
    }

    mutating func next() -> Next {
        if scanned == 0 {
            // Empty lines before a request line are ignored (RFC 9112 §2.2).
            let blank = bytes.prefix { $0 == 13 || $0 == 10 }.count
            if blank > 0 { bytes.removeFirst(blank) }
        }
        var i = scanned
        while i < bytes.count, i < Self.limit {
            if bytes[i] == 10 {
                requestLineEnded = true
                // LF LF, or LF CR LF: the empty line that ends the head.
                if i >= 1, bytes[i - 1] == 10 || (i >= 2 && bytes[i - 1] == 13 && bytes[i - 2] == 10) {
                    let head = Array(bytes[0...i])
                    bytes.removeFirst(i + 1)
                    scanned = 0
                    requestLineEnded = false
                    return .head(head)
                }
            }
            i += 1
        }
        scanned = i
        return scanned >= Self.limit ? .tooLarge(requestLine: !requestLineEnded) : .needMore
    }
}

/// A request line and its header fields, checked as RFC 9112 asks of a server.
struct RequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        /// Lower-cased.
        let name: String
        let value: String
    }

    let method: String
    /// As sent: origin form (`/a/b?c`), or any other form, which the site refuses later.
    let target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    let version: String
    let fields: [Field]

    /// Why a head is refused, as the status sent back.
    enum Refusal: Error, Equatable {
        case badRequest(String)
        case versionNotSupported
    }

    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    func value(_ name: String) -> String? {
        values(name).first
    }

    var isHTTP11: Bool { version == "HTTP/1.1" }

    /// `head` as `HeadBuffer` returns it.
    static func parse(_ head: [UInt8]) -> Result<RequestHead, Refusal> {
        var lines = head.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { return .failure(.badRequest("no request line")) }
        let parts = first.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(.badRequest("the request line is not: method target version")) }
        guard !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else { return .failure(.badRequest("bad method")) }
        // Visible ASCII only: no space, control character or raw non-ASCII byte in a target.
        guard !parts[1].isEmpty, parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else { return .failure(.badRequest("bad request target")) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(version.hasPrefix("HTTP/") ? .versionNotSupported : .badRequest("bad version"))
        }
        var fields: [Field] = []
        for line in lines.dropFirst() {
            // Folded lines (obsolete) and whitespace before the colon are refused (RFC 9112 §5).
            guard let colon = line.firstIndex(of: 58) else { return .failure(.badRequest("a header line has no colon")) }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return .failure(.badRequest("bad header name")) }
            var value = line[line.index(after: colon)...]
            while let b = value.first, b == 32 || b == 9 { value.removeFirst() }
            while let b = value.last, b == 32 || b == 9 { value.removeLast() }
            guard !value.contains(where: { ($0 < 32 && $0 != 9) || $0 == 127 }) else { return .failure(.badRequest("control character in a header")) }
            fields.append(Field(name: String(decoding: name, as: UTF8.self).lowercased(), value: String(decoding: value, as: UTF8.self)))
        }
        return .success(RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
                                    version: version, fields: fields))
    }

    /// `tchar` of RFC 9110 §5.6.2.
    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(b)
        }
    }
}

/// The Host values the preview answers: what a browser sends for the address it was given.
/// Anything else is a page that reached 127.0.0.1 through a name of its own (DNS rebinding:
/// evil.example first resolving to the attacker's server, then to 127.0.0.1), so that its
/// scripts could read the preview as same-origin; those requests are refused before a file is
/// looked at.
public enum HostCheck {
    public static func allows(_ host: String, port: UInt16) -> Bool {
        let host = host.lowercased()
        for name in ["127.0.0.1", "localhost"] {
            if host == "\(name):\(port)" || (port == 80 && host == name) { return true }
        }
        return false
    }
}
