/// What a Mustache tag of a template can name, and what it holds: the view models provide
/// exactly these (a test checks it), so a misspelt or misplaced name is an error.
public indirect enum TemplateValue: Sendable {
    /// Text, shown by `{{name}}`; `{{#name}}…{{/name}}` shows its inside when it is there.
    case text
    /// True or false: only a section.
    case flag
    /// A group of named values: a section, inside which its names resolve.
    case object([String: TemplateValue])
    /// A list of groups: a section repeated for each.
    case list([String: TemplateValue])
}

extension PageKind {
    public var values: [String: TemplateValue] {
        switch self {
        case .campaign:
            var v: [String: TemplateValue] = [:]
            for name in ["name", "id", "brand", "objective", "period", "currency", "as_of", "influencer_count", "post_count",
                         "attribution_window_days", "unattributed_orders", "unattributed_orders_note", "baseline_period", "budget_note", "costs_note", "roi_note", "comment_sample",
                         "disclosure_note", "next_review", "search_statement"] { v[name] = .text }
            for name in ["has_targets", "has_comments", "has_mentions", "has_hashtags", "has_reusable", "has_timing",
                         "has_provisional", "has_orders", "has_leads", "has_mention_shares", "has_searches", "has_word_of_mouth"] { v[name] = .flag }
            // With a gross margin the page leads with net figures (net profit, net ROI).
            v["has_gross_margin"] = .flag
            // Early and settled measurements (kpis.md §10).
            v["has_measurements"] = .flag
            v["has_early_chart"] = .flag
            v["early_statement"] = .text
            v["settled_due"] = .list(["line": .text])
            v["mention_shares"] = .list(["mention": .text, "share": .text])
            // What people said (kpis.md §3): themes, quotes per class, the reaction follow-up.
            v["said_themes"] = .list(["line": .text])
            v["quote_groups"] = .list(["label": .text, "quotes": .list(["text": .text])])
            v["reaction_quotes"] = .list(["text": .text])
            v["reaction_follow_up"] = .text
            v["ab_test"] = .object(["name": .text, "statement": .text, "descriptions": .list(["variant": .text, "description": .text])])
            // kpis.md §7: the tier comparison, from two tiers on.
            v["tiers"] = .object(["statement": .text])
            return v
        case .index:
            var item: [String: TemplateValue] = [:]
            for name in ["name", "link", "download", "brand", "objective", "period", "primary_label", "primary_value", "spend", "roi",
                         "cost_label", "cost_value", "net_roi", "targets_met"] {
                item[name] = .text
            }
            for name in ["primary_provisional", "spend_provisional", "roi_provisional", "cost_provisional", "net_roi_provisional"] { item[name] = .flag }
            return ["title": .text, "campaign_count": .text, "campaign_count_words": .text, "campaigns": .list(item), "has_several_currencies": .flag,
                    "roi_note": .text, "platform_note": .text, "quarter_note": .text, "has_tiers": .flag, "tier_note": .text,
                    "tier_statements": .list(["statement": .text])]
        case .influencer:
            return ["handle": .text, "name": .text, "platforms": .text, "tier": .text, "followers": .text, "campaign_count": .text,
                    "campaign_count_words": .text,
                    "audience_quality": .text, "has_flags": .flag, "flags": .text,
                    "has_comparison": .flag, "comparison_lead": .text, "comparison_starts_next": .text, "empty_months_note": .text,
                    "reach_chart": .flag, "reach_single": .text, "engagement_rate_chart": .flag, "engagement_rate_single": .text,
                    "conversions_chart": .flag, "conversions_single": .text, "spend_chart": .flag, "spend_single": .text,
                    "cpa_chart": .flag, "cpa_single": .text]
        case .benchmarks:
            return ["title": .text, "override_count": .text, "has_overrides": .flag, "has_internal": .flag, "campaign_count": .text, "campaign_count_words": .text]
        }
    }
}

/// The values of `site/layout.html`.
enum LayoutValues {
    static let values: [String: TemplateValue] = [
        "title": .text, "site_title": .text, "lang": .text, "root": .text, "footer": .text, "style": .text,
        "content": .text, "standalone": .flag, "indexable": .flag,
    ]
}
