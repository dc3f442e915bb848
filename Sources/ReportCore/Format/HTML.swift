/// A piece of HTML built from values: text and attribute values are escaped by default,
/// and trusted markup (an SVG chart this program drew) goes in only through `raw`, the one
/// opt-out a reviewer can search for. The model is Plot's `.text` / `.raw`.
public struct HTML: Sendable, Equatable {
    public let markup: String

    private init(markup: String) { self.markup = markup }

    /// Text, escaped.
    public static func text(_ s: String) -> HTML { HTML(markup: HTMLEscaping.escape(s)) }

    /// Markup this program produced itself.
    public static func raw(_ markup: String) -> HTML { HTML(markup: markup) }

    /// An element; `name` and attribute names are the program's own words, attribute values
    /// are escaped, a nil value leaves the attribute out.
    public static func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [HTML] = []) -> HTML {
        // One string of the final size: pages are built of thousands of elements.
        var size = 2 * name.utf8.count + 5
        for c in children { size += c.markup.utf8.count }
        var s = "<"
        s.reserveCapacity(size + 24 * attributes.count)
        s += name
        for (key, value) in attributes {
            guard let value else { continue }
            s += " "
            s += key
            s += "=\""
            s += HTMLEscaping.escape(value)
            s += "\""
        }
        s += ">"
        for c in children { s += c.markup }
        s += "</"
        s += name
        s += ">"
        return HTML(markup: s)
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(markup: a.markup + b.markup) }
}
