import Foundation
import ReportCore
import Yams

/// campaign.yaml `ab_test: {name, metric, variants}` (data-format.md §3), and the check of its
/// `variants` labels against the posts once they are read.
enum ABTestLoader {
    static let keys = ["name", "metric", "variants"]

    /// The setting, nil when the key is absent or its name or metric is wrong (problems emitted).
    static func load(_ map: inout YAMLMapping) -> ABTestSetting? {
        guard var ab = map.mapping("ab_test", context: "ab_test") else { return nil }
        let name = ab.string("name", required: true)
        let metric = ab.choice("metric", ["ctr", "engagement_rate"], required: true)
        let descriptions = ab.value("variants").map { descriptionsOf($0, in: ab) } ?? []
        ab.finish(known: keys)
        guard let name, let metric, let kpi = KPI(key: metric) else { return nil }
        return ABTestSetting(name: name, metric: kpi, descriptions: descriptions)
    }

    /// `variants: {A: "price hook", B: "benefit hook"}`: each label with a non-empty text.
    static func descriptionsOf(_ node: Node, in ab: YAMLMapping) -> [ABTestSetting.Description] {
        guard let mapping = node.mapping else {
            ab.problem(node, "ab_test: key \"variants\": expected a mapping of variant labels to descriptions, such as {A: \"price hook\", B: \"benefit hook\"}, found \(YAMLMapping.describe(node))")
            return []
        }
        var out: [ABTestSetting.Description] = []
        for (keyNode, value) in mapping {
            let label = (keyNode.scalar?.string ?? "").trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else {
                ab.problem(keyNode, "ab_test: variants: expected a variant label such as A, found \(YAMLMapping.describe(keyNode))")
                continue
            }
            guard let text = text(value) else {
                // Nothing written after the label: the label is where to look.
                let empty = isNull(value)
                ab.problem(empty ? keyNode : value, "ab_test: variants: variant \"\(label)\": expected a description (text), found \(empty ? "nothing" : YAMLMapping.describe(value))")
                continue
            }
            out.append(ABTestSetting.Description(label: label, text: text, line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column))
        }
        return out
    }

    /// A scalar with something in it; `A:`, `A: ~` and `A: ""` hold nothing.
    static func text(_ node: Node) -> String? {
        guard let s = node.scalar, !isNull(node) else { return nil }
        let trimmed = s.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node else { return false }
        return s.string.isEmpty || (s.style == .plain && ["~", "null", "Null", "NULL"].contains(s.string))
    }

    /// A description whose label no post carries would never reach the page: an error at the
    /// label (a name that does not resolve), with the posts' labels and a suggestion. Run once
    /// the posts are complete, or skipped rows would make it wrong.
    static func unusedDescriptions(_ campaign: Campaign, yamlFile: String) -> [Diagnostic] {
        guard let setting = campaign.abTest else { return [] }
        let used = Set(campaign.posts.compactMap(\.variant)).sorted()
        return setting.descriptions.filter { !used.contains($0.label) }.map { d in
            var message = "ab_test: variants: unknown variant \"\(d.label)\": "
            if used.isEmpty {
                message += "no post has a variant (posts.csv column \"variant\")"
            } else {
                message += "expected one of the posts' variants \(used.joined(separator: ", "))"
                if let s = Suggestion.closest(to: d.label, in: used) { message += " (did you mean \"\(s)\"?)" }
            }
            return .error(yamlFile, d.line, column: d.column, message)
        }
    }
}
