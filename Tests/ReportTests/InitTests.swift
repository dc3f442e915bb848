import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
@testable import ReportSite

/// `report init DIR`: the sample project builds at once, clean, in both languages; every key
/// is commented; a folder that is not empty is refused.
@Suite struct InitTests {
    /// Writes the sample into a fresh `p/` of `temp`, from the repository's scaffold/ folder
    /// (EmbeddedResourcesTests holds the embedded copy to the same bytes).
    func sample(_ locale: ReportLocale, in temp: TemporaryFolder, resources: BuiltinResources = .folder(Repo.root)) throws -> URL {
        let project = temp.url.appendingPathComponent("p")
        _ = try ProjectScaffold.sample(into: project, display: "p", locale: locale, resources: resources)
        return project
    }

    /// The files `report init` writes, relative path → text.
    func written(_ locale: ReportLocale) throws -> [String: String] {
        let temp = TemporaryFolder()
        return try tree(sample(locale, in: temp)).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [ReportLocale.enUS, .frFR])
    func sampleBuildsWithoutErrorOrWarning(locale: ReportLocale) throws {
        let temp = TemporaryFolder()
        let project = try sample(locale, in: temp)
        #expect(ProjectChecker.check(path: project, resources: Repo.root) == [])
        let output = temp.url.appendingPathComponent("site")
        // No --as-of: report.yaml's as_of (2026-05-15) dates the report, not the clock.
        let summary = try SiteBuilder(path: project, options: BuildOptions(output: output, resources: Repo.root)).build(today: Day(ordinal: 0))
        #expect(summary.warnings == [])
        #expect((summary.campaigns, summary.posts, summary.pages) == (1, 30, 9))
        let id = locale == .frFR ? "printemps-2026" : "spring-2026"
        for page in ["index.html", "campaigns/\(id)/index.html", "influencers/lea.infuse/index.html", "downloads/\(id).html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("campaigns/\(id)/kpis.json"))) as? [String: Any]
        let campaign = try #require(json?["campaign"] as? [String: Any])
        let kpis = try #require(campaign["kpis"] as? [String: Any])
        #expect(kpis["conversions"] as? Int == 249)
        #expect(kpis["posts"] as? Int == 30)
        // as_of is after the attribution window: nothing is provisional.
        #expect((campaign["provisional"] as? [String]) == [])
    }

    /// The YAML files as written, byte for byte.
    @Test(arguments: ReportLocale.allCases)
    func sampleYAMLMatchesGoldens(locale: ReportLocale) throws {
        let files = try written(locale)
        let id = locale == .frFR ? "printemps-2026" : "spring-2026"
        Golden.check(try #require(files["report.yaml"]), "init/\(locale.rawValue)/report.yaml")
        Golden.check(try #require(files["campaigns/\(id)/campaign.yaml"]), "init/\(locale.rawValue)/campaign.yaml")
        #expect(files.keys.sorted() == ["campaigns/\(id)/campaign.yaml", "campaigns/\(id)/comments.csv", "campaigns/\(id)/followers.csv",
                                        "campaigns/\(id)/orders.csv", "campaigns/\(id)/posts.csv", "report.yaml"])
    }

    /// Comments in the language asked for.
    @Test func commentsInTheProjectLanguage() throws {
        let english = try written(.enUS)
        let french = try written(.frFR)
        #expect(english["campaigns/spring-2026/campaign.yaml"]?.contains("\n    # Fixed fee (optional; write fee: 0 for an unpaid creator: without fee, product_cost,\n    # commission_rate nor a post cost, their costs are unknown and spend is n/a).\n    fee: 1200\n") == true)
        #expect(french["campaigns/printemps-2026/campaign.yaml"]?.contains("\n    # Cachet fixe (facultatif ; écrire fee: 0 pour un créateur non rémunéré : sans fee,\n    # product_cost, commission_rate ni coût par publication, ses coûts sont inconnus et\n    # l'investissement n.d.).\n    fee: 1200\n") == true)
        #expect(english["report.yaml"]?.contains("\n# Language of the pages and of number and date formats: en-US or fr-FR (default en-US).\nlocale: en-US\n") == true)
        #expect(french["report.yaml"]?.contains("\n# Langue des pages et format des nombres et des dates : fr-FR ou en-US (par défaut en-US).\nlocale: fr-FR\n") == true)
        #expect(french["campaigns/printemps-2026/comments.csv"]?.contains("p01,elise.d,2026-03-04,\"Je viens de commander avec ton code, trop hâte de goûter 🌸\"\n") == true)
        #expect(english["campaigns/spring-2026/comments.csv"]?.contains("p01,elise.d,2026-03-04,\"Just ordered with your code, can't wait to try it 🌸\"\n") == true)
    }

    /// Every key the loaders accept has help in both languages, and the sample writes each one,
    /// in force or as a commented-out example, with a comment above it.
    @Test(arguments: [ReportLocale.enUS, .frFR])
    func everyKeyIsCommented(locale: ReportLocale) throws {
        #expect(Set(ScaffoldHelp.reportKeys) == Set(SettingsLoader.keys))
        #expect(Set(ScaffoldHelp.campaignKeys) == Set(CampaignFileLoader.keys))
        #expect(Set(ScaffoldHelp.influencerKeys) == Set(CampaignFileLoader.influencerKeys))
        let help = ScaffoldHelp.of(locale)
        let sections: [(ScaffoldSection, [String])] = [(.report, ScaffoldHelp.reportKeys), (.campaign, ScaffoldHelp.campaignKeys),
                                                        (.influencer, ScaffoldHelp.influencerKeys)]
        for (section, keys) in sections {
            for key in keys {
                #expect(!help.key(key, section).comment.isEmpty, "\(section).\(key)")
                #expect(help.key(key, section).example.first?.hasPrefix(key + ":") == true, "\(section).\(key)")
            }
        }
        let files = try written(locale)
        for (path, keys) in [("report.yaml", ScaffoldHelp.reportKeys), ("campaign.yaml", ScaffoldHelp.campaignKeys + ScaffoldHelp.influencerKeys)] {
            let text = try #require(files.first { $0.key.hasSuffix(path) }?.value)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for key in keys {
                // The key's first occurrence, in force (`key:`, `- key:`) or commented out (`# key:`).
                let i = try #require(lines.firstIndex { line in
                    let t = line.trimmingCharacters(in: .whitespaces)
                    return t.hasPrefix(key + ":") || t.hasPrefix("- " + key + ":") || t.hasPrefix("# " + key + ":")
                }, "\(path): \(key)")
                #expect(lines[i - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"), "\(path): no comment above \(key)")
            }
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let temp = TemporaryFolder()
        temp.write("p/notes.txt", "mine")
        #expect(throws: Diagnostic.error("p", 0, "the folder is not empty: report init writes a new project only into an empty or absent folder")) {
            _ = try ProjectScaffold.sample(into: temp.url.appendingPathComponent("p"), display: "p", locale: .enUS)
        }
        #expect(tree(temp.url.appendingPathComponent("p")).keys.sorted() == ["notes.txt"])
    }

    /// The command line: exit 1 and the message naming the folder as typed; an empty folder is fine.
    @Test func commandLine() throws {
        let temp = TemporaryFolder()
        let full = temp.write("full/report.yaml", "title: mine\n").deletingLastPathComponent().path
        let refused = try CommandLineTests().run(["init", full])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(full): error: the folder is not empty: report init writes a new project only into an empty or absent folder\n")
        #expect(try String(contentsOfFile: full + "/report.yaml", encoding: .utf8) == "title: mine\n")

        let empty = temp.url.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let written = try CommandLineTests().run(["init", empty, "--locale", "fr-FR"])
        #expect(written.status == 0)
        #expect(written.stderr == "report: wrote \(empty) with the sample campaign campaigns/printemps-2026; build it with: report build \(empty)\n")
        #expect(try CommandLineTests().run(["check", empty]).status == 0)

        let badLocale = try CommandLineTests().run(["init", temp.url.appendingPathComponent("other").path, "--locale", "de-DE"])
        #expect(badLocale.status == 2)
        #expect(badLocale.stderr.hasPrefix("Error: --locale: expected fr-FR or en-US, found \"de-DE\""))
    }
}
