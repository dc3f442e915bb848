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
    private var seen: [String: String] = [:]

    /// nil when new; else the place it was first used (`line 4`, or `file.csv:4`).
    func register(_ id: String, file: String, line: Int) -> String? {
        if let first = seen[id] {
            let (firstFile, firstLine) = (first.split(separator: "\u{0}").first.map(String.init) ?? "", first.split(separator: "\u{0}").last.map(String.init) ?? "")
            return firstFile == file ? "line \(firstLine)" : "\(firstFile):\(firstLine)"
        }
        seen[id] = file + "\u{0}" + String(line)
        return nil
    }
}
