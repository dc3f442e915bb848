import ReportCore

/// What a data file is read against: its campaign, the project's dates, and for a
/// per-account export (`{path, influencer}`) the influencer it belongs to.
struct LoadContext {
    let campaign: Campaign
    let dates: DateReader
    /// The influencer a per-account export belongs to.
    let account: Influencer?
    /// Ids already used by earlier files of the same kind, for duplicates across files.
    let ids: IDRegistry
}

/// Ids seen so far (post ids, order ids) with where they were first seen.
final class IDRegistry {
    private var seen: [String: (file: String, line: Int)] = [:]

    /// nil when new; else the place it was first used (`line 4`, or `file.csv:4`).
    func register(_ id: String, file: String, line: Int) -> String? {
        if let first = seen[id] {
            return first.file == file ? "line \(first.line)" : "\(first.file):\(first.line)"
        }
        seen[id] = (file, line)
        return nil
    }
}
