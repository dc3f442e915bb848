/// report.yaml with its `title:` value left out, for the key of what does not show the title
/// (each campaign's figures and page bodies): renaming the site then re-frames the pages
/// (`FrameParts`) instead of computing every campaign again. Only a title written on one line —
/// a plain, single- or double-quoted scalar with no continuation line — is left out; any other
/// form keeps the file whole in the key, so such a rename just builds everything again.
enum SettingsTitle {
    static func neutralized(_ bytes: [UInt8]) -> [UInt8]? {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let prefix = Array("title:".utf8)
        let titled = lines.indices.filter { lines[$0].starts(with: prefix) }
        guard titled.count == 1, let at = titled.first else { return nil }
        var value = Array(lines[at].dropFirst(prefix.count))
        if value.last == 0x0D { value.removeLast() }
        while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
        while let first = value.first, first == 0x20 || first == 0x09 { value.removeFirst() }
        guard let first = value.first, oneLineScalar(value, first: first) else { return nil }
        // A following line that is indented (or a flow continuation) could belong to the value.
        if let next = lines[(at + 1)...].first(where: { !$0.isEmpty && $0 != [0x0D] }), let lead = next.first, lead == 0x20 || lead == 0x09 {
            return nil
        }
        lines[at] = Array("title: ~ # left out of the key".utf8)
        return Array(lines.joined(separator: [0x0A]))
    }

    private static func oneLineScalar(_ value: [UInt8], first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "\""):
            // Closed on the line: the last quote is not escaped (an even run of backslashes before it).
            guard value.count >= 2, value.last == UInt8(ascii: "\"") else { return false }
            var slashes = 0
            var i = value.count - 2
            while i >= 1, value[i] == UInt8(ascii: "\\") { slashes += 1; i -= 1 }
            return slashes % 2 == 0
        case UInt8(ascii: "'"):
            return value.count >= 2 && value.last == UInt8(ascii: "'")
        default:
            // A plain scalar: not a block, flow, anchor, alias, tag or directive indicator.
            let indicators = Array("|>&*!%@`{[#-?:,]}".utf8)
            return !indicators.contains(first) && !value.contains(UInt8(ascii: "#"))
        }
    }
}
