#!/usr/bin/env python3
"""Check that no committed PDF is a copy or a near copy of a document in ../shared/corpus-real.

    python3 tools/corpus/check_copies.py [--real ../shared/corpus-real] [--max-jaccard 0.2]

A copy has the same sha1. A near copy (a real document re-saved, re-distilled or cropped) keeps its
text or its look: flagged when the word 5-gram Jaccard similarity of the text layers exceeds
--max-jaccard, or, where either file has no text layer (a scan), when the first pages look alike (48x68 grey
thumbnails whose pixels correlate above 0.95; blank pages are not compared). Needs poppler-utils. Exit status 1 and one line per finding.
"""
import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path


def sha1(path):
    return hashlib.sha1(path.read_bytes()).hexdigest()


def shingles(path):
    text = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, text=True).stdout
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 5]) for i in range(max(len(words) - 4, 0))}


def thumb(path):
    out = subprocess.run(["pdftoppm", "-q", "-f", "1", "-l", "1", "-gray", "-scale-to-x", "48",
                          "-scale-to-y", "68", str(path)], capture_output=True).stdout
    n = 48 * 68  # PGM: a short header, then the pixels
    return out[-n:] if len(out) >= n else b""


def correlation(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    va = sum((x - ma) ** 2 for x in a)
    vb = sum((y - mb) ** 2 for y in b)
    if va < n * 25 or vb < n * 25:  # (nearly) blank page: nothing to compare
        return 0.0
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (va * vb) ** 0.5


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", default="../shared/corpus-real")
    ap.add_argument("--max-jaccard", type=float, default=0.2)
    args = ap.parse_args()
    real = sorted(Path(args.real).glob("*.pdf"))
    if not real:
        print(f"skipped: no PDFs in {args.real}")
        return
    files = subprocess.run(["git", "ls-files", "-z", "*.pdf", "*.PDF"], capture_output=True,
                           text=True, check=True).stdout.split("\0")
    ours = [Path(f) for f in files if f]
    theirs = [(p, sha1(p), shingles(p), thumb(p)) for p in real]
    findings = []
    for p in ours:
        h, sh, th = sha1(p), shingles(p), thumb(p)
        for rp, rh, rsh, rth in theirs:
            if h == rh:
                findings.append(f"{p}: byte copy of {rp.name}")
                continue
            if sh and rsh:
                j = len(sh & rsh) / len(sh | rsh)
                if j > args.max_jaccard:
                    findings.append(f"{p}: text like {rp.name} (Jaccard {j:.2f})")
                    continue
            if (not sh or not rsh) and th and rth:
                r = correlation(th, rth)
                if r > 0.95:
                    findings.append(f"{p}: first page looks like {rp.name} (pixel correlation {r:.2f})")
    for f in findings:
        print(f)
    print(f"{len(ours)} committed PDFs against {len(real)} real ones: {len(findings)} copies or near copies")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
