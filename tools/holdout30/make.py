#!/usr/bin/env python3
"""Render holdout30 (first-contact metadata set) and write truth.jsonl.
Usage: python3 tools/holdout30/make.py [id ...] [--truth]"""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import RENDER, ps_safe
import papers_a, papers_b, papers_c

OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "holdout30")
PAPERS = papers_a.PAPERS + papers_b.PAPERS + papers_c.PAPERS
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title",
        "public", "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages",
        "themes", "themes_why", "notes"]


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    info = {}
    for ln in out.splitlines():
        k, _, v = ln.partition(":")
        info[k.strip()] = v.strip()
    return info.get("Producer", ""), int(info.get("Pages", "0"))


def row(p):
    path = os.path.join(OUT, p["file"])
    prod, pages = pdfinfo(path)
    t = dict(p["T"])
    if p["producer"] == "ghostscript":  # the text layer prints '-' for dashes, '"' for German quotes
        for k in ("title", "department", "originator", "drucksache", "answers", "doc_type_printed"):
            t[k] = ps_safe(t[k])
        t["references"] = [ps_safe(x) for x in t["references"]]
        t["consultations"] = [dict(c, committee=ps_safe(c["committee"])) for c in t["consultations"]]
    r = dict(file=p["file"], producer=p["producer"], pdf_producer=prod, layout=p["layout"], city=p["city"], pages=pages, **t)
    return {k: r[k] for k in KEYS}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    ids = {p["id"] for p in PAPERS}
    assert len(ids) == len(PAPERS)
    if "--truth" not in sys.argv:
        for p in PAPERS:
            if args and p["id"] not in args:
                continue
            RENDER[p["producer"]](dict(p), os.path.join(OUT, p["file"]))
            print("rendered", p["file"], flush=True)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for p in PAPERS:
            f.write(json.dumps(row(p), ensure_ascii=False) + "\n")
    print("truth rows:", len(PAPERS))


if __name__ == "__main__":
    main()
