import ReportCore
import Yams

/// `email: {to, greeting, signature}` (data-format.md §2 and §3): read the same way wherever it
/// stands, so a campaign.yaml override can share it. A value of the wrong type or an address
/// that is not one is an error at its place; an unknown key a warning with a suggestion, like
/// every unknown key (data-format.md §3).
public enum EmailSettingsLoader {
    public static let keys = ["to", "greeting", "signature"]

    /// The settings under `key` of `map`; nil when the key is absent or not a mapping (then
    /// with an error), or when one of its values is refused.
    public static func read(_ map: inout YAMLMapping, key: String = "email") -> EmailSettings? {
        guard var email = map.mapping(key, context: key) else { return nil }
        var settings = EmailSettings()
        var refused = false
        if let node = email.value("to") {
            let items: [Node]
            if node.scalar != nil {
                items = [node]
            } else if let seq = node.sequence, !seq.isEmpty {
                items = Array(seq)
            } else {
                email.problem(node, "\(key): key \"to\": expected an email address or a list of them, found \(YAMLMapping.describe(node))")
                items = []
                refused = true
            }
            for item in items {
                if let text = item.scalar?.string, let address = EmailAddress(parsing: text) {
                    settings.to.append(address)
                } else {
                    email.problem(item, "\(key): key \"to\": expected an email address such as claire@example.com or Claire Martin <claire@example.com>, found \(YAMLMapping.describe(item))")
                    refused = true
                }
            }
        }
        for (name, path) in [("greeting", \EmailSettings.greeting), ("signature", \EmailSettings.signature)] {
            guard let node = email.value(name) else { continue }
            if let text = node.scalar?.string {
                settings[keyPath: path] = text
            } else {
                email.problem(node, "\(key): key \"\(name)\": expected text, found \(YAMLMapping.describe(node))")
                refused = true
            }
        }
        email.finish(known: keys)
        return refused ? nil : settings
    }
}
