import ReportCharts
import ReportCore

/// Every word the site prints, in one language: labels, sentences, plurals (functions of the
/// count), unit names and the symbols numbers are written with.
///
/// One value per locale (`EnglishWords`, `FrenchWords`), so the compiler keeps both complete:
/// a member added here does not build until each language has it. The core hands over facts
/// (numbers, statuses, reasons as enums) and the site phrases them through these members;
/// numbers arrive already formatted by `NumberFormat`, so a sentence quotes a figure exactly as
/// the page shows it. `ReportLocale.words` is the only place that tests a locale; a new
/// language is one new conforming type (its files, split by concern like these), its
/// `ReportLocale` case with one line there, and its built-in templates.
protocol Words: Sendable, ReviewWords, EmailWords, ClientWords, PortfolioWords, CardWords, TypographyWords, TierWords, SaidWords, MeasurementWords {
    /// How numbers are written (`NumberFormat`).
    var numbers: NumberSymbols { get }
    /// The words charts print.
    var chart: ChartWords { get }
    /// What `report init` writes beside each key of the YAML it proposes.
    var scaffold: ScaffoldHelp { get }

    // MARK: Dates

    /// `Mar 4, 2026` / `4 mars 2026`.
    func date(_ day: Day) -> String
    /// `Mar 4` / `4 mars`: days on a chart axis.
    func shortDate(_ day: Day) -> String
    /// Monday first (the timing table's order).
    var weekdays: [String] { get }
    /// January first.
    var months: [String] { get }
    /// `2026-Q1` / `T1 2026`.
    func quarter(_ quarter: Int, year: Int) -> String

    // MARK: Labels

    /// A KPI as cards, tables and charts label it.
    func kpiLabel(_ kpi: KPI) -> String
    /// A lead type's figure (`leads_<type>`).
    func leadsLabel(_ type: String) -> String
    func objective(_ objective: Objective) -> String
    func status(_ status: ObjectiveSummary.Status) -> String
    /// A figure against its industry range; nil is n/a.
    func benchmarkStatus(_ status: BenchmarkComparison.Status?) -> String
    func source(_ source: BenchmarkRange.Source) -> String
    /// The benchmark row of the platforms without one of their own (`others` in report.yaml).
    var otherPlatforms: String { get }
    /// Where a campaign's creators stand against their own ranges, beside the mix range:
    /// "4 of 12 creators below their range, 6 within, 2 above".
    func mixCounts(_ counts: BenchmarkComparison.MixCounts) -> String
    func tier(_ tier: Tier) -> String
    func flag(_ flag: FraudFlag) -> String
    /// An empty list of flags or reasons.
    var none: String { get }
    /// Post formats as a reader says them, by lower-cased name.
    var postFormats: [String: String] { get }
    /// Column headings of the non-KPI dataset fields, by field name.
    var fieldLabels: [String: String] { get }
    /// The word that marks a figure that may still change (kpis.md §10).
    var provisional: String { get }
    /// Its opposite, in the workbook's calendar.
    var final: String { get }
    var portfolioTitle: String { get }
    var benchmarksTitle: String { get }
    /// Every platform or tier, in the benchmarks table.
    var allGroups: String { get }
    var noTarget: String { get }
    func footer(date: String) -> String
    /// `Label: value` with this language's spacing.
    func labelled(_ label: String, _ value: String) -> String
    /// Items of a list that hold commas themselves: `a; b` / `a ; b`.
    var listSeparator: String { get }
    /// `1 campaign`, `2 campaigns`.
    func campaigns(_ n: Int) -> String
    /// `2.6×` / `2,6 ×`.
    func times(_ formatted: String) -> String

    // MARK: Methodology block

    var inputsLead: String { get }
    var assumptionsHeading: String { get }
    var methodologyHeading: String { get }
    /// A funnel rate's basis when it counts only the posts that report both steps.
    var postsReportingBoth: String { get }
    /// A KPI's formula, inputs and what n/a means, written with ordinary spaces (`typeset`
    /// finishes them); an exhaustive switch, so a new KPI cannot ship without its entry.
    func methodology(_ kpi: KPI) -> KPIMethodology
    /// `leads_<type>`: the leads of one type of leads.csv.
    func leadsMethodology(_ type: String) -> KPIMethodology
    /// A methodology entry's text as this language prints it.
    func typeset(_ text: String) -> String

    // MARK: Campaign page

    func emvAssumption(platform: String, cpm: String, engagement: String, click: String, ownRates: Bool) -> String
    func attributionWindow(days: Int) -> String
    func industryRanges(_ sources: String) -> String
    /// Spend against the budget (kpis.md §4).
    func budgetExceeded(costs: String, budget: String) -> String
    func budgetCovers(budget: String, costs: String, share: String, rest: String) -> String
    func budgetExact(_ budget: String) -> String
    /// Creators without any cost (kpis.md §4), `@a, @b`; `campaignSpend` says whether the
    /// campaign's spend is still known (a budget).
    func costsUnknown(_ handles: String, count: Int, campaignSpendKnown: Bool) -> String
    /// The row of a by-platform table that holds the spend tied to no creator (kpis.md §4).
    var spendUnassignedRow: String { get }
    /// Orders of the attribution period that match no influencer (kpis.md §4); `baseline`: the
    /// campaign has one, so they enter the incrementality figures.
    func unattributedOrders(_ n: String, count: Int, baseline: Bool) -> String
    /// The attributed ROI beside the incremental ROAS (kpis.md §5), told apart.
    func roiAndIncrementalROAS(roi: String, incremental: String) -> String
    /// Beside new followers: the part at creators flagged follower_spike (kpis.md §2).
    func newFollowersFlagged(_ n: String, creators: Int) -> String
    func commentSample(_ comments: String, coverage: String?) -> String
    /// kpis.md §5 `search_uplift` in words: the change against the baseline (`change` is its
    /// size, `rose` its direction), with both daily means.
    func searchUplift(_ change: String, rose: Bool, during: String, before: String) -> String
    /// searches.csv given but no baseline in campaign.yaml: n/a, and why.
    var searchNoBaseline: String { get }
    /// The baseline's mean is 0: n/a, and why.
    func searchBaselineZero(during: String?) -> String
    /// The file covers none of the baseline (`baseline` true) or none of the campaign period.
    func searchNotCovered(baseline: Bool) -> String
    var searchesChartTitle: String { get }
    var searchesSeries: String { get }
    var baselineShade: String { get }
    var campaignShade: String { get }
    var disclosureMissing: String { get }
    func mentionShare(_ share: String) -> String
    func costOutlier(kpi: String, value: String, factor: String, median: String) -> String
    func codeLeak(orders: String, clicks: String, share: String) -> String
    func conversionFlat(conversionsCV: String, reachCV: String) -> String
    /// An internal benchmark (the median of the other campaigns).
    /// The internal benchmark's sentences name what is compared: "your 2 earlier sales campaigns".
    func internalMedian(_ median: String, campaigns: Int, objective: Objective) -> String
    func internalEqual(_ median: String, campaigns: Int, objective: Objective) -> String
    func internalChange(_ percent: String, below: Bool, median: String, campaigns: Int, objective: Objective, improved: Bool) -> String

    // MARK: A/B test

    var abTooFewVariants: String { get }
    func abNothingMeasurable(_ metric: String) -> String
    var abVersus: String { get }
    /// One compared variant: its label, its description (nil when campaign.yaml gives none), its
    /// pooled rate (already formatted) and the posts behind it.
    func abVariant(_ label: String, description: String?, rate: String, posts: Int) -> String
    /// The rates, then `gap` (from `abGap` or `abNoGap`; nil when a rate is n/a).
    func abRates(_ metric: String, _ rates: String, gap: String?) -> String
    /// The difference in percentage points (`points`, formatted, `value` its number) in favour of `leader`.
    func abGap(points: String, value: Double, leader: String) -> String
    var abNoGap: String { get }
    /// `p < 0.001`.
    var abPBelowThousandth: String { get }
    /// A compared variant has fewer than `minimum` posts.
    func abTooFewPosts(minimum: Int) -> String
    /// Both variants' per-post rates are constant: no test exists.
    func abNoVariation(_ metric: String) -> String
    /// The verdict from Welch's t-test alone (no test within creators).
    func abWelchOnly(p: String, significant: Bool) -> String
    /// The verdict from the test within creators (fixed effects).
    func abStratified(influencers n: Int, p: String, significant: Bool) -> String
    func abWelchAgrees(p: String) -> String
    func abWelchDisagrees(p: String, significant: Bool) -> String
    var abNoInfluencerInBoth: String { get }
    var abStratifiedTooFewPosts: String { get }
    var abStratifiedNoVariation: String { get }
    func abCreatorShift(handle: String, first: String, firstShare: String, second: String, secondShare: String) -> String
    func abCreatorMix(_ list: String) -> String

    // MARK: Trust section

    var trustHeuristics: String { get }
    var trustHeadings: [String] { get }
    var podHeadings: [String] { get }
    var followersSeries: String { get }
    var spikeSeries: String { get }
    var audienceSeries: String { get }
    var noRecommendation: String { get }
    /// The group rules left undecided: "Too few posts to choose a best format or platform: a
    /// group needs at least 10 posts from 3 creators (flagged creators left out)."
    func tooThinToChoose(_ rules: [Recommendation.Rule], posts: Int, creators: Int) -> String
    func audienceQuality(handle: String, quality: Int) -> String
    func engagementAbove(handle: String, rate: String, factor: String, range: String, limit: String) -> String
    func engagementBelow(handle: String, rate: String, factor: String, range: String, limit: String) -> String
    func spikeStep(growth: String, date: String, previous: String) -> String
    func followerSpike(handle: String, steps: String, median: String, threshold: String, madK: String, minShare: String) -> String
    func foreignAudience(handle: String, share: String, targets: String, limit: String) -> String
    func commentPods(handle: String, share: String, podComments: String, comments: String, minWords: Int, minRepeats: Int, limit: String) -> String
    func trustClean(_ handles: String) -> String
    func trustUnchecked(_ handles: String) -> String
    func skipReason(_ reason: FraudSkipReason) -> String
    func engagementTitle(_ handle: String) -> String
    func followersTitle(_ handle: String) -> String
    func audienceTitle(_ handle: String) -> String
    func podsTitle(_ handle: String) -> String
    func targetCountry(_ country: String) -> String

    // MARK: Recommendations (kpis.md §11)

    func ranking(kpi: String, top: String, topValue: String, bottom: String, bottomValue: String) -> String
    func costlyProfile(handle: String, kpi: String, value: String, factor: String, campaign: String, amount: String?) -> String
    func bestFormat(format: String, rate: String, posts: String, campaign: String) -> String
    /// One part of the timing sentence: `best day: Tuesday (…)`.
    func timingPart(day: Bool, slot: String, rate: String, posts: String) -> String
    /// The parts joined, capitalised, against the campaign's rate.
    func bestTiming(parts: [String], campaign: String) -> String
    func platform(best: String, kpi: String, bestValue: String, bestPrimary: String?, worst: String, worstValue: String,
                  worstPrimary: String?, campaign: String?) -> String
    /// A primary figure inside the platform sentence (`Conversions: 80`).
    func recommendationLabelled(_ kpi: String, _ value: String) -> String
    func fraudFlag(handle: String, flags: [String], spend: String?) -> String
    func missedTarget(kpi: String, actual: String, target: String, gap: String, gapPercent: String?) -> String
    func budgetShift(from: String, to: String, kpi: String, fromValue: String, factor: String, campaign: String,
                     toValue: String, amount: String?) -> String

    // MARK: Email draft

    func emailSubject(_ period: String) -> String
    func emailAttached(_ file: String) -> String
    var emailKeyFigures: String { get }
    var emailFirstRecommendation: String { get }

    // MARK: Workbook

    var workbookTitle: String { get }
    /// Column headings that are not KPIs, by their English name.
    var workbookHeaders: [String: String] { get }
    /// Sheet names, by their English name.
    var workbookSheets: [String: String] { get }
    /// `#,##0.00\ "€"`: where the currency symbol goes in a money cell.
    func workbookMoney(_ quotedSymbol: String) -> String
    func workbookProvisional(finalOn: String) -> String
    var workbookPostsMaturity: String { get }
    var workbookAttributionMaturity: String { get }
}

extension ReportLocale {
    /// The words of this locale: the one place the site tells its languages apart.
    var words: any Words {
        switch self {
        case .enUS: return EnglishWords()
        case .frFR: return FrenchWords()
        }
    }
}

extension NumberFormat {
    /// Figures in `locale`, written with its symbols.
    public init(locale: ReportLocale, currency: String = "EUR") {
        self.init(locale: locale, symbols: locale.words.numbers, currency: currency)
    }

    /// The words of the figures' language.
    var words: any Words { locale.words }
}

extension KPIDefinition {
    public func label(_ locale: ReportLocale) -> String { locale.words.kpiLabel(kpi) }
}

extension KPI {
    public func label(_ locale: ReportLocale) -> String { definition.label(locale) }
}

extension Measure {
    public func label(_ locale: ReportLocale) -> String {
        switch self {
        case .kpi(let k): return k.label(locale)
        case .leads(let type): return locale.words.leadsLabel(type)
        }
    }
}

/// French typography in one place: a no-break space (U+00A0) before `:`, `;`, `?`, `!` and
/// `»` and after `«`, replacing the ordinary space the texts are written with. Numbers get
/// their narrow no-break spaces and the space before `%` and `€` from `NumberSymbols`.
enum FrenchTypography {
    static let noBreakSpace = "\u{00A0}"

    static func apply(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { apply($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The finished page: its text runs set, its markup untouched (`HTMLText`).
    static func page(_ html: String) -> String { String(decoding: pageBytes(html), as: UTF8.self) }

    /// The finished page as the UTF-8 bytes written to its file: no String is made of it again
    /// (making one validates every byte), and the page is read in place, not copied. The rules
    /// only ever turn a space into U+00A0, so the page is copied in long stretches between the
    /// spaces that change (`apply` says which, run by run: this finds the same ones).
    static func pageBytes(_ html: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + html.utf8.count / 64)
        var page = html
        page.withUTF8 { source in
            var copied = 0
            HTMLText.segments(source) { range, isText in
                guard isText else { return }
                let start = range.lowerBound, end = range.upperBound
                var k = start
                while k < end {
                    defer { k += 1 }
                    guard source[k] == 0x20 else { continue }
                    // Before `:` `;` `?` `!` or `»` (C2 BB), or right after `«` (C2 AB), in the same run.
                    var replace = false
                    if k + 1 < end {
                        switch source[k + 1] {
                        case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"): replace = true
                        case 0xC2: replace = k + 2 < end && source[k + 2] == 0xBB
                        default: break
                        }
                    }
                    if !replace, k - 2 >= start, source[k - 2] == 0xC2, source[k - 1] == 0xAB { replace = true }
                    guard replace else { continue }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<k]))
                    out.append(0xC2)
                    out.append(0xA0)
                    copied = k + 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied...]))
        }
        return out
    }

    /// One pass over UTF-8 bytes: a space before `:` `;` `?` `!` `»` (C2 BB) or after `«` (C2 AB)
    /// becomes U+00A0 (C2 A0).
    static func apply(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let n = b.count
        var afterOpeningQuote = false
        var i = 0
        while i < n {
            let c = b[i]
            // Runs without a space or a C2 lead byte are copied whole.
            if c != 0x20, c != 0xC2 {
                var j = i + 1
                while j < n, b[j] != 0x20, b[j] != 0xC2 { j += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                afterOpeningQuote = false
                i = j
                continue
            }
            if c == 0x20 {
                var next = false
                if i + 1 < n {
                    switch b[i + 1] {
                    case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"): next = true
                    case 0xC2: next = i + 2 < n && b[i + 2] == 0xBB
                    default: break
                    }
                }
                if next || afterOpeningQuote {
                    out.append(0xC2)
                    out.append(0xA0)
                } else {
                    out.append(c)
                }
                afterOpeningQuote = false
                i += 1
                continue
            }
            afterOpeningQuote = c == 0xC2 && i + 1 < n && b[i + 1] == 0xAB
            if afterOpeningQuote {
                out.append(0xC2)
                out.append(0xAB)
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
    }
}
