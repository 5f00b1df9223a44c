#!/usr/bin/env python3
"""Make the look-alike documents with real producers: invented text in the layouts of real
documents that we may read but not redistribute (../shared/corpus-real).

    python3 tools/corpus/make_lookalike.py [--corpus corpus] [--fixtures tests/fixtures/lookalike]
                                           [--work /tmp/ratsdex-look] [--only own08]

Corpus documents (own08..own15) get a truth row in corpus/truth.jsonl; fixtures (la01..) get one
in tests/fixtures/lookalike/truth.jsonl. Content in lookalike_docs.py; producers:
  ReportLab canvas + acroForm  grant forms with ✘ checkboxes (ZapfDingbats) and text fields
  flat ODT (.fodt) -> LibreOffice  Sitzungsvorlagen with a letterhead column, answer letters
  python-docx .docx -> LibreOffice  Stadtteilbeirat / Fraktion letters (Word style)
  HTML -> headless Chromium  group motion with a boxed receipt table, Fraktion letter
  ReportLab, rasterised and re-drawn with an invisible text layer  a scanned answer letter
  ReportLab, Liberation Serif  a Landtag Drucksache with a two-column law text
Install: apt-get install libreoffice-writer chromium poppler-utils; pip install reportlab python-docx.
"""
import argparse
import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lookalike_docs as docs  # noqa: E402
from make_own import chromium_pdf, pdf_info, rl_font, soffice_pdf  # noqa: E402

W, H = 595.27, 841.89


# ---------------------------------------------------------------- ReportLab grant form (✘ boxes)

def make_grant(d, work):
    """District-committee grant form: ✘ AcroForm checkboxes (ReportLab, cross style = ZapfDingbats
    '8'), text fields for the amounts, Beratungsfolge only as a prose line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rl_font()
    out = work / d["file"]
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(d["title"])
    x0, lead = 71, 11.5
    y = H - 48
    for i, line in enumerate(d["head_left"]):
        c.setFont("LibSans", 10)
        c.drawString(x0, y - i * 12.4, line)
    c.setFont("LibSans", 14)
    c.drawString(418, y, d["head_right"][0])
    c.setFont("LibSans", 10)
    c.drawString(418, y - 12.4, d["head_right"][1])
    y = H - 107
    c.setFont("LibSans-Bold", 10)
    for line in d["title_lines"]:
        c.drawString(x0, y, line)
        y -= lead
    y -= lead
    c.setFont("LibSans", 10)
    c.drawString(x0, y, "Antragsteller/in:")
    c.drawString(x0, y - lead, d["applicant"])
    y -= 3 * lead + 4
    c.drawString(x0, y, f"für das Vorhaben: {d['measure']}")
    y -= 2 * lead
    c.setFont("LibSans-Bold", 10)
    c.drawString(x0, y, d["committee_line"])
    c.setFont("LibSans", 10)
    c.drawString(x0, y - lead, "Öffentliche Sitzung")
    c.drawString(x0, y - 2 * lead, f"Sitzungsvorlagen Nr.: {d['drucksache']}")
    y -= 4 * lead

    def box(name, bx, by, on):
        c.acroForm.checkbox(name=name, x=bx, y=by - 1.5, size=9, checked=on, buttonStyle="cross",
                            borderWidth=0.8, fillColor=None,
                            forceBorder=True)

    def par(text, yy, size=10):
        from reportlab.lib.utils import simpleSplit
        c.setFont("LibSans", size)
        for ln in simpleSplit(text, "LibSans", size, W - x0 - 60):
            c.drawString(x0, yy, ln)
            yy -= lead
        return yy

    c.setFont("LibSans-Bold", 10)
    c.drawString(35, y, "I.")
    c.drawString(x0, y, "Sachverhalt")
    y -= 2 * lead
    rec, inc = d["received"]
    y = par(f"Der Förderantrag vom {rec} (Eingang bei der Stadtkanzlei am {inc}) wurde auf "
            "Vollständigkeit und auf die Einhaltung der Förderrichtlinien für das Stadtteilbudget "
            "geprüft. Eine inhaltliche Bewertung des Vorhabens ist damit nicht verbunden.", y) - lead
    y = par("Die Fördervoraussetzungen nach den Richtlinien für das Stadtteilbudget sind", y) - 4
    t = d["ticks"]
    box("Feld1", x0, y, t["met"])
    c.drawString(x0 + 13, y, "erfüllt")
    box("Feld2", 213, y, not t["met"])
    c.drawString(226, y, "nicht erfüllt.")
    y -= 2 * lead
    y = par(f"Beantragt ist eine Förderung von {d['amount']} € (Fehlbedarfsfinanzierung). Nach den "
            "Förderrichtlinien kann die Förderung", y) - 4
    for i, (label, on) in enumerate([("in voller Höhe", t["full"]),
                                     ("nur teilweise in Höhe von                €", not t["full"]),
                                     ("nicht", False)]):
        box(f"Feld{3 + i}", x0, y, on)
        c.drawString(x0 + 13, y, label)
        y -= lead
    c.acroForm.textfield(name="Betrag1", x=x0 + 150, y=y + lead * 2 - 2, width=60, height=11,
                         value="" if t["full"] else "1.900,00", borderWidth=0, fontSize=9,
                         fillColor=None, textColor=None)
    c.drawString(x0, y - 2, "bewilligt werden.")
    y -= 2 * lead + 4
    c.setFont("LibSans", 10)
    c.drawString(x0, y, "Bitte beachten:")
    c.line(x0, y - 1.5, x0 + 70, y - 1.5)
    y = par("Die Stadtkanzlei erwartet in der Regel einen Eigenanteil der Antragstellenden von "
            "mindestens einem Fünftel der Gesamtkosten (Nr. 6.2 der Förderrichtlinien). Für dieses "
            "Vorhaben ist ein Eigenanteil vorgesehen; der Finanzierungsplan liegt dem Antrag bei.",
            y - lead) - lead
    y = par("Die Restmittel des Vorjahres werden erst mit dem Jahresabschluss festgestellt und sind in "
            "dieser Vorlage noch nicht berücksichtigt. Für die bis zum Stichtag eingegangenen Anträge "
            "reichen die Budgetmittel des laufenden Jahres nach derzeitigem Stand aus.", y) - lead
    y = par("Die Budgetmittel für die beantragte Förderung sind damit", y) - 4
    box("Feld6", x0, y, t["funds"])
    c.drawString(x0 + 13, y, "verfügbar")
    box("Feld7", 290, y, False)
    for i, ln in enumerate(["verfügbar, jedoch liegen für diese Sitzung",
                            "weitere Anträge vor, die zusammen das",
                            "verbleibende Budget übersteigen."]):
        c.drawString(303, y - i * lead, ln)
    box("Feld8", x0, y - 3 * lead, not t["funds"])
    c.drawString(x0 + 13, y - 3 * lead, "nicht verfügbar.")
    y -= 5 * lead
    c.setFont("LibSans-Bold", 10)
    c.drawString(35, y, "II.")
    for i, ln in enumerate(d["chair"]):
        c.drawString(x0, y - i * lead, ln)
    c.line(x0, y - 5 * lead, x0 + 150, y - 5 * lead)
    c.showPage()

    # Page 2: the decision sheet, every box empty (the committee ticks it in the session).
    y = H - 60
    c.setFont("LibSans-Bold", 10)
    c.drawString(35, y, "III.")
    c.drawString(x0, y, "Beschluss (wird im Ratsinformationssystem erfasst, dieses Blatt dient der Akte)")
    y -= 2 * lead
    c.setFont("LibSans", 10)
    n = 10
    rows = [("Der Bezirksbeirat bewilligt die Förderung in beantragter Höhe von €", 0),
            ("Der Bezirksbeirat bewilligt eine gekürzte Förderung in Höhe von €", 0),
            ("Gründe:", 1),
            ("Der Bezirksbeirat möchte mit dem Budget möglichst viele Vorhaben unterstützen.", 2),
            ("Die Ausgaben sollen gleichmäßig über das Haushaltsjahr verteilt werden.", 2),
            ("Sonstiges:", 2),
            ("Der Bezirksbeirat lehnt die Förderung ab.", 0),
            ("Gründe:", 1),
            ("Das Vorhaben liegt außerhalb der Förderschwerpunkte des laufenden Jahres.", 2),
            ("Es liegen mehr Anträge vor, als das Budget zulässt.", 2),
            ("Sonstiges:", 2)]
    for text, level in rows:
        x = x0 + 24 * level
        if text != "Gründe:":
            box(f"Feld{n}", x0 + 24 * max(level - 1, 0) if level else x0, y, False)
            n += 1
            x = x0 + 24 * level + 22
        c.drawString(x, y, text)
        if text.endswith("€") or text == "Sonstiges:":
            c.acroForm.textfield(name=f"Text{n}", x=x + c.stringWidth(text, "LibSans", 10) + 6, y=y - 3,
                                 width=110, height=12, value="", borderWidth=0, fillColor=None,
                                 textColor=None)
            c.line(x + c.stringWidth(text, "LibSans", 10) + 6, y - 3,
                   x + c.stringWidth(text, "LibSans", 10) + 116, y - 3)
        y -= 2 * lead
    c.line(x0 - 20, y + 4, W - 60, y + 4)
    y -= lead
    c.setFont("LibSans", 9)
    c.drawString(x0 - 20, y, "Der Bezirksbeirat bittet um einen kurzen Bericht nach Abschluss des Vorhabens:")
    y -= 1.6 * lead
    for i, label in enumerate(["mündlich", "schriftlich", "nicht erforderlich"]):
        box(f"Feld{n}", x0 - 20 + i * 90, y, False)
        n += 1
        c.drawString(x0 - 7 + i * 90, y, label)
    y -= 1.6 * lead
    box(f"Feld{n}", x0 - 20, y, False)
    n += 1
    c.drawString(x0 - 7, y, "Kopie des Verwendungsnachweises erbeten")
    y -= 2 * lead
    c.setFont("LibSans", 10)
    c.drawString(x0 - 20, y, "Beschlossen in der Sitzung am:")
    c.line(x0 + 130, y - 2, x0 + 240, y - 2)
    y -= 2 * lead
    for i, label in enumerate(["einstimmig", "mehrheitlich"]):
        box(f"Feld{n}", x0 + i * 140, y, False)
        n += 1
        c.drawString(x0 + 13 + i * 140, y, label)
    y -= 3 * lead
    c.setFont("LibSans-Bold", 10)
    c.drawString(35, y, "IV.")
    c.drawString(x0, y, f"Wv. {d['department']} (per E-Mail / RIS)")
    c.showPage()
    c.save()
    return out, "reportlab-acroform"



# ---------------------------------------------------------------- flat ODT -> LibreOffice

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="115%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="de" fo:country="DE"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.35cm"/></style:style>
  <style:style style:name="PI" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.9cm" fo:margin-bottom="0.35cm"/></style:style>
  <style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="BI" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.9cm" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="BP" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:break-before="page"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="11.2cm"/></style:tab-stops></style:paragraph-properties>
   <style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="Box" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
  <style:style style:name="TU" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
  <style:style style:name="T1" style:family="table"><style:table-properties style:width="15.4cm" table:align="left" fo:margin-left="0.9cm"/></style:style>
  <style:style style:name="T1A" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
  <style:style style:name="T1B" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
  <style:style style:name="T1C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="T2" style:family="table"><style:table-properties style:width="15.4cm" table:align="left" fo:margin-left="0.9cm"/></style:style>
  <style:style style:name="T2A" style:family="table-column"><style:table-column-properties style:column-width="13.4cm"/></style:style>
  <style:style style:name="T2B" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
  <style:style style:name="T2C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
  <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="fr1" style:family="graphic">
   <style:graphic-properties fo:border="1pt solid #000000" fo:padding="0.15cm" style:wrap="none"
    style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
    fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="1.2cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>{header}</style:header>
   <style:footer><text:p text:style-name="Foot">Seite <text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""


def x(text):
    return html.escape(text, quote=False)


def p(text, style="P"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def fodt_pdf(d, body, work, header):
    src = work / (Path(d["file"]).stem + ".fodt")
    src.write_text(FODT_HEAD.replace("{header}", header) + body + "\n </office:text></office:body>\n</office:document>\n",
                   encoding="utf-8")
    return soffice_pdf(src, work)


def letterhead(d):
    (t1, t2), (d1, d2) = d["phone"], d["dept_lines"]
    return (f'<text:p text:style-name="Head">{x(t1)}<text:tab/><text:span text:style-name="TB">{x(d1)}</text:span></text:p>'
            f'<text:p text:style-name="Head">{x(t2)}<text:tab/>{x(d2)}</text:p>')


def summary_table(rows):
    out = ['<table:table table:name="Kurz" table:style-name="T1"><table:table-column table:style-name="T1A"/>'
           '<table:table-column table:style-name="T1B"/>']
    for k, v in rows:
        out.append(f'<table:table-row><table:table-cell table:style-name="T1C" office:value-type="string">{p(k, "B")}'
                   f'</table:table-cell><table:table-cell table:style-name="T1C" office:value-type="string">{p(v, "Standard")}'
                   '</table:table-cell></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


def toc_table(rows):
    out = ['<table:table table:name="Inhalt" table:style-name="T2"><table:table-column table:style-name="T2A"/>'
           '<table:table-column table:style-name="T2B"/>']
    for k, v in rows:
        st = "B" if k.startswith(("I.", "II.")) else "Standard"
        out.append(f'<table:table-row><table:table-cell table:style-name="T2C" office:value-type="string">{p(k, st)}'
                   f'</table:table-cell><table:table-cell table:style-name="T2C" office:value-type="string">{p(v, "R")}'
                   '</table:table-cell></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


def make_report(d, work):
    """Bekanntgabe: summary table, table of contents, lecture over several pages, no own date."""
    head = [p(t, "B") for t in d["title_lines"]] + [p(""), p(d["subtitle"], "B"), p(""),
                                                    p(f"Sitzungsvorlage Nr. {d['drucksache']}", "B"), p(""), p("")]
    s1, s2 = d["session"]
    body = head + [p("Kurzübersicht zur " + s1, "BI"), p(s2, "PI"), summary_table(d["summary"])]
    body += [p("Inhaltsverzeichnis" + "\u00a0" * 8 + "Seite", "BP"), p(""), toc_table(d["toc"])]
    body += [p("", "BP").replace('text:style-name="BP"', 'text:style-name="BP"')]
    body += head[:-2] + [p(s1, "BI"), p(s2, "PI"), p(""), p("I.  Vortrag der Referentin", "B"), p("")]
    for h, paras in d["body"]:
        body.append(p(h, "BI"))
        body += [p(t, "PI") for t in paras]
    (l1, n1, r1), (l2, n2, r2) = d["signers"]
    body += [p("II.  Bekanntgegeben", "BP"), p(""), p("Der Stadtrat der Landeshauptstadt Auenburg", "PI"),
             p(f"{l1}\t\t\t\t{l2}", "PI"), p(""), p(""), p(f"{n1}\t\t\t\t{n2}", "PI"), p(f"{r1}\t\t\t\t{r2}", "PI"),
             p(""), p("III. Abdruck von I. und II.", "B")] + [p(t, "PI") for t in d["copies"]]
    body += [p(""), p("IV. " + d["wv"], "B")]
    body += [p(d["dept_lines"][0], "BP"), p(""),
             p("I. Der vorstehende Abdruck stimmt mit der beglaubigten Zweitschrift überein.", "PI"),
             p("II. An", "PI")] + [p(t, "PI") for t in [f"das {d['dept_lines'][0]} - Grundbuch",
                                                        f"das {d['dept_lines'][0]} - Archiv",
                                                        "das Personal- und Organisationsamt", "z.K."]]
    body += [p(""), p("Am _______________", "PI")]
    return fodt_pdf(d, "\n".join(body), work, letterhead(d)), "libreoffice-odt"


def make_supplement(d, work):
    """Tischvorlage: the supplement date in a framed box at the right margin."""
    b1, b2, b3 = d["box"]
    frame = ('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Datum" '
             'text:anchor-type="paragraph" svg:x="11.3cm" svg:y="0cm" svg:width="3.8cm" draw:z-index="0">'
             f'<draw:text-box fo:min-height="1.6cm">{p(b1, "Box")}{p(b2, "Box")}{p(b3, "Box")}'
             '</draw:text-box></draw:frame></text:p>')
    body = [frame, p(""), p(""), p(""), p(""), p("")]
    for para in d["title_paras"]:
        body += [p(t, "B") for t in para] + [p("")]
    body += [p(f"Sitzungsvorlage Nr. {d['drucksache']}", "B"), p(""), p(""),
             f'<text:p text:style-name="Standard"><text:span text:style-name="TU">Anlage</text:span></text:p>',
             p(d["attachment"]), p(""), p("")]
    s1, s2 = d["session"]
    body += [p(s1, "BI"), p(s2, "PI"), p(""), p("I.  Vortrag der Referentin", "B"), p("")]
    body += [p(t, "PI") for t in d["lecture"]]
    body += [p(""), p("IV. Abdruck von I. mit III.", "Standard")] + [p(t, "PI") for t in d["copies"]]
    body += [p(""), p("V.  " + d["wv"], "Standard")]
    first, *rest = d["page2"]
    body += [p(first, "BP"), p("")] + [p(t, "PI") for t in rest]
    return fodt_pdf(d, "\n".join(body), work, letterhead(d)), "libreoffice-odt"



# ---------------------------------------------------------------- HTML -> Chromium

CSS = """@page { size: A4; margin: 20mm 20mm 18mm 25mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.3; }
p { margin: 0 0 9pt 0; } .r { text-align: right; } .b { font-weight: bold; }"""


def html_pdf(d, inner, work, css=""):
    src = work / (Path(d["file"]).stem + ".html")
    src.write_text(f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>{CSS}{css}</style>'
                   f"</head><body>{inner}</body></html>", encoding="utf-8")
    return chromium_pdf(src, work / d["file"])


def lines(items):
    return "<br>".join(x(t) for t in items)


def make_motion_letter(d, work):
    """One-page motion letter: 'Antrag: <title>' on one line, contact block at the foot."""
    inner = (f"<p>{lines(d['address'])}</p><p class=r style='margin:26pt 0 30pt'>{x(d['date_printed'])}</p>"
             f"<p class=b>Antrag: {x(d['title'])}</p><p>Der Stadtrat möge beschließen:</p>"
             f"<p>{x(d['resolve'])}</p><p class=b style='margin:0'>Begründung:</p>"
             + "".join(f"<p>{x(t)}</p>" for t in d["reasons"])
             + f"<p>Initiative:<br>{lines(d['initiative'])}</p><p>Gezeichnet:<br>{lines(d['signed'])}</p>"
             f"<div class=r style='position:absolute;bottom:0;right:0;font-size:9pt'>{lines(d['footer'])}</div>")
    return html_pdf(d, inner, work, "body{position:relative;height:255mm}"), "chromium"


def make_answer_letter(d, work):
    """Answer to a written question: letterhead column at the right running beside the address."""
    col = (f"<div style='position:absolute;left:118mm;top:0;width:50mm;font-size:10pt'>"
           f"{x(d['column'][0])}<br>{x(d['column'][1])}<br>{x(d['column'][2])}<br>"
           f"<b>{x(d['column'][3])}<br>{x(d['column'][4])}</b><br><br><br><br>"
           f"<b style='font-size:9pt'>{x(d['head'][0])}</b><br><span style='font-size:9pt'>{x(d['head'][1])}</span></div>"
           f"<div style='position:absolute;left:118mm;top:232mm;font-size:9pt'>{lines(d['office'])}</div>")
    qa = "".join(f"<p><b>Frage {i}:<br>{x(q)}</b></p><p><b>Antwort:</b><br>{x(a)}</p>"
                 for i, (q, a) in enumerate(d["qa"], 1))
    inner = (col + f"<div style='padding-top:42mm'><p>{lines(d['address'])}</p></div>"
             f"<p style='margin:22mm 0 12mm 118mm;font-size:9pt'>{x(d['date_printed'])}</p>"
             f"<p><b>{x(d['title'])}</b><br>{lines(d['ref'])}</p><p style='margin-top:14pt'>{x(d['salutation'])}</p>"
             "<p>Ihre Anfrage hat mir der Oberbürgermeister zur Beantwortung zugeleitet. Ich beantworte "
             "Ihre Fragen wie folgt:</p>" + qa +
             f"<p style='margin-top:14pt'>Mit freundlichen Grüßen</p><p>gez.</p><p>{x(d['head'][0])}</p>")
    return html_pdf(d, inner, work, "body{position:relative;font-size:10.5pt}"), "chromium"


def make_group_motion(d, work):
    """Joint motion: framed receipt box beside the address block, signatures in three columns."""
    box = "".join(f"<tr><td>{x(k)}</td><td><b>{x(v)}</b></td></tr>" for k, v in d["box"][1:])
    sig = "".join(f"<td style='width:33%;vertical-align:top'>gez.<br>{x(n)}<br><span style='font-size:8pt'>"
                  f"{x(r)}</span></td>" for n, r in d["signers"])
    inner = (f"<p style='font-size:7pt;margin:40mm 0 2pt 0'>{x(d['return_line'])}</p>"
             f"<div style='display:flex;gap:14mm'><p style='margin:0'>{lines(d['address'])}</p>"
             f"<table style='border:1px solid #000;font-family:Liberation Serif,serif;font-size:9pt'>"
             f"<tr><td colspan=2><b><u>{x(d['box'][0][0])}</u></b></td></tr>{box}</table></div>"
             f"<p class=r style='margin-top:6pt'>{x(d['date_printed'])}</p>"
             f"<p class=b style='font-size:12pt;margin-bottom:0'><u>Antrag</u></p><p class=b style='font-size:12pt'>"
             f"<u>hier: {x(d['title'])}</u></p><p>{x(d['salutation'])}</p>"
             + "".join(f"<p>{x(t)}</p>" for t in d["body"])
             + f"<p style='margin-top:16pt'>Mit freundlichen Grüßen</p><table style='width:100%;margin-top:24pt;"
               f"text-align:center;font-size:10pt'><tr>{sig}</tr></table>")
    return html_pdf(d, inner, work), "chromium"


# ---------------------------------------------------------------- python-docx -> LibreOffice

def docx_doc(size=11):
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    for sec in doc.sections:
        sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    return doc


def para(doc, text="", bold=False, size=None, align=None, after=0, indent=None, color=None):
    from docx.shared import Pt, Cm, RGBColor
    pa = doc.add_paragraph()
    if text:
        r = pa.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "right":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        pa.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pa.paragraph_format.space_after = Pt(after)
    if indent is not None:
        pa.paragraph_format.left_indent = Cm(indent)
    return pa


def bullet(doc, text, char="\u00b7", font="Symbol", indent=1.2):
    """A Word bullet as Word writes it: a symbol-font bullet character and a hanging tab."""
    from docx.shared import Pt, Cm
    pa = doc.add_paragraph()
    r = pa.add_run(char + "\t")
    r.font.name = font
    pa.add_run(text)
    pf = pa.paragraph_format
    pf.left_indent, pf.first_line_indent = Cm(indent), Cm(-0.6)
    pf.space_after = Pt(2)
    return pa


def docx_pdf(d, doc, work):
    src = work / (Path(d["file"]).stem + ".docx")
    doc.save(src)
    return soffice_pdf(src, work)


def header_line(doc, text, footer):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)


def make_motion_header(d, work):
    """Word-template motion: '|' contact line as page header, 'ANTRAG', two-line coloured title."""
    doc = docx_doc(10.5)
    header_line(doc, d["topline"], d["footer"])
    para(doc, "ANTRAG", size=16, color="1F4E79", after=6)
    for t in d["address"]:
        para(doc, t, size=10 if t.startswith("Rathaus") else None)
    para(doc, d["date_printed"], align="right", after=14)
    para(doc, d["title"], size=15, color="1F4E79", after=10)
    para(doc, d["lead"], after=6)
    for b in d["bullets"]:
        bullet(doc, b)
    para(doc)
    para(doc, "Begründung", size=15, color="1F4E79", after=6)
    for t in d["reasons"]:
        para(doc, t, after=6)
    para(doc)
    t = doc.add_table(rows=2, cols=2)
    for i, (n, r) in enumerate(d["signers"]):
        c = t.rows[i // 2].cells[i % 2]
        c.text = f"{n}\n{r}\n"
    return docx_pdf(d, doc, work), "libreoffice-docx"


def make_district_motion(d, work):
    """Stadtteilbeirat motion: sender top left, '<Ort>, dd.mm.yyyy' right, 'Antrag: <title>'."""
    doc = docx_doc()
    para(doc, d["sender"][0])
    para(doc, d["sender"][1])
    para(doc, d["date_printed"], align="right", after=24)
    para(doc, f"Antrag: {d['title']}", bold=True, after=18)
    for t in d["salutation"]:
        para(doc, t)
    para(doc)
    for t in d["intro"]:
        para(doc, t, after=8)
    for head, texts, bullets in d["sections"]:
        para(doc, head, bold=True, after=8)
        for t in texts:
            para(doc, t, after=6)
        for b in bullets or []:
            bullet(doc, b)
        para(doc)
    for i, (h, t) in enumerate(d["numbered"], 1):
        para(doc, f"{i}. {h}", bold=True, indent=0.6)
        para(doc, t, indent=1.2, after=6)
    for t in d["closing"]:
        para(doc, t, after=10)
    return docx_pdf(d, doc, work), "libreoffice-docx"


def make_statement(d, work):
    """Statements of a district advisory council (three variants, by the keys present)."""
    doc = docx_doc(10.5)
    if "sender" in d:
        pa = para(doc, d["sender"][0])
        pa = para(doc, d["sender"][1] + "\t\t\t\t\t\t" + d["date_printed"], after=30)
    elif "date_printed" in d:
        para(doc, d["date_printed"], align="right", after=28)
    if "title_lines" in d:
        for t in d["title_lines"]:
            para(doc, t, bold=True)
        para(doc, after=24)
    elif "sender" not in d:
        para(doc, d["title"], bold=True, size=12, after=24)
    for t in d["salutation"]:
        para(doc, t)
    para(doc, after=12)
    if "sender" in d:
        para(doc, d["title"], bold=True, after=14)
    for t in d.get("intro") if isinstance(d.get("intro"), list) else [d.get("intro")] if d.get("intro") else []:
        para(doc, t, after=8)
    for t in d.get("body", []):
        para(doc, t, after=8)
    for b in d.get("bullets", []):
        bullet(doc, b, char="\u25aa", font="Liberation Sans", indent=0.6)
    for head, text in d.get("items", []):
        bullet(doc, head, indent=0.9)
        para(doc, text, after=10)
    for i, (head, text) in enumerate(d.get("points", []), 1):
        para(doc, f"{i}. {head}", indent=0.6)
        para(doc, text, indent=1.2, after=10)
    para(doc)
    for t in d.get("after", []):
        para(doc, t, after=8)
    for t in d["closing"]:
        para(doc, t)
    return docx_pdf(d, doc, work), "libreoffice-docx"


# ---------------------------------------------------------------- ReportLab: Landtag, scanned letter

def rl_serif():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LibSerif", base + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerif-Bold", base + "LiberationSerif-Bold.ttf"))


def wrap(c, text, x0, y, width, font="LibSerif", size=10, lead=12.5):
    from reportlab.lib.utils import simpleSplit
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x0, y, ln)
        y -= lead
    return y


def make_landtag(d, work):
    """Landtag Drucksache: serif, number and d.m.yyyy date at the right, law text in two columns."""
    from reportlab.pdfgen import canvas
    rl_serif()
    out = work / d["file"]
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle(d["number_printed"])

    def head(page):
        c.setFont("LibSerif-Bold", 13 if page == 1 else 9)
        c.drawString(56, H - 50, d["parliament"][0])
        c.drawRightString(W - 56, H - 50, d["number_printed"])
        if page == 1:
            c.setFont("LibSerif-Bold", 9)
            c.drawString(56, H - 64, d["parliament"][1])
            c.drawRightString(W - 56, H - 64, d["date_printed"])
        c.setFont("LibSerif-Bold", 10)
        c.drawRightString(W - 56, 40, str(page)) if page % 2 else c.drawString(56, 40, str(page))

    def spaced(text, xx, yy):
        c.setFont("LibSerif", 10)
        t = c.beginText(xx, yy)
        t.setCharSpace(1.6)
        t.textLine(text)
        t.setCharSpace(0)
        c.drawText(t)

    head(1)
    c.setFont("LibSerif-Bold", 15)
    c.drawString(56, H - 160, d["kind"][0])
    c.setFont("LibSerif-Bold", 10)
    c.drawString(56, H - 176, d["kind"][1])
    c.setFont("LibSerif-Bold", 11)
    y = H - 230
    for ln in d["title_lines"]:
        c.drawString(56, y, ln)
        y -= 14
    y -= 26
    for i, (h, t) in enumerate(d["sections"][:2]):
        spaced(h, 56, y)
        y = wrap(c, t, 56, y - 22, 300) - 18
    c.setFont("LibSerif", 9)
    c.drawString(56, 70, d["received"])
    c.setFont("LibSerif", 7.5)
    c.drawString(56, 58, "Drucksachen und Plenarprotokolle stehen im Internet bereit: www.landtag-we.example")
    c.showPage()
    head(2)
    y = H - 110
    for h, t in d["sections"][2:]:
        spaced(h, 110, y)
        y = wrap(c, t, 110, y - 22, 330) - 18
    c.showPage()
    head(3)
    y = wrap(c, d["law_intro"], 56, H - 110, 230) - 20
    c.setFont("LibSerif-Bold", 10)
    for ln in d["title_lines"]:
        c.drawCentredString(56 + 115, y, ln)
        y -= 13
    col, x0 = 0, 56
    y -= 14
    for k, (art, head_, text) in enumerate(d["articles"]):
        if k == 1 and col == 0:
            col, x0, y = 1, 310, H - 110
        c.setFont("LibSerif-Bold", 10)
        c.drawCentredString(x0 + 115, y, art)
        c.drawCentredString(x0 + 115, y - 13, head_)
        y = wrap(c, text, x0, y - 32, 230) - 16
    y -= 10
    c.setFont("LibSerif", 10)
    for t in [d["date_printed"], ""] + d["signers"]:
        c.drawString(x0, y, t)
        y -= 12.5
    c.showPage()
    head(4)
    title, part_a, paras_a, part_b, paras_b = d["reasons"]
    c.setFont("LibSerif-Bold", 11)
    c.drawCentredString(W / 2, H - 110, title)
    y = H - 140
    for part, paras in ((part_a, paras_a), (part_b, paras_b)):
        spaced(part, 110, y)
        y -= 22
        for t in paras:
            y = wrap(c, t, 110, y, 330) - 8
        y -= 14
    c.showPage()
    c.save()
    return out, "reportlab-ttf"


def draw_answer(c, d, invisible):
    """The utility's letter, drawn once visibly (to rasterise) and once as an invisible text layer.
    Positions follow the measured layout of such letters: column at x 498, 12.6 pt body pitch."""
    from reportlab.lib.utils import simpleSplit

    def s(xx, top, text, font="LibSans", size=10.5):
        t = c.beginText(xx, H - top)
        t.setFont(font, size)
        if invisible:
            t.setTextRenderMode(3)
        t.textLine(text)
        c.drawText(t)

    cx = 498
    s(441, 80, d["company"][0], "LibSans-Bold", 22)
    s(cx, 76, d["company"][1], "LibSans", 13)
    s(cx, 95, d["company"][2], "LibSans", 13)
    top = 172
    for block in d["column"]:
        for ln in block:
            s(cx, top, ln, "LibSans", 7)
            top += 11.5
        top += 14
    top = 172
    for ln in d["address"]:
        s(78, top, ln)
        top += 12.6
    unit, unit2, contact, tel, date = d["refline"]
    s(77, 297, unit, "LibSans", 7.5)
    s(77, 306, unit2, "LibSans", 7.5)
    s(201, 297, contact, "LibSans", 7.5)
    s(335, 297, tel, "LibSans", 7.5)
    s(441, 299.7, date, "LibSans", 10.5)  # top-aligned with the smaller reference line
    top = 356
    for ln in d["title_lines"]:
        # An OCR layer keeps one font: the bold subject is plain (slightly larger) text there.
        s(77, top, ln, "LibSans" if invisible else "LibSans-Bold", 11 if invisible else 10.5)
        top += 12.6
    top += 14
    s(77, top, d["salutation"])
    top += 25
    for t in d["body"]:
        for ln in simpleSplit(t, "LibSans", 10.5, 400):
            s(77, top, ln)
            top += 12.6
        top += 12.6
    s(401, 785, "- 2 -", "LibSans", 9)


def make_scanned_answer(d, work):
    """Scanned letter with an OCR layer: the page image plus the same text in render mode 3."""
    from reportlab.pdfgen import canvas
    rl_font()
    clean = work / ("clean_" + d["file"])
    c = canvas.Canvas(str(clean), pagesize=(W, H))
    draw_answer(c, d, invisible=False)
    c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", str(clean), str(work / "scan")],
                   check=True)
    out = work / d["file"]
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.drawImage(str(work / "scan.png"), 0, 0, W, H)
    draw_answer(c, d, invisible=True)
    c.showPage()
    c.save()
    return out, "reportlab-scan-ocr"


# ---------------------------------------------------------------- main

MAKERS = {"own08": make_grant, "own09": make_grant, "own10": make_report, "own11": make_supplement,
          "own12": make_motion_letter, "own13": make_motion_header, "own14": make_district_motion,
          "own15": make_landtag, "la01": make_grant, "la02": make_answer_letter, "la03": make_scanned_answer,
          "la04": make_statement, "la05": make_statement, "la06": make_statement, "la07": make_group_motion}
TRUTH_KEYS = ["drucksache", "doc_type", "doc_type_printed", "date", "title", "public", "department",
              "consultations", "klimacheck"]


def truth_row(d, producer, pdf_producer, pages):
    row = {"file": d["file"], "producer": producer, "pdf_producer": pdf_producer,
           "layout": d["layout"], "city": d["city"]}
    for k in TRUTH_KEYS:
        row[k] = d.get(k)
    row["klima_style"] = None
    row["themes"] = d["themes"]
    row["pages"] = pages
    row["notes"] = "Look-alike (invented text) of a real layout: " + d["like"] + "."
    return row


def update_truth(path, rows):
    old = []
    if path.exists():
        old = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    names = {r["file"] for r in rows}
    keep = [r for r in old if r["file"] not in names]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep + rows),
                    encoding="utf-8")


def fixtures_readme(folder):
    """tests/fixtures/lookalike/README.md from its truth rows."""
    rows = [json.loads(l) for l in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    out = ["# Look-alike fixtures\n\nMade by `tools/corpus/make_lookalike.py` (content in "
           "`tools/corpus/lookalike_docs.py`) with real producers: invented text, names and numbers in "
           "the layouts of real documents that we may read but not redistribute (`../shared/corpus-real`). "
           "Licence: ours. Checked by `tests/metadata_real.rs` (the layout features; the real documents "
           "themselves are checked there too when `../shared/corpus-real` is present). `truth.jsonl` holds "
           "the values printed in each file.\n\n| file | producer | PDF producer | layout kept |\n|---|---|---|---|\n"]
    for r in rows:
        kept = r["notes"].split(": ", 1)[1].rstrip(".")
        out.append(f"| {r['file']} | {r['producer']} | {r['pdf_producer']} | {kept} |\n")
    (folder / "README.md").write_text("".join(out), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--fixtures", default="tests/fixtures/lookalike")
    ap.add_argument("--work", default="/tmp/ratsdex-look")
    ap.add_argument("--only", help="make only this document (e.g. own08) and print its text")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    made = {"corpus": [], "fixtures": []}
    for d in docs.DOCS:
        key = d["file"].split("_")[0]
        if args.only and key != args.only:
            continue
        pdf, producer = MAKERS[key](d, work)
        kind = "corpus" if key.startswith("own") else "fixtures"
        dest_dir = Path(args.corpus if kind == "corpus" else args.fixtures)
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / d["file"]
        shutil.copyfile(pdf, dest)
        pages, pdf_producer = pdf_info(dest)
        made[kind].append(truth_row(d, producer, pdf_producer, pages))
        print(f"{dest}: {pages} pages, {pdf_producer}")
        if args.only:
            print(subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True,
                                 text=True).stdout)
    if made["corpus"]:
        update_truth(Path(args.corpus) / "truth.jsonl", made["corpus"])
    if made["fixtures"]:
        update_truth(Path(args.fixtures) / "truth.jsonl", made["fixtures"])
        fixtures_readme(Path(args.fixtures))


if __name__ == "__main__":
    main()
