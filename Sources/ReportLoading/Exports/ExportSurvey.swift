import Foundation
import ReportCore

/// What a folder of exports holds, read with the loaders' own readers (encodings, `sep=`,
/// `#` preambles, the export dialects and their dates), for `report init --from`. Every value
/// is one the files write; nothing is guessed here. A cell that cannot be read is passed over:
/// `report check` reports it at its place once the files are in a project.
public struct ExportSurvey: Sendable {
    /// A file read, with what its header says it is.
    public struct File: Sendable, Hashable {
        public let name: String
        public let sniffed: SniffedFile
        /// Rows that are posts, orders, counts… (YouTube's `Total` and a Shopify order's later
        /// line items left out).
        public let rows: Int
    }

    /// An account named by posts: a handle (Meta `Account username`, a TikTok video link, the
    /// `influencer` column) or a Facebook Page name.
    public struct Account: Sendable {
        public let handle: String
        /// Meta's `Account name`, and the file it was read in.
        public internal(set) var name: (text: String, file: String)?
        /// The platform the export is from (or the first `platform` cell of posts.csv), and that
        /// file; nil when no file says.
        public internal(set) var platform: (name: String, file: String)?
        /// Posts per file name.
        public internal(set) var posts: [String: Int]
        /// Posts whose account is a Facebook Page name; merged into the account with that `name`.
        var isPageName = false
    }

    /// A promo code or a utm_content value, with the rows that carry it.
    public struct Seen: Sendable, Hashable {
        /// The spelling most rows use (the first on a tie).
        public let text: String
        public let rows: Int
        public let files: [String]
        /// Handles an `influencer` column names beside it (generic orders.csv, leads.csv).
        public let influencers: [String]
        /// utm_campaign values beside it (for utm_content), `""` for rows without one.
        public let campaigns: [String]
    }

    public internal(set) var files: [File] = []
    /// Files whose header matches no kind of data file, with the header found.
    public internal(set) var unrecognised: [(name: String, header: [String])] = []
    /// Files that could not be read at all (encoding, an unterminated quote, a column named twice…).
    public internal(set) var unreadable: [Diagnostic] = []
    /// In order of first appearance, Facebook Pages already merged into the account they are the name of.
    public internal(set) var accounts: [Account] = []
    /// Posts of the per-account exports (no account in the file), per file name.
    public internal(set) var postsWithoutAccount: [String: Int] = [:]
    /// First and last publish day of every post read, year-less TikTok days placed nearest to
    /// the dated ones (or to the orders', sessions' or leads' dates); nil without a dated post.
    public internal(set) var window: DayRange?
    /// TikTok `Post time` days that nothing with a year could place.
    public internal(set) var undatedPosts = 0
    public internal(set) var promoCodes: [Seen] = []
    public internal(set) var utmContents: [Seen] = []
    /// Order currencies (upper-cased) with their order counts.
    public internal(set) var currencies: [String: Int] = [:]
    /// The files that name a currency.
    public internal(set) var currencyFiles: [String] = []
    /// The warnings the loaders give for these files (short Meta rows, skipped YouTube rows,
    /// negative likes, the Windows-1252 encoding…), word for word, sorted by file and line.
    public internal(set) var warnings: [Diagnostic] = []
    /// Orders left out as not sales (refunded, voided, cancelled, failed), as the loader does.
    public internal(set) var ordersNotSales = 0
    /// Posts of the files the proposal lists under `data:` (those that name their account) and
    /// orders that are sales: what `report build` counts once the files are in the project.
    public var posts: Int { files.filter { $0.sniffed.kind == .posts && !$0.sniffed.needsAccount }.reduce(0) { $0 + $1.rows } }
    public var orders: Int { files.filter { $0.sniffed.kind == .orders }.reduce(0) { $0 + $1.rows } }
    /// Follower counts of followers.csv files, by handle key: (day, count, file).
    public internal(set) var followerCounts: [String: [(day: Day, count: Int, file: String)]] = [:]

    /// Reads `files` (name and bytes), in name order; `timeZone` converts dates with an offset.
    public init(files input: [(name: String, bytes: [UInt8])], timeZone: TimeZone) {
        var reading = SurveyReading(dates: DateReader(timeZone: timeZone))
        for (name, bytes) in input.sorted(by: { $0.name < $1.name }) {
            let sink = DiagnosticCollector()
            let reader: CSVReader
            do { reader = try CSVReader(bytes: SearchesLoader.prepared(bytes), file: name) } catch {
                unreadable.append(error)
                continue
            }
            guard let sniffed = DataFileSniffer.sniff(header: reader.header) else {
                unrecognised.append((name, reader.header))
                continue
            }
            let shape = DataFileSniffer.shape(sniffed.kind, header: reader.header)
            guard let table = CSVTable(reader: reader, required: shape.required, aliases: shape.aliases,
                                       platformExport: shape.platformExport, shortRows: shape.shortRows, into: sink) else {
                unreadable.append(sink.diagnostics.first ?? .error(name, reader.headerLine, "cannot read the header"))
                continue
            }
            let rows = reading.read(table, kind: sniffed.kind, into: sink)
            files.append(File(name: name, sniffed: sniffed, rows: rows))
            warnings += reader.warnings + sink.diagnostics.filter { $0.severity == .warning }
        }
        accounts = reading.mergedAccounts()
        postsWithoutAccount = reading.postsWithoutAccount
        (window, undatedPosts) = reading.window()
        // The attribution period of the proposed campaign: its window and the default 30 days after.
        reading.tallyOrderCodes(in: window.map { DayRange(start: $0.start, end: $0.end.adding(days: 30)) })
        ordersNotSales = reading.notSales
        promoCodes = reading.codes.values
        utmContents = reading.contents.values
        currencies = reading.currencies
        currencyFiles = reading.currencyFiles
        followerCounts = reading.followerCounts
    }
}

/// Values seen in one column across files, keyed case-insensitively.
struct SeenTally {
    private var order: [String] = []
    private var spellings: [String: [String: Int]] = [:]
    private var spellingOrder: [String: [String]] = [:]
    private var rows: [String: Int] = [:]
    private var files: [String: [String]] = [:]
    private var influencers: [String: [String]] = [:]
    private var campaigns: [String: [String]] = [:]

    mutating func add(_ text: String, file: String, influencer: String? = nil, campaign: String? = nil) {
        let key = text.lowercased()
        if rows[key] == nil { order.append(key) }
        rows[key, default: 0] += 1
        if spellings[key]?[text] == nil { spellingOrder[key, default: []].append(text) }
        spellings[key, default: [:]][text, default: 0] += 1
        if !(files[key] ?? []).contains(file) { files[key, default: []].append(file) }
        if let influencer, !(influencers[key] ?? []).contains(influencer) { influencers[key, default: []].append(influencer) }
        if let campaign, !(campaigns[key] ?? []).contains(campaign) { campaigns[key, default: []].append(campaign) }
    }

    var values: [ExportSurvey.Seen] {
        order.map { key in
            let counts = spellings[key] ?? [:]
            let text = (spellingOrder[key] ?? []).max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? key
            return ExportSurvey.Seen(text: text, rows: rows[key] ?? 0, files: files[key] ?? [], influencers: influencers[key] ?? [],
                                     campaigns: campaigns[key] ?? [])
        }
    }
}
