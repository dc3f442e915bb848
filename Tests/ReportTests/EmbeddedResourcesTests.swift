import Foundation
import Testing
@testable import ReportSite

/// The built-in templates, theme and sample project compiled into the executable are the
/// repository's templates/, site/ and scaffold/ folders, file for file and byte for byte.
@Suite struct EmbeddedResourcesTests {
    @Test func embeddedCopyEqualsTheFolders() {
        var folders: [String: Data] = [:]
        for folder in ["templates", "site", "scaffold"] {
            for (path, data) in tree(Repo.root.appendingPathComponent(folder)) { folders[folder + "/" + path] = data }
        }
        let embedded = EmbeddedResources.files.mapValues(\.data)
        let regenerate = "Sources/ReportSite/Generated/EmbeddedResources.swift is not current: run `make embed`"
        #expect(embedded.keys.sorted() == folders.keys.sorted(), Comment(rawValue: regenerate))
        for (path, data) in folders.sorted(by: { $0.key < $1.key }) {
            #expect(embedded[path] == data, Comment(rawValue: "\(path) differs; " + regenerate))
        }
    }

    @Test func embeddedResourcesAnswerByPath() {
        let builtin = BuiltinResources.embedded
        #expect(builtin.contains("site/layout.html"))
        #expect(!builtin.contains("site"))
        #expect(!builtin.contains("site/missing.css"))
        #expect(builtin.data("templates/fr-FR/campaign.md") == FileManager.default.contents(atPath: Repo.root.appendingPathComponent("templates/fr-FR/campaign.md").path))
        #expect(builtin.data("site/missing.css") == nil)
        #expect(builtin.contains("scaffold/sample/fr-FR/report.yaml"))
        #expect(builtin.paths(under: "scaffold/sample/en-US/") == BuiltinResources.folder(Repo.root).paths(under: "scaffold/sample/en-US/"))
    }

    @Test func reportResourcesMustHoldTheTemplates() {
        #expect(ResourceLocator.builtinRoot(environment: [:]) != nil)
        #expect(ResourceLocator.builtinRoot(environment: ["REPORT_RESOURCES": Repo.root.path]) != nil)
        #expect(ResourceLocator.builtinRoot(environment: ["REPORT_RESOURCES": Repo.fixtures.path]) == nil)
    }
}
