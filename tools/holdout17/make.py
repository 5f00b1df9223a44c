#!/usr/bin/env python3
"""Rebuild the first-contact set tests/fixtures/holdout17/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout17/make.py            # writes the PDFs and truth.jsonl, then checks both
    python3 tools/holdout17/make.py y05 y14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout17/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Nothing is copied: the driver is tools/holdout10/make.py's (itself tools/holdout9's and holdout8's:
producers Chromium, Chromium from raw HTML, LibreOffice from HTML / .docx / .odt, ReportLab,
Ghostscript re-distilling; the truth.jsonl writer and its check; the "prints nothing" defaults and
the text-layer check), run as this script: it reads papers.py beside it (which joins papers_a.py and
papers_b.py, the papers and their labels) and writes this folder's fixtures. The layouts are this
set's own (blocks and raw HTML in papers_a.py / papers_b.py).
"""
import runpy
from pathlib import Path

if __name__ == "__main__":
    driver = runpy.run_path(str(Path(__file__).resolve().parent.parent / "holdout10" / "make.py"))
    driver["main_of"](__file__)
