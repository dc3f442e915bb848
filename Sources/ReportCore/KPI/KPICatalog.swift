/// Every KPI key the reports compute, in the order kpis.json lists them (kpis.md §2–§4).
public enum KPICatalog {
    public static let visibility: [KPIDefinition] = [
        .init("posts", .count, "Posts", "Publications"),
        .init("reach", .count, "Reach", "Portée"),
        .init("impressions", .count, "Impressions", "Impressions"),
        .init("views", .count, "Views", "Vues"),
        .init("long_views", .count, "Views over 3 s", "Vues de plus de 3 s"),
        .init("frequency", .ratio, "Frequency", "Fréquence"),
        .init("long_view_rate", .percent, "Long view rate", "Taux de vues longues"),
        .init("reach_rate", .percent, "Reach rate", "Taux de portée"),
    ]

    public static let engagement: [KPIDefinition] = [
        .init("engagements", .count, "Engagements", "Engagements"),
        .init("engagement_rate", .percent, "Engagement rate", "Taux d’engagement"),
        .init("engagement_rate_followers", .percent, "Engagement rate (followers)", "Taux d’engagement (abonnés)"),
        .init("share_save_rate", .percent, "Share & save rate", "Taux de partage et d’enregistrement"),
        .init("comments_per_post", .decimal, "Comments per post", "Commentaires par publication"),
        .init("story_reply_rate", .percent, "Story reply rate", "Taux de réponse aux stories"),
        .init("sticker_tap_rate", .percent, "Sticker tap rate", "Taux de clic sur sticker"),
    ]

    public static let conversion: [KPIDefinition] = [
        .init("link_clicks", .count, "Link clicks", "Clics sur lien"),
        .init("ctr", .percent, "CTR", "CTR"),
        .init("story_ctr", .percent, "Story CTR", "CTR des stories"),
        .init("clicks", .count, "Clicks", "Clics"),
        .init("conversions", .count, "Conversions", "Conversions"),
        .init("revenue", .money, "Revenue", "Chiffre d’affaires"),
        .init("conversion_rate", .percent, "Conversion rate", "Taux de conversion"),
        .init("aov", .money, "Average order value", "Panier moyen"),
        .init("leads", .count, "Leads", "Leads"),
        .init("spend", .money, "Spend", "Investissement"),
        .init("cpa", .money, "CPA", "CPA"),
        .init("cpm", .money, "CPM", "CPM"),
        .init("cpe", .money, "CPE", "CPE"),
        .init("cpc", .money, "CPC", "CPC"),
        .init("cpv", .money, "CPV", "CPV"),
        .init("cpl", .money, "CPL", "CPL"),
        .init("roi", .ratio, "ROI", "ROI"),
        .init("profit", .money, "Profit", "Profit"),
    ]

    /// Every key a group's `kpis` object carries, in order.
    public static let all: [KPIDefinition] = visibility + engagement + conversion

    private static let slots: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, d) in all.enumerated() { map[d.key] = i }
        return map
    }()

    public static func definition(_ key: String) -> KPIDefinition? { slots[key].map { all[$0] } }

    /// Position of a key in `all`, the slot `KPIValues` stores it in.
    public static func slot(_ key: String) -> Int? { slots[key] }
}
