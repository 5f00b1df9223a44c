"""Make holdout27: python3 tools/holdout27/make.py [ids...] [--truth]"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from render import RENDER, ps_text  # noqa: E402
import papers_a, papers_b  # noqa: E402,E401

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout27")
PAPERS = papers_a.PAPERS + papers_b.PAPERS
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed",
        "date", "title", "public", "department", "originator", "answers", "references", "consultations",
        "klimacheck", "klima_style", "pages", "themes", "themes_why", "notes"]
TEXT_KEYS = ["drucksache", "doc_type_printed", "title", "department", "originator", "answers"]


def info(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    d = {}
    for line in out.splitlines():
        k, _, v = line.partition(":")
        d[k.strip()] = v.strip()
    return d.get("Producer", ""), int(d["Pages"])


def row(p):
    pdf = os.path.join(OUT, p["file"])
    prod, pages = info(pdf)
    L = dict(p["labels"])
    if p["producer"] == "ghostscript":
        for k in TEXT_KEYS:
            L[k] = ps_text(L.get(k))
        L["references"] = [ps_text(r) for r in L["references"]]
        L["consultations"] = [dict(c, committee=ps_text(c["committee"])) for c in L["consultations"]]
    r = {"file": p["file"], "producer": p["producer"], "pdf_producer": prod, "pages": pages}
    r.update(L)
    missing = [k for k in KEYS if k not in r]
    assert not missing, (p["file"], missing)
    return {k: r[k] for k in KEYS}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--truth" not in sys.argv:
        for p in PAPERS:
            if args and p["file"].split("_")[0] not in args:
                continue
            RENDER[p["producer"]](p, os.path.join(OUT, p["file"]))
            print("made", p["file"], flush=True)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for p in PAPERS:
            f.write(json.dumps(row(p), ensure_ascii=False) + "\n")
    print("truth rows:", len(PAPERS))


if __name__ == "__main__":
    main()
