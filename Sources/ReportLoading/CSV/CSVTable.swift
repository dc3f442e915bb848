import ReportCore

/// A CSV file read against the columns a kind of file expects: header names matched
/// case-insensitively, required ones checked, each cell converted with a located message.
public struct CSVTable {
    public let reader: CSVReader
    private let index: [String: Int]
    /// Our column name → the export's (lower-cased) header name, for platform exports.
    private let aliases: [String: String]
    /// A platform export: its placeholder cells (`undefined`, `--`, `-`) mean not reported.
    let placeholders: Bool

    public var file: String { reader.file }

    /// Checks the header: no column named twice, every required column present; nil (with
    /// every header problem emitted) when the file cannot be read as this kind.
    public init?(reader: CSVReader, required: [String], aliases: [String: String] = [:], platformExport: Bool = false,
                 into collector: DiagnosticCollector) {
        self.reader = reader
        self.aliases = aliases
        self.placeholders = platformExport
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
            try reader.forEachRow { row in
                if row.count != width {
                    collector.emit(.error(file, row.line, "expected \(width) fields as in the header, found \(row.count)"))
                    return
                }
                var cells = CSVCells(table: self, row: row)
                body(&cells)
                collector.emit(contentsOf: cells.diagnostics)
            }
        } catch {
            collector.emit(error)
            return false
        }
        return true
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

    /// The same with the column's position resolved once per file (hot loops).
    public func text(at index: Int?) -> String? {
        guard let i = index else { return nil }
        if row.isBlank(i) { return nil }
        let value = CSVReader.trimmed(row.field(i))
        if value.isEmpty || (table.placeholders && CSVCells.isPlaceholder(value)) { return nil }
        return value
    }

    /// What platform exports write for "not reported" (data-format.md §12).
    static func isPlaceholder(_ value: String) -> Bool {
        value == "-" || value == "--" || value.lowercased() == "undefined"
    }

    /// The cell as written (not trimmed), for free text such as captions.
    public func raw(_ column: String) -> String? {
        guard let i = table.column(column) else { return nil }
        let value = row.field(i)
        let trimmed = CSVReader.trimmed(value)
        return trimmed.isEmpty || (table.placeholders && CSVCells.isPlaceholder(trimmed)) ? nil : value
    }

    public mutating func error(_ column: String, _ message: String) {
        diagnostics.append(.error(table.file, row.line, "column \"\(table.displayName(column))\": \(message)"))
    }

    public mutating func warning(_ message: String) {
        diagnostics.append(.warning(table.file, row.line, message))
    }

    /// A required cell: an error when empty.
    public mutating func required(_ column: String) -> String? {
        guard let v = text(column) else {
            error(column, "expected a value, found an empty cell")
            return nil
        }
        return v
    }

    /// A non-negative integer count, nil when unreported.
    public mutating func count(_ column: String) -> Int? {
        count(column, at: table.column(column))
    }

    /// A count whose column position was resolved once per file.
    public mutating func count(_ column: String, at index: Int?) -> Int? {
        guard let cell = text(at: index) else { return nil }
        guard let v = CSVNumber.parse(cell, semicolonFile: table.reader.delimiter == 0x3B),
              v >= 0, v == v.rounded(), v <= 9_007_199_254_740_992 else {
            error(column, "expected a non-negative integer, found \"\(cell)\"")
            return nil
        }
        return Int(v)
    }

    /// A number (amount), nil when empty; `nonNegative` refuses values below 0.
    public mutating func number(_ column: String, nonNegative: Bool = true) -> Double? {
        guard let cell = text(column) else { return nil }
        guard let v = CSVNumber.parse(cell, semicolonFile: table.reader.delimiter == 0x3B) else {
            error(column, "expected a number, found \"\(cell)\"")
            return nil
        }
        if nonNegative && v < 0 {
            error(column, "expected a number ≥ 0, found \"\(cell)\"")
            return nil
        }
        return v
    }

    /// A date or date-time converted to the project time zone.
    public mutating func dateTime(_ column: String, clock: DateReader) -> LocalDateTime? {
        guard let cell = text(column) else { return nil }
        guard let v = clock.parse(cell) else {
            error(column, "expected a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY), found \"\(cell)\"")
            return nil
        }
        return v
    }
}
