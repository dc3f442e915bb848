import ArgumentParser
import Foundation
import ReportCore
import ReportSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate every input and list every problem; build nothing.")

    @Argument(help: "The project folder, or a campaign folder holding campaign.yaml.")
    var path: String = "."

    func run() throws {
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error(Console.badResourcesFolder)
            throw ExitCode(3)
        }
        let diagnostics = ProjectChecker.check(path: URL(fileURLWithPath: path), resources: resources)
        for d in diagnostics { print(d.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        Console.error("report: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}
