import ReportCore

/// A value a directive can show: text, or a KPI with its unit (nil = n/a).
public enum DatasetCell: Sendable {
    case text(String)
    case kpi(Double?, KPIUnit)
}

/// A table of rows that ` ```table ` and ` ```chart ` blocks select from by name.
public struct Dataset: Sendable {
    /// Text fields first, then KPI keys: the names a template may use.
    public let fields: [String]
    public let rows: [[String: DatasetCell]]

    public init(fields: [String], rows: [[String: DatasetCell]]) {
        self.fields = fields
        self.rows = rows
    }

    /// Rows keyed by text fields plus every KPI of the catalog.
    public static func kpiRows(textFields: [String], rows: [(text: [String: String], kpis: KPIValues)]) -> Dataset {
        let keys = KPICatalog.all
        let built: [[String: DatasetCell]] = rows.map { row in
            var cells: [String: DatasetCell] = [:]
            for (k, v) in row.text { cells[k] = .text(v) }
            for d in keys { cells[d.key] = .kpi(row.kpis[d.key], d.unit) }
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
