/// A campaign as campaign.yaml describes it, with its loaded data.
public struct Campaign: Sendable {
    public let id: String
    public let name: String
    public let brand: String?
    public let objective: Objective
    public let window: DayRange
    public let currency: String
    public let budget: Double?
    /// KPI name → goal, in the order written.
    public let targets: [(kpi: Measure, value: Double)]
    public let requiredMentions: [String]
    public let targetCountries: [String]
    public let utmCampaign: String?
    public let attributionWindowDays: Int
    public let baseline: DayRange?
    public let abTest: ABTestSetting?
    public let influencers: [Influencer]
    public var posts: [Post]
    /// The measurements over time of the posts posts.csv dates with `measured_at`, by post id,
    /// oldest first (data-format.md §4; kpis.md §10); empty when no row has one.
    public var measurements: [String: [Post]] = [:]
    /// Each optional file is nil when absent: "no file is not zero" (kpis.md §1).
    public var orders: [Order]?
    public var followers: [FollowerCount]?
    public var comments: [PostComment]?
    public var sessions: [SessionCount]?
    public var leads: [Lead]?
    public var mentions: [Mention]?
    /// searches.csv (data-format.md §10b), one value per day (a week's value on each of its days).
    public var searches: [SearchDay]?
    /// campaign.yaml `search_term`: which term of a Google Trends file with several is the brand.
    public var searchTerm: String?
    /// The brand's gross margin on the products sold (0–1), for net_profit and net_roi.
    public var grossMargin: Double?
    /// campaign.yaml `email:`, which overrides report.yaml's key by key for this campaign's draft.
    public var email: EmailSettings?
    /// campaign.yaml key → its line, for messages about a setting found only once computed.
    public var keyLines: [String: Int] = [:]

    public init(
        id: String, name: String, brand: String? = nil, objective: Objective, window: DayRange,
        currency: String = "EUR", budget: Double? = nil, targets: [(kpi: Measure, value: Double)] = [],
        requiredMentions: [String] = [], targetCountries: [String] = [], utmCampaign: String? = nil,
        attributionWindowDays: Int = 30, baseline: DayRange? = nil, abTest: ABTestSetting? = nil,
        influencers: [Influencer], posts: [Post] = [], orders: [Order]? = nil,
        followers: [FollowerCount]? = nil, comments: [PostComment]? = nil, sessions: [SessionCount]? = nil,
        leads: [Lead]? = nil, mentions: [Mention]? = nil
    ) {
        self.id = id
        self.name = name
        self.brand = brand
        self.objective = objective
        self.window = window
        self.currency = currency
        self.budget = budget
        self.targets = targets
        self.requiredMentions = requiredMentions
        self.targetCountries = targetCountries
        self.utmCampaign = utmCampaign
        self.attributionWindowDays = attributionWindowDays
        self.baseline = baseline
        self.abTest = abTest
        self.influencers = influencers
        self.posts = posts
        self.orders = orders
        self.followers = followers
        self.comments = comments
        self.sessions = sessions
        self.leads = leads
        self.mentions = mentions
    }

    /// [start, end + attribution_window_days]: when orders and leads still count (data-format.md §5).
    public var attributionRange: DayRange {
        DayRange(start: window.start, end: window.end.adding(days: attributionWindowDays))
    }
}

/// `ab_test: {name, metric, variants}` of campaign.yaml.
public struct ABTestSetting: Sendable, Hashable {
    /// One entry of `variants: {A: "price hook"}`: a label, its description, and where the
    /// label is written (a label no post uses is an error there).
    public struct Description: Sendable, Hashable {
        public let label: String
        public let text: String
        public let line: Int
        public let column: Int?

        public init(label: String, text: String, line: Int = 0, column: Int? = nil) {
            self.label = label
            self.text = text
            self.line = line
            self.column = column
        }
    }

    public let name: String
    public let metric: KPI
    /// In file order.
    public let descriptions: [Description]

    public init(name: String, metric: KPI, descriptions: [Description] = []) {
        self.name = name
        self.metric = metric
        self.descriptions = descriptions
    }

    /// The description of a variant label, nil when none is given.
    public func description(of label: String) -> String? {
        descriptions.first { $0.label == label }?.text
    }
}
