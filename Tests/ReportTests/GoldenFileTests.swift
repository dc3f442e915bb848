import Foundation
import Testing
import ReportCore

/// Every file under Goldens is read by a test. The golden names are read from the test sources
/// (each `Golden.check` / `Golden.checkTree` call names its golden with a string literal, its
/// last argument), not collected while the tests run, so the answer does not depend on which
/// tests ran or in what order. A golden whose test is gone, renamed or reads another name fails.
@Suite struct GoldenFileTests {
    /// The values each interpolation in a golden name takes, from the lists the tests iterate.
    /// An interpolation not listed here fails: the check could not tell which files it reads.
    static let interpolations: [String: [String]] = [
        "type": ChartGoldenTests.types,
        "c": ChartGoldenTests.cases,
        "locale.rawValue": ReportLocale.allCases.map(\.rawValue),
    ]

    /// A golden named in a test: one file (`check`) or a whole folder (`checkTree`).
    struct Reference: Hashable {
        var name: String
        var isTree: Bool
    }

    /// Every golden the test sources name, or the calls whose name could not be read.
    static func references() throws -> (references: Set<Reference>, unreadable: [String]) {
        let call = try Regex(#"Golden\.check(Tree)?\("#)
        let named = try Regex(#"Golden\.check(Tree)?\(.*,\s*"((?:[^"\\]|\\\([^()]*\))*)"\s*(?:,\s*sourceLocation:[^()]*)?\)"#)
        var references = Set<Reference>(), unreadable: [String] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.tests.path).filter { $0.hasSuffix(".swift") && $0 != "GoldenFileTests.swift" && $0 != "TestSupport.swift" }
        for file in files.sorted() {
            let text = try String(contentsOf: Repo.tests.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(call) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") { continue }
                guard let match = try named.firstMatch(in: line), let literal = match.output[2].substring else {
                    unreadable.append("\(file):\(number + 1): \(trimmed)")
                    continue
                }
                guard let names = expand(String(literal)) else {
                    unreadable.append("\(file):\(number + 1): an interpolation GoldenFileTests.interpolations does not list: \(trimmed)")
                    continue
                }
                for name in names { references.insert(Reference(name: name, isTree: match.output[1].substring != nil)) }
            }
        }
        return (references, unreadable)
    }

    /// The names a string literal with `\(…)` interpolations stands for, nil for an unknown one.
    static func expand(_ literal: String) -> [String]? {
        guard let open = literal.range(of: "\\(") else { return [literal] }
        guard let close = literal[open.upperBound...].firstIndex(of: ")"),
              let values = interpolations[String(literal[open.upperBound..<close])],
              let rests = expand(String(literal[literal.index(after: close)...])) else { return nil }
        let head = String(literal[..<open.lowerBound])
        return values.flatMap { value in rests.map { head + value + $0 } }
    }

    @Test func everyGoldenFileIsRead() throws {
        let (references, unreadable) = try Self.references()
        #expect(unreadable == [], "golden calls whose name is not a string literal last argument")
        let files = tree(Repo.goldens).keys.sorted()
        #expect(files.count > 50)
        let singles = Set(references.filter { !$0.isTree }.map(\.name))
        let folders = references.filter(\.isTree).map { $0.name + "/" }
        let unread = files.filter { file in !singles.contains(file) && !folders.contains { file.hasPrefix($0) } }
        #expect(unread == [], "golden files no test reads: remove them, or check them in a test")
    }

    /// The check itself: a name it cannot read or expand is reported, not skipped.
    @Test func readsTheNamesOfTheTests() throws {
        let (references, _) = try Self.references()
        #expect(references.contains(Reference(name: "site/basic-fr", isTree: true)))
        #expect(references.contains(Reference(name: "site/basic", isTree: true)))
        #expect(references.contains(Reference(name: "charts/sparkline-huge.html", isTree: false)))
        #expect(references.contains(Reference(name: "init/fr-FR/report.yaml", isTree: false)))
        #expect(references.contains(Reference(name: "directives/kpis.html", isTree: false)))
        #expect(Self.expand("a/\\(unknown).html") == nil)
        #expect(Self.expand("x-\\(c)") == ChartGoldenTests.cases.map { "x-" + $0 })
    }
}
