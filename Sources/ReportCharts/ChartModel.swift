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

    /// The same format with each of `values` formatted once: a chart writes a value in its
    /// description, its tooltip, its label and its data table. Keyed by the bits, so -0 and 0
    /// keep their own texts.
    func memoized(_ values: [Double]) -> ChartFormat {
        var texts: [UInt64: String] = [:]
        texts.reserveCapacity(values.count)
        for v in values where texts[v.bitPattern] == nil { texts[v.bitPattern] = value(v) }
        let known = texts, value = self.value
        return ChartFormat(value: { known[$0.bitPattern] ?? value($0) }, tick: tick, notAvailable: notAvailable)
    }

    /// Plain numbers, for tests and galleries.
    public static let plain = ChartFormat(
        value: { NumberFormat(locale: .enUS, symbols: .plain).number($0, decimals: $0 == $0.rounded() ? 0 : 1) },
        tick: { v, s in NumberFormat(locale: .enUS, symbols: .plain).tick(v, unit: .count, step: s) },
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
    /// Periods of a line chart shaded behind the lines (the baseline and the campaign of the
    /// searches chart), by category index, each with its label.
    public var shades: [ChartShade] = []

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A run of categories, `first`…`last` (indices, inclusive), shaded behind a line chart and
/// labelled at its top. `style` tells two shades apart (`baseline`, `campaign`): a CSS class.
public struct ChartShade: Sendable, Equatable {
    public var first: Int
    public var last: Int
    public var label: String
    public var style: String

    public init(first: Int, last: Int, label: String, style: String) {
        self.first = first
        self.last = last
        self.label = label
        self.style = style
    }
}

/// The few words charts print. The site's `Words` give one per language; `english` is the
/// default for tests and galleries.
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
    /// Between a label and its value in descriptions and tooltips: `": "`, French `" : "` with a no-break space.
    public var colon: String
    /// For the shares and rates charts compute themselves.
    public var locale: ReportLocale
    public var numbers: NumberSymbols
    /// The one departure from a funnel's linear widths, stated on the chart: the steps under
    /// `threshold` of the widest bar (`names`, comma-separated) are drawn at the minimum width.
    public var funnelScale: @Sendable (_ threshold: String, _ names: String) -> String

    public init(noData: String, other: String, benchmark: String, target: String, provisional: String, data: String, total: String,
                totalsShown: String, colon: String, locale: ReportLocale, numbers: NumberSymbols,
                funnelScale: @escaping @Sendable (_ threshold: String, _ names: String) -> String) {
        self.noData = noData
        self.other = other
        self.benchmark = benchmark
        self.target = target
        self.provisional = provisional
        self.data = data
        self.total = total
        self.totalsShown = totalsShown
        self.colon = colon
        self.locale = locale
        self.numbers = numbers
        self.funnelScale = funnelScale
    }

    public static let english = ChartWords(
        noData: "No data", other: "Other", benchmark: "Benchmark", target: "Target", provisional: "provisional", data: "Data",
        total: "Total", totalsShown: "the totals shown", colon: ": ", locale: .enUS, numbers: .plain,
        funnelScale: { threshold, names in "Widths to scale, except bars under \(threshold) of the widest (\(names)), widened to stay visible." })

    public func funnelScaleNote(threshold: String, steps: [String]) -> String {
        funnelScale(threshold, steps.joined(separator: ", "))
    }
}

/// A chart's SVG and the same numbers as an HTML table.
public struct ChartOutput: Sendable {
    public let svg: String
    public let table: String

    /// The figure a page places: SVG, then the table collapsed in `<details>`.
    public var html: String { svg + "\n" + table }
}
