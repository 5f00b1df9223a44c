"""Four real producers for the holdout29 papers.

A paper is a list of blocks; each producer prints them in its own way:
  ("lh", [left lines], [right lines])   letterhead / two-column head
  ("type", text)                         large type word
  ("title", text)                        bold heading
  ("h", text)                            bold sub-heading
  ("p", text)                            paragraph (\n = line break)
  ("kv", [(k, v), ...], ruled)           key/value rows
  ("table", [head], [[cells]], widths)   ruled table (head may be None)
  ("sp",)                                vertical space
  ("pb",)                                page break
Options: footer (may contain {page}), header (running head, may contain {page}),
font size, base font ("sans"/"serif").
"""
import html
import os
import subprocess
import tempfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", DEJAVU + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DEJAVU + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", DEJAVU + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DVS", 0, 0, "DVS")
addMapping("DVS", 1, 0, "DVS-B")


# ---------------------------------------------------------------- Chromium
def to_html(blocks, opt):
    fam = "'DejaVu Serif', serif" if opt.get("font") == "serif" else "'Liberation Sans', Arial, sans-serif"
    fs = opt.get("size", 10.5)
    css = f"""
    @page {{ size: A4; margin: 20mm 18mm 24mm 22mm; }}
    body {{ hyphens: manual; font-family: {fam}; font-size: {fs}pt; line-height: 1.35; }}
    .lh {{ display: flex; justify-content: space-between; margin-bottom: 8mm; }}
    .lh div {{ white-space: pre-line; }}
    .lh .r {{ text-align: right; font-size: {fs-1}pt; }}
    .type {{ font-size: {fs+6}pt; font-weight: bold; margin: 4mm 0 2mm 0; }}
    .title {{ font-weight: bold; font-size: {fs+1.5}pt; margin: 4mm 0 3mm 0; }}
    h3 {{ font-size: {fs+0.5}pt; margin: 4mm 0 1mm 0; }}
    p {{ margin: 0 0 2.5mm 0; }}
    table {{ border-collapse: collapse; margin: 2mm 0 3mm 0; width: 100%; }}
    table.ruled td, table.ruled th, table.grid td, table.grid th {{ border: 0.6pt solid #444; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }}
    table.kv td {{ padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }}
    table.kv td.k {{ width: 38mm; font-weight: bold; }}
    th {{ background: #e6e6e6; }}
    .foot {{ margin-top: 6mm; font-size: 7.5pt; color: #333; border-top: 0.5pt solid #888; padding-top: 1mm; }}
    .head {{ margin-bottom: 4mm; text-align: right; font-size: 7.5pt; color: #333; }}
    .pb {{ page-break-after: always; }}
    """
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{html.escape(opt.get('doctitle','Vorlage'))}</title><style>{css}{opt.get('css','')}</style></head><body>"]
    # thead/tfoot of a wrapping table repeat on every printed page in Chromium
    out.append("<table class='wrap' style='width:100%;border-collapse:collapse'>")
    if opt.get("header"):
        out.append(f"<thead><tr><td><div class='head'>{html.escape(opt['header'].replace('{page}', ''))}</div></td></tr></thead>")
    if opt.get("footer"):
        out.append(f"<tfoot><tr><td><div class='foot'>{html.escape(opt['footer'].replace('{page}', '')).strip()}</div></td></tr></tfoot>")
    out.append("<tbody><tr><td>")
    import re as _re
    # number-shaped tokens with a hyphen (VGR-0012/2025) are kept on one line, as council systems print them
    e = lambda s: _re.sub(r"(\S*-\d\S*)", r"<span style='white-space:nowrap'>\1</span>", html.escape(s)).replace("\n", "<br>")
    for b in blocks:
        k = b[0]
        if k == "lh":
            out.append(f"<div class='lh'><div>{e(chr(10).join(b[1]))}</div><div class='r'>{e(chr(10).join(b[2]))}</div></div>")
        elif k == "type":
            out.append(f"<div class='type'>{e(b[1])}</div>")
        elif k == "title":
            out.append(f"<div class='title'>{e(b[1])}</div>")
        elif k == "h":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "kv":
            cls = "grid" if b[2] else "kv"
            rows = "".join(f"<tr><td class='k'>{e(a)}</td><td>{e(v)}</td></tr>" for a, v in b[1])
            out.append(f"<table class='{cls}'>{rows}</table>")
        elif k == "table":
            head = "" if not b[1] else "<tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) + "</tr>"
            nw = lambda c: " style='white-space:nowrap'" if len(c) < 20 else ""
            rows = "".join("<tr>" + "".join(f"<td{nw(c)}>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
            out.append(f"<table class='ruled'>{head}{rows}</table>")
        elif k == "sp":
            out.append("<div style='height:6mm'></div>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
    out.append("</td></tr></tbody></table></body></html>")
    return "".join(out)


def chromium(blocks, opt, pdf):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(blocks, opt))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- LibreOffice (docx)
def docx(blocks, opt, pdf):
    import docx as D
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm

    doc = D.Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if opt.get("font") == "serif" else "Liberation Sans"
    st.font.size = Pt(opt.get("size", 10.5))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(18), Mm(22), Mm(20)

    def add_page_field(par, text):
        parts = text.split("{page}")
        for i, part in enumerate(parts):
            if part:
                r = par.add_run(part)
                r.font.size = Pt(8)
            if i < len(parts) - 1:
                r = par.add_run()
                r.font.size = Pt(8)
                for t, val in (("begin", None), (None, "PAGE"), ("end", None)):
                    if t:
                        el = OxmlElement("w:fldChar")
                        el.set(qn("w:fldCharType"), t)
                    else:
                        el = OxmlElement("w:instrText")
                        el.set(qn("xml:space"), "preserve")
                        el.text = val
                    r._r.append(el)

    if opt.get("header"):
        for i, line in enumerate(opt["header"].split("\n")):
            par = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            add_page_field(par, line)
    if opt.get("footer"):
        for i, line in enumerate(opt["footer"].split("\n")):
            par = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            add_page_field(par, line)

    def para(text, bold=False, size=None, align=None, space=4):
        p = doc.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
        p.paragraph_format.space_after = Pt(space)
        if align:
            p.alignment = align
        return p

    def table(rows, head=None, ruled=True, boldfirst=False):
        n = len(rows[0]) if rows else len(head)
        t = doc.add_table(rows=0, cols=n)
        if ruled:
            t.style = "Table Grid"
        for ri, r in enumerate(([head] if head else []) + rows):
            cells = t.add_row().cells
            for ci, c in enumerate(r):
                cells[ci].text = ""
                lines = c.split("\n")
                p = cells[ci].paragraphs[0]
                for li, ln in enumerate(lines):
                    run = p.add_run(ln)
                    run.bold = (head is not None and ri == 0) or (boldfirst and ci == 0)
                    if li < len(lines) - 1:
                        run.add_break()
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    for b in blocks:
        k = b[0]
        if k == "lh":
            t = doc.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.text = "\n".join(b[1])
            c1.text = "\n".join(b[2])
            for p in c1.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph()
        elif k == "type":
            para(b[1], bold=True, size=opt.get("size", 10.5) + 6)
        elif k == "title":
            para(b[1], bold=True, size=opt.get("size", 10.5) + 1.5, space=8)
        elif k == "h":
            para(b[1], bold=True, space=2)
        elif k == "p":
            para(b[1])
        elif k == "kv":
            table([[a, v] for a, v in b[1]], ruled=b[2], boldfirst=True)
        elif k == "table":
            table(b[2], head=b[1])
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.basename(pdf)[:-4] + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(src[:-5] + ".pdf", pdf)


# ---------------------------------------------------------------- ReportLab
def reportlab(blocks, opt, pdf):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors

    f = "DVS" if opt.get("font") == "serif" else "DV"
    fs = opt.get("size", 9.5)
    S = lambda **kw: ParagraphStyle("x", fontName=kw.pop("fn", f), fontSize=kw.get("fontSize", fs),
                                   leading=kw.pop("leading", fs * 1.35), **{k: v for k, v in kw.items() if k != "fontSize"})
    sp = S(spaceAfter=5)
    e = lambda s: html.escape(s).replace("\n", "<br/>")
    story = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            t = Table([[Paragraph(e("\n".join(b[1])), S()), Paragraph(e("\n".join(b[2])), S(alignment=2, fontSize=fs - 1, leading=fs * 1.25))]],
                      colWidths=[95 * mm, 70 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, Spacer(1, 6 * mm)]
        elif k == "type":
            story.append(Paragraph(e(b[1]), S(fn=f + "-B", fontSize=fs + 7, leading=(fs + 7) * 1.3, spaceAfter=4)))
        elif k == "title":
            story.append(Paragraph(e(b[1]), S(fn=f + "-B", fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceAfter=6, spaceBefore=4)))
        elif k == "h":
            story.append(Paragraph(e(b[1]), S(fn=f + "-B", spaceBefore=5, spaceAfter=2)))
        elif k == "p":
            story.append(Paragraph(e(b[1]), sp))
        elif k == "kv":
            rows = [[Paragraph(e(a), S(fn=f + "-B")), Paragraph(e(v), S())] for a, v in b[1]]
            t = Table(rows, colWidths=[42 * mm, 123 * mm])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if b[2]:
                st += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
            t.setStyle(TableStyle(st))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "table":
            w = b[3] if len(b) > 3 and b[3] else None
            rows = ([[Paragraph(e(c), S(fn=f + "-B", fontSize=fs - 0.5)) for c in b[1]]] if b[1] else []) + \
                   [[Paragraph(e(c), S(fontSize=fs - 0.5)) for c in r] for r in b[2]]
            t = Table(rows, colWidths=[x * mm for x in w] if w else None)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[1]:
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(st))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "sp":
            story.append(Spacer(1, 6 * mm))
        elif k == "pb":
            story.append(PageBreak())

    def deco(c, d):
        c.saveState()
        c.setFont(f, 7.5)
        if opt.get("footer"):
            for i, ln in enumerate(opt["footer"].split("\n")):
                c.drawString(22 * mm, 12 * mm - i * 9, ln.replace("{page}", str(d.page)))
        if opt.get("header"):
            for i, ln in enumerate(opt["header"].split("\n")):
                c.drawRightString(190 * mm, 285 * mm - i * 9, ln.replace("{page}", str(d.page)))
        c.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=opt.get("doctitle", ""), author=opt.get("author", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- Ghostscript from hand-written PostScript
# the PostScript fonts are re-encoded to a WinAnsi-like vector (see ps()); only the ballot boxes have no glyph
PS_MAP = {"☒": "[X]", "☐": "[ ]"}


def ps_text(s):
    for a, b in PS_MAP.items():
        s = s.replace(a, b)
    return s


def _ps_str(s):
    s = ps_text(s)
    b = s.encode("cp1252", errors="replace")
    out = []
    for ch in b:
        if ch in (40, 41, 92):
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def _wrap(text, font, size, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip() if cur else w
            if pdfmetrics.stringWidth(ps_text(t), font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def ps(blocks, opt, pdf):
    serif = opt.get("font") == "serif"
    R, B = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    fs = opt.get("size", 10)
    L, Rm, TOP, BOT = 70, 530, 780, 80
    W = Rm - L
    pages, cur = [], []
    y = [TOP]

    def newpage():
        pages.append(cur[:])
        cur.clear()
        y[0] = TOP

    def need(h):
        if y[0] - h < BOT:
            newpage()

    def text(x, s, font, size):
        cur.append(f"/{font}-L {size} selectfont {x:.1f} {y[0]:.1f} moveto {_ps_str(s)} show")

    def line(x1, y1, x2, y2, w=0.5):
        cur.append(f"{w} setlinewidth {x1:.1f} {y1:.1f} moveto {x2:.1f} {y2:.1f} lineto stroke")

    def flow(s, font=R, size=fs, x=L, width=W, lead=None):
        lead = lead or size * 1.35
        for ln in _wrap(s, font, size, width):
            need(lead)
            y[0] -= lead
            text(x, ln, font, size)

    for b in blocks:
        k = b[0]
        if k == "lh":
            y0 = y[0]
            for ln in b[1]:
                y[0] -= fs * 1.3
                text(L, ln, R, fs)
            yl = y[0]
            y[0] = y0
            for ln in b[2]:
                y[0] -= (fs - 1) * 1.3
                cur.append(f"/{R}-L {fs-1} selectfont {Rm:.1f} {_ps_str(ln)} stringwidth pop sub {y[0]:.1f} moveto {_ps_str(ln)} show")
            y[0] = min(y[0], yl) - 18
        elif k == "type":
            y[0] -= 8
            flow(b[1], B, fs + 6)
            y[0] -= 4
        elif k == "title":
            y[0] -= 6
            flow(b[1], B, fs + 1)
            y[0] -= 6
        elif k == "h":
            y[0] -= 5
            flow(b[1], B, fs)
            y[0] -= 1
        elif k == "p":
            flow(b[1])
            y[0] -= 5
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [[a, v] for a, v in b[1]]
                head, ruled, widths = None, b[2], [130, W - 130]
            else:
                rows, head, ruled = b[2], b[1], True
                n = len(rows[0]) if rows else len(head)
                widths = [x * 2.835 for x in b[3]] if len(b) > 3 and b[3] else [W / n] * n
            allrows = ([head] if head else []) + rows
            for ri, r in enumerate(allrows):
                bold_row = head is not None and ri == 0
                cells = [_wrap(c, B if (bold_row or (k == "kv" and ci == 0)) else R, fs - 0.5, widths[ci] - 8) for ci, c in enumerate(r)]
                h = max(len(c) for c in cells) * (fs - 0.5) * 1.3 + 5
                need(h)
                top = y[0]
                x = L
                for ci, c in enumerate(cells):
                    yy = top - 2
                    for ln in c:
                        yy -= (fs - 0.5) * 1.3
                        cur.append(f"/{(B if (bold_row or (k == 'kv' and ci == 0)) else R)}-L {fs-0.5} selectfont {x+4:.1f} {yy:.1f} moveto {_ps_str(ln)} show")
                    x += widths[ci]
                if ruled:
                    x = L
                    line(L, top, L + sum(widths), top)
                    line(L, top - h, L + sum(widths), top - h)
                    for wdt in [0] + widths:
                        x += wdt if wdt else 0
                        line(x, top, x, top - h)
                y[0] = top - h
            y[0] -= 8
        elif k == "sp":
            y[0] -= 16
        elif k == "pb":
            newpage()
    if cur:
        pages.append(cur[:])
    n = len(pages)
    ps_lines = ["%!PS-Adobe-3.0", f"%%Title: {opt.get('doctitle', '')}", f"%%Creator: {opt.get('creator', 'hand-written PostScript')}", f"%%Pages: {n}", "%%EndComments"]
    ps_lines.append("/WinEnc 256 array def ISOLatin1Encoding WinEnc copy pop")
    for pos, glyph in ((45, "hyphen"), (128, "Euro"), (132, "quotedblbase"), (146, "quoteright"), (147, "quotedblleft"),
                       (148, "quotedblright"), (149, "bullet"), (150, "endash"), (151, "emdash")):
        ps_lines.append(f"WinEnc {pos} /{glyph} put")
    for fnt in {R, B}:
        ps_lines.append(f"/{fnt} findfont dup length dict begin {{1 index /FID ne {{def}} {{pop pop}} ifelse}} forall /Encoding WinEnc def currentdict end /{fnt}-L exch definefont pop")
    for i, pg in enumerate(pages, 1):
        ps_lines.append(f"%%Page: {i} {i}")
        ps_lines += pg
        if opt.get("footer"):
            for j, ln in enumerate(opt["footer"].split("\n")):
                s = ln.replace("{page}", str(i)).replace("{pages}", str(n))
                ps_lines.append(f"/{R}-L 7.5 selectfont {L} {50 - j*9} moveto {_ps_str(s)} show")
            line_s = f"0.4 setlinewidth {L} 60 moveto {Rm} 60 lineto stroke"
            ps_lines.append(line_s)
        if opt.get("header") and i > 1:
            s = opt["header"].replace("{page}", str(i)).replace("{pages}", str(n))
            ps_lines.append(f"/{R}-L 7.5 selectfont {Rm} {_ps_str(s)} stringwidth pop sub 805 moveto {_ps_str(s)} show")
        ps_lines.append("showpage")
    ps_lines.append("%%EOF")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "paper.ps")
        with open(src, "w", encoding="latin-1") as fh:
            fh.write("\n".join(ps_lines) + "\n")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                        f"-sOutputFile={pdf}", src], check=True, stdout=subprocess.DEVNULL)


PRODUCERS = {"chromium": chromium, "libreoffice-docx": docx, "reportlab": reportlab, "ghostscript-ps": ps}
