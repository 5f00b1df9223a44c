"""Renderers for the holdout21 first-contact set.

A paper is a list of blocks; each renderer turns the list into a PDF with a real producer:
Chromium headless (HTML), LibreOffice (HTML or .docx), ReportLab (platypus) or Ghostscript
(hand-written PostScript through ps2pdf).

Blocks:
  ("h", text[, size])         bold heading
  ("p", text)                 paragraph; **bold** spans allowed
  ("c", text) / ("r", text)   centred / right-aligned line
  ("small", text)             small print
  ("kv", rows[, opts])        key/value rows; opts: ruled, boldkeys, w (key share)
  ("t", rows[, opts])         ruled table, first row header; opts: w (list of shares)
  ("cols", left, right[, w])  borderless two-column head (lists of lines)
  ("box", lines)              framed box
  ("hr",) ("sp", n) ("pb",)
"""
import html
import os
import re
import subprocess
import tempfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

BOLD = re.compile(r"\*\*(.+?)\*\*")


def _h(s):
    return BOLD.sub(r"<b>\1</b>", html.escape(s)).replace("\n", "<br/>")


# ---------------------------------------------------------------- HTML
def to_html(blocks, font="Liberation Sans", size=10.5, head=None, foot=None, margin="20mm 20mm 20mm 25mm"):
    css = f"""@page {{ size: A4; margin: {margin}; }}
body {{ font-family: '{font}'; font-size: {size}pt; line-height: 1.3; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0; }}
td, th {{ vertical-align: top; padding: 2pt 4pt; text-align: left; font-size: {size}pt; }}
table.ruled td, table.ruled th {{ border: 0.6pt solid #444; }}
th {{ background: #e6e6e6; }}
.box {{ border: 0.8pt solid #222; padding: 4pt 6pt; margin: 6pt 0; }}
p {{ margin: 0 0 6pt 0; }}
.small {{ font-size: {size - 2.5}pt; }}
h1 {{ font-size: 14pt; margin: 6pt 0; }}
.pb {{ page-break-before: always; }}
"""
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if head:
        out.append(f"<div class='small' style='color:#555;border-bottom:0.5pt solid #999;margin-bottom:8pt'>{_h(head)}</div>")
    for b in blocks:
        k = b[0]
        if k == "h":
            sz = b[2] if len(b) > 2 else 13
            out.append(f"<p style='font-size:{sz}pt'><b>{_h(b[1])}</b></p>")
        elif k == "p":
            out.append(f"<p>{_h(b[1])}</p>")
        elif k == "c":
            out.append(f"<p style='text-align:center'>{_h(b[1])}</p>")
        elif k == "r":
            out.append(f"<p style='text-align:right'>{_h(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{_h(b[1])}</p>")
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            cls = " class='ruled'" if o.get("ruled") else ""
            w = int(o.get("w", 0.3) * 100)
            rows = []
            for key, val in b[1]:
                kk = f"<b>{_h(key)}</b>" if o.get("boldkeys") else _h(key)
                rows.append(f"<tr><td style='width:{w}%'>{kk}</td><td>{_h(val)}</td></tr>")
            out.append(f"<table{cls}>{''.join(rows)}</table>")
        elif k == "t":
            o = b[2] if len(b) > 2 else {}
            ws = o.get("w")
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                cells = []
                for j, c in enumerate(r):
                    st = f" style='width:{int(ws[j] * 100)}%'" if ws and i == 0 else ""
                    cells.append(f"<{tag}{st}>{_h(c)}</{tag}>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append(f"<table class='ruled'>{''.join(rows)}</table>")
        elif k == "cols":
            w = int((b[3] if len(b) > 3 else 0.6) * 100)
            out.append(
                f"<table><tr><td style='width:{w}%'>{'<br>'.join(_h(x) for x in b[1])}</td>"
                f"<td>{'<br>'.join(_h(x) for x in b[2])}</td></tr></table>"
            )
        elif k == "box":
            out.append(f"<div class='box'>{'<br>'.join(_h(x) for x in b[1])}</div>")
        elif k == "hr":
            out.append("<hr>")
        elif k == "sp":
            out.append(f"<div style='height:{b[1] * 10}pt'></div>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
    if foot:
        out.append(f"<p class='small' style='margin-top:14pt;color:#555'>{_h(foot)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium(blocks, pdf, **kw):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(blocks, **kw))
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", "file://" + src],
            check=True, capture_output=True, timeout=120,
        )


def soffice(src, outdir):
    # HTML goes through Writer's own HTML import ("HTML (StarWriter)"); the Writer/Web default
    # loses the first line of a leading paragraph with a line break and adds an empty page
    infilter = ["--infilter=HTML (StarWriter)"] if src.endswith(".html") else []
    subprocess.run(
        ["soffice", "--headless", *infilter, "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src],
        check=True, capture_output=True, timeout=180,
    )


def lo_html(blocks, pdf, **kw):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(blocks, **kw))
        soffice(src, d)
        os.replace(os.path.join(d, "paper.pdf"), pdf)


# ---------------------------------------------------------------- DOCX
def lo_docx(blocks, pdf, font="Liberation Sans", size=11, head=None, foot=None, **_):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0), Cm(2.0), Cm(2.0)
    if head:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(head.split("\n")):
            r = hp.add_run(("\n" if i else "") + line)
            r.font.size = Pt(size - 2)
    if foot:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(foot)
        r.font.size = Pt(size - 3)
    usable = 16.5

    def runs(p, text, bold=False, sz=None):
        parts = BOLD.split(text)
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            if sz:
                r.font.size = Pt(sz)
        p.paragraph_format.space_after = Pt(5)
        return p

    def table(rows, widths, ruled, header=False, boldkeys=False):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        if ruled:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.width = Cm(usable * widths[j])
                cell.paragraphs[0].paragraph_format.space_after = Pt(1)
                for n, line in enumerate(c.split("\n")):
                    p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                    runs(p, line, bold=(header and i == 0) or (boldkeys and j == 0))
                    p.paragraph_format.space_after = Pt(1)
        # LibreOffice honours the grid widths
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")):
            gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(int(usable * widths[j] * 567)))
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    for b in blocks:
        k = b[0]
        if k == "h":
            runs(doc.add_paragraph(), b[1], bold=True, sz=b[2] if len(b) > 2 else 13)
        elif k == "p":
            runs(doc.add_paragraph(), b[1])
        elif k in ("c", "r"):
            p = runs(doc.add_paragraph(), b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == "c" else WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "small":
            runs(doc.add_paragraph(), b[1], sz=size - 2.5)
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            w = o.get("w", 0.3)
            table([list(r) for r in b[1]], [w, 1 - w], o.get("ruled", False), boldkeys=o.get("boldkeys", False))
        elif k == "t":
            o = b[2] if len(b) > 2 else {}
            n = len(b[1][0])
            table(b[1], o.get("w", [1 / n] * n), True, header=True)
        elif k == "cols":
            w = b[3] if len(b) > 3 else 0.6
            table([["\n".join(b[1]), "\n".join(b[2])]], [w, 1 - w], False)
        elif k == "box":
            table([["\n".join(b[1])]], [1.0], True)
        elif k == "hr":
            runs(doc.add_paragraph(), "_" * 70)
        elif k == "sp":
            for _ in range(b[1]):
                doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.docx")
        doc.save(src)
        soffice(src, d)
        os.replace(os.path.join(d, "paper.pdf"), pdf)


# ---------------------------------------------------------------- ReportLab
def reportlab(blocks, pdf, font="DejaVu Sans", size=10, head=None, foot=None, **_):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = {
        "DejaVu Sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        "Liberation Serif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
        "Liberation Sans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    }
    reg, bold = fonts[font]
    fn = font.replace(" ", "")
    pdfmetrics.registerFont(TTFont(fn, reg))
    pdfmetrics.registerFont(TTFont(fn + "-B", bold))
    from reportlab.lib.fonts import addMapping
    addMapping(fn, 0, 0, fn)
    addMapping(fn, 1, 0, fn + "-B")
    addMapping(fn, 0, 1, fn)
    addMapping(fn, 1, 1, fn + "-B")
    base = ParagraphStyle("b", fontName=fn, fontSize=size, leading=size * 1.3, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    rig = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    W = A4[0] - 45 * mm

    def P(t, st=base):
        return Paragraph(_h(t), st)

    def tcell(t, b=False):
        return Paragraph(("<b>%s</b>" % _h(t)) if b else _h(t), ParagraphStyle("t", parent=base, spaceAfter=0))

    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            sz = b[2] if len(b) > 2 else 13
            story.append(Paragraph("<b>%s</b>" % _h(b[1]), ParagraphStyle("h", parent=base, fontSize=sz, leading=sz * 1.25, spaceAfter=6)))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "c":
            story.append(P(b[1], cen))
        elif k == "r":
            story.append(P(b[1], rig))
        elif k == "small":
            story.append(P(b[1], small))
        elif k in ("kv", "t", "cols", "box"):
            o = b[2] if len(b) > 2 and isinstance(b[2], dict) else {}
            if k == "kv":
                w = o.get("w", 0.3)
                data = [[tcell(a, o.get("boldkeys")), tcell(v)] for a, v in b[1]]
                ws = [W * w, W * (1 - w)]
                ruled = o.get("ruled")
            elif k == "t":
                n = len(b[1][0])
                data = [[tcell(c, i == 0) for c in r] for i, r in enumerate(b[1])]
                ws = [W * x for x in o.get("w", [1 / n] * n)]
                ruled = True
            elif k == "cols":
                w = b[3] if len(b) > 3 else 0.6
                data = [[tcell("\n".join(b[1])), tcell("\n".join(b[2]))]]
                ws = [W * w, W * (1 - w)]
                ruled = False
            else:
                data = [[tcell("\n".join(b[1]))]]
                ws = [W]
                ruled = True
            t = Table(data, colWidths=ws, repeatRows=1 if k == "t" else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
            if ruled:
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if k == "t":
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "hr":
            story.append(Table([[""]], colWidths=[W], style=[("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
        elif k == "sp":
            story.append(Spacer(1, 10 * b[1]))
        elif k == "pb":
            story.append(PageBreak())

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if head:
            c.drawString(25 * mm, A4[1] - 12 * mm, head)
        txt = (foot + "   " if foot else "") + "Seite %d" % d.page
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, txt)
        c.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title="", author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- PostScript → Ghostscript
def ghostscript(blocks, pdf, size=10, head=None, foot=None, **_):
    """Hand-set PostScript (Helvetica, ISO Latin-1), distilled by ps2pdf."""
    W, H = A4
    L, R, T, B = 70, W - 56, H - 60, 60
    out = []
    pages = []
    cur = []
    y = [T]

    def newpage():
        pages.append(cur[:])
        cur.clear()
        y[0] = T

    def need(h):
        if y[0] - h < B:
            newpage()

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def sw(s, bold, sz):
        return stringWidth(s, "Helvetica-Bold" if bold else "Helvetica", sz)

    def wrap(text, width, bold, sz):
        lines = []
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                t = (line + " " + w).strip()
                if sw(t.replace("**", ""), bold, sz) > width and line:
                    lines.append(line)
                    line = w
                else:
                    line = t
            lines.append(line)
        return lines

    def show(x, yy, s, bold=False, sz=size, align="l"):
        s2 = s.replace("**", "")
        b = bold or (s.startswith("**") and s.endswith("**"))
        f = "/HB" if b else "/HR"
        if align == "r":
            x = x - sw(s2, b, sz)
        elif align == "c":
            x = x - sw(s2, b, sz) / 2
        cur.append(f"{f} {sz} selectfont {x:.1f} {yy:.1f} moveto ({esc(s2)}) show")

    lead = size * 1.35
    for b in blocks:
        k = b[0]
        if k in ("h", "p", "c", "r", "small"):
            sz = (b[2] if len(b) > 2 else 13) if k == "h" else (size - 2 if k == "small" else size)
            bold = k == "h"
            for line in wrap(b[1], R - L, bold, sz):
                need(sz * 1.35)
                y[0] -= sz * 1.35
                x = {"c": (L + R) / 2, "r": R}.get(k, L)
                show(x, y[0], line, bold, sz, {"c": "c", "r": "r"}.get(k, "l"))
            y[0] -= 4
        elif k in ("kv", "t", "cols", "box"):
            o = b[2] if len(b) > 2 and isinstance(b[2], dict) else {}
            if k == "kv":
                w = o.get("w", 0.3)
                rows, ws, ruled, hdr = [list(r) for r in b[1]], [w, 1 - w], o.get("ruled"), False
            elif k == "t":
                n = len(b[1][0])
                rows, ws, ruled, hdr = b[1], o.get("w", [1 / n] * n), True, True
            elif k == "cols":
                w = b[3] if len(b) > 3 else 0.6
                rows, ws, ruled, hdr = [["\n".join(b[1]), "\n".join(b[2])]], [w, 1 - w], False, False
            else:
                rows, ws, ruled, hdr = [["\n".join(b[1])]], [1.0], True, False
            xs = [L]
            for w_ in ws:
                xs.append(xs[-1] + (R - L) * w_)
            for i, r in enumerate(rows):
                cells = [wrap(c, (xs[j + 1] - xs[j]) - 8, (hdr and i == 0) or (o.get("boldkeys") and j == 0), size) for j, c in enumerate(r)]
                h = max(len(c) for c in cells) * lead + 5
                need(h)
                top = y[0]
                for j, c in enumerate(cells):
                    yy = top
                    for line in c:
                        yy -= lead
                        show(xs[j] + 4, yy + 2, line, (hdr and i == 0) or bool(o.get("boldkeys") and j == 0))
                if ruled:
                    cur.append(f"0.5 setlinewidth newpath {xs[0]:.1f} {top:.1f} moveto {xs[-1]:.1f} {top:.1f} lineto {xs[-1]:.1f} {top - h:.1f} lineto {xs[0]:.1f} {top - h:.1f} lineto closepath stroke")
                    for xx in xs[1:-1]:
                        cur.append(f"newpath {xx:.1f} {top:.1f} moveto {xx:.1f} {top - h:.1f} lineto stroke")
                y[0] = top - h
            y[0] -= 8
        elif k == "hr":
            y[0] -= 6
            cur.append(f"0.5 setlinewidth newpath {L} {y[0]:.1f} moveto {R} {y[0]:.1f} lineto stroke")
            y[0] -= 6
        elif k == "sp":
            y[0] -= 10 * b[1]
        elif k == "pb":
            newpage()
    pages.append(cur[:])
    n = len(pages)
    out.append("%!PS-Adobe-3.0\n%%Pages: " + str(n) + "\n%%EndComments")
    out.append("/re { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
               "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def")
    out.append("/HR /Helvetica re /HB /Helvetica-Bold re")
    for i, pg in enumerate(pages, 1):
        out.append(f"%%Page: {i} {i}\n<< /PageSize [595.28 841.89] >> setpagedevice")
        if head:
            out.append(f"/HR 7.5 selectfont {L} {H - 35} moveto ({esc(head)}) show")
        ft = (foot + "   " if foot else "") + f"Seite {i} von {n}"
        out.append(f"/HR 7.5 selectfont {R - sw(ft, False, 7.5):.1f} 30 moveto ({esc(ft)}) show")
        out.extend(pg)
        out.append("showpage")
    out.append("%%EOF")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.ps")
        with open(src, "w", encoding="latin-1") as f:
            f.write("\n".join(out) + "\n")
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", src, pdf], check=True, capture_output=True, timeout=120)


RENDER = {
    "chromium": chromium,
    "libreoffice-html": lo_html,
    "libreoffice-docx": lo_docx,
    "reportlab": reportlab,
    "ghostscript": ghostscript,
}
