#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout9/ (papers of councils not elsewhere in the repo).

The driver is tools/holdout8/make.py, loaded by path (same producers, same truth writer and
check); this file adds the producer "chromium-raw" (a paper given as its own HTML body and CSS, for
layouts the block vocabulary cannot draw: side columns, letterheads with absolutely placed address
fields).

    python3 tools/holdout9/make.py            # writes the PDFs and truth.jsonl, then checks it
    python3 tools/holdout9/make.py t05 t14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout9/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import), from .docx (python-docx) and from .odt (the .docx converted to .odt by LibreOffice first),
ReportLab, and Ghostscript (pdfwrite) re-distilling a paper made by one of the others. The block
vocabulary and back ends are tools/holdout6/render.py's (loaded by path); the pdfinfo reader is
tools/holdout4/make.py's. Labels are in docs_a.py / docs_b.py next to the content.
"""

import importlib.util
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout9"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


H4R = _load("holdout4_render", HERE.parent / "holdout4" / "render.py")
H8 = _load("holdout8_make", HERE.parent / "holdout8" / "make.py")
H8_RENDER = H8.render
DOCS = (_load("holdout9_docs_a", HERE / "docs_a.py").DOCS
        + _load("holdout9_docs_b", HERE / "docs_b.py").DOCS)


def render(doc, outdir):
    """Render one paper; adds the producer chromium-raw to holdout8's."""
    if doc["producer"] != "chromium-raw":
        return H8_RENDER(doc, outdir)
    target = Path(outdir) / doc["file"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "paper.html"
        src.write_text("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>"
                       "@page { size: A4; margin: 1.8cm 1.8cm 1.8cm 2.4cm; } "
                       f"body {{ font-family: '{doc['font']}'; font-size: {doc['size']}pt; "
                       "line-height: 1.3; } p { margin: 0 0 6pt 0; } "
                       + doc.get("css", "") + "</style></head><body>" + doc["html"]
                       + "</body></html>")
        H4R.chromium(src, target)
    return target


def main():
    """holdout8's driver, pointed at this folder, these papers and this renderer (the module's
    OUT and DOCS are read when it runs, so a later set can point them elsewhere)."""
    H8.OUT, H8.DOCS, H8.render = OUT, DOCS, render
    H8.main()


if __name__ == "__main__":
    main()
