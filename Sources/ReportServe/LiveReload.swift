import Foundation
import ReportCore

/// What `report serve` adds to each HTML page it sends — never to the files it writes: a
/// script that long-polls `/__report/wait` and reloads the page when a build (good or bad)
/// has finished, and, while the last build failed, an overlay listing its errors above the
/// last good page.
public enum LiveReload {
    /// The server's own path, answered before any file of the site.
    public static let waitPath = "/__report/wait"
    /// Marks the injected script, so tests can tell a served page from a written one.
    public static let scriptID = "__report-live"
    public static let overlayID = "__report-errors"

    /// `html` with the overlay (when `errors` is not empty) and the script before `</body>`.
    public static func inject(into html: String, generation: String, errors: [Diagnostic]) -> String {
        let added = overlay(errors) + script(generation: generation)
        guard let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + added }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added)
    }

    /// Waits for the next build; on a network error (the server stopped) tries again each second.
    static func script(generation: String) -> String {
        """
        <script id="\(scriptID)">
        /* report serve: reloads this page after each build. Added by the preview server only; the built files have no script. */
        (function () {
          var seen = "\(generation)";
          function wait() {
            fetch("\(waitPath)?since=" + encodeURIComponent(seen), { cache: "no-store" })
              .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
              .then(function (s) { if (s.generation !== seen) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>

        """
    }

    /// The located errors as text (escaped), fixed at the top of the page.
    static func overlay(_ errors: [Diagnostic]) -> String {
        guard !errors.isEmpty else { return "" }
        let count = errors.count
        let lines = errors.map { HTMLEscaping.escape($0.description) }.joined(separator: "\n")
        return """
        <div id="\(overlayID)" role="alert" style="position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:60vh;overflow:auto;\
        margin:0;padding:12px 16px;background:#3a0d0d;color:#ffe4e4;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
        box-shadow:0 2px 12px rgba(0,0,0,.5);text-align:left">
        <button type="button" onclick="this.parentNode.remove()" style="float:right;font:inherit;cursor:pointer">Hide</button>
        <strong>report: the build failed with \(count) error\(count == 1 ? "" : "s"); this is the last good site.</strong>
        <pre style="margin:8px 0 0;white-space:pre-wrap;font:inherit">\(lines)</pre>
        </div>

        """
    }

    /// The page sent for a missing file: it reloads, and shows the errors, like a site page.
    static func missingPage(status: String, generation: String, errors: [Diagnostic]) -> String {
        let body = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(status) · report serve</title>\n</head>\n<body>\n<p>\(status)</p>\n</body>\n</html>\n"
        return inject(into: body, generation: generation, errors: errors)
    }
}
