"""Build the holdout21 first-contact set: python3 tools/holdout21/make.py [id ...] [--truth]"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from render import RENDER  # noqa: E402
from papers import PAPERS  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "holdout21")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date",
        "title", "public", "department", "originator", "answers", "references", "consultations", "klimacheck",
        "klima_style", "pages", "themes", "themes_why", "notes"]


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    prod = re.search(r"^Producer:\s*(.*)$", out, re.M)
    pages = int(re.search(r"^Pages:\s*(\d+)", out, re.M).group(1))
    return (prod.group(1).strip() if prod else None), pages


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_truth = "--truth" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in PAPERS:
        pdf = os.path.join(OUT, p["file"])
        if not only_truth and (not args or p["file"].split("_")[0] in args):
            RENDER[p["producer"]](p["blocks"], pdf, **p.get("opts", {}))
            print("rendered", p["file"], file=sys.stderr)
        prod, pages = pdfinfo(pdf)
        row = {k: p.get(k) for k in KEYS}
        row["pdf_producer"] = prod
        row["pages"] = pages
        row.setdefault("references", [])
        if row["references"] is None:
            row["references"] = []
        if row["consultations"] is None:
            row["consultations"] = []
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
