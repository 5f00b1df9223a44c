#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout5/ (32 papers of councils not elsewhere in the repo).

    python3 tools/holdout5/make.py            # writes the PDFs and truth.jsonl
    python3 tools/holdout5/make.py k05 k14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout5/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import) and from .docx (python-docx), ReportLab. Labels are in docs_a.py / docs_b.py next to the
content. Needs chromium, soffice, python-docx, reportlab, pdfinfo. The truth keys and the pdfinfo
reader are those of tools/holdout4/make.py.
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout5"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# loaded by path under their own names: holdout4's modules of the same file names stay apart
H4 = _load("holdout4_make", HERE.parent / "holdout4" / "make.py")
DOCS = (_load("holdout5_docs_a", HERE / "docs_a.py").DOCS
        + _load("holdout5_docs_b", HERE / "docs_b.py").DOCS)
render = _load("holdout5_render", HERE / "render.py").render


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = []
    for d in DOCS:
        target = OUT / d["file"]
        if "--truth" not in sys.argv and (not only or any(o in d["file"] for o in only)):
            render(d, OUT)
            print("made", target.name, file=sys.stderr)
        pages, producer = H4.pdfinfo(target)
        row = dict(d["truth"], file=d["file"], producer=d["producer"], pdf_producer=producer,
                   layout=d["layout"], city=d["city"], pages=pages)
        rows.append({k: row[k] for k in H4.KEYS})
    rows.sort(key=lambda r: r["file"])
    with open(OUT / "truth.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
