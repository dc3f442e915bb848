import ReportCore

/// Builds an SVG one element per line (never a blank line: cmark would end the HTML block),
/// every number through `SVGNumber`, every text escaped.
struct SVGBuilder {
    /// The SVG so far, one element per line: appended into one string (a card draws seven
    /// charts of hundreds of elements; an array of lines joined at the end copied each twice).
    private var out = ""
    private var started = false
    let n = SVGNumber.format

    /// The root element with role, labels and a viewBox that scales to the page width.
    init(type: String, options: ChartOptions, width: Double, height: Double, description: String) {
        out.reserveCapacity(4096)
        let id = HTMLEscaping.escape(options.id)
        // An image's children are hidden from assistive technology: a chart whose labels link to
        // creator cards keeps the SVG's own role (graphics-document), so its links stay reachable.
        let role = options.creatorLinks.isEmpty ? " role=\"img\"" : ""
        raw("<svg class=\"chart chart-\(type)\"\(role) aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">")
        raw("<title id=\"\(id)-title\">\(HTMLEscaping.escape(options.title))</title>")
        raw("<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>")
        if options.provisional {
            raw("<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"white\" fill-opacity=\"0.35\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"white\" stroke-width=\"2\"/></pattern></defs>")
        }
    }

    /// Starts a new line (every element but the first follows a line break).
    private mutating func newLine() {
        if started { out += "\n" }
        started = true
    }

    mutating func raw(_ line: String) {
        newLine()
        out += line
    }

    mutating func open(_ className: String) {
        newLine()
        out += "<g class=\""
        out += className
        out += "\">"
    }

    mutating func close() { raw("</g>") }

    static func tooltip(_ text: String?) -> String {
        text.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
    }

    /// ` name="value"` with the value as `SVGNumber` writes it.
    private mutating func number(_ name: String, _ value: Double) {
        out += " "
        out += name
        out += "=\""
        SVGNumber.append(value, to: &out)
        out += "\""
    }

    /// ` name="value"` when there is a value (the program's own class names and colours).
    private mutating func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        out += " "
        out += name
        out += "=\""
        out += value
        out += "\""
    }

    /// `/>`, or the tooltip and the closing tag.
    private mutating func end(_ name: String, tooltip: String?) {
        guard let tooltip else {
            out += "/>"
            return
        }
        out += "><title>"
        out += HTMLEscaping.escape(tooltip)
        out += "</title></"
        out += name
        out += ">"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String? = nil, className: String? = nil, tooltip: String? = nil) {
        newLine()
        out += "<rect"
        attribute("class", className)
        number("x", x)
        number("y", y)
        number("width", max(0, width))
        number("height", max(0, height))
        attribute("fill", fill)
        end("rect", tooltip: tooltip)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        newLine()
        out += "<line"
        attribute("class", className)
        number("x1", x1)
        number("y1", y1)
        number("x2", x2)
        number("y2", y2)
        out += "/>"
    }

    /// `creatorHref` is a trusted link from `ChartOptions.creatorLinks`, placed as it is.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", className: String? = nil, rotate: Double? = nil,
                       tooltip: String? = nil, creatorHref: String? = nil) {
        newLine()
        if let creatorHref {
            out += "<a class=\"creator\" href=\""
            out += creatorHref
            out += "\">"
        }
        out += "<text"
        attribute("class", className)
        number("x", x)
        number("y", y)
        attribute("text-anchor", anchor)
        if let rotate { out += " transform=\"rotate(\(n(rotate)) \(n(x)) \(n(y)))\"" }
        out += ">"
        if let tooltip {
            out += "<title>"
            out += HTMLEscaping.escape(tooltip)
            out += "</title>"
        }
        out += HTMLEscaping.escape(text)
        out += "</text>"
        if creatorHref != nil { out += "</a>" }
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String? = nil, className: String? = nil, tooltip: String? = nil) {
        newLine()
        out += "<circle"
        attribute("class", className)
        number("cx", cx)
        number("cy", cy)
        number("r", r)
        attribute("fill", fill)
        end("circle", tooltip: tooltip)
    }

    mutating func path(_ d: String, className: String, stroke: String? = nil, fill: String? = nil, tooltip: String? = nil) {
        newLine()
        out += "<path"
        attribute("class", className)
        attribute("d", d)
        attribute("stroke", stroke)
        attribute("fill", fill)
        end("path", tooltip: tooltip)
    }

    /// A centred message instead of a broken chart.
    mutating func noData(_ words: ChartWords, width: Double, height: Double) {
        text(words.noData, x: width / 2, y: height / 2 + 4, anchor: "middle", className: "no-data")
    }

    /// A legend row (only charts with several series draw one).
    mutating func legend(_ names: [String], x: Double, y: Double, maxWidth: Double) {
        open("legend")
        var cx = x, cy = y
        for (i, name) in names.enumerated() {
            let w = TextWidth.estimate(name, fontSize: 11) + 22
            if cx + w > x + maxWidth && cx > x { cx = x; cy += 16 }
            rect(x: cx, y: cy - 9, width: 10, height: 10, fill: ChartPalette.color(i))
            text(name, x: cx + 14, y: cy, className: "legend-label")
            cx += w
        }
        close()
    }

    mutating func finish() -> String {
        raw("</svg>")
        return out
    }
}

/// The numbers of a chart as an accessible HTML table, collapsed by default.
enum DataTable {
    static func html(words: ChartWords, caption: String, headers: [String], rows: [[String]]) -> String {
        var out = "<details class=\"chart-data\"><summary>"
        out.reserveCapacity(256 + 64 * rows.count * max(1, headers.count))
        out += HTMLEscaping.escape(words.data)
        out += "</summary>\n<table>\n<caption>"
        out += HTMLEscaping.escape(caption)
        out += "</caption>\n<thead><tr>"
        for (i, h) in headers.enumerated() {
            out += i > 0 ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            out += HTMLEscaping.escape(h)
            out += "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 ? "<th scope=\"row\">" : "<td class=\"num\">"
                out += HTMLEscaping.escape(cell)
                out += i == 0 ? "</th>" : "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></details>"
        return out
    }
}
