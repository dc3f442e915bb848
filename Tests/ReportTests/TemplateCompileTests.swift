import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// The template compile step: a corpus of broken templates (Fixtures/broken-templates), each
/// with its exact messages, through `report check` and `report build`; the built-in templates
/// against the catalog; settings that reach the drawn page.
@Suite struct TemplateCompileTests {
    /// File name (without .md) → every error it must give, in order.
    static let corpus: [(String, [String])] = [
        ("01-unknown-directive", [
            "templates/pages/01-unknown-directive.md:3:4: error: unknown directive \"chrat\": expected kpis, table, chart, recommendations, trust, methodology, searches (did you mean \"chart\"?)",
        ]),
        ("02-unknown-dataset", [
            "templates/pages/02-unknown-dataset.md:4:7: error: table: unknown dataset \"influencer\": expected one of campaign, influencers, platforms, formats, posts, days, months, weekday_hour, weekdays, hours, targets, hashtags, ab_variants, tiers, measurements (did you mean \"influencers\"?)",
        ]),
        ("03-unknown-field", [
            "templates/pages/03-unknown-field.md:5:19: error: table: unknown field \"reech\" in dataset influencers (did you mean \"reach\"?)",
        ]),
        ("04-unknown-chart-type", [
            "templates/pages/04-unknown-chart-type.md:2:7: error: chart: unknown type \"pie\": expected bar, line, donut, funnel, scatter, heatmap, bullet, sparkline",
        ]),
        ("05-unknown-kpi", [
            "templates/pages/05-unknown-kpi.md:3:3: error: kpis: unknown KPI \"roas\" (did you mean \"roi\"?)",
        ]),
        ("06-unknown-option", [
            "templates/pages/06-unknown-option.md:4:1: error: table: unknown option \"srot\": expected one of data, columns, sort, limit, title (did you mean \"sort\"?)",
        ]),
        ("07-sort-sign-in-x", [
            "templates/pages/07-sort-sign-in-x.md:4:4: error: chart: option \"x\": \"-platform\" has a sort sign; a leading \"-\" belongs only in \"sort\"",
        ]),
        ("08-sort-sign-in-y", [
            "templates/pages/08-sort-sign-in-y.md:5:12: error: chart: option \"y\": \"-impressions\" has a sort sign; a leading \"-\" belongs only in \"sort\"",
        ]),
        ("09-text-as-number", [
            "templates/pages/09-text-as-number.md:5:4: error: chart: option \"y\": field \"handle\" is text; expected a number such as reach",
        ]),
        ("10-missing-x", [
            "templates/pages/10-missing-x.md:2:1: error: chart: a bar chart needs option \"x\": the field of its categories, such as handle",
        ]),
        ("11-heatmap-without-series", [
            "templates/pages/11-heatmap-without-series.md:2:1: error: chart: a heatmap needs option \"series\": the field of its rows, such as weekday",
        ]),
        ("12-missing-y", [
            "templates/pages/12-missing-y.md:2:1: error: chart: missing option \"y\": expected the number to draw, such as reach",
        ]),
        ("13-missing-data", [
            "templates/pages/13-missing-data.md:2:1: error: table: missing option \"data\": expected one of campaign, influencers, platforms, formats, posts, days, months, weekday_hour, weekdays, hours, targets, hashtags, ab_variants, tiers, measurements",
        ]),
        ("14-malformed-yaml", [
            "templates/pages/14-malformed-yaml.md:6:1: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence",
        ]),
        ("15-mustache-in-block", [
            "templates/pages/15-mustache-in-block.md:2:1: error: kpis: Mustache tags are not allowed inside a directive block: it is checked before any data exists; use objective_kpis or lead_kpis in a kpis list, or a dataset field",
        ]),
        ("16-option-of-another-type", [
            "templates/pages/16-option-of-another-type.md:6:1: error: chart: option \"stacked\" does not apply to a line chart: expected one of type, data, title, sort, limit, x, y, series, benchmark, target, format",
        ]),
        ("17-limit-zero", [
            "templates/pages/17-limit-zero.md:5:8: error: table: option \"limit\": expected a whole number ≥ 1, found \"0\"",
        ]),
        ("18-flag-not-boolean", [
            "templates/pages/18-flag-not-boolean.md:6:9: error: chart: option \"labels\": expected true or false, found \"maybe\"",
        ]),
        ("19-unknown-format", [
            "templates/pages/19-unknown-format.md:6:9: error: chart: option \"format\": expected auto, count, number, percent, money, ratio, found \"percentage\" (did you mean \"percent\"?)",
        ]),
        ("20-benchmark-without-profiles", [
            "templates/pages/20-benchmark-without-profiles.md:6:12: error: chart: option \"benchmark\": the range of engagement_rate_followers depends on platform and tier, which rows of dataset formats do not have; use dataset influencers or [low, high]",
        ]),
        ("21-benchmark-without-range", [
            "templates/pages/21-benchmark-without-range.md:6:12: error: chart: option \"benchmark\": no industry range for \"cpa\": expected one of engagement_rate_followers, story_ctr, conversion_rate or [low, high]",
        ]),
        ("22-target-not-a-number", [
            "templates/pages/22-target-not-a-number.md:6:9: error: chart: option \"target\": expected a number or auto, found \"lots\"",
        ]),
        ("23-trend-without-series", [
            "templates/pages/23-trend-without-series.md:3:8: error: kpis: no daily trend for \"cpa\": expected one of reach, engagements, engagement_rate, link_clicks",
        ]),
        ("24-series-not-text", [
            "templates/pages/24-series-not-text.md:6:9: error: chart: option \"series\": field \"reach\" is not text; expected a field such as platform or handle",
        ]),
        ("25-trend-field-as-y", [
            "templates/pages/25-trend-field-as-y.md:5:4: error: chart: option \"y\": field \"reach_trend\" is a daily trend; expected a number such as reach",
        ]),
        ("26-kpis-not-a-list", [
            "templates/pages/26-kpis-not-a-list.md:2:1: error: kpis: expected a list of KPI names such as \"- reach\"",
        ]),
        ("27-pragma", [
            "templates/pages/27-pragma.md:1:1: error: Mustache pragmas are not allowed: every value is escaped for Markdown; remove the pragma, and write {{{name}}} where a value must stay as it is",
        ]),
        ("28-unclosed-section", [
            "templates/pages/28-unclosed-section.md:5:1: error: invalid Mustache tag: a section opened with {{#…}} or {{^…}} is never closed with {{/…}}",
        ]),
        ("29-scatter-text-x", [
            "templates/pages/29-scatter-text-x.md:4:4: error: chart: option \"x\": field \"handle\" is text; expected a number such as reach",
        ]),
        ("30-funnel-one-step", [
            "templates/pages/30-funnel-one-step.md:4:4: error: chart: option \"y\": a funnel needs at least two steps, such as [reach, link_clicks, conversions]",
        ]),
        ("31-kpi-of-another-group", [
            "templates/pages/31-kpi-of-another-group.md:3:19: error: table: KPI \"spend\" is not computed for the rows of dataset formats: expected one of posts, reach, impressions, views, long_views, frequency, long_view_rate, reach_rate, engagements, engagement_rate, engagement_rate_followers, share_save_rate, comments_per_post, story_reply_rate, sticker_tap_rate, comment_quality, purchase_intent_comments, positive_share, negative_share, net_sentiment, link_clicks, ctr, story_ctr, clicks, emv",
        ]),
        ("32-indented-in-list", [
            "templates/pages/32-indented-in-list.md:7:6: error: chart: unknown field \"raech\" in dataset influencers (did you mean \"reach\"?)",
        ]),
        ("33-unknown-value", [
            "templates/pages/33-unknown-value.md:1:3: error: unknown value \"nmae\" here: expected one of ab_test, as_of, attribution_window_days, baseline_period, brand, budget_note, comment_sample, costs_note, currency, disclosure_note, early_statement, has_comments, has_early_chart, has_gross_margin, has_hashtags, has_leads, has_measurements, has_mention_shares, has_mentions, has_orders, has_provisional, has_reusable, has_searches, has_targets, has_timing, has_word_of_mouth, id, influencer_count, mention_shares, name, next_review, objective, period, post_count, quote_groups, reaction_follow_up, reaction_quotes, roi_note, said_themes, search_statement, settled_due, tiers, unattributed_orders, unattributed_orders_note (did you mean \"name\"?)",
            "templates/pages/33-unknown-value.md:3:13: error: unknown value \"statment\" here: expected one of descriptions, name, statement, ab_test, as_of, attribution_window_days, baseline_period, brand, budget_note, comment_sample, costs_note, currency, disclosure_note, early_statement, has_comments, has_early_chart, has_gross_margin, has_hashtags, has_leads, has_measurements, has_mention_shares, has_mentions, has_orders, has_provisional, has_reusable, has_searches, has_targets, has_timing, has_word_of_mouth, id, influencer_count, mention_shares, next_review, objective, period, post_count, quote_groups, reaction_follow_up, reaction_quotes, roi_note, said_themes, search_statement, settled_due, tiers, unattributed_orders, unattributed_orders_note (did you mean \"statement\"?)",
        ]),
        ("34-partial", [
            "templates/pages/34-partial.md:3:1: error: Mustache partials and blocks are not supported in report templates",
        ]),
        ("35-tag-across-lines", [
            "templates/pages/35-tag-across-lines.md:1:3: error: unknown value \"nmae\" here: expected one of ab_test, as_of, attribution_window_days, baseline_period, brand, budget_note, comment_sample, costs_note, currency, disclosure_note, early_statement, has_comments, has_early_chart, has_gross_margin, has_hashtags, has_leads, has_measurements, has_mention_shares, has_mentions, has_orders, has_provisional, has_reusable, has_searches, has_targets, has_timing, has_word_of_mouth, id, influencer_count, mention_shares, name, next_review, objective, period, post_count, quote_groups, reaction_follow_up, reaction_quotes, roi_note, said_themes, search_statement, settled_due, tiers, unattributed_orders, unattributed_orders_note (did you mean \"name\"?)",
        ]),
        ("36-value-outside-its-section", [
            "templates/pages/36-value-outside-its-section.md:3:1: error: unknown value \"statement\" here: expected one of ab_test, as_of, attribution_window_days, baseline_period, brand, budget_note, comment_sample, costs_note, currency, disclosure_note, early_statement, has_comments, has_early_chart, has_gross_margin, has_hashtags, has_leads, has_measurements, has_mention_shares, has_mentions, has_orders, has_provisional, has_reusable, has_searches, has_targets, has_timing, has_word_of_mouth, id, influencer_count, mention_shares, name, next_review, objective, period, post_count, quote_groups, reaction_follow_up, reaction_quotes, roi_note, said_themes, search_statement, settled_due, tiers, unattributed_orders, unattributed_orders_note",
        ]),
        ("37-group-as-value", [
            "templates/pages/37-group-as-value.md:3:1: error: \"ab_test\" is a group of values: open it as a section, {{#ab_test}}…{{/ab_test}}, and show its values inside",
        ]),
        ("38-flag-as-value", [
            "templates/pages/38-flag-as-value.md:1:10: error: \"has_targets\" is true or false: use it as a section, {{#has_targets}}…{{/has_targets}}",
        ]),
        ("39-tag-in-info-string", [
            "templates/pages/39-tag-in-info-string.md:1:1: error: chart: Mustache tags are not allowed in a directive's info string: it is checked before any data exists",
        ]),
        ("40-trend-of-leads", [
            "templates/pages/40-trend-of-leads.md:2:10: error: kpis: no daily trend for \"leads\": expected one of reach, engagements, engagement_rate, link_clicks",
        ]),
        ("41-section-in-code-block", [
            "templates/pages/41-section-in-code-block.md:3:1: error: a section tag inside a code block would change where the block ends: put {{#has_comments}} outside the fences",
        ]),
        ("42-benchmark-of-another-kpi", [
            "templates/pages/42-benchmark-of-another-kpi.md:6:12: error: chart: option \"benchmark\": the range of conversion_rate can only be drawn against conversion_rate; add it to \"y\" or give [low, high]",
        ]),
        ("43-crlf-line-endings", [
            "templates/pages/43-crlf-line-endings.md:5:19: error: table: unknown field \"reech\" in dataset influencers (did you mean \"reach\"?)",
        ]),
        ("44-pragma-across-lines", [
            "templates/pages/44-pragma-across-lines.md:1:1: error: Mustache pragmas are not allowed: every value is escaped for Markdown; remove the pragma, and write {{{name}}} where a value must stay as it is",
        ]),
        ("45-trust-with-options", [
            "templates/pages/45-trust-with-options.md:2:1: error: trust: expected an empty block: it shows every creator's checks, found a mapping",
        ]),
        ("46-recommendations-limit", [
            "templates/pages/46-recommendations-limit.md:2:8: error: recommendations: option \"limit\": expected a whole number ≥ 1, found \"all\"",
        ]),
    ]

    /// The basic fixture with one broken page template added.
    func project(_ name: String, in temp: TemporaryFolder) throws -> URL {
        let project = try temp.copyFixture("basic")
        let source = Repo.fixtures.appendingPathComponent("broken-templates/\(name).md")
        let text = try String(contentsOf: source, encoding: .utf8)
        temp.write("basic/templates/pages/\(name).md", text)
        return project
    }

    @Test func corpusHasTwentyCasesOrMore() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.fixtures.appendingPathComponent("broken-templates").path)
        #expect(files.filter { $0.hasSuffix(".md") }.sorted() == Self.corpus.map { $0.0 + ".md" })
        #expect(Self.corpus.count >= 20)
    }

    @Test(arguments: corpus)
    func checkReportsTheError(name: String, messages: [String]) throws {
        let temp = TemporaryFolder()
        let project = try project(name, in: temp)
        let errors = ProjectChecker.check(path: project, resources: Repo.root).filter { $0.severity == .error }
        #expect(errors.map(\.description) == messages)
    }

    @Test(arguments: corpus)
    func buildRefusesAndKeepsThePreviousSite(name: String, messages: [String]) throws {
        let temp = TemporaryFolder()
        let project = try project(name, in: temp)
        let output = temp.url.appendingPathComponent("site")
        temp.write("site/.report-site", "previous\n")
        temp.write("site/index.html", "previous site\n")
        let before = tree(output)
        do {
            _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
            Issue.record("\(name) built")
        } catch {
            #expect(error.errors.map(\.description) == messages)
        }
        #expect(tree(output) == before)
    }

    /// A three-campaign project: the template error is printed once, not once per campaign.
    @Test func aTemplateErrorIsPrintedOnce() throws {
        let temp = TemporaryFolder()
        let project = try project("03-unknown-field", in: temp)
        try FileManager.default.copyItem(at: project.appendingPathComponent("campaigns/spring"), to: project.appendingPathComponent("campaigns/autumn"))
        let message = "templates/pages/03-unknown-field.md:5:19: error: table: unknown field \"reech\" in dataset influencers (did you mean \"reach\"?)"
        let build = try CommandLineTests().run(["build", project.path, "--output", temp.url.appendingPathComponent("site").path])
        #expect(build.status == 1)
        #expect(build.stderr.components(separatedBy: message).count == 2)
        let check = try CommandLineTests().run(["check", project.path])
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: message).count == 2)
    }

    /// Every field, dataset, KPI and value the built-in templates (both locales) and the
    /// chart gallery (docs/gallery.md, a page template) use exists: they compile without a single diagnostic.
    @Test(arguments: ["templates/en-US/campaign.md", "templates/fr-FR/campaign.md", "templates/en-US/index.md",
                      "templates/fr-FR/index.md", "docs/gallery.md"])
    func builtInTemplatesCompileClean(path: String) throws {
        let text = try String(contentsOf: Repo.root.appendingPathComponent(path), encoding: .utf8)
        let collector = DiagnosticCollector()
        let kind: PageKind = path.hasSuffix("index.md") ? .index : .campaign
        let compiled = TemplateCompiler.compile(text, file: path, page: kind, into: collector)
        #expect(collector.diagnostics.map(\.description) == [])
        #expect((compiled?.directives.count ?? 0) == Cmark.fencedBlocks(text).filter { DirectiveCompiler.directive(of: $0.info) != nil }.count)
    }

    /// Column headings: every text and trend field of every schema has a label in both
    /// languages (KPI fields take theirs from the catalog).
    @Test func everyFieldHasALabel() {
        for kind in PageKind.allCases {
            for schema in kind.datasets {
                for name in schema.textFields + schema.series.map(\.field) {
                    #expect(EnglishWords.fieldLabels[name] != nil, "\(schema.name).\(name)")
                    #expect(FrenchWords.fieldLabels[name] != nil, "\(schema.name).\(name)")
                }
            }
        }
    }

    /// Every KPI key resolves to its own case, and every case's key parses back.
    @Test func catalogKeysRoundTrip() {
        #expect(Set(KPICatalog.keys).count == KPI.allCases.count)
        for kpi in KPI.allCases {
            #expect(KPI(key: kpi.key) == kpi)
            #expect(kpi.definition.kpi == kpi)
        }
        #expect(Measure(key: "leads_newsletter") == .leads(type: "newsletter"))
        #expect(Measure(key: "leads_") == nil)
        #expect(Measure(key: "roas") == nil)
    }

    /// report.yaml `benchmarks:` changes the band drawn for the influencers it concerns.
    @Test func benchmarkOverrideChangesTheDrawnBand() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let before = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(before.contains("<title>Benchmark: 1.5% – 3.0%</title>"))      // claire.cuisine: instagram micro, built in
        #expect(!before.contains("1.2% – 2.8%"))

        let yaml = try String(contentsOf: project.appendingPathComponent("report.yaml"), encoding: .utf8)
        temp.write("basic/report.yaml", yaml + "benchmarks:\n  engagement_rate_followers:\n    instagram: {micro: [1.2, 2.8]}\n")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        let after = try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8)
        #expect(after.contains("<title>Benchmark: 1.2% – 2.8%</title>"))
        #expect(!after.contains("<title>Benchmark: 1.5% – 3.0%</title>"))
        #expect(after.contains("<title>Benchmark: 4.0% – 7.0%</title>"))       // tom.tok: tiktok, untouched
    }

    /// The one thing only data can refuse: a lead type the campaign's leads.csv does not have.
    @Test func unknownLeadTypeIsRefusedWhereTheTemplateNamesIt() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        temp.write("basic/campaigns/spring/leads.csv", "date,type,promo_code\n2026-03-03,newsletter,CLAIRE10\n")
        temp.write("basic/templates/pages/leads.md", "# Leads\n\n```table\ndata: influencers\ncolumns: [handle, leads_newsletter, leads_quote]\n```\n")
        let output = temp.url.appendingPathComponent("site")
        do {
            _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
            Issue.record("built")
        } catch {
            #expect(error.errors.map(\.description) == [
                "templates/pages/leads.md:3:1: error: campaign spring: field \"leads_quote\": this campaign's leads.csv has no lead type \"quote\": its types are newsletter",
            ])
        }
    }
}
