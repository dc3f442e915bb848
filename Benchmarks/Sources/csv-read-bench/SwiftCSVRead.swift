// SwiftCSV in a file of its own, for the same reason.
import Foundation
import SwiftCSV

func rowsWithSwiftCSV(_ text: String, semicolon: Bool) throws -> Int {
    try EnumeratedCSV(string: text, delimiter: semicolon ? .semicolon : .comma, loadColumns: false).rows.count
}
