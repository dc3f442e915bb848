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
