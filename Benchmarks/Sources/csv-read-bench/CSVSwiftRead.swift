// CSV.swift in a file of its own: its `CSVReader` and `CSV` names clash with report's and
// SwiftCSV's, and imports are per file.
import CSV
import Foundation

func rowsWithCSVSwift(_ text: String, semicolon: Bool) throws -> Int {
    let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: semicolon ? ";" : ",")
    var rows = 0
    while reader.next() != nil { rows += 1 }
    return rows
}
