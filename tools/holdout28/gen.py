"""Generate tests/fixtures/holdout28 (PDFs + truth.jsonl). Usage: python3 tools/holdout28/gen.py [prefix...]"""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from render import MAKERS, ps_text
from papers_a import P as PA
from papers_b import P as PB

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout28")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title", "public",
        "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages", "themes", "themes_why", "notes"]


def pdfinfo(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    prod = re.search(r"^Producer:\s*(.*)$", out, re.M)
    pages = int(re.search(r"^Pages:\s*(\d+)", out, re.M).group(1))
    return (prod.group(1).strip() if prod else None), pages


def main(only):
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in PA + PB:
        pdf = os.path.join(OUT, p["file"])
        if not only or any(p["file"].startswith(o) for o in only):
            opt = dict(p.get("opt", {}))
            opt["pages"] = p["t"]["pages"]
            MAKERS[p["producer"]](p["blocks"], opt, pdf)
        prod, pages = pdfinfo(pdf)
        if pages != p["t"]["pages"]:
            print(f"PAGES MISMATCH {p['file']}: pdf {pages} truth {p['t']['pages']}")
        t = dict(p["t"])
        if p["producer"] == "ghostscript-ps":  # PostScript prints ISO-Latin-1 only: labels follow the print
            for k in ("title", "department", "originator", "doc_type_printed", "drucksache"):
                if isinstance(t.get(k), str):
                    t[k] = ps_text(t[k])
            t["consultations"] = [(ps_text(c), d, r) for c, d, r in t["consultations"]]
        row = dict(file=p["file"], producer=p["producer"], pdf_producer=prod, layout=p["layout"], **t)
        row["consultations"] = [dict(committee=c, date=d, role=r) for c, d, r in t["consultations"]]
        rows.append({k: row[k] for k in KEYS})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main(sys.argv[1:])
