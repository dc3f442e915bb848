import ReportCore

/// How a chart's measure reads: values, axis ticks (given the tick step) and n/a.
public struct ChartFormat: Sendable {
    public let value: @Sendable (Double) -> String
    public let tick: @Sendable (_ value: Double, _ step: Double) -> String
    public let notAvailable: String

    public init(value: @escaping @Sendable (Double) -> String, tick: @escaping @Sendable (Double, Double) -> String, notAvailable: String) {
        self.value = value
        self.tick = tick
        self.notAvailable = notAvailable
    }

    public func text(_ v: Double?) -> String { v.map(value) ?? notAvailable }

    /// Plain numbers, for tests and galleries.
    public static let plain = ChartFormat(
        value: { NumberFormat(locale: .enUS).number($0, decimals: $0 == $0.rounded() ? 0 : 1) },
        tick: { v, s in NumberFormat(locale: .enUS).tick(v, unit: .count, step: s) },
        notAvailable: "n/a"
    )
}

/// A named series of values over the chart's categories; nil is "not reported".
public struct ChartSeries: Sendable {
    public let name: String
    public let values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}

/// What every chart carries besides its data.
public struct ChartOptions: Sendable {
    /// Unique on the page; ids of `<title>` and `<desc>` derive from it.
    public var id: String
    public var title: String
    /// Print values next to marks.
    public var labels: Bool = true
    /// A benchmark range drawn as a band.
    public var benchmark: ClosedRange<Double>?
    /// A target drawn as a rule.
    public var target: Double?
    /// The values may still change: marks are drawn hatched and the description says so.
    public var provisional: Bool = false
    /// Words in the page's language.
    public var words: ChartWords = .english
    /// Category labels that name a creator, with the link to its card. The site produces these
    /// hrefs (they are markers filled once every card's path is known), so they are placed as
    /// they are; a label is text and is escaped.
    public var creatorLinks: [String: String] = [:]

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// The few words charts print.
public struct ChartWords: Sendable {
    public var noData: String
    public var other: String
    public var benchmark: String
    public var target: String
    public var provisional: String
    public var data: String
    public var total: String
    /// The base of a funnel rate that is the ratio of the two step totals shown.
    public var totalsShown: String
    /// For the shares and rates charts compute themselves.
    public var locale: ReportLocale

    public static let english = ChartWords(noData: "No data", other: "Other", benchmark: "Benchmark", target: "Target",
                                           provisional: "provisional", data: "Data", total: "Total", totalsShown: "the totals shown", locale: .enUS)
    public static let french = ChartWords(noData: "Aucune donnée", other: "Autres", benchmark: "Référence", target: "Objectif",
                                          provisional: "provisoire", data: "Données", total: "Total", totalsShown: "les totaux affichés", locale: .frFR)

    /// The one departure from a funnel's linear widths, stated on the chart: the steps under
    /// `threshold` of the widest bar are drawn at the minimum width.
    public func funnelScaleNote(threshold: String, steps: [String]) -> String {
        let names = steps.joined(separator: ", ")
        switch locale {
        case .enUS: return "Widths to scale, except bars under \(threshold) of the widest (\(names)), widened to stay visible."
        case .frFR: return "Largeurs à l’échelle, sauf les barres sous \(threshold) de la plus large (\(names)), élargies pour rester visibles."
        }
    }
}

/// A chart's SVG and the same numbers as an HTML table.
public struct ChartOutput: Sendable {
    public let svg: String
    public let table: String

    /// The figure a page places: SVG, then the table collapsed in `<details>`.
    public var html: String { svg + "\n" + table }
}
