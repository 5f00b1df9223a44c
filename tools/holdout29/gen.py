#!/usr/bin/env python3
"""Generate tests/fixtures/holdout29: PDFs by four real producers plus truth.jsonl.
Usage: python3 tools/holdout29/gen.py [file-prefix ...]"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
import papers_a  # noqa: E402
import papers_b  # noqa: E402,F401

OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "holdout29")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title",
        "public", "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages",
        "themes", "themes_why", "notes"]


def info(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    d = {}
    for ln in out.splitlines():
        if ":" in ln:
            k, v = ln.split(":", 1)
            d[k.strip()] = v.strip()
    return d


def main():
    only = sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in papers_a.PAPERS:
        pdf = os.path.join(OUT, p["file"])
        if not only or any(p["file"].startswith(o) for o in only):
            render.PRODUCERS[p["producer"]](p["blocks"], p["opt"], pdf)
        i = info(pdf)
        row = dict(file=p["file"], producer=p["producer"], pdf_producer=i.get("Producer"), layout=p["layout"], **p["truth"])
        row["pages"] = int(i["Pages"])
        rows.append({k: row[k] for k in KEYS})
        print(p["file"], row["pages"], row["pdf_producer"], file=sys.stderr)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
