#!/usr/bin/env python3
"""Rebuild the first-contact set tests/fixtures/holdout16/ (papers of councils not elsewhere in the repo).

    python3 tools/holdout16/make.py            # writes the PDFs and truth.jsonl, then checks both
    python3 tools/holdout16/make.py y05 y14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout16/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Own renderers (this file) for an extended block vocabulary, so that the layouts are not those of the
earlier sets: letterhead rows of several borderless cells ("cols"), key/value tables with a chosen
left share, bold keys or rules ("kv"), ruled tables with column widths ("table"), small print,
centred lines, horizontal rules, **bold** spans inside any text, running header / footer lines
("head", "foot"; "{page}" is filled in where the producer can). Producers: Chromium headless
(--print-to-pdf) from HTML built from blocks or given raw ("chromium-raw"), LibreOffice 7.4 headless
from HTML (blocks or raw), from .docx (python-docx) and from .odt (that .docx converted by
LibreOffice first), ReportLab, and Ghostscript pdfwrite re-distilling a paper made by one of the
others. Reused, not copied: the truth keys, the pdfinfo reader and the truth check of
tools/holdout8/make.py (via tools/holdout4/make.py), the "prints nothing" defaults and the text-layer
check of tools/holdout10/make.py.
"""
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / HERE.name
PROFILE = Path(tempfile.gettempdir()) / "holdout16-lo-profile"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


H8 = _load("holdout8_make", HERE.parent / "holdout8" / "make.py")
H10 = _load("holdout10_make", HERE.parent / "holdout10" / "make.py")


# ---------------------------------------------------------------- text spans
def spans(text):
    """Split 'a **b** c' into [(a, False), (b, True), (c, False)]."""
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def _e(text):
    return "".join(f"<b>{html.escape(t)}</b>" if b else html.escape(t)
                   for t, b in spans(text)).replace("\n", "<br>")


# ---------------------------------------------------------------- HTML
def to_html(doc):
    font, size = doc["font"], doc["size"]
    css = [
        "@page { size: A4; margin: %s; }" % doc.get("margin", "2cm 2cm 2cm 2.5cm"),
        f"body {{ font-family: '{font}'; font-size: {size}pt; line-height: 1.28; margin: 0; }}",
        "table { border-collapse: collapse; margin: 4pt 0 8pt 0; }",
        "table.grid td, table.grid th { border: 0.6pt solid #000; padding: 2pt 5pt; text-align: left;"
        " vertical-align: top; }",
        "table.kv td { padding: 1pt 10pt 1pt 0; vertical-align: top; }",
        "table.kvr td { border-bottom: 0.5pt solid #000; padding: 2pt 8pt 2pt 0; vertical-align: top; }",
        "table.cols td { vertical-align: top; padding: 0 8pt 0 0; }",
        "p { margin: 0 0 6pt 0; } p.small { font-size: 8pt; } hr { border: 0; border-top: 0.7pt solid #000; }",
        doc.get("css", ""),
    ]
    out = []
    if doc.get("head"):
        out.append("<div style='position:fixed;top:0;left:0;right:0;font-size:8pt;background:#fff;"
                   f"border-bottom:0.5pt solid #000'>{_e(doc['head'])}</div>"
                   "<div style='height:2.6em'></div>")
    if doc.get("foot"):
        out.append("<div style='position:fixed;bottom:0;left:0;right:0;font-size:7.5pt;background:#fff;"
                   f"border-top:0.5pt solid #000'>{_e(doc['foot'].replace('{page}', ''))}</div>")
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            align = b[3] if len(b) > 3 else "left"
            out.append(f"<p style='font-size:{b[2]}pt;font-weight:bold;margin:8pt 0 6pt 0;"
                       f"text-align:{align}'>{_e(b[1])}</p>")
        elif k in ("p", "pb", "pi", "small", "right", "center"):
            style = {"pb": "font-weight:bold", "pi": "font-style:italic", "right": "text-align:right",
                     "center": "text-align:center", "small": "font-size:8pt"}.get(k, "")
            out.append(f"<p style='{style}'>{_e(b[1])}</p>")
        elif k == "kv":
            share = b[2] if len(b) > 2 else 0.3
            opts = b[3] if len(b) > 3 else ""
            cls = "kvr" if "ruled" in opts else "kv"
            rows = "".join(
                f"<tr><td style='width:{share * 100:.0f}%'>{'<b>' if 'bold' in opts else ''}{_e(key)}"
                f"{'</b>' if 'bold' in opts else ''}</td><td>{_e(v)}</td></tr>" for key, v in b[1])
            out.append(f"<table class='{cls}' width='100%'>{rows}</table>")
        elif k == "table":
            widths = b[3] if len(b) > 3 else None
            head = ""
            if b[1]:
                ths = []
                for i, c in enumerate(b[1]):
                    w = f" style='width:{widths[i] * 100:.0f}%'" if widths else ""
                    ths.append(f"<th{w}>{_e(c)}</th>")
                head = "<tr>" + "".join(ths) + "</tr>"
            rows = ""
            for r_i, r in enumerate(b[2]):
                cells = ""
                for i, c in enumerate(r):
                    w = f" style='width:{widths[i] * 100:.0f}%'" if widths and not b[1] and r_i == 0 else ""
                    cells += f"<td{w}>{_e(c)}</td>"
                rows += f"<tr>{cells}</tr>"
            out.append(f"<table class='grid' width='100%'>{head}{rows}</table>")
        elif k == "cols":
            widths = b[2]
            cells = "".join(f"<td style='width:{w * 100:.0f}%'>{_e(c)}</td>" for c, w in zip(b[1], widths))
            out.append(f"<table class='cols' width='100%'><tr>{cells}</tr></table>")
        elif k == "box":
            out.append("<table class='grid' width='100%'><tr><td>"
                       + "<br>".join(_e(x) for x in b[1]) + "</td></tr></table>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{_e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "rule":
            out.append("<hr>")
        elif k == "space":
            out.append("<p>&nbsp;</p>")
        elif k == "pagebreak":
            out.append("<p style='page-break-before: always'></p>")
        else:
            raise ValueError(k)
    return _page("\n".join(css), "\n".join(out))


def _page(css, body):
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>" + css
            + "</style></head><body>" + body + "</body></html>")


def raw_html(doc):
    css = ("@page { size: A4; margin: %s; } " % doc.get("margin", "1.6cm 1.8cm 1.8cm 2.2cm")
           + f"body {{ font-family: '{doc['font']}'; font-size: {doc['size']}pt; line-height: 1.3;"
           " margin: 0; } p { margin: 0 0 6pt 0; } table { border-collapse: collapse; } "
           + doc.get("css", ""))
    return _page(css, doc["html"])


# ---------------------------------------------------------------- docx
def to_docx(doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    font, size = doc["font"], doc["size"]
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = d.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(5)
    width = 16.5

    def fill(p, text, bold=False, italic=False, pt=None):
        lines = text.split("\n")
        for i, line in enumerate(lines):
            for t, b in spans(line):
                r = p.add_run(t)
                r.bold, r.italic = bold or b, italic
                r.font.name = font
                if pt:
                    r.font.size = Pt(pt)
            if i < len(lines) - 1:
                p.add_run().add_break()
        return p

    def para(text, **kw):
        align = kw.pop("align", None)
        p = fill(d.add_paragraph(), text, **kw)
        if align:
            p.alignment = align
        return p

    def cell_text(cell, text, bold=False, pt=None):
        cell.text = ""
        fill(cell.paragraphs[0], text, bold=bold, pt=pt)
        cell.paragraphs[0].paragraph_format.space_after = Pt(1)

    def widths(t, fracs):
        t.autofit = False
        for col, f in zip(t.columns, fracs):
            col.width = Cm(width * f)
        grid = t._tbl.tblGrid
        for gc, f in zip(grid.findall(qn("w:gridCol")), fracs):
            gc.set(qn("w:w"), str(int(width * f * 567)))
        for row in t.rows:
            for c, f in zip(row.cells, fracs):
                c.width = Cm(width * f)

    def bottom_border(p):
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(k), v)
        bdr.append(bottom)
        ppr.append(bdr)

    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            al = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(
                b[3] if len(b) > 3 else "", None)
            para(b[1], bold=True, pt=b[2], align=al)
        elif k == "p":
            para(b[1])
        elif k == "pb":
            para(b[1], bold=True)
        elif k == "pi":
            para(b[1], italic=True)
        elif k == "small":
            para(b[1], pt=8)
        elif k == "right":
            para(b[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == "center":
            para(b[1], align=WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "kv":
            share = b[2] if len(b) > 2 else 0.3
            opts = b[3] if len(b) > 3 else ""
            t = d.add_table(rows=0, cols=2, style="Table Grid" if "ruled" in opts else None)
            for key, v in b[1]:
                cells = t.add_row().cells
                cell_text(cells[0], key, bold="bold" in opts)
                cell_text(cells[1], v)
            widths(t, [share, 1 - share])
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "table":
            ncol = len(b[1] or b[2][0])
            t = d.add_table(rows=0, cols=ncol, style="Table Grid")
            if b[1]:
                for c, v in zip(t.add_row().cells, b[1]):
                    cell_text(c, v, bold=True)
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v)
            if len(b) > 3:
                widths(t, b[3])
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "cols":
            t = d.add_table(rows=1, cols=len(b[1]))
            for c, v in zip(t.rows[0].cells, b[1]):
                cell_text(c, v)
            widths(t, b[2])
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "box":
            t = d.add_table(rows=1, cols=1, style="Table Grid")
            cell_text(t.rows[0].cells[0], "\n".join(b[1]))
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k in ("ul", "ol"):
            for x in b[1]:
                fill(d.add_paragraph(style="List Bullet" if k == "ul" else "List Number"), x)
        elif k == "rule":
            bottom_border(d.add_paragraph())
        elif k == "space":
            d.add_paragraph("")
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    for part, key in ((sec.header, "head"), (sec.footer, "foot")):
        if doc.get(key):
            p = part.paragraphs[0]
            fill(p, doc[key].replace("{page}", "").rstrip(), pt=8)
    d.save(path)


# ---------------------------------------------------------------- ReportLab
FONT_FILES = {
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "Liberation Sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "Liberation Serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "Liberation Sans Narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
                               "LiberationSansNarrow-Italic.ttf"),
}


def _font_path(name):
    for root in ("/usr/share/fonts", "/usr/local/share/fonts"):
        hits = sorted(Path(root).rglob(name))
        if hits:
            return str(hits[0])
    raise FileNotFoundError(name)


def _register(font):
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = font.replace(" ", "")
    if base not in pdfmetrics.getRegisteredFontNames():
        reg, bold, ital = FONT_FILES[font]
        pdfmetrics.registerFont(TTFont(base, _font_path(reg)))
        pdfmetrics.registerFont(TTFont(base + "-Bold", _font_path(bold)))
        pdfmetrics.registerFont(TTFont(base + "-Italic", _font_path(ital)))
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, base + "-Bold")
        addMapping(base, 0, 1, base + "-Italic")
        addMapping(base, 1, 1, base + "-Bold")
    return base


def _x(text):
    from xml.sax.saxutils import escape
    return "".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in spans(text)).replace("\n", "<br/>")


def to_reportlab(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (HRFlowable, ListFlowable, ListItem, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table, TableStyle)

    font = _register(doc["font"])
    size = doc["size"]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    styles = {"p": body, "right": ParagraphStyle("r", parent=body, alignment=TA_RIGHT),
              "center": ParagraphStyle("ce", parent=body, alignment=TA_CENTER),
              "small": ParagraphStyle("s", parent=body, fontSize=8, leading=10)}
    width = A4[0] - 4.5 * cm
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            al = {"center": TA_CENTER, "right": TA_RIGHT}.get(b[3] if len(b) > 3 else "", 0)
            story.append(Paragraph(f"<b>{_x(b[1])}</b>", ParagraphStyle(
                "h", parent=body, fontSize=b[2], leading=b[2] * 1.25, spaceBefore=6, spaceAfter=6,
                alignment=al)))
        elif k in styles:
            story.append(Paragraph(_x(b[1]), styles[k]))
        elif k == "pb":
            story.append(Paragraph(f"<b>{_x(b[1])}</b>", body))
        elif k == "pi":
            story.append(Paragraph(f"<i>{_x(b[1])}</i>", body))
        elif k == "kv":
            share = b[2] if len(b) > 2 else 0.3
            opts = b[3] if len(b) > 3 else ""
            rows = [[Paragraph(f"<b>{_x(key)}</b>" if "bold" in opts else _x(key), cell),
                     Paragraph(_x(v), cell)] for key, v in b[1]]
            t = Table(rows, colWidths=[width * share, width * (1 - share)], hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
            if "ruled" in opts:
                style.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 4))
        elif k == "table":
            head = [[Paragraph(f"<b>{_x(c)}</b>", cell) for c in b[1]]] if b[1] else []
            rows = head + [[Paragraph(_x(c), cell) for c in r] for r in b[2]]
            fr = b[3] if len(b) > 3 else [1 / len(rows[0])] * len(rows[0])
            t = Table(rows, colWidths=[width * f for f in fr], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "cols":
            t = Table([[Paragraph(_x(c), cell) for c in b[1]]], colWidths=[width * f for f in b[2]],
                      hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "box":
            t = Table([[Paragraph("<br/>".join(_x(x) for x in b[1]), cell)]], colWidths=[width])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k in ("ul", "ol"):
            items = [ListItem(Paragraph(_x(x), body)) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if k == "ul" else "1",
                                      bulletFontName=font, bulletFontSize=size))
        elif k == "rule":
            story.append(HRFlowable(width="100%", thickness=0.7, color=colors.black, spaceAfter=6))
        elif k == "space":
            story.append(Spacer(1, size * 1.3))
        elif k == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    def on_page(c, _doc):
        c.saveState()
        c.setFont(font, 7.5)
        if doc.get("head"):
            for i, line in enumerate(doc["head"].replace("**", "").split("\n")):
                c.drawString(2.5 * cm, A4[1] - 1.2 * cm - i * 9, line)
        if doc.get("foot"):
            for i, line in enumerate(doc["foot"].replace("**", "").split("\n")):
                c.drawString(2.5 * cm, 1.3 * cm - i * 9, line.format(page=c.getPageNumber()))
        c.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                      topMargin=2.2 * cm, bottomMargin=2 * cm, title=doc.get("pdf_title", ""),
                      author=doc.get("pdf_author", "")).build(story, onFirstPage=on_page,
                                                              onLaterPages=on_page)


# ---------------------------------------------------------------- producers
def soffice(src, outdir, to="pdf"):
    args = ["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless"]
    if src.suffix == ".html":
        args += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        args += ["--convert-to", to]
    subprocess.run(args + ["--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)
    return Path(outdir) / (src.stem + "." + ("pdf" if src.suffix == ".html" else to))


def chromium(src, out):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def render(doc, target):
    producer = doc["producer"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if producer == "ghostscript":
            first = tmp / "first.pdf"
            render(dict(doc, producer=doc["base"]), first)
            subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                            "-dCompatibilityLevel=1.5", f"-sOutputFile={target}", str(first)],
                           check=True, timeout=240)
        elif producer == "reportlab":
            to_reportlab(doc, target)
        elif producer in ("chromium", "chromium-raw"):
            src = tmp / "paper.html"
            src.write_text(raw_html(doc) if "html" in doc else to_html(doc))
            chromium(src, target)
        elif producer == "libreoffice-html":
            src = tmp / "paper.html"
            src.write_text(raw_html(doc) if "html" in doc else to_html(doc))
            shutil.move(soffice(src, tmp), target)
        elif producer in ("libreoffice-docx", "libreoffice-odt"):
            src = tmp / "paper.docx"
            to_docx(doc, src)
            if producer == "libreoffice-odt":
                odt_dir = tmp / "odt"
                odt_dir.mkdir()
                src = soffice(src, odt_dir, to="odt")
            shutil.move(soffice(src, tmp), target)
        else:
            raise ValueError(producer)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docs = _load("holdout16_papers", HERE / "papers.py").DOCS
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = []
    for d in docs:
        target = OUT / d["file"]
        if "--truth" not in sys.argv and (not only or any(d["file"].startswith(o) for o in only)):
            render(d, target)
            print("made", target.name, file=sys.stderr)
        pages, producer = H8.H4.pdfinfo(target)
        if d.get("pages") and d["pages"] != pages:
            print(f"WARNING {target.name}: {pages} pages, meant {d['pages']}", file=sys.stderr)
        row = dict(H10.UNLABELLED, **d["truth"], file=d["file"], pdf_producer=producer,
                   producer=d["producer"] if d["producer"] != "ghostscript" else f"ghostscript({d['base']})",
                   layout=d["layout"], city=d["city"], pages=pages)
        rows.append({k: row[k] for k in H8.KEYS})
    rows.sort(key=lambda r: r["file"])
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    bad = H8.check(OUT / "truth.jsonl")
    for b in bad:
        print("BAD", b, file=sys.stderr)
    print(f"{len(rows)} rows, {len(bad)} problems", file=sys.stderr)
    text_bad = [f"{r['file']}: not in text layer: {x}" for r in rows for x in H10.text_check(r, OUT)]
    for b in text_bad:
        print("BAD", b, file=sys.stderr)
    print(f"text layer: {len(text_bad)} problems", file=sys.stderr)
    sys.exit(1 if bad or text_bad else 0)


if __name__ == "__main__":
    main()
