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
    /// id → (index in `files`, line): no String retained per id, one lookup per call.
    private var seen: [String: (file: Int, line: Int)] = [:]
    private var files: [String] = []

    /// Room for `count` more ids (a file's rows), so the table does not grow row by row.
    func reserve(_ count: Int) {
        seen.reserveCapacity(seen.count + count)
    }

    /// nil when new; else the place it was first used (`line 4`, or `file.csv:4`).
    func register(_ id: String, file: String, line: Int) -> String? {
        if files.last != file { files.append(file) }
        // One hash of the id in the common case (a new id); a duplicate puts its first place back.
        guard let first = seen.updateValue((files.count - 1, line), forKey: id) else { return nil }
        seen[id] = first
        let firstFile = files[first.file]
        return firstFile == file ? "line \(first.line)" : "\(firstFile):\(first.line)"
    }
}
