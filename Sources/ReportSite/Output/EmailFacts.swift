import ReportCore

/// What the draft of a campaign needs beyond its summary, gathered while the campaign is
/// computed (the draft is written later, with the one-file report): report.yaml `email:` with
/// campaign.yaml's over it (`EmailSettings.merged`), every
/// target with its status as the campaign page judges it (`ObjectiveSummary`), whether a gross
/// margin is set, and the page's next review while figures are provisional (kpis.md §10).
struct EmailFacts: Codable, Sendable {
    var settings: EmailSettings?
    var targets: [ObjectiveSummary.Target]
    /// campaign.yaml `gross_margin` is set: the draft then gives the net ROI, n/a included.
    var grossMargin: Bool
    /// `CampaignView.nextReview`, the date and the figures it concerns, as the page says it.
    var nextReview: String?

    init(settings: EmailSettings? = nil, targets: [ObjectiveSummary.Target] = [], grossMargin: Bool = false, nextReview: String? = nil) {
        self.settings = settings
        self.targets = targets
        self.grossMargin = grossMargin
        self.nextReview = nextReview
    }

    init(settings: EmailSettings?, campaign: Campaign, kpis: CampaignKPIs, view: CampaignView) {
        self.init(settings: EmailSettings.merged(settings, campaign.email), targets: kpis.objective?.targets ?? [], grossMargin: campaign.grossMargin != nil, nextReview: view.nextReview)
    }
}
