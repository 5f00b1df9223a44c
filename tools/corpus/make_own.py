#!/usr/bin/env python3
"""Make our own council PDFs (corpus/own*.pdf) with real producers and append their truth rows.

    python3 tools/corpus/make_own.py [--corpus corpus] [--work /tmp/ratsdex-own] [--only own03]

Producers (install: apt-get install libreoffice-writer chromium; pip install reportlab
python-docx pyphen):
  own01 Stuttgart  python-docx .docx -> LibreOffice: header as a table, Beratungsfolge table with
                   'Beratung'/'Beschlussfassung', Klimacheck as Word Wingdings boxes AFTER the label
  own02 Düsseldorf flat ODT XML (.fodt) -> LibreOffice: labels on their own line, value on the
                   next, 'Düsseldorf, den 12. März 2022', numbered-line Beratungsfolge, plain-text
                   Klimacheck
  own03 Leipzig    HTML -> Chromium: side bar with labels, two-column hyphenated body (soft
                   hyphens from pyphen), Klimacheck as 'X' in a table cell
  own04 Augsburg   ReportLab canvas: ZapfDingbats boxes (filled box = ticked), Beratungsfolge as
                   prose, a second page with /Rotate 90 (cost table)
  own05 Kiel       ReportLab canvas: Klimacheck as real AcroForm checkboxes, 'Drucksachennummer'
  own06 Rostock    python-docx -> LibreOffice: Antrag, 'DS-Nr.', no Klimacheck
  own07 Dortmund   HTML -> Chromium: Anfrage, number and date in a header table, no Klimacheck
"""
import argparse
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import own_docs  # noqa: E402

ROLE_PRINTED_STUTTGART = {"Vorberatung": "Beratung", "Entscheidung": "Beschlussfassung"}


def de_date(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def pdf_info(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    info = {}
    for line in out.splitlines():
        k, _, v = line.partition(":")
        info[k.strip()] = v.strip()
    return int(info["Pages"]), info.get("Producer", "")


def soffice_pdf(src, outdir):
    run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(src)])
    return outdir / (src.stem + ".pdf")


def chromium_pdf(src, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", src.as_uri()])
    return out


# ---------------------------------------------------------------- python-docx (own01, own06)

def docx_sym(paragraph, char_hex, font="Wingdings"):
    """Append a Word symbol character (w:sym), as Word inserts checkbox glyphs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run_ = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char_hex)
    run_._r.append(sym)


def set_widths(table, cms):
    """Column widths in cm (Word reads the cell widths)."""
    from docx.shared import Cm
    table.autofit = False
    for col, cm in zip(table.columns, cms):
        col.width = Cm(cm)
    for row in table.rows:
        for cell, cm in zip(row.cells, cms):
            cell.width = Cm(cm)


def docx_base():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10.5)
    return doc


def make_stuttgart(d, work):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx_base()
    head = doc.add_table(rows=3, cols=2)
    head.style = "Table Grid"
    cells = [("Landeshauptstadt Stuttgart", "Gemeinderatsdrucksache"),
             (d["department"], d["drucksache"]),
             ("Gz: SI 5023-02", d["date_printed"])]
    for row, (a, b) in zip(head.rows, cells):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    r = p.add_run(d["doc_type_printed"])
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Vorlage an", "zur", "Sitzungsart", "Sitzungstermin"]):
        c.text = h
    for c in d["consultations"]:
        cells = t.add_row().cells
        cells[0].text = c["committee"]
        cells[1].text = ROLE_PRINTED_STUTTGART[c["role"]]
        cells[2].text = "öffentlich"
        cells[3].text = de_date(c["date"])
    set_widths(t, [7.0, 3.7, 2.6, 3.2])
    doc.add_paragraph()
    bt = doc.add_table(rows=1, cols=2)
    bt.rows[0].cells[0].text = "Betreff"
    bt.rows[0].cells[1].text = d["title"]
    bt.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph().add_run("Beschlussantrag").bold = True
    for i, b in enumerate(d["beschluss"], 1):
        doc.add_paragraph(f"{i}. {b}")
    doc.add_paragraph().add_run("Begründung").bold = True
    for head_, text in d["body"]:
        doc.add_paragraph().add_run(head_).bold = True
        doc.add_paragraph(text)
    doc.add_paragraph().add_run("Klimarelevanz").bold = True
    kt = doc.add_table(rows=3, cols=2)
    labels = [("Auswirkungen auf den Klimaschutz: positiv", "positive"),
              ("Auswirkungen auf den Klimaschutz: negativ", "negative"),
              ("keine Klimarelevanz", "neutral")]
    for row, (label, value) in zip(kt.rows, labels):
        row.cells[0].text = label
        docx_sym(row.cells[1].paragraphs[0], "F0FE" if value == d["klimacheck"] else "F0A8")
    doc.add_paragraph()
    doc.add_paragraph(d["signed"])
    doc.add_paragraph("Anlagen: 1 Entwurf Hitzeaktionsplan, 2 Sofortmaßnahmen 2023")
    src = work / (Path(d["file"]).stem + ".docx")
    doc.save(src)
    return soffice_pdf(src, work), "libreoffice-docx", "wingdings_after_label"


def make_rostock(d, work):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx_base()
    p = doc.add_paragraph()
    r = p.add_run("Bürgerschaft der Hanse- und Universitätsstadt Rostock")
    r.bold = True
    doc.add_paragraph(d["signed"])
    p = doc.add_paragraph(d["date_printed"])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    r = p.add_run(d["doc_type_printed"])
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(f"DS-Nr.: {d['drucksache']}")
    doc.add_paragraph("Status: öffentlich")
    p = doc.add_paragraph()
    p.add_run("Betreff: ").bold = True
    p.add_run(d["title"])
    doc.add_paragraph().add_run("Beratungsfolge:").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Datum", "Gremium", "Zuständigkeit"]):
        c.text = h
    for c in d["consultations"]:
        cells = t.add_row().cells
        cells[0].text = de_date(c["date"])
        cells[1].text = c["committee"]
        cells[2].text = c["role"]
    set_widths(t, [2.6, 9.0, 3.4])
    for head_, text in d["body"]:
        if head_:
            doc.add_paragraph().add_run(head_).bold = True
        doc.add_paragraph(text)
    doc.add_paragraph("Uwe Flachsmeyer, Fraktionsvorsitzender")
    src = work / (Path(d["file"]).stem + ".docx")
    doc.save(src)
    return soffice_pdf(src, work), "libreoffice-docx", None


# ---------------------------------------------------------------- flat ODT (own02)

def make_duesseldorf(d, work):
    x = html.escape

    def para(text, style="P"):
        return f'<text:p text:style-name="{style}">{x(text)}</text:p>'

    parts = [para("Landeshauptstadt Düsseldorf", "Bold"), para(d["date_printed"], "Right"),
             para(d["doc_type_printed"], "Title"),
             para("Vorlagen-Nr.", "Label"), para(d["drucksache"]),
             para("Federführung", "Label"), para(d["department"]),
             para("Öffentlichkeitsstatus", "Label"), para("öffentlich"),
             para("Betreff", "Label"), para(d["title"]),
             para("Beratungsfolge", "Label")]
    for i, c in enumerate(d["consultations"], 1):
        parts.append(para(f"{i}. {c['committee']} – {de_date(c['date'])} – {c['role']}"))
    for head_, text in d["body"]:
        parts += [para(head_, "Label"), para(text)]
    parts += [para("Klimarelevanz", "Label"), para(d["klima_text"]), para(""), para(d["signed"])]
    body = "\n".join(parts)
    fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="de" fo:country="DE"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify"/></style:style>
  <style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
{body}
 </office:text></office:body>
</office:document>
"""
    src = work / (Path(d["file"]).stem + ".fodt")
    src.write_text(fodt, encoding="utf-8")
    return soffice_pdf(src, work), "libreoffice-odt", "text"


# ---------------------------------------------------------------- Chromium (own03, own07)

def hyphenate(text):
    import pyphen
    dic = pyphen.Pyphen(lang="de_DE")
    return re.sub(r"\w{8,}", lambda m: dic.inserted(m.group(0), hyphen="\u00ad"), text)


CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
table { border-collapse: collapse; }
td, th { border: 0.5pt solid #444; padding: 2pt 5pt; text-align: left; vertical-align: top; }
h1 { font-size: 15pt; margin: 4pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
"""


def make_leipzig(d, work):
    x = html.escape
    rows = "".join(f"<tr><td>{x(c['committee'])}</td><td>{de_date(c['date'])}</td><td>{x(c['role'])}</td></tr>"
                   for c in d["consultations"])
    body = "".join(f"<h3>{x(h)}</h3><p>{x(hyphenate(t))}</p>" for h, t in d["body"])
    opts = [("positiv", "positive"), ("negativ", "negative"), ("keine Auswirkungen", "neutral")]
    klima_head = "".join(f"<th>{o}</th>" for o, _ in opts)
    klima_row = "".join(f"<td style='text-align:center'>{'X' if v == d['klimacheck'] else ''}</td>" for _, v in opts)
    page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>{CSS}
.wrap {{ display: flex; gap: 10mm; }}
.side {{ width: 48mm; background: #eef1f5; padding: 4mm; font-size: 8.5pt; }}
.side b {{ display: block; margin-top: 6pt; color: #333; }}
.main {{ flex: 1; }}
.cols {{ column-count: 2; column-gap: 7mm; text-align: justify; hyphens: manual; }}
</style></head><body>
<div class="wrap"><div class="side">
<div style="font-size:11pt;font-weight:bold">Stadt Leipzig</div>
<b>DS-Nr.:</b>{x(d['drucksache'])}
<b>Status:</b>öffentlich
<b>Datum:</b>{x(d['date_printed'])}
<b>Eingereicht von:</b>{x(d['department'])}
<b>Vorlagenart:</b>{x(d['doc_type_printed'])}
</div><div class="main">
<h1>{x(d['title'])}</h1>
<h3>Beratungsfolge (Änderungen vorbehalten)</h3>
<table style="width:100%"><tr><th>Gremium</th><th>Termin</th><th>Zuständigkeit</th></tr>{rows}</table>
<h3>Klimarelevanz</h3>
<table style="width:100%"><tr>{klima_head}</tr><tr>{klima_row}</tr></table>
<h3>Beschlussvorschlag</h3>
<p>Die Ratsversammlung beschließt die Digitalisierung von 120 weiteren Verwaltungsleistungen nach
dem in Anlage 1 dargestellten Umsetzungsplan und die Anbindung an das Bürgerkonto Sachsen.</p>
</div></div>
<h3>Sachverhalt</h3><div class="cols">{body}</div>
<p style="margin-top:14pt">{x(d['signed'])}</p>
</body></html>"""
    src = work / (Path(d["file"]).stem + ".html")
    src.write_text(page, encoding="utf-8")
    return chromium_pdf(src, work / d["file"]), "chromium", "x_table"


def make_dortmund(d, work):
    x = html.escape
    rows = "".join(f"<tr><td>{x(c['committee'])}</td><td>{de_date(c['date'])}</td><td>{x(c['role'])}</td></tr>"
                   for c in d["consultations"])
    body = ""
    for h, t in d["body"]:
        body += f"<h3>{x(h)}</h3>"
        if t.startswith("1. "):
            items = re.split(r"\s(?=\d\. )", t)
            body += "".join(f"<p>{x(i)}</p>" for i in items)
        else:
            body += f"<p>{x(t)}</p>"
    page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>{CSS}
.head td {{ border: none; padding: 1pt 8pt 1pt 0; }}
</style></head><body>
<div style="font-size:9pt">{x(d['signed'])}<br>Friedensplatz 1, 44135 Dortmund</div>
<table class="head" style="margin-left:auto"><tr><td>Drucksache Nr.:</td><td>{x(d['drucksache'])}</td></tr>
<tr><td>Datum:</td><td>{x(d['date_printed'])}</td></tr><tr><td></td><td>öffentlich</td></tr></table>
<h1>{x(d['doc_type_printed'])}</h1>
<p><b>Beratungsfolge</b></p>
<table><tr><th>Gremium</th><th>Sitzung</th><th>Beratung</th></tr>{rows}</table>
<p><b>Betreff:</b> {x(d['title'])}</p>
{body}
<p style="margin-top:16pt">Utz Kowalewski<br>Fraktionsvorsitzender</p>
</body></html>"""
    src = work / (Path(d["file"]).stem + ".html")
    src.write_text(page, encoding="utf-8")
    return chromium_pdf(src, work / d["file"]), "chromium", None


# ---------------------------------------------------------------- ReportLab (own04, own05)

def rl_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LibSans", base + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", base + "LiberationSans-Bold.ttf"))


def rl_par(c, text, x, y, width, font="LibSans", size=10, leading=13):
    from reportlab.lib.utils import simpleSplit
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def make_augsburg(d, work):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_font()
    out = work / d["file"]
    c = canvas.Canvas(str(out), pagesize=A4)
    w, h = A4
    c.setFont("LibSans-Bold", 12)
    c.drawString(60, h - 60, "Stadt Augsburg")
    c.setFont("LibSans", 9)
    c.drawString(60, h - 74, d["department"])
    c.drawRightString(w - 60, h - 60, f"Sitzungsvorlage Nr. {d['drucksache']}")
    c.drawRightString(w - 60, h - 74, f"Augsburg, {d['date_printed']}")
    c.setFont("LibSans-Bold", 15)
    c.drawString(60, h - 110, d["doc_type_printed"])
    c.setFont("LibSans", 9)
    c.drawString(60, h - 126, "öffentliche Sitzung")
    y = rl_par(c, "Gegenstand: " + d["title"], 60, h - 150, w - 120, "LibSans-Bold", 11, 14)
    y = rl_par(c, "Beratungsfolge: " + d["beratung_prosa"], 60, y - 8, w - 120)
    y -= 6
    for head_, text in d["body"]:
        c.setFont("LibSans-Bold", 10)
        c.drawString(60, y - 6, head_)
        y = rl_par(c, text, 60, y - 20, w - 120)
    y -= 10
    c.setFont("LibSans-Bold", 10)
    c.drawString(60, y, "Klimacheck")
    y -= 16
    for label, value in [("keine Auswirkungen auf den Klimaschutz", "neutral"),
                         ("positive Auswirkungen auf den Klimaschutz", "positive"),
                         ("negative Auswirkungen auf den Klimaschutz", "negative")]:
        c.setFont("ZapfDingbats", 10)
        # ReportLab takes Unicode: U+25A0 ■ (code 'n', a73) ticked, U+274F ❏ (code 'o', a74) empty.
        c.drawString(64, y, "\u25a0" if value == d["klimacheck"] else "\u274f")
        c.setFont("LibSans", 10)
        c.drawString(82, y, label)
        y -= 14
    c.setFont("LibSans", 10)
    c.drawString(60, y - 20, d["signed"])
    c.setFont("LibSans", 8)
    c.drawCentredString(w / 2, 30, "Seite 1 von 2")
    c.showPage()
    # Page 2: a landscape cost table on a portrait page with /Rotate 90 (as scanned-in
    # appendices are stored): text drawn rotated so that it reads upright when displayed.
    # ReportLab stores this page with a landscape MediaBox and /Rotate 90, so viewers show it
    # upright in portrait; the content is drawn rotated to match (checked with pdftoppm).
    c.setPageRotation(90)
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)
    top = w  # the displayed landscape page is h wide and w high
    c.setFont("LibSans-Bold", 12)
    c.drawString(50, top - 50, f"Anlage 1 zu {d['drucksache']}: Kostenberechnung nach DIN 276")
    rows = [("Kostengruppe", "Bezeichnung", "Kosten (EUR)"),
            ("200", "Vorbereitende Maßnahmen", "310.000"),
            ("300", "Bauwerk – Baukonstruktionen", "4.420.000"),
            ("400", "Bauwerk – Technische Anlagen", "1.690.000"),
            ("500", "Außenanlagen und Freiflächen", "540.000"),
            ("600", "Ausstattung (Atemschutzwerkstatt, Spinde)", "230.000"),
            ("700", "Baunebenkosten", "660.000"),
            ("", "Gesamtkosten", "7.850.000")]
    ty = top - 85
    for k, b, e in rows:
        c.setFont("LibSans-Bold" if k in ("Kostengruppe", "") else "LibSans", 10)
        c.drawString(60, ty, k)
        c.drawString(170, ty, b)
        c.drawRightString(w - 60, ty, e)
        c.line(55, ty - 4, w - 55, ty - 4)
        ty -= 20
    c.setFont("LibSans", 8)
    c.drawString(60, ty - 20, "Seite 2 von 2")
    c.restoreState()
    c.showPage()
    c.save()
    return out, "reportlab-ttf", "zapf_filled_box"


def make_kiel(d, work):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_font()
    out = work / d["file"]
    c = canvas.Canvas(str(out), pagesize=A4)
    w, h = A4
    c.setFont("LibSans-Bold", 13)
    c.drawString(60, h - 60, "Landeshauptstadt Kiel")
    c.setFont("LibSans", 9)
    c.drawString(60, h - 74, f"Amt: {d['department']}")
    labels = [("Drucksachennummer:", d["drucksache"]), ("Datum:", d["date_printed"]),
              ("Öffentlichkeit:", "öffentlich")]
    y = h - 60
    for k, v in labels:
        c.setFont("LibSans", 9)
        c.drawString(w - 230, y, k)
        c.drawString(w - 130, y, v)
        y -= 13
    c.setFont("LibSans-Bold", 15)
    c.drawString(60, h - 120, d["doc_type_printed"])
    y = rl_par(c, d["title"], 60, h - 142, w - 120, "LibSans-Bold", 11, 14)
    y -= 8
    c.setFont("LibSans-Bold", 10)
    c.drawString(60, y, "Beratungsfolge")
    y -= 16
    cols = [60, 330, 420]
    for row in [("Gremium", "Datum", "Zuständigkeit")] + [
            (x["committee"], de_date(x["date"]), x["role"]) for x in d["consultations"]]:
        c.setFont("LibSans-Bold" if row[0] == "Gremium" else "LibSans", 9.5)
        for cx, v in zip(cols, row):
            c.drawString(cx, y, v)
        c.line(56, y - 4, w - 60, y - 4)
        y -= 15
    y -= 6
    for head_, text in d["body"]:
        c.setFont("LibSans-Bold", 10)
        c.drawString(60, y - 6, head_)
        y = rl_par(c, text, 60, y - 20, w - 120)
    y -= 8
    c.setFont("LibSans-Bold", 10)
    c.drawString(60, y, "Auswirkungen auf den Klimaschutz")
    y -= 20
    for name, label, value in [("klima_positiv", "positiv", "positive"),
                               ("klima_negativ", "negativ", "negative"),
                               ("klima_keine", "keine", "neutral")]:
        c.acroForm.checkbox(name=name, x=62, y=y - 3, size=11, checked=(value == d["klimacheck"]),
                            buttonStyle="cross", borderWidth=1, tooltip=label)
        c.setFont("LibSans", 10)
        c.drawString(80, y, label)
        y -= 18
    c.drawString(60, y - 14, d["signed"])
    c.showPage()
    c.save()
    return out, "reportlab-acroform", "acroform"


MAKERS = {"own01": make_stuttgart, "own02": make_duesseldorf, "own03": make_leipzig,
          "own04": make_augsburg, "own05": make_kiel, "own06": make_rostock, "own07": make_dortmund}
LAYOUTS = {"own01": "header_table", "own02": "label_next_line", "own03": "sidebar_two_column",
           "own04": "letter_prose_rotated", "own05": "form_acroform", "own06": "antrag_fraktion",
           "own07": "anfrage_header_table"}
NOTES = {
    "own01": "Own document. Number label 'Gemeinderatsdrucksache' above 'GRDrs 78/2023' in a header table; "
             "Beratungsfolge roles printed 'Beratung'/'Beschlussfassung' (= Vorberatung/Entscheidung); "
             "Klimacheck: Wingdings w:sym F0FE (ticked) / F0A8 (empty) in the cell AFTER each label.",
    "own02": "Own document. Labels on their own line, values on the next; date 'Düsseldorf, den 12. März 2022'; "
             "Beratungsfolge as numbered lines with en dashes; Klimacheck as plain text 'keine'.",
    "own03": "Own document. Labels in a left side bar ('DS-Nr.:', 'Eingereicht von:'); body in two columns, "
             "hyphenated with soft hyphens; Klimacheck: 'X' in a table cell under 'keine Auswirkungen'.",
    "own04": "Own document. 'Sitzungsvorlage Nr.' and date right-aligned; 'Gegenstand:' instead of Betreff; "
             "Beratungsfolge only as prose; Klimacheck as ZapfDingbats boxes: 'n' (filled square = ticked) "
             "before 'negative', 'o' (empty box) before the others; page 2 has /Rotate 90 (cost table).",
    "own05": "Own document. 'Drucksachennummer:'; Klimacheck as real AcroForm checkboxes (ReportLab "
             "acroForm.checkbox, cross style) with 'positiv' checked - nothing in the text layer marks it.",
    "own06": "Own document. Antrag of a Fraktion; 'DS-Nr.:'; Beratungsfolge table Datum|Gremium|Zuständigkeit; "
             "no Klimacheck section.",
    "own07": "Own document. Anfrage; number and date in a borderless header table ('Drucksache Nr.:'); "
             "no Klimacheck section; question list in the body.",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--work", default="/tmp/ratsdex-own")
    ap.add_argument("--only", help="make only this document (e.g. own03) and print its text")
    ap.add_argument("--no-truth", action="store_true", help="do not touch truth.jsonl")
    args = ap.parse_args()
    corpus, work = Path(args.corpus), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    truth = corpus / "truth.jsonl"
    rows = [json.loads(l) for l in truth.read_text(encoding="utf-8").splitlines() if l.strip()]
    for d in own_docs.DOCS:
        key = d["file"][:5]
        if args.only and key != args.only:
            continue
        pdf, producer, klima_style = MAKERS[key](d, work)
        dest = corpus / d["file"]
        shutil.copyfile(pdf, dest)
        pages, pdf_producer = pdf_info(dest)
        row = {"file": d["file"], "producer": producer, "pdf_producer": pdf_producer,
               "layout": LAYOUTS[key], "city": d["city"]}
        for k in ["drucksache", "doc_type", "doc_type_printed", "date", "title", "public", "department",
                  "consultations", "klimacheck"]:
            row[k] = d[k]
        row["klima_style"] = klima_style if d["klimacheck"] else None
        row["themes"] = d["themes"]
        row["pages"] = pages
        row["notes"] = NOTES[key]
        rows = [r for r in rows if r["file"] != d["file"]] + [row]
        print(f"{d['file']}: {pages} pages, {pdf_producer}")
        if args.only:
            print(subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True,
                                 text=True).stdout)
    if not args.no_truth:
        truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
