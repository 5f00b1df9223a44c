#!/usr/bin/env python3
"""Where the CER of the Köln references comes from: reading order, quote marks, content.

Reads the OCR texts saved by `scripts/ocr_eval.py --save DIR` and splits each document's
character edits (the CER of `ocr_eval.py`: white space collapsed) into parts, each measured by
removing one cause and scoring again:

- quotes: the references write `"` and `'` where the papers print „ “ ” ‚ ‘ ’ (both sides
  mapped to `"` / `'`);
- order: the OCR lines put in the reference's order (each line goes where it matches the
  reference best, `rapidfuzz` partial alignment; lines matching nowhere stay after their
  predecessor) — what is left after this is not a matter of reading order;
- the rest, by edit kind: deleted (reference characters the OCR text lacks: halftone table
  headers, handwriting, stamps the OCR missed), inserted (OCR characters the reference lacks:
  stamps and notes the transcriber left out, speckles), substituted (misread characters).

    python3 scripts/ocr_eval.py --save /tmp/koeln -- target/release/ratsdex extract --text --ocr always {}
    python3 scripts/ocr_cer_parts.py /tmp/koeln

Needs `rapidfuzz` (pip install rapidfuzz).
"""

import argparse
import glob
import os
import sys

try:
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein
except ImportError:
    sys.exit("needs rapidfuzz: pip install rapidfuzz")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REAL = os.path.join(HERE, "..", "..", "shared", "corpus-real")
QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‚": "'", "‘": "'", "’": "'"})


def normalize(text):
    return " ".join(text.replace("\f", " ").split())


def order_free(ref, hyp):
    """Edits between the two texts with reading order taken out: both texts' words sorted, so
    a misread word still meets its original (same first letters) and a moved one costs
    nothing. Returns (distance, deleted, inserted, substituted)."""
    r, h = " ".join(sorted(ref.split())), " ".join(sorted(hyp.split()))
    kinds = {"delete": 0, "insert": 0, "replace": 0}
    for op in Levenshtein.editops(r, h):
        kinds[op.tag] += 1
    return Levenshtein.distance(r, h), kinds["delete"], kinds["insert"], kinds["replace"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", help="folder of <id>.txt OCR texts (ocr_eval.py --save)")
    ap.add_argument("--real", default=DEFAULT_REAL, help="corpus-real folder")
    args = ap.parse_args()
    refs = sorted(glob.glob(os.path.join(args.real, "koeln_ocr_referenz", "*.txt")))
    if not refs:
        sys.exit(f"no references under {args.real}/koeln_ocr_referenz")
    cols = ["chars", "CER", "quotes", "order", "unorder", "deleted", "inserted", "substit"]
    print(f"{'id':>8}  " + "  ".join(f"{c:>8}" for c in cols))
    tot = [0] * len(cols)
    for ref_path in refs:
        rid = os.path.splitext(os.path.basename(ref_path))[0]
        hyp_path = os.path.join(args.saved, f"{rid}.txt")
        if not os.path.exists(hyp_path):
            print(f"{rid}: not in {args.saved}", file=sys.stderr)
            continue
        with open(ref_path, encoding="utf-8") as f:
            ref_raw = f.read()
        with open(hyp_path, encoding="utf-8") as f:
            hyp_raw = f.read()
        ref, hyp = normalize(ref_raw), normalize(hyp_raw)
        ed = Levenshtein.distance(ref, hyp)
        ref_q = ref.translate(QUOTES)
        ed_q = Levenshtein.distance(ref_q, normalize(hyp_raw.translate(QUOTES)))
        hyp_q = normalize(hyp_raw.translate(QUOTES))
        free, deleted, inserted, subst = order_free(ref_q, hyp_q)
        row = [len(ref), ed, ed - ed_q, ed_q - free, free, deleted, inserted, subst]
        tot = [a + b for a, b in zip(tot, row)]
        n = max(1, len(ref))
        print(f"{rid:>8}  {len(ref):>8}  " + "  ".join(f"{v / n:8.3f}" for v in row[1:]))
    n = max(1, tot[0])
    print(f"{'all':>8}  {tot[0]:>8}  " + "  ".join(f"{v / n:8.3f}" for v in tot[1:]))
    print("(shares of the reference's characters: CER = quotes + order + unorder, where unorder is the")
    print(" CER with both texts' words sorted, split into deleted + inserted + substituted characters)")


if __name__ == "__main__":
    main()
