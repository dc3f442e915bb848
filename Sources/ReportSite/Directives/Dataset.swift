import ReportCore

/// Rows that ` ```table ` and ` ```chart ` blocks select from, in the shape of their schema:
/// text fields in its order, every KPI in a `KPIValues`, trends in its series order.
public struct Dataset: Sendable {
    public struct Row: Sendable {
        private let storedText: [String]
        /// Text made only when a row is shown or sorted on: a campaign's thousands of posts are
        /// ranked on their figures and only the top few are written.
        private let makeText: (@Sendable () -> [String])?
        public var text: [String] { makeText?() ?? storedText }
        public let kpis: KPIValues
        public let series: [[Double?]]
        /// The influencer's main platform and tier, for ranges that depend on them.
        public let profile: Profile?
        /// Money of this row is in this currency (the portfolio mixes campaigns).
        public let currency: String?
        /// The text column that names an influencer, with its key: shown as a link to its card.
        /// One at most per row: a pair, not a dictionary, since a campaign's thousands of post
        /// rows each had one allocated, hashed and freed.
        private let creatorColumn: Int
        private let creatorKey: String?

        /// The influencer key of text column `column` when it names one.
        public func creator(_ column: Int) -> String? { column == creatorColumn ? creatorKey : nil }

        public init(text: [String], kpis: KPIValues = KPIValues(), series: [[Double?]] = [], profile: Profile? = nil, currency: String? = nil,
                    creator: (column: Int, key: String)? = nil) {
            self.creatorColumn = creator?.column ?? -1
            self.creatorKey = creator?.key
            self.storedText = text
            self.makeText = nil
            self.kpis = kpis
            self.series = series
            self.profile = profile
            self.currency = currency
        }

        public init(lazyText: @escaping @Sendable () -> [String], kpis: KPIValues, creator: (column: Int, key: String)? = nil) {
            self.storedText = []
            self.makeText = lazyText
            self.kpis = kpis
            self.series = []
            self.profile = nil
            self.currency = nil
            self.creatorColumn = creator?.column ?? -1
            self.creatorKey = creator?.key
        }
    }

    public struct Profile: Sendable, Hashable {
        public let platform: Platform
        public let tier: Tier

        public init(platform: Platform, tier: Tier) {
            self.platform = platform
            self.tier = tier
        }
    }

    public let schema: DatasetSchema
    public let rows: [Row]
    /// Rows a table shows after the selected ones, never sorted, limited nor charted: the
    /// spend tied to no creator below a by-platform split, so the rows add up (kpis.md §4).
    public let footer: [Row]
    /// The campaign's lead types; nil without leads.csv.
    public let leadTypes: [String]?

    public init(schema: DatasetSchema, rows: [Row], footer: [Row] = [], leadTypes: [String]? = nil) {
        // View models build rows in the schema's order; a test build of every page checks it.
        assert((rows + footer).allSatisfy { $0.text.count == schema.textFields.count && $0.series.count == schema.series.count },
               "rows of \(schema.name) do not match its schema")
        self.schema = schema
        self.rows = rows
        self.footer = footer
        self.leadTypes = leadTypes
    }

    /// A cell as text or number; a trend is never read through here.
    public enum Value {
        case text(String)
        case number(Double?)
    }

    public func value(_ row: Row, _ field: FieldRef) -> Value {
        switch field.column {
        case .text(let i): return .text(row.text[i])
        case .kpi(let k): return .number(row.kpis[k])
        case .leads(let type): return .number(row.kpis[.leads(type: type)])
        case .series: return .number(nil)
        }
    }

    public func number(_ row: Row, _ field: FieldRef) -> Double? {
        if case .number(let v) = value(row, field) { return v }
        return nil
    }
}
