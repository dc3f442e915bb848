import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReportCore
import ReportLoading
@testable import ReportSite

/// kpis.xlsx read back: unzipped with Python's standard library (`python3 -m zipfile`, already
/// needed by `make embed`), the sheet XML parsed with XMLParser.
struct XLSXSheet {
    struct Cell {
        var number: Double?
        var text: String?
        var formatCode: String
    }

    /// Row (0-based) → column (0-based) → cell.
    var rows: [Int: [Int: Cell]] = [:]
    var frozen = false
    var autofilter: String?
    var comments: [String: String] = [:]

    func cell(_ r: Int, _ c: Int) -> Cell? { rows[r]?[c] }
    var header: [String] { (0..<(rows[0]?.count ?? 0)).map { rows[0]?[$0]?.text ?? "" } }
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

struct XLSXBook {
    let folder: URL
    let sheetNames: [String]
    let sharedStrings: [String]
    let formatCodes: [String]

    init(_ file: URL) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-m", "zipfile", "-e", file.path, folder.path]
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw CocoaError(.fileReadCorruptFile) }
        let workbook = try XMLElements(folder.appendingPathComponent("xl/workbook.xml"))
        sheetNames = workbook.elements.filter { $0.name == "sheet" }.compactMap { $0.attributes["name"] }
        let strings = try XMLElements(folder.appendingPathComponent("xl/sharedStrings.xml"), collectText: "t")
        sharedStrings = strings.texts
        let styles = try XMLElements(folder.appendingPathComponent("xl/styles.xml"))
        var codes: [Int: String] = [0: "General", 14: "m/d/yy"]
        for e in styles.elements where e.name == "numFmt" {
            if let id = e.attributes["numFmtId"].flatMap(Int.init), let code = e.attributes["formatCode"] { codes[id] = code }
        }
        var inXfs = false
        var list: [String] = []
        for e in styles.elements {
            if e.name == "cellXfs" { inXfs = true; continue }
            if e.name == "cellStyles" { inXfs = false }
            if inXfs, e.name == "xf" { list.append(codes[Int(e.attributes["numFmtId"] ?? "0") ?? 0] ?? "?") }
        }
        formatCodes = list
    }

    func sheet(_ index: Int) throws -> XLSXSheet {
        let xml = try XMLElements(folder.appendingPathComponent("xl/worksheets/sheet\(index + 1).xml"), collectText: "v")
        var sheet = XLSXSheet()
        var valueIndex = 0
        for e in xml.elements {
            switch e.name {
            case "pane": sheet.frozen = e.attributes["state"] == "frozen" && e.attributes["ySplit"] == "1"
            case "autoFilter": sheet.autofilter = e.attributes["ref"]
            case "c":
                guard let ref = e.attributes["r"] else { continue }
                let (r, c) = Self.position(ref)
                let format = formatCodes[Int(e.attributes["s"] ?? "0") ?? 0]
                let v = e.valueIndex.map { xml.texts[$0] }
                valueIndex += 1
                var cell = XLSXSheet.Cell(formatCode: format)
                if e.attributes["t"] == "s" { cell.text = v.flatMap(Int.init).map { sharedStrings[$0] } } else { cell.number = v.flatMap(Double.init) }
                sheet.rows[r, default: [:]][c] = cell
            default: break
            }
        }
        return sheet
    }

    /// `AB12` → (11, 27).
    static func position(_ ref: String) -> (Int, Int) {
        var col = 0, row = 0
        for ch in ref.unicodeScalars {
            if ch.properties.isAlphabetic { col = col * 26 + Int(ch.value - 64) } else { row = row * 10 + Int(ch.value - 48) }
        }
        return (row - 1, col - 1)
    }
}

/// Every element in document order with its attributes; the text of elements named `collectText`.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var valueIndex: Int?
    }

    var elements: [Element] = []
    var texts: [String] = []
    private let collect: String?
    private var current: String?
    private var lastCell: Int?

    init(_ url: URL, collectText: String? = nil) throws {
        collect = collectText
        super.init()
        let parser = XMLParser(data: try Data(contentsOf: url))
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        if name == "c" { lastCell = elements.count - 1 }
        if name == collect { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == collect, let text = current {
            texts.append(text)
            if collect == "v", let c = lastCell { elements[c].valueIndex = texts.count - 1 }
            current = nil
        }
    }
}

@Suite(.serialized) struct KPIWorkbookTests {
    static func build(asOf: String = "2026-05-20") throws -> (site: URL, out: URL) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        let project = Repo.root.appendingPathComponent("examples/maison-lune")
        _ = try SiteBuilder(path: project, options: .test(output: out, asOf: asOf)).build(today: Day(ordinal: 0))
        return (project, out)
    }

    static func json(_ out: URL, _ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("campaigns/\(id)/kpis.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func sheetsMatchKpisJSONValueByValue() throws {
        let (_, out) = try Self.build()
        defer { try? FileManager.default.removeItem(at: out) }
        let book = try XLSXBook(out.appendingPathComponent("kpis.xlsx"))
        #expect(book.sheetNames == ["Campagnes", "Influenceurs", "Mois", "Signaux", "Calendrier"])
        let campaigns = try book.sheet(0)
        #expect(campaigns.frozen)
        #expect(campaigns.autofilter?.hasPrefix("A1:") == true)
        let idColumn = try #require(campaigns.column("Identifiant"))
        var seen = 0
        for r in 1..<campaigns.rows.count {
            let id = try #require(campaigns.cell(r, idColumn)?.text)
            let json = try Self.json(out, id)
            let campaign = try #require(json["campaign"] as? [String: Any])
            let kpis = try #require(campaign["kpis"] as? [String: Any])
            let currency = try #require(campaign["currency"] as? String)
            for kpi in KPIWorkbook.campaignColumns {
                let column = try #require(campaigns.column(kpi.label(.frFR)))
                let cell = campaigns.cell(r, column)
                let expected = kpis[kpi.key] as? Double
                #expect((cell?.number).map { kpi.unit == .percent ? $0 * 100 : $0 }.map { abs($0 - (expected ?? .nan)) < 1e-9 * max(1, abs($0)) } ?? (expected == nil),
                        "\(id) \(kpi.key): \(String(describing: cell?.number)) vs \(String(describing: expected))")
                if let cell, cell.number != nil {
                    #expect(cell.text == nil)
                    #expect(cell.formatCode == KPIWorkbook.numberFormat(kpi, currency: currency, locale: .frFR))
                }
            }
            seen += 1
            // Influencers, in kpis.json order.
            let influencers = try book.sheet(1)
            let rows = (1..<influencers.rows.count).filter { influencers.cell($0, 0)?.text == id }
            let listed = try #require(json["influencers"] as? [[String: Any]])
            #expect(rows.count == listed.count)
            for (r, inf) in zip(rows, listed) {
                #expect(influencers.cell(r, 1)?.text == inf["handle"] as? String)
                let values = try #require(inf["kpis"] as? [String: Any])
                for kpi in KPIWorkbook.influencerColumns {
                    let column = try #require(influencers.column(kpi.label(.frFR)))
                    let v = influencers.cell(r, column)?.number.map { kpi.unit == .percent ? $0 * 100 : $0 }
                    let expected = values[kpi.key] as? Double
                    #expect(v.map { abs($0 - (expected ?? .nan)) < 1e-9 * max(1, abs($0)) } ?? (expected == nil), "\(id) \(kpi.key)")
                }
                let aq = try #require(influencers.column("Qualité d’audience"))
                #expect(influencers.cell(r, aq)?.number == inf["audience_quality"] as? Double)
            }
            // Signals: the campaign row, then its influencers with their flags in words.
            let signals = try book.sheet(3)
            let signalRows = (1..<signals.rows.count).filter { signals.cell($0, 0)?.text == id }
            #expect(signalRows.count == listed.count + 1)
            let flagsColumn = try #require(signals.column("Alertes"))
            for (r, inf) in zip(signalRows.dropFirst(), listed) {
                let flags = ((inf["flags"] as? [String]) ?? []).compactMap(FraudFlag.init(rawValue:))
                #expect((signals.cell(r, flagsColumn)?.text ?? "") == flags.map { FrenchWords().flag($0) }.joined(separator: ", "))
            }
            let quality = try #require(signals.column(KPI.commentQuality.label(.frFR)))
            let expectedQuality = kpis["comment_quality"] as? Double
            #expect(signals.cell(signalRows[0], quality)?.number.map { $0 * 100 } == expectedQuality.map { ($0 / 100) * 100 })
            // Calendar: one row per group of kpis.json `calendar`.
            let calendar = try book.sheet(4)
            let calendarRows = (1..<calendar.rows.count).filter { calendar.cell($0, 0)?.text == id }
            let groups = try #require(campaign["calendar"] as? [[String: Any]])
            #expect(calendarRows.count == groups.count)
            for (r, group) in zip(calendarRows, groups) {
                let finalOn = try #require(group["final_on"] as? String)
                let day = try #require(DateReader.day(finalOn))
                #expect(calendar.cell(r, 2)?.number == Double(day.ordinal + 25_569))
                #expect(calendar.cell(r, 2)?.formatCode == "yyyy-mm-dd")
                let keys = try #require(group["kpis"] as? [String])
                let labels = try keys.map { key in try #require(Measure(key: key)).label(.frFR) }
                #expect(calendar.cell(r, 4)?.text == labels.joined(separator: ", "))
            }
        }
        #expect(seen == 4)
        // Months: creator × month, the month a date cell; every creator of the project.
        let months = try book.sheet(2)
        #expect(months.frozen)
        #expect(months.rows.count > 1)
        #expect(months.cell(1, 1)?.formatCode == "yyyy-mm")
        // …value by value against each creator card's history.json (the same months).
        var compared = 0
        let cards = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("influencers").path)
        for slug in cards {
            let data = try Data(contentsOf: out.appendingPathComponent("influencers/\(slug)/history.json"))
            let history = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let handle = try #require(history["handle"] as? String)
            for month in try #require(history["months"] as? [[String: Any]]) {
                let key = try #require(month["month"] as? String), currency = try #require(month["currency"] as? String)
                let first = try #require(DateReader.day(key + "-01"))
                let r = try #require((1..<months.rows.count).first {
                    months.cell($0, 0)?.text == handle && months.cell($0, 1)?.number == Double(first.ordinal + 25_569) && months.cell($0, 2)?.text == currency
                }, "\(handle) \(key)")
                let values = try #require(month["kpis"] as? [String: Any])
                for (i, kpi) in KPIWorkbook.monthColumns.enumerated() {
                    let v = months.cell(r, 3 + i)?.number.map { kpi.unit == .percent ? $0 * 100 : $0 }
                    let expected = values[kpi.key] as? Double
                    #expect(v.map { abs($0 - (expected ?? .nan)) < 1e-9 * max(1, abs($0)) } ?? (expected == nil), "\(handle) \(key) \(kpi.key)")
                }
                compared += 1
            }
        }
        #expect(compared == months.rows.count - 1)
    }

    @Test func provisionalCellsAreMarkedWithTheirFinalDay() throws {
        // lancement-parfum: last post in May, attribution open until 2026-06-09 on 2026-05-20.
        let (_, out) = try Self.build(asOf: "2026-05-11")
        defer { try? FileManager.default.removeItem(at: out) }
        let book = try XLSXBook(out.appendingPathComponent("kpis.xlsx"))
        let comments = try XMLElements(book.folder.appendingPathComponent("xl/comments1.xml"), collectText: "t")
        #expect(comments.texts.contains { $0.contains("Provisoire : définitif le 12 mai 2026") })
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = try Self.build(), b = try Self.build()
        defer { try? FileManager.default.removeItem(at: a.out); try? FileManager.default.removeItem(at: b.out) }
        let x = try Data(contentsOf: a.out.appendingPathComponent("kpis.xlsx"))
        let y = try Data(contentsOf: b.out.appendingPathComponent("kpis.xlsx"))
        #expect(x == y)
        #expect(x.count > 1000)
    }

    @Test func numberFormatsByKind() {
        #expect(KPIWorkbook.numberFormat(.count, currency: "EUR", locale: .frFR) == "#,##0")
        #expect(KPIWorkbook.numberFormat(.percent, currency: "EUR", locale: .frFR) == "0.00%")
        #expect(KPIWorkbook.numberFormat(.money, currency: "EUR", locale: .frFR) == "#,##0.00\\ \"€\"")
        #expect(KPIWorkbook.numberFormat(.money, currency: "USD", locale: .enUS) == "\"$\"#,##0.00")
        #expect(KPIWorkbook.numberFormat(.money, currency: "CHF", locale: .enUS) == "#,##0.00\\ \"CHF\"")
    }

    /// The workbook is the client's: French sheets and headers, flags in words with their
    /// numbers, platforms by name, KPI labels in the calendar, and none of the agency's
    /// plausibility checks (kpis.md §8b) nor any code a person would have to decode.
    @Test func theWorkbookSpeaksTheProjectsLanguageAndHoldsNoCheck() throws {
        let (_, out) = try Self.build()
        defer { try? FileManager.default.removeItem(at: out) }
        let book = try XLSXBook(out.appendingPathComponent("kpis.xlsx"))
        #expect(book.sheetNames == ["Campagnes", "Influenceurs", "Mois", "Signaux", "Calendrier"])
        #expect(try book.sheet(0).header.prefix(6) == ["Campagne", "Identifiant", "Objectif", "Devise", "Début", "Fin"])
        #expect(try book.sheet(0).header.contains("CA moins investissement"))
        #expect(try book.sheet(0).header.contains("ROI net"))
        #expect(try book.sheet(1).header.prefix(7) == ["Campagne", "Compte", "Nom", "Plateforme", "Palier", "Abonnés", "Devise"])
        // Issue 24: the tier on every influencer row, in French and as the pages name it ("méga", not "mega").
        let creators = try book.sheet(1)
        let tier = try #require(creators.column("Palier"))
        let tiers = (1..<creators.rows.count).map { creators.cell($0, tier)?.text }
        #expect(!tiers.isEmpty && tiers.allSatisfy { ["nano", "micro", "macro", "méga"].contains($0 ?? "") })
        let signals = try book.sheet(3)
        #expect(Array(signals.header.suffix(3)) == ["Qualité d’audience", "Alertes", "Détail des alertes"])
        #expect(try book.sheet(4).header == ["Campagne", "Groupe", "Définitif le", "Statut", "Indicateurs"])
        // The example plants one case per fraud rule: each named in French with its numbers.
        let flags = try #require(signals.column("Alertes")), details = try #require(signals.column("Détail des alertes"))
        let named = Set((1..<signals.rows.count).compactMap { signals.cell($0, flags)?.text }.flatMap { $0.components(separatedBy: ", ") })
        #expect(named.isSuperset(of: ["audience étrangère", "commentaires coordonnés"]))
        let why = (1..<signals.rows.count).compactMap { signals.cell($0, details)?.text }
        #expect(why.contains { $0.contains("audience") && $0.contains("\u{00A0}%") })
        // Platforms by their name, never the lower-case code.
        let platforms = try book.sheet(1)
        let platform = try #require(platforms.column("Plateforme"))
        #expect((1..<platforms.rows.count).allSatisfy { ["Instagram", "TikTok", "YouTube"].contains(platforms.cell($0, platform)?.text ?? "") })
        // No check code, flag code or KPI key in any text of the workbook.
        let codes = PlausibilityCheck.Kind.allCases.map(\.rawValue) + FraudFlag.allCases.map(\.rawValue)
            + KPI.allCases.map(\.key).filter { $0.contains("_") }
        for text in book.sharedStrings {
            for code in codes { #expect(!text.contains(code), "\(code) in \(text)") }
            #expect(text.range(of: "[a-z]+_[a-z]+", options: .regularExpression) == nil, "\(text)")
        }
        // Net ROI is a signed percentage, as on the pages.
        let campaigns = try book.sheet(0)
        let netROI = try #require(campaigns.column("ROI net"))
        #expect((1..<campaigns.rows.count).contains { campaigns.cell($0, netROI)?.formatCode == "+0.00%;-0.00%;0.00%" })
    }
}
