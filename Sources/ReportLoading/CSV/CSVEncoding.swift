import ReportCore

/// The encodings a CSV file may come in, and locating the bytes that are not UTF-8.
extension CSVReader {
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
        let n = b.count
        return b.withUnsafeBytes { raw -> Int? in
            var i = 0
            while i < n {
                // Eight ASCII bytes at a time (no high bit set): nearly every byte of a CSV
                // file is ASCII, and this loop is several times faster than one byte a step.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                if raw[i] < 0x80 { i += 1; continue }
                guard let length = utf8SequenceLength(b, at: i) else { return i }
                i += length
            }
            return nil
        }
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
