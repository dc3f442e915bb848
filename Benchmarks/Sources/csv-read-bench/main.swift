// Reads every posts.csv and comments.csv of a report project three ways and prints MB/s and
// rows/s: report's CSVReader (rows with decoded fields and line numbers), SwiftCSV and
// CSV.swift, each given the file's delimiter. Run in release mode.
import Foundation
import ReportLoading

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: csv-read-bench PROJECT [posts|comments|all]\n".utf8))
    exit(2)
}
let project = URL(fileURLWithPath: arguments[1])
let kinds = arguments.count > 2 && arguments[2] != "all" ? [arguments[2]] : ["posts", "comments"]
let campaigns = ((try? FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("campaigns").path)) ?? []).sorted()

struct Result { var bytes = 0; var rows = 0; var seconds = 0.0 }

func time(_ body: () throws -> Int) rethrows -> (Int, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let rows = try body()
    return (rows, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

for kind in kinds {
    var files: [(URL, Data)] = []
    for c in campaigns {
        let url = project.appendingPathComponent("campaigns/\(c)/\(kind).csv")
        if let data = FileManager.default.contents(atPath: url.path) { files.append((url, data)) }
    }
    let totalBytes = files.reduce(0) { $0 + $1.1.count }
    var ours = Result(), swiftCSV = Result(), csvSwift = Result()
    for (url, data) in files {
        let bytes = [UInt8](data)
        // report: the reader every input goes through.
        let (n1, t1) = try time {
            let reader = try CSVReader(bytes: bytes, file: url.lastPathComponent)
            var rows = 0
            try reader.forEachRow { row in rows += row.fields.count > 0 ? 1 : 0 }
            return rows
        }
        let delimiter = try CSVReader(bytes: bytes, file: "d").delimiter
        ours.rows += n1; ours.seconds += t1; ours.bytes += data.count
        // SwiftCSV: decode to a String first (part of its cost), then parse every row.
        let (n2, t2) = try time {
            try rowsWithSwiftCSV(String(decoding: data, as: UTF8.self), semicolon: delimiter == 0x3B)
        }
        swiftCSV.rows += n2; swiftCSV.seconds += t2; swiftCSV.bytes += data.count
        // CSV.swift: streaming reader over the same text.
        let (n3, t3) = try time {
            try rowsWithCSVSwift(String(decoding: data, as: UTF8.self), semicolon: delimiter == 0x3B)
        }
        csvSwift.rows += n3; csvSwift.seconds += t3; csvSwift.bytes += data.count
    }
    print("\(kind).csv: \(files.count) files, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB")
    for (name, r) in [("report CSVReader", ours), ("SwiftCSV 0.10.0", swiftCSV), ("CSV.swift 2.5.2", csvSwift)] {
        print(String(format: "  %-18@ %9d rows  %7.2f s  %8.1f MB/s  %11.0f rows/s", name as NSString, r.rows, r.seconds,
                     Double(r.bytes) / 1e6 / r.seconds, Double(r.rows) / r.seconds))
    }
}
