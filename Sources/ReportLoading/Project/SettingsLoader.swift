import Foundation
import ReportCore

/// report.yaml (data-format.md §2).
enum SettingsLoader {
    static let keys = ["title", "locale", "currency", "timezone", "as_of", "output", "benchmarks", "emv", "fraud"]

    static func load(_ text: String, file: String) -> (ProjectSettings, [Diagnostic]) {
        var settings = ProjectSettings()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        do { root = try YAMLDocument.compose(text, file: file) } catch { return (settings, [error]) }
        guard let root else { return (settings, []) }
        guard var map = YAMLMapping(root, file: file, context: "report.yaml", into: &diagnostics) else { return (settings, diagnostics) }
        if let title = map.string("title") { settings.title = title }
        if let node = map.value("locale") {
            if let name = node.scalar?.string, let locale = ReportLocale.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) {
                settings.locale = locale
            } else {
                map.problem(node, "key \"locale\": expected fr-FR or en-US, found \(YAMLMapping.describe(node))")
            }
        }
        if let node = map.value("currency") { settings.currency = CurrencyCode.read(node, key: "currency", map: &map) ?? settings.currency }
        if let node = map.value("timezone") {
            if let name = node.scalar?.string, TimeZone(identifier: name) != nil {
                settings.timezone = name
            } else {
                map.problem(node, "key \"timezone\": expected an IANA time zone name such as Europe/Paris, found \(YAMLMapping.describe(node))")
            }
        }
        settings.asOf = map.day("as_of")
        if let output = map.string("output") { settings.output = output }
        // benchmarks, emv and fraud overrides are read by the KPI stages that use them.
        _ = map.value("benchmarks"); _ = map.value("emv"); _ = map.value("fraud")
        diagnostics += map.finish(known: keys)
        return (settings, diagnostics)
    }
}

import Yams

/// ISO 4217 codes: three ASCII letters, upper-cased.
enum CurrencyCode {
    static func read(_ node: Node, key: String, map: inout YAMLMapping) -> String? {
        guard let s = node.scalar?.string, s.count == 3, s.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            map.problem(node, "key \"\(key)\": expected an ISO 4217 currency code such as EUR, found \(YAMLMapping.describe(node))")
            return nil
        }
        return s.uppercased()
    }
}
