#!/usr/bin/env python3
"""Truncation sweep: how many pages with text ratsdex keeps of truncated PDFs, against pdftotext.

Every PDF of `corpus/*.pdf` and `tests/fixtures/**/*.pdf` (`--every N`: each Nth fixture, all of
corpus/) is cut at 50/75/90/99 % of its bytes; each cut is read by
`ratsdex extract --text --ocr never --timeout 10` and by `pdftotext -layout`, and the pages with
text (a page with a non-space character; pages are separated by form feeds) are counted.
Prints one JSON object: cases, pages with text of the intact files, kept by pdftotext and by
ratsdex, files ratsdex failed on (exit status not 0) where pdftotext kept pages, and per cut.

    python3 tools/fuzz/truncation.py --bin target/release/ratsdex --every 10 --out /tmp/trunc.json
"""

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CUTS = (0.50, 0.75, 0.90, 0.99)


def text_pages(out: bytes) -> int:
    return sum(1 for p in out.split(b"\f") if p.strip())


def ratsdex(binary, path):
    try:
        r = subprocess.run(
            ["nice", "-n", "10", str(binary), "extract", "--text", "--ocr", "never",
             "--timeout", "10", str(path)],
            capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 0, -9, "killed"
    return text_pages(r.stdout), r.returncode, r.stderr.decode("utf-8", "replace").strip()


def poppler(path):
    try:
        r = subprocess.run(["pdftotext", "-q", "-layout", str(path), "-"],
                           capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 0
    return text_pages(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/ratsdex")
    ap.add_argument("--every", type=int, default=10, help="each Nth fixture PDF (corpus/ all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", help="also write the JSON (with the per-case rows) here")
    a = ap.parse_args()
    fixtures = sorted(p for p in Path("tests/fixtures").rglob("*.pdf")
                      if "mutated" not in p.parts and "hostile" not in p.parts)
    files = sorted(Path("corpus").glob("*.pdf")) + fixtures[:: max(1, a.every)]
    tmp = Path(tempfile.mkdtemp(prefix="trunc"))
    cases = []
    for f in files:
        data = f.read_bytes()
        for cut in CUTS:
            p = tmp / f"{len(cases):05d}.pdf"
            p.write_bytes(data[: int(len(data) * cut)])
            cases.append((f, cut, p))

    def run(case):
        f, cut, p = case
        pages, rc, err = ratsdex(a.bin, p)
        row = {"file": str(f), "cut": cut, "poppler": poppler(p), "ratsdex": pages,
               "rc": rc, "stderr": err[:300]}
        p.unlink()
        return row

    with ThreadPoolExecutor(a.jobs) as ex:
        rows = list(ex.map(run, cases))
    summary = {"files": len(files), "cases": len(rows),
               "poppler_pages": sum(r["poppler"] for r in rows),
               "ratsdex_pages": sum(r["ratsdex"] for r in rows),
               "failed": sum(r["rc"] != 0 for r in rows),
               "failed_where_poppler_kept": sum(r["rc"] != 0 and r["poppler"] > 0 for r in rows),
               "fewer_than_poppler": sum(r["ratsdex"] < r["poppler"] for r in rows),
               "more_than_poppler": sum(r["ratsdex"] > r["poppler"] for r in rows),
               "per_cut": {}}
    for cut in CUTS:
        rs = [r for r in rows if r["cut"] == cut]
        summary["per_cut"][f"{int(cut * 100)}%"] = {
            "cases": len(rs),
            "poppler_pages": sum(r["poppler"] for r in rs),
            "ratsdex_pages": sum(r["ratsdex"] for r in rs),
            "failed": sum(r["rc"] != 0 for r in rs),
        }
    reasons = {}
    for r in rows:
        if r["rc"] != 0:
            key = r["stderr"].split(": ", 1)[-1][:80]
            reasons[key] = reasons.get(key, 0) + 1
    summary["reasons"] = dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:10])
    print(json.dumps(summary, indent=1))
    if a.out:
        Path(a.out).write_text(json.dumps({"summary": summary, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
