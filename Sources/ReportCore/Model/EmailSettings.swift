/// report.yaml `email:` (data-format.md §2, site.md): who the drafts of `report build --email`
/// go to, their first line and their sign-off. Every field is the project's own text, written
/// into the draft as text only.
public struct EmailSettings: Codable, Sendable, Equatable {
    /// The recipients, in the order given; empty when `to:` is absent.
    public var to: [EmailAddress]
    /// The draft's first line, such as `Bonjour Claire,`.
    public var greeting: String?
    /// The draft's last lines, such as `Bien à vous,\nJeanne`; may hold several lines.
    public var signature: String?

    public init(to: [EmailAddress] = [], greeting: String? = nil, signature: String? = nil) {
        self.to = to
        self.greeting = greeting
        self.signature = signature
    }

    /// A campaign.yaml `email:` over report.yaml's, key by key: each key the campaign gives
    /// replaces the project's (a client's own recipients, the agency's signature kept).
    public static func merged(_ project: EmailSettings?, _ campaign: EmailSettings?) -> EmailSettings? {
        guard let campaign else { return project }
        guard var merged = project else { return campaign }
        if !campaign.to.isEmpty { merged.to = campaign.to }
        if let greeting = campaign.greeting { merged.greeting = greeting }
        if let signature = campaign.signature { merged.signature = signature }
        return merged
    }
}

/// One recipient: `claire@example.com` or `Claire Martin <claire@example.com>`.
///
/// The address is checked when read, so a draft never carries a header a mail client would
/// misread: ASCII only (an internationalised domain is written in its `xn--` form), a local part
/// of RFC 5322 atom characters and single dots, a domain of at least two labels of letters,
/// digits and inner hyphens. The display name is any text without control characters, `<` or
/// `>`; the draft encodes it (RFC 2047) whenever it is more than letters, digits and spaces.
public struct EmailAddress: Codable, Sendable, Equatable {
    public let name: String?
    public let address: String

    /// nil when `text` is not one address in either form.
    public init?(parsing text: String) {
        let t = EmailAddress.trimmed(Substring(text))
        if t.hasSuffix(">"), let open = t.lastIndex(of: "<") {
            var name = EmailAddress.trimmed(t[..<open])
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            guard name.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control && $0 != "<" && $0 != ">" }),
                  EmailAddress.isAddress(inner) else { return nil }
            self.name = name.isEmpty ? nil : name
            self.address = inner
        } else {
            guard EmailAddress.isAddress(t) else { return nil }
            self.name = nil
            self.address = t
        }
    }

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// `s` without the spaces and tabs around it.
    static func trimmed(_ s: Substring) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(s.drop(while: blank).reversed().drop(while: blank).reversed())
    }

    /// RFC 5322 `addr-spec` with a dot-atom local part (no quoted local parts, no address
    /// literals: neither is seen in a client's address book, and both hide characters a header
    /// must not hold).
    public static func isAddress(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, s.utf8.count <= 254 else { return false }
        let local = parts[0], domain = parts[1]
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-".unicodeScalars)
        let localAtoms = local.split(separator: ".", omittingEmptySubsequences: false)
        guard !local.isEmpty, local.utf8.count <= 64,
              localAtoms.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(atext.contains) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let letters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-".unicodeScalars)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && label.unicodeScalars.allSatisfy(letters.contains)
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }
    }
}
