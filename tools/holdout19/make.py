#!/usr/bin/env python3
"""Build the first-contact set tests/fixtures/holdout19/ (35 papers of eight councils new to the repo).

    python3 tools/holdout19/make.py           # render every paper, write truth.jsonl, check text layers
    python3 tools/holdout19/make.py s03 s17   # render only these, rewrite truth.jsonl

Papers and their labels live in papers.py (one dict per paper: blocks + labels). This file renders a
small block vocabulary with four producers: Chromium headless (HTML -> PDF), LibreOffice headless
(HTML import or a python-docx .docx), ReportLab (platypus, DejaVu TTF) and Ghostscript pdfwrite
(re-distilling a Chromium or LibreOffice PDF). Blocks:
  ("lh", [cell, ...], [share, ...])   borderless letterhead row
  ("h", text, size)                   bold heading          ("c", text) centred bold line
  ("p", text)  paragraph              ("r", text) right-aligned       ("small", text)
  ("kv", [(k, v), ...], style)        key/value table: "plain", "ruled", "boldkeys", "grid"
  ("tab", rows, shares)               ruled table, first row is the header
  ("hr",)  rule      ("sp",) spacer   ("pb",) page break
Text may carry **bold** spans and "\n" line breaks.
"""
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout19"
TMP = Path(tempfile.gettempdir()) / "holdout19-build"
PROFILE = TMP / "lo-profile"

KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed",
        "date", "title", "public", "department", "originator", "answers", "references", "consultations",
        "klimacheck", "klima_style", "pages", "themes", "themes_why", "notes"]


def spans(text):
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def _e(text):
    return "".join(f"<b>{html.escape(t)}</b>" if b else html.escape(t)
                   for t, b in spans(text)).replace("\n", "<br>")


# ------------------------------------------------------------------ HTML
def to_html(doc):
    css = f"""
@page {{ size: A4; margin: {doc.get('margin', '2.2cm 2cm 2cm 2.4cm')}; }}
body {{ font-family: '{doc.get('font', 'Liberation Sans')}'; font-size: {doc.get('size', 10.5)}pt; line-height: 1.3; }}
table {{ border-collapse: collapse; width: 100%; margin: 3pt 0 8pt 0; }}
td, th {{ vertical-align: top; text-align: left; padding: 2pt 5pt 2pt 0; font-weight: normal; }}
table.ruled td {{ border-bottom: 0.5pt solid #444; }}
table.grid td, table.tab td {{ border: 0.6pt solid #000; padding: 2pt 4pt; }}
table.tab tr:first-child td {{ font-weight: bold; background: #e8e8e8; }}
p {{ margin: 0 0 6pt 0; }} .small {{ font-size: 8pt; }} .r {{ text-align: right; }}
.c {{ text-align: center; font-weight: bold; }} hr {{ border: 0; border-top: 0.8pt solid #000; }}
{doc.get('css', '')}
"""
    out = []
    if doc.get("head"):
        out.append(f"<p class='small' style='border-bottom:0.5pt solid #000'>{_e(doc['head'])}</p>")
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            shares = b[2] if len(b) > 2 else [100 // len(b[1])] * len(b[1])
            cells = "".join(f"<td style='width:{s}%'>{_e(c)}</td>" for c, s in zip(b[1], shares))
            out.append(f"<table><tr>{cells}</tr></table>")
        elif k == "h":
            out.append(f"<p style='font-size:{b[2] if len(b) > 2 else 14}pt;font-weight:bold;margin:8pt 0 6pt 0'>{_e(b[1])}</p>")
        elif k == "p":
            out.append(f"<p>{_e(b[1])}</p>")
        elif k == "c":
            out.append(f"<p class='c'>{_e(b[1])}</p>")
        elif k == "r":
            out.append(f"<p class='r'>{_e(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{_e(b[1])}</p>")
        elif k == "kv":
            style = b[2] if len(b) > 2 else "plain"
            cls = {"ruled": "ruled", "grid": "grid"}.get(style, "")
            rows = []
            for key, val in b[1]:
                kk = f"<b>{_e(key)}</b>" if style in ("boldkeys", "grid") else _e(key)
                rows.append(f"<tr><td style='width:30%'>{kk}</td><td>{_e(val)}</td></tr>")
            out.append(f"<table class='{cls}'>{''.join(rows)}</table>")
        elif k == "tab":
            shares = b[2] if len(b) > 2 else None
            rows = []
            for i, row in enumerate(b[1]):
                tds = "".join(
                    f"<td style='width:{shares[j]}%'>{_e(c)}</td>" if shares and i == 0 else f"<td>{_e(c)}</td>"
                    for j, c in enumerate(row))
                rows.append(f"<tr>{tds}</tr>")
            out.append(f"<table class='tab'>{''.join(rows)}</table>")
        elif k == "hr":
            out.append("<hr>")
        elif k == "sp":
            out.append("<p>&nbsp;</p>")
        elif k == "pb":
            out.append("<p style='page-break-before:always;margin:0;font-size:1pt'>&nbsp;</p>")
    if doc.get("foot"):
        out.append(f"<p class='small' style='margin-top:18pt;border-top:0.5pt solid #000'>{_e(doc['foot'])}</p>")
    return f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(out)}</body></html>"


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def chromium(doc, pdf):
    src = TMP / (pdf.stem + ".html")
    src.write_text(to_html(doc), encoding="utf-8")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", src.as_uri()])


def soffice(src, pdf, html_import=False):
    cmd = ["soffice", f"-env:UserInstallation={PROFILE.as_uri()}", "--headless"]
    if html_import:
        cmd += ["--infilter=HTML (StarWriter)"]
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", str(TMP), str(src)]
    run(cmd)
    (TMP / (src.stem + ".pdf")).replace(pdf)


def lo_html(doc, pdf):
    src = TMP / (pdf.stem + ".html")
    src.write_text(to_html(doc), encoding="utf-8")
    soffice(src, pdf, html_import=True)


def ghostscript(doc, pdf, base):
    mid = TMP / (pdf.stem + ".base.pdf")
    {"chromium": chromium, "libreoffice-html": lo_html, "libreoffice-docx": lo_docx}[base](doc, mid)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
         f"-sOutputFile={pdf}", str(mid)])


# ------------------------------------------------------------------ DOCX
def lo_docx(doc, pdf):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Liberation Sans")
    st.font.size = Pt(doc.get("size", 10.5))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.0), Cm(2.0), Cm(2.0)
    usable = 16.6

    def fill(par, text, size=None, bold=False):
        for i, line in enumerate(text.split("\n")):
            if i:
                par.add_run().add_break()
            for t, b in spans(line):
                run_ = par.add_run(t)
                run_.bold = b or bold
                if size:
                    run_.font.size = Pt(size)
        par.paragraph_format.space_after = Pt(5)
        return par

    def borders(table, on):
        tbl = table._tbl
        pr = tbl.tblPr
        el = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "single" if on else "nil")
            e.set(qn("w:sz"), "4")
            el.append(e)
        pr.append(el)

    def widths(table, shares):
        for row in table.rows:
            for cell, s in zip(row.cells, shares):
                cell.width = Cm(usable * s / 100)

    if doc.get("head"):
        fill(sec.header.paragraphs[0], doc["head"], size=8)
    if doc.get("foot"):
        fill(sec.footer.paragraphs[0], doc["foot"], size=7.5)
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            shares = b[2] if len(b) > 2 else [100 // len(b[1])] * len(b[1])
            t = d.add_table(rows=1, cols=len(b[1]))
            borders(t, False)
            for cell, txt in zip(t.rows[0].cells, b[1]):
                fill(cell.paragraphs[0], txt)
            widths(t, shares)
        elif k == "h":
            fill(d.add_paragraph(), b[1], size=b[2] if len(b) > 2 else 14, bold=True)
        elif k == "p":
            fill(d.add_paragraph(), b[1])
        elif k == "c":
            p = fill(d.add_paragraph(), b[1], bold=True)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "r":
            p = fill(d.add_paragraph(), b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "small":
            fill(d.add_paragraph(), b[1], size=8)
        elif k == "kv":
            style = b[2] if len(b) > 2 else "plain"
            t = d.add_table(rows=len(b[1]), cols=2)
            borders(t, style in ("grid", "ruled"))
            for row, (key, val) in zip(t.rows, b[1]):
                fill(row.cells[0].paragraphs[0], key, bold=style in ("boldkeys", "grid"))
                fill(row.cells[1].paragraphs[0], val)
            widths(t, [30, 70])
        elif k == "tab":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, True)
            for i, (row, vals) in enumerate(zip(t.rows, rows)):
                for cell, v in zip(row.cells, vals):
                    fill(cell.paragraphs[0], v, bold=i == 0)
            if len(b) > 2:
                widths(t, b[2])
        elif k == "hr":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            bot.set(qn("w:val"), "single")
            bot.set(qn("w:sz"), "6")
            bdr.append(bot)
            pPr.append(bdr)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    src = TMP / (pdf.stem + ".docx")
    d.save(src)
    soffice(src, pdf)


# ------------------------------------------------------------------ ReportLab
def reportlab(doc, pdf):
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    fam = doc.get("rl_font", "DejaVuSans")
    base = "/usr/share/fonts/truetype/dejavu/" if fam.startswith("DejaVu") else "/usr/share/fonts/truetype/liberation/"
    files = {"DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
             "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
             "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf")}[fam]
    pdfmetrics.registerFont(TTFont(fam, base + files[0]))
    pdfmetrics.registerFont(TTFont(fam + "-Bold", base + files[1]))
    from reportlab.lib.fonts import addMapping
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-Bold")
    size = doc.get("size", 10)
    S = ParagraphStyle("n", fontName=fam, fontSize=size, leading=size * 1.3, spaceAfter=5)
    small = ParagraphStyle("s", parent=S, fontSize=7.5, leading=9.5)

    def P(text, style=S, **kw):
        return Paragraph(_e(text).replace("<br>", "<br/>"), ParagraphStyle("x", parent=style, **kw) if kw else style)

    W = A4[0] - 4.4 * cm
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            shares = b[2] if len(b) > 2 else [100 / len(b[1])] * len(b[1])
            t = Table([[P(c) for c in b[1]]], colWidths=[W * s / 100 for s in shares])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
        elif k == "h":
            sz = b[2] if len(b) > 2 else 14
            story.append(P(f"**{b[1]}**", fontSize=sz, leading=sz * 1.25, spaceBefore=6))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "c":
            story.append(P(f"**{b[1]}**", alignment=TA_CENTER))
        elif k == "r":
            story.append(P(b[1], alignment=TA_RIGHT))
        elif k == "small":
            story.append(P(b[1], small))
        elif k == "kv":
            style = b[2] if len(b) > 2 else "plain"
            rows = [[P(f"**{key}**" if style in ("boldkeys", "grid") else key), P(v)] for key, v in b[1]]
            t = Table(rows, colWidths=[W * 0.3, W * 0.7])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1)]
            if style == "grid":
                ts.append(("GRID", (0, 0), (-1, -1), 0.5, "#000000"))
            if style == "ruled":
                ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, "#444444"))
            t.setStyle(TableStyle(ts))
            story.append(t)
        elif k == "tab":
            rows = [[P(f"**{c}**" if i == 0 else c) for c in r] for i, r in enumerate(b[1])]
            shares = b[2] if len(b) > 2 else [100 / len(b[1][0])] * len(b[1][0])
            t = Table(rows, colWidths=[W * s / 100 for s in shares], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "hr":
            story.append(HRFlowable(width="100%", thickness=0.7, color="#000000", spaceBefore=2, spaceAfter=6))
        elif k == "sp":
            story.append(Spacer(1, 12))
        elif k == "pb":
            story.append(PageBreak())

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(fam, 7.5)
        if doc.get("head"):
            canvas.drawString(2.4 * cm, A4[1] - 1.2 * cm, doc["head"].replace("**", ""))
        if doc.get("foot"):
            canvas.drawString(2.4 * cm, 1.1 * cm, doc["foot"].replace("**", ""))
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Seite {d.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=doc.get("pdf_title", "")).build(story, onFirstPage=deco,
                                                                                  onLaterPages=deco)


# ------------------------------------------------------------------ driver
def pdfinfo(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    info = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    return info.get("Producer", "").strip(), int(info.get("Pages", "0").strip())


def render(p):
    pdf = OUT / p["file"]
    prod = p["producer"]
    if prod == "chromium":
        chromium(p, pdf)
    elif prod == "libreoffice-html":
        lo_html(p, pdf)
    elif prod == "libreoffice-docx":
        lo_docx(p, pdf)
    elif prod == "reportlab":
        reportlab(p, pdf)
    elif prod.startswith("ghostscript("):
        ghostscript(p, pdf, prod[len("ghostscript("):-1])
    else:
        raise ValueError(prod)


BAD = re.compile(r"[\ufffd]|ﬁ|ﬂ|Ã|Â|\?\?")


def main(argv):
    import papers
    OUT.mkdir(parents=True, exist_ok=True)
    TMP.mkdir(parents=True, exist_ok=True)
    only = set(a for a in argv if not a.startswith("-"))
    rows, problems = [], 0
    for p in papers.PAPERS:
        if not only or p["file"][:3] in only:
            render(p)
            print("rendered", p["file"], flush=True)
        pdf = OUT / p["file"]
        prod, pages = pdfinfo(pdf)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              text=True).stdout
        flat = " ".join(text.split())
        if BAD.search(text):
            print("TEXT PROBLEM", p["file"], BAD.search(text).group(0))
            problems += 1
        for field in ("title", "drucksache", "originator", "department"):
            v = p.get(field)
            if v and " ".join(v.split()) not in flat:
                print("NOT IN TEXT", p["file"], field, repr(v))
                problems += 1
        row = {k: p.get(k) for k in KEYS}
        row["pdf_producer"] = prod
        row["pages"] = pages
        row["references"] = p.get("references") or []
        row["consultations"] = p.get("consultations") or []
        rows.append(row)
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows, {problems} problems")


if __name__ == "__main__":
    main(sys.argv[1:])
