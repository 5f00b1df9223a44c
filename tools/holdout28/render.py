"""Renderers for holdout28: one block model, four real producers.

Block model (a paper is a list of blocks):
  ("lh", [lines], align)          letterhead; first line bold and larger; align "l"/"c"/"r"
  ("head2", [left lines], [right lines])   two-column head (no rules); "**x**" = bold
  ("kv", [(key, value)], ruled)   key/value table
  ("h", text, size)               bold heading
  ("p", text)                     paragraph, "**x**" bold runs
  ("r", text)                     right-aligned line
  ("grid", header, rows, widths)  ruled table with header row (header may be None)
  ("box", [lines])                framed box of lines
  ("side", [side lines], [blocks])  narrow grey side column left of main blocks (chromium/reportlab)
  ("sp", pts)                     vertical space
  ("pb",)                         page break
Paper options: foot (footer text; "{p}" = page number, "{n}" = page count), runhead, font.
"""
import html, os, re, subprocess, tempfile

BOLD = re.compile(r"\*\*(.+?)\*\*")


def md_html(t):
    return BOLD.sub(r"<b>\1</b>", html.escape(t)).replace("\n", "<br>")


# ---------------------------------------------------------------- Chromium
def to_html(blocks, opt):
    font = opt.get("font", "'Liberation Sans', Arial, sans-serif")
    css = f"""@page {{ size: A4; margin: 18mm 18mm 14mm 22mm; }}
body {{ margin: 0 0 12mm 0; font-family: {font}; font-size: {opt.get('size', 10.5)}pt; line-height: 1.3; }}
p {{ margin: 0 0 6pt 0; }} table {{ border-collapse: collapse; margin: 4pt 0 8pt 0; }}
table.grid td, table.grid th {{ border: 0.6pt solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left; }}
table.grid th {{ background: #e4e4e4; }} table.kv td {{ padding: 1pt 8pt 1pt 0; vertical-align: top; }}
table.kvr td {{ border: 0.6pt solid #777; padding: 2pt 5pt; vertical-align: top; }}
.lh1 {{ font-size: 14pt; font-weight: bold; }} .box {{ border: 0.8pt solid #000; padding: 4pt 6pt; margin: 6pt 0; }}
.foot {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #444; border-top: 0.5pt solid #888; }}
.side {{ width: 44mm; background: #ececec; padding: 4pt; font-size: 8.5pt; vertical-align: top; }}
.pb {{ page-break-after: always; }}"""
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{html.escape(opt.get('htmltitle', ''))}</title><style>{css}</style></head><body>"]
    if opt.get("foot"):
        out.append(f"<div class='foot'>{md_html(opt['foot'].replace(' {p}', '').replace('{p}', '').replace('{n}', ''))}</div>")
    out.append(html_blocks(blocks))
    out.append("</body></html>")
    return "\n".join(out)


def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            al = {"l": "left", "c": "center", "r": "right"}[b[2]]
            out.append(f"<div style='text-align:{al};margin-bottom:10pt'>" + "<br>".join(
                (f"<span class='lh1'>{md_html(x)}</span>" if i == 0 else md_html(x)) for i, x in enumerate(b[1])) + "</div>")
        elif k == "head2":
            out.append("<table style='width:100%;margin-bottom:10pt'><tr><td style='vertical-align:top'>" + "<br>".join(md_html(x) for x in b[1]) +
                       "</td><td style='vertical-align:top;width:40%'>" + "<br>".join(md_html(x) for x in b[2]) + "</td></tr></table>")
        elif k == "kv":
            cls = "kvr" if b[2] else "kv"
            out.append(f"<table class='{cls}'>" + "".join(f"<tr><td>{md_html(a)}</td><td>{md_html(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "h":
            out.append(f"<p style='font-size:{b[2]}pt;font-weight:bold;margin-top:8pt'>{md_html(b[1])}</p>")
        elif k == "p":
            out.append(f"<p>{md_html(b[1])}</p>")
        elif k == "r":
            out.append(f"<p style='text-align:right'>{md_html(b[1])}</p>")
        elif k == "grid":
            s = "<table class='grid' style='width:100%'>"
            if b[1]:
                s += "<tr>" + "".join(f"<th>{md_html(c)}</th>" for c in b[1]) + "</tr>"
            for row in b[2]:
                s += "<tr>" + "".join(f"<td>{md_html(c)}</td>" for c in row) + "</tr>"
            out.append(s + "</table>")
        elif k == "box":
            out.append("<div class='box'>" + "<br>".join(md_html(x) for x in b[1]) + "</div>")
        elif k == "side":
            out.append("<table style='width:100%'><tr><td class='side'>" + "<br>".join(md_html(x) for x in b[1]) +
                       "</td><td style='vertical-align:top;padding-left:10pt'>" + html_blocks(b[2]) + "</td></tr></table>")
        elif k == "sp":
            out.append(f"<div style='height:{b[1]}pt'></div>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
    return "\n".join(out)


def make_chromium(blocks, opt, pdf):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.html")
        open(src, "w", encoding="utf-8").write(to_html(blocks, opt))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)


# ---------------------------------------------------------------- LibreOffice (docx)
def make_libreoffice(blocks, opt, pdf):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Mm
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(20), Mm(20), Mm(20)
    st = doc.styles["Normal"]
    st.font.name = opt.get("docfont", "Liberation Sans")
    st.font.size = Pt(opt.get("size", 11))
    st.paragraph_format.space_after = Pt(4)

    def runs(par, text, bold=False, size=None):
        parts = BOLD.split(text)
        for i, t in enumerate(parts):
            if not t:
                continue
            r = par.add_run(t)
            r.bold = bold or (i % 2 == 1)
            if size:
                r.font.size = Pt(size)
        return par

    if opt.get("wordhead"):
        hp = sec.header.paragraphs[0]
        runs(hp, opt["wordhead"], size=8.5)
    if opt.get("foot"):
        fp = sec.footer.paragraphs[0]
        runs(fp, opt["foot"].replace("{p}", "").replace("{n}", "").replace("Seite  von ", "").strip(), size=8)
    AL = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}
    for b in blocks:
        k = b[0]
        if k == "lh":
            for i, x in enumerate(b[1]):
                p = doc.add_paragraph()
                p.alignment = AL[b[2]]
                p.paragraph_format.space_after = Pt(0)
                runs(p, x, bold=(i == 0), size=(14 if i == 0 else 9.5))
            doc.add_paragraph()
        elif k == "head2":
            t = doc.add_table(rows=1, cols=2)
            for c, lines in zip(t.rows[0].cells, (b[1], b[2])):
                c.paragraphs[0].text = ""
                for j, x in enumerate(lines):
                    p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    runs(p, x)
            doc.add_paragraph()
        elif k in ("kv", "grid"):
            rows = b[1] if k == "kv" else ([b[1]] if b[1] else []) + b[2]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            if k == "grid" or b[2] is True:
                t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for c, x in zip(cells, row):
                    p = c.paragraphs[0]
                    p.paragraph_format.space_after = Pt(0)
                    runs(p, x, bold=(k == "grid" and b[1] is not None and ri == 0))
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "h":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            runs(p, b[1], bold=True, size=b[2])
        elif k == "p":
            runs(doc.add_paragraph(), b[1])
        elif k == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            runs(p, b[1])
        elif k == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            for j, x in enumerate(b[1]):
                p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                runs(p, x)
            doc.add_paragraph()
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "side":
            raise ValueError("side not supported in docx")
    with tempfile.TemporaryDirectory() as d:
        name = os.path.splitext(os.path.basename(pdf))[0]
        src = os.path.join(d, name + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, src], check=True, capture_output=True)
        os.replace(os.path.join(d, name + ".pdf"), pdf)


# ---------------------------------------------------------------- ReportLab
def make_reportlab(blocks, opt, pdf):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    D = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    fn = "DV" if opt.get("rlfont", "DV") == "DV" else opt["rlfont"]
    fb = {"DV": "DVB", "Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[fn]
    sz = opt.get("size", 9.5)
    S = ParagraphStyle("n", fontName=fn, fontSize=sz, leading=sz * 1.3, spaceAfter=5)
    SS = ParagraphStyle("s", parent=S, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.25, spaceAfter=0)

    def P(t, st=S, **kw):
        x = BOLD.sub(r"<b>\1</b>", html.escape(t)).replace("\n", "<br/>")
        if kw:
            st = ParagraphStyle("x", parent=st, **kw)
        return Paragraph(x, st)

    W = A4[0] - 45 * mm

    def flow(bs, width):
        fl = []
        for b in bs:
            k = b[0]
            if k == "lh":
                al = {"l": 0, "c": 1, "r": 2}[b[2]]
                for i, x in enumerate(b[1]):
                    fl.append(P(x, fontName=fb if i == 0 else fn, fontSize=13 if i == 0 else sz - 1, leading=16 if i == 0 else sz * 1.2, alignment=al, spaceAfter=0))
                fl.append(Spacer(1, 10))
            elif k == "head2":
                t = Table([[[P(x, SS if False else S, spaceAfter=0) for x in b[1]], [P(x, spaceAfter=0) for x in b[2]]]], colWidths=[width * 0.58, width * 0.42])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                fl += [t, Spacer(1, 8)]
            elif k in ("kv", "grid"):
                rows = b[1] if k == "kv" else ([b[1]] if b[1] else []) + b[2]
                ncol = len(rows[0])
                if k == "grid" and len(b) > 3 and b[3]:
                    cw = [width * f for f in b[3]]
                elif k == "kv":
                    cw = [width * 0.3, width * 0.7]
                else:
                    cw = [width / ncol] * ncol
                data = [[P(c, spaceAfter=0) for c in r] for r in rows]
                t = Table(data, colWidths=cw, hAlign="LEFT")
                style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
                if k == "grid" or b[2] is True:
                    style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                if k == "grid" and b[1]:
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
                t.setStyle(TableStyle(style))
                fl += [t, Spacer(1, 6)]
            elif k == "h":
                fl.append(P(b[1], fontName=fb, fontSize=b[2], leading=b[2] * 1.25, spaceBefore=6))
            elif k == "p":
                fl.append(P(b[1]))
            elif k == "r":
                fl.append(P(b[1], alignment=2))
            elif k == "box":
                t = Table([[[P(x, spaceAfter=1) for x in b[1]]]], colWidths=[width])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
                fl += [t, Spacer(1, 6)]
            elif k == "side":
                inner = flow(b[2], width - 48 * mm)
                t = Table([[[P(x, SS, spaceAfter=2) for x in b[1]], inner]], colWidths=[46 * mm, width - 46 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e8e8e8")), ("LEFTPADDING", (1, 0), (1, 0), 10)]))
                fl.append(t)
            elif k == "sp":
                fl.append(Spacer(1, b[1]))
            elif k == "pb":
                fl.append(PageBreak())
        return fl

    story = flow(blocks, W)

    def onpage(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if opt.get("foot"):
            c.drawString(25 * mm, 12 * mm, opt["foot"].replace("{p}", str(d.page)).replace("{n}", str(opt.get("pages", 1))))
        if opt.get("runhead") and d.page > 1:
            c.drawString(25 * mm, A4[1] - 12 * mm, opt["runhead"])
        c.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title=opt.get("htmltitle", ""), author=opt.get("author", ""))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- Ghostscript from hand-written PostScript
PS_MAP = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "☒": "[x]", "☐": "[ ]", "€": "EUR", "…": "...", "\u00a0": " ", "≥": ">=", "²": "2"}


def ps_text(t):
    for a, b in PS_MAP.items():
        t = t.replace(a, b)
    return t


def make_gs(blocks, opt, pdf):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    serif = opt.get("psfont") == "Times"
    F = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    sz = opt.get("size", 10)
    L, R, TOP, BOT = 70, 540, 780, 72
    pages = [[]]
    y = [TOP]

    def newpage():
        pages.append([])
        y[0] = TOP

    def need(h):
        if y[0] - h < BOT:
            newpage()

    def esc(s):
        s = ps_text(s)
        out = ""
        for ch in s:
            o = ord(ch)
            if ch in "()\\":
                out += "\\" + ch
            elif o > 126:
                out += "\\%03o" % o
            else:
                out += ch
        return out

    def words_line(text, x0, width, size, bold=False, align="l"):
        """wrap text with **bold** runs into lines of (x, [(font, str)])."""
        segs = []
        for i, part in enumerate(BOLD.split(ps_text(text))):
            for w in part.split(" "):
                if w:
                    segs.append((F[1] if (bold or i % 2) else F[0], w))
        lines, cur, cw = [], [], 0
        for f, w in segs:
            ww = stringWidth(w, f, size)
            sp = stringWidth(" ", f, size) if cur else 0
            if cur and cw + sp + ww > width:
                lines.append((cw, cur)); cur, cw = [], 0; sp = 0
            cur.append((f, w)); cw += sp + ww
        if cur or not lines:
            lines.append((cw, cur))
        res = []
        for cw, ws in lines:
            x = x0 if align == "l" else (x0 + width - cw if align == "r" else x0 + (width - cw) / 2)
            res.append((x, ws))
        return res

    def emit(x, ws, size, yy):
        ops = []
        cx = x
        for j, (f, w) in enumerate(ws):
            t = (" " if j else "") + w
            ops.append(f"/{f}-L {size} selectfont {cx:.1f} {yy:.1f} moveto ({esc(t)}) show")
            cx += stringWidth(t, f, size)
        return ops

    def para(text, size=sz, bold=False, align="l", x0=L, width=R - L, after=4):
        lead = size * 1.3
        parts = text.split("\n")
        for j, part in enumerate(parts[:-1]):
            para(part, size, bold, align, x0, width, 0) if part else (need(lead), y.__setitem__(0, y[0] - lead))
        text = parts[-1]
        for x, ws in words_line(text, x0, width, size, bold, align):
            need(lead)
            y[0] -= lead
            pages[-1] += emit(x, ws, size, y[0])
        y[0] -= after

    def table(rows, widths, ruled, header=False):
        for ri, row in enumerate(rows):
            cells = []
            x = L
            for c, w in zip(row, widths):
                cells.append((x, words_line(c, x + 3, w - 6, sz - 0.5, bold=(header and ri == 0))))
                x += w
            h = max(len(c[1]) for c in cells) * (sz - 0.5) * 1.3 + 4
            need(h)
            top = y[0]
            for (cx, lines) in cells:
                yy = top - 2
                for lx, ws in lines:
                    yy -= (sz - 0.5) * 1.3
                    pages[-1] += emit(lx, ws, sz - 0.5, yy + 2)
            if ruled:
                x = L
                for w in widths:
                    pages[-1].append(f"0.5 setlinewidth {x:.1f} {top - h:.1f} {w:.1f} {h:.1f} rectstroke")
                    x += w
            y[0] = top - h
        y[0] -= 8

    for b in blocks:
        k = b[0]
        if k == "lh":
            al = b[2]
            for i, x in enumerate(b[1]):
                para(x, size=13 if i == 0 else sz - 1, bold=(i == 0), align=al, after=1)
            y[0] -= 10
        elif k == "head2":
            top = y[0]
            for x in b[1]:
                para(x, width=260, after=0)
            yl = y[0]
            y[0] = top
            for x in b[2]:
                para(x, x0=360, width=180, after=0)
            y[0] = min(yl, y[0]) - 10
        elif k == "kv":
            table(b[1], [140, R - L - 140], b[2])
        elif k == "grid":
            n = len((b[1] or b[2][0]))
            ws = [(R - L) * f for f in b[3]] if len(b) > 3 and b[3] else [(R - L) / n] * n
            table(([b[1]] if b[1] else []) + b[2], ws, True, header=bool(b[1]))
        elif k == "h":
            y[0] -= 4
            para(b[1], size=b[2], bold=True)
        elif k == "p":
            para(b[1])
        elif k == "r":
            para(b[1], align="r")
        elif k == "box":
            top = y[0]
            y[0] -= 3
            for x in b[1]:
                para(x, x0=L + 5, width=R - L - 10, after=0)
            y[0] -= 5
            pages[-1].append(f"0.8 setlinewidth {L} {y[0]:.1f} {R - L} {top - y[0]:.1f} rectstroke")
            y[0] -= 8
        elif k == "sp":
            y[0] -= b[1]
        elif k == "pb":
            newpage()
    n = len(pages)
    ps = ["%!PS-Adobe-3.0", f"%%Title: ({opt.get('htmltitle', '')})", f"%%Pages: {n}", "%%EndComments"]
    for f in F:
        ps.append(f"/{f} findfont dup length dict begin {{1 index /FID ne {{def}} {{pop pop}} ifelse}} forall /Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def currentdict end /{f}-L exch definefont pop")
    for i, ops in enumerate(pages, 1):
        ps.append(f"%%Page: {i} {i}")
        ps += ops
        if opt.get("foot"):
            ft = opt["foot"].replace("{p}", str(i)).replace("{n}", str(n))
            ps.append(f"/{F[0]}-L 7.5 selectfont {L} 40 moveto ({esc(ft)}) show")
            ps.append(f"0.4 setlinewidth {L} 52 moveto {R} 52 lineto stroke")
        if opt.get("runhead") and i > 1:
            ps.append(f"/{F[0]}-L 8 selectfont {L} 810 moveto ({esc(opt['runhead'])}) show")
        ps.append("showpage")
    ps.append("%%EOF")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.ps")
        open(src, "w", encoding="latin-1").write("\n".join(ps))
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4", f"-sOutputFile={pdf}", src], check=True, capture_output=True)


MAKERS = {"chromium": make_chromium, "libreoffice-docx": make_libreoffice, "reportlab": make_reportlab, "ghostscript-ps": make_gs}
