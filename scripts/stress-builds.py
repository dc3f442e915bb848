#!/usr/bin/env python3
"""Concurrent and killed builds of one project (issue 21, docs/security.md).

Copies PROJECT to a scratch folder, builds it once cleanly (--no-cache) as the reference, then
runs ROUNDS rounds of BUILDS concurrent `report build` of the copy (half with the cache, half
without) while killing randomly chosen ones with SIGKILL (KILLS in all, spread over the rounds).
After each round:
  - every build that was not killed exited 0;
  - the output is either absent (a build killed between its two renames) or identical to the
    reference, byte for byte — never a torn site;
  - one more build (as the user would run) gives the reference again and leaves no staging or
    set-aside folder behind.
Exits 1 on the first difference. Usage:
    scripts/stress-builds.py .build/release/report examples/maison-lune [--rounds 5 --builds 20 --kills 50 --seed 1]
"""
import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def tree(root):
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("project")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--builds", type=int, default=20)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    binary = os.path.abspath(args.binary)
    scratch = tempfile.mkdtemp(prefix="report-stress-")
    project = os.path.join(scratch, "project")
    shutil.copytree(args.project, project, ignore=shutil.ignore_patterns("_site", "._site*"))
    reference = os.path.join(scratch, "reference")
    subprocess.run([binary, "build", project, "--output", reference, "--no-cache", "--quiet"], check=True)
    expected = tree(reference)
    output = os.path.join(project, "_site")
    env = dict(os.environ)
    env.pop("REPORT_RESOURCES", None)
    kills_left = args.kills
    started = time.time()
    for round_ in range(args.rounds):
        kills = kills_left // (args.rounds - round_)
        kills_left -= kills
        procs = []
        for i in range(args.builds):
            extra = [] if i % 2 == 0 else ["--no-cache"]
            procs.append(subprocess.Popen([binary, "build", project, "--quiet"] + extra, env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        killed = set()
        victims = rng.sample(range(args.builds), kills)
        for v in victims:
            time.sleep(rng.uniform(0, 0.4))
            if procs[v].poll() is None:
                procs[v].send_signal(signal.SIGKILL)
            killed.add(v)
        for i, p in enumerate(procs):
            _, err = p.communicate()
            if i not in killed and p.returncode != 0:
                print(f"round {round_}: build {i} exited {p.returncode}: {err.decode()}", file=sys.stderr)
                return 1
        if os.path.exists(output) and tree(output) != expected:
            print(f"round {round_}: the output differs from a clean build", file=sys.stderr)
            return 1
        subprocess.run([binary, "build", project, "--quiet"], check=True, env=env)
        if tree(output) != expected:
            print(f"round {round_}: after one more build the output differs from a clean build", file=sys.stderr)
            return 1
        left = [n for n in os.listdir(project) if n.startswith("._site.tmp") or n.startswith("._site.old")]
        if left:
            print(f"round {round_}: leftovers after a build: {left}", file=sys.stderr)
            return 1
        print(f"round {round_ + 1}/{args.rounds}: {args.builds} builds, {kills} killed (SIGKILL): identical to a clean build")
    print(f"{args.rounds * args.builds} builds, {args.kills} killed, {time.time() - started:.1f} s: every site identical to a clean build")
    shutil.rmtree(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
