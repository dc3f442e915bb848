import ReportCore

/// The forms posts come in: the generic posts.csv or a platform export (data-format.md §12,
/// docs/inputs.md lists each column). The header decides.
struct PostsDialect: Sendable {
    let name: String
    /// Our column → the export's header name (lower-cased).
    let aliases: [String: String]
    let required: [String]
    /// Reads `published_at` against the campaign window (year-less dates); nil uses the
    /// generic date reader.
    let date: (@Sendable (String, DayRange) -> LocalDateTime?)?
    let dateExpectation: String
    /// Our format for the export's cell (Meta `Post type`).
    let format: @Sendable (String) -> String
    /// Every row's format when the export has none (YouTube: `video`).
    var fixedFormat: String? = nil
    var fixedPlatform: String? = nil
    /// The file names no account: it needs `{path, influencer}` (TikTok's links may name it).
    var needsAccount = false
    /// Rows that are not posts (YouTube's `Total`), by their post id cell; nil when every row
    /// is a post (then no cell is read for it).
    var skip: (@Sendable (String?) -> Bool)? = nil
    /// Rows without a publish date are skipped with one warning (YouTube's unlisted, private or
    /// deleted videos) instead of being errors.
    var skipsUndated = false
    /// The post id and the handle come from a TikTok video link.
    var tiktokLinks = false
    /// Generic dates are read before the export's own form (TikTok's year-less `Post time`);
    /// never for Meta, whose `03/04/2026` is month first.
    var readsGenericDates = false
    /// The account cell is a display name (Facebook `Page name`): it may match an influencer's name.
    var accountIsName = false
    /// The caption when the caption column is empty (Facebook writes the text in `Title`).
    var captionFallback: String? = nil
    /// Rows shorter than the header are read (Meta adds columns and leaves older rows short).
    var readsShortRows = false
    /// Metrics that are net changes over the export's period and may be negative (YouTube's Likes).
    var signedMetrics: Set<PostMetric> = []

    var isExport: Bool { name != PostsDialect.generic.name }

    static let generic = PostsDialect(
        name: "posts.csv", aliases: [:], required: ["post_id", "influencer", "format", "published_at"], date: nil,
        dateExpectation: "a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY)", format: { $0 }
    )

    /// Meta Business Suite, Instagram account posts.
    static let meta = PostsDialect(
        name: "Meta Business Suite export",
        aliases: ["post_id": "post id", "influencer": "account username", "published_at": "publish time", "format": "post type",
                  "caption": "description"],
        required: ["post_id", "influencer", "published_at", "format"], date: { text, _ in ExportDates.meta(text) },
        dateExpectation: "a date-time MM/DD/YYYY HH:MM", format: PostsDialect.metaFormat, readsShortRows: true
    )

    /// Meta Business Suite, Facebook Page posts: the Instagram export's columns with `Page name`
    /// for the account and `Reactions` for likes.
    static let facebook = PostsDialect(
        name: "Meta Business Suite Facebook export",
        aliases: ["post_id": "post id", "influencer": "page name", "published_at": "publish time", "format": "post type",
                  "caption": "description", "likes": "reactions", "link_clicks": "link clicks"],
        required: ["post_id", "influencer", "published_at", "format"], date: { text, _ in ExportDates.meta(text) },
        dateExpectation: "a date-time MM/DD/YYYY HH:MM", format: PostsDialect.metaFormat, fixedPlatform: "facebook",
        accountIsName: true, captionFallback: "title", readsShortRows: true
    )

    /// YouTube Studio `Table data.csv` of one channel.
    static let youtube = PostsDialect(
        name: "YouTube Studio export",
        aliases: ["post_id": "content", "published_at": "video publish time", "caption": "video title", "comments": "comments added"],
        required: ["post_id", "published_at"], date: { text, _ in ExportDates.youtube(text) }, dateExpectation: "a date such as Apr 9, 2026",
        format: { $0 }, fixedFormat: "video", fixedPlatform: "youtube", needsAccount: true,
        skip: { $0?.lowercased() == "total" }, skipsUndated: true, signedMetrics: [.likes]
    )

    /// TikTok Studio `Content.csv`: per-video totals of one account.
    static let tiktok = PostsDialect(
        name: "TikTok Studio Content.csv",
        aliases: ["post_id": "video link", "influencer": "video link", "published_at": "post time", "caption": "video title",
                  "likes": "total likes", "comments": "total comments", "shares": "total shares", "views": "total views"],
        required: ["post_id", "published_at"], date: PostsDialect.tiktokPostTime,
        dateExpectation: "a day such as July 16", format: { $0 }, fixedFormat: "video", fixedPlatform: "tiktok",
        tiktokLinks: true, readsGenericDates: true
    )

    static func detect(header: [String]) -> PostsDialect {
        let names = Set(header.map { $0.lowercased() })
        if ["post id", "account username", "publish time", "post type", "reach", "likes"].allSatisfy(names.contains) { return meta }
        if ["post id", "page name", "publish time", "post type"].allSatisfy(names.contains) { return facebook }
        if ["content", "video title", "video publish time", "views"].allSatisfy(names.contains) { return youtube }
        if ["video title", "video link", "post time", "total likes", "total comments", "total shares", "total views"].allSatisfy(names.contains) {
            return tiktok
        }
        return generic
    }

    /// `IG reel` → reel, `IG carousel` → carousel, `Photos` → image, `Stories` → story.
    static func metaFormat(_ type: String) -> String {
        let t = type.lowercased()
        for (word, format) in [("reel", "reel"), ("carousel", "carousel"), ("stor", "story"), ("image", "image"), ("photo", "image"),
                               ("video", "video"), ("live", "live"), ("text", "text"), ("link", "text")] where t.contains(word) {
            return format
        }
        return t.split(separator: " ").last.map(String.init) ?? t
    }

    /// TikTok's `Post time` has no year (`July 16`): the year nearest to the campaign window.
    static func tiktokPostTime(_ text: String, window: DayRange) -> LocalDateTime? {
        guard let date = YearlessDates.parse(text), let day = YearlessDates.nearest(date, to: window) else { return nil }
        return LocalDateTime(day: day)
    }

    /// `https://www.tiktok.com/@tom.tok/video/7412345678901234567?lang=en` → ("tom.tok", "7412345678901234567").
    static func tiktokLink(_ link: String) -> (handle: String, videoID: String)? {
        guard let at = link.range(of: "/@"), let video = link.range(of: "/video/", range: at.upperBound..<link.endIndex) else { return nil }
        let handle = String(link[at.upperBound..<video.lowerBound])
        let id = String(link[video.upperBound...].prefix { $0.isASCII && $0.isNumber })
        guard !handle.isEmpty, !handle.contains("/"), !id.isEmpty else { return nil }
        return (handle, id)
    }
}
