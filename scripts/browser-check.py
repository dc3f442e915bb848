#!/usr/bin/python3
"""Opens every HTML page of a built site in headless Chromium, as a reader would, and fails
on what a reader would see as broken:

- a console error, or a request to anything but the site's own files (pages are self-contained);
- sideways scrolling on a 390 px phone (wide tables scroll inside their box);
- a chart without its accessible title, a link to a page of the site that does not exist;
- an A4 print that Chromium cannot produce.

Screenshots at 1280 px and 390 px and the A4 PDFs go to OUT, to be looked at.
Needs Debian's chromium, chromium-driver and python3-selenium (Debian's python3, hence the
shebang). Usage: scripts/browser-check.py [SITE] [OUT]   (defaults: _site, _site-shots)
"""
import base64
import os
import sys
from urllib.parse import unquote, urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "_site")
out = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "_site-shots")
os.makedirs(out, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

pages = sorted(
    os.path.relpath(os.path.join(root, name), site)
    for root, _, files in os.walk(site) for name in files if name.endswith(".html")
)
problems = []
for page in pages:
    url = "file://" + os.path.join(site, page)
    shot = page.replace("/", "__")[:-5]
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        driver.get(url)
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                problems.append(f"{page}: console error at {width}px: {entry.get('message')}")
        outside = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'))")
        problems += [f"{page}: request outside the site: {n}" for n in outside]
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if width == 390 and overflow > 0:
            problems.append(f"{page}: scrolls sideways by {overflow}px on a 390px phone")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, 600), 16000))
        driver.save_screenshot(os.path.join(out, f"{shot}-{width}.png"))
    untitled = driver.execute_script(
        "return [...document.querySelectorAll('svg[role=img]')].filter(s => !s.querySelector('title')).length")
    if untitled:
        problems.append(f"{page}: {untitled} chart(s) without a <title>")
    for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"):
        target = urlparse(href)
        if target.scheme == "file" and not os.path.exists(unquote(target.path)):
            problems.append(f"{page}: link to a missing page {unquote(target.path)}")
    a4 = PrintOptions()
    a4.page_width, a4.page_height = 21.0, 29.7   # centimetres
    pdf = driver.print_page(a4)
    with open(os.path.join(out, f"{shot}-a4.pdf"), "wb") as f:
        f.write(base64.b64decode(pdf))
driver.quit()

for p in problems:
    print("browser-check: " + p)
print(f"browser-check: {len(pages)} pages, {len(problems)} problems; screenshots and PDFs in {out}")
sys.exit(1 if problems else 0)
