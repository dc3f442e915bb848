import ReportCore

/// The forms posts come in: the generic posts.csv, a Meta Business Suite export or a
/// YouTube Studio `Table data.csv` (data-format.md §12). The header decides.
struct PostsDialect: Sendable {
    let name: String
    /// Our column → the export's header name (lower-cased).
    let aliases: [String: String]
    let required: [String]
    /// Reads `published_at`; nil uses the generic date reader.
    let date: (@Sendable (String) -> LocalDateTime?)?
    let dateExpectation: String
    /// Our format for the export's cell (Meta `Post type`).
    let format: @Sendable (String) -> String
    /// Every row's format when the export has none (YouTube: `video`).
    let fixedFormat: String?
    let fixedPlatform: String?
    /// The file names no account: it needs `{path, influencer}`.
    let needsAccount: Bool
    /// Rows that are not posts (YouTube's `Total`).
    let skip: @Sendable (String?) -> Bool

    static let generic = PostsDialect(
        name: "posts.csv", aliases: [:], required: ["post_id", "influencer", "format", "published_at"], date: nil,
        dateExpectation: "a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD/MM/YYYY)", format: { $0 }, fixedFormat: nil,
        fixedPlatform: nil, needsAccount: false, skip: { _ in false }
    )

    /// Meta Business Suite (Instagram/Facebook posts).
    static let meta = PostsDialect(
        name: "Meta Business Suite export",
        aliases: ["post_id": "post id", "influencer": "account username", "published_at": "publish time", "format": "post type",
                  "caption": "description"],
        required: ["post_id", "influencer", "published_at", "format"], date: ExportDates.meta,
        dateExpectation: "a date-time MM/DD/YYYY HH:MM", format: PostsDialect.metaFormat, fixedFormat: nil,
        fixedPlatform: nil, needsAccount: false, skip: { _ in false }
    )

    /// YouTube Studio `Table data.csv` of one channel.
    static let youtube = PostsDialect(
        name: "YouTube Studio export",
        aliases: ["post_id": "content", "published_at": "video publish time", "caption": "video title"],
        required: ["post_id", "published_at"], date: ExportDates.youtube, dateExpectation: "a date such as Apr 9, 2026",
        format: { $0 }, fixedFormat: "video", fixedPlatform: "youtube", needsAccount: true,
        skip: { $0?.lowercased() == "total" }
    )

    static func detect(header: [String]) -> PostsDialect {
        let names = Set(header.map { $0.lowercased() })
        if ["post id", "account username", "publish time", "post type", "reach", "likes"].allSatisfy(names.contains) { return meta }
        if ["content", "video title", "video publish time", "views"].allSatisfy(names.contains) { return youtube }
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
}
