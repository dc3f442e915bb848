import ReportCore

/// A column resolved once per file: loaders look its position up before the rows instead of
/// hashing its name (and its alias) for every cell of every row.
public struct CSVColumn: Sendable {
    /// Our name for the column; messages show the header's own spelling (`displayName`).
    public let name: String
    /// Its position in a row; nil when the file has no such column.
    public let index: Int?
}

/// A CSV file read against the columns a kind of file expects: header names matched
/// case-insensitively, required ones checked, each cell converted with a located message.
/// A class: every row's `CSVCells` refers to it, and a reference costs one retain where a
/// copy of the struct cost one per field.
public final class CSVTable {
    public let reader: CSVReader
    private let index: [String: Int]
    /// Our column name → the export's (lower-cased) header name, for platform exports.
    private let aliases: [String: String]
    /// A platform export: its placeholder cells (`undefined`, `--`, `-`) mean not reported.
    let placeholders: Bool
    /// A `;` file, where a comma is a decimal comma.
    let semicolonFile: Bool
    /// Rows with fewer cells than the header have their missing trailing cells not reported
    /// (Meta exports, data-format.md §12), with one warning for the file.
    let readsShortRows: Bool
    /// Lines of the short rows read so far (the warning gives their count and the first ones).
    public private(set) var shortRows: [Int] = []

    public var file: String { reader.file }

    /// Checks the header: no column named twice, every required column present; nil (with
    /// every header problem emitted) when the file cannot be read as this kind.
    public init?(reader: CSVReader, required: [String], aliases: [String: String] = [:], platformExport: Bool = false,
                 shortRows: Bool = false, into collector: DiagnosticCollector) {
        self.reader = reader
        self.readsShortRows = shortRows
        self.aliases = aliases
        self.placeholders = platformExport
        self.semicolonFile = reader.delimiter == 0x3B
        var index: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (i, name) in reader.header.enumerated() {
            let key = name.lowercased()
            if index[key] != nil {
                problems.append(.error(reader.file, reader.headerLine, "column \"\(name)\" appears twice in the header: expected each column once"))
            } else {
                index[key] = i
            }
        }
        for column in required where index[aliases[column] ?? column] == nil {
            let name = aliases[column] ?? column
            problems.append(.error(reader.file, reader.headerLine, "missing required column \"\(name)\": the header has \(reader.header.map { "\"\($0)\"" }.joined(separator: ", "))"))
        }
        if !problems.isEmpty {
            collector.emit(contentsOf: problems)
            return nil
        }
        self.index = index
    }

    public func has(_ name: String) -> Bool { column(name) != nil }

    public func column(_ name: String) -> Int? { index[aliases[name] ?? name] }

    /// The column's position, looked up once for all the rows.
    public func resolve(_ name: String) -> CSVColumn { CSVColumn(name: name, index: column(name)) }

    /// The header name as the file writes it, for messages.
    public func displayName(_ name: String) -> String {
        guard let i = column(name) else { return aliases[name] ?? name }
        return reader.header[i]
    }

    /// Reads each row through `body`, emitting the problems of every row instead of
    /// stopping at the first (report check lists them all). A row with a problem is skipped.
    /// False when a broken record stopped the reading: the rows before it are incomplete.
    @discardableResult
    public func forEachRow(into collector: DiagnosticCollector, _ body: (inout CSVCells) -> Void) -> Bool {
        let width = reader.header.count
        do {
            try reader.forEachRow { read in
                var row = read
                if row.count < width && readsShortRows {
                    shortRows.append(row.line)
                    row.padded(to: width)
                } else if row.count != width {
                    collector.emit(.error(file, row.line, "expected \(width) fields as in the header, found \(row.count)"))
                    return
                }
                var cells = CSVCells(table: self, row: row)
                body(&cells)
                // Most rows have nothing to say: no lock taken for them.
                if !cells.diagnostics.isEmpty { collector.emit(contentsOf: cells.diagnostics) }
            }
        } catch {
            collector.emit(error)
            emitShortRows(into: collector)
            return false
        }
        emitShortRows(into: collector)
        return true
    }

    /// The one warning for the short rows of a Meta export, at the first of them.
    private func emitShortRows(into collector: DiagnosticCollector) {
        guard let first = shortRows.first else { return }
        let shown = shortRows.prefix(5).map(String.init).joined(separator: ", ") + (shortRows.count > 5 ? "…" : "")
        let rows = shortRows.count == 1 ? "1 row has" : "\(shortRows.count) rows have"
        let lines = shortRows.count == 1 ? "line \(first)" : "lines \(shown)"
        collector.emit(.warning(file, first, "\(rows) fewer cells than the header's \(reader.header.count) (Meta adds columns and leaves older rows short): the missing last cells are read as not reported (\(lines))"))
        shortRows = []
    }
}

/// The cells of one row, converted on demand; conversion problems are collected in `diagnostics`.
public struct CSVCells {
    let table: CSVTable
    public let row: CSVRow
    public var diagnostics: [Diagnostic] = []

    init(table: CSVTable, row: CSVRow) {
        self.table = table
        self.row = row
    }

    public var line: Int { row.line }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The trimmed cell, nil when the column is absent or the cell is empty ("not reported").
    public func text(_ column: String) -> String? {
        text(at: table.column(column))
    }

    public func text(_ column: CSVColumn) -> String? {
        text(at: column.index)
    }

    /// The same with the column's position resolved once per file (hot loops).
    public func text(at index: Int?) -> String? {
        guard let i = index else { return nil }
        // Most cells need no trimming: their String straight from the bytes.
        if let r = plainBytes(i) { return String(decoding: row.bytes[r], as: UTF8.self) }
        if row.isBlank(i) { return nil }
        let value = CSVReader.trimmed(row.field(i))
        if value.isEmpty || (table.placeholders && CSVCells.isPlaceholder(value)) { return nil }
        return value
    }

    /// The file's bytes of a cell that `text` would return unchanged: not empty, nothing to
    /// trim, no placeholder. Numbers and dates are read from them without a String; nil sends
    /// the caller to the String path, which decides every other case as before.
    func plainBytes(_ i: Int) -> Range<Int>? {
        let f = row.cells[i]
        guard !f.copied, f.start < f.end else { return nil }
        let first = row.bytes[f.start], last = row.bytes[f.end - 1]
        // The bytes `CSVReader.trimmed` looks at before trimming anything.
        func mayBeSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xC2 || b == 0xE2 || b == 0xA0 || b == 0xAF }
        if mayBeSpace(first) || mayBeSpace(last) { return nil }
        if table.placeholders && CSVCells.isPlaceholder(row.bytes, f.start, f.end) { return nil }
        return f.start..<f.end
    }

    /// What platform exports write for "not reported" (data-format.md §12): `-`, `--`,
    /// `undefined` (TikTok), `N/A` (Meta), in any case.
    static func isPlaceholder(_ value: String) -> Bool {
        value == "-" || value == "--" || value.lowercased() == "undefined" || value.lowercased() == "n/a"
    }

    /// The same test on bytes. Of the non-ASCII letters only the Kelvin sign lower-cases to
    /// ASCII alone (`k`, not in `undefined`), so an ASCII comparison gives `lowercased()`'s answer.
    static func isPlaceholder(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1: return b[start] == 0x2D
        case 2: return b[start] == 0x2D && b[start + 1] == 0x2D
        case 3: return b[start] | 0x20 == 0x6E && b[start + 1] == 0x2F && b[start + 2] | 0x20 == 0x61
        case 9: return zip(b[start..<end], "undefined".utf8).allSatisfy { $0 | 0x20 == $1 }
        default: return false
        }
    }

    /// The cell as written (not trimmed), for free text such as captions.
    public func raw(_ column: String) -> String? {
        raw(at: table.column(column))
    }

    public func raw(_ column: CSVColumn) -> String? {
        raw(at: column.index)
    }

    func raw(at index: Int?) -> String? {
        guard let i = index else { return nil }
        if let r = plainBytes(i) { return String(decoding: row.bytes[r], as: UTF8.self) }
        let value = row.field(i)
        let trimmed = CSVReader.trimmed(value)
        return trimmed.isEmpty || (table.placeholders && CSVCells.isPlaceholder(trimmed)) ? nil : value
    }

    public mutating func error(_ column: String, _ message: String) {
        diagnostics.append(.error(table.file, row.line, "column \"\(table.displayName(column))\": \(message)"))
    }

    public mutating func error(_ column: CSVColumn, _ message: String) {
        error(column.name, message)
    }

    public mutating func warning(_ message: String) {
        diagnostics.append(.warning(table.file, row.line, message))
    }

    /// A required cell: an error when empty.
    public mutating func required(_ column: String) -> String? {
        required(table.resolve(column))
    }

    public mutating func required(_ column: CSVColumn) -> String? {
        guard let v = text(column) else {
            error(column, "expected a value, found an empty cell")
            return nil
        }
        return v
    }

    /// True when `text` would return a value, without building the String of a plain cell.
    func hasText(_ column: CSVColumn) -> Bool {
        guard let i = column.index else { return false }
        return plainBytes(i) != nil || text(at: i) != nil
    }

    /// `required` then `dateTime`: the empty-cell error, or the date's; the cell read once.
    public mutating func requiredDateTime(_ column: CSVColumn, clock: DateReader) -> LocalDateTime? {
        guard hasText(column) else {
            error(column, "expected a value, found an empty cell")
            return nil
        }
        return dateTime(column, clock: clock)
    }

    /// `required` then `number`.
    public mutating func requiredNumber(_ column: CSVColumn, nonNegative: Bool = true) -> Double? {
        guard hasText(column) else {
            error(column, "expected a value, found an empty cell")
            return nil
        }
        return number(column, nonNegative: nonNegative)
    }

    /// `required` then `count`.
    public mutating func requiredCount(_ column: CSVColumn) -> Int? {
        guard hasText(column) else {
            error(column, "expected a value, found an empty cell")
            return nil
        }
        return count(column)
    }

    /// A non-negative integer count, nil when unreported.
    public mutating func count(_ column: String) -> Int? {
        count(column, at: table.column(column))
    }

    public mutating func count(_ column: CSVColumn) -> Int? {
        count(column.name, at: column.index)
    }

    /// A count whose column position was resolved once per file.
    public mutating func count(_ column: String, at index: Int?) -> Int? {
        if let i = index, let r = plainBytes(i), let v = CSVNumber.plainCount(row.bytes, r) { return v }
        guard let cell = text(at: index) else { return nil }
        guard let v = CSVNumber.parse(cell, semicolonFile: table.semicolonFile), v >= 0, v == v.rounded() else {
            error(column, "expected a non-negative integer, found \"\(cell)\"")
            return nil
        }
        guard v <= NumberFormat.largest else {
            error(column, "\"\(cell)\" is beyond what a report can show: expected at most 1000000000000")
            return nil
        }
        return Int(v)
    }

    /// An integer that may be negative (YouTube's net change of likes over the period), nil when
    /// unreported.
    public mutating func signedCount(_ column: CSVColumn) -> Int? {
        guard let cell = text(column) else { return nil }
        guard let v = CSVNumber.parse(cell, semicolonFile: table.semicolonFile), v == v.rounded() else {
            error(column, "expected an integer, found \"\(cell)\"")
            return nil
        }
        guard abs(v) <= NumberFormat.largest else {
            error(column, "\"\(cell)\" is beyond what a report can show: expected at most 1000000000000")
            return nil
        }
        return Int(v)
    }

    /// A number (amount), nil when empty; `nonNegative` refuses values below 0.
    public mutating func number(_ column: String, nonNegative: Bool = true) -> Double? {
        number(table.resolve(column), nonNegative: nonNegative)
    }

    public mutating func number(_ column: CSVColumn, nonNegative: Bool = true) -> Double? {
        if let i = column.index, let r = plainBytes(i), let v = CSVNumber.plainDecimal(row.bytes, r, semicolonFile: table.semicolonFile),
           !(nonNegative && v < 0), abs(v) <= NumberFormat.largest {
            return v
        }
        guard let cell = text(column) else { return nil }
        guard let v = CSVNumber.parse(cell, semicolonFile: table.semicolonFile) else {
            error(column, "expected a number, found \"\(cell)\"")
            return nil
        }
        if nonNegative && v < 0 {
            error(column, "expected a number ≥ 0, found \"\(cell)\"")
            return nil
        }
        guard abs(v) <= NumberFormat.largest else {
            error(column, "\"\(cell)\" is beyond what a report can show: expected at most 1000000000000")
            return nil
        }
        return v
    }

    /// A date or date-time converted to the project time zone.
    public mutating func dateTime(_ column: String, clock: DateReader) -> LocalDateTime? {
        dateTime(table.resolve(column), clock: clock)
    }

    public mutating func dateTime(_ column: CSVColumn, clock: DateReader) -> LocalDateTime? {
        if let i = column.index, let r = plainBytes(i), let v = clock.parse(row.bytes, r.lowerBound, r.upperBound) { return v }
        guard let cell = text(column) else { return nil }
        guard let v = clock.parse(cell) else {
            error(column, "expected a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY), found \"\(cell)\"")
            return nil
        }
        return v
    }
}
