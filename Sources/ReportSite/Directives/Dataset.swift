import ReportCore

/// A value a directive can show: text, or a KPI with its unit (nil = n/a).
public enum DatasetCell: Sendable {
    case text(String)
    case kpi(Double?, KPIUnit)
}

/// A table of rows that ` ```table ` and ` ```chart ` blocks select from by name. Rows are
/// arrays in the order of `fields`: a campaign's posts dataset has thousands of rows, and a
/// column is resolved to its position once per directive, not per cell.
public struct Dataset: Sendable {
    /// Text fields first, then KPI keys: the names a template may use.
    public let fields: [String]
    public let rows: [[DatasetCell]]

    public init(fields: [String], rows: [[DatasetCell]]) {
        self.fields = fields
        self.rows = rows
    }

    public func column(_ field: String) -> Int? { fields.firstIndex(of: field) }

    /// Rows of text fields (in the order of `textFields`) followed by every KPI of the catalog.
    public static func kpiRows(textFields: [String], rows: [(text: [String], kpis: KPIValues)]) -> Dataset {
        let keys = KPICatalog.all
        let built: [[DatasetCell]] = rows.map { row in
            var cells: [DatasetCell] = []
            cells.reserveCapacity(textFields.count + keys.count)
            for t in row.text { cells.append(.text(t)) }
            for (slot, d) in keys.enumerated() { cells.append(.kpi(row.kpis[slot: slot], d.unit)) }
            return cells
        }
        return Dataset(fields: textFields + keys.map(\.key), rows: built)
    }
}

/// What one page offers its template's directive blocks.
public struct PageData: Sendable {
    public let datasets: [String: Dataset]
    /// The KPIs a ` ```kpis ` block shows (the campaign's, or the portfolio's).
    public let kpis: KPIValues?
    public let format: NumberFormat

    public init(datasets: [String: Dataset], kpis: KPIValues?, format: NumberFormat) {
        self.datasets = datasets
        self.kpis = kpis
        self.format = format
    }
}
