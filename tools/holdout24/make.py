"""Render the holdout24 papers and write tests/fixtures/holdout24/truth.jsonl.

python3 tools/holdout24/make.py            all papers
python3 tools/holdout24/make.py x01 x07    only these (truth.jsonl is rewritten from all rows)
python3 tools/holdout24/make.py --truth    only truth.jsonl
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from render import RENDERERS  # noqa: E402
import papers_a, papers_b, papers_c, papers_d  # noqa: E402,E401

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout24")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type",
        "doc_type_printed", "date", "title", "public", "department", "originator", "answers",
        "references", "consultations", "klimacheck", "klima_style", "pages", "themes",
        "themes_why", "notes"]


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    info = {}
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return info.get("Producer"), int(info.get("Pages", "0"))


def main(argv):
    papers = papers_a.PAPERS + papers_b.PAPERS + papers_c.PAPERS + papers_d.PAPERS
    only = [a for a in argv if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    if "--truth" not in argv:
        for p in papers:
            if only and not any(p["file"].startswith(o) for o in only):
                continue
            path = os.path.join(OUT, p["file"])
            RENDERERS[p["producer"]](p, path)
            print("rendered", p["file"])
    rows = []
    for p in papers:
        path = os.path.join(OUT, p["file"])
        prod, pages = pdfinfo(path)
        row = {k: p.get(k) for k in KEYS}
        row["producer"] = "libreoffice-docx" if p["producer"] == "libreoffice-docx" else p["producer"]
        row["pdf_producer"] = prod
        row["pages"] = pages
        row["references"] = p.get("references", [])
        row["consultations"] = p.get("consultations", [])
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main(sys.argv[1:])
