#!/usr/bin/env python3
"""Make tests/fixtures/holdout26: python3 tools/holdout26/make.py [ids...] [--truth]"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from render import RENDER  # noqa: E402
from papers import PAPERS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout26")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date",
        "title", "public", "department", "originator", "answers", "references", "consultations", "klimacheck",
        "klima_style", "pages", "themes", "themes_why", "notes"]


def info(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    d = {}
    for ln in out.splitlines():
        if ":" in ln:
            a, b = ln.split(":", 1)
            d[a.strip()] = b.strip()
    return d.get("Producer"), int(d.get("Pages", "0"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_truth = "--truth" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in PAPERS:
        path = os.path.join(OUT, p["file"])
        if not only_truth and (not args or p["id"] in args):
            RENDER[p["producer"]](p, path)
            print("made", p["file"], flush=True)
        prod, pages = info(path)
        t = dict(p["truth"])
        t.update(file=p["file"], producer=p["producer"], pdf_producer=prod, pages=pages)
        for k in KEYS:
            t.setdefault(k, None)
        t.setdefault("references", [])
        t["references"] = t["references"] or []
        t["consultations"] = t["consultations"] or []
        rows.append({k: t[k] for k in KEYS})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
