/// A problem found in the inputs, located so a user can open the file at the right place.
///
/// Printed as `path:line[:column]: error: message`, the form compilers use, so editors
/// and CI logs turn it into a link.
public struct Diagnostic: Error, Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Hashable {
        case error, warning
    }

    /// Path relative to the project folder (or as the user typed it).
    public let file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public let line: Int
    /// 1-based column, when it applies.
    public let column: Int?
    public let severity: Severity
    public let message: String

    public init(file: String, line: Int = 0, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ file: String, _ line: Int = 0, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ file: String, _ line: Int = 0, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }

    public var description: String {
        var location = file
        if line > 0 {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return lhs.message < rhs.message
    }
}

/// The errors of a failed step, all of them, so `report check` can list every problem at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
