#!/usr/bin/env python3
"""Screenshots of every chart of the example gallery, for docs/charts.md.

Builds nothing itself: run `make report` first. Needs Debian's chromium.
Usage: python3 scripts/chart-screenshots.py [SITE] [OUT]   (defaults: _site, docs/images/charts)
"""
import os
import re
import subprocess
import sys

site = sys.argv[1] if len(sys.argv) > 1 else "_site"
out = sys.argv[2] if len(sys.argv) > 2 else "docs/images/charts"
page = open(os.path.join(site, "campaigns/soldes-printemps/gallery.html"), encoding="utf-8").read()
style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
figures = re.findall(r'<figure class="chart">.*?</figure>', page, re.S)
names = ["bar", "bar-grouped", "bar-stacked", "line", "donut", "funnel", "scatter", "heatmap", "bullet", "sparkline"]
kpis = re.search(r'<div class="kpis">.*?</div>\n</div>', page, re.S)
spark_table = re.findall(r'<div class="table-wrap">.*?</table></div>', page, re.S)
blocks = list(zip(names, figures))
if kpis and spark_table:
    blocks.append(("sparkline", kpis.group(0) + spark_table[-1]))
os.makedirs(out, exist_ok=True)
for name, html in blocks:
    heights = [float(h) for h in re.findall(r'viewBox="0 0 [\d.]+ ([\d.]+)"', html)[:1]] or [200]
    height = int(heights[0] + 90) if name != "sparkline" else 520
    doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style} body{{margin:0}} main{{padding:12px}}</style></head><body><main>{html}</main></body></html>'
    path = os.path.abspath(os.path.join(out, name + ".html"))
    open(path, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size=700,{height}",
                    f"--screenshot={os.path.join(out, name + '.png')}", "file://" + path], check=True, capture_output=True)
    os.remove(path)
    print("wrote", os.path.join(out, name + ".png"))
