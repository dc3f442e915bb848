import ReportCore

/// The rows of each file of an `ExportSurvey`, read kind by kind with the columns and date
/// forms the loaders use.
struct SurveyReading {
    let dates: DateReader
    var accounts: [ExportSurvey.Account] = []
    var postsWithoutAccount: [String: Int] = [:]
    var postDays: [Day] = []
    var yearlessPosts: [YearlessDates.MonthDay] = []
    /// Days of orders, sessions and leads: what places year-less posts when no post has a year.
    var otherDays: [Day] = []
    var codes = SeenTally()
    var contents = SeenTally()
    var currencies: [String: Int] = [:]
    var currencyFiles: [String] = []
    var followerCounts: [String: [(day: Day, count: Int, file: String)]] = [:]
    /// Shopify order Names already read, per file.
    var shopifyOrders = Set<String>()
    /// Promo codes of orders with their day: only those of the attribution period are tallied,
    /// as `report check` counts them (data-format.md §12), once the window is known.
    var orderCodes: [(text: String, file: String, influencer: String?, day: Day?)] = []
    /// The current file's rows the posts loader skips or warns about (YouTube): their lines.
    var undated: [Int] = []
    var negatives: [Int] = []
    /// Orders that are not sales (refunded, voided, cancelled…): left out as the loader does.
    var notSales = 0

    init(dates: DateReader) { self.dates = dates }

    /// Reads one file; the number of rows it holds.
    mutating func read(_ table: CSVTable, kind: DataFileKind, into sink: DiagnosticCollector) -> Int {
        var rows = 0
        undated = []
        negatives = []
        table.forEachRow(into: sink) { cells in
            if readRow(&cells, table: table, kind: kind) { rows += 1 }
        }
        // The posts loader's own warnings for these rows, word for word.
        let dialect = PostsDialect.detect(header: table.reader.header)
        sink.emit(contentsOf: [PostsLoader.undatedWarning(table, lines: undated), PostsLoader.negativeWarning(table, dialect, lines: negatives)].compactMap { $0 })
        return rows
    }

    /// The promo codes of the orders dated in `period` (all of them without one), tallied.
    mutating func tallyOrderCodes(in period: DayRange?) {
        for code in orderCodes where period == nil || code.day.map({ period?.contains($0) ?? true }) ?? true {
            codes.add(code.text, file: code.file, influencer: code.influencer)
        }
        orderCodes = []
    }

    /// One row; false for the rows that are not data (YouTube's `Total`, Shopify's later line items).
    private mutating func readRow(_ cells: inout CSVCells, table: CSVTable, kind: DataFileKind) -> Bool {
        switch kind {
        case .posts: return readPost(&cells, table: table)
        case .orders: return readOrder(cells, table: table)
        case .followers:
            if let handle = cells.text("influencer"), let raw = cells.text("date"), let day = dates.parse(raw)?.day,
               let count = cells.count("followers") {
                followerCounts[Influencer.key(handle), default: []].append((day, count, table.file))
            }
        case .sessions:
            let ga4 = table.has("session source")
            if let raw = cells.text("date") { otherDays += [ga4 ? DataFileLoaders.ga4Day(raw) : dates.parse(raw)?.day].compactMap { $0 } }
            if let content = DataFileLoaders.notSet(cells.text(ga4 ? "session manual ad content" : "content")) {
                contents.add(content, file: table.file, campaign: DataFileLoaders.notSet(cells.text(ga4 ? "session campaign" : "campaign")) ?? "")
            }
        case .leads:
            if let day = cells.text("date").flatMap({ dates.parse($0)?.day }) { otherDays.append(day) }
            readAttribution(cells, file: table.file, code: "promo_code")
        case .comments, .mentions, .searches: break
        }
        return true
    }

    private mutating func readPost(_ cells: inout CSVCells, table: CSVTable) -> Bool {
        let dialect = PostsDialect.detect(header: table.reader.header)
        if let skip = dialect.skip, skip(cells.text("post_id")) { return false }
        // As the posts loader: YouTube rows without a publish time are not posts.
        if dialect.skipsUndated && cells.text("published_at") == nil {
            undated.append(cells.line)
            return false
        }
        for metric in dialect.signedMetrics {
            if let v = cells.signedCount(table.resolve(metric.column)), v < 0 { negatives.append(cells.line) }
        }
        if let raw = cells.text("published_at") {
            if let day = fullDate(raw, dialect) {
                postDays.append(day)
            } else if dialect.tiktokLinks, let monthDay = YearlessDates.parse(raw) {
                yearlessPosts.append(monthDay)
            }
        }
        let handle = dialect.tiktokLinks ? cells.text("post_id").flatMap(PostsDialect.tiktokLink)?.handle : cells.text("influencer")
        guard !dialect.needsAccount, let handle, !Influencer.normalizedHandle(handle).isEmpty else {
            if dialect.needsAccount { postsWithoutAccount[table.file, default: 0] += 1 }
            return true
        }
        let platform = dialect.fixedPlatform ?? (dialect.name == PostsDialect.meta.name ? "instagram" : cells.text("platform")?.lowercased())
        let key = Influencer.key(handle)
        var i = accounts.firstIndex { Influencer.key($0.handle) == key && $0.isPageName == dialect.accountIsName }
        if i == nil {
            accounts.append(ExportSurvey.Account(handle: Influencer.normalizedHandle(handle), name: nil, platform: nil, posts: [:],
                                                 isPageName: dialect.accountIsName))
            i = accounts.count - 1
        }
        accounts[i!].posts[table.file, default: 0] += 1
        if accounts[i!].platform == nil, let platform { accounts[i!].platform = (platform, table.file) }
        if accounts[i!].name == nil, dialect.name == PostsDialect.meta.name, let name = cells.text("account name") {
            accounts[i!].name = (name, table.file)
        }
        return true
    }

    /// The publish day in the forms the export writes with a year; nil for TikTok's year-less days.
    private func fullDate(_ raw: String, _ dialect: PostsDialect) -> Day? {
        switch dialect.name {
        case PostsDialect.meta.name, PostsDialect.facebook.name: return ExportDates.meta(raw)?.day
        case PostsDialect.youtube.name: return ExportDates.youtube(raw)?.day
        default: return dates.parse(raw)?.day
        }
    }

    private mutating func readOrder(_ cells: CSVCells, table: CSVTable) -> Bool {
        switch OrdersLoader.dialect(header: table.reader.header) {
        case .shopify:
            // Later line items of an order repeat its Name and add nothing, as in the loader.
            guard let name = cells.text("name"), shopifyOrders.insert(table.file + "\u{0}" + name).inserted else { return false }
            let day = cells.text("created at").flatMap({ dates.parse($0)?.day })
            if let day { otherDays.append(day) }
            // Refunded and voided orders are not sales: the loader leaves them out, so does this count.
            guard OrdersLoader.isShopifySale(cells.text("financial status")?.lowercased()) else {
                notSales += 1
                return false
            }
            // Stacked discounts (`CODE1 + CODE2`): each code is seen.
            for code in OrdersLoader.stackedCodes(cells.text("discount code") ?? "") {
                orderCodes.append((code, table.file, nil, day))
            }
            readCurrency(cells, file: table.file)
        case .woocommerce:
            let day = cells.text("date").flatMap({ dates.parse($0)?.day })
            if let day { otherDays.append(day) }
            guard !OrdersLoader.notSales.contains(cells.text("status")?.lowercased() ?? "") else {
                notSales += 1
                return false
            }
            for coupon in (cells.text("coupon(s)") ?? "").split(separator: ",") {
                let code = CSVReader.trimmed(String(coupon))
                if !code.isEmpty { orderCodes.append((code, table.file, nil, day)) }
            }
        case .generic:
            let day = cells.text("date").flatMap({ dates.parse($0)?.day })
            if let day { otherDays.append(day) }
            readCurrency(cells, file: table.file)
            let influencer = cells.text("influencer").map(Influencer.normalizedHandle)
            if let c = cells.text("promo_code") { orderCodes.append((c, table.file, influencer, day)) }
            if let content = cells.text("utm_content") { contents.add(content, file: table.file, influencer: influencer, campaign: cells.text("utm_campaign") ?? "") }
        }
        return true
    }

    private mutating func readCurrency(_ cells: CSVCells, file: String) {
        guard let currency = cells.text("currency") else { return }
        currencies[currency.uppercased(), default: 0] += 1
        if !currencyFiles.contains(file) { currencyFiles.append(file) }
    }

    /// promo_code, utm_content and utm_campaign of a generic orders.csv or leads.csv row, with
    /// the handle its `influencer` column names.
    private mutating func readAttribution(_ cells: CSVCells, file: String, code: String) {
        let influencer = cells.text("influencer").map(Influencer.normalizedHandle)
        if let c = cells.text(code) { codes.add(c, file: file, influencer: influencer) }
        if let content = cells.text("utm_content") { contents.add(content, file: file, influencer: influencer, campaign: cells.text("utm_campaign") ?? "") }
    }

    /// Facebook Pages whose name is another account's `name` (Meta's `Account name`) are that
    /// account: the posts loader attributes them to it the same way.
    func mergedAccounts() -> [ExportSurvey.Account] {
        var out = accounts.filter { !$0.isPageName }
        for page in accounts where page.isPageName {
            if let i = out.firstIndex(where: { $0.name?.text.lowercased() == page.handle.lowercased() }) {
                out[i].posts.merge(page.posts, uniquingKeysWith: +)
            } else {
                out.append(page)
            }
        }
        let first = Dictionary(accounts.enumerated().map { (Influencer.key($0.element.handle), $0.offset) }, uniquingKeysWith: min)
        return out.sorted { (first[Influencer.key($0.handle)] ?? 0) < (first[Influencer.key($1.handle)] ?? 0) }
    }

    /// The publish window; year-less days go to the year nearest the dated posts (else the
    /// other files' dates), as the posts loader places them against the campaign window.
    func window() -> (DayRange?, undated: Int) {
        var days = postDays
        let reference = days.isEmpty ? otherDays : days
        if let lo = reference.min(), let hi = reference.max() {
            days += yearlessPosts.compactMap { YearlessDates.nearest($0, to: DayRange(start: lo, end: hi)) }
        }
        guard let lo = days.min(), let hi = days.max() else { return (nil, yearlessPosts.count) }
        return (DayRange(start: lo, end: hi), reference.isEmpty ? yearlessPosts.count : 0)
    }
}
