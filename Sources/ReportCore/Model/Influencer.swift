/// A creator engaged in one campaign, as campaign.yaml describes them.
public struct Influencer: Sendable, Hashable {
    /// Without the leading `@`, as written (display); `key` is what CSV cells are matched against.
    public let handle: String
    public let name: String?
    public let platform: Platform
    public let followers: Int
    public let fee: Double
    public let commissionRate: Double
    public let productCost: Double
    public let promoCodes: [String]
    public let utmContent: String?
    public let audienceCountries: [String: Double]
    public let ratings: [String: Double]
    /// Line of its entry in campaign.yaml, for messages.
    public let line: Int

    public init(
        handle: String, name: String? = nil, platform: Platform, followers: Int,
        fee: Double = 0, commissionRate: Double = 0, productCost: Double = 0,
        promoCodes: [String] = [], utmContent: String? = nil,
        audienceCountries: [String: Double] = [:], ratings: [String: Double] = [:], line: Int = 0
    ) {
        self.line = line
        self.handle = Influencer.normalizedHandle(handle)
        self.name = name
        self.platform = platform
        self.followers = followers
        self.fee = fee
        self.commissionRate = commissionRate
        self.productCost = productCost
        self.promoCodes = promoCodes
        self.utmContent = utmContent
        self.audienceCountries = audienceCountries
        self.ratings = ratings
    }

    /// Handles compare case-insensitively and a leading `@` is ignored everywhere (data-format.md §3).
    public var key: String { Influencer.key(handle) }

    public var tier: Tier { Tier(followers: followers) }

    public static func normalizedHandle(_ raw: String) -> String {
        var s = Substring(raw)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        if s.first == "@" { s = s.dropFirst() }
        return String(s)
    }

    public static func key(_ raw: String) -> String { normalizedHandle(raw).lowercased() }
}
