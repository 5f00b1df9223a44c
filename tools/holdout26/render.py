"""Render one block list with four real producers.

Blocks (tuples):
  ("title", text)            big bold heading
  ("h", text)                bold section heading
  ("p", text)                paragraph
  ("b", text)                bold paragraph
  ("small", text)            small paragraph
  ("lines", [..])            lines kept as lines
  ("right", [..])            right-aligned lines
  ("kv", [(k, v), ..])       key/value table (keys bold)
  ("grid", header, rows)     ruled table, header bold (header may be None)
  ("head2", [left], [right]) two-column head (letterhead left, keys right)
  ("side", [lines])          grey side column on page 1 (chromium/docx; others: right lines)
  ("pb",)                    page break
Paper options: header, footer (repeated; '{page}' → page number where the producer can),
font ("sans"/"serif").
"""
import html
import os
import subprocess
import tempfile

CHROMIUM = "chromium"


def esc(t):
    return html.escape(t)


# ---------------------------------------------------------------- chromium
def to_html(p):
    font = "'Liberation Serif', serif" if p.get("font") == "serif" else "'Liberation Sans', 'DejaVu Sans', sans-serif"
    css = f"""
@page {{ size: A4; margin: 22mm 20mm 24mm 25mm; }}
body {{ font-family: {font}; font-size: 10.5pt; line-height: 1.3; }}
h1 {{ font-size: 14pt; margin: 8pt 0 6pt 0; }}
h2 {{ font-size: 11pt; margin: 10pt 0 3pt 0; }}
table {{ border-collapse: collapse; }}
table.grid td, table.grid th {{ border: 0.6pt solid #444; padding: 2pt 4pt; font-size: 9.5pt; text-align: left; vertical-align: top; }}
table.kv td {{ padding: 1pt 6pt 1pt 0; vertical-align: top; }}
table.kv td.k {{ font-weight: bold; white-space: nowrap; }}
.small {{ font-size: 8.5pt; }}
.right {{ text-align: right; }}
.hdr {{ position: fixed; top: -14mm; left: 0; right: 0; font-size: 8pt; color: #333; border-bottom: 0.5pt solid #888; }}
.ftr {{ position: fixed; bottom: -16mm; left: 0; right: 0; font-size: 7.5pt; color: #333; border-top: 0.5pt solid #888; }}
.side {{ background: #e8e8e8; font-size: 8.5pt; padding: 6pt; width: 48mm; vertical-align: top; }}
.pb {{ page-break-after: always; }}
"""
    out = [f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if p.get("header"):
        out.append(f"<div class='hdr'>{esc(p['header'])}</div>")
    if p.get("footer"):
        out.append(f"<div class='ftr'>{esc(p['footer'].replace('{page}', ''))}</div>")
    blocks = p["blocks"]
    side = next((b for b in blocks if b[0] == "side"), None)
    body = [html_block(b) for b in blocks if b[0] != "side"]
    if side:
        # side column beside the first blocks up to the first page break
        try:
            cut = [b[0] for b in blocks if b[0] != "side"].index("pb")
        except ValueError:
            cut = len(body)
        first = "".join(body[:cut])
        sidehtml = "<br>".join(esc(x) if x else "&nbsp;" for x in side[1])
        out.append(f"<table style='width:100%'><tr><td style='vertical-align:top;padding-right:10pt'>{first}</td><td class='side'>{sidehtml}</td></tr></table>")
        out.extend(body[cut:])
    else:
        out.extend(body)
    out.append("</body></html>")
    return "\n".join(out)


def html_block(b):
    k = b[0]
    if k == "title":
        return f"<h1>{esc(b[1])}</h1>"
    if k == "h":
        return f"<h2>{esc(b[1])}</h2>"
    if k == "p":
        return f"<p>{esc(b[1])}</p>"
    if k == "b":
        return f"<p><b>{esc(b[1])}</b></p>"
    if k == "small":
        return f"<p class='small'>{esc(b[1])}</p>"
    if k == "lines":
        return "<p>" + "<br>".join(esc(x) for x in b[1]) + "</p>"
    if k == "right":
        return "<p class='right'>" + "<br>".join(esc(x) for x in b[1]) + "</p>"
    if k == "kv":
        rows = "".join(f"<tr><td class='k'>{esc(a)}</td><td>{esc(v)}</td></tr>" for a, v in b[1])
        return f"<table class='kv'>{rows}</table>"
    if k == "grid":
        h = ""
        if b[1]:
            h = "<tr>" + "".join(f"<th>{esc(x)}</th>" for x in b[1]) + "</tr>"
        rows = "".join("<tr>" + "".join(f"<td>{esc(x).replace(chr(10), '<br>')}</td>" for x in r) + "</tr>" for r in b[2])
        return f"<table class='grid' style='width:100%'>{h}{rows}</table>"
    if k == "head2":
        left = "<br>".join(esc(x) for x in b[1])
        right = "<br>".join(esc(x) for x in b[2])
        return f"<table style='width:100%;margin-bottom:10pt'><tr><td style='vertical-align:top'>{left}</td><td style='vertical-align:top;width:42%'>{right}</td></tr></table>"
    if k == "pb":
        return "<div class='pb'></div>"
    raise ValueError(k)


def render_chromium(p, out):
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, "p.html")
        open(f, "w", encoding="utf-8").write(to_html(p))
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", f], check=True, capture_output=True, timeout=120)


# ---------------------------------------------------------------- libreoffice (.docx)
def render_docx(p, out):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if p.get("font") == "serif" else "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(25), Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)

    def add_page_field(par):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    def fill(par, text, size=8):
        if "{page}" in text:
            a, c = text.split("{page}", 1)
            par.add_run(a).font.size = Pt(size)
            add_page_field(par)
            par.add_run(c).font.size = Pt(size)
        else:
            par.add_run(text).font.size = Pt(size)

    if p.get("header"):
        fill(sec.header.paragraphs[0], p["header"])
    if p.get("footer"):
        fill(sec.footer.paragraphs[0], p["footer"])

    def para(text, bold=False, size=None, align=None):
        par = target.add_paragraph()
        r = par.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            par.alignment = align
        par.paragraph_format.space_after = Pt(4)
        return par

    def set_borders(tbl):
        tbl.style = doc.styles["Table Grid"]

    side = next((b for b in p["blocks"] if b[0] == "side"), None)
    if side:
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Mm(115), Mm(50)
        t.columns[0].width, t.columns[1].width = Mm(115), Mm(50)
        c1.paragraphs[0].add_run("\n".join(side[1])).font.size = Pt(8.5)
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "E6E6E6")
        c1._tc.get_or_add_tcPr().append(shd)
        c0.paragraphs[0].add_run(" ")
        target = c0
    else:
        target = doc

    for b in p["blocks"]:
        k = b[0]
        if k == "side":
            continue
        if k == "title":
            para(b[1], True, 14)
        elif k == "h":
            para(b[1], True, 11)
        elif k == "p":
            para(b[1])
        elif k == "b":
            para(b[1], True)
        elif k == "small":
            para(b[1], size=8.5)
        elif k == "lines":
            para("\n".join(b[1]))
        elif k == "right":
            para("\n".join(b[1]), align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            for a, v in b[1]:
                c = t.add_row().cells
                c[0].width, c[1].width = Mm(45), Mm(120)
                c[0].paragraphs[0].add_run(a).bold = True
                c[1].paragraphs[0].add_run(v)
            t.columns[0].width, t.columns[1].width = Mm(45), Mm(120)
            doc.add_paragraph()
        elif k == "grid":
            ncol = len(b[1] or b[2][0])
            t = doc.add_table(rows=0, cols=ncol)
            set_borders(t)
            if b[1]:
                c = t.add_row().cells
                for i, x in enumerate(b[1]):
                    r = c[i].paragraphs[0].add_run(x); r.bold = True; r.font.size = Pt(9.5)
            for row in b[2]:
                c = t.add_row().cells
                for i, x in enumerate(row):
                    c[i].paragraphs[0].add_run(x).font.size = Pt(9.5)
            doc.add_paragraph()
        elif k == "head2":
            t = doc.add_table(rows=1, cols=2)
            c = t.rows[0].cells
            c[0].width, c[1].width = Mm(95), Mm(70)
            c[0].paragraphs[0].add_run("\n".join(b[1]))
            c[1].paragraphs[0].add_run("\n".join(b[2])).font.size = Pt(9.5)
            t.columns[0].width, t.columns[1].width = Mm(95), Mm(70)
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, os.path.basename(out)[:-4] + ".docx")
        doc.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", d, src], check=True, capture_output=True, timeout=180)
        os.replace(src[:-5] + ".pdf", out)


# ---------------------------------------------------------------- reportlab
_RL = {}


def _rl_fonts():
    if _RL:
        return _RL
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", base + "DejaVuSerif-Bold.ttf"))
    _RL["ok"] = True
    return _RL


def render_reportlab(p, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.enums import TA_RIGHT

    _rl_fonts()
    f, fb = ("DVS", "DVS-B") if p.get("font") == "serif" else ("DV", "DV-B")
    N = ParagraphStyle("n", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    B = ParagraphStyle("b", parent=N, fontName=fb)
    T = ParagraphStyle("t", parent=N, fontName=fb, fontSize=13, leading=16, spaceBefore=4, spaceAfter=6)
    H = ParagraphStyle("h", parent=N, fontName=fb, fontSize=10.5, leading=13, spaceBefore=6)
    S = ParagraphStyle("s", parent=N, fontSize=8, leading=10)
    R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)
    C = ParagraphStyle("c", parent=N, fontSize=8.8, leading=11, spaceAfter=0)
    CB = ParagraphStyle("cb", parent=C, fontName=fb)

    def P(t, s=N):
        return Paragraph(esc(t).replace("\n", "<br/>"), s)

    story = []
    for b in p["blocks"]:
        k = b[0]
        if k == "title":
            story.append(P(b[1], T))
        elif k == "h":
            story.append(P(b[1], H))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "b":
            story.append(P(b[1], B))
        elif k == "small":
            story.append(P(b[1], S))
        elif k == "lines":
            story.append(P("\n".join(b[1])))
        elif k in ("right", "side"):
            story.append(P("\n".join(b[1]), R))
        elif k == "kv":
            t = Table([[P(a, CB), P(v, C)] for a, v in b[1]], colWidths=[42 * mm, 118 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, Spacer(1, 6)]
        elif k == "grid":
            rows = []
            if b[1]:
                rows.append([P(x, CB) for x in b[1]])
            rows += [[P(x, C) for x in r] for r in b[2]]
            n = len(rows[0])
            t = Table(rows, colWidths=[160 * mm / n] * n if not p.get("gridw") else [w * mm for w in p["gridw"]])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "head2":
            t = Table([[P("\n".join(b[1])), P("\n".join(b[2]), C)]], colWidths=[95 * mm, 65 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, Spacer(1, 8)]
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    def deco(canv, d):
        canv.saveState()
        canv.setFont(f, 7.5)
        if p.get("header"):
            canv.drawString(25 * mm, 287 * mm, p["header"].replace("{page}", str(d.page)))
        if p.get("footer"):
            canv.drawString(25 * mm, 12 * mm, p["footer"].replace("{page}", str(d.page)))
        canv.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title=p.get("doctitle", ""), author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- ghostscript (hand-written PostScript)
PS_SUBST = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "€": "EUR",
            "☒": "[x]", "☐": "[ ]", "…": "...", "\u00a0": " ", "§": "§", "•": "-", "→": "->"}


def ps_text(t):
    for a, b in PS_SUBST.items():
        t = t.replace(a, b)
    return t


def _pss(t):
    t = ps_text(t)
    o = []
    for ch in t:
        c = ord(ch)
        if ch in "()\\":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        elif c < 256:
            o.append("\\%03o" % c)
        else:
            raise ValueError(f"not latin-1: {ch!r}")
    return "(" + "".join(o) + ")"


def _wrap(t, width_chars):
    words, lines, cur = ps_text(t).split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width_chars:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    # a dash never ends a line (text layers would read it as a hyphenation)
    for i in range(len(lines) - 1):
        if lines[i].endswith(" -"):
            lines[i] = lines[i][:-2]
            lines[i + 1] = "- " + lines[i + 1]
    return lines or [""]


def render_ps(p, out):
    serif = p.get("font") == "serif"
    R, Bf = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    cw = 5.1 if not serif else 4.6   # average char width at 10pt
    ops, page = [], [1]
    L, RX, TOP, BOT = 71, 538, 770, 70
    y = [TOP]

    def newpage():
        deco()
        ops.append("showpage")
        page[0] += 1
        y[0] = TOP

    def deco():
        if p.get("header"):
            ops.append(f"F{R}8 setfont {L} 800 moveto {_pss(p['header'].replace('{page}', str(page[0])))} show")
        if p.get("footer"):
            ops.append(f"F{R}8 setfont {L} 40 moveto {_pss(p['footer'].replace('{page}', str(page[0])))} show")

    def line(t, x=L, font=R, size=10, lead=13, right=False):
        if y[0] < BOT:
            newpage()
        s = _pss(t)
        if right:
            ops.append(f"F{font}{size} setfont {s} dup stringwidth pop {RX} exch sub {y[0]} moveto show")
        else:
            ops.append(f"F{font}{size} setfont {x} {y[0]} moveto {s} show")
        y[0] -= lead

    width = int((RX - L) / cw)
    for b in p["blocks"]:
        k = b[0]
        if k == "title":
            for t in _wrap(b[1], int(width * 0.72)):
                line(t, font=Bf, size=13, lead=16)
            y[0] -= 4
        elif k == "h":
            y[0] -= 4
            for t in _wrap(b[1], int(width * 0.92)):
                line(t, font=Bf, size=10.5, lead=14)
        elif k in ("p", "b", "small"):
            f = Bf if k == "b" else R
            sz = 8.5 if k == "small" else 10
            for t in _wrap(b[1], int(width * (10 / sz) * (0.92 if k == "b" else 1))):
                line(t, font=f, size=sz, lead=13 if sz == 10 else 11)
            y[0] -= 5
        elif k == "lines":
            for t in b[1]:
                line(t)
            y[0] -= 5
        elif k in ("right", "side"):
            for t in b[1]:
                line(t, right=True, size=9, lead=12)
            y[0] -= 5
        elif k == "kv":
            for a, v in b[1]:
                vl = _wrap(v, int(width * 0.68))
                line(a, font=Bf, lead=0)
                for i, t in enumerate(vl):
                    line(t, x=L + 130)
            y[0] -= 6
        elif k == "grid":
            rows = ([b[1]] if b[1] else []) + list(b[2])
            n = len(rows[0])
            ws = p.get("psgrid") or [1 / n] * n
            xs, acc = [], L
            for w in ws:
                xs.append(acc)
                acc += (RX - L) * w
            ops.append(f"0.5 setlinewidth {L} {y[0] + 11} moveto {RX} {y[0] + 11} lineto stroke")
            for ri, r in enumerate(rows):
                cells = [_wrap(c, max(6, int((RX - L) * ws[i] / (cw * 0.9)) - 2)) for i, c in enumerate(r)]
                h = max(len(c) for c in cells)
                if y[0] - h * 12 < BOT:
                    newpage()
                    ops.append(f"0.5 setlinewidth {L} {y[0] + 11} moveto {RX} {y[0] + 11} lineto stroke")
                for j in range(h):
                    for i, c in enumerate(cells):
                        if j < len(c):
                            ops.append(f"F{Bf if (ri == 0 and b[1]) else R}9 setfont {xs[i] + 2:.1f} {y[0] - j * 12} moveto {_pss(c[j])} show")
                y[0] -= h * 12
                ops.append(f"0.5 setlinewidth {L} {y[0] + 9} moveto {RX} {y[0] + 9} lineto stroke")
                y[0] -= 2
            y[0] -= 8
        elif k == "head2":
            y0 = y[0]
            for t in b[1]:
                line(t, size=10, lead=13)
            y1 = y[0]
            y[0] = y0
            for t in b[2]:
                line(t, x=350, size=9, lead=12)
            y[0] = min(y1, y[0]) - 8
        elif k == "pb":
            newpage()
        else:
            raise ValueError(k)
    deco()
    ops.append("showpage")

    fonts = []
    for fn in sorted({R, Bf}):
        fonts.append(f"/{fn} findfont dup length dict begin {{1 index /FID ne {{def}} {{pop pop}} ifelse}} forall "
                     f"/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 173 /hyphen put def currentdict end "
                     f"/{fn}-L1 exch definefont pop")
        for sz in (8, 8.5, 9, 10, 10.5, 13):
            fonts.append(f"/F{fn}{sz} /{fn}-L1 findfont {sz} scalefont def")
    ps = "%!PS-Adobe-3.0\n%%Title: " + ps_text(p.get("doctitle", "")).encode("latin-1", "replace").decode("latin-1") + \
        "\n%%Creator: Verwaltungsdruck\n%%EndComments\n<< /PageSize [595 842] >> setpagedevice\n" + \
        "\n".join(fonts) + "\n" + "\n".join(ops) + "\n%%EOF\n"
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.ps")
        open(src, "wb").write(ps.encode("latin-1"))
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", src],
                       check=True, capture_output=True, timeout=120)


RENDER = {"chromium": render_chromium, "libreoffice-docx": render_docx, "reportlab": render_reportlab,
          "ghostscript": render_ps}
