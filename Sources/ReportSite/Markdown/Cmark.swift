import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every libcmark call of the project. cmark parses the filled template; fenced blocks
/// that name a directive become `CMARK_NODE_CUSTOM_BLOCK` nodes carrying our HTML, which
/// cmark prints verbatim even in its default safe mode. So the renderer stays safe: raw
/// HTML and `javascript:` links from anywhere else are dropped by cmark.
public enum Cmark {
    /// A fenced code block as cmark read it.
    public struct FencedBlock: Sendable {
        public let info: String
        public let literal: String
        /// 1-based line of the opening fence in the Markdown text.
        public let line: Int
        /// 1-based column of the opening fence: its body lines lost that indentation.
        public let column: Int
        /// 1-based line of the closing fence (or of the block's last line when it is not closed).
        public let endLine: Int
    }

    /// The code blocks of `markdown`, in order (the template compile step reads them); an
    /// indented one has an empty info string, so it never names a directive.
    public static func fencedBlocks(_ markdown: String) -> [FencedBlock] {
        guard let document = parse(markdown) else { return [] }
        defer { cmark_node_free(document) }
        return fencedNodes(document).map(block)
    }

    /// Renders `markdown` to HTML; `replace` returns the HTML for a fenced block, or nil to
    /// keep it as a code block. Errors thrown by `replace` propagate after cmark's memory is freed.
    public static func render<E: Error>(_ markdown: String, replace: (FencedBlock) throws(E) -> String?) throws(E) -> String {
        guard let document = parse(markdown) else { return "" }
        defer { cmark_node_free(document) }
        for node in fencedNodes(document) {
            guard let html = try replace(block(node)) else { continue }
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            _ = html.withCString { cmark_node_set_on_enter(custom, $0) }
            if cmark_node_replace(node, custom) != 0 {
                cmark_node_free(node)
            } else {
                cmark_node_free(custom)
            }
        }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The whole text, by its UTF-8 length: a NUL inside it must not end the document
    /// (cmark turns it into U+FFFD, as CommonMark says).
    private static func parse(_ markdown: String) -> OpaquePointer? {
        var bytes = Array(markdown.utf8)
        let count = bytes.count
        return bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: count) { cmark_parse_document($0, count, CMARK_OPT_DEFAULT) }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
    }

    /// Collected first: the tree may not change while an iterator walks it.
    private static func fencedNodes(_ document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                nodes.append(node)
            }
        }
        return nodes
    }

    private static func block(_ node: OpaquePointer) -> FencedBlock {
        FencedBlock(
            info: string(cmark_node_get_fence_info(node)),
            literal: string(cmark_node_get_literal(node)),
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node))
        )
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
