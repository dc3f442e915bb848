import Testing
@testable import ReportCore
@testable import ReportSite

/// Untrusted text stays text: the HTML builder escapes by default, and template values are
/// escaped for Markdown by the templates' content type unless the template asks for `{{{raw}}}`.
@Suite struct EscapingTests {
    @Test func htmlBuilderEscapesTextAndAttributes() {
        let html = HTML.element("td", [("title", "a \"quote\" & <tag>"), ("class", nil)], [.text("<script>alert('x')</script>")])
        #expect(html.markup == "<td title=\"a &quot;quote&quot; &amp; &lt;tag&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
    }

    /// A quote or `<` followed by a combining mark is one Character but still a quote to a browser.
    @Test func combiningMarksCannotHideMarkup() {
        #expect(HTMLEscaping.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(HTMLEscaping.escape("<\u{338}script>") == "&lt;\u{338}script&gt;")
        #expect(HTMLEscaping.escape("a\u{0}b — café") == "a\u{FFFD}b — café")
        #expect(HTMLEscaping.escape("plain text ✓") == "plain text ✓")
    }

    @Test func rawIsTheOnlyWayInForMarkup() {
        let svg = "<svg><title>t</title></svg>"
        #expect(HTML.element("span", [], [.raw(svg)]).markup == "<span>" + svg + "</span>")
        #expect(HTML.element("span", [], [.text(svg)]).markup == "<span>&lt;svg&gt;&lt;title&gt;t&lt;/title&gt;&lt;/svg&gt;</span>")
    }

    static func body(_ template: String, _ context: [String: Any]) throws -> String {
        let collector = DiagnosticCollector()
        let compiled = try #require(TemplateCompiler.compile(template, file: "t.md", page: .campaign, into: collector))
        return try PageRenderer.body(compiled, context: context, data: DirectiveTests.page())
    }

    @Test func valuesAreEscapedForMarkdownByDefault() throws {
        let html = try Self.body("# {{name}}\n\n{{brand}}\n", ["name": "<script>x</script> *bold*", "brand": "[click](https://evil.example) # not a heading"])
        #expect(html == "<h1>&lt;script&gt;x&lt;/script&gt; *bold*</h1>\n<p>[click](https://evil.example) # not a heading</p>\n")
    }

    @Test func tripleMustacheIsTheVisibleOptOut() throws {
        let html = try Self.body("{{{brand}}}\n", ["brand": "*bold* [site](https://example.com) [x](javascript:alert(1))"])
        #expect(html == "<p><em>bold</em> <a href=\"https://example.com\">site</a> <a href=\"\">x</a></p>\n")   // cmark's safe mode still drops javascript:
    }

    @Test func aValueCannotOpenADirectiveBlock() throws {
        let html = try Self.body("{{name}}\n", ["name": "```chart\ntype: bar\n```"])
        #expect(!html.contains("<figure"))
        #expect(!html.contains("<pre"))
    }

    /// A NUL in a value (YAML accepts `\0`) must not cut the page short.
    @Test func aNulCharacterDoesNotTruncateThePage() throws {
        let html = try Self.body("# {{name}}\n\nafter\n", ["name": "Acme\u{0}Corp"])
        #expect(html == "<h1>Acme\u{FFFD}Corp</h1>\n<p>after</p>\n")
        #expect(HTML.text("a\u{0}b").markup == "a\u{FFFD}b")
    }

    @Test func codeLanguagesStayCode() throws {
        let html = try Self.body("```bash\nls -l\n```\n\n```python\nprint(1)\n```\n", [:])
        #expect(html == "<pre><code class=\"language-bash\">ls -l\n</code></pre>\n<pre><code class=\"language-python\">print(1)\n</code></pre>\n")
    }

    /// The project's layout is checked like a template: a misspelt value is an error at its place.
    @Test func layoutValuesAreChecked() throws {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        let layout = try String(contentsOf: Repo.root.appendingPathComponent("site/layout.html"), encoding: .utf8)
        let broken = layout.replacingOccurrences(of: "<title>{{title}} · {{site_title}}</title>", with: "<title>{{title}} · {{site_titel}}</title>")
        #expect(broken != layout)
        temp.write("basic/site/layout.html", broken)
        let errors = ProjectChecker.check(path: project, resources: Repo.root).filter { $0.severity == .error }
        let line = (broken.components(separatedBy: "{{site_titel}}").first ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(errors.count == 1)
        #expect(errors.first?.file == "site/layout.html")
        #expect(errors.first?.line == line)
        #expect(errors.first?.message.hasPrefix("unknown value \"site_titel\" here: expected one of") == true)
        #expect(errors.first?.message.hasSuffix("(did you mean \"site_title\"?)") == true)
    }
}

/// A project's templates and theme override the built-in ones file by file: the locale's file,
/// then the locale-free one, then the built-in one; `site/style.css` and `site/layout.html` alike.
@Suite struct OverrideTests {
    func build(_ files: [String: String]) throws -> (campaign: String, index: String) {
        let temp = TemporaryFolder()
        let project = try temp.copyFixture("basic")
        for (path, text) in files { temp.write("basic/" + path, text) }
        let output = temp.url.appendingPathComponent("site")
        _ = try SiteBuilder(path: project, options: .test(output: output)).build(today: Day(ordinal: 0))
        return (try String(contentsOf: output.appendingPathComponent("campaigns/spring/index.html"), encoding: .utf8),
                try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8))
    }

    @Test func localeFileWinsOverLocaleFreeFileWhichWinsOverBuiltIn() throws {
        let both = try build(["templates/en-US/campaign.md": "# Locale {{name}}\n", "templates/campaign.md": "# Plain {{name}}\n"])
        #expect(both.campaign.contains("<h1>Locale Spring launch</h1>"))
        let plain = try build(["templates/campaign.md": "# Plain {{name}}\n"])
        #expect(plain.campaign.contains("<h1>Plain Spring launch</h1>"))
        #expect(plain.index.contains("Reach by campaign"))            // the index stays the built-in one
        let none = try build([:])
        #expect(none.campaign.contains("<h1>Spring launch</h1>"))
    }

    @Test func themeFilesOverrideOneByOne() throws {
        let style = try build(["site/style.css": "body { color: rebeccapurple; }\n"])
        #expect(style.campaign.contains("body { color: rebeccapurple; }"))
        #expect(style.campaign.contains("<meta name=\"robots\" content=\"noindex\">"))   // built-in layout kept
        let layout = try String(contentsOf: Repo.root.appendingPathComponent("site/layout.html"), encoding: .utf8)
        let custom = try build(["site/layout.html": layout.replacingOccurrences(of: "<main>", with: "<main class=\"custom\">")])
        #expect(custom.campaign.contains("<main class=\"custom\">"))
        #expect(!custom.campaign.contains("rebeccapurple"))            // built-in stylesheet kept
    }
}
