#!/usr/bin/env python3
"""Rebuild tests/fixtures/families/: one look-alike per layout family a metadata rule serves.

    python3 tools/audit/families/make.py          # PDFs and truth.jsonl
    python3 tools/audit/families/make.py --truth  # truth.jsonl only

Producers and blocks as tools/holdout4/render.py (Chromium, LibreOffice from HTML and .docx).
"""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tools" / "holdout4"))
from docs import DOCS  # noqa: E402
from render import render  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "families"


def pages(path):
    text = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    info = dict((k.strip(), v.strip()) for k, _, v in (l.partition(":") for l in text.splitlines()))
    return int(info["Pages"]), info.get("Producer", "")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for d in DOCS:
        target = OUT / d["file"]
        if "--truth" not in sys.argv:
            render(d, OUT)
            print("made", target.name, file=sys.stderr)
        n, producer = pages(target)
        rows.append(dict(file=d["file"], producer=d["producer"], pdf_producer=producer,
                         family=d["family"], pages=n, **d["truth"]))
    with open(OUT / "truth.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
