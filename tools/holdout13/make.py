#!/usr/bin/env python3
"""Rebuild the first-contact set tests/fixtures/holdout13/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout13/make.py            # writes the PDFs and truth.jsonl, then checks both
    python3 tools/holdout13/make.py y05 y14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout13/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Nothing is copied: the driver is tools/holdout10/make.py's (itself tools/holdout9's and holdout8's:
producers Chromium, Chromium from raw HTML, LibreOffice from HTML / .docx / .odt, ReportLab,
Ghostscript re-distilling; the truth.jsonl writer and its check; the "prints nothing" defaults and
the text-layer check), loaded by path and pointed at this folder and at the papers of papers.py.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout13"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    h10 = _load("holdout10_make", HERE.parent / "holdout10" / "make.py")
    h10.main(OUT, HERE / "papers.py")


if __name__ == "__main__":
    main()
