import ReportCore

/// `report check --format` and `report build --json`: the same diagnostics for a person, for a
/// program, or as GitHub workflow annotations.
public enum DiagnosticReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    /// The lines (text, github) or the document (json) to print on stdout.
    public static func render(_ diagnostics: [Diagnostic], format: Format) -> String {
        switch format {
        case .text:
            return diagnostics.map { $0.description + "\n" }.joined()
        case .github:
            return diagnostics.map { github($0) + "\n" }.joined()
        case .json:
            let errors = diagnostics.filter { $0.severity == .error }.count
            return JSONWriter.object([
                ("errors", JSONWriter.number(Double(errors))),
                ("warnings", JSONWriter.number(Double(diagnostics.count - errors))),
                ("diagnostics", json(diagnostics, indent: 1)),
            ]) + "\n"
        }
    }

    /// `[{"file": …, "line": 3, "column": null, "severity": "error", "message": …}]`; line null
    /// for a problem of the whole file.
    static func json(_ diagnostics: [Diagnostic], indent: Int) -> String {
        JSONWriter.array(diagnostics.map { d in
            JSONWriter.object([
                ("file", JSONWriter.string(d.file)),
                ("line", d.line > 0 ? JSONWriter.number(Double(d.line)) : "null"),
                ("column", d.column.map { JSONWriter.number(Double($0)) } ?? "null"),
                ("severity", JSONWriter.string(d.severity.rawValue)),
                ("message", JSONWriter.string(d.message)),
            ], indent: indent + 1)
        }, indent: indent)
    }

    /// `::error file=campaigns/a/posts.csv,line=14,col=3::column "reach": …` — the workflow
    /// command GitHub Actions turns into an annotation on the file.
    static func github(_ d: Diagnostic) -> String {
        var properties = ["file=" + escapeProperty(d.file)]
        if d.line > 0 { properties.append("line=\(d.line)") }
        if let column = d.column, d.line > 0 { properties.append("col=\(column)") }
        return "::\(d.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(d.message))"
    }

    /// GitHub's escaping of a command's message: `%`, CR and LF.
    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// …and of a property value: also `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// `report build --json`: the summary of a build, or its errors.
    public static func buildJSON(_ summary: BuildSummary?, diagnostics: [Diagnostic], seconds: Double) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var pairs: [(String, String)] = [("ok", summary == nil ? "false" : "true")]
        if let summary {
            pairs += [
                ("output", JSONWriter.string(summary.output.path)),
                ("pages", JSONWriter.number(Double(summary.pages))),
                ("campaigns", JSONWriter.number(Double(summary.campaigns))),
                ("posts", JSONWriter.number(Double(summary.posts))),
                ("review", JSONWriter.string(summary.review.path)),
                ("review_items", JSONWriter.number(Double(summary.reviewItems))),
            ]
        }
        pairs += [
            ("seconds", JSONWriter.number((seconds * 1000).rounded() / 1000)),
            ("errors", JSONWriter.number(Double(errors.count))),
            ("warnings", JSONWriter.number(Double(diagnostics.count - errors.count))),
            ("diagnostics", json(diagnostics, indent: 1)),
        ]
        return JSONWriter.object(pairs) + "\n"
    }
}
