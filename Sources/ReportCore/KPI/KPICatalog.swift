/// Every KPI key the reports compute, in the order kpis.json lists them (kpis.md §2–§6).
/// `leads_<type>` keys are per campaign and follow `leads` (see `KPIValues.leadsByType`).
public enum KPICatalog {
    public static let visibility: [KPIDefinition] = [
        .init("posts", .count, "Posts", "Publications", maturity: .posts),
        .init("reach", .count, "Reach", "Portée", maturity: .posts),
        .init("impressions", .count, "Impressions", "Impressions", maturity: .posts),
        .init("views", .count, "Views", "Vues", maturity: .posts),
        .init("long_views", .count, "Views over 3 s", "Vues de plus de 3 s", maturity: .posts),
        .init("frequency", .ratio, "Frequency", "Fréquence", maturity: .posts),
        .init("long_view_rate", .percent, "Long view rate", "Taux de vues longues", maturity: .posts),
        .init("reach_rate", .percent, "Reach rate", "Taux de portée", maturity: .posts),
        .init("new_followers", .count, "New followers", "Nouveaux abonnés", maturity: .posts),
        .init("follower_growth", .percent, "Follower growth", "Croissance des abonnés", maturity: .posts),
    ]

    public static let engagement: [KPIDefinition] = [
        .init("engagements", .count, "Engagements", "Engagements", maturity: .posts),
        .init("engagement_rate", .percent, "Engagement rate", "Taux d’engagement", maturity: .posts),
        .init("engagement_rate_followers", .percent, "Engagement rate (followers)", "Taux d’engagement (abonnés)", maturity: .posts),
        .init("share_save_rate", .percent, "Share & save rate", "Taux de partage et d’enregistrement", maturity: .posts),
        .init("comments_per_post", .decimal, "Comments per post", "Commentaires par publication", maturity: .posts),
        .init("story_reply_rate", .percent, "Story reply rate", "Taux de réponse aux stories", maturity: .posts),
        .init("sticker_tap_rate", .percent, "Sticker tap rate", "Taux de clic sur sticker", maturity: .posts),
        .init("comment_quality", .percent, "Comment quality", "Qualité des commentaires", maturity: .posts),
        .init("purchase_intent_comments", .count, "Purchase-intent comments", "Commentaires d’intention d’achat", maturity: .posts),
        .init("positive_share", .percent, "Positive comments", "Commentaires positifs", maturity: .posts),
        .init("negative_share", .percent, "Negative comments", "Commentaires négatifs", maturity: .posts, lowerIsBetter: true),
        .init("net_sentiment", .decimal, "Net sentiment", "Sentiment net", maturity: .posts),
    ]

    public static let conversion: [KPIDefinition] = [
        .init("link_clicks", .count, "Link clicks", "Clics sur lien", maturity: .posts),
        .init("ctr", .percent, "CTR", "CTR", maturity: .posts),
        .init("story_ctr", .percent, "Story CTR", "CTR des stories", maturity: .posts),
        .init("clicks", .count, "Clicks", "Clics", maturity: .posts),
        .init("conversions", .count, "Conversions", "Conversions", maturity: .attribution),
        .init("revenue", .money, "Revenue", "Chiffre d’affaires", maturity: .attribution),
        .init("conversion_rate", .percent, "Conversion rate", "Taux de conversion", maturity: .attribution),
        .init("aov", .money, "Average order value", "Panier moyen", maturity: .attribution),
        .init("leads", .count, "Leads", "Leads", maturity: .attribution),
        .init("spend", .money, "Spend", "Investissement", maturity: .attribution, lowerIsBetter: true),
        .init("cpa", .money, "CPA", "CPA", maturity: .attribution, lowerIsBetter: true),
        .init("cpm", .money, "CPM", "CPM", maturity: .posts, lowerIsBetter: true),
        .init("cpe", .money, "CPE", "CPE", maturity: .posts, lowerIsBetter: true),
        .init("cpc", .money, "CPC", "CPC", maturity: .posts, lowerIsBetter: true),
        .init("cpv", .money, "CPV", "CPV", maturity: .posts, lowerIsBetter: true),
        .init("cpl", .money, "CPL", "CPL", maturity: .attribution, lowerIsBetter: true),
        .init("roi", .ratio, "ROI", "ROI", maturity: .attribution),
        .init("profit", .money, "Profit", "Profit", maturity: .attribution),
    ]

    /// §5: campaign-level figures (`avg_rating` also per influencer).
    public static let campaignLevel: [KPIDefinition] = [
        .init("uplift_revenue", .percent, "Revenue uplift", "Hausse du chiffre d’affaires", scope: .campaign, maturity: .attribution),
        .init("incremental_revenue", .money, "Incremental revenue", "Chiffre d’affaires incrémental", scope: .campaign, maturity: .attribution),
        .init("uplift_orders", .percent, "Order uplift", "Hausse des commandes", scope: .campaign, maturity: .attribution),
        .init("direct_traffic_uplift", .percent, "Direct traffic uplift", "Hausse du trafic direct", scope: .campaign, maturity: .attribution),
        .init("reusable_contents", .count, "Reusable contents", "Contenus réutilisables", scope: .campaign, maturity: .settled),
        .init("reusable_rate", .percent, "Reusable rate", "Taux de contenus réutilisables", scope: .campaign, maturity: .settled),
        .init("reused_contents", .count, "Reused contents", "Contenus réutilisés", scope: .campaign, maturity: .settled),
        .init("reuse_rate", .percent, "Reuse rate", "Taux de réutilisation", scope: .campaign, maturity: .settled),
        .init("brand_mentions", .count, "Brand mentions", "Mentions de la marque", scope: .campaign, maturity: .settled),
        .init("mention_authors", .count, "Mention authors", "Auteurs de mentions", scope: .campaign, maturity: .settled),
        .init("mention_compliance", .percent, "Mention compliance", "Conformité des mentions", scope: .campaign, maturity: .settled),
        .init("on_time_rate", .percent, "On-time rate", "Taux de publication à l’heure", scope: .campaign, maturity: .settled),
        .init("avg_delay_days", .decimal, "Average delay (days)", "Retard moyen (jours)", scope: .campaign, maturity: .settled, lowerIsBetter: true),
        .init("avg_rating", .decimal, "Average rating", "Note moyenne", scope: .campaignAndInfluencer, maturity: .settled),
    ]

    /// §6.
    public static let media: [KPIDefinition] = [
        .init("emv", .money, "Earned media value", "Valeur média gagnée (EMV)", maturity: .posts),
    ]

    /// Figures that exist only in the objective summary (kpis.md §9).
    public static let objectiveOnly: [KPIDefinition] = [
        .init("cost_per_reusable_content", .money, "Spend per reusable content", "Coût par contenu réutilisable", scope: .campaign, maturity: .attribution, lowerIsBetter: true),
        .init("posts_per_month", .decimal, "Posts per month", "Publications par mois", scope: .campaign, maturity: .posts),
    ]

    /// Every key a `kpis` object may carry, in order.
    public static let all: [KPIDefinition] = visibility + engagement + conversion + campaignLevel + media + objectiveOnly

    /// The keys kpis.json lists for a group (objective-only figures are not among them).
    public static func jsonKeys(campaign: Bool, influencer: Bool) -> [KPIDefinition] {
        (visibility + engagement + conversion + campaignLevel + media).filter { $0.applies(toCampaign: campaign, influencer: influencer) }
    }

    private static let slots: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, d) in all.enumerated() { map[d.key] = i }
        return map
    }()

    /// A definition by key; `leads_<type>` keys read as leads.
    public static func definition(_ key: String) -> KPIDefinition? {
        if let slot = slots[key] { return all[slot] }
        if key.hasPrefix("leads_"), let leads = slots["leads"] {
            let d = all[leads]
            let type = String(key.dropFirst(6))
            return KPIDefinition(key, .count, "Leads (\(type))", "Leads (\(type))", maturity: d.maturity)
        }
        return nil
    }

    /// Position of a key in `all`, the slot `KPIValues` stores it in.
    public static func slot(_ key: String) -> Int? { slots[key] }
}
