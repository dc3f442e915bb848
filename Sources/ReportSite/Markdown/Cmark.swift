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
    /// A fenced code block as the template wrote it.
    public struct FencedBlock: Sendable {
        public let info: String
        public let literal: String
        /// 1-based line of the opening fence in the Markdown text.
        public let line: Int
    }

    /// Renders `markdown` to HTML; `replace` returns the HTML for a fenced block, or nil to
    /// keep it as a code block. Errors thrown by `replace` propagate after cmark's memory is freed.
    public static func render(_ markdown: String, replace: (FencedBlock) throws -> String?) throws -> String {
        let options = CMARK_OPT_DEFAULT
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return ""
        }
        defer { cmark_node_free(document) }

        // Collect first: the tree may not change while an iterator walks it.
        var blocks: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                   cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                    blocks.append(node)
                }
            }
            cmark_iter_free(iterator)
        }

        for node in blocks {
            let block = FencedBlock(
                info: string(cmark_node_get_fence_info(node)),
                literal: string(cmark_node_get_literal(node)),
                line: Int(cmark_node_get_start_line(node))
            )
            guard let html = try replace(block) else { continue }
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            _ = html.withCString { cmark_node_set_on_enter(custom, $0) }
            if cmark_node_replace(node, custom) != 0 {
                cmark_node_free(node)
            } else {
                cmark_node_free(custom)
            }
        }

        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
