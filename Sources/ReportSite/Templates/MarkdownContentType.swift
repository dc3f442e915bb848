import Mustache

/// The content type of every template: a `{{value}}` is escaped for Markdown (see
/// `MarkdownEscaping`), so a name like `<script>` or `[x](javascript:…)` stays text;
/// `{{{value}}}` is the one visible way to place a value as it is.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    /// Placed before each template's first character, on its first line, so line numbers stay.
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN}}"

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }

    /// swift-mustache looks content types up by name in a process-wide table.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
