#!/usr/bin/env python3
"""Consistency check of tests/fixtures/holdout26/truth.jsonl against pdftotext/pdfinfo (no ratsdex)."""
import datetime
import json
import os
import re
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIR = os.path.join(ROOT, "tests", "fixtures", "holdout26")
ROLES = {None, "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"}
TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort", "Stellungnahme",
         "Niederschrift", "Einladung", "Gesetzentwurf", "Schreiben"}
THEMES = {"finanzen", "klima_umwelt", "soziales", "stadtentwicklung", "wirtschaft", "mobilitaet", "kultur_sport",
          "sicherheit_ordnung", "bildung", "verwaltung", "digitalisierung", "digitale_infrastruktur", "smart_city"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def dates_in(text):
    out = set()
    for d, m, y in re.findall(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b", text):
        out.add(f"{y}-{int(m):02d}-{int(d):02d}")
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    for d, mn, y in re.findall(r"\b(\d{1,2})\.\s(" + "|".join(months) + r")\s(\d{4})\b", text):
        out.add(f"{y}-{months.index(mn) + 1:02d}-{int(d):02d}")
    return out


def main():
    problems = 0
    rows = [json.loads(line) for line in open(os.path.join(DIR, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        path = os.path.join(DIR, r["file"])
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
        text = norm(raw)
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        producer = re.search(r"Producer:\s+(.*)", info).group(1).strip()

        def need(label, val):
            nonlocal problems
            if val is None:
                return
            if norm(val) not in text:
                problems += 1
                print(f"{r['file']}: {label} not in text: {val!r}")

        if pages != r["pages"]:
            problems += 1
            print(f"{r['file']}: pages {r['pages']} != {pages}")
        if producer != r["pdf_producer"]:
            problems += 1
            print(f"{r['file']}: producer {r['pdf_producer']!r} != {producer!r}")
        for k in ("drucksache", "title", "department", "originator", "answers", "doc_type_printed"):
            need(k, r[k])
        for ref in r["references"]:
            need("reference", ref)
        for c in r["consultations"]:
            need("committee", c["committee"])
            if c["role"] not in ROLES:
                problems += 1
                print(f"{r['file']}: bad role {c['role']}")
            if c["date"] and c["date"] not in dates_in(raw):
                problems += 1
                print(f"{r['file']}: consultation date {c['date']} not printed")
        if r["date"] not in dates_in(raw):
            problems += 1
            print(f"{r['file']}: date {r['date']} not printed")
        if r["doc_type"] not in TYPES or not set(r["themes"]) <= THEMES or not r["themes"]:
            problems += 1
            print(f"{r['file']}: bad doc_type/themes")
        if r["klimacheck"] not in (None, "positive", "negative", "neutral") or (r["klimacheck"] is None) != (r["klima_style"] is None):
            problems += 1
            print(f"{r['file']}: klimacheck/klima_style mismatch")
        bad = [ch for ch in raw if ch in "\ufffd\ufb01\ufb02\u2212"]
        if bad:
            problems += 1
            print(f"{r['file']}: odd glyphs {set(bad)}")
        datetime.date.fromisoformat(r["date"])
    print(f"{len(rows)} rows, problems: {problems}")


if __name__ == "__main__":
    main()
