import Foundation
import Testing
@testable import ReportCore
@testable import ReportLoading
import Yams

/// The loading fast paths give what the general paths give: each is checked against the
/// path it stands in for.
@Suite struct LoadingFastPathTests {
    static let numberCells = [
        "0", "7", "12500", "007", "123456789012345", "1234567890123456", "-0", "-12", "12.5", "0.1", "1,5", "12,50", "-3,25",
        "99999999.9999999", "0.000000000000001", "1.", ".5", "-", "--", "1.2.3", "1,2,3", "1,234", "12a", "+1",
    ]

    @Test func plainNumbersReadLikeTheGeneralParser() {
        for cell in Self.numberCells {
            let bytes = Array(cell.utf8)
            for semicolon in [false, true] {
                if let v = CSVNumber.plainDecimal(bytes, 0..<bytes.count, semicolonFile: semicolon) {
                    let general = CSVNumber.parse(cell, semicolonFile: semicolon)
                    #expect(general.map { $0.bitPattern } == v.bitPattern, "\(cell)")
                }
            }
            if let n = CSVNumber.plainCount(bytes, 0..<bytes.count) {
                #expect(CSVNumber.parse(cell, semicolonFile: false) == Double(n), "\(cell)")
            }
        }
    }

    @Test func datesReadInPlaceLikeTheirString() {
        let dates = DateReader(timeZone: TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 0) ?? .current)
        for text in ["2026-03-29T02:30", "2026-03-29T01:30+00:00", "29/03/2026 10:00", "2026-03-29T10:00:00.5Z", "2026-03-29T10:00-0530",
                     "2026-03-29T10:00+1:0:0", "2026-03-29T10:00+15", "2026-02-30", "x2026-03-29"] {
            let bytes = Array(("ab" + text + "cd").utf8)
            #expect(dates.parse(bytes, 2, bytes.count - 2) == dates.parse(text), "\(text)")
        }
    }

    @Test func longQuotedFieldsKeepTheirQuotesAndLines() throws {
        let long = String(repeating: "abcdefgh", count: 3)
        let text = "a,b\n\"\(long)\"\"x\"\"\",\"\(long)\n\(long)\"\n\"\(long)\"tail,2\n\"\(long)\",3\n"
        let reader = try CSVReader(bytes: Array(text.utf8), file: "t.csv")
        var rows: [[String]] = [], lines: [Int] = []
        try reader.forEachRow { rows.append($0.fields); lines.append($0.line) }
        #expect(rows == [[long + "\"x\"", long + "\n" + long], [long + "tail", "2"], [long, "3"]])
        #expect(lines == [2, 4, 5])
    }

    @Test func anUnterminatedLongQuoteIsLocated() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,\"\(String(repeating: "x", count: 40))\n\n".utf8), file: "t.csv")
        #expect(throws: Diagnostic.error("t.csv", 2, "unterminated quoted field: expected a closing \" before the end of the file")) {
            try reader.forEachRow { _ in }
        }
    }

    @Test func lineFeedsAreCountedEightBytesAtATime() throws {
        for text in ["a,b\n", "a,b\n1,2", "a,b\n\n\n1,\"x\ny\"\n" + String(repeating: "1234567\n", count: 9) + "\n\u{0A}é\n"] {
            let reader = try CSVReader(bytes: Array(text.utf8), file: "t.csv")
            #expect(reader.bodyLineFeeds() == text.utf8.filter { $0 == 0x0A }.count - 1, "\(text)")
        }
    }

    @Test func duplicateIDsNameTheirFirstPlace() {
        let ids = IDRegistry()
        #expect(ids.register("p1", file: "a.csv", line: 2) == nil)
        #expect(ids.register("p1", file: "a.csv", line: 5) == "line 2")
        #expect(ids.register("p2", file: "b.csv", line: 3) == nil)
        #expect(ids.register("p1", file: "b.csv", line: 4) == "a.csv:2")
        #expect(ids.register("p2", file: "b.csv", line: 9) == "line 3")
    }

    @Test(arguments: ["{\"1\": 0.1, 1: 0.2}", "{!!int 1: 0.1, 1: 0.2}", "{!!str NO: 0.1, NO: 0.2}", "{NO: 0.1, \"NO\": 0.2}", "{FR: 0.1}", "[a, {b: 1}]", ""])
    func campaignYAMLComposesAsWithTheDefaultResolver(flow: String) {
        let text = "start: 2026-01-01\nc: \(flow)\n"
        let fast = Result { () throws(Diagnostic) in try YAMLDocument.composeStrings(text, file: "c.yaml") }
        let slow = Result { () throws(Diagnostic) in try YAMLDocument.compose(text, file: "c.yaml") }
        switch (fast, slow) {
        case let (.success(a), .success(b)): #expect(a.map(Self.written) == b.map(Self.written))
        case let (.failure(a), .failure(b)): #expect(a == b)
        default: Issue.record("one composed, the other failed: \(flow)")
        }
    }

    /// What the readers see of a node: texts, explicit tags, styles and positions (not the
    /// tags a resolver infers, which they never read).
    static func written(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "\(s.string)|\(s.tag.rawValue)|\(s.style)|\(String(describing: s.mark))"
        case .mapping(let m): return "{" + m.map { written($0.key) + ": " + written($0.value) }.joined(separator: ", ") + "}\(String(describing: m.mark))"
        case .sequence(let q): return "[" + q.map(written).joined(separator: ", ") + "]\(String(describing: q.mark))"
        case .alias: return "*"
        }
    }

    @Test func filesAreReadWhole() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-read-\(UUID().uuidString).csv")
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(ProjectFiles.read(url.path) == bytes)
        #expect(ProjectFiles.read(url.path + ".missing") == nil)
        #expect(ProjectFiles.read(FileManager.default.temporaryDirectory.path) == nil)
    }
}
