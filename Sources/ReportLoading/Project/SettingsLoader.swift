import Foundation
import ReportCore

/// report.yaml (data-format.md §2).
enum SettingsLoader {
    static let fraudKeys = ["incoherent_factor", "spike_min_counts", "spike_mad_k", "spike_min_share", "foreign_share", "pod_share", "pod_min_words", "pod_min_repeats"]
    static let tiers = Tier.allCases.map(\.rawValue)

    /// `emv: {instagram: {cpm: 9}}`: one rate at a time, each a number ≥ 0.
    static func readEMV(_ map: inout YAMLMapping) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for entry in map.entries where Platform.known.contains(entry.key) || entry.key == "others" {
            guard var rates = map.mapping(entry.key, context: "emv: \(entry.key)") else { continue }
            var values: [String: Double] = [:]
            for name in EMVTable.rateNames {
                if let v = rates.number(name, range: 0...Double.greatestFiniteMagnitude) { values[name] = v }
            }
            map.absorb(rates.finish(known: EMVTable.rateNames))
            out[entry.key] = values
        }
        return out
    }

    /// `benchmarks: {engagement_rate_followers: {instagram: {micro: [1.2, 2.8]}}}`: ranges of two numbers, low ≤ high.
    static func checkBenchmarks(_ map: inout YAMLMapping) {
        for entry in map.entries {
            guard var platforms = map.mapping(entry.key, context: "benchmarks: \(entry.key)") else { continue }
            for platform in platforms.entries {
                guard var tiersMap = platforms.mapping(platform.key, context: "benchmarks: \(entry.key): \(platform.key)") else { continue }
                for tier in tiersMap.entries {
                    let node = tiersMap.value(tier.key) ?? tier.value
                    let numbers = node.sequence?.compactMap { $0.scalar?.string }.compactMap(YAMLMapping.parseNumber) ?? []
                    if numbers.count != 2 || (node.sequence?.count ?? 0) != 2 || numbers[0] > numbers[1] {
                        tiersMap.problem(node, "key \"\(tier.key)\": expected a range [low, high] of two numbers with low ≤ high, found \(YAMLMapping.describe(node))")
                    }
                }
                platforms.absorb(tiersMap.finish(known: tiers + ["all"]))
            }
            map.absorb(platforms.finish(known: Platform.known + ["others", "all"]))
        }
    }

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
        if var emv = map.mapping("emv", context: "emv") {
            settings.emv = EMVTable(overrides: readEMV(&emv))
            map.absorb(emv.finish(known: Platform.known + ["others"]))
        }
        if var benchmarks = map.mapping("benchmarks", context: "benchmarks") {
            checkBenchmarks(&benchmarks)
            map.absorb(benchmarks.finish(known: benchmarks.entries.map(\.key)))
        }
        if var fraud = map.mapping("fraud", context: "fraud") {
            for key in fraudKeys { _ = fraud.number(key, range: 0...Double.greatestFiniteMagnitude) }
            map.absorb(fraud.finish(known: fraudKeys))
        }
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
