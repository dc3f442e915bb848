import ReportCharts
import ReportCore

/// A field of a dataset, resolved by the compile step to where its value lives in a row.
public struct FieldRef: Sendable, Equatable {
    public enum Column: Sendable, Equatable {
        case text(Int)
        case kpi(KPI)
        /// Leads of one type: the campaign's leads.csv decides which types exist.
        case leads(String)
        case series(Int, KPIUnit)
    }

    public let name: String
    public let column: Column

    public var kind: FieldKind {
        switch column {
        case .text: return .text
        case .kpi(let k): return .number(k.unit)
        case .leads: return .number(.count)
        case .series(_, let unit): return .series(unit)
        }
    }

    /// The measure behind a numeric field.
    public var measure: Measure? {
        switch column {
        case .kpi(let k): return .kpi(k)
        case .leads(let type): return .leads(type: type)
        case .text, .series: return nil
        }
    }
}

/// A located template position, for the few errors only the data can reveal (a lead type).
public struct TemplatePosition: Sendable, Equatable {
    public let file: String
    public let line: Int
    public let column: Int?
}

/// `sort: -roi`: a field and its direction; n/a always sorts last.
public struct SortSpec: Sendable {
    public let field: FieldRef
    public let descending: Bool
}

/// Rows of a dataset, in an order, cut to a count.
public struct RowSelection: Sendable {
    public let dataset: String
    public let sort: SortSpec?
    public let limit: Int?
}

/// ` ```kpis `: cards for KPIs of the page's group.
public struct KPICardsSpec: Sendable {
    public enum Item: Sendable {
        case measure(Measure, trend: FieldRef?, at: TemplatePosition)
        /// The objective's primary, secondary and cost figures (kpis.md §9).
        case objectiveKPIs
        /// `leads_<type>` for each type of the campaign's leads.csv.
        case leadKPIs
    }

    public let items: [Item]
}

/// ` ```table `.
public struct TableSpec: Sendable {
    public let rows: RowSelection
    public let columns: [FieldRef]
    public let title: String?
}

/// ` ```chart `: every option of docs/charts.md, typed.
public struct ChartSpec: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case bar, line, donut, funnel, scatter, heatmap, bullet, sparkline
    }

    public enum Benchmark: Sendable {
        case range(ClosedRange<Double>)
        /// The industry range of kpis.md §7 (after report.yaml overrides).
        case industry(KPI)
    }

    public enum Target: Sendable {
        case value(Double)
        /// The campaign's target for the charted KPI.
        case auto
    }

    public let kind: Kind
    public let rows: RowSelection
    public let x: FieldRef?
    /// Numeric fields, at least one.
    public let ys: [FieldRef]
    public let series: FieldRef?
    public let title: String?
    public let benchmark: Benchmark?
    public let target: Target?
    /// The unit values are formatted in (`format:`), else the first y field's.
    public let unit: KPIUnit
    public let labels: Bool
    public let orientation: BarChart.Orientation
    public let stacked: Bool
}

/// ` ```recommendations `: the rules of kpis.md §11 that fired, by money at stake.
public struct RecommendationsSpec: Sendable {
    public let limit: Int?
}

/// One directive block of a template, compiled.
public enum DirectiveSpec: Sendable {
    case kpis(KPICardsSpec)
    case table(TableSpec)
    case chart(ChartSpec)
    case recommendations(RecommendationsSpec)
    /// The trust section: each creator's fraud flags with their evidence, and the clean ones.
    case trust
    /// Searches for the brand per day (searches.csv) with the baseline and the campaign with its
    /// attribution window shaded (kpis.md §5 `search_uplift`).
    case searches
    /// Every KPI's formula, inputs and n/a meaning, and the assumptions in force: the target
    /// of the links on KPI labels.
    case methodology
}

/// A compiled block with where it stands in its template.
public struct CompiledDirective: Sendable {
    public let spec: DirectiveSpec
    public let position: TemplatePosition
}
