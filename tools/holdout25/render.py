"""Render one paper (a list of blocks) with one of four real producers.

Blocks: ("t", text[, size]) bold heading; ("p", text) paragraph with <b>..</b>;
("r", text) right-aligned line; ("c", text) centred line; ("s", text) small line;
("kv", [(k, v), ...], border) key table; ("tb", rows, widths, border) table, first row header;
("cols", [lines], [lines]) two-column head; ("hr",) rule; ("sp", mm) space; ("pb",) page break.
Paper keys: blocks, header (lines), footer (text, '{p}' = page number where the producer can),
font ('sans'|'serif').
"""
import html, os, re, subprocess, tempfile

def strip(t):
    return re.sub(r"</?b>", "", t)

# ---------------------------------------------------------------- Chromium
def to_html(paper):
    fam = "'Liberation Serif', serif" if paper.get("font") == "serif" else "'Liberation Sans', Arial, sans-serif"
    css = f"""@page {{ size: A4; margin: 20mm 18mm 14mm 24mm; }}
body {{ font-family: {fam}; font-size: 10.5pt; line-height: 1.35; }}
h1 {{ font-size: 14pt; margin: 6pt 0; }} p {{ margin: 0 0 6pt 0; }}
table {{ border-collapse: collapse; margin: 4pt 0 8pt 0; width: 100%; }}
td, th {{ vertical-align: top; padding: 2pt 4pt; text-align: left; }}
table.b td, table.b th {{ border: 0.6pt solid #444; }} th {{ background: #e8e8e8; }}
.r {{ text-align: right; }} .c {{ text-align: center; }} .s {{ font-size: 8.5pt; color: #333; }}
.hdr {{ border-bottom: 0.6pt solid #000; margin-bottom: 8pt; padding-bottom: 4pt; }}
.ftr {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 8pt; color: #444; border-top: 0.4pt solid #888; }}
.pb {{ page-break-after: always; }}"""
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if paper.get("footer"):
        out.append(f"<div class='ftr'>{fmt(paper['footer'].replace('{p}', ''))}</div>")
    if paper.get("header"):
        out.append("<div class='hdr'>" + "<br>".join(fmt(l) for l in paper["header"]) + "</div>")
    for b in paper["blocks"]:
        out.append(html_block(b))
    out.append("</body></html>")
    return "\n".join(out)

def fmt(t):
    return html.escape(t).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>").replace("\n", "<br>")

def html_block(b):
    k = b[0]
    if k == "t":
        sz = b[2] if len(b) > 2 else 14
        return f"<h1 style='font-size:{sz}pt'>{fmt(b[1])}</h1>"
    if k == "p": return f"<p>{fmt(b[1])}</p>"
    if k == "r": return f"<p class='r'>{fmt(b[1])}</p>"
    if k == "c": return f"<p class='c'>{fmt(b[1])}</p>"
    if k == "s": return f"<p class='s'>{fmt(b[1])}</p>"
    if k == "hr": return "<hr style='border:0;border-top:0.6pt solid #000'>"
    if k == "sp": return f"<div style='height:{b[1]}mm'></div>"
    if k == "pb": return "<div class='pb'></div>"
    if k == "kv":
        cls = "b" if (len(b) > 2 and b[2]) else ""
        rows = "".join(f"<tr><td style='width:32%'><b>{fmt(a)}</b></td><td>{fmt(v)}</td></tr>" for a, v in b[1])
        return f"<table class='{cls}'>{rows}</table>"
    if k == "tb":
        rows, widths = b[1], b[2]
        cls = "b" if (len(b) > 3 and b[3]) else ""
        h = "".join(f"<th style='width:{w}%'>{fmt(c)}</th>" for c, w in zip(rows[0], widths))
        body = "".join("<tr>" + "".join(f"<td>{fmt(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table class='{cls}'><tr>{h}</tr>{body}</table>"
    if k == "cols":
        l = "<br>".join(fmt(x) for x in b[1]); r = "<br>".join(fmt(x) for x in b[2])
        return f"<table><tr><td style='width:58%'>{l}</td><td>{r}</td></tr></table>"
    raise ValueError(k)

def chromium(paper, pdf):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.html")
        open(src, "w", encoding="utf-8").write(to_html(paper))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", "file://" + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- LibreOffice (.docx via python-docx)
def docx(paper, pdf):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(18), Mm(20), Mm(20)
    font = "Liberation Serif" if paper.get("font") == "serif" else "Liberation Sans"
    if paper.get("boxes"): font = "DejaVu Sans"
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(5)

    def runs(par, text, size=None, bold=False):
        for i, part in enumerate(re.split(r"(<b>.*?</b>)", text)):
            if not part: continue
            b = part.startswith("<b>")
            r = par.add_run(strip(part)); r.bold = b or bold
            if size: r.font.size = Pt(size)

    def page_field(par):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    def borders(tbl, on):
        tbl.style = doc.styles["Table Grid"] if on else None

    if paper.get("header"):
        hp = sec.header.paragraphs[0]
        for i, l in enumerate(paper["header"]):
            if i: hp.add_run().add_break()
            runs(hp, l, size=9)
    if paper.get("footer"):
        fp = sec.footer.paragraphs[0]
        a, _, z = paper["footer"].partition("{p}")
        runs(fp, a, size=8)
        if _: page_field(fp); runs(fp, z, size=8)
    for b in paper["blocks"]:
        k = b[0]
        if k in ("t", "p", "r", "c", "s"):
            par = doc.add_paragraph()
            if k == "t": runs(par, b[1], size=b[2] if len(b) > 2 else 14, bold=True)
            elif k == "s": runs(par, b[1], size=8.5)
            else: runs(par, b[1])
            if k == "r": par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == "c": par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "hr":
            par = doc.add_paragraph(); pPr = par._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
            for a, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")): bot.set(qn(a), v)
            bdr.append(bot); pPr.append(bdr)
        elif k == "sp":
            par = doc.add_paragraph(); par.paragraph_format.space_after = Pt(b[1] * 2)
        elif k == "pb":
            doc.add_page_break()
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2); borders(t, len(b) > 2 and b[2])
            for a, v in b[1]:
                c = t.add_row().cells
                runs(c[0].paragraphs[0], a, bold=True); runs(c[1].paragraphs[0], v)
                c[0].width, c[1].width = Mm(50), Mm(117)
            doc.add_paragraph()
        elif k == "tb":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=0, cols=len(rows[0])); borders(t, len(b) > 3 and b[3])
            for i, r in enumerate(rows):
                c = t.add_row().cells
                for j, v in enumerate(r):
                    runs(c[j].paragraphs[0], v, bold=(i == 0)); c[j].width = Mm(167 * widths[j] / 100)
            doc.add_paragraph()
        elif k == "cols":
            t = doc.add_table(rows=1, cols=2); c = t.rows[0].cells
            for cell, lines, w in ((c[0], b[1], 97), (c[1], b[2], 70)):
                cell.width = Mm(w); p = cell.paragraphs[0]
                for i, l in enumerate(lines):
                    if i: p.add_run().add_break()
                    runs(p, l)
            doc.add_paragraph()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.basename(pdf)[:-4] + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{d}/lo", "--convert-to", "pdf",
                        "--outdir", d, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(src[:-5] + ".pdf", pdf)

# ---------------------------------------------------------------- ReportLab
_rl_fonts = False
def reportlab(paper, pdf):
    global _rl_fonts
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, HRFlowable
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if not _rl_fonts:
        D = "/usr/share/fonts/truetype/dejavu/"
        pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DV-B", D + "DejaVuSans-Bold.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DV-B")
        _rl_fonts = True
    fn = "DV" if paper.get("boxes") else ("Times-Roman" if paper.get("font") == "serif" else "Helvetica")
    base = ParagraphStyle("b", fontName=fn, fontSize=10, leading=13.5, spaceAfter=5)
    def P(t, **kw):
        s = ParagraphStyle("x", parent=base, **kw)
        return Paragraph(fmt(t).replace("<br>", "<br/>"), s)
    story = []
    W = A4[0] - 45 * mm
    for b in paper["blocks"]:
        k = b[0]
        if k == "t": story.append(P("<b>%s</b>" % b[1] if "<b>" not in b[1] else b[1], fontSize=b[2] if len(b) > 2 else 14, leading=(b[2] if len(b) > 2 else 14) + 3))
        elif k == "p": story.append(P(b[1]))
        elif k == "r": story.append(P(b[1], alignment=2))
        elif k == "c": story.append(P(b[1], alignment=1))
        elif k == "s": story.append(P(b[1], fontSize=8, leading=10))
        elif k == "hr": story.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=4))
        elif k == "sp": story.append(Spacer(1, b[1] * mm))
        elif k == "pb": story.append(PageBreak())
        elif k == "kv":
            data = [[P("<b>%s</b>" % a, spaceAfter=0), P(v, spaceAfter=0)] for a, v in b[1]]
            t = Table(data, colWidths=[0.32 * W, 0.68 * W])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if len(b) > 2 and b[2]: st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            t.setStyle(TableStyle(st)); story += [t, Spacer(1, 3 * mm)]
        elif k == "tb":
            rows, widths = b[1], b[2]
            data = [[P(("<b>%s</b>" % c) if i == 0 else c, spaceAfter=0, fontSize=9.5) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[W * w / 100 for w in widths], repeatRows=1)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            if len(b) > 3 and b[3]: st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            t.setStyle(TableStyle(st)); story += [t, Spacer(1, 3 * mm)]
        elif k == "cols":
            t = Table([[[P(x, spaceAfter=1) for x in b[1]], [P(x, spaceAfter=1) for x in b[2]]]], colWidths=[0.58 * W, 0.42 * W])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])); story += [t, Spacer(1, 3 * mm)]
        else:
            raise ValueError(k)
    def deco(c, d):
        c.saveState()
        if paper.get("header"):
            c.setFont(fn, 8.5); y = A4[1] - 12 * mm
            for l in paper["header"]:
                c.drawString(25 * mm, y, strip(l)); y -= 10
        if paper.get("footer"):
            c.setFont(fn, 8); c.drawString(25 * mm, 12 * mm, strip(paper["footer"]).replace("{p}", str(d.page)))
        c.restoreState()
    top = 20 * mm + (len(paper.get("header", [])) * 10 if paper.get("header") else 0)
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=top, bottomMargin=22 * mm,
                            title=strip(paper.get("doc_title", "")), author=paper.get("author", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- Ghostscript from hand-written PostScript
def ps_escape(t):
    t = strip(t).replace("–", "-").replace("„", '"').replace("“", '"').replace("”", '"').replace("☒", "[x]").replace("☐", "[ ]").replace("€", "EUR").replace("’", "'")
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "()\\": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        elif o < 256: out.append("\\%03o" % o)
        else: raise ValueError("not latin-1: %r in %r" % (ch, t))
    return "".join(out)

def ps_text(t):
    return strip(t).replace("–", "-").replace("„", '"').replace("“", '"').replace("”", '"').replace("☒", "[x]").replace("☐", "[ ]").replace("€", "EUR").replace("’", "'")

def postscript(paper, pdf):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    serif = paper.get("font") == "serif"
    R, B = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    L, RM, TOP, BOT = 70.0, 540.0, 790.0, 70.0
    pages, cur = [], []
    y = [TOP]
    def newpage():
        pages.append(cur[:]); cur.clear(); y[0] = TOP
    def need(h):
        if y[0] - h < BOT: newpage()
    def wrap(t, font, size, width):
        words, lines, line = ps_text(t).split(" "), [], ""
        for w in words:
            cand = (line + " " + w).strip()
            if stringWidth(cand, font, size) <= width or not line: line = cand
            else: lines.append(line); line = w
        if line: lines.append(line)
        return lines or [""]
    def show(x, yy, t, font, size, align="l", width=0):
        fname = "/FB" if font == B else "/FR"
        if align == "r": x = x + width - stringWidth(ps_text(t), font, size)
        if align == "c": x = x + (width - stringWidth(ps_text(t), font, size)) / 2
        cur.append(f"{fname} {size} selectfont {x:.1f} {yy:.1f} moveto ({ps_escape(t)}) show")
    def isbold(t): return t.startswith("<b>") and t.endswith("</b>")
    def para(t, size=10.5, align="l", lead=1.35, after=5, font=None):
        opened = False
        for seg in t.split("\n"):
            starts = seg.startswith("<b>") or opened
            opened = (opened or "<b>" in seg) and not seg.rstrip().endswith("</b>") and seg.count("<b>") >= seg.count("</b>") and starts
            f = font or (B if starts and ("</b>" not in seg or seg.rstrip().endswith("</b>")) and strip(seg) == strip(seg) else R)
            if starts and "</b>" in seg and not seg.rstrip().endswith("</b>"): f = font or R
            for ln in wrap(seg, f, size, RM - L):
                need(size * lead); y[0] -= size * lead; show(L, y[0], ln, f, size, align, RM - L)
        y[0] -= after
    def table(rows, widths, border, headbold=True):
        xs = [L]
        for w in widths: xs.append(xs[-1] + (RM - L) * w / 100)
        for i, r in enumerate(rows):
            cells = []
            for j, c in enumerate(r):
                f = B if ((i == 0 and headbold) or isbold(c)) else R
                cells.append((wrap(c, f, 9.5, xs[j + 1] - xs[j] - 6), f))
            h = max(len(c[0]) for c in cells) * 12.5 + 5
            need(h)
            top = y[0]
            for j, (lines, f) in enumerate(cells):
                yy = top - 2
                for ln in lines:
                    yy -= 12.5; show(xs[j] + 3, yy, ln, f, 9.5)
            if border:
                cur.append(f"0.5 setlinewidth newpath {xs[0]:.1f} {top:.1f} moveto {xs[-1]:.1f} {top:.1f} lineto {xs[-1]:.1f} {top-h:.1f} lineto {xs[0]:.1f} {top-h:.1f} closepath stroke")
                for x in xs[1:-1]: cur.append(f"newpath {x:.1f} {top:.1f} moveto {x:.1f} {top-h:.1f} lineto stroke")
            y[0] = top - h
        y[0] -= 8
    for b in paper["blocks"]:
        k = b[0]
        if k == "t": para(b[1], size=b[2] if len(b) > 2 else 14, font=B, after=6)
        elif k == "p": para(b[1])
        elif k == "r": para(b[1], align="r")
        elif k == "c": para(b[1], align="c")
        elif k == "s": para(b[1], size=8, after=2)
        elif k == "hr":
            need(8); y[0] -= 5; cur.append(f"0.6 setlinewidth newpath {L} {y[0]:.1f} moveto {RM} {y[0]:.1f} lineto stroke"); y[0] -= 5
        elif k == "sp": y[0] -= b[1] * 2.83
        elif k == "pb": newpage()
        elif k == "kv": table([["<b>%s</b>" % a, v] for a, v in b[1]], [32, 68], len(b) > 2 and b[2], headbold=False)
        elif k == "tb": table(b[1], b[2], len(b) > 3 and b[3])
        elif k == "cols":
            top = y[0]; yl = top
            for ln in b[1]:
                for w in wrap(ln, B if isbold(ln) else R, 10, 260):
                    yl -= 13; show(L, yl, w, B if isbold(ln) else R, 10)
            yr = top
            for ln in b[2]:
                for w in wrap(ln, B if isbold(ln) else R, 10, 170):
                    yr -= 13; show(360, yr, w, B if isbold(ln) else R, 10)
            y[0] = min(yl, yr) - 10
        else:
            raise ValueError(k)
    pages.append(cur[:])
    n = len(pages)
    out = ["%!PS-Adobe-3.0", f"%%Pages: {n}", "%%Title: (" + ps_escape(paper.get("doc_title", "")) + ")", "%%EndComments",
           "/Lat ISOLatin1Encoding 256 array copy def Lat 45 /hyphen put",
           "/mk { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding Lat def currentdict end definefont pop } def",
           f"/FR /{R} mk /FB /{B} mk"]
    for i, pg in enumerate(pages, 1):
        out.append(f"%%Page: {i} {i}")
        if paper.get("header"):
            yy = 812
            for l in paper["header"]:
                out.append(f"/FR 8.5 selectfont {L} {yy} moveto ({ps_escape(l)}) show"); yy -= 10
        out += pg
        if paper.get("footer"):
            out.append(f"/FR 8 selectfont {L} 40 moveto ({ps_escape(paper['footer'].replace('{p}', str(i)))}) show")
        out.append("showpage")
    out.append("%%EOF")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.ps")
        open(src, "w", encoding="latin-1").write("\n".join(out) + "\n")
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                        f"-sOutputFile={pdf}", src], check=True)

RENDER = {"chromium": chromium, "libreoffice-docx": docx, "reportlab": reportlab, "ghostscript-ps": postscript}
