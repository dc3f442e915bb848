import Foundation

/// The benchmark's edit: one count of posts.csv changed, as a user correcting a figure would.
enum PostsEdit {
    struct NoCount: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file): no likes count found to edit" }
    }

    /// Adds `amount` to the `likes` cell of the first data line that has a plain number there
    /// (the cells before it hold no delimiter in the benchmark's projects).
    static func bumpFirstCount(in file: URL, by amount: Int) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        let bom = text.hasPrefix("\u{FEFF}")
        if bom { text.removeFirst() }
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        let delimiter: Character = lines[0].filter { $0 == ";" }.count > lines[0].filter { $0 == "," }.count ? ";" : ","
        let header = lines[0].split(separator: delimiter, omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let column = header.firstIndex(of: "likes") else { throw NoCount(file: file.path) }
        for i in 1..<lines.count {
            var cells = lines[i].split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            guard cells.count > column, let value = Int(cells[column]) else { continue }
            cells[column] = String(value + amount)
            lines[i] = cells.joined(separator: String(delimiter))
            try Data(((bom ? "\u{FEFF}" : "") + lines.joined(separator: newline)).utf8).write(to: file)
            return
        }
        throw NoCount(file: file.path)
    }
}

/// The other benchmark edit: report.yaml's `title:` renamed, as an agency renaming the site would.
enum TitleEdit {
    struct NoTitle: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file): no top-level title: line to edit" }
    }

    /// Replaces the value of the top-level `title:` line with a new double-quoted title ending in `run`.
    static func rename(in file: URL, run: Int) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        guard let i = lines.firstIndex(where: { $0.hasPrefix("title:") }) else { throw NoTitle(file: file.path) }
        lines[i] = "title: \"Influence reports, renamed \(run)\""
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
    }
}
