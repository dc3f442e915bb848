import Foundation

/// Two sites compared file by file, byte for byte.
enum TreeComparison {
    static func files(_ root: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var out: [String] = []
        while let path = e.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append(path)
            }
        }
        return out.sorted()
    }

    static func count(_ root: URL) -> Int { files(root).count }

    /// Paths present in one only, or whose bytes differ.
    static func differences(_ a: URL, _ b: URL) -> [String] {
        let left = files(a), right = files(b)
        guard left == right else { return Array(Set(left).symmetricDifference(right)).sorted() }
        return left.filter { FileManager.default.contents(atPath: a.appendingPathComponent($0).path) != FileManager.default.contents(atPath: b.appendingPathComponent($0).path) }
    }
}
