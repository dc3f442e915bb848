extension ScaffoldHelp {
    /// en-US: the help of every key, and the words of `report init --from`.
    static let english = ScaffoldHelp(locale: .enUS, keys: [
        // report.yaml
        "report.title": KeyHelp(comment: ["Title of the site, on every page (default: Influence reports)."],
                                example: ["title: Influence reports"]),
        "report.locale": KeyHelp(comment: ["Language of the pages and of number and date formats: en-US or fr-FR (default en-US)."],
                                 example: ["locale: en-US"]),
        "report.currency": KeyHelp(comment: ["Currency of the campaigns that name none, an ISO 4217 code such as USD, EUR or GBP (default EUR)."],
                                   example: ["currency: EUR"]),
        "report.timezone": KeyHelp(comment: [
            "Time zone of the dates written without an offset, and of the weekday and hour analysis:",
            "an IANA name such as America/New_York or Europe/Paris (default UTC).",
        ], example: ["timezone: America/New_York"]),
        "report.as_of": KeyHelp(comment: [
            "Date of the report, YYYY-MM-DD (default: today, in UTC; `report build --as-of` wins over it).",
            "Figures that later posts or orders can still change on that day are marked provisional.",
        ], example: ["as_of: 2026-05-15"]),
        "report.output": KeyHelp(comment: ["Folder the site is written to, relative to this file (default _site)."],
                                 example: ["output: _site"]),
        "report.indexable": KeyHelp(comment: ["true lets search engines index the site; client reports are private by default (false)."],
                                    example: ["indexable: false"]),
        "report.benchmarks": KeyHelp(comment: [
            "Your own industry ranges, in percent, for engagement_rate_followers, story_ctr and conversion_rate:",
            "KPI → platform (or others, all) → tier (nano, micro, macro, mega or all) → [low, high].",
        ], example: ["benchmarks:", "  engagement_rate_followers:", "    instagram: {micro: [1.5, 3]}"]),
        "report.emv": KeyHelp(comment: [
            "Earned media value rates per platform, in each campaign's currency: cpm (per 1,000 impressions),",
            "engagement and click. The built-in rates are assumptions; set your own here.",
        ], example: ["emv:", "  instagram: {cpm: 8, engagement: 0.1, click: 1}"]),
        "report.fraud": KeyHelp(comment: [
            "Thresholds of the fraud flags (defaults shown): incoherent_factor, spike_min_counts, spike_mad_k,",
            "spike_min_share, foreign_share, pod_share, pod_min_words, pod_min_repeats.",
        ], example: ["fraud:", "  foreign_share: 0.30", "  pod_share: 0.10"]),
        "report.email": KeyHelp(comment: [
            "The draft emails of `report build --email`: to (one address or a list, such as claire@example.com or",
            "Claire Martin <claire@example.com>), greeting (their first line) and signature (their last lines, several allowed).",
        ], example: ["email:", "  to: Claire Martin <claire@example.com>", "  greeting: Hello Claire,", "  signature: |", "    Best regards,", "    Jeanne, Brume Tea"]),
        // campaign.yaml
        "campaign.name": KeyHelp(comment: ["Name of the campaign, as the report shows it (required)."], example: ["name: Spring launch"]),
        "campaign.brand": KeyHelp(comment: ["The advertiser (optional)."], example: ["brand: Brume Tea"]),
        "campaign.objective": KeyHelp(comment: [
            "What the campaign is for (required): awareness, engagement, sales, leads, ugc or ambassador.",
            "It picks the headline figures and the order of the report's sections.",
        ], example: ["objective: sales"]),
        "campaign.start": KeyHelp(comment: ["First day of the campaign, YYYY-MM-DD (required)."], example: ["start: 2026-03-02"]),
        "campaign.end": KeyHelp(comment: ["Last day of the campaign, included (required; not before start)."], example: ["end: 2026-03-29"]),
        "campaign.currency": KeyHelp(comment: [
            "Currency of this campaign's fees, budget and orders (default: the currency of report.yaml).",
            "An order in another currency is an error: a report never mixes currencies.",
        ], example: ["currency: USD"]),
        "campaign.budget": KeyHelp(comment: [
            "Total investment (optional). Spend is the larger of the budget and the creators' costs together.",
        ], example: ["budget: 10000"]),
        "campaign.gross_margin": KeyHelp(comment: [
            "The brand's gross margin on the products sold, from 0 to 1 (optional): gives net profit and net ROI.",
        ], example: ["gross_margin: 0.6"]),
        "campaign.targets": KeyHelp(comment: [
            "Goals shown against the actual figures (optional): KPI → value, rates in percent, costs in the currency.",
        ], example: ["targets: {conversions: 200, cpa: 40, roi: 1.5}"]),
        "campaign.required_mentions": KeyHelp(comment: [
            "Words every caption must hold, compared without regard to case (optional): the disclosure and the brand.",
        ], example: ["required_mentions: [\"#ad\", \"@brand\"]"]),
        "campaign.target_countries": KeyHelp(comment: [
            "Countries the campaign aims at, ISO 3166 codes (optional): the foreign-audience check compares",
            "audience_countries with them. With FR, French law asks for \"Publicité\" or \"Collaboration commerciale\".",
        ], example: ["target_countries: [US, CA]"]),
        "campaign.utm_campaign": KeyHelp(comment: [
            "The utm_campaign of the campaign's links (optional): when set, an order, session or lead is",
            "attributed by its utm_content only if it also carries this utm_campaign.",
        ], example: ["utm_campaign: spring-2026"]),
        "campaign.attribution_window_days": KeyHelp(comment: [
            "Orders and leads count up to this many days after the end (1 to 90, default 30).",
        ], example: ["attribution_window_days: 30"]),
        "campaign.baseline": KeyHelp(comment: [
            "A period before the campaign (optional): all orders per day in it against the campaign's give the uplift.",
        ], example: ["baseline: {start: 2026-02-16, end: 2026-03-01}"]),
        "campaign.ab_test": KeyHelp(comment: [
            "An A/B test between groups of posts (optional): its name, the metric compared (ctr or engagement_rate)",
            "and a description of each label of the posts.csv variant column.",
        ], example: ["ab_test:", "  name: Price hook or taste hook", "  metric: ctr", "  variants: {A: price hook, B: taste hook}"]),
        "campaign.search_term": KeyHelp(comment: [
            "The brand's term in a Google Trends file with several (optional; else the first is read).",
        ], example: ["search_term: lea infuse"]),
        "campaign.email": KeyHelp(comment: [
            "The draft email of this campaign (optional): to, greeting and signature as in report.yaml, each key given here replacing report.yaml's.",
        ], example: ["email:", "  to: Claire Martin <claire@example.com>"]),
        "campaign.data": KeyHelp(comment: [
            "Where the data files are, relative to this folder (optional). Without it: posts.csv, orders.csv,",
            "followers.csv, comments.csv, sessions.csv, leads.csv and mentions.csv beside this file. Platform",
            "exports go in as downloaded; one that names no account is given as {path: …, influencer: handle}.",
        ], example: ["data:", "  posts: [exports/instagram.csv, {path: exports/Table data.csv, influencer: teatime.tom}]",
                     "  orders: exports/orders_export.csv"]),
        "campaign.influencers": KeyHelp(comment: ["The creators of the campaign (at least one)."], example: ["influencers:"]),
        // an influencer
        "influencer.handle": KeyHelp(comment: [
            "Their handle, as the influencer column of the CSV files writes it (required; a leading @ is ignored).",
        ], example: ["handle: lea.infuse"]),
        "influencer.name": KeyHelp(comment: ["Display name (optional)."], example: ["name: Lea M."]),
        "influencer.platform": KeyHelp(comment: [
            "Main platform (required): instagram, tiktok, youtube, twitch, facebook, x, linkedin, pinterest,",
            "snapchat, bereal or other.",
        ], example: ["platform: instagram"]),
        "influencer.followers": KeyHelp(comment: [
            "Audience size at the start of the campaign (required); it decides the tier:",
            "nano < 10,000 ≤ micro < 100,000 ≤ macro < 1,000,000 ≤ mega.",
        ], example: ["followers: 48200"]),
        "influencer.fee": KeyHelp(comment: ["Fixed fee (optional; write fee: 0 for an unpaid creator: without fee, product_cost,", "commission_rate nor a post cost, their costs are unknown and spend is n/a)."], example: ["fee: 1200"]),
        "influencer.commission_rate": KeyHelp(comment: [
            "Share of their attributed revenue paid as commission, from 0 to 1 (optional, default 0).",
        ], example: ["commission_rate: 0.1"]),
        "influencer.product_cost": KeyHelp(comment: ["Value of the products given (optional, default 0)."], example: ["product_cost: 60"]),
        "influencer.promo_code": KeyHelp(comment: [
            "Their promo code, or a list of codes (optional): orders and leads carrying it are theirs (any case).",
        ], example: ["promo_code: LEA15"]),
        "influencer.utm_content": KeyHelp(comment: [
            "The utm_content of their links (optional): orders, sessions and leads carrying it are theirs.",
        ], example: ["utm_content: lea-infuse"]),
        "influencer.audience_countries": KeyHelp(comment: [
            "Audience share per country, from the platform's insights (optional): ISO code → share from 0 to 1.",
        ], example: ["audience_countries: {US: 0.7, CA: 0.1}"]),
        "influencer.ratings": KeyHelp(comment: [
            "Your own grid, each from 1 to 5 (optional): brand_fit, brief, content_quality, responsiveness.",
        ], example: ["ratings: {brand_fit: 4, brief: 4, content_quality: 5, responsiveness: 3}"]),
    ], words: englishWords)

    static let englishWords = ScaffoldWords(
        proposalHeader: { folder in [
            "campaign.yaml proposed by `report init --from` from the files of \(folder).",
            "The notes after the values say which file each comes from; what the files do not hold is",
            "left blank or commented out. Fill it in, then run `report check`.",
        ] },
        reportHeader: ["report.yaml: settings of the whole project. Every key is optional."],
        posts: { counts in
            counts.enumerated().map { i, c in i == 0 ? "\(c.posts) post\(c.posts == 1 ? "" : "s") in \(c.file)" : "\(c.posts) in \(c.file)" }
                .joined(separator: ", ")
        },
        accountName: { file in "Account name in \(file)" },
        platformOf: { form in "a \(form)" },
        platformColumn: { file in "platform column of \(file)" },
        platformMissing: "not in the files: instagram, tiktok, youtube…",
        followersOn: { file, day in "\(file), count of \(day)" },
        followersMissing: "not in the files: the audience size at the start",
        codeSeen: { rows, files, reason in
            "\(rows) order\(rows == 1 ? "" : "s") in \(files.joined(separator: ", "))" + (reason.map { "; the code holds \"\($0)\"" } ?? "")
        },
        contentSeen: { rows, files, reason in
            "\(rows) row\(rows == 1 ? "" : "s") in \(files.joined(separator: ", "))" + (reason.map { "; the value holds \"\($0)\"" } ?? "")
        },
        namedBeside: "the influencer column names them",
        campaignSeen: "the utm_campaign beside these utm_content values",
        firstPost: "first post in the files",
        lastPost: "last post in the files",
        noAccount: "not in the files: no post names an account",
        noDatedPost: "not in the files: no post with a year",
        objectiveFromOrders: "not in the files: sales, as orders were found",
        objectiveFromLeads: "not in the files: leads, as leads were found",
        objectiveDefault: "not in the files",
        nameFromFolder: "the folder's name",
        currencyFrom: { files in "currency of the orders in \(files.joined(separator: ", "))" },
        unassignedCodes: { list in "Promo codes in the files that name none of these influencers: \(list)." },
        unassignedContents: { list in "utm_content values in the files that name none of these influencers: \(list)." },
        otherCampaigns: { list in "utm_campaign values in the files: \(list)." },
        leftOut: { path, form, posts in [
            "\(path) (\(form)\(posts.map { ", \($0) post\($0 == 1 ? "" : "s")" } ?? "")) is left out: the file names no account.",
            "Once its creator is among the influencers, add it as {path: \(path), influencer: <their handle>}.",
        ] },
    )
}
