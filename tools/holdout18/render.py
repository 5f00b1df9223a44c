"""holdout18 renderers: one small block vocabulary -> HTML (Chromium, LibreOffice HTML import),
.docx (python-docx -> LibreOffice), ReportLab, and hand-written PostScript (-> Ghostscript ps2pdf).

Blocks (tuples):
  ('h', text, size)            bold heading line (size in pt)
  ('p', text)                  paragraph; **bold** spans allowed
  ('pc', text)                 centred paragraph
  ('pr', text)                 right-aligned paragraph
  ('small', text)              small print
  ('kv', [(k, v), ...], opts)  key/value lines; opts: {'rule': bool, 'colon': bool, 'kw': share}
  ('table', rows, opts)        ruled table; opts: {'head': bool, 'w': [shares]}
  ('cols', left, right, opts)  letterhead: two borderless columns of lines
  ('rule',)                    horizontal rule
  ('sp', n)                    vertical space (lines)
  ('box', [lines])             framed box of paragraphs
  ('page',)                    page break
Paper opts: font ('sans'|'serif'), size, header (running head text), footer (text).
"""
import html
import re
import subprocess
import os

FONT_CSS = {"sans": "'Liberation Sans', Arial, sans-serif", "serif": "'Liberation Serif', 'Times New Roman', serif",
            "dejavu": "'DejaVu Sans', sans-serif"}
FONT_DOCX = {"sans": "Liberation Sans", "serif": "Liberation Serif", "dejavu": "DejaVu Sans"}


def bold_html(t):
    t = html.escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br>")


# ---------------------------------------------------------------- HTML
def to_html(blocks, opts):
    font = FONT_CSS[opts.get("font", "sans")]
    size = opts.get("size", 10.5)
    css = f"""@page {{ size: A4; margin: {opts.get('margin', '20mm 18mm 20mm 24mm')}; }}
body {{ font-family: {font}; font-size: {size}pt; line-height: 1.3; }}
p {{ margin: 0 0 6pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 0 0 8pt 0; }}
td, th {{ vertical-align: top; padding: 2pt 4pt; text-align: left; font-size: {size}pt; }}
table.ruled td, table.ruled th {{ border: 0.6pt solid #444; }}
th {{ background: #e6e6e6; }}
.small {{ font-size: {size - 2.5}pt; }}
.box {{ border: 0.8pt solid #333; padding: 5pt 7pt; margin: 0 0 8pt 0; }}
hr {{ border: 0; border-top: 0.8pt solid #333; margin: 4pt 0 8pt 0; }}
.pb {{ page-break-before: always; }}
{opts.get('css', '')}
"""
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{html.escape(opts.get('title', 'Dokument'))}</title><style>{css}</style></head><body>"]
    if opts.get("header"):
        out.append(f"<p class='small' style='color:#555'>{bold_html(opts['header'])}</p>")
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(f"<p style='font-size:{b[2]}pt;font-weight:bold;margin:4pt 0 6pt 0'>{bold_html(b[1])}</p>")
        elif k == "p":
            out.append(f"<p>{bold_html(b[1])}</p>")
        elif k == "pc":
            out.append(f"<p style='text-align:center'>{bold_html(b[1])}</p>")
        elif k == "pr":
            out.append(f"<p style='text-align:right'>{bold_html(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{bold_html(b[1])}</p>")
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            cls = "ruled" if o.get("rule") else ""
            colon = ":" if o.get("colon", True) else ""
            kw = int(o.get("kw", 0.3) * 100)
            rows = "".join(
                f"<tr><td style='width:{kw}%'>{'<b>' if o.get('boldkey') else ''}{html.escape(kk)}{colon if kk else ''}{'</b>' if o.get('boldkey') else ''}</td><td>{bold_html(v)}</td></tr>"
                for kk, v in b[1])
            out.append(f"<table class='{cls}'>{rows}</table>")
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            w = o.get("w")
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if (i == 0 and o.get("head", True)) else "td"
                cells = ""
                for j, c in enumerate(r):
                    st = (" style='width:%d%%'" % int(w[j] * 100)) if (w and i == 0) else ""
                    cells += f"<{tag}{st}>{bold_html(c)}</{tag}>"
                rows.append(f"<tr>{cells}</tr>")
            out.append(f"<table class='ruled'>{''.join(rows)}</table>")
        elif k == "cols":
            o = b[3] if len(b) > 3 else {}
            lw = int(o.get("lw", 0.6) * 100)
            l = "<br>".join(bold_html(x) for x in b[1])
            r = "<br>".join(bold_html(x) for x in b[2])
            out.append(f"<table><tr><td style='width:{lw}%'>{l}</td><td>{r}</td></tr></table>")
        elif k == "rule":
            out.append("<hr>")
        elif k == "sp":
            out.append(f"<div style='height:{b[1] * 12}pt'></div>")
        elif k == "box":
            out.append("<div class='box'>" + "".join(f"<p>{bold_html(x)}</p>" for x in b[1]) + "</div>")
        elif k == "page":
            out.append("<p style='page-break-before:always;margin:0;font-size:2pt'>&nbsp;</p>")
        elif k == "raw":
            out.append(b[1])
    if opts.get("footer"):
        out.append(f"<p class='small' style='margin-top:18pt;color:#444'>{bold_html(opts['footer'])}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def soffice(src, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/h18_lo_profile"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def gs_redistill(pdf_in, pdf_out):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    f"-sOutputFile={pdf_out}", pdf_in], check=True, timeout=120)


# ---------------------------------------------------------------- DOCX
def to_docx(blocks, opts, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT_DOCX[opts.get("font", "sans")]
    st.element.rPr.rFonts.set(qn("w:eastAsia"), st.font.name)
    st.font.size = Pt(opts.get("size", 10.5))
    st.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    if opts.get("header"):
        hp = sec.header.paragraphs[0]
        add_runs(hp, opts["header"], Pt(8.5))
    if opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        add_runs(fp, opts["footer"], Pt(7.5))
    width = Cm(16.5)

    def set_widths(t, shares):
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(shares[i] * width.twips if hasattr(width, 'twips') else shares[i] * 9355)))
        for row in t.rows:
            for i, c in enumerate(row.cells):
                c.width = int(width * shares[i])

    def no_borders(t):
        tbl = t._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        pr.append(b)

    for b in blocks:
        k = b[0]
        if k == "h":
            p = d.add_paragraph()
            add_runs(p, "**" + b[1].replace("**", "") + "**", Pt(b[2]))
        elif k in ("p", "pc", "pr", "small"):
            p = d.add_paragraph()
            add_runs(p, b[1], Pt(opts.get("size", 10.5) - 2) if k == "small" else None)
            if k == "pc":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if k == "pr":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=0, cols=2)
            if o.get("rule"):
                t.style = "Table Grid"
            else:
                no_borders(t)
            colon = ":" if o.get("colon", True) else ""
            for kk, v in b[1]:
                r = t.add_row().cells
                r[0].paragraphs[0].text = ""
                add_runs(r[0].paragraphs[0], ("**%s%s**" if o.get("boldkey") else "%s%s") % (kk, colon if kk else ""))
                add_runs(r[1].paragraphs[0], v)
            kw = o.get("kw", 0.3)
            set_widths(t, [kw, 1 - kw])
            d.add_paragraph()
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    add_runs(cells[j].paragraphs[0], ("**%s**" % c.replace("**", "")) if (i == 0 and o.get("head", True) and c) else c)
            if o.get("w"):
                set_widths(t, o["w"])
            d.add_paragraph()
        elif k == "cols":
            o = b[3] if len(b) > 3 else {}
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.rows[0].cells[j]
                first = True
                for ln in lines:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    first = False
                    add_runs(p, ln)
            lw = o.get("lw", 0.6)
            set_widths(t, [lw, 1 - lw])
            d.add_paragraph()
        elif k == "rule":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            for a, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "333333")):
                bt.set(qn("w:" + a), v)
            bd.append(bt)
            pPr.append(bd)
        elif k == "sp":
            for _ in range(b[1]):
                d.add_paragraph()
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            first = True
            for ln in b[1]:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                add_runs(p, ln)
            d.add_paragraph()
        elif k == "page":
            from docx.enum.text import WD_BREAK
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def add_runs(p, text, size=None):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for i, part in enumerate(parts):
        if not part:
            continue
        chunks = part.split("\n")
        bold = part.startswith("**") and part.endswith("**")
        if bold:
            chunks = part[2:-2].split("\n")
        for j, ch in enumerate(chunks):
            r = p.add_run(ch)
            r.bold = bold or None
            if size:
                r.font.size = size
            if j < len(chunks) - 1:
                r.add_break()


# ---------------------------------------------------------------- ReportLab
_RL_FONTS = False


def _rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/"
    for name, f in (("LS", "liberation/LiberationSans-Regular.ttf"), ("LS-B", "liberation/LiberationSans-Bold.ttf"),
                    ("LSe", "liberation/LiberationSerif-Regular.ttf"), ("LSe-B", "liberation/LiberationSerif-Bold.ttf"),
                    ("DV", "dejavu/DejaVuSans.ttf"), ("DV-B", "dejavu/DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, base + f))
    from reportlab.lib.fonts import addMapping
    for fam in ("LS", "LSe", "DV"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-B")
    _RL_FONTS = True


def to_reportlab(blocks, opts, path):
    _rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib import colors

    fam = {"sans": "LS", "serif": "LSe", "dejavu": "DV"}[opts.get("font", "sans")]
    size = opts.get("size", 10)
    base = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.3, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3)
    cell = ParagraphStyle("c", parent=base, spaceAfter=0)

    def P(t, st=base, **kw):
        s = html.escape(t)
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s).replace("\n", "<br/>")
        if kw:
            st = ParagraphStyle("x", parent=st, **kw)
        return Paragraph(s, st)

    W = A4[0] - 45 * mm
    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(P("**%s**" % b[1].replace("**", ""), base, fontSize=b[2], leading=b[2] * 1.25, spaceAfter=6))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "pc":
            story.append(P(b[1], base, alignment=TA_CENTER))
        elif k == "pr":
            story.append(P(b[1], base, alignment=TA_RIGHT))
        elif k == "small":
            story.append(P(b[1], small))
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            colon = ":" if o.get("colon", True) else ""
            kw = o.get("kw", 0.3)
            data = [[P(("**%s%s**" if o.get("boldkey") else "%s%s") % (kk, colon if kk else ""), cell), P(v, cell)] for kk, v in b[1]]
            t = Table(data, colWidths=[W * kw, W * (1 - kw)])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if o.get("rule"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            n = len(rows[0])
            w = o.get("w") or [1.0 / n] * n
            data = [[P(("**%s**" % c.replace("**", "")) if (i == 0 and o.get("head", True) and c) else c, cell) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[W * x for x in w], repeatRows=1 if o.get("head", True) else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if o.get("head", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 6)]
        elif k == "cols":
            o = b[3] if len(b) > 3 else {}
            lw = o.get("lw", 0.6)
            t = Table([[P("\n".join(b[1]), cell), P("\n".join(b[2]), cell)]], colWidths=[W * lw, W * (1 - lw)])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, Spacer(1, 8)]
        elif k == "rule":
            t = Table([[""]], colWidths=[W], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
            story += [t, Spacer(1, 6)]
        elif k == "sp":
            story.append(Spacer(1, 12 * b[1]))
        elif k == "box":
            t = Table([[[P(x, cell) for x in b[1]]]], colWidths=[W])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 8)]
        elif k == "page":
            story.append(PageBreak())

    def deco(c, doc):
        c.saveState()
        c.setFont(fam, 7.5)
        if opts.get("header"):
            c.drawString(25 * mm, A4[1] - 12 * mm, opts["header"])
        if opts.get("footer"):
            c.drawString(25 * mm, 10 * mm, opts["footer"])
        if opts.get("pagenum", True):
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, "Seite %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=opts.get("title", ""), author=opts.get("author", ""),
                            creator=opts.get("creator", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- PostScript (hand-written, Ghostscript)
PS_REPL = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "…": "...", "€": "EUR", "☒": "[x]", "☐": "[ ]"}


def ps_str(t):
    for a, b in PS_REPL.items():
        t = t.replace(a, b)
    t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return t


def wrap(t, width_chars):
    words = t.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width_chars and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines or [""]


def to_ps(blocks, opts, path):
    """Minimal line-layout PostScript, Helvetica/Times re-encoded to ISOLatin1."""
    serif = opts.get("font") == "serif"
    R, B = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    size = opts.get("size", 10)
    cw = size * (0.47 if serif else 0.5)  # average char width
    left, right, top, bottom = 70, 540, 780, 60
    maxc = int((right - left) / cw)
    pages = [[]]
    y = [top]

    def newpage():
        pages.append([])
        y[0] = top

    def line(x, text, font=R, sz=size, lead=None, align="l"):
        lead = lead or sz * 1.3
        if y[0] - lead < bottom:
            newpage()
        y[0] -= lead
        s = ps_str(text.replace("**", ""))
        if align == "l":
            pages[-1].append(f"/{font}-L {sz} selectfont {x:.1f} {y[0]:.1f} moveto ({s}) show")
        elif align == "c":
            pages[-1].append(f"/{font}-L {sz} selectfont ({s}) stringwidth pop 2 div {(left + right) / 2:.1f} exch sub {y[0]:.1f} moveto ({s}) show")
        else:
            pages[-1].append(f"/{font}-L {sz} selectfont ({s}) stringwidth pop {right:.1f} exch sub {y[0]:.1f} moveto ({s}) show")

    def para(text, font=R, sz=size, align="l", x=left, width=None):
        width = width or maxc
        for ln in text.split("\n"):
            isb = ln.startswith("**") and ln.endswith("**")
            for w in wrap(ln, int(width * size / sz)):
                line(x, w, B if (isb or font == B) else R, sz, align=align)
        y[0] -= sz * 0.45

    for b in blocks:
        k = b[0]
        if k == "h":
            para(b[1], B, b[2])
        elif k == "p":
            para(b[1])
        elif k == "pc":
            para(b[1], align="c")
        elif k == "pr":
            para(b[1], align="r")
        elif k == "small":
            para(b[1], sz=size - 2)
        elif k in ("kv", "table"):
            if k == "kv":
                o = b[2] if len(b) > 2 else {}
                colon = ":" if o.get("colon", True) else ""
                rows = [[kk + (colon if kk else ""), v] for kk, v in b[1]]
                w = [o.get("kw", 0.3), 1 - o.get("kw", 0.3)]
                head = False
            else:
                o = b[2] if len(b) > 2 else {}
                rows = b[1]
                w = o.get("w") or [1.0 / len(rows[0])] * len(rows[0])
                head = o.get("head", True)
            for i, r in enumerate(rows):
                cells = [wrap(c.replace("**", ""), max(4, int(w[j] * maxc * 0.86) - 2)) for j, c in enumerate(r)]
                n = max(len(c) for c in cells)
                if y[0] - n * size * 1.3 < bottom:
                    newpage()
                y0 = y[0]
                for li in range(n):
                    y[0] -= size * 1.3
                    x = left
                    for j, c in enumerate(cells):
                        if li < len(c):
                            f = B if ((head and i == 0) or (k == "kv" and j == 0 and o.get("boldkey")) or r[j].startswith("**")) else R
                            pages[-1].append(f"/{f}-L {size} selectfont {x + 2:.1f} {y[0]:.1f} moveto ({ps_str(c[li])}) show")
                        x += w[j] * (right - left)
                if k == "table" or o.get("rule"):
                    yb = y[0] - size * 0.4
                    pages[-1].append(f"0.5 setlinewidth {left} {y0:.1f} moveto {right} {y0:.1f} lineto {left} {yb:.1f} moveto {right} {yb:.1f} lineto stroke")
                    x = left
                    for j in range(len(w) + 1):
                        pages[-1].append(f"{x:.1f} {y0:.1f} moveto {x:.1f} {yb:.1f} lineto stroke")
                        if j < len(w):
                            x += w[j] * (right - left)
                    y[0] = yb
            y[0] -= size * 0.8
        elif k == "cols":
            o = b[3] if len(b) > 3 else {}
            lw = o.get("lw", 0.6)
            y0 = y[0]
            for ln in b[1]:
                line(left, ln, B if ln.startswith("**") else R)
            y1 = y[0]
            y[0] = y0
            for ln in b[2]:
                line(left + lw * (right - left), ln, B if ln.startswith("**") else R)
            y[0] = min(y1, y[0]) - size
        elif k == "rule":
            y[0] -= 4
            pages[-1].append(f"0.8 setlinewidth {left} {y[0]:.1f} moveto {right} {y[0]:.1f} lineto stroke")
            y[0] -= 6
        elif k == "sp":
            y[0] -= 12 * b[1]
        elif k == "box":
            y0 = y[0]
            y[0] -= 4
            for x in b[1]:
                para(x, x=left + 6, width=maxc - 3)
            pages[-1].append(f"0.8 setlinewidth {left} {y0:.1f} {right - left} {y[0] - y0 - 2:.1f} rectstroke")
            y[0] -= 8
        elif k == "page":
            newpage()

    fonts = ""
    for f in (R, B):
        fonts += (f"/{f} findfont dup length dict begin {{1 index /FID ne {{def}} {{pop pop}} ifelse}} forall "
                  f"/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end /{f}-L exch definefont pop\n")
    out = ["%!PS-Adobe-3.0", f"%%Title: {ps_str(opts.get('title', ''))}", f"%%Creator: {opts.get('creator', 'dvsys')}",
           f"%%Pages: {len(pages)}", "%%EndComments", fonts]
    for i, pg in enumerate(pages, 1):
        out.append(f"%%Page: {i} {i}")
        out += pg
        if opts.get("footer"):
            out.append(f"/{R}-L 7 selectfont {left} 35 moveto ({ps_str(opts['footer'])}) show")
        if opts.get("pagenum", True):
            s = ps_str(f"Seite {i} von {len(pages)}")
            out.append(f"/{R}-L 7 selectfont ({s}) stringwidth pop {right} exch sub 35 moveto ({s}) show")
        out.append("showpage")
    out.append("%%EOF")
    with open(path, "w", encoding="latin-1") as f:
        f.write("\n".join(out) + "\n")


def ps2pdf(ps, pdf):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                    f"-sOutputFile={pdf}", ps], check=True, timeout=120)
