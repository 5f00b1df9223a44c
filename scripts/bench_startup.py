#!/usr/bin/env python3
"""CPU time per process of `ratsdex extract --json` (one paper per process), paired old/new.

    cargo build --release
    scripts/bench_startup.py --old /path/to/old/ratsdex [--new target/release/ratsdex] \
        [--runs 40] [--ingest] [PDF ...]

Runs the builds and `pdftotext` on each paper in interleaved rounds (old, new, pdftotext, then
the next round), so that a loaded machine slows all of them alike, and reads each child's CPU
time (user + sys, microseconds, from `wait4`). Prints one JSON object: per paper and build the
median and mean CPU milliseconds, the new/old ratio and each build's ratio to pdftotext; with
`--ingest`, the CPU seconds and wall files/s of `ingest --jobs 2 --ocr never` of corpus/ and
../shared/corpus-dev (fresh index each run, `--ingest-runs` rounds, interleaved).
Defaults: a 1-page paper (corpus/dev16_luebeck_0123-2022-1.pdf) and a 3-page one
(corpus/dev01_wuppertal_vo-1254-21.pdf).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAPERS = ["corpus/dev16_luebeck_0123-2022-1.pdf", "corpus/dev01_wuppertal_vo-1254-21.pdf"]


def cpu_ms(cmd, env=None):
    """Run cmd (output discarded); its user + sys CPU milliseconds and wall seconds."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return (ru.ru_utime + ru.ru_stime) * 1000.0, wall, p.returncode


def summary(xs):
    return {
        "median_ms": round(statistics.median(xs), 2),
        "mean_ms": round(statistics.fmean(xs), 2),
        "min_ms": round(min(xs), 2),
        "runs": len(xs),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", required=True, help="the ratsdex binary to compare against")
    ap.add_argument("--new", default=os.path.join(ROOT, "target/release/ratsdex"))
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--ingest", action="store_true", help="also time ingest --jobs 2")
    ap.add_argument("--ingest-runs", type=int, default=3)
    ap.add_argument("--env", action="append", default=[], help="KEY=VALUE for both builds")
    ap.add_argument("papers", nargs="*")
    a = ap.parse_args()
    os.chdir(ROOT)
    env = dict(os.environ)
    for kv in a.env:
        k, _, v = kv.partition("=")
        env[k] = v
    papers = a.papers or PAPERS
    builds = {"old": a.old, "new": a.new}
    out = {"runs": a.runs, "env": a.env, "papers": {}}
    for paper in papers:
        times = {"old": [], "new": [], "pdftotext": []}
        for _ in range(a.runs):
            for name, binary in builds.items():
                ms, _, rc = cpu_ms([binary, "extract", "--json", "--ocr", "never", paper], env)
                if rc != 0:
                    sys.exit(f"{name} failed on {paper} (exit {rc})")
                times[name].append(ms)
            ms, _, _ = cpu_ms(["pdftotext", "-q", paper, "-"])
            times["pdftotext"].append(ms)
        res = {k: summary(v) for k, v in times.items()}
        med = {k: statistics.median(v) for k, v in times.items()}
        res["new_over_old"] = round(med["new"] / med["old"], 3)
        res["old_over_pdftotext"] = round(med["old"] / med["pdftotext"], 2)
        res["new_over_pdftotext"] = round(med["new"] / med["pdftotext"], 2)
        out["papers"][paper] = res
    if a.ingest:
        dirs = [d for d in ["corpus", "../shared/corpus-dev"] if os.path.isdir(d)]
        files = sum(
            1 for d in dirs for _, _, fs in os.walk(d) for f in fs if f.endswith(".pdf")
        )
        ing = {"files": files, "dirs": dirs}
        for name in builds:
            ing[name] = {"cpu_s": [], "files_per_s": []}
        for _ in range(a.ingest_runs):
            for name, binary in builds.items():
                tmp = tempfile.mkdtemp()
                try:
                    cmd = [binary, "ingest", *dirs, "--index", os.path.join(tmp, "index"),
                           "--jobs", "2", "--ocr", "never"]
                    ms, wall, rc = cpu_ms(cmd, env)
                    if rc not in (0, 3):  # 3: finished, some files failed
                        sys.exit(f"{name} ingest failed (exit {rc})")
                    ing[name]["cpu_s"].append(round(ms / 1000.0, 2))
                    ing[name]["files_per_s"].append(round(files / wall, 1))
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
        for name in builds:
            ing[name]["median_cpu_s"] = statistics.median(ing[name]["cpu_s"])
            ing[name]["median_files_per_s"] = statistics.median(ing[name]["files_per_s"])
        out["ingest"] = ing
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
