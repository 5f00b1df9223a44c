"""Render one block list with four real producers (holdout27).

Blocks (tuples):
  ("title", text)            large bold line
  ("h", text)                bold heading line
  ("p", text)                paragraph
  ("b", text)                bold paragraph
  ("small", text)            small paragraph
  ("right", text)            right-aligned line
  ("kv", [(k, v), ...])      key/value table without rules
  ("grid", [[...], ...], widths)  ruled table, first row bold (widths in %)
  ("cols", [left lines], [right lines])  two-column head (no rules)
  ("rule",) ("sp",) ("pb",)  horizontal rule, blank line, page break
Paper options: font ("sans"/"serif"/"dejavu"), header (str), footer (str, may hold
{page} and {pages}; Chromium has no page counter, it prints the footer without them).
"""
import html
import os
import subprocess
import tempfile

FONTS_CSS = {"sans": "'Liberation Sans'", "serif": "'Liberation Serif'", "dejavu": "'DejaVu Sans'"}


# ---------------------------------------------------------------- Chromium
def to_html(paper):
    font = FONTS_CSS[paper.get("font", "sans")]
    out = [
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>",
        "@page { size: A4; margin: 18mm 18mm 22mm 22mm; }",
        f"body {{ font-family: {font}; font-size: 10.5pt; line-height: 1.35; font-variant-ligatures: none; }}",
        "table { border-collapse: collapse; width: 100%; margin: 4pt 0; }",
        "td { vertical-align: top; padding: 2pt 4pt; font-size: 10pt; }",
        "table.grid td { border: 0.6pt solid #444; }",
        "table.grid tr:first-child td { font-weight: bold; background: #e8e8e8; }",
        "td.k { width: 32%; color: #333; }",
        ".title { font-size: 14pt; font-weight: bold; margin: 8pt 0 6pt; }",
        ".h { font-weight: bold; margin: 8pt 0 2pt; }",
        "p { margin: 0 0 6pt; } .small { font-size: 8.5pt; color: #333; }",
        ".right { text-align: right; } hr { border: 0; border-top: 0.7pt solid #555; }",
        ".hdr { font-size: 8.5pt; color: #444; border-bottom: 0.5pt solid #888; margin-bottom: 8pt; }",
        ".ftr { margin-top: 14pt; font-size: 8pt; color: #555; border-top: 0.5pt solid #999; }",
        ".pb { break-after: page; }",
        "</style></head><body>",
    ]
    if paper.get("header"):
        out.append(f"<div class='hdr'>{_br(paper['header'])}</div>")
    for b in paper["blocks"]:
        k = b[0]
        if k == "title":
            out.append(f"<div class='title'>{_br(b[1])}</div>")
        elif k == "h":
            out.append(f"<div class='h'>{_br(b[1])}</div>")
        elif k == "p":
            out.append(f"<p>{_br(b[1])}</p>")
        elif k == "b":
            out.append(f"<p><b>{_br(b[1])}</b></p>")
        elif k == "small":
            out.append(f"<p class='small'>{_br(b[1])}</p>")
        elif k == "right":
            out.append(f"<p class='right'>{_br(b[1])}</p>")
        elif k == "kv":
            out.append("<table>")
            for kk, vv in b[1]:
                out.append(f"<tr><td class='k'>{_br(kk)}</td><td><b>{_br(vv)}</b></td></tr>")
            out.append("</table>")
        elif k == "grid":
            widths = b[2] if len(b) > 2 else None
            out.append("<table class='grid'>")
            for r in b[1]:
                cells = []
                for i, c in enumerate(r):
                    w = f" style='width:{widths[i]}%'" if widths else ""
                    cells.append(f"<td{w}>{_br(c)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        elif k == "cols":
            left = "<br>".join(_br(x) for x in b[1])
            right = "<br>".join(_br(x) for x in b[2])
            out.append(f"<table><tr><td style='width:58%'>{left}</td><td>{right}</td></tr></table>")
        elif k == "rule":
            out.append("<hr>")
        elif k == "sp":
            out.append("<p>&nbsp;</p>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
    if paper.get("footer"):
        # Chromium prints no page counter: the footer line is an end-of-text line
        f = paper["footer"].replace(" – Seite {page}", "").replace(" · Seite {page}", "")
        out.append(f"<div class='ftr'>{_br(f)}</div>")
    out.append("</body></html>")
    return "\n".join(out)


def _br(s):
    return html.escape(s).replace("\n", "<br>")


def render_chromium(paper, pdf):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "p.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(paper))
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", "file://" + src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- LibreOffice (.docx)
def render_docx(paper, pdf):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    font = {"sans": "Liberation Sans", "serif": "Liberation Serif", "dejavu": "DejaVu Sans"}[paper.get("font", "sans")]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(18), Mm(20), Mm(20)

    def add_field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        rr = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        rr.append(t)
        fld.append(rr)
        par._p.append(fld)

    def fill_with_fields(par, text, size):
        parts = text.replace("{pages}", "\x01").split("{page}")
        for i, part in enumerate(parts):
            sub = part.split("\x01")
            for j, s in enumerate(sub):
                if s:
                    run = par.add_run(s)
                    run.font.size = Pt(size)
                if j < len(sub) - 1:
                    add_field(par, "NUMPAGES")
            if i < len(parts) - 1:
                add_field(par, "PAGE")

    if paper.get("header"):
        for line in paper["header"].split("\n"):
            hp = sec.header.add_paragraph()
            r = hp.add_run(line)
            r.font.size = Pt(8.5)
    if paper.get("footer"):
        for line in paper["footer"].split("\n"):
            fp = sec.footer.add_paragraph()
            fill_with_fields(fp, line, 8)

    def set_borders(table):
        tbl = table._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "444444")
            b.append(e)
        pr.append(b)

    def cell_text(cell, text, bold=False, size=10):
        cell.text = ""
        lines = text.split("\n")
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()

    usable = 167
    for b in paper["blocks"]:
        k = b[0]
        if k in ("title", "h", "p", "b", "small", "right"):
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                r.bold = k in ("title", "h", "b")
                if k == "title":
                    r.font.size = Pt(14)
                elif k == "small":
                    r.font.size = Pt(8.5)
                if i < len(lines) - 1:
                    r.add_break()
            if k == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            for kk, vv in b[1]:
                row = t.add_row().cells
                cell_text(row[0], kk)
                cell_text(row[1], vv, bold=True)
            for row in t.rows:
                row.cells[0].width = Mm(55)
                row.cells[1].width = Mm(usable - 55)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "grid":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            set_borders(t)
            widths = b[2] if len(b) > 2 else [100 / len(rows[0])] * len(rows[0])
            for ri, r in enumerate(rows):
                cells = t.add_row().cells
                for ci, c in enumerate(r):
                    cell_text(cells[ci], c, bold=(ri == 0))
                    cells[ci].width = Mm(usable * widths[ci] / 100)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "cols":
            t = d.add_table(rows=1, cols=2)
            cell_text(t.rows[0].cells[0], "\n".join(b[1]))
            cell_text(t.rows[0].cells[1], "\n".join(b[2]))
            t.rows[0].cells[0].width = Mm(97)
            t.rows[0].cells[1].width = Mm(70)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "rule":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            bt.set(qn("w:val"), "single")
            bt.set(qn("w:sz"), "6")
            bt.set(qn("w:color"), "555555")
            bd.append(bt)
            pPr.append(bd)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(os.path.basename(pdf))[0] + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(src[:-5] + ".pdf", pdf)


# ---------------------------------------------------------------- ReportLab
def render_reportlab(paper, pdf):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    fam = paper.get("font", "sans")
    if fam == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        reg, bold = "DV", "DVB"
    else:
        base = "/usr/share/fonts/truetype/liberation/Liberation" + ("Serif" if fam == "serif" else "Sans")
        pdfmetrics.registerFont(TTFont("LR", base + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LB", base + "-Bold.ttf"))
        reg, bold = "LR", "LB"
    S = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=10, leading=13.5, spaceAfter=5),
        "b": ParagraphStyle("b", fontName=bold, fontSize=10, leading=13.5, spaceAfter=5),
        "h": ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2),
        "title": ParagraphStyle("t", fontName=bold, fontSize=13.5, leading=17, spaceBefore=4, spaceAfter=6),
        "small": ParagraphStyle("s", fontName=reg, fontSize=8, leading=10, spaceAfter=3),
        "right": ParagraphStyle("r", fontName=reg, fontSize=10, leading=13, alignment=2, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=9.5, leading=12),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=9.5, leading=12),
    }

    def P(t, st):
        return Paragraph(html.escape(t).replace("\n", "<br/>"), S[st])

    width = A4[0] - 45 * mm
    story = []
    for b in paper["blocks"]:
        k = b[0]
        if k in ("title", "h", "p", "b", "small", "right"):
            story.append(P(b[1], k))
        elif k == "kv":
            t = Table([[P(kk, "cell"), P(vv, "cellb")] for kk, vv in b[1]], colWidths=[0.3 * width, 0.7 * width])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
            story += [t, Spacer(1, 4)]
        elif k == "grid":
            rows = b[1]
            widths = b[2] if len(b) > 2 else [100 / len(rows[0])] * len(rows[0])
            data = [[P(c, "cellb" if i == 0 else "cell") for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[width * w / 100 for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 5)]
        elif k == "cols":
            t = Table([[P("\n".join(b[1]), "cell"), P("\n".join(b[2]), "cell")]],
                      colWidths=[0.58 * width, 0.42 * width])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "rule":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceAfter=4))
        elif k == "sp":
            story.append(Spacer(1, 10))
        elif k == "pb":
            story.append(PageBreak())

    header = paper.get("header")
    footer = paper.get("footer")

    class Doc(SimpleDocTemplate):
        pass

    def draw(canvas, doc, total=None):
        canvas.saveState()
        if header:
            canvas.setFont(reg, 8)
            y = A4[1] - 12 * mm
            for line in header.split("\n"):
                canvas.drawString(25 * mm, y, line)
                y -= 10
        if footer:
            canvas.setFont(reg, 7.5)
            y = 12 * mm
            for line in footer.split("\n"):
                canvas.drawString(25 * mm, y, line.replace("{page}", str(doc.page)).replace("{pages}", str(total or "")))
                y -= 9
        canvas.restoreState()

    # two passes for "{pages}"
    import copy
    import io
    d0 = Doc(io.BytesIO(), pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm)
    d0.build(copy.deepcopy(story), onFirstPage=lambda c, d: draw(c, d), onLaterPages=lambda c, d: draw(c, d))
    total = d0.page
    d1 = Doc(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
             title="", author="")
    d1.build(story, onFirstPage=lambda c, d: draw(c, d, total), onLaterPages=lambda c, d: draw(c, d, total))


# ---------------------------------------------------------------- Ghostscript (hand-written PostScript)
PS_SUBST = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
            "☒": "[x]", "☐": "[ ]", "€": "EUR", "…": "...", "•": "-", "§": "§", "\u00a0": " "}


def ps_text(s):
    if s is None:
        return None
    for a, b in PS_SUBST.items():
        s = s.replace(a, b)
    return s


def _ps_str(s):
    out = []
    for ch in ps_text(s):
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 256:
            out.append("\\%03o" % o)
        else:
            out.append("?")
    return "(" + "".join(out) + ")"


def render_ps(paper, pdf):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    serif = paper.get("font") == "serif"
    R, B = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    W, H = 595, 842
    L, RM, TOP, BOT = 68, 527, 790, 70
    pages = [[]]
    y = [TOP]

    def newpage():
        pages.append([])
        y[0] = TOP

    def need(h):
        if y[0] - h < BOT:
            newpage()

    def wrap(text, font, size, width):
        lines = []
        for para in ps_text(text).split("\n"):
            cur = ""
            for w in para.split(" "):
                t = (cur + " " + w).strip()
                if stringWidth(t, font, size) <= width or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def textline(x, s, font, size):
        pages[-1].append(f"/{font}-L {size} selectfont {x:.1f} {y[0]:.1f} moveto {_ps_str(s)} show")

    for b in paper["blocks"]:
        k = b[0]
        if k in ("title", "h", "p", "b", "small", "right"):
            font = B if k in ("title", "h", "b") else R
            size = {"title": 13.5, "small": 8}.get(k, 10)
            lead = size * 1.3
            if k == "h":
                y[0] -= 4
            for ln in wrap(b[1], font, size, RM - L):
                need(lead)
                y[0] -= lead
                x = RM - stringWidth(ln, font, size) if k == "right" else L
                textline(x, ln, font, size)
            y[0] -= 5
        elif k in ("kv", "grid", "cols"):
            if k == "kv":
                rows, widths, ruled = [[a, c] for a, c in b[1]], [30, 70], False
            elif k == "cols":
                rows, widths, ruled = [["\n".join(b[1]), "\n".join(b[2])]], [58, 42], False
            else:
                rows = b[1]
                widths = b[2] if len(b) > 2 else [100 / len(rows[0])] * len(rows[0])
                ruled = True
            ws = [(RM - L) * w / 100 for w in widths]
            y[0] -= 2
            for ri, r in enumerate(rows):
                cells = []
                for ci, c in enumerate(r):
                    font = B if (ruled and ri == 0) or (k == "kv" and ci == 1) else R
                    cells.append((font, wrap(c, font, 9.5, ws[ci] - 6)))
                h = max(len(c[1]) for c in cells) * 12 + 5
                need(h)
                top = y[0]
                x = L
                for ci, (font, lines) in enumerate(cells):
                    yy = top - 11
                    for ln in lines:
                        pages[-1].append(f"/{font}-L 9.5 selectfont {x + 3:.1f} {yy:.1f} moveto {_ps_str(ln)} show")
                        yy -= 12
                    x += ws[ci]
                if ruled:
                    x = L
                    for ci in range(len(ws)):
                        pages[-1].append(f"0.5 setlinewidth newpath {x:.1f} {top:.1f} moveto {ws[ci]:.1f} 0 rlineto 0 {-h:.1f} rlineto {-ws[ci]:.1f} 0 rlineto closepath stroke")
                        x += ws[ci]
                y[0] = top - h
            y[0] -= 8
        elif k == "rule":
            need(8)
            y[0] -= 5
            pages[-1].append(f"0.6 setlinewidth newpath {L} {y[0]:.1f} moveto {RM} {y[0]:.1f} lineto stroke")
            y[0] -= 5
        elif k == "sp":
            y[0] -= 12
        elif k == "pb":
            newpage()

    n = len(pages)
    out = ["%!PS-Adobe-3.0", f"%%Pages: {n}", "%%EndComments",
           "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
           " /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def"]
    for f in (R, B):
        out.append(f"/{f}-L /{f} reenc")
    for i, body in enumerate(pages, 1):
        out.append(f"%%Page: {i} {i}")
        out.append("<< /PageSize [595 842] >> setpagedevice")
        if paper.get("header"):
            yy = 812
            for line in paper["header"].split("\n"):
                out.append(f"/{R}-L 8 selectfont {L} {yy} moveto {_ps_str(line)} show")
                yy -= 10
        out += body
        if paper.get("footer"):
            yy = 48
            for line in paper["footer"].split("\n"):
                line = line.replace("{page}", str(i)).replace("{pages}", str(n))
                out.append(f"/{R}-L 7.5 selectfont {L} {yy} moveto {_ps_str(line)} show")
                yy -= 9
        out.append("showpage")
    out.append("%%EOF")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "p.ps")
        with open(src, "w", encoding="latin-1") as f:
            f.write("\n".join(out) + "\n")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        f"-sOutputFile={pdf}", src], check=True)


RENDER = {"chromium": render_chromium, "libreoffice-docx": render_docx,
          "reportlab": render_reportlab, "ghostscript": render_ps}
