import ReportCore

/// Windows-1252 to UTF-8, for the files Excel on Windows saves as "CSV" (data-format.md §11).
///
/// A 32-entry table rather than Foundation's `.windowsCP1252`: the five bytes the code page
/// leaves undefined must be errors at their line, and Foundation on Linux maps them to
/// control characters without a word.
enum Windows1252 {
    /// 0x80…0x9F; 0 where the code page defines nothing.
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func utf8(_ bytes: [UInt8], file: String) throws(Diagnostic) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var line = 1
        for b in bytes {
            if b < 0x80 {
                if b == 0x0A { line += 1 }
                out.append(b)
                continue
            }
            let scalar = b >= 0xA0 ? UInt32(b) : high[Int(b - 0x80)]
            guard scalar != 0, let s = Unicode.Scalar(scalar) else {
                let hex = String(b, radix: 16, uppercase: true)
                throw .error(file, line, "byte 0x\(hex) is undefined in Windows-1252, the encoding this file was read in (it is not UTF-8): expected the file saved as \"CSV UTF-8\"")
            }
            UTF8.encode(s) { out.append($0) }
        }
        return out
    }
}
