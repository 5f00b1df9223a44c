"""Block renderers for the holdout23 papers: HTML (Chromium, LibreOffice), ReportLab, python-docx.

A paper is a list of blocks:
  ("p", text, style)        paragraph; style letters: b=bold, H=heading, h=subheading, s=small, r=right, c=centre, i=italic
  ("cols", [cell, cell..], widths_pct, style)  side-by-side columns; style "border" draws a grid
  ("kv", [(key, value)..], opts)  key/value table; opts: border, boldkeys, keyw
  ("table", rows, opts)     table; opts: header (first row bold), border, widths
  ("box", [line..])         bordered box
  ("space", mm) ; ("hr",) ; ("pb",)
  ("footer", text) ; ("header", text)   page furniture (every page)
A cell is a string; lines split by "\n"; a line may start with a style prefix "[b]", "[H]", "[s]", "[r]", "[i]".
Inline <b>..</b> allowed in text.
"""
import html, re

FONT = "Liberation Sans"


def split_style(line):
    m = re.match(r"^\[([bHhsric]+)\]", line)
    if m:
        return m.group(1), line[m.end():]
    return "", line


# ---------------------------------------------------------------- HTML
def esc(t):
    # keep <b>, </b>, <br>
    t = html.escape(t, quote=False)
    return t.replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>").replace("&lt;br&gt;", "<br>")


def html_line(line, tag="div"):
    st, t = split_style(line)
    css = []
    if "b" in st: css.append("font-weight:bold")
    if "H" in st: css.append("font-weight:bold;font-size:15pt")
    if "h" in st: css.append("font-weight:bold;font-size:12pt")
    if "s" in st: css.append("font-size:8pt")
    if "r" in st: css.append("text-align:right")
    if "c" in st: css.append("text-align:center")
    if "i" in st: css.append("font-style:italic")
    return f'<{tag} style="{";".join(css)}">{esc(t) if t else "&nbsp;"}</{tag}>'


def html_cell(cell):
    return "".join(html_line(l) for l in cell.split("\n"))


def to_html(blocks, font=FONT, size="10.5pt", margins="20mm 18mm 22mm 25mm", for_lo=False):
    out = []
    footer = header = None
    for b in blocks:
        k = b[0]
        if k == "p":
            st = b[2] if len(b) > 2 else ""
            out.append(html_line(f"[{st}]{b[1]}" if st else b[1], "p"))
        elif k == "cols":
            cells, widths = b[1], b[2]
            border = len(b) > 3 and "border" in b[3]
            bs = "border:1px solid #000;" if border else ""
            tds = "".join(f'<td width="{w}%" style="vertical-align:top;width:{w}%;{bs}padding:3px">{html_cell(c)}</td>' for c, w in zip(cells, widths))
            out.append(f'<table width="100%" style="width:100%;border-collapse:collapse;margin:4px 0" cellspacing="0"><tr>{tds}</tr></table>')
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            bs = "border:1px solid #000;" if o.get("border") else ""
            kw = o.get("keyw", 30)
            rows = []
            for key, val in b[1]:
                kk = f"<b>{esc(key)}</b>" if o.get("boldkeys") else esc(key)
                rows.append(f'<tr><td width="{kw}%" style="vertical-align:top;width:{kw}%;{bs}padding:2px 4px">{kk}</td><td width="{100-kw}%" style="vertical-align:top;{bs}padding:2px 4px">{html_cell(val)}</td></tr>')
            out.append(f'<table width="100%" style="width:100%;border-collapse:collapse;margin:4px 0" cellspacing="0">{"".join(rows)}</table>')
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            bs = "border:1px solid #000;" if o.get("border", True) else ""
            widths = o.get("widths")
            rows = []
            for i, r in enumerate(b[1]):
                tds = []
                for j, c in enumerate(r):
                    w = f"width:{widths[j]}%;" if widths else ""
                    wa = f' width="{widths[j]}%"' if widths else ""
                    bold = "font-weight:bold;" if (i == 0 and o.get("header", True)) else ""
                    bg = "background:#e6e6e6;" if (i == 0 and o.get("header", True) and o.get("shade")) else ""
                    tds.append(f'<td{wa} style="vertical-align:top;{w}{bs}{bold}{bg}padding:2px 4px">{html_cell(c)}</td>')
                rows.append("<tr>" + "".join(tds) + "</tr>")
            out.append(f'<table width="100%" style="width:100%;border-collapse:collapse;margin:4px 0" cellspacing="0">{"".join(rows)}</table>')
        elif k == "box":
            out.append(f'<table style="width:100%;border-collapse:collapse;margin:6px 0"><tr><td style="border:1px solid #000;padding:4px 6px">{html_cell(chr(10).join(b[1]))}</td></tr></table>')
        elif k == "space":
            out.append(f'<div style="height:{b[1]}mm"></div>')
        elif k == "hr":
            out.append('<hr style="border:0;border-top:1px solid #000">')
        elif k == "pb":
            out.append('<p style="page-break-before:always;margin:0"></p>')
        elif k == "footer":
            footer = b[1]
        elif k == "header":
            header = b[1]
    furn = ""
    if footer and not for_lo:
        furn += f'<div style="position:fixed;bottom:0;left:0;right:0;font-size:7.5pt;color:#333;border-top:1px solid #888;background:#fff">{esc(footer)}</div>'
    if header and not for_lo:
        out.insert(0, f'<div style="font-size:7.5pt;color:#333;text-align:right;margin-bottom:4mm">{esc(header)}</div>')
    if for_lo:
        if header:
            out.insert(0, f'<p style="font-size:7.5pt;text-align:right">{esc(header)}</p>')
        if footer:
            out.append(f'<p style="font-size:7.5pt;margin-top:10mm">{esc(footer)}</p>')
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Vorlage</title>
<style>@page {{ size: A4; margin: {margins}; }}
body {{ font-family: '{font}'; font-size: {size}; line-height: 1.3; }}
p {{ margin: 0 0 6px 0; }} td {{ font-size: {size}; }}</style></head><body>{furn}{"".join(out)}</body></html>"""


# ---------------------------------------------------------------- ReportLab
def to_reportlab(blocks, path, font="LiberationSans"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    import glob
    def ff(name):
        return glob.glob(f"/usr/share/fonts/**/{name}", recursive=True)[0]
    if "LiberationSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LiberationSans", ff("LiberationSans-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("LiberationSans-Bold", ff("LiberationSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("LiberationSans-Italic", ff("LiberationSans-Italic.ttf")))
        pdfmetrics.registerFont(TTFont("LiberationSerif", ff("LiberationSerif-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("LiberationSerif-Bold", ff("LiberationSerif-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("LiberationSerif-Italic", ff("LiberationSerif-Italic.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans", ff("DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", ff("DejaVuSans-Bold.ttf")))
        addMapping("LiberationSans", 0, 0, "LiberationSans"); addMapping("LiberationSans", 1, 0, "LiberationSans-Bold")
        addMapping("LiberationSans", 0, 1, "LiberationSans-Italic"); addMapping("LiberationSans", 1, 1, "LiberationSans-Bold")
        addMapping("LiberationSerif", 0, 0, "LiberationSerif"); addMapping("LiberationSerif", 1, 0, "LiberationSerif-Bold")
        addMapping("LiberationSerif", 0, 1, "LiberationSerif-Italic"); addMapping("LiberationSerif", 1, 1, "LiberationSerif-Bold")
        addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
        addMapping("DejaVuSans", 0, 1, "DejaVuSans"); addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "LiberationSans": "LiberationSans-Bold", "LiberationSerif": "LiberationSerif-Bold", "DejaVuSans": "DejaVuSans-Bold"}[font]
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13, spaceAfter=0)

    def para(line, after=0):
        st, t = split_style(line)
        s = ParagraphStyle("x", parent=base, spaceAfter=after)
        if "b" in st: s.fontName = bold
        if "H" in st: s.fontName = bold; s.fontSize = 14; s.leading = 18
        if "h" in st: s.fontName = bold; s.fontSize = 11.5; s.leading = 15
        if "s" in st: s.fontSize = 7.5; s.leading = 9.5
        if "r" in st: s.alignment = 2
        if "c" in st: s.alignment = 1
        txt = esc(t).replace("<br>", "<br/>") if t else "&nbsp;"
        if "i" in st: txt = f"<i>{txt}</i>"
        return Paragraph(txt, s)

    def cell(c):
        return [para(l) for l in c.split("\n")]

    W = A4[0] - 43 * mm
    story = []
    footer = header = None
    for b in blocks:
        k = b[0]
        if k == "p":
            st = b[2] if len(b) > 2 else ""
            story.append(para(f"[{st}]{b[1]}" if st else b[1], after=6))
        elif k in ("cols", "kv", "table", "box"):
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if k == "cols":
                data = [[cell(c) for c in b[1]]]
                widths = [W * w / 100 for w in b[2]]
                if len(b) > 3 and "border" in b[3]:
                    ts.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
            elif k == "kv":
                o = b[2] if len(b) > 2 else {}
                data = [[cell(("[b]" if o.get("boldkeys") else "") + key), cell(val)] for key, val in b[1]]
                kw = o.get("keyw", 30)
                widths = [W * kw / 100, W * (100 - kw) / 100]
                if o.get("border"):
                    ts.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
            elif k == "table":
                o = b[2] if len(b) > 2 else {}
                data = []
                for i, r in enumerate(b[1]):
                    data.append([cell(("[b]" if i == 0 and o.get("header", True) else "") + c) for c in r])
                n = len(b[1][0])
                widths = [W * w / 100 for w in o["widths"]] if o.get("widths") else [W / n] * n
                if o.get("border", True):
                    ts.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
                if o.get("shade"):
                    ts.append(("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"))
            else:
                data = [[cell("\n".join(b[1]))]]
                widths = [W]
                ts.append(("BOX", (0, 0), (-1, -1), 0.8, "black"))
            t = Table(data, colWidths=widths, hAlign="LEFT")
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 5))
        elif k == "space":
            story.append(Spacer(1, b[1] * mm))
        elif k == "hr":
            from reportlab.platypus.flowables import HRFlowable
            story.append(HRFlowable(width="100%", thickness=0.7, color="black"))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "footer":
            footer = b[1]
        elif k == "header":
            header = b[1]

    def onpage(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if footer:
            c.drawString(25 * mm, 12 * mm, footer.replace("{page}", str(d.page)))
        if header:
            c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, header.replace("{page}", str(d.page)))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                            title="", author="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- python-docx
def to_docx(blocks, path, font="Liberation Sans", size=10.5):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(18), Mm(20), Mm(20)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)

    def fill(par, line, after=0):
        sty, t = split_style(line)
        par.paragraph_format.space_after = Pt(after)
        if "r" in sty: par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if "c" in sty: par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        parts = re.split(r"(<b>.*?</b>|<br>)", t)
        for part in parts:
            if not part:
                continue
            if part == "<br>":
                par.add_run().add_break()
                continue
            isb = part.startswith("<b>")
            run = par.add_run(part[3:-4] if isb else part)
            run.bold = isb or "b" in sty or "H" in sty or "h" in sty
            run.italic = "i" in sty
            if "H" in sty: run.font.size = Pt(15)
            if "h" in sty: run.font.size = Pt(12)
            if "s" in sty: run.font.size = Pt(8)

    def fill_cell(c, text):
        lines = text.split("\n")
        fill(c.paragraphs[0], lines[0])
        for l in lines[1:]:
            fill(c.add_paragraph(), l)

    def borders(table, on):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "single" if on else "nil")
            e.set(qn("w:sz"), "4")
            b.append(e)
        tblPr.append(b)

    def widths(table, pcts):
        total = 167
        for row in table.rows:
            for c, p in zip(row.cells, pcts):
                c.width = Mm(total * p / 100)

    for b in blocks:
        k = b[0]
        if k == "p":
            fill(d.add_paragraph(), f"[{b[2]}]{b[1]}" if len(b) > 2 and b[2] else b[1], after=6)
        elif k == "cols":
            t = d.add_table(rows=1, cols=len(b[1]))
            borders(t, len(b) > 3 and "border" in b[3])
            for c, text in zip(t.rows[0].cells, b[1]):
                fill_cell(c, text)
            widths(t, b[2])
            d.add_paragraph()
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(b[1]), cols=2)
            borders(t, o.get("border"))
            for row, (key, val) in zip(t.rows, b[1]):
                fill_cell(row.cells[0], ("[b]" if o.get("boldkeys") else "") + key)
                fill_cell(row.cells[1], val)
            kw = o.get("keyw", 30)
            widths(t, [kw, 100 - kw])
            d.add_paragraph()
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, o.get("border", True))
            for i, (row, r) in enumerate(zip(t.rows, rows)):
                for c, text in zip(row.cells, r):
                    fill_cell(c, ("[b]" if i == 0 and o.get("header", True) else "") + text)
            if o.get("widths"):
                widths(t, o["widths"])
            d.add_paragraph()
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            borders(t, True)
            fill_cell(t.rows[0].cells[0], "\n".join(b[1]))
            d.add_paragraph()
        elif k == "space":
            d.add_paragraph()
        elif k == "hr":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
            bot.set(qn("w:val"), "single"); bot.set(qn("w:sz"), "6"); bdr.append(bot); pPr.append(bdr)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "footer":
            fill(sec.footer.paragraphs[0], "[s]" + b[1])
        elif k == "header":
            fill(sec.header.paragraphs[0], "[sr]" + b[1] if not b[1].startswith("[") else b[1])
    d.core_properties.author = ""
    d.save(path)
