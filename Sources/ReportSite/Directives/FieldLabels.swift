import ReportCore

/// Column headings for the non-KPI fields of datasets, in both languages.
enum FieldLabels {
    static let english: [String: String] = [
        "handle": "Influencer", "name": "Name", "platform": "Platform", "tier": "Tier", "format": "Format",
        "campaign": "Campaign", "objective": "Objective", "brand": "Brand", "start": "Start", "end": "End",
        "primary_kpi": "Primary KPI", "primary_value": "Value", "status": "Status",
        "post_id": "Post", "published": "Published", "caption": "Caption", "currency": "Currency",
        "kpi": "KPI", "target": "Target", "actual": "Actual", "gap": "Gap", "hashtag": "Hashtag", "count": "Mentions",
        "slot": "When", "variant": "Variant", "day": "Day", "month": "Month", "weekday": "Weekday", "hour": "Hour",
        "reach_trend": "Reach by day", "engagements_trend": "Engagements by day", "engagement_rate_trend": "Engagement rate by day",
        "link_clicks_trend": "Link clicks by day", "numerator": "Numerator", "denominator": "Denominator", "rate": "Rate",
        "benchmark_range": "Industry range", "benchmark_status": "Against the range",
        "quarter": "Quarter", "campaign_count": "Campaigns",
        "period": "Period", "followers": "Followers", "audience_quality": "Audience quality", "flags": "Flags",
        "reach_vs_average": "Reach vs own average", "engagement_rate_vs_average": "Engagement rate vs own average",
        "conversions_vs_average": "Conversions vs own average", "cpa_vs_average": "CPA vs own average", "roi_vs_average": "ROI vs own average",
        "range": "Range", "source": "Source", "value": "Value", "median": "Median of the others", "change": "Change",
    ]
    static let french: [String: String] = [
        "handle": "Influenceur", "name": "Nom", "platform": "Plateforme", "tier": "Palier", "format": "Format",
        "campaign": "Campagne", "objective": "Objectif", "brand": "Marque", "start": "Début", "end": "Fin",
        "primary_kpi": "KPI principal", "primary_value": "Valeur", "status": "Statut",
        "post_id": "Publication", "published": "Publiée le", "caption": "Légende", "currency": "Devise",
        "kpi": "Indicateur", "target": "Objectif", "actual": "Réalisé", "gap": "Écart", "hashtag": "Hashtag", "count": "Mentions",
        "slot": "Quand", "variant": "Variante", "day": "Jour", "month": "Mois", "weekday": "Jour de la semaine", "hour": "Heure",
        "reach_trend": "Portée par jour", "engagements_trend": "Engagements par jour", "engagement_rate_trend": "Taux d’engagement par jour",
        "link_clicks_trend": "Clics par jour", "numerator": "Numérateur", "denominator": "Dénominateur", "rate": "Taux",
        "benchmark_range": "Fourchette du secteur", "benchmark_status": "Position",
        "quarter": "Trimestre", "campaign_count": "Campagnes",
        "period": "Période", "followers": "Abonnés", "audience_quality": "Qualité d’audience", "flags": "Signaux",
        "reach_vs_average": "Portée vs sa moyenne", "engagement_rate_vs_average": "Taux d’engagement vs sa moyenne",
        "conversions_vs_average": "Conversions vs sa moyenne", "cpa_vs_average": "CPA vs sa moyenne", "roi_vs_average": "ROI vs sa moyenne",
        "range": "Fourchette", "source": "Source", "value": "Valeur", "median": "Médiane des autres", "change": "Écart",
    ]

    /// A KPI's label from the catalog; any other field's from the tables above (a test checks
    /// that every text and trend field of every dataset schema has both).
    static func label(_ field: FieldRef, _ locale: ReportLocale) -> String {
        if let m = field.measure { return m.label(locale) }
        return (locale == .frFR ? french : english)[field.name] ?? field.name
    }
}
