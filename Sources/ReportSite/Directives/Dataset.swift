import ReportCore

/// A value a directive can show: text, or a KPI with its unit (nil = n/a).
public enum DatasetCell: Sendable {
    case text(String)
    case kpi(Double?, KPIUnit)
    /// A trend (one value per day), drawn as a sparkline in tables.
    case series([Double?], KPIUnit)
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
    /// `leadTypes` add a `leads_<type>` column each.
    public static func kpiRows(textFields: [String], rows: [(text: [String], kpis: KPIValues)], leadTypes: [String] = []) -> Dataset {
        let keys = KPICatalog.all
        let built: [[DatasetCell]] = rows.map { row in
            var cells: [DatasetCell] = []
            cells.reserveCapacity(textFields.count + keys.count + leadTypes.count)
            for t in row.text { cells.append(.text(t)) }
            for d in keys { cells.append(.kpi(row.kpis[d.kpi], d.unit)) }
            for type in leadTypes { cells.append(.kpi(row.kpis.leadsByType?[type], .count)) }
            return cells
        }
        return Dataset(fields: textFields + keys.map(\.key) + leadTypes.map { "leads_" + $0 }, rows: built)
    }

    /// The same rows with more fields at the end.
    public func adding(fields more: [String], values: [[DatasetCell]]) -> Dataset {
        Dataset(fields: fields + more, rows: zip(rows, values).map { $0 + $1 })
    }

    /// Rows of text only (targets, A/B variants): the view model has formatted every value.
    public static func textRows(fields: [String], rows: [[String]]) -> Dataset {
        Dataset(fields: fields, rows: rows.map { $0.map(DatasetCell.text) })
    }
}

/// What one page offers its template's directive blocks.
public struct PageData: Sendable {
    public let datasets: [String: Dataset]
    /// Datasets built only if a template asks for them (a campaign's posts: thousands of rows).
    public let deferred: [String: @Sendable () -> Dataset]
    /// The KPIs a ` ```kpis ` block shows (the campaign's, or the portfolio's).
    public let kpis: KPIValues?
    public let format: NumberFormat
    /// KPI keys still provisional on the report date: marked wherever they are shown.
    public let provisional: Set<String>
    /// The campaign's targets, for `target: auto` in charts.
    public let targets: [String: Double]
    /// Daily series of the campaign (`reach_trend` …), for sparklines in KPI cards.
    public let trends: [String: DatasetCell]

    public init(datasets: [String: Dataset], deferred: [String: @Sendable () -> Dataset] = [:], kpis: KPIValues?,
                format: NumberFormat, provisional: Set<String> = [], targets: [String: Double] = [:], trends: [String: DatasetCell] = [:]) {
        self.targets = targets
        self.trends = trends
        self.datasets = datasets
        self.deferred = deferred
        self.kpis = kpis
        self.format = format
        self.provisional = provisional
    }

    /// Every dataset name a template may use.
    public var names: [String] { (Array(datasets.keys) + Array(deferred.keys)).sorted() }
}
