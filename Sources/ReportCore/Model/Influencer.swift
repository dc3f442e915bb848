/// A creator engaged in one campaign, as campaign.yaml describes them.
public struct Influencer: Sendable, Hashable {
    /// Without the leading `@`, as written (display); `key` is what CSV cells are matched against.
    public let handle: String
    public let name: String?
    public let platform: Platform
    public let followers: Int
    /// The cost fields of campaign.yaml, nil when not written: an influencer with none of them
    /// and no post cost has unknown costs (kpis.md §4), never a cost of 0; `fee: 0` is an unpaid creator.
    public let fee: Double?
    public let commissionRate: Double?
    public let productCost: Double?
    public let promoCodes: [String]
    public let utmContent: String?
    public let audienceCountries: [String: Double]
    public let ratings: [String: Double]
    /// Line of its entry in campaign.yaml, for messages.
    public let line: Int

    public init(
        handle: String, name: String? = nil, platform: Platform, followers: Int,
        fee: Double? = nil, commissionRate: Double? = nil, productCost: Double? = nil,
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

    /// campaign.yaml gives at least one of fee, product_cost, commission_rate.
    public var hasCostFields: Bool { fee != nil || commissionRate != nil || productCost != nil }

    /// Its costs follow its attributed revenue (a commission above 0): its spend changes until
    /// the attribution window closes (kpis.md §10).
    public var paysCommission: Bool { (commissionRate ?? 0) > 0 }

    /// fee + product_cost + commission_rate × revenue + Σ post cost (kpis.md §4); nil when
    /// campaign.yaml gives no cost field and no post has a cost. A field not written among
    /// written ones adds nothing (data-format.md §3: commission_rate and product_cost default
    /// to 0 once costs are given). `revenue` nil (no orders.csv) pays no commission: there is
    /// no attributed revenue to pay it on.
    public func spend(revenue: Double?, postCosts: Double?) -> Double? {
        guard hasCostFields || postCosts != nil else { return nil }
        var total = 0.0
        if let fee { total += fee }
        if let productCost { total += productCost }
        if let commissionRate, let revenue { total += commissionRate * revenue }
        if let postCosts { total += postCosts }
        return total
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
