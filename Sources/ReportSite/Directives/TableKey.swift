import ReportCore

/// The columns a phone keeps in view while a wide table scrolls sideways (site.md: "a wide table
/// scrolls inside its box with its first column kept in view; no column that tells rows apart is
/// dropped"). Usually the first column names the row; when it does not — the benchmarks list one
/// indicator per platform and tier, the posts table one creator per post — the leading text
/// columns that together tell the rows apart are kept in view, up to three.
///
/// CSS can only keep a column in view at a known offset, so every kept column but the last gets a
/// fixed width on a phone, from the longest word it holds (a word is never split, so the column
/// can be no narrower). The table carries them as `--key-w1` and `--key-w2` (rem), the third
/// column's offset as `--key-x3`, and the class `key-2` or `key-3`; a table told apart by its
/// first column carries nothing.
struct TableKey: Equatable {
    /// How many leading columns stay in view: 1, 2 or 3.
    let columns: Int
    /// The widths, in rem, of the kept columns before the last.
    let widths: [Double]

    /// The most columns kept in view: beyond three, little of a 390 px phone is left to scroll.
    static let maxColumns = 3
    /// The phone's table type (style.css: `table.data` 0.85rem, `th` 0.8rem) and cell padding.
    static let cellFont = 13.6, headingFont = 12.8, padding = 0.9
    /// Estimated widths are a guess at the reader's font: a margin keeps a word inside its column.
    static let margin = 1.15
    static let minWidth = 4.5, maxWidth = 10.0

    /// `rows` holds, per body row, the texts of the table's leading text columns; `headings` their headings.
    init(rows: [[String]], headings: [String]) {
        let available = min(TableKey.maxColumns, headings.count, rows.map(\.count).min() ?? 0)
        guard available > 1 else {
            columns = 1
            widths = []
            return
        }
        // The rows the leading columns tell apart at all; the fewest columns that tell as many.
        let distinct = Set(rows.map { Array($0.prefix(available)) }).count
        var k = 1
        while k < available, Set(rows.map { Array($0.prefix(k)) }).count < distinct { k += 1 }
        columns = k
        widths = (0..<(k - 1)).map { c in
            let words = rows.map { $0[c] }.flatMap { TableKey.words($0) }.map { TextWidth.estimate($0, fontSize: TableKey.cellFont) }
                + TableKey.words(headings[c]).map { TextWidth.estimate($0, fontSize: TableKey.headingFont) }
            let rem = (words.max() ?? 0) * TableKey.margin / 16 + TableKey.padding
            return min(TableKey.maxWidth, max(TableKey.minWidth, (rem * 4).rounded(.up) / 4))
        }
    }

    /// Words as a line breaks them: at ordinary spaces (a no-break space holds its neighbours together).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }

    /// The table's `class` and `style`.
    var attributes: [(String, String?)] {
        guard columns > 1 else { return [("class", "data")] }
        var style = widths.enumerated().map { "--key-w\($0.offset + 1): \(TableKey.rem($0.element))rem" }
        // The third column's offset, summed here: the Nu HTML checker cannot read calc() of var().
        if widths.count == 2 { style.append("--key-x3: \(TableKey.rem(widths[0] + widths[1]))rem") }
        return [("class", "data key-\(columns)"), ("style", style.joined(separator: "; "))]
    }

    /// A width in rem as CSS reads it: `7.25`, `8`.
    static func rem(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        guard fraction != 0 else { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
