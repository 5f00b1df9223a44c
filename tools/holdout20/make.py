"""Build the holdout20 first-contact set: python3 tools/holdout20/make.py [ids...] [--truth]"""
import json, os, subprocess, sys, tempfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
from papers_a import P as A
from papers_b import P as B
from papers_c import P as C
from papers_d import P as D
PAPERS = A + B + C + D
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "holdout20")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title",
        "public", "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages",
        "themes", "themes_why", "notes"]

def fname(p): return f'{p["id"]}_{p["slug"]}.pdf'

def build(papers):
    tmp = tempfile.mkdtemp(prefix="h20_")
    lo = []
    for p in papers:
        pdf = os.path.join(OUT, fname(p)); prod = p["producer"]
        if prod == "chromium":
            render.chromium(render.to_html(p["blocks"], font=p.get("font", "Liberation Sans"), size=p.get("size", 10.5),
                                           header=p.get("header"), footer=p.get("footer")), pdf, tmp)
        elif prod == "reportlab":
            render.reportlab(p["blocks"], pdf, font=p.get("font", "Helvetica"), size=p.get("size", 10), head=p.get("head"), foot=p.get("foot"))
        elif prod == "ghostscript-ps":
            ps = os.path.join(tmp, p["id"] + ".ps")
            render.postscript(p["blocks"], ps, font=p.get("font", "Times-Roman"), bold=p.get("bold", "Times-Bold"), size=p.get("size", 10.5),
                              head=p.get("head"), foot=p.get("foot"))
            render.ghostscript(ps, pdf)
        elif prod == "libreoffice-docx":
            src = os.path.join(tmp, fname(p)[:-4] + ".docx")
            render.docx(p["blocks"], src, font=p.get("font", "Liberation Sans"), size=p.get("size", 10.5), header=p.get("header"), footer=p.get("footer"))
            lo.append(src)
        elif prod == "libreoffice-html":
            src = os.path.join(tmp, fname(p)[:-4] + ".html")
            open(src, "w", encoding="utf-8").write(render.to_html(p["blocks"], font=p.get("font", "Liberation Sans"), size=p.get("size", 10.5),
                                                                  header=p.get("header"), footer=p.get("footer")))
            lo.append(src)
        else:
            raise ValueError(prod)
    if lo:
        render.soffice(lo, OUT)
    shutil.rmtree(tmp)

def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    d = {}
    for ln in out.splitlines():
        k, _, v = ln.partition(":"); d[k.strip()] = v.strip()
    return d

def truth():
    rows = []
    for p in PAPERS:
        f = fname(p); info = pdfinfo(os.path.join(OUT, f)); t = p["truth"]
        row = dict(file=f, producer=p["producer"], pdf_producer=info.get("Producer"), layout=p["layout"], city=p["city"])
        row.update({k: t[k] for k in ["drucksache", "doc_type", "doc_type_printed", "date", "title", "public", "department",
                                       "originator", "answers", "references"]})
        row["consultations"] = [dict(committee=c, date=d, role=r) for c, d, r in t["consultations"]]
        row["klimacheck"] = t["klimacheck"]; row["klima_style"] = t["klima_style"]
        row["pages"] = int(info.get("Pages", 0))
        row["themes"] = t["themes"]; row["themes_why"] = t["themes_why"]; row["notes"] = t["notes"]
        if p["producer"] == "ghostscript-ps":  # the PostScript text is Latin-1: dashes and German quotes print as ASCII
            fix = lambda v: v.replace("–", "-").replace("„", '"').replace("“", '"') if isinstance(v, str) else v
            for k in ["drucksache", "title", "department", "originator", "answers"]: row[k] = fix(row[k])
            row["references"] = [fix(x) for x in row["references"]]
            for c in row["consultations"]: c["committee"] = fix(c["committee"])
        assert list(row) == KEYS, (f, list(row))
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    os.makedirs(OUT, exist_ok=True)
    if "--truth" not in sys.argv:
        build([p for p in PAPERS if not args or p["id"] in args])
    truth()
