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

    /// "n/a when no post reports …" for a sum of one posts.csv column.
    private func sum(_ kpi: KPI, column: String, _ formula: String, _ what: String) -> KPIMethodology {
        entry(kpi, formula,
              "the \(column) column of posts.csv",
              "n/a when no post reports its \(what)")
    }

    /// A cost figure: spend ÷ a result.
    private func cost(_ kpi: KPI, _ formula: String, _ result: String, _ notAvailable: String) -> KPIMethodology {
        entry(kpi, formula, EnglishPhrases.spend + " and " + result, notAvailable)
    }

    /// The exhaustive switch: a new KPI cannot ship without its methodology entry.
    func methodology(_ kpi: KPI) -> KPIMethodology {
        switch kpi {
        // MARK: Visibility (kpis.md §2)
        case .posts:
            return entry(kpi,
                "number of posts",
                "the rows of posts.csv",
                "never n/a: an influencer without posts has 0")
        case .reach:
            return sum(kpi, column: "reach",
                "Σ reach of the posts, cumulative: an account reached by two posts counts twice",
                "reach")
        case .impressions:
            return sum(kpi, column: "impressions",
                "Σ impressions of the posts",
                "impressions")
        case .views:
            return sum(kpi, column: "views",
                "Σ views of the posts",
                "views")
        case .longViews:
            return sum(kpi, column: "long_views",
                "Σ long_views of the posts, the views that lasted over 3 seconds",
                "views over 3 s")
        case .frequency:
            return entry(kpi,
                "Σ impressions ÷ Σ reach, over the posts that report both, a plain ratio rather than a percentage",
                "the impressions and reach columns of posts.csv",
                "n/a when no post reports both impressions and reach, or their reach adds up to 0")
        case .longViewRate:
            return entry(kpi,
                "Σ long_views ÷ Σ views × 100, over the posts that report both",
                "the long_views (views over 3 seconds) and views columns of posts.csv",
                "n/a when no post reports both, or their views add up to 0")
        case .reachRate:
            return entry(kpi,
                "Σ reach ÷ Σ followers × 100, over the posts that report reach, the influencer’s followers counting once per post",
                "the reach column of posts.csv and each influencer’s followers in campaign.yaml",
                "n/a when no post reports its reach, or the followers add up to 0")
        case .newFollowers:
            return entry(kpi,
                "last count dated on or before the end − last count dated before the start (if none, the first count dated from the start on), per influencer, summed over the influencers that have it",
                "the influencers’ follower counts in followers.csv",
                "n/a when no followers file is given, when no influencer has two different counts to compare, and for a format or A/B variant")
        case .followerGrowth:
            return entry(kpi,
                "new followers ÷ followers × 100, the followers being those of the influencers that have new followers, each counted once",
                "the follower counts of followers.csv and each influencer’s followers in campaign.yaml",
                "n/a when new followers is n/a, or those influencers’ followers add up to 0")
        case .newFollowersFlagged:
            return entry(kpi,
                "the new followers of the influencers flagged follower_spike, summed like new followers: the part of new followers that a spike the trust section flags may have bought",
                "the influencers’ follower counts in followers.csv and the follower_spike rule",
                "n/a when new followers is n/a; 0 when no influencer that has new followers is flagged")

        // MARK: Engagement (kpis.md §3)
        case .engagements:
            return entry(kpi,
                "Σ (likes + comments + shares + saves), a post counting when it reports at least one of them, its unreported ones counting 0",
                "the likes, comments, shares and saves columns of posts.csv",
                "n/a when no post reports any of them")
        case .engagementRate:
            return entry(kpi,
                "Σ engagements ÷ Σ reach × 100, over the posts that report both",
                "the likes, comments, shares, saves and reach of posts.csv",
                "n/a when no post reports both engagements and reach, or their reach adds up to 0")
        case .engagementRateFollowers:
            return entry(kpi,
                "Σ engagements ÷ Σ followers × 100, over the posts that report engagements, the influencer’s followers counting once per post; the figure compared with the follower-based industry benchmarks",
                "the likes, comments, shares and saves of posts.csv and each influencer’s followers in campaign.yaml",
                "n/a when no post reports engagements, or the followers add up to 0")
        case .shareSaveRate:
            return entry(kpi,
                "Σ (shares + saves) ÷ Σ reach × 100, over the posts that report both",
                "the shares, saves and reach columns of posts.csv",
                "n/a when no post reports shares or saves together with reach, or their reach adds up to 0")
        case .commentsPerPost:
            return entry(kpi,
                "Σ comments ÷ number of posts reporting comments",
                "the comments column of posts.csv",
                "n/a when no post reports its comments")
        case .storyReplyRate:
            return entry(kpi,
                "Σ story replies ÷ Σ reach × 100, over the story posts that report both",
                "the story_replies and reach columns of posts.csv, posts of format story only",
                "n/a when no story reports both, or their reach adds up to 0")
        case .stickerTapRate:
            return entry(kpi,
                "Σ sticker taps ÷ Σ reach × 100, over the story posts that report both",
                "the sticker_taps and reach columns of posts.csv, posts of format story only",
                "n/a when no story reports both, or their reach adds up to 0")
        case .commentQuality:
            return entry(kpi,
                "comments of 4 words or more ÷ comments × 100, words counted once URLs, @mentions and #hashtags are removed and every character that is neither a letter nor a digit becomes a space",
                EnglishPhrases.comments, EnglishPhrases.noComments)
        case .purchaseIntentComments:
            return entry(kpi,
                "number of comments holding a phrase of the French and English purchase-intent lexicon (“where can I get”, “ordered”, “lien ?”, “je vais l’acheter”, …)",
                EnglishPhrases.comments,
                "n/a when no comments file is given")
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
                "the comments of comments.csv behind the comment figures (quality, intent, sentiment)",
                "the rows of comments.csv on the posts of the group",
                EnglishPhrases.noComments)
        case .commentsCoverage:
            return entry(kpi,
                "comments analysed ÷ Σ comments the posts report × 100: how much of the conversation the comment figures rest on",
                "comments.csv and the comments column of posts.csv",
                "n/a without comments.csv, or when no post reports its comments")

        // MARK: Conversion and cost (kpis.md §4)
        case .linkClicks:
            return sum(kpi, column: "link_clicks",
                "Σ link clicks of the posts",
                "link clicks")
        case .ctr:
            return entry(kpi,
                "Σ link clicks ÷ Σ reach × 100, over the posts that report both",
                "the link_clicks and reach columns of posts.csv",
                "n/a when no post reports both link clicks and reach, or their reach adds up to 0")
        case .storyCtr:
            return entry(kpi,
                "Σ link clicks ÷ Σ reach × 100, over the story posts that report both",
                "the link_clicks and reach columns of posts.csv, posts of format story only",
                "n/a when no story reports both link clicks and reach, or their reach adds up to 0")
        case .clicks:
            return entry(kpi,
                "link clicks when any post of the group reports them, else the sessions attributed by UTM, summed over the group’s influencers that have a utm_content",
                "the link_clicks column of posts.csv, else the sessions.csv rows whose content is an influencer’s utm_content (and whose campaign is the campaign’s utm_campaign when set), dated from the campaign start to its end plus the attribution window",
                "n/a when no post reports link clicks and either no sessions file is given or no influencer of the group has a utm_content")
        case .conversions:
            return entry(kpi,
                "number of attributed orders",
                EnglishPhrases.ordersFile, EnglishPhrases.noOrders)
        case .revenue:
            return entry(kpi,
                "Σ revenue of the attributed orders",
                EnglishPhrases.ordersFile, EnglishPhrases.noOrders)
        case .conversionRate:
            return entry(kpi,
                "conversions ÷ clicks × 100, a post-click conversion rate",
                EnglishPhrases.orders + " and the clicks (link clicks, else the sessions attributed by UTM)",
                "n/a when conversions or clicks is n/a, or there are no clicks")
        case .aov:
            return entry(kpi,
                "revenue ÷ conversions",
                "the revenue and the number of " + EnglishPhrases.attributedOrders,
                "n/a when no orders file is given or there are no conversions")
        case .leads:
            return entry(kpi,
                "number of attributed leads, of every type",
                EnglishPhrases.leadsFile, EnglishPhrases.noLeads)
        case .spend:
            return entry(kpi,
                "fee + gifted products + commission rate × revenue + Σ post costs for an influencer; for the campaign, the larger of the budget (when set) and Σ influencer spend; for a platform, Σ of its influencers’ spend",
                "fee, product_cost, commission_rate and budget from campaign.yaml, the cost column of posts.csv, and the revenue of " + EnglishPhrases.orders + " for commissions",
                "n/a for an influencer with no fee, product_cost nor commission_rate in campaign.yaml and no post cost (an unpaid creator is written fee: 0), for a platform or a campaign without a budget that holds one, and for a format or A/B variant, which has no spend; without an orders file, commissions add nothing")
        case .spendUnassigned:
            return entry(kpi,
                "campaign spend − Σ influencer spend: the part of the budget tied to no creator, shown as its own row where spend is split by platform so the rows add up",
                "budget from campaign.yaml and " + EnglishPhrases.spend,
                "n/a when an influencer’s spend is n/a; 0 without a budget")
        case .budgetUsed:
            return entry(kpi,
                "Σ creator spend ÷ budget × 100: above 100, the creators cost more than the budget and spend counts their costs",
                "budget from campaign.yaml and " + EnglishPhrases.spend,
                "n/a without a budget")
        case .cpa:
            return entry(kpi,
                "spend ÷ conversions",
                EnglishPhrases.spend + " and " + EnglishPhrases.orders,
                "n/a when no orders file is given or there are no conversions")
        case .cpm:
            return cost(kpi,
                "spend ÷ Σ impressions × 1000",
                "the impressions column of posts.csv",
                "n/a when no post reports impressions or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpe:
            return cost(kpi,
                "spend ÷ engagements",
                "the likes, comments, shares and saves of posts.csv",
                "n/a when no post reports engagements or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpc:
            return cost(kpi,
                "spend ÷ clicks",
                "the clicks (link clicks of posts.csv, else the sessions attributed by UTM)",
                "n/a when clicks is n/a or 0, and for a format or A/B variant, which has no spend")
        case .cpv:
            return cost(kpi,
                "spend ÷ Σ views",
                "the views column of posts.csv",
                "n/a when no post reports views or they add up to 0, and for a format or A/B variant, which has no spend")
        case .cpl:
            return cost(kpi,
                "spend ÷ leads",
                "the leads attributed by promo code, UTM link or influencer column within the attribution window",
                "n/a when no leads file is given or there are no leads")
        case .roi:
            return entry(kpi,
                "revenue ÷ spend, the ratio the industry calls ROAS: it says whether revenue covers spend, not whether the campaign made money",
                "the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a when no orders file is given or spend is 0")
        case .profit:
            return entry(kpi,
                "revenue − spend, the revenue left after spend and before the cost of goods",
                "the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a when no orders file is given")
        case .netProfit:
            return entry(kpi,
                "revenue × gross margin − spend: what the campaign earned once the cost of goods is paid",
                "gross_margin from campaign.yaml, the revenue of " + EnglishPhrases.orders + ", and " + EnglishPhrases.spend,
                "n/a without gross_margin in campaign.yaml or without an orders file")
        case .netROI:
            return entry(kpi,
                "net profit ÷ spend: above 0 the campaign made money, the one sense in which it is profitable",
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
                "(campaign daily direct sessions − baseline daily direct sessions) ÷ baseline daily direct sessions × 100",
                "the sessions.csv rows with source (direct), dated in the campaign [start, end] and in the baseline period of campaign.yaml",
                "n/a when there is no baseline period or no sessions file, or the baseline has no direct session")
        case .searchUplift:
            return entry(kpi,
                "(mean daily searches from the campaign start to its end plus the attribution window − mean daily searches over the baseline) ÷ mean daily searches over the baseline × 100",
                "searches.csv, a Google Trends multiTimeline.csv or a Search Console Dates.csv (impressions of the brand's queries), a week's or a month's value standing for each of its days; means over the days the file covers; the baseline period of campaign.yaml",
                "n/a when there is no baseline period or no searches file, when the file covers neither period, or when the baseline's mean is 0")
        case .reusableContents:
            return entry(kpi,
                "number of posts with reusable = yes",
                "the reusable column of posts.csv (rights cleared for reuse by the brand)",
                EnglishPhrases.noReusable)
        case .reusableRate:
            return entry(kpi,
                "reusable contents ÷ posts reporting reusable × 100",
                "the reusable column of posts.csv (rights cleared for reuse by the brand)",
                EnglishPhrases.noReusable)
        case .reusedContents:
            return entry(kpi,
                "number of reusable posts with a non-empty reused_in",
                "the reusable and reused_in columns of posts.csv",
                EnglishPhrases.noReusable)
        case .reuseRate:
            return entry(kpi,
                "reused contents ÷ reusable contents × 100",
                "the reusable and reused_in columns of posts.csv",
                "n/a when no post is reusable")
        case .brandMentions:
            return entry(kpi,
                "number of mentions dated from the campaign start to its end plus the attribution window",
                "the rows of mentions.csv",
                EnglishPhrases.noMentions)
        case .mentionAuthors:
            return entry(kpi,
                "number of distinct authors (case-insensitive) among the brand mentions",
                "the authors of the mentions.csv rows dated from the campaign start to its end plus the attribution window",
                EnglishPhrases.noMentions)
        case .mentionCompliance:
            return entry(kpi,
                "posts whose caption holds every required mention ÷ posts with a caption × 100, a mention being found as a substring, case-insensitive",
                "the captions of posts.csv and the required_mentions of campaign.yaml",
                "n/a when the campaign sets no required_mentions or no post has a caption")
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
                "mean of an influencer’s ratings; for the campaign, the mean over the influencers that have one",
                "the ratings of campaign.yaml, each from 1 to 5 (brand_fit, brief, content_quality, responsiveness)",
                "n/a when no influencer has a rating")

        // MARK: Earned media value (kpis.md §6)
        case .emv:
            return entry(kpi,
                "Σ over posts (impressions ÷ 1000 × CPM + engagements × price per engagement + link clicks × price per click), at the rates of each post’s platform",
                "the impressions, engagements and link clicks of posts.csv, priced at rates that are assumptions, not market prices (in currency units per thousand impressions, per engagement and per click: instagram 8.00, 0.10 and 1.00; tiktok 6.00, 0.05 and 0.80; youtube 12.00, 0.15 and 1.20; others 7.00, 0.08 and 1.00), unless report.yaml emv: overrides them",
                "n/a when no post reports impressions, engagements or link clicks; a post reporting none of them adds nothing")

        // MARK: Objective figures (kpis.md §9)
        case .costPerReusableContent:
            return cost(kpi,
                "spend ÷ reusable contents",
                "the reusable column of posts.csv",
                "n/a when no post reports reusable or none is reusable")
        case .postsPerMonth:
            return entry(kpi,
                "posts ÷ calendar months the campaign window touches",
                "the rows of posts.csv and the campaign’s start and end in campaign.yaml",
                "never n/a: a campaign without posts has 0")
        }
    }

    /// `leads_<type>`: the leads of one type of leads.csv, types compared lower-cased.
    func leadsMethodology(_ type: String) -> KPIMethodology {
        KPIMethodology(
            formula: leadsLabel(type) + " = number of attributed leads of type " + type,
            inputs: "the leads.csv rows of type " + type + " (compared lower-case), attributed like orders, by promo code, UTM link or influencer column, dated from the campaign start to its end plus the attribution window",
            notAvailable: EnglishPhrases.noLeads)
    }
}

/// Phrases several entries share, so that they read the same everywhere.
private enum EnglishPhrases {
    static let spend = "spend (fees, gifted products, commissions, per-post costs, or the budget when larger)"
    static let attributedOrders = "orders attributed by promo code, UTM link or influencer column within the attribution window"
    static let orders = "the " + attributedOrders
    static let ordersFile = "the orders of orders.csv attributed to the group’s influencers by promo code, UTM link (utm_content, and utm_campaign when the campaign sets one) or influencer column, dated from the campaign start to its end plus the attribution window"
    static let noOrders = "n/a when no orders file is given, and for a format or A/B variant, which has no influencer of its own; 0 when the file is there and nothing is attributed"
    static let comments = "the texts of comments.csv on the group’s posts"
    static let noComments = "n/a when no comments file is given, or the group’s posts have no comment in it"
    static let sentimentInputs = "the texts of comments.csv on the group’s posts, read by the documented French and English lexicon, which reads set phrases first (“not bad”, “pas terrible”) and flips a word after a negation"
    static let baseline = "orders.csv holding all the shop’s orders, attributed or not, dated in the campaign [start, end] and in the baseline period of campaign.yaml"
    static let noBaseline = "n/a when there is no baseline period or no orders file, or the baseline has no order"
    static let noReusable = "n/a when no post reports reusable"
    static let planned = "the published_at and planned_at columns of posts.csv"
    static let noPlanned = "n/a when no post has a planned date"
    static let noMentions = "n/a when no mentions file is given"
    static let leadsFile = "leads.csv rows attributed like orders, by promo code, UTM link or influencer column, dated from the campaign start to its end plus the attribution window"
    static let noLeads = "n/a when no leads file is given, and for a format or A/B variant, which has no influencer of its own; 0 when the file is there and nothing is attributed"
}
