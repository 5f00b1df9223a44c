#!/usr/bin/env python3
"""OCR quality on the Köln scans with hand transcriptions.

For every reference `../shared/corpus-real/koeln_ocr_referenz/<id>.txt` the matching
`koeln_ris_<id>_*.pdf` is read with `ratsdex extract --text` (or any command given after `--`,
`{}` standing for the PDF) and scored:

- CER: character edit distance / reference length, both with white space collapsed to single
  spaces (so line breaks and indentation do not count, reading order does);
- word recall: share of the reference's words (bag of words, punctuation stripped at word ends,
  case kept) that the OCR text holds.

Prints one row per document and the totals (CER over all characters, recall over all words);
`--json` prints the totals as JSON. Uses `rapidfuzz` when installed, a pure-Python edit distance
otherwise.

    python3 scripts/ocr_eval.py --bin target/release/ratsdex
    python3 scripts/ocr_eval.py -- tesseract {} - -l deu     # any command
"""

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REAL = os.path.join(HERE, "..", "..", "shared", "corpus-real")


def edit_distance(a, b):
    try:
        from rapidfuzz.distance import Levenshtein

        return Levenshtein.distance(a, b)
    except ImportError:
        pass
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def normalize(text):
    return " ".join(text.replace("\f", " ").split())


def words(text):
    out = []
    for w in text.split():
        w = w.strip(".,;:!?()[]\"'„“”‚‘’»«-–—/*")
        if w:
            out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", default=DEFAULT_REAL, help="corpus-real folder")
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "ratsdex"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--save", metavar="DIR", help="also write each OCR text to DIR/<id>.txt")
    ap.add_argument("cmd", nargs="*", help="command after --, {} = the PDF")
    args = ap.parse_args()
    cmd = args.cmd or [args.bin, "extract", "--text", "{}"]
    refs = sorted(glob.glob(os.path.join(args.real, "koeln_ocr_referenz", "*.txt")))
    if not refs:
        sys.exit(f"no references under {args.real}/koeln_ocr_referenz")
    tot_ed = tot_chars = tot_found = tot_words = 0
    rows = []
    for ref_path in refs:
        rid = os.path.splitext(os.path.basename(ref_path))[0]
        pdfs = glob.glob(os.path.join(args.real, f"koeln_ris_{rid}_*.pdf"))
        if not pdfs:
            print(f"{rid}: no PDF", file=sys.stderr)
            continue
        run = [pdfs[0] if a == "{}" else a for a in cmd]
        out = subprocess.run(run, capture_output=True, text=True)
        hyp = out.stdout
        if args.save:
            os.makedirs(args.save, exist_ok=True)
            with open(os.path.join(args.save, f"{rid}.txt"), "w", encoding="utf-8") as f:
                f.write(hyp)
        with open(ref_path, encoding="utf-8") as f:
            ref = f.read()
        r, h = normalize(ref), normalize(hyp)
        ed = edit_distance(r, h)
        rw = collections.Counter(words(ref))
        hw = collections.Counter(words(hyp))
        found = sum(min(n, hw[w]) for w, n in rw.items())
        nref = sum(rw.values())
        tot_ed += ed
        tot_chars += len(r)
        tot_found += found
        tot_words += nref
        rows.append((rid, ed / max(1, len(r)), found / max(1, nref), len(r)))
    cer = tot_ed / max(1, tot_chars)
    recall = tot_found / max(1, tot_words)
    if args.json:
        print(json.dumps({"documents": len(rows), "cer": round(cer, 4), "word_recall": round(recall, 4)}))
        return
    print(f"{'id':>8}  {'chars':>6}  {'CER':>6}  {'recall':>6}")
    for rid, c, rc, n in rows:
        print(f"{rid:>8}  {n:>6}  {c:6.3f}  {rc:6.3f}")
    print(f"{'all':>8}  {tot_chars:>6}  {cer:6.3f}  {recall:6.3f}   ({len(rows)} documents)")


if __name__ == "__main__":
    main()
