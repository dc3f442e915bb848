#!/usr/bin/env python3
"""Save → reloaded page latency of `report serve`, as a browser user experiences it.

Copies the example project (examples/maison-lune) to a temporary folder, starts
`report serve` on it, then does what the script injected into served pages does: reads the
generation from a campaign page (`var seen = "…"`), long-polls `/__report/wait?since=…`,
and re-fetches the page once a new generation is announced. Each run saves one real edit,
taking t0 just before the save and t1 once the reloaded page has been read, and checks that
the edit shows in it. t1 − t0 includes the watcher's scan interval and settle scans, the
rebuild, the wait endpoint's own polling and the reload fetch.

Runs cycle through four edits: the campaign's `name:` in campaign.yaml, and a `link_clicks`
cell of its posts.csv (the page's "link clicks" KPI must change by as much), each saved the
way many editors do (write a temp file, rename it over) and in place.

    python3 Benchmarks/serve-latency.py [--binary .build/release/report] [--runs 20]

Exits non-zero when a run saw no new build within 10 s or the reloaded page lacked the edit.
Standard library only; the repository's example is never touched.
"""
import argparse, json, math, os, random, re, shutil, signal, socket, statistics
import subprocess, sys, tempfile, threading, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 10.0  # seconds a run may take before it counts as never reloaded
SEEN = re.compile(r'var seen = "([^"]*)";')
CLICKS = re.compile(r'href="#kpi-link_clicks">[^<]*</a></span><span class="kpi-value">([^<]*)<')


def fetch(url, timeout=15.0):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status, r.read().decode("utf-8")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def save(path, text, in_place):
    """An editor's save: in place (truncate and write) or a hidden temp file renamed over."""
    if in_place:
        with open(path, "r+", encoding="utf-8", newline="") as f:
            f.truncate(0)
            f.write(text)
    else:
        tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def clicks_on(page):
    m = CLICKS.search(page)
    return int(re.sub(r"\D", "", m.group(1))) if m else None


def bump_clicks(text, amount):
    """posts.csv with `amount` added to the first plain link_clicks cell (cells before it hold no comma)."""
    lines = text.split("\n")
    column = lines[0].split(",").index("link_clicks")
    for i, line in enumerate(lines[1:], 1):
        cells = line.split(",")
        if len(cells) > column and cells[column].isdigit():
            cells[column] = str(int(cells[column]) + amount)
            lines[i] = ",".join(cells)
            return "\n".join(lines)
    raise SystemExit("posts.csv: no link_clicks number to edit")


def long_poll(base, since, stop, out):
    """The injected script's loop: wait until the generation differs from `since`."""
    while not stop.is_set():
        try:
            _, body = fetch(base + "__report/wait?since=" + urllib.parse.quote(since), timeout=15)
        except OSError as e:
            out["error"] = e
            time.sleep(0.2)
            continue
        gen = json.loads(body)["generation"]
        if gen != since:
            out["generation"], out["t"] = gen, time.perf_counter()
            return


def percentile(sorted_ms, p):
    return sorted_ms[max(0, math.ceil(p * len(sorted_ms)) - 1)]


def summary(label, ms):
    s = sorted(ms)
    return (f"{label:<16} n={len(s):<3} min {s[0]:6.0f}  median {statistics.median(s):6.0f}  "
            f"p90 {percentile(s, 0.9):6.0f}  max {s[-1]:6.0f} ms")


def interrupt(*_):
    raise KeyboardInterrupt


def main():
    signal.signal(signal.SIGTERM, interrupt)  # cleaned up like Ctrl-C
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/report"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--example", default=os.path.join(ROOT, "examples/maison-lune"))
    ap.add_argument("--as-of", help="passed to report serve (default: report.yaml's as_of)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no executable at {binary}: build it with `swift build -c release`")

    tmp = tempfile.mkdtemp(prefix="serve-latency-")
    project = os.path.join(tmp, "project")  # the server log stays outside the watched folder
    shutil.copytree(args.example, project, ignore=shutil.ignore_patterns(".*", "_site*"))
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    cmd = [binary, "serve", project, "--port", str(port)] + (["--as-of", args.as_of] if args.as_of else [])
    log = open(os.path.join(tmp, "serve.log"), "w+")
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    failures, interrupted, clicks_up = 0, False, True
    try:
        deadline = time.monotonic() + 120
        while True:  # the first build ends before the server answers 200
            if server.poll() is not None:
                log.seek(0)
                sys.exit(f"report serve exited with {server.returncode}:\n{log.read()}")
            try:
                status, index = fetch(base, timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                sys.exit("report serve did not answer GET / within 120 s")
            time.sleep(0.1)
        link = re.search(r'href="(campaigns/([^"/]+)/index\.html)"', index)
        if not link:
            sys.exit("no campaign page linked from the index")
        page_url, campaign = base + link.group(1), link.group(2)
        yaml_path = os.path.join(project, "campaigns", campaign, "campaign.yaml")
        csv_path = os.path.join(project, "campaigns", campaign, "posts.csv")
        clicks = clicks_on(fetch(page_url)[1])
        kinds = [("name", False), ("name", True)]
        if clicks is not None and os.path.exists(csv_path):
            kinds += [("clicks", False), ("clicks", True)]
        print(f"report serve {base} · page /{link.group(1)} · {args.runs} runs")

        results = {}  # kind label → [ms]
        for run in range(1, args.runs + 1):
            kind, in_place = kinds[(run - 1) % len(kinds)]
            label = f"{kind}/{'in-place' if in_place else 'rename'}"
            _, page = fetch(page_url)  # the page as the browser has it open
            since = SEEN.search(page).group(1)
            if kind == "name":
                expected = f"Bench {run} {random.getrandbits(32):08x}"
                path, text = yaml_path, re.sub(r"(?m)^name:.*$", f'name: "{expected}"', read(yaml_path), count=1)
            else:
                amount, clicks_up = (1000 if clicks_up else -1000), not clicks_up  # up, back down: always a change
                path, text = csv_path, bump_clicks(read(csv_path), amount)
                expected = clicks + amount
            stop, out = threading.Event(), {}
            poller = threading.Thread(target=long_poll, args=(base, since, stop, out), daemon=True)
            poller.start()
            time.sleep(random.uniform(0.3, 0.8))  # pause between runs; the poll is now waiting
            t0 = time.perf_counter()
            save(path, text, in_place)
            poller.join(TIMEOUT)
            stop.set()
            problem = None
            if "generation" not in out or out["t"] - t0 > TIMEOUT:
                problem = f"no new generation within {TIMEOUT:.0f} s ({out.get('error', 'no error')})"
            else:
                _, reloaded = fetch(page_url)  # location.reload()
                t1 = time.perf_counter()
                gen = SEEN.search(reloaded).group(1)
                shown = expected in reloaded if kind == "name" else clicks_on(reloaded) == expected
                if kind == "clicks":
                    clicks = clicks_on(reloaded) if shown else clicks
                if not shown:
                    problem = f"reloaded page (generation {gen}) lacks the edit {expected!r}"
            if problem:
                failures += 1
                print(f"run {run:3}  {label:<16} FAILED: {problem}")
                # Let a late build land, so it is not taken for the next run's; then resynchronise.
                for _ in range(15):
                    before = SEEN.search(fetch(page_url)[1]).group(1)
                    time.sleep(1.5)
                    page = fetch(page_url)[1]
                    if SEEN.search(page).group(1) == before:
                        break
                clicks = clicks_on(page) if kind == "clicks" else clicks
                continue
            ms = (t1 - t0) * 1000
            results.setdefault(label, []).append(ms)
            print(f"run {run:3}  {label:<16} {ms:6.0f} ms  (new generation after {(out['t'] - t0) * 1000:4.0f} ms)")

        every = [ms for v in results.values() for ms in v]
        if every:
            print(summary("all", every))
            for label, ms in results.items():
                print(summary(label, ms))
        log.flush()
        log.seek(0)
        builds = [float(s) for s in re.findall(r"^report: built .* in ([\d.]+) s", log.read(), re.M)]
        if len(builds) > 1:
            print(f"server: {len(builds) - 1} rebuilds (first build {builds[0]:.2f} s), "
                  f"median rebuild {statistics.median(builds[1:]) * 1000:.0f} ms as it reports")
        if failures:
            print(f"{failures} run(s) failed")
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)  # as Ctrl-C in its terminal
            try:
                server.wait(5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(130 if interrupted else 1 if failures else 0)


if __name__ == "__main__":
    main()
