import ReportCore
import Yams

/// A YAML file composed into Yams' node tree, so every value keeps its line and column and
/// every scalar stays a string until we decide its type (`NO` is Norway, not false).
///
/// Decoding from nodes rather than through `Codable`: a type error then points at the
/// value itself, and unknown keys can be reported with a suggestion.
public enum YAMLDocument {
    /// The root node of `text`, or the syntax error at its line and column.
    public static func compose(_ text: String, file: String) throws(Diagnostic) -> Node? {
        do {
            let root = try Yams.compose(yaml: text)
            if let root { try checkExpansion(root, file: file) }
            return root
        } catch let error as Diagnostic {
            throw error
        } catch let error as YamlError {
            throw diagnostic(error, file: file)
        } catch {
            // Not a YamlError (Yams throws none other today): no position to report, so the
            // file and the first line, and the error's own text.
            throw .error(file, 1, "cannot read YAML: \(error)")
        }
    }

    /// `compose` for readers that take every scalar as a string (campaign.yaml): the same tree
    /// and the same errors, faster. Yams' default resolver matches each mapping key against
    /// its regular expressions when it checks for duplicate keys (a tenth of loading a
    /// campaign). With no rules, implicit scalars are all `str`: two keys are then equal
    /// whenever their texts are, so the default's duplicates are a subset of these. A document
    /// with no duplicate, no error and no key tagged other than `!!str` therefore composes
    /// alike under both; anything else is composed again by `compose`, which decides.
    static func composeStrings(_ text: String, file: String) throws(Diagnostic) -> Node? {
        if let root = try? Yams.compose(yaml: text, .basic) {
            try checkExpansion(root, file: file)
            if !hasTaggedKey(root) { return root }
        }
        return try compose(text, file: file)
    }

    /// How many values a document may stand for once its aliases are expanded: far above any
    /// real campaign.yaml, far below what a "billion laughs" file (aliases of aliases, each
    /// repeating the last nine times) asks for.
    static let expansionBudget = 1_000_000

    /// Refuses a document whose aliases expand beyond `expansionBudget` values, at the line of
    /// the first value that does. Yams shares an aliased node rather than copying it, so the
    /// tree is small, but every walk of it (ours, the duplicate-key checks) visits each copy.
    /// Counted once per node of the file: an alias's copy keeps the mark of its anchor's node.
    static func checkExpansion(_ root: Node, file: String) throws(Diagnostic) {
        struct Place: Hashable { let line: Int; let column: Int }
        var sizes: [Place: Int] = [:]
        func size(_ node: Node) throws(Diagnostic) -> Int {
            let children: [Node]
            switch node {
            case .scalar, .alias: return 1
            case .sequence(let seq): children = Array(seq)
            case .mapping(let map): children = map.flatMap { [$0.key, $0.value] }
            }
            let place = node.mark.map { Place(line: $0.line, column: $0.column) }
            if let place, let known = sizes[place] { return known }
            var total = 1
            for child in children {
                total += try size(child)
                if total > expansionBudget {
                    throw .error(file, node.mark?.line ?? 1, column: node.mark?.column,
                                 "YAML aliases make this value stand for more than a million values (an \"alias bomb\"): expected aliases that repeat a value a few times")
                }
            }
            if let place { sizes[place] = total }
            return total
        }
        _ = try size(root)
    }

    /// A key whose equality a resolver could change: tagged (other than `!!str`), not a plain
    /// scalar, or in a mapping or list tagged by hand. Aliases count as such too.
    static func hasTaggedKey(_ node: Node) -> Bool {
        switch node {
        case .scalar: return false
        case .alias: return true
        case .sequence(let seq):
            return !seq.tag.rawValue.isEmpty || seq.contains(where: hasTaggedKey)
        case .mapping(let map):
            if !map.tag.rawValue.isEmpty { return true }
            for (key, value) in map {
                guard case .scalar(let s) = key, s.tag.rawValue.isEmpty || s.tag.rawValue == Tag.Name.str.rawValue else { return true }
                if hasTaggedKey(value) { return true }
            }
            return false
        }
    }

    static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let what = context.map { "\(problem) \($0.text)" } ?? problem
            return .error(file, mark.line, column: mark.column, "invalid YAML: \(what)")
        case let .reader(problem, offset, _, yaml):
            let prefix = offset.map { String(yaml.utf8.prefix($0)) ?? "" } ?? ""
            let line = prefix.split(separator: "\n", omittingEmptySubsequences: false).count
            return .error(file, max(1, line), "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .error(file, context.mark.line, column: context.mark.column, "key \(names) appears twice in one mapping: expected each key once")
        default:
            return .error(file, 1, "invalid YAML: \(error)")
        }
    }
}

/// A YAML mapping read key by key; every problem is emitted, with its position, into the
/// collector the mapping was opened with (nested mappings share it).
public struct YAMLMapping {
    public let file: String
    public let node: Node
    /// "campaign", "influencer 2", … for messages about missing keys.
    public let context: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private var used = Set<String>()
    /// Where this mapping's problems go.
    public let collector: DiagnosticCollector

    /// nil (with a diagnostic emitted) when `node` is not a mapping.
    public init?(_ node: Node, file: String, context: String, into collector: DiagnosticCollector) {
        guard let mapping = node.mapping else {
            collector.emit(YAMLMapping.at(node, file: file, "\(context): expected a mapping of keys to values, found \(YAMLMapping.describe(node))"))
            return nil
        }
        self.collector = collector
        self.file = file
        self.node = node
        self.context = context
        self.pairs = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    static func at(_ node: Node, file: String, severity: Diagnostic.Severity = .error, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: node.mark?.line ?? 1, column: node.mark?.column, severity: severity, message: message)
    }

    public static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "nothing" : "\"\(s.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    public mutating func value(_ key: String) -> Node? {
        used.insert(key)
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        // `key:` with nothing after it reads as absent.
        if case .scalar(let s) = pair.value, s.style == .plain, YAMLMapping.nulls.contains(s.string) { return nil }
        return pair.value
    }

    /// Plain scalars that mean "no value".
    static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// An error at `node`.
    public func problem(_ node: Node, _ message: String) {
        collector.emit(YAMLMapping.at(node, file: file, message))
    }

    public func missing(_ key: String) {
        collector.emit(YAMLMapping.at(node, file: file, "\(context): missing required key \"\(key)\""))
    }

    // MARK: typed values

    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let s = v.scalar?.string else {
            problem(v, "key \"\(key)\": expected text, found \(YAMLMapping.describe(v))")
            return nil
        }
        return s
    }

    public mutating func number(_ key: String, range: ClosedRange<Double>? = nil, required: Bool = false) -> Double? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        return number(v, key: key, range: range)
    }

    public mutating func number(_ v: Node, key: String, range: ClosedRange<Double>?) -> Double? {
        let expected = YAMLMapping.expectation("a number", range)
        guard let s = v.scalar?.string, let d = YAMLMapping.parseNumber(s) else {
            problem(v, "key \"\(key)\": expected \(expected), found \(YAMLMapping.describe(v))")
            return nil
        }
        if let range, !range.contains(d) {
            problem(v, "key \"\(key)\": expected \(expected), found \(s)")
            return nil
        }
        if abs(d) > NumberFormat.largest {
            problem(v, "key \"\(key)\": \(s) is beyond what a report can show: expected at most 1000000000000")
            return nil
        }
        return d
    }

    public mutating func integer(_ key: String, range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        let expected = range.upperBound == Int.max ? "an integer ≥ \(range.lowerBound)" : "an integer from \(range.lowerBound) to \(range.upperBound)"
        guard let s = v.scalar?.string, let d = YAMLMapping.parseNumber(s), d == d.rounded(), abs(d) <= 9_007_199_254_740_992 else {
            problem(v, "key \"\(key)\": expected \(expected), found \(YAMLMapping.describe(v))")
            return nil
        }
        let i = Int(d)
        guard range.contains(i) else {
            problem(v, "key \"\(key)\": expected \(expected), found \(s)")
            return nil
        }
        return i
    }

    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let s = v.scalar?.string, let d = DateReader.day(s) else {
            problem(v, "key \"\(key)\": expected a date YYYY-MM-DD, found \(YAMLMapping.describe(v))")
            return nil
        }
        return d
    }

    /// A string or a list of strings.
    public mutating func strings(_ key: String) -> [String] {
        guard let v = value(key) else { return [] }
        if let s = v.scalar?.string { return [s] }
        guard let seq = v.sequence else {
            problem(v, "key \"\(key)\": expected text or a list of text, found \(YAMLMapping.describe(v))")
            return []
        }
        var out: [String] = []
        for item in seq {
            if let s = item.scalar?.string { out.append(s) } else {
                problem(item, "key \"\(key)\": expected text, found \(YAMLMapping.describe(item))")
            }
        }
        return out
    }

    /// One of a fixed set of words.
    public mutating func choice(_ key: String, _ allowed: [String], required: Bool = false) -> String? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let s = v.scalar?.string, allowed.contains(s.lowercased()) else {
            problem(v, "key \"\(key)\": expected one of \(allowed.joined(separator: ", ")), found \(YAMLMapping.describe(v))")
            return nil
        }
        return s.lowercased()
    }

    /// A nested mapping, for keys such as `baseline` or `ratings`.
    public mutating func mapping(_ key: String, context: String) -> YAMLMapping? {
        guard let v = value(key) else { return nil }
        return YAMLMapping(v, file: file, context: context, into: collector)
    }

    /// The keys present, with their key nodes, in file order.
    public var entries: [(key: String, keyNode: Node, value: Node)] { pairs }

    /// Unknown keys are warnings with a suggestion (data-format.md §3), never silently ignored.
    public func finish(known: [String]) {
        for pair in pairs where !used.contains(pair.key) && !known.contains(pair.key) {
            var message = "\(context): unknown key \"\(pair.key)\""
            if let suggestion = Suggestion.closest(to: pair.key, in: known) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            collector.emit(YAMLMapping.at(pair.keyNode, file: file, severity: .warning, message))
        }
    }

    static func expectation(_ noun: String, _ range: ClosedRange<Double>?) -> String {
        guard let range else { return noun }
        if range.upperBound == .greatestFiniteMagnitude { return "\(noun) ≥ \(YAMLMapping.plain(range.lowerBound))" }
        return "\(noun) from \(YAMLMapping.plain(range.lowerBound)) to \(YAMLMapping.plain(range.upperBound))"
    }

    static func plain(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    /// Plain decimal numbers only: no NaN, infinity, hex or YAML 1.1 sexagesimal surprises.
    public static func parseNumber(_ s: String) -> Double? {
        // Foundation's replacingOccurrences only when there is something to replace.
        let t = s.utf8.contains(UInt8(ascii: "_")) ? s.replacingOccurrences(of: "_", with: "") : s
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }),
              let d = Double(t), d.isFinite else { return nil }
        return d
    }
}
