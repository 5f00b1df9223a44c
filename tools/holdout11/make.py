#!/usr/bin/env python3
"""Rebuild the first-contact set tests/fixtures/holdout11/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout11/make.py            # writes the PDFs and truth.jsonl, then checks both
    python3 tools/holdout11/make.py w05 w14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout11/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Nothing is copied: the driver is tools/holdout9/make.py (producers Chromium, Chromium from raw HTML,
LibreOffice from HTML / .docx / .odt, ReportLab, Ghostscript re-distilling; the truth.jsonl writer and
its check), and the "prints nothing" defaults and the text-layer check are tools/holdout10/make.py's,
both loaded by path and pointed at this folder and at the papers of papers.py.
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout11"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    h9 = _load("holdout9_make", HERE.parent / "holdout9" / "make.py")
    h10 = _load("holdout10_make", HERE.parent / "holdout10" / "make.py")
    papers = _load("holdout11_papers", HERE / "papers.py").DOCS
    for paper in papers:
        paper["truth"] = {**h10.UNLABELLED, **paper["truth"]}
    h9.OUT, h9.DOCS, h10.OUT = OUT, papers, OUT
    try:
        h9.main()
        status = 0
    except SystemExit as done:
        status = done.code or 0
    bad = []
    for line in open(OUT / "truth.jsonl", encoding="utf-8"):
        row = json.loads(line)
        bad += [f"{row['file']}: not in text layer: {b}" for b in h10.text_check(row)]
    for b in bad:
        print("BAD", b, file=sys.stderr)
    print(f"text layer: {len(bad)} problems", file=sys.stderr)
    sys.exit(1 if bad or status else 0)


if __name__ == "__main__":
    main()
