#!/usr/bin/env python3
"""Make the template fixtures (tests/fixtures/templates/*.pdf + truth.jsonl) with real producers.

    python3 tools/templates/make.py [--out tests/fixtures/templates] [--work /tmp/ratsdex-tpl]

Producers: Chromium headless (HTML), LibreOffice (python-docx .docx, flat .fodt), ReportLab
(canvas, DejaVu TTF), Ghostscript (re-distilling a ReportLab PDF). Content in docs.py.
"""
import argparse
import html
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docs import BODY, DOCS  # noqa: E402

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def dmy2(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y[2:]}"


def long_date(iso):
    y, m, d = iso.split("-")
    return f"{int(d)}. {MONTHS[int(m) - 1]} {y}"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chromium(html_text, work, out):
    src = work / (out.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", src.as_uri()])


def soffice(src, out):
    run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(src.parent), str(src)])
    (src.parent / (src.stem + ".pdf")).replace(out)


def ghostscript(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", str(src)])


CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:1.5cm}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}
.nob td{border:none}h1{font-size:14pt}h2{font-size:11pt}"""


def page(body):
    return f"<!DOCTYPE html><html lang=de><head><meta charset=utf-8><style>{CSS}</style></head><body>{body}</body></html>"


def e(s):
    return html.escape(s)


# ---------------------------------------------------------------- Chromium layouts

def t01(d):
    rows = "".join(f"<tr><td>{dmy(c[0])}</td><td>{e(c[1])}</td><td>{c[2]}</td><td>{c[3]}</td></tr>"
                   for c in d["consultations"])
    return page(f"""
<p style="font-size:8pt">Stadt {d['city']} – Ratsinformationssystem</p>
<h1>Vorlage - {d['drucksache']}</h1>
<table class=nob>
<tr><td><b>Betreff:</b></td><td>{e(d['title'])}</td></tr>
<tr><td><b>Status:</b></td><td>öffentlich</td><td><b>Vorlage-Art:</b></td><td>{d['doc_type_printed']}</td></tr>
<tr><td><b>Datum:</b></td><td>{dmy(d['date'])}</td></tr>
<tr><td><b>Federführend:</b></td><td>{e(d['department'])}</td><td><b>Bearbeiter/-in:</b></td><td>Meier, Anna</td></tr>
</table>
<h2>Beratungsfolge:</h2>
<table><tr><th>Datum</th><th>Gremium</th><th>Zuständigkeit</th><th>Status</th></tr>{rows}</table>
<h2>Beschlussvorschlag:</h2><p>Der Rat beschließt die Freigabe der Planungsmittel.</p>
<h2>Sachverhalt:</h2><p>{BODY}</p>
<h2>Klimaschutz:</h2><p>{d['klima_text']}</p>
""")


def t06(d):
    return page(f"""
<p><b>SPD-Fraktion im Rat der Stadt {d['city']}</b><br>Rathausplatz 1, 12345 {d['city']}</p>
<table class=nob><tr><td>An den Oberbürgermeister<br>der Stadt {d['city']}</td>
<td style="text-align:right">Drucksache: {d['drucksache']}<br>{d['city']}, {dmy(d['date'])}</td></tr></table>
<h1>{d['doc_type_printed']}</h1>
<p>gemäß § 12 der Geschäftsordnung des Rates</p>
<p><b>Betreff: {e(d['title'])}</b></p>
<p>Sehr geehrter Herr Oberbürgermeister,</p>
<p>wir bitten um Beantwortung der folgenden Fragen:</p>
<ol><li>Wie viele städtische Gebäude stehen derzeit leer?</li><li>Welche Kosten entstehen jährlich?</li></ol>
<p>Mit freundlichen Grüßen<br>Petra Schulz, Fraktionsvorsitzende</p>
<h2>Antwort der Verwaltung</h2>
<p>Zu 1: Derzeit stehen sieben Gebäude leer. Zu 2: {BODY}</p>
""")


def t08(d):
    c = d["consultations"][0]
    return page(f"""
<table class=nob><tr><td><b>Stadt {d['city']}</b><br>Der Oberbürgermeister</td>
<td style="text-align:right">Vorlagen-Nr. {d['drucksache']}</td></tr></table>
<h1>{d['doc_type_printed']}</h1>
<table class=nob>
<tr><td>Dienststelle:</td><td>{e(d['department'])}</td><td>Datum:</td><td>{dmy(d['date'])}</td></tr>
</table>
<table><tr><th>Beratungsfolge</th><th>Sitzungstermin</th><th>Ö/N</th><th>Zuständigkeit</th></tr>
<tr><td>{c[1]}</td><td>{dmy(c[0])}</td><td>{c[3]}</td><td>{c[2]}</td></tr></table>
<p><b>Betreff:</b><br>{e(d['title'])}</p>
<h2>Beschlussvorschlag</h2><p>Die Bezirksvertretung Nord beschließt die Umgestaltung.</p>
<h2>Begründung</h2><p>{BODY}</p>
<h2>Klimawirkung</h2><p>{d['klima_text']} Durch die Versiegelung zusätzlicher Flächen entstehen Emissionen.</p>
""")


def t12(d):
    rows = "".join(f"<tr><td>{e(c[1])}</td><td>{dmy(c[0])}</td><td>{c[2]}</td><td>{c[3]}</td></tr>"
                   for c in d["consultations"])
    return page(f"""
<p style="text-align:right">Stadt {d['city']}<br>{e(d['department'])}</p>
<h1>{d['doc_type_printed']} {d['drucksache']}</h1>
<p><b>nichtöffentlich</b></p>
<p>Datum: {dmy(d['date'])}</p>
<p>Betreff: {e(d['title'])}</p>
<table><tr><th>Gremium</th><th>Sitzungsdatum</th><th>Beratungszweck</th><th>Ö/N</th></tr>{rows}</table>
<h2>Mitteilung</h2><p>{BODY}</p>
<p>{d['klima_text']}</p>
""")


def t13(d):
    rows = "".join(f"<tr><td>{dmy(c[0])}</td><td>{e(c[1])}</td><td>{c[3]}</td><td>{'Beratung' if c[2] == 'Vorberatung' else c[2]}</td></tr>"
                   for c in d["consultations"])
    return page(f"""
<table class=nob><tr><td><b>Stadt {d['city']}</b></td><td style="text-align:right">Vorlage - {d['drucksache']}</td></tr></table>
<table class=nob>
<tr><td>Art:</td><td>{d['doc_type_printed']}</td><td>Datum:</td><td>{long_date(d['date'])}</td></tr>
<tr><td>Status:</td><td>öffentlich</td><td>Federführend:</td><td>{e(d['department'])}</td></tr>
</table>
<p><b>{e(d['title'])}</b></p>
<table><tr><th>Datum</th><th>Gremium</th><th>Status</th><th>Zuständigkeit</th></tr>{rows}</table>
<h2>Beschlussvorschlag</h2><p>Der Stadtrat beschließt die Beschaffung.</p>
<h2>Sachverhalt</h2><p>{BODY}</p>
<h2>Klimaauswirkungen</h2><p>{d['klima_text']}</p>
""")


def t16(d):
    rows = "".join(f"<tr><td>{dmy2(c[0])}</td><td>{e(c[1])}</td><td>{c[2]}</td><td>{i + 3}</td></tr>"
                   for i, c in enumerate(d["consultations"]))
    return page(f"""
<h1>Vorlage - {d['drucksache']}</h1>
<table class=nob>
<tr><td>Vorlageart:</td><td>{d['doc_type_printed']}</td><td>nicht öffentlich</td></tr>
<tr><td>Datum:</td><td>{dmy(d['date'])}</td><td>Federführend:</td><td>{e(d['department'])}</td></tr>
<tr><td>Betreff:</td><td colspan=3>{e(d['title'])}</td></tr>
</table>
<p><b>Beratungsfolge</b></p>
<table><tr><th>Sitzung</th><th>Gremium</th><th>Beratungsart</th><th>TOP</th></tr>{rows}</table>
<h2>Beschlussvorschlag</h2><p>Der Rat stimmt der Kostenfortschreibung zu.</p>
<h2>Begründung</h2><p>{BODY}</p>
""")


# ---------------------------------------------------------------- LibreOffice layouts

def docx_doc():
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    return doc


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    return t


def t02(d, work):
    doc = docx_doc()
    doc.add_paragraph(f"Stadt {d['city']}")
    doc.add_heading(d["doc_type_printed"], level=1)
    table(doc, [
        ["Vorlage-Nr.:", d["drucksache"], "Status:", "öffentlich"],
        ["Aktenzeichen:", "66.1-NVP/2023", "Datum:", dmy(d["date"])],
        ["Federführung:", d["department"], "Verfasser:", "Krüger, Jan"],
    ], style=None)
    doc.add_paragraph("")
    doc.add_paragraph("Beratungsfolge:")
    table(doc, [["Gremium", "Sitzung", "Zuständigkeit"]] + [
        [c[1], f"{dmy(c[0])} {c[1]} (öffentlich)" if False else f"Sitzung vom {dmy(c[0])}", c[2]]
        for c in d["consultations"]])
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Betreff: ").bold = True
    p.add_run(d["title"])
    doc.add_heading("Beschlussvorschlag:", level=2)
    doc.add_paragraph("Der Stadtrat beschließt die Fortschreibung des Nahverkehrsplans.")
    doc.add_heading("Sachverhalt:", level=2)
    doc.add_paragraph(BODY)
    doc.add_paragraph(d["klima_text"])
    src = work / "t02.docx"
    doc.save(src)
    return src


def t04(d, work):
    doc = docx_doc()
    t = table(doc, [["LANDKREIS MUSTERHEIDE\nDer Landrat", "[Wappen]\nKreisverwaltung Musterheide"]], style=None)
    doc.add_paragraph("")
    table(doc, [
        [f"Fachbereich: {d['department']}", f"{d['doc_type_printed']} Nr.: {d['drucksache']}"],
        ["Sachbearbeitung: Frau Lüders", f"Datum: {dmy2(d['date'])}"],
        ["Telefon: 04101 555-210", "öffentliche Sitzung"],
    ], style=None)
    doc.add_paragraph("")
    doc.add_paragraph("Beratungsfolge")
    table(doc, [["Gremium", "Termin", "Beratung", "TOP"]] + [
        [c[1], dmy(c[0]), c[2], ""] for c in d["consultations"]])
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Betreff: ").bold = True
    p.add_run(d["title"])
    doc.add_heading("Beschlussvorschlag", level=2)
    doc.add_paragraph("Der Kreistag beschließt den Beitritt zum Zweckverband.")
    doc.add_heading("Begründung", level=2)
    doc.add_paragraph(BODY)
    _ = t
    src = work / "t04.docx"
    doc.save(src)
    return src


def t14(d, work):
    doc = docx_doc()
    doc.add_paragraph(f"Stadt {d['city']}")
    doc.add_heading(d["doc_type_printed"], level=1)
    table(doc, [
        ["Vorlage-Nr.:", d["drucksache"], "Status:", "nichtöffentlich"],
        ["Aktenzeichen:", "23.1-GE/2023", "Datum:", dmy(d["date"])],
        ["Federführung:", d["department"], "Verfasser:", "Özdemir, Leyla"],
    ], style=None)
    doc.add_paragraph("")
    doc.add_paragraph("Beratungsfolge:")
    table(doc, [["Gremium", "Sitzung", "Zuständigkeit"]] + [
        [c[1], f"{dmy(c[0])} nichtöffentlich", c[2]] for c in d["consultations"]])
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Betreff: ").bold = True
    p.add_run(d["title"])
    doc.add_heading("Mitteilung:", level=2)
    doc.add_paragraph(BODY)
    doc.add_heading("Klimarelevanz:", level=2)
    doc.add_paragraph(d["klima_text"])
    src = work / "t14.docx"
    doc.save(src)
    return src


def t11(d, work):
    doc = docx_doc()
    doc.add_paragraph("FDP-Fraktion im Gemeinderat Tannenberg")
    doc.add_paragraph("Herrn Bürgermeister\nThomas Wendt\nRathaus\n54321 Tannenberg")
    doc.add_paragraph(f"Tannenberg, {dmy2(d['date'])}")
    doc.add_heading(f"{d['doc_type_printed']} Nr. {d['drucksache']}", level=1)
    p = doc.add_paragraph()
    p.add_run(f"Betreff: {d['title']}").bold = True
    doc.add_paragraph("Sehr geehrter Herr Bürgermeister,")
    doc.add_paragraph("wir fragen die Verwaltung: " + BODY)
    doc.add_paragraph("Mit freundlichen Grüßen\nKarl Heinz Obermaier")
    src = work / "t11.docx"
    doc.save(src)
    return src


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>"""


def fp(s):
    return f"<text:p>{e(s)}</text:p>"


def ftable(rows):
    cols = "<table:table-column table:number-columns-repeated=\"%d\"/>" % len(rows[0])
    body = "".join("<table:table-row>" + "".join(
        f"<table:table-cell office:value-type=\"string\">{fp(v)}</table:table-cell>" for v in r)
        + "</table:table-row>" for r in rows)
    return f"<table:table table:name=\"T{len(rows)}\">{cols}{body}</table:table>"


def t05(d, work):
    c = d["consultations"][0]
    body = "".join([
        fp(f"Stadt {d['city']}"),
        fp(f"{d['doc_type_printed']}"),
        ftable([["Vorlagennummer:", d["drucksache"]], ["Datum:", dmy(d["date"])],
                ["Amt:", d["department"]], ["Öffentlichkeit:", "nicht öffentlich"]]),
        fp(""), fp("Beratungsfolge:"),
        ftable([["Gremium", "Datum", "Zuständigkeit"], [c[1], dmy(c[0]), c[2]]]),
        fp(""), fp(f"Betreff: {d['title']}"), fp(""), fp("Sachdarstellung:"), fp(BODY),
    ])
    src = work / "t05.fodt"
    src.write_text(FODT.format(body=body), encoding="utf-8")
    return src


# ---------------------------------------------------------------- ReportLab layouts

def canvas(path, standard=False):
    """A ReportLab canvas whose fonts `DV`/`DVB` are DejaVu TTF subsets, or with `standard` the
    standard Helvetica (WinAnsi; TTF subsets lose their umlauts when Ghostscript re-distils)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as cv
    if standard:
        from reportlab.lib.fonts import addMapping  # noqa: F401
        pdfmetrics.registerFontFamily("Helvetica")
        FONTS["DV"], FONTS["DVB"] = "Helvetica", "Helvetica-Bold"
    else:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
        FONTS["DV"], FONTS["DVB"] = "DV", "DVB"
    c = cv.Canvas(str(path), pagesize=(595, 842))
    set_font = c.setFont
    c.setFont = lambda name, size: set_font(FONTS.get(name, name), size)
    return c


FONTS = {}


def text_lines(c, x, y, lines, size=10, font="DV", lead=14):
    for ln in lines:
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= lead
    return y


def wrap(s, n=90):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + [cur]


def t03(d, out):
    c = canvas(out)
    c.setFont("DVB", 12)
    c.drawString(60, 790, f"Gemeinde {d['city']}")
    c.setFont("DV", 10)
    c.drawString(380, 790, f"Drucksache Nr. {d['drucksache']}")
    c.drawString(380, 775, f"{d['city']}, {long_date(d['date'])}")
    y = text_lines(c, 60, 740, [f"Sachbearbeitende Dienststelle: {d['department']}",
                                "Sachbearbeiter: Herr Albers"])
    c.setFont("DVB", 14)
    c.drawString(60, y - 10, d["doc_type_printed"])
    y -= 40
    c.setFont("DV", 10)
    c.drawString(60, y, "Beratungsfolge")
    c.drawString(260, y, "Sitzungstermin")
    c.drawString(380, y, "Beratungsart")
    c.drawString(480, y, "Status")
    for cc in d["consultations"]:
        y -= 14
        c.drawString(60, y, cc[1])
        c.drawString(260, y, dmy(cc[0]))
        c.drawString(380, y, cc[2])
        c.drawString(480, y, "öffentlich")
    y -= 30
    c.setFont("DVB", 10)
    c.drawString(60, y, "Betreff:")
    c.drawString(110, y, d["title"])
    y = text_lines(c, 60, y - 30, ["Beschlussvorschlag:"], font="DVB")
    y = text_lines(c, 60, y, wrap("Der Gemeinderat beschließt die Neufassung der Satzung. " + BODY))
    c.showPage()
    c.save()


def t07(d, out):
    c = canvas(out, standard=True)
    y = text_lines(c, 60, 800, ["Fraktion BÜNDNIS 90/DIE GRÜNEN im Rat der Stadt Lindenau",
                                "Marktstraße 4 · 23456 Lindenau"], size=9)
    y = text_lines(c, 60, 740, ["Herrn Oberbürgermeister", "Dr. Felix Brandt", "Rathaus",
                                "23456 Lindenau"])
    c.setFont("DV", 10)
    c.drawRightString(535, 680, f"Lindenau, {long_date(d['date'])}")
    c.setFont("DVB", 12)
    c.drawString(60, 640, f"Antrag: {d['title']}")
    y = text_lines(c, 60, 610, ["Sehr geehrter Herr Oberbürgermeister,", "",
                                "die Fraktion stellt folgenden Antrag zur nächsten Sitzung des Rates:"])
    y = text_lines(c, 60, y - 10, wrap("Der Rat beauftragt die Verwaltung, einen Jugendbeirat "
                                       "einzurichten. " + BODY))
    text_lines(c, 60, y - 20, ["Mit freundlichen Grüßen", "", "Miriam Vogt, Fraktionsvorsitzende"])
    c.showPage()
    c.save()


def t15(d, out):
    c = canvas(out, standard=True)
    c.setFont("DVB", 12)
    c.drawRightString(535, 800, d["city"].upper())
    c.setFont("DV", 10)
    c.drawRightString(535, 786, d["department"])
    c.drawRightString(535, 772, "Auskunft: Herr Brüning")
    c.drawRightString(535, 758, f"Nordheim, {dmy2(d['date'])}")
    y = text_lines(c, 60, 740, [f"Kreistagsdrucksache: {d['drucksache']}", "öffentlich"])
    c.setFont("DVB", 14)
    c.drawString(60, y - 10, d["doc_type_printed"])
    y = text_lines(c, 60, y - 40, ["Beratungsfolge:"], font="DVB")
    lines = [f"{i}. {cc[1]} – {dmy(cc[0])} – {cc[2]}" for i, cc in enumerate(d["consultations"], 1)]
    y = text_lines(c, 60, y, lines)
    c.setFont("DVB", 10)
    c.drawString(60, y - 20, f"Betreff: {d['title']}")
    y = text_lines(c, 60, y - 50, ["Beschlussvorschlag:"], font="DVB")
    y = text_lines(c, 60, y, wrap("Der Kreistag setzt den Hebesatz der Kreisumlage fest. " + BODY))
    c.showPage()
    c.save()


def t09(d, out):
    c = canvas(out)
    c.setFont("DVB", 12)
    c.drawString(60, 790, f"Stadt {d['city']}")
    c.setFont("DV", 10)
    c.drawString(360, 790, f"Vorlage Nr.: {d['drucksache']}")
    c.drawString(360, 776, f"Datum: {dmy(d['date'])}")
    c.drawString(360, 762, "Status: öffentlich")
    c.drawString(60, 762, f"Federführend: {d['department']}")
    c.setFont("DVB", 14)
    c.drawString(60, 720, d["doc_type_printed"])
    c.setFont("DVB", 10)
    c.drawString(60, 690, "Betreff:")
    c.setFont("DV", 10)
    c.drawString(110, 690, d["title"])
    y = text_lines(c, 60, 650, ["Beschlussvorschlag:"], font="DVB")
    y = text_lines(c, 60, y, wrap("Der Gemeinderat beschließt die Änderung. " + BODY * 4))
    y = text_lines(c, 60, y - 10, ["Begründung:"], font="DVB")
    y = text_lines(c, 60, y, wrap(BODY * 5))
    y -= 20

    def head(y):
        c.setFont("DVB", 10)
        for x, h in ((60, "Beratungsfolge"), (300, "Termin"), (390, "Zuständigkeit"), (500, "Ö/N")):
            c.drawString(x, y, h)
        c.setFont("DV", 10)

    head(y)
    for i, cc in enumerate(d["consultations"]):
        y -= 15
        if i == 2:
            c.setFont("DV", 8)
            c.drawString(280, 40, "Seite 1 von 2")
            c.showPage()
            y = 790
            head(y)
            y -= 15
        for x, v in ((60, cc[1]), (300, dmy(cc[0])), (390, cc[2]), (500, cc[3])):
            c.drawString(x, y, v)
    text_lines(c, 60, y - 40, ["Anlagen:", "Planzeichnung"])
    c.setFont("DV", 8)
    c.drawString(280, 40, "Seite 2 von 2")
    c.showPage()
    c.save()


def t10(d, out):
    cc = d["consultations"][0]
    c = canvas(out)
    lines = [
        f"Stadt {d['city']}",
        "",
        f"Vorlage: {d['drucksache']}",
        f"Vorlagenart: {d['doc_type_printed']}",
        "Status: Oeffentlich",
        f"Datum: {dmy(d['date'])}",
        f"Federfuehrend: {d['department']}",
        f"Betreff: {d['title']}",
        "",
        "Beratungsfolge:",
        "Datum         Gremium                                      Zustaendigkeit   Status",
        f"{dmy(cc[0])}    {cc[1]}      {cc[2]}     Oeffentlich",
        "",
        "Sachverhalt:",
    ] + wrap(BODY.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss"))
    c.setFont("Courier", 9)
    y = 790
    for ln in lines:
        c.drawString(50, y, ln)
        y -= 13
    c.showPage()
    c.save()


def build(d, work, out):
    stem = d["stem"]
    if stem.startswith(("t01", "t06", "t08", "t12", "t13", "t16")):
        html_of = {"t01": t01, "t06": t06, "t08": t08, "t12": t12, "t13": t13, "t16": t16}
        chromium(html_of[stem[:3]](d), work, out)
    elif stem.startswith(("t02", "t04", "t11", "t05", "t14")):
        src = {"t02": t02, "t04": t04, "t11": t11, "t05": t05, "t14": t14}[stem[:3]](d, work)
        soffice(src, out)
    elif stem.startswith(("t07", "t10", "t15")):
        raw = work / (stem + "-rl.pdf")
        {"t07": t07, "t10": t10, "t15": t15}[stem[:3]](d, raw)
        ghostscript(raw, out)
    else:
        {"t03": t03, "t09": t09}[stem[:3]](d, out)


def pdf_info(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    info = dict((k.strip(), v.strip()) for k, _, v in (ln.partition(":") for ln in out.splitlines()))
    return int(info["Pages"]), info.get("Producer", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="tests/fixtures/templates")
    ap.add_argument("--work", default="/tmp/ratsdex-tpl")
    a = ap.parse_args()
    out, work = Path(a.out), Path(a.work)
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for d in DOCS:
        pdf = out / (d["stem"] + ".pdf")
        build(d, work, pdf)
        pages, producer = pdf_info(pdf)
        rows.append({
            "file": pdf.name, "producer": d["producer"], "pdf_producer": producer, "layout": d["layout"],
            "city": d["city"], "drucksache": d["drucksache"], "doc_type": d["doc_type"],
            "doc_type_printed": d["doc_type_printed"], "date": d["date"], "title": d["title"],
            "public": d["public"], "department": d["department"],
            "consultations": [{"committee": c[1], "date": c[0], "role": c[2]} for c in d["consultations"]],
            "klimacheck": d["klimacheck"], "klima_style": "sentence" if d["klima_text"] and "☒" not in d["klima_text"] else ("unicode" if d["klima_text"] else None),
            "themes": [], "pages": pages, "notes": d["notes"],
        })
        print(pdf.name, pages, producer)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    readme = ["# Template fixtures", "",
              "Made by `tools/templates/make.py` (content in `tools/templates/docs.py`); fictitious",
              "cities and numbers. Checked by `tests/metadata_templates.rs` against `truth.jsonl`",
              "(themes are left empty: these files test metadata only).", "",
              "| file | producer | PDF producer | layout | what it tests |", "|---|---|---|---|---|"]
    readme += [f"| {r['file']} | {r['producer']} | {r['pdf_producer']} | {r['layout']} | {r['notes'].replace('|', '/')} |"
               for r in rows]
    (out / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
