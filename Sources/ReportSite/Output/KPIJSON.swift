import ReportCore

/// `campaigns/<id>/kpis.json` in the shape of kpis.md §12.
enum KPIJSON {
    static let s = JSONWriter.string
    static let n = JSONWriter.number

    /// Every key that applies to the group, in catalog order; `leads_<type>` after `leads`.
    static func kpis(_ values: KPIValues, campaign: Bool, influencer: Bool, leadTypes: [String]?, hashtags: String? = nil,
                     mentions: String? = nil, indent: Int) -> String {
        var pairs: [(String, String)] = []
        for d in KPICatalog.jsonKeys(campaign: campaign, influencer: influencer) {
            pairs.append((d.key, n(values[d.kpi])))
            if d.kpi == .leads {
                for type in leadTypes ?? [] { pairs.append(("leads_" + type, n(values.leadsByType?[type]))) }
            }
            if d.kpi == .mentionAuthors, campaign { pairs.append(("top_hashtags", hashtags ?? "null")) }
            if d.kpi == .mentionCompliance, campaign { pairs.append(("mention_compliance_by_mention", mentions ?? "null")) }
        }
        return JSONWriter.object(pairs, indent: indent)
    }

    /// kpis.json of one campaign, encoded but for its internal benchmarks, which need every
    /// campaign of the project: the build keeps this (a few kilobytes) until they are known.
    struct Document: Sendable, Codable {
        /// A key and its value, already encoded (a struct, not a tuple, so the build cache can keep it).
        struct Pair: Sendable, Codable {
            let key: String
            let value: String
        }

        /// The `campaign` object's pairs.
        let head: [Pair]
        /// The top-level pairs after `campaign`.
        let rest: [Pair]

        init(head: [(String, String)], rest: [(String, String)]) {
            self.head = head.map { Pair(key: $0.0, value: $0.1) }
            self.rest = rest.map { Pair(key: $0.0, value: $0.1) }
        }

        /// The pairs as one text for the build cache: keys and encoded values separated by NUL,
        /// which JSON text never holds raw (JSONWriter escapes it); read back without a JSON parser.
        var serialized: String {
            ([String(head.count)] + (head + rest).flatMap { [$0.key, $0.value] }).joined(separator: "\u{0}")
        }

        init?(serialized: String) {
            // Split on the byte: a Character split would run grapheme breaking over the whole text.
            let parts = serialized.utf8.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard let first = parts.first, let headCount = Int(first), parts.count % 2 == 1, headCount <= (parts.count - 1) / 2 else { return nil }
            let pairs = stride(from: 1, to: parts.count, by: 2).map { Pair(key: parts[$0], value: parts[$0 + 1]) }
            head = Array(pairs[..<headCount])
            rest = Array(pairs[headCount...])
        }

        func text(internalBenchmarks: [InternalBenchmark]) -> String {
            let campaign = JSONWriter.object(head.map { ($0.key, $0.value) } + [("internal_benchmarks", KPIJSON.internalBenchmarks(internalBenchmarks))], indent: 1)
            return JSONWriter.object([("campaign", campaign)] + rest.map { ($0.key, $0.value) }) + "\n"
        }
    }

    static func encode(campaign: Campaign, kpis: CampaignKPIs, judgement: CampaignJudgement, asOf: Day) -> Document {
        let hashtags = kpis.topHashtags.map { tags in
            JSONWriter.array(tags.map { JSONWriter.object([("hashtag", s($0.hashtag)), ("count", n(Double($0.count)))], indent: 4) }, indent: 3)
        }
        let head: [(String, String)] = [
            ("id", s(campaign.id)),
            ("name", s(campaign.name)),
            ("objective", s(campaign.objective.rawValue)),
            ("currency", s(campaign.currency)),
            ("start", s(campaign.window.start.description)),
            ("end", s(campaign.window.end.description)),
            ("as_of", s(asOf.description)),
            ("kpis", Self.kpis(kpis.campaign, campaign: true, influencer: false, leadTypes: kpis.leadTypes, hashtags: hashtags,
                               mentions: kpis.mentionComplianceByMention.map { list in JSONWriter.object(list.map { ($0.mention, n($0.share)) }, indent: 3) },
                               indent: 2)),
            ("provisional", JSONWriter.array(kpis.provisional.map { s($0.key) }, indent: 2)),
            ("calendar", JSONWriter.array(kpis.calendar.map { entry in
                JSONWriter.object([("kpis", JSONWriter.array(entry.kpis.map { s($0.key) }, indent: 4)), ("final_on", s(entry.finalOn.description))],
                                  indent: 3)
            }, indent: 2)),
            ("unattributed_orders", n(kpis.unattributedOrders.map(Double.init))),
            ("benchmarks", benchmarks(judgement.benchmarks, indent: 2)),
            ("recommendations", JudgementJSON.recommendations(judgement.recommendations,
                                                             format: NumberFormat(locale: judgement.locale, currency: campaign.currency), indent: 2)),
        ] + said(kpis.said)
        let influencers = zip(kpis.influencers, judgement.influencers).map { row, judged in
            JSONWriter.object([
                ("handle", s(row.influencer.handle)),
                ("name", row.influencer.name.map(s) ?? "null"),
                ("platform", s(row.influencer.platform.name)),
                ("followers", n(Double(row.influencer.followers))),
                ("tier", s(row.influencer.tier.rawValue)),
                ("kpis", Self.kpis(row.kpis, campaign: false, influencer: true, leadTypes: kpis.leadTypes, indent: 3)),
                ("benchmarks", benchmarks(judged.benchmarks, indent: 3)),
                ("flags", JudgementJSON.flags(judged.fraud, indent: 3)),
                ("flag_details", JudgementJSON.flagDetails(judged.fraud, indent: 3)),
                ("audience_quality", n(Double(judged.fraud.audienceQuality))),
            ], indent: 2)
        }
        let platforms = kpis.platforms.map {
            JSONWriter.object([("platform", s($0.platform.name)), ("kpis", Self.kpis($0.kpis, campaign: false, influencer: false, leadTypes: kpis.leadTypes, indent: 3))], indent: 2)
        }
        let formats = kpis.formats.map {
            JSONWriter.object([("format", s($0.format)), ("kpis", Self.kpis($0.kpis, campaign: false, influencer: false, leadTypes: kpis.leadTypes, indent: 3))], indent: 2)
        }
        return Document(head: head, rest: [
            ("objective", kpis.objective.map(objective) ?? "null"),
            ("influencers", JSONWriter.array(influencers, indent: 1)),
            ("platforms", JSONWriter.array(platforms, indent: 1)),
            ("formats", JSONWriter.array(formats, indent: 1)),
            ("tiers", tiers(kpis)),
            ("ab_test", kpis.abTest.map(abTest) ?? "null"),
            ("timing", timing(kpis.timing)),
        ])
    }

    /// kpis.md §7: `[{"tier": "micro", "influencers": 5, "kpis": {…}}]`, one per tier with influencers.
    static func tiers(_ kpis: CampaignKPIs) -> String {
        JSONWriter.array(kpis.tiers.map {
            JSONWriter.object([("tier", s($0.tier.rawValue)), ("influencers", n(Double($0.influencers.count))),
                               ("kpis", Self.kpis($0.kpis, campaign: false, influencer: false, leadTypes: kpis.leadTypes, indent: 3))], indent: 2)
        }, indent: 1)
    }

    /// kpis.md §3 and §12: `themes` (a count per theme), `adverse_reactions` (texts) and `quotes`
    /// (`{"positive": [...], "negative": [...], "question": [...]}`); each null without comments.csv.
    static func said(_ said: CommentsSaid?) -> [(String, String)] {
        guard let said else { return [("themes", "null"), ("adverse_reactions", "null"), ("quotes", "null")] }
        return [
            ("themes", JSONWriter.object(CommentTheme.allCases.map { ($0.rawValue, n(Double(said.themes[$0] ?? 0))) }, indent: 2)),
            ("adverse_reactions", JSONWriter.array(said.adverseReactions.map(s), indent: 2)),
            ("quotes", JSONWriter.object(CommentsSaid.QuoteClass.allCases.map { kind in
                (kind.rawValue, JSONWriter.array((said.quotes[kind] ?? []).map(s), indent: 3))
            }, indent: 2)),
        ]
    }

    /// `{"engagement_rate_followers": {"low": 1.5, "high": 3.0, "value": 2.1, "status": "within", "source": "seed"}}`.
    static func benchmarks(_ list: [BenchmarkComparison], indent: Int) -> String {
        JSONWriter.object(list.map { b in
            var pairs = [
                ("low", n(b.range.low)), ("high", n(b.range.high)), ("value", n(b.value)),
                ("status", b.status.map { s($0.rawValue) } ?? "null"), ("source", s(b.range.source.rawValue)),
            ]
            if let c = b.influencers {
                pairs.append(("influencers", JSONWriter.object([("below", n(Double(c.below))), ("within", n(Double(c.within))),
                                                                ("above", n(Double(c.above))), ("na", n(Double(c.na)))], indent: indent + 2)))
            }
            return (b.kpi.key, JSONWriter.object(pairs, indent: indent + 1))
        }, indent: indent)
    }

    /// `{"cpa": {"median": 18.2, "campaigns": 4, "value": 13.5, "change": -0.258}}`.
    static func internalBenchmarks(_ list: [InternalBenchmark]) -> String {
        JSONWriter.object(list.map { b in
            (b.kpi.key, JSONWriter.object([
                ("median", n(b.median)), ("campaigns", n(Double(b.campaigns))), ("value", n(b.value)), ("change", n(b.change)),
            ], indent: 3))
        }, indent: 2)
    }

    static func figure(_ f: ObjectiveSummary.Figure, indent: Int) -> String {
        var pairs = [("kpi", s(f.kpi.key)), ("value", n(f.value))]
        if let format = f.format { pairs.insert(("format", s(format)), at: 1) }
        return JSONWriter.object(pairs, indent: indent)
    }

    static func objective(_ o: ObjectiveSummary) -> String {
        JSONWriter.object([
            ("objective", s(o.objective.rawValue)),
            ("primary", figure(o.primary, indent: 2)),
            ("secondaries", JSONWriter.array(o.secondaries.map { figure($0, indent: 3) }, indent: 2)),
            ("cost", JSONWriter.array(o.costs.map { figure($0, indent: 3) }, indent: 2)),
            ("targets", JSONWriter.array(o.targets.map { t in
                JSONWriter.object([
                    ("kpi", s(t.kpi.key)), ("target", n(t.target)), ("actual", n(t.actual)), ("status", s(t.status.rawValue)),
                    ("difference", n(t.difference)), ("difference_percent", n(t.differencePercent)),
                ], indent: 3)
            }, indent: 2)),
            ("trend", JSONWriter.array(o.trend.map { m in
                JSONWriter.object([("month", s(m.month)), ("posts", n(Double(m.posts))), ("engagement_rate", n(m.engagementRate))], indent: 3)
            }, indent: 2)),
        ], indent: 1)
    }

    static func abTest(_ ab: ABTestResult) -> String {
        JSONWriter.object([
            ("name", s(ab.name)),
            ("metric", s(ab.metric.key)),
            ("variants", JSONWriter.array(ab.variants.map { v in
                JSONWriter.object([("variant", s(v.variant)), ("description", v.description.map(s) ?? "null"), ("posts", n(Double(v.posts))),
                                   ("numerator", n(v.numerator)), ("denominator", n(v.denominator)), ("rate", n(v.rate))], indent: 3)
            }, indent: 2)),
            ("compared", JSONWriter.array(ab.compared.map(s), indent: 2)),
            ("p_value", n(ab.pValue)),
            ("p_value_stratified", n(ab.pValueStratified)),
            ("influencers_in_both", n(ab.influencersInBoth.map(Double.init))),
            ("significant", ab.significant.map { $0 ? "true" : "false" } ?? "null"),
            ("caveats", JSONWriter.array(ab.caveats.map { s($0.rawValue) }, indent: 2)),
        ], indent: 1)
    }

    static func timing(_ t: Timing) -> String {
        JSONWriter.object([
            ("weekday", JSONWriter.array(t.weekdays.enumerated().map { i, slot in
                JSONWriter.object([("weekday", s(Timing.weekdayNames[i])), ("posts", n(Double(slot.posts))), ("engagement_rate", n(slot.engagementRate))], indent: 3)
            }, indent: 2)),
            ("hour", JSONWriter.array(t.hours.enumerated().map { i, slot in
                JSONWriter.object([("hour", n(Double(i))), ("posts", n(Double(slot.posts))), ("engagement_rate", n(slot.engagementRate))], indent: 3)
            }, indent: 2)),
        ], indent: 1)
    }
}
