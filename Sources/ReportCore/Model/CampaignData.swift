/// A count of an influencer's followers on a day (followers.csv).
public struct FollowerCount: Sendable, Hashable {
    public let influencerKey: String
    public let day: Day
    public let followers: Int

    public init(influencerKey: String, day: Day, followers: Int) {
        self.influencerKey = influencerKey
        self.day = day
        self.followers = followers
    }
}

/// A comment on a post (comments.csv).
public struct PostComment: Sendable {
    public let postID: String
    public let text: String
    public let author: String?
    public let day: Day?

    public init(postID: String, text: String, author: String? = nil, day: Day? = nil) {
        self.postID = postID
        self.text = text
        self.author = author
        self.day = day
    }
}

/// Web-analytics sessions of one day and UTM combination (sessions.csv or a GA4 export).
public struct SessionCount: Sendable {
    public let day: Day
    public let source: String
    public let medium: String?
    public let campaign: String?
    public let content: String?
    public let sessions: Int

    public init(day: Day, source: String, medium: String? = nil, campaign: String? = nil, content: String? = nil, sessions: Int) {
        self.day = day
        self.source = source
        self.medium = medium
        self.campaign = campaign
        self.content = content
        self.sessions = sessions
    }

    /// `(direct)` compares case-insensitively (data-format.md §8).
    public var isDirect: Bool { source.lowercased() == "(direct)" }
}

/// A lead (leads.csv): attributed like an order.
public struct Lead: Sendable, Attributable {
    public let date: Day
    /// Lower-cased: `newsletter`, `quote`, `contact`, `download` or another word.
    public let type: String
    public let promoCode: String?
    public let utmCampaign: String?
    public let utmContent: String?
    public let influencerKey: String?

    public init(date: Day, type: String, promoCode: String? = nil, utmCampaign: String? = nil, utmContent: String? = nil, influencerKey: String? = nil) {
        self.date = date
        self.type = type.lowercased()
        self.promoCode = promoCode
        self.utmCampaign = utmCampaign
        self.utmContent = utmContent
        self.influencerKey = influencerKey
    }
}

/// A spontaneous brand mention found by a monitoring tool (mentions.csv).
public struct Mention: Sendable {
    public let day: Day
    public let source: String
    public let text: String
    public let author: String?
    public let url: String?

    public init(day: Day, source: String, text: String, author: String? = nil, url: String? = nil) {
        self.day = day
        self.source = source
        self.text = text
        self.author = author
        self.url = url
    }
}

/// Searches for the brand on one day (searches.csv, a Google Trends or Search Console
/// download): an index or a count. A weekly or monthly value stands for each of its days.
public struct SearchDay: Sendable, Equatable {
    public let day: Day
    public let searches: Double

    public init(day: Day, searches: Double) {
        self.day = day
        self.searches = searches
    }
}

/// What orders and leads share for attribution (data-format.md §5).
public protocol Attributable: Sendable {
    var date: Day { get }
    var promoCode: String? { get }
    var utmCampaign: String? { get }
    var utmContent: String? { get }
    var influencerKey: String? { get }
}

extension Order: Attributable {}
