/// A social platform, by its lower-case name. A struct rather than an enum: posts.csv may
/// name platforms beyond the list campaign.yaml accepts, and they still group.
public struct Platform: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name.lowercased() }

    /// The values campaign.yaml accepts for an influencer's main platform (data-format.md §3).
    public static let known: [String] = [
        "instagram", "tiktok", "youtube", "twitch", "facebook", "x", "linkedin",
        "pinterest", "snapchat", "bereal", "other",
    ]

    public var description: String { name }

    /// The name shown to people (`Instagram`, `TikTok`, `YouTube`).
    public var displayName: String {
        switch name {
        case "tiktok": return "TikTok"
        case "youtube": return "YouTube"
        case "linkedin": return "LinkedIn"
        case "bereal": return "BeReal"
        case "x": return "X"
        default: return name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    public static func < (lhs: Platform, rhs: Platform) -> Bool { lhs.name < rhs.name }
}
