import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// The methodology is the client's (site.md "Two audiences"): it names sources in words ("your
/// shop's orders", "les statistiques de publication des plateformes"), never an input file, a
/// YAML key, a KPI key or a flag or check code. The lists come from the code's own lists, so a
/// new file, key or KPI is checked the day it is added.
@Suite struct ClientMethodologyTests {
    /// Every input file name: the data kinds campaign.yaml accepts, the two YAML files, the
    /// platform exports data-format.md names.
    static let fileNames: [String] = CampaignFileLoader.dataKinds.map { $0 + ".csv" }
        + ["campaign.yaml", "report.yaml", "multiTimeline.csv", "Dates.csv", "FollowerHistory.csv", "Content.csv", "data.csv"]

    /// Every YAML key of campaign.yaml and report.yaml.
    static let yamlKeys: [String] = CampaignFileLoader.keys + CampaignFileLoader.influencerKeys + CampaignFileLoader.ratingKeys
        + CampaignFileLoader.dataKinds + SettingsLoader.keys + ABTestLoader.keys

    /// Codes a reader would have to decode: KPI keys, fraud flags, plausibility checks.
    static let codes: [String] = KPI.allCases.map(\.key) + FraudFlag.allCases.map(\.rawValue) + PlausibilityCheck.Kind.allCases.map(\.rawValue)

    static let measures: [Measure] = KPI.allCases.map { .kpi($0) } + [.leads(type: "newsletter")]

    /// One-word keys French uses as words of its own (« le budget », « les sessions »).
    static let frenchWords: Set<String> = ["budget", "brief", "sessions", "leads", "mentions", "impressions", "conversions", "engagements"]

    /// What in `text` names a file, a key or a code; empty when it speaks in words.
    static func leaks(_ text: String, french: Bool = false) -> [String] {
        var found: [String] = []
        func has(_ pattern: String) -> Bool { text.range(of: pattern, options: .regularExpression) != nil }
        for name in fileNames where text.range(of: name, options: .caseInsensitive) != nil { found.append(name) }
        // Any file name at all, and any snake_case word.
        if let r = text.range(of: "\\b[A-Za-z]+\\.(csv|yaml|yml|json|xlsx)\\b", options: .regularExpression) { found.append(String(text[r])) }
        if let r = text.range(of: "\\b[a-z]+_[a-z_]+\\b", options: .regularExpression) { found.append(String(text[r])) }
        // A key with an underscore is a code wherever it is. A one-word key (`budget`, `reach`)
        // is an ordinary English word, and a code when written as YAML with its value (`fee: 0`,
        // `emv:` closing a clause); in French every English one (`followers`, `fee`) is a code.
        for key in yamlKeys + codes {
            if key.contains("_") {
                if text.contains(key) { found.append(key) }
            } else if has("\\b\(key)[\u{00A0} ]?:( ?[0-9]| [a-z]+ report|$| de )") {
                found.append(key + ":")
            } else if french, !frenchWords.contains(key), has("\\b\(key)\\b") {
                found.append(key)
            }
        }
        for acronym in ["cpa", "cpm", "cpe", "cpc", "cpv", "cpl", "roi", "emv", "aov", "ctr"] where has("\\b\(acronym)\\b") {
            found.append(acronym)
        }
        return found
    }

    @Test func theListsAreTheCodesOwn() {
        #expect(Self.fileNames.contains("orders.csv") && Self.fileNames.contains("posts.csv") && Self.fileNames.contains("followers.csv"))
        #expect(Self.yamlKeys.contains("target_countries") && Self.yamlKeys.contains("gross_margin") && Self.yamlKeys.contains("emv"))
        #expect(Self.codes.contains("engagement_rate") && Self.codes.contains("foreign_audience") && Self.codes.contains("cost_outlier"))
        // The detector itself: each kind of leak is caught.
        #expect(Self.leaks("the rows of posts.csv").contains("posts.csv"))
        #expect(Self.leaks("gross_margin from the brief").contains("gross_margin"))
        #expect(Self.leaks("unless report.yaml emv: overrides them").contains("emv"))
        #expect(Self.leaks("sauf si la clé emv\u{00A0}: de report.yaml les remplace", french: true).contains("emv:"))
        #expect(Self.leaks("les abonnés de followers", french: true).contains("followers"))
        #expect(Self.leaks("new followers: the part a spike may have bought, spend: the rest").isEmpty)
        #expect(Self.leaks("n.d. sans fee\u{00A0}: 0").contains("fee:"))
        #expect(Self.leaks("an unpaid creator is written fee: 0").contains("fee:"))
        #expect(Self.leaks("the roi of the campaign") == ["roi"])
        #expect(Self.leaks("a Dates.csv export").contains("Dates.csv"))
        #expect(Self.leaks("your shop’s orders and the platforms’ post statistics, CPA and ROI (ROAS)").isEmpty)
    }

    @Test(arguments: measures)
    func everyEntrySpeaksInWords(_ measure: Measure) {
        for locale in ReportLocale.allCases {
            let e = KPIMethodology.entry(measure, locale)
            for text in [e.formula, e.inputs, e.notAvailable] {
                let leaks = Self.leaks(text, french: locale == .frFR)
                #expect(leaks.isEmpty, "\(measure) \(locale): \(leaks) in \(text)")
            }
        }
    }

    /// The sources named as the brief asks.
    @Test func theSourcesByName() {
        let en = KPIMethodology.entry(.kpi(.conversions), .enUS), fr = KPIMethodology.entry(.kpi(.conversions), .frFR)
        #expect(en.inputs.hasPrefix("your shop’s orders attributed to the group’s influencers"))
        #expect(fr.inputs.hasPrefix("les commandes de votre boutique attribuées aux influenceurs du groupe"))
        #expect(KPIMethodology.entry(.kpi(.reach), .enUS).inputs == "the reach in the platforms’ post statistics")
        #expect(KPIMethodology.entry(.kpi(.reach), .frFR).inputs == "la portée dans les statistiques de publication des plateformes")
        #expect(KPIMethodology.entry(.kpi(.newFollowers), .frFR).inputs == "l’historique des abonnés des comptes des influenceurs")
        #expect(KPIMethodology.entry(.kpi(.newFollowers), .enUS).notAvailable.hasPrefix("n/a when no follower history is supplied"))
        #expect(KPIMethodology.entry(.kpi(.netProfit), .enUS).inputs.hasPrefix("your gross margin as given in the campaign brief"))
        #expect(KPIMethodology.entry(.kpi(.netProfit), .frFR).inputs.hasPrefix("votre marge brute indiquée dans le brief de la campagne"))
    }

    /// The assumptions listed under the entries speak in words too.
    @Test func theAssumptionsSpeakInWords() {
        for locale in ReportLocale.allCases {
            let words = locale.words
            var lines = [true, false].map { words.emvAssumption(platform: Labels.platform(Platform("other"), locale), cpm: "8", engagement: "0.1", click: "1", ownRates: $0) }
            lines.append(words.attributionWindow(days: 30))
            lines.append(words.industryRanges([BenchmarkRange.Source.seed, .assumption, .reportYAML, .mix].map { Labels.source($0, locale) }.joined(separator: ", ")))
            lines.append(words.searchNoBaseline)
            for line in lines { #expect(Self.leaks(line, french: locale == .frFR).isEmpty, "\(locale): \(line)") }
        }
        #expect(Labels.platform(Platform("other"), .frFR) == "Autre")
        #expect(Labels.platform(Platform("other"), .enUS) == "Other")
        #expect(Labels.platform(Platform("tiktok"), .frFR) == "TikTok")
        #expect(ReportLocale.frFR.words.emvAssumption(platform: "Instagram", cpm: "8,00 €", engagement: "0,10 €", click: "1,00 €", ownRates: true)
            == "EMV Instagram : 8,00 € pour 1 000 impressions, 0,10 € par engagement, 1,00 € par clic (tarifs propres à l’agence).")
        #expect(ReportLocale.enUS.words.emvAssumption(platform: "Instagram", cpm: "€8.00", engagement: "€0.10", click: "€1.00", ownRates: true)
            == "EMV Instagram: €8.00 per 1,000 impressions, €0.10 per engagement, €1.00 per click (the agency’s own rates).")
    }

    /// The example's published methodology sections, as the client reads them.
    @Test func theExamplesMethodologyNamesNoFileNorKey() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("method-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try SiteBuilder(path: Repo.root.appendingPathComponent("examples/maison-lune"), options: .test(output: out, asOf: "2026-05-20"))
            .build(today: Day(ordinal: 0))
        var pages = 0
        for folder in ["campaigns", "downloads"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(folder).path).sorted() {
                let file = folder == "campaigns" ? "\(folder)/\(name)/index.html" : "\(folder)/\(name)"
                guard file.hasSuffix(".html"), let html = try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8),
                      let start = html.range(of: "<h2>Méthodologie</h2>") else { continue }
                let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
                // Text only: tags and attributes (ids, classes) are not read.
                let text = String(html[start.lowerBound..<end]).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                #expect(Self.leaks(text, french: true).isEmpty, "\(file): \(Self.leaks(text, french: true))")
                #expect(text.contains("les statistiques de publication des plateformes"))
                // French typography in the whole section, the assumptions and the template's bullets included.
                for mark in [":", ";", "?", "!"] { #expect(!text.contains(" " + mark), "\(file): ' \(mark)'") }
                pages += 1
            }
        }
        #expect(pages >= 8)
    }
}
