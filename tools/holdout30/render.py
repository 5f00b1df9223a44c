"""Render a paper (list of blocks) with one of four real producers.

Blocks (tuples):
  ("lh", [lines], align)        letterhead lines (first line bold), align l/c/r
  ("h1", text)                  large bold heading
  ("b", text)                   bold paragraph
  ("p", text)                   paragraph
  ("s", text)                   small paragraph
  ("r", text)                   right-aligned paragraph
  ("kv", [(k, v), ...], ruled)  key/value table
  ("grid", [head], [[row]], ruled)  table with a header row
  ("cols", [left lines], [right lines])  two-column head (no rules)
  ("hr",)                       horizontal rule
  ("sp",)                       vertical space
  ("pb",)                       page break
Paper options: font ("sans"/"serif"), header (str or None), footer (str with {page}/{pages} or None).
"""
import html
import os
import subprocess
import tempfile

FONT_CSS = {"sans": "'Liberation Sans', Arial, sans-serif", "serif": "'Liberation Serif', serif",
            "dejavu": "'DejaVu Sans', sans-serif"}


def _bold_first(lines):
    return lines


# ---------------------------------------------------------------- Chromium (HTML)
def to_html(p):
    css = f"""
    @page {{ size: A4; margin: 20mm 18mm 22mm 22mm; }}
    body {{ font-family: {FONT_CSS[p.get('font', 'sans')]}; font-size: 10.5pt; line-height: 1.35; }}
    h1 {{ font-size: 15pt; margin: 6pt 0 8pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    .s {{ font-size: 8.5pt; color: #333; }}
    .r {{ text-align: right; }}
    table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }}
    td, th {{ vertical-align: top; padding: 2pt 4pt; text-align: left; font-size: 10pt; }}
    table.ruled td, table.ruled th {{ border: 0.6pt solid #555; }}
    th {{ background: #e6e6e6; }}
    td.k {{ width: 32%; font-weight: bold; }}
    .lh {{ margin-bottom: 10pt; }}
    .foot {{ position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 8pt; color: #444;
             border-top: 0.5pt solid #888; padding-top: 2pt; }}
    .head {{ position: fixed; top: -14mm; left: 0; right: 0; font-size: 8pt; color: #444; }}
    .pb {{ page-break-after: always; }}
    """
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>{css}{p.get('css', '')}</style></head><body>"]
    e = html.escape
    npages = 1 + sum(1 for b in p["blocks"] if b[0] == "pb")
    pg = [1]

    def foot():
        if p.get("footer"):
            out.append("<div style='margin-top:18pt' class='s'>" + e(p["footer"].replace("{page}", str(pg[0])).replace("{pages}", str(npages))) + "</div>")
    if p.get("header"):
        out.append(f"<div class='s r'>{e(p['header'])}</div>")
    for b in p["blocks"]:
        t = b[0]
        if t == "lh":
            al = {"l": "left", "c": "center", "r": "right"}[b[2]]
            ls = b[1]
            out.append(f"<div class='lh' style='text-align:{al}'><b style='font-size:13pt'>{e(ls[0])}</b><br>"
                       + "<br>".join(e(x) for x in ls[1:]) + "</div>")
        elif t == "h1":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "b":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "s":
            out.append(f"<p class='s'>{e(b[1])}</p>")
        elif t == "r":
            out.append(f"<p class='r'>{e(b[1])}</p>")
        elif t == "kv":
            cls = "ruled" if b[2] else ""
            rows = "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in b[1])
            out.append(f"<table class='{cls}'>{rows}</table>")
        elif t == "grid":
            cls = "ruled" if b[3] else ""
            head = "".join(f"<th>{e(h)}</th>" for h in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
            out.append(f"<table class='{cls}'><tr>{head}</tr>{rows}</table>")
        elif t == "cols":
            left = "<br>".join(e(x) for x in b[1])
            right = "<br>".join(e(x) for x in b[2])
            out.append(f"<table><tr><td style='width:58%'>{left}</td><td>{right}</td></tr></table>")
        elif t == "hr":
            out.append("<hr>")
        elif t == "sp":
            out.append("<div style='height:14pt'></div>")
        elif t == "pb":
            foot()
            pg[0] += 1
            out.append("<div class='pb'></div>")
    foot()
    out.append("</body></html>")
    return "".join(out)


def render_chromium(p, pdf):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(p))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={os.path.abspath(pdf)}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- LibreOffice (.docx)
def render_docx(p, pdf):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Mm
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if p.get("font") == "serif" else "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(25), Mm(18), Mm(20), Mm(20)
    if p.get("header"):
        sec.header.paragraphs[0].text = p["header"]
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if p.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = p["footer"].replace("{page}", "").replace("{pages}", "")
        fp.runs[0].font.size = Pt(8)
    al = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}

    def para(text, bold=False, size=None, align=None):
        q = doc.add_paragraph()
        r = q.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            q.alignment = align
        q.paragraph_format.space_after = Pt(4)
        return q

    def table(rows, ruled, boldcol0=False, head=False):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        if ruled:
            t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(v)
                run.font.size = Pt(10)
                if (boldcol0 and j == 0) or (head and i == 0):
                    run.bold = True
        doc.add_paragraph()

    for b in p["blocks"]:
        t = b[0]
        if t == "lh":
            q = para(b[1][0], bold=True, size=13, align=al[b[2]])
            for x in b[1][1:]:
                para(x, size=9, align=al[b[2]])
        elif t == "h1":
            para(b[1], bold=True, size=15)
        elif t == "b":
            para(b[1], bold=True)
        elif t == "p":
            para(b[1])
        elif t == "s":
            para(b[1], size=8.5)
        elif t == "r":
            para(b[1], align=al["r"])
        elif t == "kv":
            table([list(r) for r in b[1]], b[2], boldcol0=True)
        elif t == "grid":
            table([list(b[1])] + [list(r) for r in b[2]], b[3], head=True)
        elif t == "cols":
            n = max(len(b[1]), len(b[2]))
            table([[b[1][i] if i < len(b[1]) else "", b[2][i] if i < len(b[2]) else ""] for i in range(n)], False)
        elif t == "hr":
            para("_" * 70)
        elif t == "sp":
            para("")
        elif t == "pb":
            doc.add_page_break()
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.splitext(os.path.basename(pdf))[0] + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{d}/lo", "--convert-to", "pdf",
                        "--outdir", d, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(src[:-5] + ".pdf", pdf)


# ---------------------------------------------------------------- ReportLab
def render_reportlab(p, pdf):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.platypus.flowables import HRFlowable
    dj = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", dj + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", dj + "DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    fn = "DV"
    base = ParagraphStyle("n", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=4)
    e = html.escape
    sty = {
        "p": base,
        "b": ParagraphStyle("b", parent=base, fontName="DVB"),
        "h1": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=14, leading=18, spaceAfter=8),
        "s": ParagraphStyle("s", parent=base, fontSize=7.5, leading=9.5),
        "r": ParagraphStyle("r", parent=base, alignment=2),
    }
    cell = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    W = A4[0] - 44 * mm
    story = []
    for b in p["blocks"]:
        t = b[0]
        if t == "lh":
            al = {"l": 0, "c": 1, "r": 2}[b[2]]
            story.append(Paragraph(e(b[1][0]), ParagraphStyle("lh0", parent=sty["h1"], fontSize=12.5, alignment=al, spaceAfter=1)))
            for x in b[1][1:]:
                story.append(Paragraph(e(x), ParagraphStyle("lh1", parent=sty["s"], alignment=al, spaceAfter=0)))
            story.append(Spacer(1, 8))
        elif t in sty:
            story.append(Paragraph(e(b[1]), sty[t]))
        elif t == "kv":
            data = [[Paragraph(e(k), cellb), Paragraph(e(v), cell)] for k, v in b[1]]
            tb = Table(data, colWidths=[W * 0.3, W * 0.7])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[2]:
                ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
            tb.setStyle(TableStyle(ts))
            story += [tb, Spacer(1, 6)]
        elif t == "grid":
            data = [[Paragraph(e(h), cellb) for h in b[1]]] + [[Paragraph(e(c), cell) for c in r] for r in b[2]]
            tb = Table(data, colWidths=[W / len(b[1])] * len(b[1]) if not p.get("gridw") else [W * x for x in p["gridw"]])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[3]:
                ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]
            else:
                ts += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
            tb.setStyle(TableStyle(ts))
            story += [tb, Spacer(1, 6)]
        elif t == "cols":
            n = max(len(b[1]), len(b[2]))
            data = [[Paragraph(e(b[1][i]) if i < len(b[1]) else "", cell), Paragraph(e(b[2][i]) if i < len(b[2]) else "", cell)] for i in range(n)]
            tb = Table(data, colWidths=[W * 0.58, W * 0.42])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, -1), 0.5, colors.grey)]))
            story += [tb, Spacer(1, 8)]
        elif t == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=6))
        elif t == "sp":
            story.append(Spacer(1, 14))
        elif t == "pb":
            story.append(PageBreak())

    footer, header = p.get("footer"), p.get("header")

    class Doc(SimpleDocTemplate):
        pass

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if footer:
            c.drawString(22 * mm, 12 * mm, footer.replace("{page}", str(d.page)).replace("{pages}", str(p["_pages"])))
        if header:
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 12 * mm, header)
        c.restoreState()

    # two passes for "{pages}"
    import io
    p["_pages"] = 1
    for _ in range(2):
        buf = io.BytesIO()
        d = Doc(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                title=p.get("pdf_title", ""), author="")
        d.build(list(story), onFirstPage=deco, onLaterPages=deco)
        p["_pages"] = d.page
    with open(pdf, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- Ghostscript (hand-written PostScript)
PS_SUBST = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "€": "EUR",
            "☒": "[x]", "☐": "[ ]", "…": "...", "•": "-", "\u00a0": " "}


def ps_safe(s):
    if s is None:
        return None
    for a, b in PS_SUBST.items():
        s = s.replace(a, b)
    return s


def _wrap(text, size, width):
    # rough Helvetica width: 0.52 em per char
    maxc = max(10, int(width / (size * 0.52)))
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + (1 if cur else 0) > maxc:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


def _pss(s):
    s = ps_safe(s)
    b = s.encode("latin-1")
    out = []
    for ch in b:
        if ch in (40, 41, 92):
            out.append("\\" + chr(ch))
        elif ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def render_gs(p, pdf):
    L, R, TOP, BOT = 70, 525, 780, 70
    W = R - L
    fam = "Times" if p.get("font") == "serif" else "Helvetica"
    F, FB = fam + ("-Roman" if fam == "Times" else ""), fam + "-Bold"
    pages, ops = [], []
    y = [TOP]

    def need(h):
        if y[0] - h < BOT:
            pages.append(list(ops)); ops.clear(); y[0] = TOP

    def text(x, s, size=10, bold=False, right=False, center=False):
        f = "FB" if bold else "F"
        if right:
            ops.append(f"/{f} {size} selectfont {_pss(s)} dup stringwidth pop {x} exch sub {y[0]} moveto show")
        elif center:
            ops.append(f"/{f} {size} selectfont {_pss(s)} dup stringwidth pop 2 div {x} exch sub {y[0]} moveto show")
        else:
            ops.append(f"/{f} {size} selectfont {x} {y[0]} moveto {_pss(s)} show")

    def para(s, size=10, bold=False, x=L, width=W, gap=4):
        for ln in _wrap(s, size, width):
            need(size * 1.3)
            y[0] -= size * 1.3
            text(x, ln, size, bold)
        y[0] -= gap

    for b in p["blocks"]:
        t = b[0]
        if t == "lh":
            for i, s in enumerate(b[1]):
                size = 13 if i == 0 else 8.5
                need(size * 1.3); y[0] -= size * 1.3
                if b[2] == "r":
                    text(R, s, size, i == 0, right=True)
                elif b[2] == "c":
                    text((L + R) / 2, s, size, i == 0, center=True)
                else:
                    text(L, s, size, i == 0)
            y[0] -= 10
        elif t == "h1":
            para(b[1], 14, True, gap=8)
        elif t == "b":
            para(b[1], 10, True)
        elif t == "p":
            para(b[1], 10)
        elif t == "s":
            para(b[1], 8)
        elif t == "r":
            need(13); y[0] -= 13; text(R, b[1], 10, right=True); y[0] -= 4
        elif t == "kv":
            for k, v in b[1]:
                vl = _wrap(v, 10, W - 150)
                need(13 * len(vl))
                y0 = y[0]
                y[0] -= 13
                text(L, k, 10, True)
                for i, ln in enumerate(vl):
                    if i:
                        y[0] -= 13
                    text(L + 150, ln, 10)
                if b[2]:
                    ops.append(f"0.5 setlinewidth {L-3} {y[0]-4} moveto {R} {y[0]-4} lineto stroke")
                y[0] -= 3
            y[0] -= 6
        elif t == "grid":
            n = len(b[1])
            ws = p.get("gridw") or [1 / n] * n
            xs = [L]
            for w in ws[:-1]:
                xs.append(xs[-1] + w * W)
            rows = [b[1]] + b[2]
            for ri, r in enumerate(rows):
                cl = [_wrap(c, 9, ws[j] * W - 6) for j, c in enumerate(r)]
                h = max(len(c) for c in cl)
                need(12 * h + 4)
                top = y[0]
                for j, c in enumerate(cl):
                    y[0] = top
                    for ln in c:
                        y[0] -= 12
                        text(xs[j] + 2, ln, 9, ri == 0)
                y[0] = top - 12 * h - 3
                if b[3] or ri == 0:
                    ops.append(f"0.5 setlinewidth {L} {y[0]} moveto {R} {y[0]} lineto stroke")
            y[0] -= 8
        elif t == "cols":
            n = max(len(b[1]), len(b[2]))
            need(12 * n)
            for i in range(n):
                y[0] -= 12
                if i < len(b[1]):
                    text(L, b[1][i], 9, i == 0)
                if i < len(b[2]):
                    text(L + W * 0.6, b[2][i], 9)
            y[0] -= 10
        elif t == "hr":
            y[0] -= 4
            ops.append(f"0.7 setlinewidth {L} {y[0]} moveto {R} {y[0]} lineto stroke")
            y[0] -= 8
        elif t == "sp":
            y[0] -= 14
        elif t == "pb":
            pages.append(list(ops)); ops.clear(); y[0] = TOP
    pages.append(list(ops))
    n = len(pages)
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {n}", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          f"/F /{F} reenc /FB /{FB} reenc"]
    for i, ops_ in enumerate(pages, 1):
        ps.append(f"%%Page: {i} {i}")
        ps.append("<< /PageSize [595 842] >> setpagedevice")
        ps += ops_
        if p.get("footer"):
            s = p["footer"].replace("{page}", str(i)).replace("{pages}", str(n))
            ps.append(f"/F 7.5 selectfont {L} 40 moveto {_pss(s)} show")
        if p.get("header") and i > 1:
            ps.append(f"/F 7.5 selectfont {_pss(p['header'])} dup stringwidth pop {R} exch sub 805 moveto show")
        ps.append("showpage")
    ps.append("%%EOF")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.ps")
        with open(src, "w", encoding="latin-1") as f:
            f.write("\n".join(ps))
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
                        f"-sOutputFile={pdf}", src], check=True)


RENDER = {"chromium": render_chromium, "libreoffice-docx": render_docx, "reportlab": render_reportlab,
          "ghostscript": render_gs}
