"""Regenerate tests/fixtures/holdout23: python3 tools/holdout23/make.py [file-prefix ...] [--truth]"""
import json, os, subprocess, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
import render
from papers_a import PAPERS as A
from papers_b import PAPERS as B
from papers_c import PAPERS as C
from papers_d import PAPERS as D

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout23")
PAPERS = A + B + C + D
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title",
        "public", "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages",
        "themes", "themes_why", "notes"]


def chromium(html, pdf, tmp):
    src = os.path.join(tmp, "in.html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)


def soffice(src, tmp, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src]
    subprocess.run(cmd, check=True, capture_output=True)
    return os.path.splitext(src)[0] + ".pdf"


def gs(src, pdf):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                    f"-sOutputFile={pdf}", src], check=True, capture_output=True)


def build(p):
    pdf = os.path.join(OUT, p["file"])
    tmp = tempfile.mkdtemp()
    try:
        prod, via = p["producer"], p.get("via")
        opts = p.get("style", {})
        if prod == "chromium":
            chromium(render.to_html(p["blocks"], **opts), pdf, tmp)
        elif prod == "libreoffice-html":
            src = os.path.join(tmp, "vorlage.html")
            open(src, "w", encoding="utf-8").write(render.to_html(p["blocks"], for_lo=True, **opts))
            shutil.move(soffice(src, tmp, "HTML (StarWriter)"), pdf)
        elif prod == "libreoffice-docx":
            src = os.path.join(tmp, "vorlage.docx")
            render.to_docx(p["blocks"], src, **opts)
            shutil.move(soffice(src, tmp), pdf)
        elif prod == "reportlab":
            render.to_reportlab(p["blocks"], pdf, **opts)
        elif prod == "ghostscript":
            mid = os.path.join(tmp, "mid.pdf")
            if via == "chromium":
                chromium(render.to_html(p["blocks"], **opts), mid, tmp)
            else:
                # standard Type 1 fonts: Ghostscript keeps their WinAnsi text layer intact
                o = dict(opts)
                o["font"] = {"LiberationSerif": "Times-Roman"}.get(o.get("font"), o.get("font", "Helvetica"))
                if o["font"] == "LiberationSans":
                    o["font"] = "Helvetica"
                render.to_reportlab(p["blocks"], mid, **o)
            gs(mid, pdf)
        else:
            raise ValueError(prod)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def info(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    d = {}
    for line in out.splitlines():
        k, _, v = line.partition(":")
        d[k.strip()] = v.strip()
    return d.get("Producer"), int(d.get("Pages", 0))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--truth" not in sys.argv:
        for p in PAPERS:
            if not args or any(p["file"].startswith(a) for a in args):
                build(p)
                print("built", p["file"], flush=True)
    rows = []
    for p in PAPERS:
        prod, pages = info(os.path.join(OUT, p["file"]))
        row = {k: p.get(k) for k in KEYS}
        row["pdf_producer"], row["pages"] = prod, pages
        row["references"] = p.get("references", [])
        row["consultations"] = p.get("consultations", [])
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
