/// The optional data files of a campaign (data-format.md §5–§10). Without one, the figures
/// built on it are n/a ("no file is not zero", kpis.md §1), and the page leaves them out
/// rather than showing empty cards that will never fill.
public enum DataFile: String, Sendable, CaseIterable {
    case orders, followers, comments, sessions, leads, mentions, searches

    /// The files this campaign was given.
    public static func present(in campaign: Campaign) -> Set<DataFile> {
        var out = Set<DataFile>()
        if campaign.orders != nil { out.insert(.orders) }
        if campaign.followers != nil { out.insert(.followers) }
        if campaign.comments != nil { out.insert(.comments) }
        if campaign.sessions != nil { out.insert(.sessions) }
        if campaign.leads != nil { out.insert(.leads) }
        if campaign.mentions != nil { out.insert(.mentions) }
        if campaign.searches != nil { out.insert(.searches) }
        return out
    }

    /// The KPIs that cannot exist without one of the files missing from `present`.
    public static func unavailable(without present: Set<DataFile>) -> Set<KPI> {
        Set(KPI.allCases.filter { kpi in kpi.requiredFile.map { !present.contains($0) } ?? false })
    }
}

extension KPI {
    /// The optional file a figure is built on, if any.
    public var requiredFile: DataFile? {
        switch self {
        case .newFollowers, .followerGrowth, .newFollowersFlagged: return .followers
        case .commentQuality, .purchaseIntentComments, .positiveShare, .negativeShare, .netSentiment, .commentsAnalysed, .commentsCoverage:
            return .comments
        case .conversions, .revenue, .conversionRate, .aov, .cpa, .roi, .profit, .netProfit, .netROI,
             .upliftRevenue, .incrementalRevenue, .incrementalRoas, .upliftOrders:
            return .orders
        case .leads, .cpl: return .leads
        case .directTrafficUplift: return .sessions
        case .brandMentions, .mentionAuthors: return .mentions
        case .searchUplift: return .searches
        default: return nil
        }
    }
}
