#!/usr/bin/env python3
"""The chart gallery (docs/gallery.md) rendered, and a screenshot of each of its charts for
docs/charts.md.

The gallery is a demonstration page, not part of a client's site: docs/gallery.md is a page
template that this script adds to a copy of the example project (as templates/pages/gallery.md),
builds with `report`, and keeps as GALLERY (the built copy's site; the page is
GALLERY/campaigns/soldes-printemps/gallery.html). Needs a built `report` (`swift build` or
`make release`) and Debian's chromium.
Usage: python3 scripts/chart-screenshots.py [OUT] [GALLERY]   (defaults: docs/images/charts, _gallery)
       REPORT=path/to/report overrides the executable (default: .build/release/report, else .build/debug/report).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "docs/images/charts"))
gallery = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "_gallery"))
report = os.environ.get("REPORT") or next(
    (p for p in (os.path.join(repo, ".build/release/report"), os.path.join(repo, ".build/debug/report")) if os.path.exists(p)), None)
if not report:
    sys.exit("chart-screenshots: no report executable: run `swift build` first (or set REPORT)")

with tempfile.TemporaryDirectory() as work:
    project = os.path.join(work, "maison-lune")
    shutil.copytree(os.path.join(repo, "examples/maison-lune"), project)
    os.makedirs(os.path.join(project, "templates/pages"), exist_ok=True)
    shutil.copy(os.path.join(repo, "docs/gallery.md"), os.path.join(project, "templates/pages/gallery.md"))
    if os.path.exists(gallery):
        shutil.rmtree(gallery)
    subprocess.run([report, "build", project, "--output", gallery, "--quiet"], check=True)
print("wrote", os.path.join(gallery, "campaigns/soldes-printemps/gallery.html"))

page = open(os.path.join(gallery, "campaigns/soldes-printemps/gallery.html"), encoding="utf-8").read()
style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
figures = re.findall(r'<figure class="chart">.*?</figure>', page, re.S)
names = ["bar", "bar-grouped", "bar-stacked", "line", "donut", "funnel", "scatter", "heatmap", "bullet", "sparkline"]
kpis = re.search(r'<div class="kpis">.*?</div>\n</div>', page, re.S)
spark_table = re.findall(r'<div class="table-wrap".*?</table></div>', page, re.S)
blocks = list(zip(names, figures))
if kpis and spark_table:
    blocks.append(("sparkline", kpis.group(0) + spark_table[-1]))
os.makedirs(out, exist_ok=True)
for name, html in blocks:
    heights = [float(h) for h in re.findall(r'viewBox="0 0 [\d.]+ ([\d.]+)"', html)[:1]] or [200]
    height = int(heights[0] + 90) if name != "sparkline" else 520
    doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style} body{{margin:0}} main{{padding:12px}}</style></head><body><main>{html}</main></body></html>'
    path = os.path.join(out, name + ".html")
    open(path, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size=700,{height}",
                    f"--screenshot={os.path.join(out, name + '.png')}", "file://" + path], check=True, capture_output=True)
    os.remove(path)
    print("wrote", os.path.join(out, name + ".png"))
