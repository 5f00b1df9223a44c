#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout4/ (24 papers of councils not elsewhere in the repo).

    python3 tools/holdout4/make.py            # writes the PDFs and truth.jsonl
    python3 tools/holdout4/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import) and from .docx (python-docx). Labels are in docs_a.py / docs_b.py next to the content.
"""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from render import render  # noqa: E402

OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout4"
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type",
        "doc_type_printed", "date", "title", "public", "department", "originator", "answers",
        "references", "consultations", "klimacheck", "klima_style", "pages", "themes",
        "themes_why", "notes"]


def pdfinfo(path):
    info = {}
    text = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    for line in text.splitlines():
        k, _, v = line.partition(":")
        info[k.strip()] = v.strip()
    return int(info["Pages"]), info.get("Producer", "")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for d in A + B:
        target = OUT / d["file"]
        if "--truth" not in sys.argv:
            render(d, OUT)
            print("made", target.name, file=sys.stderr)
        pages, producer = pdfinfo(target)
        row = dict(d["truth"], file=d["file"], producer=d["producer"], pdf_producer=producer,
                   layout=d["layout"], city=d["city"], pages=pages)
        rows.append({k: row[k] for k in KEYS})
    with open(OUT / "truth.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
