"""Generate tests/fixtures/holdout25: python3 tools/holdout25/make.py [ids...] [--truth]"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from render import RENDER
import papers_a, papers_b, papers_c

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout25")
PAPERS = papers_a.PAPERS + papers_b.PAPERS + papers_c.PAPERS
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title",
        "public", "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages",
        "themes", "themes_why", "notes"]

def pdfinfo(path):
    info = {}
    for line in subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout.splitlines():
        k, _, v = line.partition(":"); info[k.strip()] = v.strip()
    return info

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    if "--truth" not in sys.argv:
        for p in PAPERS:
            if args and p["id"] not in args: continue
            p.setdefault("doc_title", p["title"])
            RENDER[p["producer"]](p, os.path.join(OUT, p["file"]))
            print("made", p["file"])
    rows = []
    for p in PAPERS:
        info = pdfinfo(os.path.join(OUT, p["file"]))
        row = dict(p, pdf_producer=info.get("Producer"), pages=int(info.get("Pages", 0)))
        rows.append({k: row.get(k) for k in KEYS})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
