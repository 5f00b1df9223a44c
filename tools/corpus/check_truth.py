#!/usr/bin/env python3
"""Check corpus/truth.jsonl against corpus/: one row per PDF, every key, valid values, exact pages.

    python3 tools/corpus/check_truth.py [--corpus corpus]

Exit status 1 and one line per problem when something is wrong.
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed",
        "date", "title", "public", "department", "consultations", "klimacheck", "klima_style", "themes",
        "pages", "notes"]
THEMES = {"digitalisierung", "smart_city", "digitale_infrastruktur", "bildung", "klima_umwelt", "mobilitaet",
          "stadtentwicklung", "soziales", "finanzen", "verwaltung", "wirtschaft", "kultur_sport",
          "sicherheit_ordnung"}
DOC_TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Antrag", "Anfrage", "Ergänzungsvorlage"}
ROLES = {"Entscheidung", "Vorberatung", "Kenntnisnahme", "Anhörung", "Beschluss"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default="corpus")
    corpus = Path(ap.parse_args().corpus)
    problems = []
    rows = [json.loads(l) for l in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    names = [r.get("file") for r in rows]
    pdfs = sorted(p.name for p in corpus.iterdir() if p.suffix.lower() == ".pdf")
    for dup in {n for n in names if names.count(n) > 1}:
        problems.append(f"{dup}: more than one truth row")
    for missing in sorted(set(pdfs) - set(names)):
        problems.append(f"{missing}: no truth row")
    for r in rows:
        f = r.get("file")
        if list(r.keys()) != KEYS:
            problems.append(f"{f}: keys {list(r.keys())} differ from the schema")
        if f not in pdfs:
            problems.append(f"{f}: no such PDF in {corpus}")
            continue
        if r.get("doc_type") not in DOC_TYPES:
            problems.append(f"{f}: doc_type {r.get('doc_type')!r}")
        if r.get("date") is not None and not ISO.match(r["date"]):
            problems.append(f"{f}: date {r['date']!r}")
        if r.get("klimacheck") not in (None, "neutral", "positive", "negative"):
            problems.append(f"{f}: klimacheck {r.get('klimacheck')!r}")
        if r.get("public") not in (None, True, False):
            problems.append(f"{f}: public {r.get('public')!r}")
        for t in r.get("themes") or []:
            if t not in THEMES:
                problems.append(f"{f}: unknown theme {t!r}")
        if not r.get("themes"):
            problems.append(f"{f}: no themes")
        for c in r.get("consultations") or []:
            if set(c) != {"committee", "date", "role"} or not ISO.match(c.get("date") or "") \
                    or c.get("role") not in ROLES:
                problems.append(f"{f}: consultation {c}")
        n = pages(corpus / f)
        if n != r.get("pages"):
            problems.append(f"{f}: pages {r.get('pages')} in truth, pdfinfo says {n}")
    readme = (corpus / "README.md").read_text(encoding="utf-8") if (corpus / "README.md").exists() else ""
    for p in pdfs:
        if p not in readme:
            problems.append(f"{p}: not described in {corpus}/README.md")
    for p in problems:
        print(p)
    print(f"{len(rows)} rows, {len(pdfs)} PDFs, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
