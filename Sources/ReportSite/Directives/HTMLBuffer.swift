import ReportCore

/// HTML written into one growing string, with the escaping rules of `HTML`: text and attribute
/// values escaped, markup only through `append(_: HTML)` and the program's own literals.
/// A table of hundreds of rows built as nested `HTML` values copied each row's text once per
/// level (cell, row, body) and allocated an array of children per element.
struct HTMLBuffer {
    private(set) var markup = ""

    init(capacity: Int = 0) { markup.reserveCapacity(capacity) }

    /// `<name>`.
    mutating func open(_ name: String) {
        markup += "<"
        markup += name
        markup += ">"
    }

    /// `<name key="value">`, the value escaped.
    mutating func open(_ name: String, _ key: String, _ value: String) {
        markup += "<"
        markup += name
        markup += " "
        markup += key
        markup += "=\""
        markup += HTMLEscaping.escape(value)
        markup += "\">"
    }

    mutating func close(_ name: String) {
        markup += "</"
        markup += name
        markup += ">"
    }

    /// Text, escaped.
    mutating func text(_ s: String) { markup += HTMLEscaping.escape(s) }

    mutating func append(_ html: HTML) { markup += html.markup }

    /// A line break between elements.
    mutating func newline() { markup += "\n" }

    var html: HTML { .raw(markup) }
}
