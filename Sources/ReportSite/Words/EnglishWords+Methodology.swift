import ReportCore

/// en-US: each KPI's formula, its inputs and what n/a means, for the methodology block. The texts
/// follow the binding formulas of kpis.md (§1 aggregation, §2–§6, §9) and docs/kpis.md; each is
/// one plain sentence without a final full stop, and the formula names the KPI by its page
/// label, so a label on a card or a table heading leads to it.
extension EnglishWords {
    /// `formula` starts with the KPI's page label: "CPA = spend ÷ conversions".
    private func entry(_ kpi: KPI, _ formula: String, _ inputs: String, _ notAvailable: String) -> KPIMethodology {
        KPIMethodology(formula: kpiLabel(kpi) + " = " + formula, inputs: inputs, notAvailable: notAvailable)
    }

    /// A sum of one figure of the platforms' post statistics: "n/a when no post reports …".
    private func sum(_ kpi: KPI, what: String, _ formula: String) -> KPIMethodology {
        entry(kpi, formula,
              "the \(what) in the platforms’ post statistics",
              "n/a when no post reports its \(what)")
    }

    /// A cost figure: spend ÷ a result.
    private func cost(_ kpi: KPI, _ formula: String, _ result: String, _ notAvailable: String) -> KPIMethodology {
        entry(kpi, formula, EnglishPhrases.spend + " and " + result, notAvailable)
    }

    /// The exhaustive switch: a new KPI cannot ship without its methodology entry. Sources are
    /// named in words ("your shop's orders", "the platforms' post statistics"), never by the
    /// name of a file or a setting: the methodology is read by the client.
    func methodology(_ kpi: KPI) -> KPIMethodology {
        switch kpi {
        // MARK: Visibility (kpis.md §2)
        case .posts:
            return entry(kpi,
                "number of posts",
                "the posts listed in the platforms’ post statistics",
                "never n/a: an influencer without posts has 0")
        case .reach:
            return sum(kpi, what: "reach",
                "Σ reach of the posts, cumulative: an account reached by two posts counts twice")
        case .impressions:
            return sum(kpi, what: "impressions",
                "Σ impressions of the posts")
        case .views:
            return sum(kpi, what: "views",
                "Σ views of the posts")
        case .longViews:
            return sum(kpi, what: "views over 3 seconds",
                "Σ views of the posts that lasted over 3 seconds")
        case .frequency:
            return entry(kpi,
                "Σ impressions ÷ Σ reach, over the posts that report both, a plain ratio rather than a percentage",
                "the impressions and reach in " + EnglishPhrases.posts,
                "n/a when no post reports both impressions and reach, or their reach adds up to 0")
        case .longViewRate:
            return entry(kpi,
                "Σ views over 3 seconds ÷ Σ views × 100, over the posts that report both",
                "the views and the views over 3 seconds in " + EnglishPhrases.posts,
                "n/a when no post reports both, or their views add up to 0")
        case .reachRate:
            return entry(kpi,
                "Σ reach ÷ Σ followers × 100, over the posts that report reach, the influencer’s followers counting once per post",
                "the reach in " + EnglishPhrases.posts + " and " + EnglishPhrases.followers,
                "n/a when no post reports its reach, or the followers add up to 0")
        case .newFollowers:
            return entry(kpi,
                "last count dated on or before the end − last count dated before the start (if none, the first count dated from the start on), per influencer, summed over the influencers that have it",
                EnglishPhrases.followerHistory,
                "n/a when no follower history is supplied, when no influencer has two different counts to compare, and for a format or A/B variant")
        case .followerGrowth:
            return entry(kpi,
                "new followers ÷ followers × 100, the followers being those of the influencers that have new followers, each counted once",
                EnglishPhrases.followerHistory + " and " + EnglishPhrases.followers,
                "n/a when new followers is n/a, or those influencers’ followers add up to 0")
        case .newFollowersFlagged:
            return entry(kpi,
                "the new followers of the influencers flagged for a follower spike, summed like new followers: the part of new followers that a spike the trust section flags may have bought",
                EnglishPhrases.followerHistory + ", and the follower-spike rule of the trust section",
                "n/a when new followers is n/a; 0 when no influencer that has new followers is flagged")

        // MARK: Engagement (kpis.md §3)
        case .engagements:
            return entry(kpi,
                "Σ (likes + comments + shares + saves), a post counting when it reports at least one of them, its unreported ones counting 0",
                "the likes, comments, shares and saves in " + EnglishPhrases.posts,
                "n/a when no post reports any of them")
        case .engagementRate:
            return entry(kpi,
                "Σ engagements ÷ Σ reach × 100, over the posts that report both",
                "the likes, comments, shares, saves and reach in " + EnglishPhrases.posts,
                "n/a when no post reports both engagements and reach, or their reach adds up to 0")
        case .engagementRateFollowers:
            return entry(kpi,
                "Σ engagements ÷ Σ followers × 100, over the posts that report engagements, the influencer’s followers counting once per post; the figure compared with the follower-based industry benchmarks",
                "the likes, comments, shares and saves in " + EnglishPhrases.posts + " and " + EnglishPhrases.followers,
                "n/a when no post reports engagements, or the followers add up to 0")
        case .shareSaveRate:
            return entry(kpi,
                "Σ (shares + saves) ÷ Σ reach × 100, over the posts that report both",
                "the shares, saves and reach in " + EnglishPhrases.posts,
                "n/a when no post reports shares or saves together with reach, or their reach adds up to 0")
        case .commentsPerPost:
            return entry(kpi,
                "Σ comments ÷ number of posts reporting comments",
                "the number of comments in " + EnglishPhrases.posts,
                "n/a when no post reports its comments")
        case .storyReplyRate:
            return entry(kpi,
                "Σ story replies ÷ Σ reach × 100, over the story posts that report both",
                "the replies and reach of the stories in " + EnglishPhrases.posts,
                "n/a when no story reports both, or their reach adds up to 0")
        case .stickerTapRate:
            return entry(kpi,
                "Σ sticker taps ÷ Σ reach × 100, over the story posts that report both",
                "the sticker taps and reach of the stories in " + EnglishPhrases.posts,
                "n/a when no story reports both, or their reach adds up to 0")
        case .commentQuality:
            return entry(kpi,
                "comments of 4 words or more ÷ comments × 100, words counted once links, @mentions and #hashtags are removed and every character that is neither a letter nor a digit becomes a space",
                EnglishPhrases.comments, EnglishPhrases.noComments)
        case .purchaseIntentComments:
            return entry(kpi,
                "number of comments holding a phrase of the French and English purchase-intent lexicon (“where can I get”, “ordered”, “lien ?”, “je vais l’acheter”, …)",
                EnglishPhrases.comments,
                "n/a when the posts’ comments are not supplied")
        case .positiveShare:
            return entry(kpi,
                "comments classed positive ÷ comments × 100",
                EnglishPhrases.sentimentInputs, EnglishPhrases.noComments)
        case .negativeShare:
            return entry(kpi,
                "comments classed negative ÷ comments × 100",
                EnglishPhrases.sentimentInputs, EnglishPhrases.noComments)
        case .netSentiment:
            return entry(kpi,
                "share of positive comments − share of negative comments, in percentage points",
                EnglishPhrases.sentimentInputs, EnglishPhrases.noComments)
        case .commentsAnalysed:
            return entry(kpi,
                "the collected comments behind the comment figures (quality, intent, sentiment)",
                EnglishPhrases.comments,
                EnglishPhrases.noComments)
        case .commentsCoverage:
            return entry(kpi,
                "comments analysed ÷ Σ comments the posts report × 100: how much of the conversation the comment figures rest on",
                EnglishPhrases.comments + ", and the number of comments in " + EnglishPhrases.posts,
                "n/a when the posts’ comments are not supplied, or when no post reports its comments")

        // MARK: Conversion and cost (kpis.md §4)
        case .linkClicks:
            return sum(kpi, what: "link clicks",
                "Σ link clicks of the posts")
        case .ctr:
            return entry(kpi,
                "Σ link clicks ÷ Σ reach × 100, over the posts that report both",
                "the link clicks and reach in " + EnglishPhrases.posts,
                "n/a when no post reports both link clicks and reach, or their reach adds up to 0")
        case .storyCtr:
            return entry(kpi,
                "Σ link clicks ÷ Σ reach × 100, over the story posts that report both",
                "the link clicks and reach of the stories in " + EnglishPhrases.posts,
                "n/a when no story reports both link clicks and reach, or their reach adds up to 0")
        case .clicks:
            return entry(kpi,
                "link clicks when any post of the group reports them, else the visits your website’s statistics credit to the influencers’ tracking links (UTM), summed over the group’s influencers that have one",
                "the link clicks in " + EnglishPhrases.posts + ", else " + EnglishPhrases.sessions + " credited to each influencer’s tracking link (and to the campaign’s, when it has one), dated from the campaign start to its end plus the attribution window",
                "n/a when no post reports link clicks and either your website’s statistics are not supplied or no influencer of the group has a tracking link")
        case .conversions:
            return entry(kpi,
                "number of attributed orders",
                EnglishPhrases.ordersInGroup, EnglishPhrases.noOrders)
        case .revenue:
            return entry(kpi,
                "Σ revenue of the attributed orders",
                EnglishPhrases.ordersInGroup, EnglishPhrases.noOrders)
        case .conversionRate:
            return entry(kpi,
                "conversions ÷ clicks × 100, a post-click conversion rate",
                EnglishPhrases.orders + " and the clicks (link clicks, else the visits credited to the tracking links)",
                "n/a when conversions or clicks is n/a, or there are no clicks")
        case .aov:
            return entry(kpi,
                "revenue ÷ conversions",
                "the revenue and the number of " + EnglishPhrases.attributedOrders,
                "n/a when your shop’s orders are not supplied or there are no conversions")
        case .leads:
            return entry(kpi,
                "number of attributed leads, of every type",
                EnglishPhrases.leadsInputs, EnglishPhrases.noLeads)
        case .spend:
            return entry(kpi,
                "fee + gifted products + commission rate × revenue + Σ post costs for an influencer; for the campaign, the larger of the budget (when set) and Σ influencer spend; for a platform, Σ of its influencers’ spend",
                "each influencer’s fee, gifted products and commission rate and the campaign budget, as agreed in the campaign brief, the cost of each post when the statistics give one, and the revenue of " + EnglishPhrases.orders + " for commissions",
                "n/a for an influencer whose costs are not known and who has no post cost, for a platform or a campaign without a budget that holds one, and for a format or A/B variant, which has no spend; without your shop’s orders, commissions add nothing")
        case .spendUnassigned:
            return entry(kpi,
                "campaign spend − Σ influencer spend: the part of the budget tied to no creator, shown as its own row where spend is split by platform so the rows add up",
                "the campaign budget and " + EnglishPhrases.spend,
                "n/a when an influencer’s spend is n/a; 0 without a budget")
        case .budgetUsed:
            return entry(kpi,
                "Σ creator spend ÷ budget × 100, above 100 the creators cost more than the budget and spend counts their costs",
                "the campaign budget and " + EnglishPhrases.spend,
                "n/a without a budget")
        case .cpa:
            return entry(kpi,
                "spend ÷ conversions",
                EnglishPhrases.spend + " and " + EnglishPhrases.orders,
                "n/a when your shop’s orders are not supplied or there are no conversions")
        case .cpm:
            return cost(kpi,
                "spend ÷ Σ impressions × 1000",
                "the impressions in " + EnglishPhrases.posts,
                "n/a when no post reports impressions or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpe:
            return cost(kpi,
                "spend ÷ engagements",
                "the likes, comments, shares and saves in " + EnglishPhrases.posts,
                "n/a when no post reports engagements or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpc:
            return cost(kpi,
                "spend ÷ clicks",
                "the clicks (link clicks in " + EnglishPhrases.posts + ", else the visits credited to the tracking links)",
                "n/a when clicks is n/a or 0, and for a format or A/B variant, which has no spend")
        case .cpv:
            return cost(kpi,
                "spend ÷ Σ views",
                "the views in " + EnglishPhrases.posts,
                "n/a when no post reports views or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpl:
            return cost(kpi,
                "spend ÷ leads",
                "the leads attributed by promo code, tracking link or the creator named on the lead, within the attribution window",
                "n/a when your leads are not supplied or there are no leads")
        case .roi:
            return entry(kpi,
                "revenue ÷ spend, the ratio the industry calls ROAS: it says whether revenue covers spend, not whether the campaign made money",
                "the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a when your shop’s orders are not supplied or spend is 0")
        case .profit:
            return entry(kpi,
                "revenue − spend, the revenue left after spend and before the cost of goods, so not a profit",
                "the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a when your shop’s orders are not supplied")
        case .netProfit:
            return entry(kpi,
                "revenue × gross margin − spend: what the campaign earned once the cost of goods is paid",
                "your gross margin as given in the campaign brief, the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a when the brief gives no gross margin or your shop’s orders are not supplied")
        case .netROI:
            return entry(kpi,
                "net profit ÷ spend, shown as a percentage: above 0 the campaign made money, the one sense in which it is profitable",
                "net profit and " + EnglishPhrases.spend,
                "n/a when net profit is n/a or spend is 0")

        // MARK: Campaign-level figures (kpis.md §5)
        case .upliftRevenue:
            return entry(kpi,
                "(campaign daily revenue − baseline daily revenue) ÷ baseline daily revenue × 100",
                EnglishPhrases.baseline, EnglishPhrases.noBaseline)
        case .incrementalRevenue:
            return entry(kpi,
                "(campaign daily revenue − baseline daily revenue) × days in the campaign",
                EnglishPhrases.baseline, EnglishPhrases.noBaseline)
        case .incrementalRoas:
            return entry(kpi,
                "incremental revenue ÷ spend: the revenue the campaign added to the shop’s baseline level per unit spent, attributed or not, where ROI (ROAS) counts only the attributed revenue",
                EnglishPhrases.baseline + ", and " + EnglishPhrases.spend,
                "n/a when incremental revenue is n/a or spend is n/a or 0")
        case .upliftOrders:
            return entry(kpi,
                "(campaign daily orders − baseline daily orders) ÷ baseline daily orders × 100",
                EnglishPhrases.baseline, EnglishPhrases.noBaseline)
        case .directTrafficUplift:
            return entry(kpi,
                "(campaign daily direct visits − baseline daily direct visits) ÷ baseline daily direct visits × 100",
                "the direct visits (typed address or bookmark) in " + EnglishPhrases.sessions + ", from the campaign start to its end and over the reference period before it",
                "n/a when there is no reference period or your website’s statistics are not supplied, or the reference period has no direct visit")
        case .searchUplift:
            return entry(kpi,
                "(mean daily searches from the campaign start to its end plus the attribution window − mean daily searches over the reference period) ÷ mean daily searches over the reference period × 100",
                "the searches for the brand (Google Trends interest or the impressions of the brand’s queries in Google Search Console), a week’s or a month’s value standing for each of its days, means taken over the days the statistics cover, and the reference period before the campaign",
                "n/a when there is no reference period or no search statistics, when they cover neither period, or when the reference period’s mean is 0")
        case .reusableContents:
            return entry(kpi,
                "number of posts whose rights are cleared for reuse",
                EnglishPhrases.reusable,
                EnglishPhrases.noReusable)
        case .reusableRate:
            return entry(kpi,
                "reusable contents ÷ posts that say whether they are reusable × 100",
                EnglishPhrases.reusable,
                EnglishPhrases.noReusable)
        case .reusedContents:
            return entry(kpi,
                "number of reusable posts the brand has reused somewhere (an ad, the website, a newsletter…)",
                EnglishPhrases.reusable + ", and where each was reused",
                EnglishPhrases.noReusable)
        case .reuseRate:
            return entry(kpi,
                "reused contents ÷ reusable contents × 100",
                EnglishPhrases.reusable + ", and where each was reused",
                "n/a when no post is reusable")
        case .brandMentions:
            return entry(kpi,
                "number of mentions dated from the campaign start to its end plus the attribution window",
                EnglishPhrases.mentions,
                EnglishPhrases.noMentions)
        case .mentionAuthors:
            return entry(kpi,
                "number of distinct authors (case-insensitive) among the brand mentions",
                "the authors of " + EnglishPhrases.mentions + ", dated from the campaign start to its end plus the attribution window",
                EnglishPhrases.noMentions)
        case .mentionCompliance:
            return entry(kpi,
                "posts whose caption holds every required mention ÷ posts with a caption × 100, a mention being found as a substring, case-insensitive",
                "the captions in " + EnglishPhrases.posts + " and the mentions the campaign brief requires",
                "n/a when the brief requires no mention or no post has a caption")
        case .onTimeRate:
            return entry(kpi,
                "posts published on or before their planned date ÷ posts with a planned date × 100, by date",
                EnglishPhrases.planned, EnglishPhrases.noPlanned)
        case .avgDelayDays:
            return entry(kpi,
                "mean of max(0, published date − planned date) in days, over the posts with a planned date",
                EnglishPhrases.planned, EnglishPhrases.noPlanned)
        case .avgRating:
            return entry(kpi,
                "mean of an influencer’s ratings, each out of 5; for the campaign, the mean over the influencers that have one",
                "the ratings the agency gave each influencer, from 1 to 5, for brand fit, respect of the brief, content quality and responsiveness",
                "n/a when no influencer has a rating")

        // MARK: Earned media value (kpis.md §6)
        case .emv:
            return entry(kpi,
                "Σ over posts (impressions ÷ 1000 × CPM + engagements × price per engagement + link clicks × price per click), at the rates of each post’s platform",
                "the impressions, engagements and link clicks in " + EnglishPhrases.posts + ", priced at the rates listed under the assumptions in force, which are assumptions, not market prices",
                "n/a when no post reports impressions, engagements or link clicks; a post reporting none of them adds nothing")

        // MARK: Objective figures (kpis.md §9)
        case .costPerReusableContent:
            return cost(kpi,
                "spend ÷ reusable contents",
                EnglishPhrases.reusable,
                "n/a when no post says whether it is reusable or none is reusable")
        // MARK: Early and settled measurements (kpis.md §10)
        case .earlyReachShare, .earlyEngagementShare:
            return earlyShareMethodology(kpi)
        case .postsPerMonth:
            return entry(kpi,
                "posts ÷ calendar months the campaign window touches",
                "the posts listed in the platforms’ post statistics and the campaign’s start and end dates",
                "never n/a: a campaign without posts has 0")
        }
    }

    /// A lead type's figure: the leads of one type, types compared lower-cased.
    func leadsMethodology(_ type: String) -> KPIMethodology {
        KPIMethodology(
            formula: leadsLabel(type) + " = number of attributed leads of type " + type,
            inputs: "your leads of type " + type + " (compared lower-case), attributed like orders, by promo code, tracking link or the creator named on the lead, dated from the campaign start to its end plus the attribution window",
            notAvailable: EnglishPhrases.noLeads)
    }
}

/// Phrases several entries share, so that they read the same everywhere.
private enum EnglishPhrases {
    static let posts = "the platforms’ post statistics"
    static let followers = "each influencer’s follower count given in the campaign brief"
    static let followerHistory = "the follower history of the influencers’ accounts"
    static let sessions = "your website’s visit statistics"
    static let spend = "spend (fees, gifted products, commissions, per-post costs, or the budget when larger)"
    static let attributedOrders = "orders attributed by promo code, tracking link or the creator named on the order within the attribution window"
    static let orders = "the " + attributedOrders
    static let ordersInGroup = "your shop’s orders attributed to the group’s influencers by promo code, tracking link (UTM) or the creator named on the order, dated from the campaign start to its end plus the attribution window"
    static let noOrders = "n/a when your shop’s orders are not supplied, and for a format or A/B variant, which has no influencer of its own; 0 when they are supplied and nothing is attributed"
    static let comments = "the comments collected on the group’s posts"
    static let noComments = "n/a when the posts’ comments are not supplied, or the group’s posts have none"
    static let sentimentInputs = "the comments collected on the group’s posts, read by the documented French and English lexicon, which reads set phrases first (“not bad”, “pas terrible”) and flips a word after a negation"
    static let baseline = "your shop’s orders, all of them, attributed or not, from the campaign start to its end and over the reference period before it"
    static let noBaseline = "n/a when there is no reference period or your shop’s orders are not supplied, or the reference period has no order"
    static let reusable = "whether each post’s rights are cleared for reuse by the brand, as the post statistics record it"
    static let noReusable = "n/a when no post says whether it is reusable"
    static let planned = "each post’s publication date and its planned date"
    static let noPlanned = "n/a when no post has a planned date"
    static let mentions = "the brand mentions collected by social listening"
    static let noMentions = "n/a when no brand mentions are supplied"
    static let leadsInputs = "your leads (sign-ups, requests) attributed like orders, by promo code, tracking link or the creator named on the lead, dated from the campaign start to its end plus the attribution window"
    static let noLeads = "n/a when your leads are not supplied, and for a format or A/B variant, which has no influencer of its own; 0 when they are supplied and nothing is attributed"
}
