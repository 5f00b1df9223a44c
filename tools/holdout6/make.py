#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout6/ (35 papers of councils not elsewhere in the repo).

    python3 tools/holdout6/make.py            # writes the PDFs and truth.jsonl
    python3 tools/holdout6/make.py r05 r14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout6/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import) and from .docx (python-docx), ReportLab. Labels are in docs_a.py / docs_b.py next to the
content. Needs chromium, soffice, python-docx, reportlab, pdfinfo. The driver (argument handling,
truth keys, pdfinfo reader) is tools/holdout5/make.py's, pointed at this folder's papers.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


driver = _load("holdout5_make", HERE.parent / "holdout5" / "make.py")
driver.OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout6"
driver.DOCS = (_load("holdout6_docs_a", HERE / "docs_a.py").DOCS
               + _load("holdout6_docs_b", HERE / "docs_b.py").DOCS)
driver.render = _load("holdout6_render", HERE / "render.py").render

if __name__ == "__main__":
    driver.main()
