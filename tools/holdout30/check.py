#!/usr/bin/env python3
"""Consistency check of holdout30: every labelled string is in the PDF's pdftotext text, page counts match,
no replacement glyphs. Usage: python3 tools/holdout30/check.py"""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "..", "tests", "fixtures", "holdout30")
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
ROLE_WORDS = {"Vorberatung": ["Vorberatung", "vorberatend"], "Entscheidung": ["Entscheidung", "Beschlussfassung", "beschließend", "Beschluss"],
              "Kenntnisnahme": ["Kenntnisnahme", "zur Kenntnis", "zur Information"], "Anhörung": ["Anhörung"]}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}.{m}.{y}", f"{int(d)}. {MONTHS[int(m) - 1]} {y}"]


def main():
    problems = 0
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        pdf = os.path.join(SET, r["file"])
        raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        lay = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        txt, txl = norm(raw), norm(lay)
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

        def need(label, s):
            nonlocal problems
            if s is None:
                return
            if norm(s) not in txt and norm(s) not in txl:
                # a string wrapped inside a table cell may be interleaved with a neighbour cell's lines:
                # accept when all its words occur in order (reported, not counted)
                pos, ok = 0, True
                for w in norm(s).split():
                    i = txt.find(w, pos)
                    if i < 0:
                        ok = False
                        break
                    pos = i + len(w)
                if ok:
                    print(f"{r['file']}: {label} split across lines of a cell (words in order): {s!r}")
                    return
                problems += 1
                print(f"{r['file']}: {label} not in text: {s!r}")
        if pages != r["pages"]:
            problems += 1
            print(f"{r['file']}: pages {pages} != {r['pages']}")
        for k in ("drucksache", "doc_type_printed", "title", "department", "originator", "answers"):
            need(k, r[k])
        if r["date"] and not any(f in txt for f in date_forms(r["date"])):
            problems += 1
            print(f"{r['file']}: date {r['date']} not printed")
        for x in r["references"]:
            need("reference", x)
        for c in r["consultations"]:
            need("committee", c["committee"])
            if c["date"] and not any(f in txt for f in date_forms(c["date"])):
                problems += 1
                print(f"{r['file']}: consultation date {c['date']} not printed")
            if c["role"] and not any(w in txt for w in ROLE_WORDS[c["role"]]):
                problems += 1
                print(f"{r['file']}: role word for {c['role']} not printed")
        if r["public"] is not None and not re.search(r"öffentlich", txt):
            problems += 1
            print(f"{r['file']}: public labelled but 'öffentlich' not printed")
        if "\ufffd" in raw or re.search("[\ufb00-\ufb06]", raw):
            problems += 1
            print(f"{r['file']}: replacement/ligature glyphs")
    print(f"papers: {len(rows)}  problems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
