#!/usr/bin/env python3
"""Consistency check of tests/fixtures/holdout29/truth.jsonl against the PDFs (pdftotext/pdfinfo only).
Every text-valued label must occur in the PDF's text (whitespace-normalised); the date must be printed
as dd.mm.yyyy; the page count must match; keys must equal holdout28's key order."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
SET = os.path.join(ROOT, "tests", "fixtures", "holdout29")
REF = os.path.join(ROOT, "tests", "fixtures", "holdout28", "truth.jsonl")
ROLES = {None, "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"}
TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort", "Stellungnahme",
         "Niederschrift", "Einladung", "Gesetzentwurf", "Schreiben"}
THEMES = {"finanzen", "klima_umwelt", "soziales", "stadtentwicklung", "wirtschaft", "mobilitaet", "kultur_sport",
          "sicherheit_ordnung", "bildung", "verwaltung", "digitalisierung", "digitale_infrastruktur", "smart_city"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return norm(subprocess.run(args, capture_output=True, text=True).stdout)


def main():
    with open(REF, encoding="utf-8") as f:
        ref_keys = list(json.loads(f.readline()).keys())
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        pdf = os.path.join(SET, r["file"])
        errs = []
        if list(r.keys()) != ref_keys:
            errs.append(f"keys differ from holdout28: {list(r.keys())}")
        t1, t2 = text(pdf), text(pdf, True)
        has = lambda v: norm(v) in t1 or norm(v) in t2
        for k in ("drucksache", "doc_type_printed", "title", "department", "originator", "answers"):
            if r[k] is not None and not has(r[k]):
                errs.append(f"{k} not in text: {r[k]!r}")
        for v in r["references"]:
            if not has(v):
                errs.append(f"reference not in text: {v!r}")
        if r["drucksache"] and r["drucksache"] in r["references"]:
            errs.append("own number in references")
        for c in r["consultations"]:
            if not has(c["committee"]):
                errs.append(f"committee not in text: {c['committee']!r}")
            if c["role"] not in ROLES:
                errs.append(f"role not canonical: {c['role']!r}")
            if c["date"]:
                y, m, d = c["date"].split("-")
                if f"{d}.{m}.{y}" not in t1:
                    errs.append(f"consultation date not printed: {c['date']}")
        y, m, d = r["date"].split("-")
        if f"{d}.{m}.{y}" not in t1:
            errs.append(f"date not printed: {r['date']}")
        if r["doc_type"] not in TYPES:
            errs.append(f"doc_type not canonical: {r['doc_type']}")
        if not set(r["themes"]) <= THEMES or not r["themes"]:
            errs.append(f"themes: {r['themes']}")
        if r["klimacheck"] not in (None, "positive", "negative", "neutral"):
            errs.append("klimacheck value")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        if pages != r["pages"]:
            errs.append(f"pages {r['pages']} != {pages}")
        prod = re.search(r"Producer:\s+(.*)", info).group(1).strip()
        if prod != r["pdf_producer"]:
            errs.append(f"pdf_producer {r['pdf_producer']!r} != {prod!r}")
        if errs:
            bad += 1
            print(r["file"])
            for e in errs:
                print("   ", e)
    print(f"{len(rows)} rows, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
