"""Consistency check of holdout27: every labelled string is in the PDF's pdftotext text; pages match."""
import json
import os
import re
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SET = os.path.join(ROOT, "tests", "fixtures", "holdout27")
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def variants(text):
    t = norm(text)
    return [t, re.sub(r"(?<=\w)- (?=\w)", "-", t)]


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}.{m}.{y}", f"{int(d)}. {MONTHS[int(m) - 1]} {y}", f"{d}. {MONTHS[int(m) - 1]} {y}",
            f"{int(d)}.{int(m)}.{y}"]


def main():
    problems = 0
    rows = [json.loads(x) for x in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        pdf = os.path.join(SET, r["file"])
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
        vs = variants(text)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        prod = re.search(r"Producer:\s+(.*)", info).group(1).strip()

        def need(what, s):
            nonlocal problems
            if s is None:
                return
            if not any(norm(s) in v for v in vs):
                problems += 1
                print(f"{r['file']}: {what} not found: {s!r}")

        for k in ("drucksache", "doc_type_printed", "title", "department", "originator", "answers"):
            need(k, r[k])
        for ref in r["references"]:
            need("reference", ref)
        for c in r["consultations"]:
            need("committee", c["committee"])
            if c["date"]:
                if not any(any(f in v for v in vs) for f in date_forms(c["date"])):
                    problems += 1
                    print(f"{r['file']}: consultation date not found: {c['date']}")
            assert c["role"] in (None, "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"), c
        if r["date"] and not any(any(f in v for v in vs) for f in date_forms(r["date"])):
            problems += 1
            print(f"{r['file']}: date not found: {r['date']}")
        if r["drucksache"] and r["drucksache"] in r["references"]:
            problems += 1
            print(f"{r['file']}: own number among references")
        if pages != r["pages"]:
            problems += 1
            print(f"{r['file']}: pages {pages} != {r['pages']}")
        if prod != r["pdf_producer"]:
            problems += 1
            print(f"{r['file']}: producer {prod!r} != {r['pdf_producer']!r}")
        if re.search("[\ufb00-\ufb06\ufffd]", text):
            problems += 1
            print(f"{r['file']}: ligature or replacement glyph in text layer")
        assert r["klimacheck"] in (None, "positive", "negative", "neutral")
        assert (r["klimacheck"] is None) == (r["klima_style"] is None), r["file"]
    print(f"rows: {len(rows)}  problems: {problems}")


if __name__ == "__main__":
    main()
