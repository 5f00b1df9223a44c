#!/usr/bin/env python3
"""Rebuild the first-contact set tests/fixtures/holdout10/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout10/make.py            # writes the PDFs and truth.jsonl, then checks both
    python3 tools/holdout10/make.py v05 v14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout10/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

The driver is tools/holdout9/make.py, loaded by path and pointed at this folder and at the papers of
papers.py: its producers (Chromium, Chromium from raw HTML, LibreOffice from HTML / .docx / .odt,
ReportLab, Ghostscript re-distilling), its truth.jsonl writer and its check. New here: the labels a
paper leaves out are filled with "prints nothing" values, and `text_check` reads every PDF's text layer
with `pdftotext -layout` and reports each labelled value (drucksache, answers, references, originator,
department, committees, title words) that is not in it.
"""
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout10"

# What a paper prints when it prints nothing for a field.
UNLABELLED = dict(drucksache=None, doc_type=None, doc_type_printed=None, date=None, title=None,
                  public=None, department=None, originator=None, answers=None, references=[],
                  consultations=[], klimacheck=None, klima_style=None, themes=[], themes_why="",
                  notes="")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _squash(text):
    """Fold white space so a value wrapped over lines still matches."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_check(row, out=OUT):
    """Labelled values missing from the PDF's text layer (pdftotext -layout)."""
    text = subprocess.run(["pdftotext", "-layout", str(out / row["file"]), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = _squash(text)
    words = set(re.findall(r"\w+", text.casefold()))
    bad = [f"{key} {row[key]!r}" for key in ("drucksache", "answers", "originator", "department")
           if row[key] and _squash(row[key]) not in flat]
    bad += [f"reference {ref!r}" for ref in row["references"] if _squash(ref) not in flat]
    bad += [f"committee {c['committee']!r}" for c in row["consultations"]
            if not set(re.findall(r"\w+", c["committee"].casefold())) <= words]
    missing = set(re.findall(r"\w+", (row["title"] or "").casefold())) - words
    if missing:
        bad.append(f"title words {sorted(missing)}")
    return bad


def main(out=OUT, papers_file=HERE / "papers.py"):
    """Render the papers of `papers_file` into `out` with holdout9's driver, then check the text
    layer."""
    h9 = _load("holdout9_make", HERE.parent / "holdout9" / "make.py")
    papers = _load(f"{out.name}_papers", papers_file).DOCS
    for paper in papers:
        paper["truth"] = {**UNLABELLED, **paper["truth"]}
    h9.OUT, h9.DOCS = out, papers
    try:
        h9.main()
        status = 0
    except SystemExit as done:
        status = done.code or 0
    bad = []
    for line in open(out / "truth.jsonl", encoding="utf-8"):
        row = json.loads(line)
        bad += [f"{row['file']}: not in text layer: {b}" for b in text_check(row, out)]
    for b in bad:
        print("BAD", b, file=sys.stderr)
    print(f"text layer: {len(bad)} problems", file=sys.stderr)
    sys.exit(1 if bad or status else 0)


def main_of(script):
    """Build the set whose make.py is `script`: the papers of papers.py beside it, into
    tests/fixtures/<its folder's name> (holdout11's, holdout12's and holdout13's make.py run this
    file as their own)."""
    folder = Path(script).resolve().parent
    main(folder.parent.parent / "tests" / "fixtures" / folder.name, folder / "papers.py")


if __name__ == "__main__":
    main_of(sys.argv[0])
