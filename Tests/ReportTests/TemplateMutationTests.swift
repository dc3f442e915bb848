import Foundation
import Testing
@testable import ReportCore
@testable import ReportSite

/// Seeded mutations of the built-in campaign template through the compile step and, when it
/// compiles, through rendering: no crash, and every refusal is located in the template.
@Suite struct TemplateMutationTests {
    static let pieces = ["```", "```chart\n", "```kpis\n", "{{", "}}", "{{#", "{{/", "{{{", "- ", ": ", "[", "]", "-", "\n",
                         "\t", "\r\n", "y: [reach, ", "type: ", "data: ", "~~~", "    ", "> ", "é", "\u{0}", "sort: -"]

    static func mutate(_ text: [Character], _ rng: inout MutationTests.SeededGenerator) -> String {
        var chars = text
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = Int.random(in: 0...chars.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: chars.insert(contentsOf: Array(pieces.randomElement(using: &rng) ?? ""), at: at)
            case 1: if at < chars.count { chars.removeSubrange(at..<min(chars.count, at + Int.random(in: 1...20, using: &rng))) }
            default: if at < chars.count { chars[at] = Array(pieces.randomElement(using: &rng) ?? " ").first ?? " " }
            }
        }
        return String(chars)
    }

    @Test func mutatedTemplatesNeverCrashAndAreLocated() throws {
        let text = Array(try String(contentsOf: Repo.root.appendingPathComponent("templates/en-US/campaign.md"), encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count + 40
        var rng = MutationTests.SeededGenerator(state: 20_261_201)
        var compiled = 0, refused = 0
        for _ in 0..<400 {
            let mutated = Self.mutate(text, &rng)
            let collector = DiagnosticCollector()
            if let template = TemplateCompiler.compile(mutated, file: "t.md", page: .campaign, into: collector) {
                compiled += 1
                _ = try? PageRenderer.body(template, context: ["name": "x"], data: DirectiveTests.page())
            } else {
                refused += 1
                let errors = collector.diagnostics.filter { $0.severity == .error }
                #expect(!errors.isEmpty)
                for e in errors {
                    #expect(e.file == "t.md")
                    #expect(e.line >= 1 && e.line <= lines, "\(e)")
                    #expect(!e.message.isEmpty)
                }
            }
        }
        // Both outcomes occur, so the run exercises the compiler and the renderer.
        #expect(compiled > 20 && refused > 20, "compiled \(compiled), refused \(refused)")
    }
}
