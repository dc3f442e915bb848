import ArgumentParser
import Foundation
import ReportCore
import ReportSite

/// The `report` command line. Only this target prints or exits; all work is in ReportSite.
/// The root is async so that `serve` can await its server; the other subcommands are synchronous.
@main
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Turns influencer-marketing campaign data into client-ready static HTML reports.",
        version: "report \(ReportVersion.number)",
        subcommands: [Build.self, Check.self, Init.self, Serve.self]
    )

    /// Usage errors exit 2 (site.md), not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.errorText(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
