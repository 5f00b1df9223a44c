#!/usr/bin/env python3
"""Check a generated set: every truth value that is a string must be on the page (in the text
layer pdftotext reads), and the structural rules of the truth conventions must hold.

    python3 tools/layoutgen/check.py DIR [--limit N]

Exit 1 with one line per violation. A violation is a bug of the generator (a field registered but
not printed, or printed differently), never of ratsdex.
"""
import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numbering as nb
import world


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\n(?=[a-zäöüß])", "", s)   # soft line-end hyphenation
    return re.sub(r"\s+", " ", s).strip().casefold()


def squash(s):
    return re.sub(r"\s+", "", norm(s))


def text_of(pdf):
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout


def dates_of(iso):
    import datetime as dt
    d = dt.date.fromisoformat(iso)
    return [squash(nb.fmt_date(d, s)) for s in ("dmy", "d_m_y", "dmy2", "long", "long0", "long_weekday", "iso")]


def check_row(r, text):
    bad = []
    t, ts = norm(text), squash(text)

    def on_page(field, value):
        if value and squash(value) not in ts:
            bad.append(f"{field} {value!r} not on the page")

    on_page("drucksache", r["drucksache"])
    on_page("department", r["department"])
    on_page("answers", r.get("answers"))
    for part in (r.get("originator") or "").split(", "):
        on_page("originator", part)
    for ref in r.get("references") or []:
        on_page("reference", ref)
    if r["title"]:
        words = re.findall(r"\w+", norm(r["title"]))
        missing = [w for w in words if w not in set(re.findall(r"\w+", t))]
        if missing:
            bad.append(f"title words {missing} not on the page")
    if r["date"] and not any(d in ts for d in dates_of(r["date"])):
        bad.append(f"date {r['date']} not on the page")
    for c in r["consultations"]:
        # a committee named in a session line is inflected ("zur Sitzung des Hauptausschusses")
        gen = world.genitive(c["committee"]).split(" ", 1)[1]
        if squash(gen) not in ts:
            on_page("committee", c["committee"])
        if c["date"] and not any(d in ts for d in dates_of(c["date"])):
            bad.append(f"consultation date {c['date']} not on the page")
    # structural rules
    if r["department"] and r.get("originator"):
        bad.append("both department and originator")
    if r["drucksache"] and r["drucksache"] in (r.get("references") or []):
        bad.append("own number among the references")
    if r.get("answers") and r["answers"] not in (r.get("references") or []):
        bad.append("answered number not among the references")
    if r["doc_type"] in ("Einladung", "Niederschrift") and (r["consultations"] or r.get("originator")):
        bad.append("meeting document with consultations or originator")
    if not 1 <= len(r["themes"]) <= 3:
        bad.append(f"{len(r['themes'])} themes")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--limit", type=int)
    a = ap.parse_args()
    d = Path(a.dir)
    rows = [json.loads(x) for x in open(d / "truth.jsonl", encoding="utf-8")][: a.limit]
    n_bad = 0
    for r in rows:
        for b in check_row(r, text_of(d / r["file"])):
            n_bad += 1
            print(f"{r['file']} ({r['family']}/{r['producer']}/{r['doc_type']}): {b}")
    print(f"checked {len(rows)} papers: {n_bad} violations", file=sys.stderr)
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
