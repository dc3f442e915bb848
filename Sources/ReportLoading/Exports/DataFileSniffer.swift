import ReportCore

/// The kinds of data file a campaign reads (data-format.md §4–§10), as `data:` names them.
public enum DataFileKind: String, Sendable, CaseIterable {
    case posts, orders, followers, comments, sessions, leads, mentions, searches
}

/// What a header says a file is, by the loaders' own detection: the platform exports of
/// data-format.md §12 by their signature columns, the generic CSVs by their required columns.
public struct SniffedFile: Sendable, Hashable {
    public let kind: DataFileKind
    /// The form, as messages name it: `Meta Business Suite export`, `Shopify orders export`, `posts.csv`…
    public let form: String
    /// A per-account export (YouTube Studio, TikTok Studio FollowerHistory.csv): the file names
    /// no account, so `data:` must give it as `{path, influencer}`.
    public let needsAccount: Bool
}

public enum DataFileSniffer {
    /// The order a header is tried in: posts before comments (both have post_id), sessions
    /// before mentions (both have date and source).
    static let order: [DataFileKind] = [.posts, .orders, .followers, .sessions, .comments, .leads, .mentions, .searches]

    /// The shape each kind's loader reads a header against.
    static func shape(_ kind: DataFileKind, header: [String]) -> FileShape {
        switch kind {
        case .posts: return PostsLoader.shape(header: header)
        case .orders: return OrdersLoader.shape(header: header)
        case .followers: return FollowersLoader.shape(header: header)
        case .sessions: return DataFileLoaders.sessionsShape(header: header)
        case .comments: return FileShape(required: DataFileLoaders.commentsRequired)
        case .leads: return FileShape(required: DataFileLoaders.leadsRequired)
        case .mentions: return FileShape(required: DataFileLoaders.mentionsRequired)
        case .searches: return SearchesLoader.shape(header: header)
        }
    }

    /// The first kind whose loader finds every required column in `header`; nil when none does.
    public static func sniff(header: [String]) -> SniffedFile? {
        let names = Set(header.map { CSVReader.trimmed($0).lowercased() })
        for kind in order {
            let s = shape(kind, header: header)
            guard s.required.allSatisfy({ names.contains(s.aliases[$0] ?? $0) }) else { continue }
            return SniffedFile(kind: kind, form: form(kind, header: header), needsAccount: needsAccount(kind, header: header))
        }
        return nil
    }

    static func form(_ kind: DataFileKind, header: [String]) -> String {
        switch kind {
        case .posts: return PostsDialect.detect(header: header).name
        case .orders:
            switch OrdersLoader.dialect(header: header) {
            case .shopify: return "Shopify orders export"
            case .woocommerce: return "WooCommerce Analytics orders export"
            case .generic: return "orders.csv"
            }
        case .followers: return FollowersLoader.isTikTok(header: header) ? "TikTok Studio FollowerHistory.csv" : "followers.csv"
        case .sessions: return DataFileLoaders.sessionsShape(header: header).platformExport ? "GA4 report export" : "sessions.csv"
        case .comments, .leads, .mentions: return kind.rawValue + ".csv"
        case .searches: return SearchesLoader.formName(header: header)
        }
    }

    static func needsAccount(_ kind: DataFileKind, header: [String]) -> Bool {
        switch kind {
        case .posts: return PostsDialect.detect(header: header).needsAccount
        case .followers: return FollowersLoader.isTikTok(header: header)
        default: return false
        }
    }
}

/// Exports recognised by their header that no reader can use: the message says what to
/// download instead (docs/inputs.md, *Exports that cannot be read*). A file whose header is
/// one of these is refused with this message instead of its missing columns.
public enum UnusableExport {
    /// The refusal for `header`, nil when it is no export known to be unusable.
    public static func refusal(header: [String]) -> String? {
        let names = header.map { CSVReader.trimmed($0).lowercased() }
        let set = Set(names)
        func has(_ name: String) -> Bool { set.contains(name) }
        func any(_ test: (String) -> Bool) -> Bool { names.contains(where: test) }

        // GA4: any `Session …` / `First user …` dimension, without the columns that attribute sessions.
        let ga4 = any { $0.hasPrefix("session ") || $0.hasPrefix("first user ") }
        if ga4 && !(has("date") && has("session source") && has("sessions")) {
            let by = names.first { $0.contains("channel group") }.map { " (this one is by \"\(header[names.firstIndex(of: $0) ?? 0])\")" } ?? ""
            return "a GA4 report that cannot attribute sessions to influencers\(by): expected GA4's Traffic acquisition report by Session source / medium and Date — "
                + "in Reports → Acquisition → Traffic acquisition, set the primary dimension to Session source, add Session medium, Session campaign and "
                + "Session manual ad content, and Date, then Share → Download file → CSV (columns Date, Session source, Session medium, Sessions)"
        }
        // YouTube Studio: a table by another dimension than Content (by date, by country…).
        if has("watch time (hours)") && !(has("content") && has("video publish time")) {
            return "a YouTube Studio export that is not by video: expected the Content table — in YouTube Studio, Analytics → Advanced mode, "
                + "the Content tab, then Export current view → Comma-separated values (Table data.csv, columns Content, Video title, Video publish time, Views)"
        }
        // TikTok Studio's Overview.csv: the account's days, not its videos.
        if has("video views") && has("profile views") && !has("video link") {
            return "a TikTok Studio Overview.csv (the account's days, not its videos): expected Content.csv from the same download "
                + "(TikTok Studio → Analytics → Download data; columns Video title, Video link, Post time, Total views)"
        }
        // Shopify's other exports: customers or products.
        if (has("total spent") && has("total orders")) || (has("handle") && has("body (html)")) {
            return "a Shopify \(has("handle") ? "products" : "customers") export: expected the orders export — in Shopify, Orders → Export → "
                + "All orders, CSV for Excel, Numbers, or other spreadsheet programs (orders_export.csv, columns Name, Created at, Total, Discount Code)"
        }
        // WooCommerce Analytics' other reports (Coupons, Customers).
        if has("coupon code") && has("amount discounted") {
            return "a WooCommerce Analytics Coupons report: expected the Orders report — in WooCommerce, Analytics → Orders, then Download "
                + "(columns Date, Order #, Status, Coupon(s), Net sales)"
        }
        return nil
    }

    /// The refusal, when `header` lacks a column `shape` requires (a usable file is never refused).
    static func refusal(header: [String], shape: FileShape) -> String? {
        let names = Set(header.map { CSVReader.trimmed($0).lowercased() })
        guard !shape.required.allSatisfy({ names.contains(shape.aliases[$0] ?? $0) }) else { return nil }
        return refusal(header: header)
    }
}
