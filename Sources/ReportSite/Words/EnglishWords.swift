import ReportCharts
import ReportCore

/// en-US: every word of the site in English (the trust, recommendation and workbook words are
/// in `EnglishWords+Judgement.swift`).
struct EnglishWords: Words {
    var scaffold: ScaffoldHelp { .english }
    var numbers: NumberSymbols { .plain }
    var chart: ChartWords { .english }

    // MARK: Dates

    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func date(_ day: Day) -> String {
        let c = day.components
        return "\(Self.shortMonths[c.month - 1]) \(c.day), \(c.year)"
    }

    func shortDate(_ day: Day) -> String {
        let c = day.components
        return "\(Self.shortMonths[c.month - 1]) \(c.day)"
    }

    var weekdays: [String] { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] }
    var months: [String] {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    }

    func quarter(_ quarter: Int, year: Int) -> String { "\(year)-Q\(quarter)" }

    // MARK: Labels

    /// `profit` is revenue − spend, before the cost of goods: called what it is, so it is never read as a profit.
    func kpiLabel(_ kpi: KPI) -> String { kpi == .profit ? "Revenue minus spend" : kpi.definition.english }
    func leadsLabel(_ type: String) -> String { "Leads (\(type))" }

    func objective(_ objective: Objective) -> String {
        switch objective {
        case .awareness: return "Awareness"
        case .engagement: return "Engagement"
        case .sales: return "Sales"
        case .leads: return "Leads"
        case .ugc: return "User-generated content"
        case .ambassador: return "Ambassador programme"
        }
    }

    func status(_ status: ObjectiveSummary.Status) -> String {
        switch status {
        case .met: return "met"
        case .missed: return "missed"
        case .unknown: return "n/a"
        }
    }

    func benchmarkStatus(_ status: BenchmarkComparison.Status?) -> String {
        switch status {
        case nil: return "n/a"
        case .below?: return "below the industry range"
        case .within?: return "within the industry range"
        case .above?: return "above the industry range"
        }
    }

    func source(_ source: BenchmarkRange.Source) -> String {
        switch source {
        case .seed: return "industry figure"
        case .assumption: return "assumption"
        case .reportYAML: return "the agency’s own range"
        case .mix: return "for this mix of creators"
        }
    }

    func mixCounts(_ c: BenchmarkComparison.MixCounts) -> String {
        let total = c.below + c.within + c.above + c.na
        var parts = ["\(c.below) of \(total) \(total == 1 ? "creator" : "creators") below \(total == 1 ? "its" : "their") own range", "\(c.within) within", "\(c.above) above"]
        if c.na > 0 { parts.append("\(c.na) without the figure") }
        return parts.joined(separator: ", ")
    }

    func tier(_ tier: Tier) -> String {
        switch tier {
        case .nano: return "nano"
        case .micro: return "micro"
        case .macro: return "macro"
        case .mega: return "mega"
        }
    }

    func flag(_ flag: FraudFlag) -> String {
        switch flag {
        case .incoherentEngagement: return "incoherent engagement"
        case .followerSpike: return "follower spike"
        case .foreignAudience: return "foreign audience"
        case .commentPods: return "comment pods"
        }
    }

    var none: String { "none" }

    /// Built once: the label is asked for every post of a campaign.
    static let postFormats: [String: String] = ["reel": "Reel", "story": "Story", "post": "Post", "carousel": "Carousel", "video": "Video",
                                                "short": "Short", "live": "Live", "image": "Image", "photo": "Photo", "stream": "Stream"]
    var postFormats: [String: String] { Self.postFormats }

    static let fieldLabels: [String: String] = [
        "handle": "Influencer", "name": "Name", "platform": "Platform", "tier": "Tier", "format": "Format",
        "campaign": "Campaign", "objective": "Objective", "brand": "Brand", "start": "Start", "end": "End",
        "primary_kpi": "Primary KPI", "primary_value": "Value", "status": "Status",
        "post_id": "Post", "published": "Published", "caption": "Caption", "currency": "Currency",
        "kpi": "KPI", "target": "Target", "actual": "Actual", "gap": "Gap", "hashtag": "Hashtag", "count": "Mentions",
        "slot": "When", "variant": "Variant", "day": "Day", "month": "Month", "weekday": "Weekday", "hour": "Hour",
        "reach_trend": "Reach by day", "engagements_trend": "Engagements by day", "engagement_rate_trend": "Engagement rate by day",
        "link_clicks_trend": "Link clicks by day", "posts": "Posts", "numerator": "Numerator", "denominator": "Denominator", "rate": "Rate",
        "benchmark_range": "Industry range", "benchmark_status": "Against the range",
        "quarter": "Quarter", "campaign_count": "Campaigns", "creator_count": "Creators",
        "cost_kpi": "Cost figure", "cost_value": "Cost", "targets_met": "Targets met",
        "period": "Period", "followers": "Followers", "audience_quality": "Audience quality", "flags": "Flags",
        "reach_vs_average": "Reach vs own average", "engagement_rate_vs_average": "Engagement rate vs own average",
        "conversions_vs_average": "Conversions vs own average", "cpa_vs_average": "CPA vs own average (lower is better)", "roi_vs_average": "ROI vs own average",
        "range": "Range", "source": "Source", "value": "Value", "median": "Median of the others", "change": "Change",
        "stage": "Measurement",
    ]
    var fieldLabels: [String: String] { Self.fieldLabels }

    var provisional: String { "provisional" }
    var final: String { "final" }
    var portfolioTitle: String { "Portfolio" }
    var benchmarksTitle: String { "Benchmarks" }
    var allGroups: String { "all" }
    var otherPlatforms: String { "other platforms" }
    var noTarget: String { "no target" }
    func footer(date: String) -> String { "Data as of \(date). Generated by report." }
    func labelled(_ label: String, _ value: String) -> String { "\(label): \(value)" }
    var listSeparator: String { "; " }
    func campaigns(_ n: Int) -> String { n == 1 ? "1 campaign" : "\(n) campaigns" }
    func times(_ formatted: String) -> String { formatted + "×" }

    // MARK: Methodology block

    var inputsLead: String { "Inputs: " }
    var assumptionsHeading: String { "Assumptions in force" }
    var methodologyHeading: String { "How each figure is computed" }
    var postsReportingBoth: String { "over the posts that report both" }
    func typeset(_ text: String) -> String { text }

    // MARK: Campaign page

    func emvAssumption(platform: String, cpm: String, engagement: String, click: String, ownRates: Bool) -> String {
        "EMV \(platform): \(cpm) per 1,000 impressions, \(engagement) per engagement, \(click) per click (\(ownRates ? "the agency’s own rates" : "built-in assumption"))."
    }

    func attributionWindow(days: Int) -> String {
        "Attribution window: orders and leads count up to \(days) days after the campaign ends."
    }

    func industryRanges(_ sources: String) -> String { "Industry ranges: \(sources); the benchmarks page lists them." }

    func budgetExceeded(costs: String, budget: String) -> String {
        "The creators cost \(costs), more than the \(budget) budget: spend counts their costs."
    }

    func budgetCovers(budget: String, costs: String, share: String, rest: String) -> String {
        "Spend is the budget, \(budget): the creators cost \(costs) of it (\(share)); the remaining \(rest) pays for costs tied to no creator."
    }

    func budgetExact(_ budget: String) -> String { "The creators’ costs come to exactly the budget, \(budget)." }

    func costsUnknown(_ handles: String, count: Int, campaignSpendKnown: Bool) -> String {
        // Singular "their" for one creator too.
        let who = "No cost is given for \(handles) (no fee, gifted products, commission nor per-post cost): their spend is n/a"
        return who + (campaignSpendKnown ? "; the campaign’s spend is the budget, and the part of it tied to no creator is n/a."
                                         : ", and so are the campaign’s spend and its costs per result.")
    }

    var spendUnassignedRow: String { "Tied to no creator" }

    func unattributedOrders(_ n: String, count: Int, baseline: Bool) -> String {
        let head = count == 1 ? "\(n) order of the attribution period matched no influencer: it is not counted here"
                              : "\(n) orders of the attribution period matched no influencer: they are not counted here"
        guard baseline else { return head + "." }
        return head + (count == 1 ? ", but it enters the incrementality figures." : ", but they enter the incrementality figures.")
    }

    func roiAndIncrementalROAS(roi: String, incremental: String) -> String {
        "The ROI (ROAS) of \(roi) counts only the revenue of orders attributed to the creators; the incremental ROAS of \(incremental) divides by spend the revenue the shop made above its baseline level, attributed or not."
    }

    func newFollowersFlagged(_ n: String, creators: Int) -> String {
        creators > 1 ? "of which \(n) at flagged creators" : "of which \(n) at a flagged creator"
    }

    func commentSample(_ comments: String, coverage: String?) -> String {
        guard let coverage else { return "Based on \(comments) comments." }
        return "Based on \(comments) comments, \(coverage) of those the posts received."
    }

    func searchUplift(_ change: String, rose: Bool, during: String, before: String) -> String {
        "Searches for the brand \(rose ? "rose" : "fell") \(change) over the campaign and its attribution window: \(during) a day on average, against \(before) a day over the baseline period."
    }

    var searchNoBaseline: String {
        "Search uplift: n/a. No reference period before the campaign was given to compare the campaign’s searches with."
    }

    func searchBaselineZero(during: String?) -> String {
        "Search uplift: n/a. The baseline period has no search for the brand (a mean of 0 a day), so no change can be measured against it" + (during.map { "; \($0) a day on average over the campaign and its attribution window." } ?? ".")
    }

    func searchNotCovered(baseline: Bool) -> String {
        "Search uplift: n/a. The searches file covers none of the days of " + (baseline ? "the baseline period." : "the campaign and its attribution window.")
    }

    var searchesChartTitle: String { "Searches for the brand per day" }
    var searchesSeries: String { "Searches" }
    var baselineShade: String { "Baseline" }
    var campaignShade: String { "Campaign + attribution window" }

    var disclosureMissing: String {
        "The campaign targets France: French law (loi n° 2023-451 of 9 June 2023, art. 5) asks sponsored content to say “Publicité” or “Collaboration commerciale”, and the required mentions hold neither. This is an observation, not legal advice."
    }

    func mentionShare(_ share: String) -> String { "\(share) of captioned posts" }

    func costOutlier(kpi: String, value: String, factor: String, median: String) -> String {
        "\(kpi) \(value), \(factor)× the campaign median (\(median)): check the fee and the figures behind it."
    }

    func codeLeak(orders: String, clicks: String, share: String) -> String {
        "\(orders) orders through the promo code for \(clicks) link clicks (\(share)): a code shared on coupon sites looks like this."
    }

    func conversionFlat(conversionsCV: String, reachCV: String) -> String {
        "The creators convert almost alike (coefficient of variation \(conversionsCV)) while their reach varies widely (\(reachCV)): check how orders were attributed."
    }


    func earlierCampaigns(_ n: Int, _ objective: Objective) -> String {
        "your \(n) earlier \(self.objective(objective).lowercased()) campaign\(n == 1 ? "" : "s")"
    }
    func internalMedian(_ median: String, campaigns: Int, objective: Objective) -> String {
        "your median: \(median) over \(earlierCampaigns(campaigns, objective))"
    }
    func internalEqual(_ median: String, campaigns: Int, objective: Objective) -> String {
        "equal to your median of \(median) over \(earlierCampaigns(campaigns, objective))"
    }
    func internalChange(_ percent: String, below: Bool, median: String, campaigns: Int, objective: Objective, improved: Bool) -> String {
        "\(percent) \(below ? "below" : "above") your median of \(median) over \(earlierCampaigns(campaigns, objective)) — \(improved ? "an improvement" : "a deterioration")"
    }

    // MARK: A/B test

    var abTooFewVariants: String { "Fewer than two variants reported: no test can be made." }
    func abNothingMeasurable(_ metric: String) -> String { "No test can be made: no variant has a measurable \(metric)." }
    var abVersus: String { " vs " }

    func abVariant(_ label: String, description: String?, rate: String, posts: Int) -> String {
        let described = description.map { "\(label) (\($0))" } ?? label
        return "\(described) \(rate) over \(posts) \(posts == 1 ? "post" : "posts")"
    }

    func abRates(_ metric: String, _ rates: String, gap: String?) -> String { "\(metric): \(rates)\(gap.map { ", " + $0 } ?? "")." }
    func abGap(points: String, value: Double, leader: String) -> String { "\(points) \(value == 1 ? "point" : "points") in favour of \(leader)" }
    var abNoGap: String { "the same rate to one decimal" }
    var abPBelowThousandth: String { "p < 0.001" }

    func abTooFewPosts(minimum: Int) -> String {
        "Too few posts to conclude: a test needs at least \(minimum) posts of each variant."
    }

    func abNoVariation(_ metric: String) -> String {
        "No test can be made: within each variant, every post has the same \(metric)."
    }

    func abWelchOnly(p: String, significant: Bool) -> String {
        significant
            ? "The difference is statistically significant (Welch's t-test on the posts' rates, \(p))."
            : "The difference is not statistically significant (Welch's t-test on the posts' rates, \(p)): these data do not show that one variant does better than the other."
    }

    func abStratified(influencers n: Int, p: String, significant: Bool) -> String {
        let who = n == 1 ? "the one influencer who posted both variants" : "the \(n) influencers who posted both variants"
        let test = "Comparing each creator's posts of one variant with their own posts of the other (\(who); fixed-effects regression, \(p))"
        return significant
            ? "\(test), the difference is statistically significant."
            : "\(test), the difference is not statistically significant: these data do not show that one variant does better than the other."
    }

    func abWelchAgrees(p: String) -> String { "Across all posts, Welch's t-test agrees (\(p))." }

    func abWelchDisagrees(p: String, significant: Bool) -> String {
        significant
            ? "Across all posts, Welch's t-test finds a significant difference (\(p)); it may come from which creators posted each variant rather than from the variants themselves."
            : "Across all posts, Welch's t-test does not find it (\(p)): the differences between creators hide it."
    }

    var abNoInfluencerInBoth: String {
        "No influencer posted both variants, so no comparison within creators can be made: the gap may come from the creators as much as from the variants."
    }

    var abStratifiedTooFewPosts: String {
        "The influencers who posted both variants have too few posts between them for a comparison within creators; the verdict rests on all posts."
    }

    var abStratifiedNoVariation: String {
        "No comparison within creators can be made: for the influencers who posted both variants, the variant alone explains every post's rate; the verdict rests on all posts."
    }

    func abCreatorShift(handle: String, first: String, firstShare: String, second: String, secondShare: String) -> String {
        "\(handle) \(firstShare) of \(first) and \(secondShare) of \(second)"
    }

    func abCreatorMix(_ list: String) -> String {
        "Caveat: the variants were not posted by the same mix of creators (shares of posts more than 20 points apart: \(list)), so the creators, not only the variants, may explain the gap."
    }

    // MARK: Email draft

    func emailSubject(_ period: String) -> String { " — campaign report, " + period }
    func emailAttached(_ file: String) -> String {
        "The full report is attached (\(file)): it opens in any browser, with no connection needed."
    }
    var emailKeyFigures: String { "Key figures:" }
    var emailFirstRecommendation: String { "First recommendation: " }
}
