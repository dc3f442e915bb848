import Foundation
import ReportCore

/// report.yaml (data-format.md §2). Every key it accepts changes the settings; anything
/// else is refused with a message at its place.
enum SettingsLoader {
    static let tiers = Tier.allCases.map(\.rawValue)
    static let keys = ["title", "locale", "currency", "timezone", "as_of", "output", "indexable", "benchmarks", "emv", "fraud", "email"]

    /// `emv: {instagram: {cpm: 9}}`: one rate at a time, each a number ≥ 0.
    static func readEMV(_ map: inout YAMLMapping) -> [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for entry in map.entries where Platform.known.contains(entry.key) || entry.key == "others" {
            guard var rates = map.mapping(entry.key, context: "emv: \(entry.key)") else { continue }
            var values: [String: Double] = [:]
            for name in EMVTable.rateNames {
                if let v = rates.number(name, range: 0...Double.greatestFiniteMagnitude) { values[name] = v }
            }
            rates.finish(known: EMVTable.rateNames)
            out[entry.key] = values
        }
        return out
    }

    /// `benchmarks: {engagement_rate_followers: {instagram: {micro: [1.2, 2.8]}}}`: ranges of
    /// two numbers, low ≤ high, for the KPIs that have an industry range; `all` stands for
    /// every platform or tier not named (see `BenchmarkTable` for the order).
    static func readBenchmarks(_ map: inout YAMLMapping, into table: inout BenchmarkTable) {
        let names = BenchmarkTable.kpis.map(\.key)
        for entry in map.entries {
            guard let kpi = KPI(key: entry.key), BenchmarkTable.kpis.contains(kpi) else {
                _ = map.value(entry.key)
                let expected = "expected one of \(names.joined(separator: ", "))"
                var message = KPI(key: entry.key) == nil
                    ? "benchmarks: unknown KPI \"\(entry.key)\": \(expected)"
                    : "benchmarks: no industry range for \"\(entry.key)\": \(expected)"
                if let s = Suggestion.closest(to: entry.key, in: names) { message += " (did you mean \"\(s)\"?)" }
                map.problem(entry.keyNode, message)
                continue
            }
            guard var platforms = map.mapping(entry.key, context: "benchmarks: \(entry.key)") else { continue }
            for platform in platforms.entries where Platform.known.contains(platform.key) || [BenchmarkTable.others, BenchmarkTable.all].contains(platform.key) {
                guard var tiersMap = platforms.mapping(platform.key, context: "benchmarks: \(entry.key): \(platform.key)") else { continue }
                for tier in tiersMap.entries where tiers.contains(tier.key) || tier.key == BenchmarkTable.all {
                    guard let node = tiersMap.value(tier.key) else { continue }
                    let items = node.sequence ?? []
                    let numbers = items.compactMap { $0.scalar?.string }.compactMap(YAMLMapping.parseNumber)
                    guard items.count == 2, numbers.count == 2, numbers[0] <= numbers[1] else {
                        tiersMap.problem(node, "key \"\(tier.key)\": expected a range [low, high] of two numbers with low ≤ high, found \(YAMLMapping.describe(node))")
                        continue
                    }
                    table.override(kpi, platform: platform.key, tier: Tier(rawValue: tier.key), low: numbers[0], high: numbers[1])
                }
                tiersMap.finish(known: tiers + [BenchmarkTable.all])
            }
            platforms.finish(known: Platform.known + [BenchmarkTable.others, BenchmarkTable.all])
        }
        map.finish(known: names)
    }

    /// `fraud: {foreign_share: 0.4}`: counts are whole numbers ≥ 1, shares from 0 to 1.
    static func readFraud(_ map: inout YAMLMapping) -> FraudThresholds {
        var t = FraudThresholds()
        let nonNegative = 0...Double.greatestFiniteMagnitude
        if let v = map.number("incoherent_factor", range: 1...Double.greatestFiniteMagnitude) { t.incoherentFactor = v }
        if let v = map.integer("spike_min_counts", range: 1...Int.max) { t.spikeMinCounts = v }
        if let v = map.number("spike_mad_k", range: nonNegative) { t.spikeMadK = v }
        if let v = map.number("spike_min_share", range: 0...1) { t.spikeMinShare = v }
        if let v = map.number("foreign_share", range: 0...1) { t.foreignShare = v }
        if let v = map.number("pod_share", range: 0...1) { t.podShare = v }
        if let v = map.integer("pod_min_words", range: 1...Int.max) { t.podMinWords = v }
        if let v = map.integer("pod_min_repeats", range: 1...Int.max) { t.podMinRepeats = v }
        map.finish(known: fraudKeys)
        return t
    }

    static let fraudKeys = ["incoherent_factor", "spike_min_counts", "spike_mad_k", "spike_min_share", "foreign_share", "pod_share", "pod_min_words", "pod_min_repeats"]

    /// The settings, with the defaults wherever report.yaml has nothing usable; every
    /// problem goes to `collector`.
    static func load(_ text: String, file: String, into collector: DiagnosticCollector) -> ProjectSettings {
        var settings = ProjectSettings()
        let root: Node?
        do { root = try YAMLDocument.compose(text, file: file) } catch {
            collector.emit(error)
            return settings
        }
        guard let root else { return settings }
        guard var map = YAMLMapping(root, file: file, context: "report.yaml", into: collector) else { return settings }
        if let title = map.string("title") { settings.title = title }
        if let node = map.value("locale") {
            if let name = node.scalar?.string, let locale = ReportLocale.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) {
                settings.locale = locale
            } else {
                map.problem(node, "key \"locale\": expected fr-FR or en-US, found \(YAMLMapping.describe(node))")
            }
        }
        if let node = map.value("currency") { settings.currency = CurrencyCode.read(node, key: "currency", map: map) ?? settings.currency }
        if let node = map.value("timezone") {
            if let name = node.scalar?.string, TimeZone(identifier: name) != nil {
                settings.timezone = name
            } else {
                map.problem(node, "key \"timezone\": expected an IANA time zone name such as Europe/Paris, found \(YAMLMapping.describe(node))")
            }
        }
        settings.asOf = map.day("as_of")
        if let node = map.value("output") {
            // The project decides only where inside itself the site goes: a project someone
            // else sent must not replace a folder elsewhere (`--output` is the user's own word).
            let path = node.scalar?.string ?? ""
            var depth = 0
            let escapes = path.split(separator: "/").contains { part in
                depth += part == ".." ? -1 : (part == "." ? 0 : 1)
                return depth < 0
            }
            if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") || escapes || depth == 0 {
                map.problem(node, "key \"output\": expected a folder inside the project such as _site, found \(YAMLMapping.describe(node)) (a site elsewhere is written with --output)")
            } else {
                settings.output = path
                settings.outputLine = node.mark?.line
            }
        }
        // site.md: reports are private unless the project says otherwise.
        if let indexable = map.choice("indexable", ["true", "false"]) { settings.indexable = indexable == "true" }
        if var emv = map.mapping("emv", context: "emv") {
            settings.emv = EMVTable(overrides: readEMV(&emv))
            emv.finish(known: Platform.known + ["others"])
        }
        if var benchmarks = map.mapping("benchmarks", context: "benchmarks") {
            readBenchmarks(&benchmarks, into: &settings.benchmarks)
        }
        if var fraud = map.mapping("fraud", context: "fraud") {
            settings.fraud = readFraud(&fraud)
        }
        settings.email = EmailSettingsLoader.read(&map)
        map.finish(known: keys)
        return settings
    }
}

import Yams

/// ISO 4217 codes: three ASCII letters, upper-cased.
enum CurrencyCode {
    static func read(_ node: Node, key: String, map: YAMLMapping) -> String? {
        guard let s = node.scalar?.string, s.count == 3, s.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            map.problem(node, "key \"\(key)\": expected an ISO 4217 currency code such as EUR, found \(YAMLMapping.describe(node))")
            return nil
        }
        return s.uppercased()
    }
}
