/// Audience-size tier (kpis.md §7): nano < 10 000 ≤ micro < 100 000 ≤ macro < 1 000 000 ≤ mega.
public enum Tier: String, Codable, Sendable, CaseIterable {
    case nano, micro, macro, mega

    public init(followers: Int) {
        switch followers {
        case ..<10_000: self = .nano
        case ..<100_000: self = .micro
        case ..<1_000_000: self = .macro
        default: self = .mega
        }
    }
}
