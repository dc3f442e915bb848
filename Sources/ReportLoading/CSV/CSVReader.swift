import ReportCore

/// One record of a CSV file with the physical line it starts on. Unquoted fields stay byte
/// ranges of the file until asked for: exports carry dozens of columns a report never reads.
public struct CSVRow: Sendable {
    enum Cell: Sendable {
        case raw(Int, Int)
        case text(String)
    }

    public let line: Int
    let cells: [Cell]
    let bytes: [UInt8]

    public var count: Int { cells.count }

    /// The field's text (the file was validated as UTF-8 when it was opened).
    public func field(_ i: Int) -> String {
        switch cells[i] {
        case .raw(let a, let b): return String(decoding: bytes[a..<b], as: UTF8.self)
        case .text(let s): return s
        }
    }

    public var fields: [String] { (0..<cells.count).map(field) }

    /// True for an empty or blank field, without building its string.
    func isBlank(_ i: Int) -> Bool {
        switch cells[i] {
        case .raw(let a, let b): return bytes[a..<b].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        case .text(let s): return CSVReader.trimmed(s).isEmpty
        }
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
        guard let headerRow = try CSVReader.nextRecord(bytes, &cursor, delimiter: delimiter, file: file) else {
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
        while let row = try CSVReader.nextRecord(bytes, &cursor, delimiter: delimiter, file: file) {
            if row.count == 1 && row.isBlank(0) { continue }
            body(row)
        }
    }

    /// The file as UTF-8: UTF-16 (with a byte-order mark, or detected by its zero bytes) is
    /// transcoded; anything else is returned as it is and validated cell by cell.
    static func utf8(_ bytes: [UInt8], file: String) throws(Diagnostic) -> [UInt8] {
        var littleEndian: Bool?
        var body = bytes[...]
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true; body = bytes[2...] }
        else if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false; body = bytes[2...] }
        else if bytes.count >= 4 && bytes.count % 2 == 0 {
            let sample = bytes.prefix(64)
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros * 2 > sample.count / 2 && evenZeros == 0 { littleEndian = true }
            else if evenZeros * 2 > sample.count / 2 && oddZeros == 0 { littleEndian = false }
        }
        guard let le = littleEndian else { return bytes }
        guard body.count % 2 == 0 else {
            throw .error(file, 0, "invalid UTF-16: the file ends in the middle of a character")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(le ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        for result in UnicodeDecodingSequence(units) {
            guard let scalar = result else {
                throw .error(file, line, "invalid UTF-16: an unpaired surrogate")
            }
            if scalar == "\n" { line += 1 }
            out.append(contentsOf: Array(String(scalar).utf8))
        }
        return out
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

    /// The next record, or nil at the end of the file.
    static func nextRecord(_ bytes: [UInt8], _ cursor: inout CSVCursor, delimiter: UInt8, file: String) throws(Diagnostic) -> CSVRow? {
        let count = bytes.count
        var i = cursor.position
        guard i < count else { return nil }
        let startLine = cursor.line
        var line = cursor.line
        var fields: [CSVRow.Cell] = []
        fields.reserveCapacity(16)
        var field: [UInt8] = []
        while true {
            // One field.
            field.removeAll(keepingCapacity: true)
            var fieldStart = i
            // Leading spaces before an opening quote are allowed.
            var j = i
            while j < count, bytes[j] == 0x20 { j += 1 }
            if j < count, bytes[j] == 0x22 {
                let quoteLine = line
                i = j + 1
                var closed = false
                while i < count {
                    let b = bytes[i]
                    if b == 0x22 {
                        if i + 1 < count, bytes[i + 1] == 0x22 {
                            field.append(0x22)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if b == 0x0A { line += 1 }
                    field.append(b)
                    i += 1
                }
                guard closed else {
                    throw .error(file, quoteLine, "unterminated quoted field: expected a closing \" before the end of the file")
                }
                // Text after the closing quote up to the delimiter is kept (lenient, like spreadsheets).
                while i < count, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    field.append(bytes[i])
                    i += 1
                }
                fields.append(.text(String(decoding: field, as: UTF8.self)))
            } else {
                fieldStart = i
                while i < count, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                if bytes[fieldStart..<i].contains(0x22) {
                    throw .error(file, line, "a quote inside an unquoted field: expected the whole field in quotes with inner quotes doubled")
                }
                fields.append(.raw(fieldStart, i))
            }
            // End of field.
            if i >= count {
                break
            }
            if bytes[i] == delimiter {
                i += 1
                if i >= count { fields.append(.raw(i, i)); break }
                continue
            }
            // End of record: \r\n, \n or a lone \r.
            if bytes[i] == 0x0D { i += 1 }
            if i < count, bytes[i] == 0x0A { i += 1 }
            line += 1
            break
        }
        cursor.position = i
        cursor.line = line
        return CSVRow(line: startLine, cells: fields, bytes: bytes)
    }

    /// The line (1-based) the byte at `index` is on.
    static func line(of index: Int, in bytes: [UInt8]) -> Int {
        bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// True when the bytes hold at least one well-formed UTF-8 sequence of two bytes or more.
    static func holdsUTF8MultiByteSequence(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            if let length = utf8SequenceLength(b, at: i) { if length > 1 { return true } }
            i += 1
        }
        return false
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or nil.
    static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return 1 }
        var length = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= b.count, b[i + 1] >= low, b[i + 1] <= high else { return nil }
        for k in 2..<length where b[i + k] < 0x80 || b[i + k] > 0xBF { return nil }
        return length
    }

    /// Index of the first byte that is not well-formed UTF-8 (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF), or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            if b[i] < 0x80 { i += 1; continue }
            guard let length = utf8SequenceLength(b, at: i) else { return i }
            i += length
        }
        return nil
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

/// UTF-16 code units decoded to scalars; nil for an ill-formed sequence.
struct UnicodeDecodingSequence: Sequence, IteratorProtocol {
    private var iterator: Array<UInt16>.Iterator
    private var decoder = UTF16()

    init(_ units: [UInt16]) { iterator = units.makeIterator() }

    mutating func next() -> Unicode.Scalar?? {
        switch decoder.decode(&iterator) {
        case .scalarValue(let s): return .some(s)
        case .emptyInput: return nil
        case .error: return .some(nil)
        }
    }
}
