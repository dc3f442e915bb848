import CXlsxwriter
import Foundation
import ReportCore

/// The root `kpis.xlsx` (site.md): the tracking workbook, one sheet each for campaigns,
/// campaign × influencer rows, creator × month rows, qualitative signals and the measurement
/// calendar (kpis.md §10). Every number is a number cell with the format of its kind; dates are
/// date cells; provisional cells carry a style and a comment saying from when they are final.
/// Each campaign leaves a `Part` (its rows, a few hundred numbers); the months come from the
/// creator histories the cards already merge. Every libxlsxwriter call lives in this file.
enum KPIWorkbook {
    static let campaignColumns: [KPI] = [
        .posts, .reach, .impressions, .views, .engagements, .engagementRate, .engagementRateFollowers, .linkClicks, .ctr,
        .conversions, .revenue, .conversionRate, .aov, .leads, .spend, .cpa, .cpm, .cpe, .cpc, .roi, .profit, .netProfit,
        .netROI, .emv, .searchUplift,
    ]
    static let influencerColumns: [KPI] = [
        .posts, .reach, .impressions, .views, .engagements, .engagementRate, .engagementRateFollowers, .linkClicks, .ctr,
        .conversions, .revenue, .spend, .cpa, .cpm, .cpe, .roi, .emv,
    ]
    static let signalColumns: [KPI] = [
        .commentQuality, .purchaseIntentComments, .positiveShare, .negativeShare, .netSentiment, .commentsAnalysed,
        .mentionCompliance, .onTimeRate, .avgDelayDays, .avgRating,
    ]
    /// The creator × month figures (the card's history).
    static let monthColumns: [KPI] = [.posts, .reach, .engagementRate, .spend, .conversions, .revenue, .roi]

    /// What one campaign contributes.
    struct Part: Codable, Sendable {
        struct Row: Codable, Sendable {
            let handle: String
            let name: String?
            let platform: String
            let tier: Tier
            let followers: Int
            let kpis: KPIValues
            let audienceQuality: Int
            let flags: [FraudFlag]
            /// Each flag in one sentence with its numbers, in the project's language (the
            /// trust section's words). The plausibility checks are the agency's: not here.
            let flagDetails: [String]
        }

        let id: String
        let name: String
        let objective: Objective
        let currency: String
        let window: DayRange
        let kpis: KPIValues
        let provisional: Set<Measure>
        let calendar: [Maturity.CalendarEntry]
        let influencers: [Row]

        init(campaign: Campaign, kpis: CampaignKPIs, judgement: CampaignJudgement, locale: ReportLocale) {
            let trust = TrustText(locale: locale, format: NumberFormat(locale: locale, currency: campaign.currency))
            id = campaign.id
            name = campaign.name
            objective = campaign.objective
            currency = campaign.currency
            window = campaign.window
            self.kpis = kpis.campaign
            provisional = Set(kpis.provisional)
            calendar = kpis.calendar
            influencers = zip(kpis.influencers, judgement.influencers).map { row, judged in
                Row(handle: row.influencer.handle, name: row.influencer.name, platform: Labels.platform(row.influencer.platform, locale),
                    tier: row.influencer.tier, followers: row.influencer.followers, kpis: row.kpis,
                    audienceQuality: judged.fraud.audienceQuality, flags: judged.fraud.flags,
                    flagDetails: judged.fraud.flags.map { trust.sentence($0, judged.fraud) })
            }
        }

        /// The day a provisional figure becomes final (nil when it is final on `asOf`).
        func finalOn(_ kpi: KPI, asOf: Day) -> Day? {
            guard provisional.contains(.kpi(kpi)) else { return nil }
            return calendar.first { $0.kpis.contains(.kpi(kpi)) && $0.isProvisional(on: asOf) }?.finalOn
        }
    }

    /// Writes the workbook at `url`. Byte-identical for the same inputs: the document's
    /// creation date is the report date, and libxlsxwriter stamps its zip entries with a fixed date.
    static func write(to url: URL, parts: [Part], histories: [InfluencerHistory], locale: ReportLocale, asOf: Day) throws(Diagnostic) {
        guard let workbook = workbook_new(url.path) else {
            throw .error(url.path, 0, "cannot create the workbook")
        }
        let sheet = Sheets(workbook: workbook, locale: locale, asOf: asOf)
        var properties = lxw_doc_properties()
        let title = strdup(locale.words.workbookTitle)
        let author = strdup("report")
        defer { free(title); free(author) }
        properties.title = title
        properties.author = author
        properties.created = time_t(asOf.ordinal) * 86_400
        workbook_set_properties(workbook, &properties)
        sheet.campaigns(parts)
        sheet.influencers(parts)
        sheet.months(histories)
        sheet.signals(parts)
        sheet.calendar(parts)
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw .error(url.path, 0, "cannot write the workbook: \(String(cString: lxw_strerror(status)))")
        }
    }

    /// Header texts of the columns that are not KPIs.
    static func header(_ name: String, _ locale: ReportLocale) -> String {
        locale.words.workbookHeaders[name] ?? name
    }

    static func sheetName(_ name: String, _ locale: ReportLocale) -> String {
        locale.words.workbookSheets[name] ?? name
    }

    /// The number format code of a kind; money carries the currency's symbol.
    static func numberFormat(_ unit: KPIUnit, currency: String, locale: ReportLocale) -> String {
        switch unit {
        case .count: return "#,##0"
        case .percent: return "0.00%"
        case .ratio, .decimal: return "0.00"
        case .money:
            let symbol = "\"" + NumberFormat.symbol(currency) + "\""
            return locale.words.workbookMoney(symbol)
        }
    }

    /// The number format code of a KPI's cells: its kind's, except net ROI, a ratio shown as the
    /// signed percentage the pages show (0.36 → +36.00 %).
    static func numberFormat(_ kpi: KPI, currency: String, locale: ReportLocale) -> String {
        kpi == .netROI ? signedPercent : numberFormat(kpi.unit, currency: currency, locale: locale)
    }

    static let signedPercent = "+0.00%;-0.00%;0.00%"

    /// The cell value of a KPI: percents as fractions (2.5 in kpis.json is 0.025 shown as 2.50 %).
    static func cellValue(_ value: Double, _ unit: KPIUnit) -> Double { unit == .percent ? value / 100 : value }

    /// Text XML 1.0 can hold: a control character other than TAB, LF and CR, or U+FFFE or
    /// U+FFFF (a campaign folder or a handle may hold one), becomes U+FFFD; the sheet would be
    /// invalid XML otherwise, and a formula's text is written as it is.
    static func xmlText(_ s: String) -> String {
        func invalid(_ c: Unicode.Scalar) -> Bool {
            (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF
        }
        guard s.unicodeScalars.contains(where: invalid) else { return s }
        var out = ""
        for c in s.unicodeScalars { out.unicodeScalars.append(invalid(c) ? "\u{FFFD}" : c) }
        return out
    }

    /// Excel's limits: a text literal in a formula holds at most 255 characters, a formula 8,192.
    static let literalLimit = 255
    static let formulaLimit = 8_192

    /// `=HYPERLINK("url","text")`, or nil when it cannot be written within Excel's limits: a URL
    /// longer than a literal (HYPERLINK takes no longer address). A longer text is written as
    /// literals of at most 255 characters joined with `&`, so the cell still shows all of it.
    static func hyperlinkFormula(url: String, text: String) -> String? {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard url.utf16.count <= literalLimit, !text.isEmpty else { return nil }
        var pieces: [String] = [], piece = ""
        for c in text {
            // Counted in UTF-16 (Excel's unit), a doubled quote twice.
            let length = String(c).utf16.count * (c == "\"" ? 2 : 1)
            guard length <= literalLimit else { return nil }
            if piece.replacingOccurrences(of: "\"", with: "\"\"").utf16.count + length > literalLimit {
                pieces.append(piece)
                piece = ""
            }
            piece.append(c)
        }
        pieces.append(piece)
        let formula = "=HYPERLINK(\(quoted(url)),\(pieces.map(quoted).joined(separator: "&")))"
        return formula.utf16.count <= formulaLimit ? formula : nil
    }
}

/// The sheets, their formats (made once per kind and currency) and column widths.
private final class Sheets {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let locale: ReportLocale
    let asOf: Day
    let headerFormat: UnsafeMutablePointer<lxw_format>
    let dateFormat: UnsafeMutablePointer<lxw_format>
    let monthFormat: UnsafeMutablePointer<lxw_format>
    let linkFormat: UnsafeMutablePointer<lxw_format>
    private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>, locale: ReportLocale, asOf: Day) {
        self.workbook = workbook
        self.locale = locale
        self.asOf = asOf
        headerFormat = workbook_add_format(workbook)
        format_set_bold(headerFormat)
        format_set_bottom(headerFormat, UInt8(LXW_BORDER_THIN.rawValue))
        dateFormat = workbook_add_format(workbook)
        format_set_num_format(dateFormat, "yyyy-mm-dd")
        monthFormat = workbook_add_format(workbook)
        format_set_num_format(monthFormat, "yyyy-mm")
        linkFormat = workbook_add_format(workbook)
        format_set_underline(linkFormat, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        format_set_font_color(linkFormat, LXW_COLOR_BLUE.rawValue)
    }

    /// The format of a kind, plain or provisional (italic on a light yellow fill).
    func format(_ unit: KPIUnit, currency: String, provisional: Bool = false) -> UnsafeMutablePointer<lxw_format> {
        format(code: KPIWorkbook.numberFormat(unit, currency: currency, locale: locale), provisional: provisional)
    }

    func format(code: String, provisional: Bool = false) -> UnsafeMutablePointer<lxw_format> {
        let key = code + (provisional ? "|p" : "")
        if let f = formats[key] { return f }
        let f = workbook_add_format(workbook)!
        format_set_num_format(f, code)
        if provisional {
            format_set_italic(f)
            format_set_bg_color(f, 0xFFF2CC)
        }
        formats[key] = f
        return f
    }

    /// A worksheet with its header row written, frozen and filtered once the rows are known.
    final class Sheet {
        let ws: UnsafeMutablePointer<lxw_worksheet>
        let owner: Sheets
        var widths: [Double]
        var row: UInt32 = 0

        init(_ owner: Sheets, name: String, headers: [String]) {
            self.owner = owner
            ws = workbook_add_worksheet(owner.workbook, KPIWorkbook.sheetName(name, owner.locale))
            widths = headers.map { Double($0.count) + 3 }
            for (c, h) in headers.enumerated() { worksheet_write_string(ws, 0, UInt16(c), KPIWorkbook.xmlText(h), owner.headerFormat) }
        }

        func fit(_ col: Int, _ length: Int) { widths[col] = max(widths[col], Double(length) + 2) }

        func text(_ col: Int, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            worksheet_write_string(ws, row, UInt16(col), KPIWorkbook.xmlText(value), nil)
            fit(col, value.count)
        }

        func number(_ col: Int, _ value: Double?, _ format: UnsafeMutablePointer<lxw_format>, comment: String? = nil) {
            guard let value, value.isFinite else { return }
            worksheet_write_number(ws, row, UInt16(col), value, format)
            fit(col, 12)
            if let comment { worksheet_write_comment(ws, row, UInt16(col), KPIWorkbook.xmlText(comment)) }
        }

        func date(_ col: Int, _ day: Day, month: Bool = false) {
            let c = day.components
            var dt = lxw_datetime(year: Int32(c.year), month: Int32(c.month), day: Int32(c.day), hour: 0, min: 0, sec: 0)
            worksheet_write_datetime(ws, row, UInt16(col), &dt, month ? owner.monthFormat : owner.dateFormat)
            fit(col, 10)
        }

        /// A relative link as a HYPERLINK formula with its text as the cached result: libxlsxwriter
        /// writes relative `external:` links with backslashes, which only Windows resolves. The
        /// URL is percent-encoded by the caller; when the formula cannot hold it within Excel's
        /// limits (`hyperlinkFormula`), the text alone.
        func link(_ col: Int, _ url: String, text: String) {
            let text = KPIWorkbook.xmlText(text)
            guard let formula = KPIWorkbook.hyperlinkFormula(url: KPIWorkbook.xmlText(url), text: text) else {
                self.text(col, text)
                return
            }
            worksheet_write_formula_str(ws, row, UInt16(col), formula, owner.linkFormat, text)
            fit(col, text.count)
        }

        /// A KPI cell: its kind's format, marked when provisional with the day it becomes final.
        func kpi(_ col: Int, _ kpi: KPI, _ values: KPIValues, currency: String, finalOn: Day?) {
            guard let v = values[kpi] else { return }
            let comment = finalOn.map { day in
                owner.locale.words.workbookProvisional(finalOn: DateFormat(locale: owner.locale).format(day))
            }
            let code = KPIWorkbook.numberFormat(kpi, currency: currency, locale: owner.locale)
            number(col, KPIWorkbook.cellValue(v, kpi.unit), owner.format(code: code, provisional: finalOn != nil), comment: comment)
        }

        /// Freezes the header row, filters every column and sets the widths (capped at 50).
        func finish() {
            worksheet_freeze_panes(ws, 1, 0)
            worksheet_autofilter(ws, 0, 0, max(row, 1), UInt16(widths.count - 1))
            for (c, w) in widths.enumerated() { worksheet_set_column(ws, UInt16(c), UInt16(c), min(w, 50), nil) }
        }
    }

    func h(_ name: String) -> String { KPIWorkbook.header(name, locale) }

    func campaigns(_ parts: [KPIWorkbook.Part]) {
        let fixed = ["Campaign", "ID", "Objective", "Currency", "Start", "End"].map(h)
        let sheet = Sheet(self, name: "Campaigns", headers: fixed + KPIWorkbook.campaignColumns.map { $0.label(locale) })
        for part in parts {
            sheet.row += 1
            // The id is a folder name: percent-encoded, as the index page links it.
            sheet.link(0, "campaigns/" + IndexView.percentEncoded(part.id) + "/index.html", text: part.name)
            sheet.text(1, part.id)
            sheet.text(2, Labels.objective(part.objective, locale))
            sheet.text(3, part.currency)
            sheet.date(4, part.window.start)
            sheet.date(5, part.window.end)
            for (i, kpi) in KPIWorkbook.campaignColumns.enumerated() {
                sheet.kpi(fixed.count + i, kpi, part.kpis, currency: part.currency, finalOn: part.finalOn(kpi, asOf: asOf))
            }
        }
        sheet.finish()
    }

    func influencers(_ parts: [KPIWorkbook.Part]) {
        let fixed = ["Campaign", "Handle", "Name", "Platform", "Tier", "Followers", "Currency"].map(h)
        let tail = ["Audience quality", "Flags"].map(h)
        let sheet = Sheet(self, name: "Influencers", headers: fixed + KPIWorkbook.influencerColumns.map { $0.label(locale) } + tail)
        let integer = format(.count, currency: "")
        for part in parts {
            for row in part.influencers {
                sheet.row += 1
                sheet.text(0, part.id)
                sheet.text(1, row.handle)
                sheet.text(2, row.name)
                sheet.text(3, row.platform)
                sheet.text(4, Labels.tier(row.tier, locale))
                sheet.number(5, Double(row.followers), integer)
                sheet.text(6, part.currency)
                for (i, kpi) in KPIWorkbook.influencerColumns.enumerated() {
                    sheet.kpi(fixed.count + i, kpi, row.kpis, currency: part.currency, finalOn: part.finalOn(kpi, asOf: asOf))
                }
                let end = fixed.count + KPIWorkbook.influencerColumns.count
                sheet.number(end, Double(row.audienceQuality), integer)
                sheet.text(end + 1, row.flags.map { Labels.flag($0, locale) }.joined(separator: ", "))
            }
        }
        sheet.finish()
    }

    /// Creator × month × currency, creators by handle, months in order.
    func months(_ histories: [InfluencerHistory]) {
        let fixed = ["Creator", "Month", "Currency"].map(h)
        let sheet = Sheet(self, name: "Months", headers: fixed + KPIWorkbook.monthColumns.map { $0.label(locale) })
        for history in histories.sorted(by: { $0.key < $1.key }) {
            for month in history.months.keys.sorted() {
                guard let byCurrency = history.months[month], let first = MonthKey.firstDay(month) else { continue }
                for currency in byCurrency.keys.sorted() {
                    guard let tally = byCurrency[currency] else { continue }
                    sheet.row += 1
                    sheet.text(0, history.handle)
                    sheet.date(1, first, month: true)
                    sheet.text(2, currency)
                    let values = tally.kpis
                    for (i, kpi) in KPIWorkbook.monthColumns.enumerated() {
                        sheet.kpi(fixed.count + i, kpi, values, currency: currency, finalOn: nil)
                    }
                }
            }
        }
        sheet.finish()
    }

    /// One row per campaign (handle empty) then one per influencer: the qualitative figures,
    /// audience quality and fraud flags in words with their numbers. The plausibility checks
    /// (kpis.md §8b) are the agency's: they are in the review, not in the client's workbook.
    func signals(_ parts: [KPIWorkbook.Part]) {
        let fixed = ["Campaign", "Handle"].map(h)
        let tail = ["Audience quality", "Flags", "Flag details"].map(h)
        let sheet = Sheet(self, name: "Signals", headers: fixed + KPIWorkbook.signalColumns.map { $0.label(locale) } + tail)
        let integer = format(.count, currency: "")
        let end = fixed.count + KPIWorkbook.signalColumns.count
        for part in parts {
            sheet.row += 1
            sheet.text(0, part.id)
            for (i, kpi) in KPIWorkbook.signalColumns.enumerated() {
                sheet.kpi(fixed.count + i, kpi, part.kpis, currency: part.currency, finalOn: part.finalOn(kpi, asOf: asOf))
            }
            for row in part.influencers {
                sheet.row += 1
                sheet.text(0, part.id)
                sheet.text(1, row.handle)
                for (i, kpi) in KPIWorkbook.signalColumns.enumerated() {
                    sheet.kpi(fixed.count + i, kpi, row.kpis, currency: part.currency, finalOn: part.finalOn(kpi, asOf: asOf))
                }
                sheet.number(end, Double(row.audienceQuality), integer)
                sheet.text(end + 1, row.flags.map { Labels.flag($0, locale) }.joined(separator: ", "))
                sheet.text(end + 2, row.flagDetails.joined(separator: " "))
            }
        }
        sheet.finish()
    }

    /// One row per campaign and group of §10: the day its figures are final and their labels.
    func calendar(_ parts: [KPIWorkbook.Part]) {
        let sheet = Sheet(self, name: "Calendar", headers: ["Campaign", "Group", "Final on", "Status", "Figures"].map(h))
        let words = locale.words
        for part in parts {
            for entry in part.calendar {
                sheet.row += 1
                sheet.text(0, part.id)
                sheet.text(1, entry.maturity == .posts ? words.workbookPostsMaturity : words.workbookAttributionMaturity)
                sheet.date(2, entry.finalOn)
                sheet.text(3, entry.isProvisional(on: asOf) ? words.provisional : words.final)
                sheet.text(4, entry.kpis.map { $0.label(locale) }.joined(separator: ", "))
            }
        }
        sheet.finish()
    }
}
