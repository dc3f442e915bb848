import ArgumentParser
import Foundation
import ReportCore
import ReportSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate every input and list every problem; build nothing.")

    @Argument(help: "The project folder, or a campaign folder holding campaign.yaml.")
    var path: String = "."

    @Option(help: "text (file:line:column: error: …), json, or github (workflow annotations).")
    var format: DiagnosticReport.Format = .text

    func run() throws {
        guard let resources = ResourceLocator.builtinRoot() else {
            Console.error(Console.badResourcesFolder)
            throw ExitCode(3)
        }
        let diagnostics = ProjectChecker.check(path: URL(fileURLWithPath: path), resources: resources)
        if format == .json {
            Console.json(DiagnosticReport.render(diagnostics, format: format))
        } else {
            // One diagnostic a line: a newline in a value it quotes is shown escaped.
            for d in diagnostics { Console.out(String(DiagnosticReport.render([d], format: format).dropLast())) }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        Console.error("report: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}

extension DiagnosticReport.Format: ExpressibleByArgument {}
