import ArgumentParser
import Foundation
import ReportCore
import ReportSite

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new project: a sample campaign that builds at once, or one proposed from a folder of exports."
    )

    @Argument(help: "The folder of the new project: absent or empty.")
    var path: String

    @Option(help: "fr-FR or en-US: the language of the project and of the comments in its YAML files.")
    var locale: String = ReportLocale.enUS.rawValue

    @Option(help: "A folder of CSV exports (posts, orders, followers…): propose the campaign from them instead of the sample.")
    var from: String?

    func validate() throws {
        if ReportLocale(rawValue: locale) == nil {
            throw ValidationError("--locale: expected fr-FR or en-US, found \"\(locale)\"")
        }
    }

    func run() throws {
        let locale = ReportLocale(rawValue: locale) ?? .enUS
        let folder = URL(fileURLWithPath: path)
        // The sample is a built-in resource, like the templates: REPORT_RESOURCES may replace it.
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error(Console.badResourcesFolder)
            throw ExitCode(3)
        }
        do {
            guard let from else {
                let result = try ProjectScaffold.sample(into: folder, display: path, locale: locale, resources: resources)
                Console.error("report: wrote \(path) with the sample campaign campaigns/\(result.campaign); build it with: report build \(path)")
                return
            }
            let result = try ProjectScaffold.propose(into: folder, display: path, from: URL(fileURLWithPath: from), exportsDisplay: from, locale: locale)
            Console.error("report: wrote \(path) with campaigns/\(result.campaign)/campaign.yaml proposed from \(result.filesRead) file\(result.filesRead == 1 ? "" : "s") of \(from)")
            let (posts, orders, notSales) = result.counts
            Console.error("report: read \(posts) post\(posts == 1 ? "" : "s") and \(orders) order\(orders == 1 ? "" : "s")"
                + (notSales == 0 ? "" : " (\(notSales) refunded, voided or cancelled left out)") + ", as report build counts them")
            for warning in result.warnings { Console.error(warning.description) }
            Console.error("report: not in the files; fill it in, then run: report check \(path)")
            for note in result.notes { Console.error("  - " + note) }
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
