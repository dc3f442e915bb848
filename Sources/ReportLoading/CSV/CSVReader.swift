import ReportCore

/// One record of a CSV file with the physical line it starts on. Fields stay byte ranges
/// until asked for: exports carry dozens of columns a report never reads, and counts and
/// dates are read from the bytes without a String. `forEachRow` refills one row, so its
/// buffers are allocated once per file, not once per record.
public struct CSVRow: Sendable {
    /// Where one field's bytes are.
    struct Field: Sendable {
        var start: Int
        var end: Int
        /// Written in quotes: blank then means empty once trimmed, as for any text.
        var quoted: Bool
        /// In `unescaped` (doubled quotes undone, or text after the closing quote), not the file.
        var copied: Bool
    }

    public internal(set) var line: Int
    var cells: [Field] = []
    var unescaped: [UInt8] = []
    let bytes: [UInt8]

    init(line: Int, bytes: [UInt8]) {
        self.line = line
        self.bytes = bytes
        cells.reserveCapacity(32)
    }

    public var count: Int { cells.count }

    /// The field's text (the file was validated as UTF-8 when it was opened).
    public func field(_ i: Int) -> String {
        let f = cells[i]
        return f.copied ? String(decoding: unescaped[f.start..<f.end], as: UTF8.self) : String(decoding: bytes[f.start..<f.end], as: UTF8.self)
    }

    public var fields: [String] { (0..<cells.count).map(field) }

    /// Empty fields added after the last one, up to `width` (a Meta export's short row).
    mutating func padded(to width: Int) {
        while cells.count < width { cells.append(Field(start: 0, end: 0, quoted: false, copied: false)) }
    }

    /// True for an empty or blank field, without building its string.
    func isBlank(_ i: Int) -> Bool {
        let f = cells[i]
        if f.quoted { return CSVReader.trimmed(field(i)).isEmpty }
        return bytes[f.start..<f.end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

/// The RFC 4180 reader of data-format.md §11: BOM, LF/CRLF, quoted newlines and doubled
/// quotes, `,` or `;` detected from the header line, blank lines skipped.
///
/// Hand-written over bytes rather than SwiftCSV / CSV.swift: those decode the whole file
/// into a String first and do not report the line a record starts on, which every
/// message needs; a single pass over `[UInt8]` gives both (docs/inputs.md).
public struct CSVReader: Sendable {
    public let file: String
    public let delimiter: UInt8
    public let header: [String]
    /// Line of the header record.
    public let headerLine: Int
    /// What reading the file noticed without refusing it (a Windows-1252 file).
    public let warnings: [Diagnostic]
    private let bytes: [UInt8]
    private let bodyStart: Int
    private let bodyLine: Int

    /// Reads the header; the body is read lazily by `forEachRow`.
    public init(bytes: [UInt8], file: String) throws(Diagnostic) {
        self.file = file
        guard !bytes.isEmpty else {
            throw .error(file, 0, "the file is empty (0 bytes): expected at least a header line")
        }
        // Meta Business Suite saves UTF-16: read it as UTF-8 like every other file.
        var bytes = try CSVReader.utf8(bytes, file: file)
        var warnings: [Diagnostic] = []
        // Validated once, here, so fields can be decoded lazily without a check each.
        if let bad = CSVReader.firstInvalidUTF8(bytes) {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let badLine = CSVReader.line(of: bad, in: bytes)
            // Excel on Windows saves "CSV" in Windows-1252: a file with no UTF-8 sequence at all
            // is read as such (data-format.md §11); one that has some is damaged UTF-8.
            if hasBOM || CSVReader.holdsUTF8MultiByteSequence(bytes) {
                throw .error(file, badLine, "invalid UTF-8: expected the file saved as UTF-8 text")
            }
            bytes = try Windows1252.utf8(bytes, file: file)
            // Placed at the first byte read differently, so the user can look at that letter.
            warnings.append(.warning(file, badLine, "not UTF-8: read as Windows-1252, the encoding of Excel's \"CSV\" on Windows (first such letter on this line); save the file as \"CSV UTF-8\" to be sure every letter is read as written"))
        }
        self.warnings = warnings
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        self.bytes = bytes
        // Skip blank lines and `#` comment lines (GA4 exports open with them) before the header.
        var line = 1
        while start < bytes.count {
            if bytes[start] == 0x0A || bytes[start] == 0x0D {
                if bytes[start] == 0x0A { line += 1 }
                start += 1
            } else if bytes[start] == UInt8(ascii: "#") {
                while start < bytes.count, bytes[start] != 0x0A { start += 1 }
            } else {
                break
            }
        }
        // A first line `sep=,` (Excel's hint, written by Meta exports) names the delimiter.
        var delimiter = CSVReader.detectDelimiter(bytes, from: start)
        if start + 5 <= bytes.count, Array(bytes[start..<(start + 4)]).map({ $0 | 0x20 }) == Array("sep=".utf8) {
            delimiter = bytes[start + 4]
            start += 5
            while start < bytes.count, bytes[start] == 0x0D || bytes[start] == 0x20 { start += 1 }
            if start < bytes.count, bytes[start] == 0x0A { start += 1; line += 1 }
        }
        self.delimiter = delimiter
        var cursor = CSVCursor(start: start, line: line)
        var headerRow = CSVRow(line: line, bytes: bytes)
        guard try CSVReader.nextRecord(&cursor, into: &headerRow, delimiter: delimiter, file: file) else {
            throw .error(file, 0, "the file holds no header line")
        }
        self.headerLine = headerRow.line
        self.header = headerRow.fields.map { CSVReader.trimmed($0) }
        self.bodyStart = cursor.position
        self.bodyLine = cursor.line
    }

    /// Calls `body` for each non-blank record after the header, in order.
    /// Stops at a record that cannot be read (an unterminated quote), with its located error.
    public func forEachRow(_ body: (CSVRow) -> Void) throws(Diagnostic) {
        var cursor = CSVCursor(start: bodyStart, line: bodyLine)
        var row = CSVRow(line: bodyLine, bytes: bytes)
        while try CSVReader.nextRecord(&cursor, into: &row, delimiter: delimiter, file: file) {
            if row.count == 1 && row.isBlank(0) { continue }
            body(row)
        }
    }

    /// Line feeds after the header, about the number of records: a loader sizes its tables
    /// once with it instead of growing them (rehashing every key at each doubling).
    public func bodyLineFeeds() -> Int {
        let n = bytes.count
        return bytes.withUnsafeBytes { raw -> Int in
            var i = bodyStart, feeds = 0
            // Eight bytes a step: each byte equal to 0x0A leaves its high bit set in `hits`.
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                let hits = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
                feeds += hits.nonzeroBitCount
                i += 8
            }
            while i < n {
                if raw[i] == 0x0A { feeds += 1 }
                i += 1
            }
            return feeds
        }
    }

    /// `,` or `;`, whichever the header line holds more of outside quotes (`,` on a tie).
    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var commas = 0, semicolons = 0, inQuotes = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 { inQuotes.toggle() }
            else if !inQuotes {
                if b == 0x0A { break }
                if b == 0x2C { commas += 1 } else if b == 0x3B { semicolons += 1 }
            }
            i += 1
        }
        return semicolons > commas ? 0x3B : 0x2C
    }

    struct CSVCursor {
        var position: Int
        var line: Int
        init(start: Int, line: Int) {
            position = start
            self.line = line
        }
    }

    /// Reads the next record into `row`, reusing its buffers; false at the end of the file.
    static func nextRecord(_ cursor: inout CSVCursor, into row: inout CSVRow, delimiter: UInt8, file: String) throws(Diagnostic) -> Bool {
        guard cursor.position < row.bytes.count else { return false }
        row.line = cursor.line
        row.cells.removeAll(keepingCapacity: true)
        row.unescaped.removeAll(keepingCapacity: true)
        // Unchecked reads: every index below is tested against `count` first, and a pointer
        // loop over the bytes runs measurably faster than Array's checked subscript here.
        let bytes = row.bytes
        return try bytes.withUnsafeBufferPointer { (p) throws(Diagnostic) -> Bool in
            try scanRecord(p, &cursor, into: &row, delimiter: delimiter, file: file)
            return true
        }
    }

    private static func scanRecord(_ p: UnsafeBufferPointer<UInt8>, _ cursor: inout CSVCursor, into row: inout CSVRow,
                                   delimiter: UInt8, file: String) throws(Diagnostic) {
        let count = p.count
        var i = cursor.position
        var line = cursor.line
        while true {
            // One field. Leading spaces before an opening quote are allowed.
            var j = i
            while j < count, p[j] == 0x20 { j += 1 }
            if j < count, p[j] == 0x22 {
                let quoteLine = line
                i = j + 1
                let contentStart = i
                // A field without doubled quotes or trailing text stays a range of the file.
                var copied = false
                let copyStart = row.unescaped.count
                var closed = false
                while i < count {
                    // Eight bytes a step while none is a quote or a line feed: quoted cells are the
                    // long ones (captions, comments), and this skips them about four times faster.
                    if !copied, let base = p.baseAddress {
                        while i + 8 <= count {
                            let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            if CSVReader.holdsByte(word, 0x22) || CSVReader.holdsByte(word, 0x0A) { break }
                            i += 8
                        }
                        guard i < count else { break }
                    }
                    let b = p[i]
                    if b == 0x22 {
                        if i + 1 < count, p[i + 1] == 0x22 {
                            if !copied {
                                copied = true
                                row.unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: p[contentStart..<i]))
                            }
                            row.unescaped.append(0x22)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if b == 0x0A { line += 1 }
                    if copied { row.unescaped.append(b) }
                    i += 1
                }
                guard closed else {
                    throw .error(file, quoteLine, "unterminated quoted field: expected a closing \" before the end of the file")
                }
                let contentEnd = i - 1
                // Text after the closing quote up to the delimiter is kept (lenient, like spreadsheets).
                if i < count, p[i] != delimiter, p[i] != 0x0A, p[i] != 0x0D {
                    if !copied {
                        copied = true
                        row.unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: p[contentStart..<contentEnd]))
                    }
                    while i < count, p[i] != delimiter, p[i] != 0x0A, p[i] != 0x0D {
                        row.unescaped.append(p[i])
                        i += 1
                    }
                }
                row.cells.append(copied
                    ? CSVRow.Field(start: copyStart, end: row.unescaped.count, quoted: true, copied: true)
                    : CSVRow.Field(start: contentStart, end: contentEnd, quoted: true, copied: false))
            } else {
                let fieldStart = i
                var sawQuote = false
                while i < count {
                    let b = p[i]
                    if b == delimiter || b == 0x0A || b == 0x0D { break }
                    if b == 0x22 { sawQuote = true }
                    i += 1
                }
                if sawQuote {
                    throw .error(file, line, "a quote inside an unquoted field: expected the whole field in quotes with inner quotes doubled")
                }
                row.cells.append(CSVRow.Field(start: fieldStart, end: i, quoted: false, copied: false))
            }
            // End of field.
            if i >= count {
                break
            }
            if p[i] == delimiter {
                i += 1
                if i >= count { row.cells.append(CSVRow.Field(start: i, end: i, quoted: false, copied: false)); break }
                continue
            }
            // End of record: \r\n, \n or a lone \r.
            if p[i] == 0x0D { i += 1 }
            if i < count, p[i] == 0x0A { i += 1 }
            line += 1
            break
        }
        cursor.position = i
        cursor.line = line
    }

    /// True when one of the eight bytes of `word` is `byte` (the exact zero-byte test on `word ^ byte…`).
    @inline(__always)
    static func holdsByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Trims spaces, tabs and no-break spaces around a cell.
    public static func trimmed(_ s: String) -> String {
        // Most cells have nothing to trim: check the first and last bytes before any
        // Character work (spaces, tab, and the lead bytes of U+00A0 and U+202F).
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        func mayBeSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xC2 || b == 0xE2 || b == 0xA0 || b == 0xAF }
        if !mayBeSpace(first) && !mayBeSpace(last) { return s }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        guard let first = s.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[first...last])
    }
}
