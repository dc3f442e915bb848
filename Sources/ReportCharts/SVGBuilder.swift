import ReportCore

/// Builds an SVG one element per line (never a blank line: cmark would end the HTML block),
/// every number through `SVGNumber`, every text escaped.
struct SVGBuilder {
    private(set) var lines: [String] = []
    let n = SVGNumber.format

    /// The root element with role, labels and a viewBox that scales to the page width.
    init(type: String, options: ChartOptions, width: Double, height: Double, description: String) {
        let id = HTMLEscaping.escape(options.id)
        // An image's children are hidden from assistive technology: a chart whose labels link to
        // creator cards keeps the SVG's own role (graphics-document), so its links stay reachable.
        let role = options.creatorLinks.isEmpty ? " role=\"img\"" : ""
        lines.append("<svg class=\"chart chart-\(type)\"\(role) aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">")
        lines.append("<title id=\"\(id)-title\">\(HTMLEscaping.escape(options.title))</title>")
        lines.append("<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>")
        if options.provisional {
            lines.append("<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"white\" fill-opacity=\"0.35\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"white\" stroke-width=\"2\"/></pattern></defs>")
        }
    }

    mutating func raw(_ line: String) { lines.append(line) }

    mutating func open(_ className: String) { lines.append("<g class=\"\(className)\">") }
    mutating func close() { lines.append("</g>") }

    static func tooltip(_ text: String?) -> String {
        text.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String? = nil, className: String? = nil, tooltip: String? = nil) {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        let f = fill.map { " fill=\"\($0)\"" } ?? ""
        let body = SVGBuilder.tooltip(tooltip)
        lines.append("<rect\(cls) x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\"\(f)" + (body.isEmpty ? "/>" : ">\(body)</rect>"))
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        lines.append("<line class=\"\(className)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>")
    }

    /// `creatorHref` is a trusted link from `ChartOptions.creatorLinks`, placed as it is.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", className: String? = nil, rotate: Double? = nil,
                       tooltip: String? = nil, creatorHref: String? = nil) {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        let transform = rotate.map { " transform=\"rotate(\(n($0)) \(n(x)) \(n(y)))\"" } ?? ""
        let element = "<text\(cls) x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"\(transform)>\(SVGBuilder.tooltip(tooltip))\(HTMLEscaping.escape(text))</text>"
        lines.append(creatorHref.map { "<a class=\"creator\" href=\"\($0)\">" + element + "</a>" } ?? element)
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String? = nil, className: String? = nil, tooltip: String? = nil) {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        let f = fill.map { " fill=\"\($0)\"" } ?? ""
        let body = SVGBuilder.tooltip(tooltip)
        lines.append("<circle\(cls) cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\"\(f)" + (body.isEmpty ? "/>" : ">\(body)</circle>"))
    }

    mutating func path(_ d: String, className: String, stroke: String? = nil, fill: String? = nil, tooltip: String? = nil) {
        let s = stroke.map { " stroke=\"\($0)\"" } ?? ""
        let f = fill.map { " fill=\"\($0)\"" } ?? ""
        let body = SVGBuilder.tooltip(tooltip)
        lines.append("<path class=\"\(className)\" d=\"\(d)\"\(s)\(f)" + (body.isEmpty ? "/>" : ">\(body)</path>"))
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
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}

/// The numbers of a chart as an accessible HTML table, collapsed by default.
enum DataTable {
    static func html(words: ChartWords, caption: String, headers: [String], rows: [[String]]) -> String {
        var out = "<details class=\"chart-data\"><summary>\(HTMLEscaping.escape(words.data))</summary>\n<table>\n<caption>\(HTMLEscaping.escape(caption))</caption>\n<thead><tr>"
        for (i, h) in headers.enumerated() { out += "<th scope=\"col\"\(i > 0 ? " class=\"num\"" : "")>\(HTMLEscaping.escape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 ? "<th scope=\"row\">\(HTMLEscaping.escape(cell))</th>" : "<td class=\"num\">\(HTMLEscaping.escape(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></details>"
    }
}
