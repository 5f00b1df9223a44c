#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout7/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout7/make.py            # writes the PDFs and truth.jsonl
    python3 tools/holdout7/make.py s05 s14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout7/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import) and from .docx (python-docx), ReportLab. Labels are in docs_a.py / docs_b.py next to the
content. The driver is tools/holdout5/make.py's and the renderer tools/holdout6/render.py's
(running headers/footers), both loaded by path and pointed at this folder's papers.
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
driver.OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout7"
driver.DOCS = (_load("holdout7_docs_a", HERE / "docs_a.py").DOCS
               + _load("holdout7_docs_b", HERE / "docs_b.py").DOCS)
driver.render = _load("holdout6_render", HERE.parent / "holdout6" / "render.py").render

if __name__ == "__main__":
    driver.main()
