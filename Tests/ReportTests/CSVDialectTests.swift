import Testing
@testable import ReportCore
@testable import ReportLoading

/// data-format.md §11, rule by rule.
@Suite struct CSVDialectTests {
    func rows(_ text: String) throws -> (CSVReader, [[String]]) {
        let reader = try CSVReader(bytes: Array(text.utf8), file: "t.csv")
        var out: [[String]] = []
        try reader.forEachRow { out.append($0.fields) }
        return (reader, out)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let (reader, rows) = try rows("\u{FEFF}a,b\n1,2\n")
        #expect(reader.header == ["a", "b"])
        #expect(rows == [["1", "2"]])
    }

    @Test func crlfAndLoneCR() throws {
        let (_, rows) = try rows("a,b\r\n1,2\r\n3,4\r")
        #expect(rows == [["1", "2"], ["3", "4"]])
    }

    @Test func quotedNewlinesAndDoubledQuotes() throws {
        let (_, rows) = try rows("a,b\n\"line one\nline two\",\"say \"\"hi\"\"\"\n")
        #expect(rows == [["line one\nline two", "say \"hi\""]])
    }

    @Test func lineNumbersCountQuotedNewlines() throws {
        let reader = try CSVReader(bytes: Array("a,b\n\"x\ny\",1\n\n2,3\n".utf8), file: "t.csv")
        var lines: [Int] = []
        try reader.forEachRow { lines.append($0.line) }
        #expect(lines == [2, 5])
    }

    @Test func semicolonDetectedFromHeader() throws {
        let (reader, rows) = try rows("a;b;c\n1,5;2;x,y\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(rows == [["1,5", "2", "x,y"]])
    }

    @Test func commaWinsWhenHeaderHoldsMore() throws {
        let (reader, _) = try rows("a,b;c,d\n")
        #expect(reader.delimiter == UInt8(ascii: ","))
    }

    @Test func blankLinesAreSkipped() throws {
        let (_, rows) = try rows("\n\na,b\n\n1,2\n   \n3,4\n\n")
        #expect(rows == [["1", "2"], ["3", "4"]])
    }

    @Test func headerOnlyIsValid() throws {
        let (reader, rows) = try rows("a,b\n")
        #expect(reader.header == ["a", "b"])
        #expect(rows.isEmpty)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: Diagnostic.error("t.csv", 0, "the file is empty (0 bytes): expected at least a header line")) {
            _ = try CSVReader(bytes: [], file: "t.csv")
        }
    }

    @Test func unterminatedQuoteIsLocated() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,2\n3,\"open\n4,5\n".utf8), file: "t.csv")
        #expect(throws: Diagnostic.error("t.csv", 3, "unterminated quoted field: expected a closing \" before the end of the file")) {
            try reader.forEachRow { _ in }
        }
    }

    @Test(arguments: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8IsLocated(bad: [UInt8]) throws {
        // 0xFF, an overlong NUL, a surrogate, a truncated sequence, beyond U+10FFFF: each at its line.
        #expect(throws: Diagnostic.error("t.csv", 3, "invalid UTF-8: expected the file saved as UTF-8 text")) {
            _ = try CSVReader(bytes: Array("a,b\n1,é\n".utf8) + [0x33, 0x2C] + bad + [0x0A], file: "t.csv")
        }
    }

    @Test func headerNamesMatchCaseInsensitivelyAndTrimmed() throws {
        let reader = try CSVReader(bytes: Array(" Post_ID , Reach ,extra\np1, 12 ,z\n".utf8), file: "t.csv")
        let table = try #require(CSVTable(reader: reader, required: ["post_id", "reach"], into: DiagnosticCollector()))
        var seen: [String?] = []
        var counts: [Int?] = []
        table.forEachRow(into: DiagnosticCollector()) { cells in
            seen.append(cells.text("post_id"))
            counts.append(cells.count("reach"))
        }
        #expect(seen == ["p1"])
        #expect(counts == [12])
    }

    @Test func duplicateHeaderIsAnError() throws {
        let reader = try CSVReader(bytes: Array("a,B,b\n".utf8), file: "t.csv")
        let collector = DiagnosticCollector()
        #expect(CSVTable(reader: reader, required: [], into: collector) == nil)
        #expect(collector.diagnostics.map(\.description) == ["t.csv:1: error: column \"b\" appears twice in the header: expected each column once"])
    }

    @Test func missingRequiredColumn() throws {
        let reader = try CSVReader(bytes: Array("post_id,format\n".utf8), file: "posts.csv")
        let collector = DiagnosticCollector()
        #expect(CSVTable(reader: reader, required: ["post_id", "influencer"], into: collector) == nil)
        #expect(collector.diagnostics.map(\.description) == ["posts.csv:1: error: missing required column \"influencer\": the header has \"post_id\", \"format\""])
    }

    @Test func raggedRowIsAnError() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,2\n1,2,3\n".utf8), file: "t.csv")
        let table = try #require(CSVTable(reader: reader, required: [], into: DiagnosticCollector()))
        let collector = DiagnosticCollector()
        #expect(table.forEachRow(into: collector) { _ in })
        #expect(collector.diagnostics.map(\.description) == ["t.csv:3: error: expected 2 fields as in the header, found 3"])
    }

    @Test func countErrorNamesLineAndColumn() throws {
        let reader = try CSVReader(bytes: Array("post_id,reach\np1,12k\n".utf8), file: "campaigns/spring/posts.csv")
        let table = try #require(CSVTable(reader: reader, required: [], into: DiagnosticCollector()))
        let collector = DiagnosticCollector()
        #expect(table.forEachRow(into: collector) { cells in _ = cells.count("reach") })
        #expect(collector.diagnostics.map(\.description) == [
            "campaigns/spring/posts.csv:2: error: column \"reach\": expected a non-negative integer, found \"12k\"",
        ])
    }

    @Test(arguments: [
        // (cell, semicolon file, expected)
        ("12500", false, 12500.0), ("12 500", false, 12500), ("12\u{00A0}500", true, 12500), ("1\u{202F}234\u{202F}567", false, 1_234_567),
        ("12,500", false, 12500), ("1,234,567.5", false, 1_234_567.5), ("1,5", true, 1.5), ("12 500,75", true, 12500.75),
        ("0.5", true, 0.5), ("€12", false, 12), ("12 €", true, 12), ("$1,200", false, 1200), ("-3", false, -3), (".5", false, 0.5),
    ])
    func numbersAccepted(cell: String, semicolon: Bool, expected: Double) {
        #expect(CSVNumber.parse(cell, semicolonFile: semicolon) == expected)
    }

    @Test(arguments: [
        ("1,5", false), ("12,50", false), ("1.234,5", true), ("1e5", false), ("NaN", false), ("inf", false),
        ("12k", false), ("1 23", false), ("9007199254740993", false), ("99999999999999999999", false), ("", false), ("--1", false),
    ])
    func numbersRefused(cell: String, semicolon: Bool) {
        #expect(CSVNumber.parse(cell, semicolonFile: semicolon) == nil)
    }

    @Test func percentWhereAShareIsExpected() {
        #expect(CSVNumber.parse("35 %", semicolonFile: true, allowPercent: true) == 0.35)
        #expect(CSVNumber.parse("35%", semicolonFile: false) == nil)
    }
}
