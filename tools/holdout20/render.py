"""Renderers for the holdout20 first-contact set.

A paper is a list of blocks; each producer renders the same block vocabulary in its own way:
  ("h", text, size)            bold heading (size in pt; default 14)
  ("p", text)                  paragraph; **bold** spans allowed
  ("pc", text)                 centred paragraph
  ("pr", text)                 right-aligned paragraph
  ("small", text)              small print
  ("kv", [(k, v), ...], opt)   key/value lines; opt: {"rule": bool, "kw": share of key col, "bold_keys": bool, "colon": ""}
  ("tab", rows, opt)           table; first row header when opt["head"]; opt["w"] widths (fractions), opt["rule"]
  ("cols", [left_blocks, right_blocks], opt)  two columns (letterhead, side column); opt["w"]=left share, opt["shade"]
  ("box", [blocks])            framed box
  ("hr",)                      horizontal rule
  ("sp", mm)                   vertical space
  ("pb",)                      page break
"""
import html, re, subprocess, os

def md(t):
    t = html.escape(t)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t).replace("\n", "<br/>")

def plain(t):
    return t.replace("**", "")

# ---------------------------------------------------------------- HTML (Chromium, LibreOffice)
def to_html(blocks, css="", font="Liberation Sans", size=10.5, margin="20mm 18mm 18mm 25mm",
            header=None, footer=None):
    out = []
    def r(b):
        k = b[0]
        if k == "h":
            s = b[2] if len(b) > 2 else 14
            return f'<p style="font-size:{s}pt;font-weight:bold;margin:6pt 0 4pt 0">{md(b[1])}</p>'
        if k == "p": return f'<p>{md(b[1])}</p>'
        if k == "pc": return f'<p style="text-align:center">{md(b[1])}</p>'
        if k == "pr": return f'<p style="text-align:right">{md(b[1])}</p>'
        if k == "small": return f'<p style="font-size:8pt">{md(b[1])}</p>'
        if k == "hr": return '<hr style="border:0;border-top:1px solid #000"/>'
        if k == "sp": return f'<div style="height:{b[1]}mm"></div>'
        if k == "pb": return '<p style="page-break-before:always;margin:0"></p>'
        if k == "kv":
            opt = b[2] if len(b) > 2 else {}
            kw = int(opt.get("kw", 0.3) * 100)
            bd = 'border:1px solid #000;' if opt.get("rule") else ''
            colon = opt.get("colon", ":")
            rows = []
            for kk, vv in b[1]:
                ks = f'<b>{md(kk)}{colon}</b>' if opt.get("bold_keys") else f'{md(kk)}{colon}'
                rows.append(f'<tr><td width="{kw}%" style="width:{kw}%;vertical-align:top;{bd}padding:2pt 4pt">{ks}</td>'
                            f'<td width="{100-kw}%" style="vertical-align:top;{bd}padding:2pt 4pt">{md(vv)}</td></tr>')
            return f'<table width="100%" border="{1 if bd else 0}" style="width:100%;border-collapse:collapse;margin:4pt 0" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
        if k == "tab":
            opt = b[2] if len(b) > 2 else {}
            ws = opt.get("w")
            bd = 'border:1px solid #000;' if opt.get("rule", True) else ''
            rows = []
            for i, row in enumerate(b[1]):
                cells = []
                for j, c in enumerate(row):
                    w = f'width:{int(ws[j]*100)}%;' if ws else ''
                    head = opt.get("head", True) and i == 0
                    st = f'{w}{bd}padding:2pt 4pt;vertical-align:top;' + ('font-weight:bold;background:#e6e6e6;' if head and opt.get("shade", True) else ('font-weight:bold;' if head else ''))
                    wa = f' width="{int(ws[j]*100)}%"' if ws else ''
                    cells.append(f'<td{wa} style="{st}">{md(c)}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
            return f'<table width="100%" border="{1 if bd else 0}" style="width:100%;border-collapse:collapse;margin:4pt 0" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
        if k == "cols":
            opt = b[2] if len(b) > 2 else {}
            w = int(opt.get("w", 0.6) * 100)
            sh = 'background:#e9e9e9;' if opt.get("shade") else ''
            fs = f'font-size:{opt["rsize"]}pt;' if opt.get("rsize") else ''
            L = "".join(r(x) for x in b[1][0]); R = "".join(r(x) for x in b[1][1])
            return (f'<table width="100%" style="width:100%;border-collapse:collapse" cellspacing="0"><tr>'
                    f'<td width="{w}%" style="width:{w}%;vertical-align:top;padding:0 6pt 0 0">{L}</td>'
                    f'<td width="{100-w}%" {"bgcolor=#e9e9e9 " if sh else ""}style="vertical-align:top;{sh}{fs}padding:2pt 6pt">{R}</td></tr></table>')
        if k == "box":
            inner = "".join(r(x) for x in b[1])
            return f'<table width="100%" border="1" style="width:100%;border-collapse:collapse;margin:6pt 0" cellspacing="0"><tr><td width="100%" style="border:1px solid #000;padding:3pt 6pt">{inner}</td></tr></table>'
        raise ValueError(k)
    for b in blocks:
        out.append(r(b))
    hf = ""
    if header:
        hf += f'<div style="font-size:8pt;color:#333;border-bottom:1px solid #888;margin-bottom:6pt">{md(header)}</div>'
    foot = f'<div style="font-size:7.5pt;color:#333;border-top:1px solid #888;margin-top:10pt">{md(footer)}</div>' if footer else ""
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>'
            f'@page {{ size: A4; margin: {margin}; }} body {{ font-family: "{font}"; font-size: {size}pt; }}'
            f'p {{ margin: 0 0 5pt 0; line-height: 1.25; }} td p {{ margin: 0 0 2pt 0; }} {css}</style></head>'
            f'<body>{hf}{"".join(out)}{foot}</body></html>')

def chromium(html_text, pdf, tmpdir):
    src = os.path.join(tmpdir, os.path.basename(pdf) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------------------------------------------------------- ReportLab
def reportlab(blocks, pdf, font="Helvetica", size=10, head=None, foot=None, title=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fams = {"DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/"),
            "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "/usr/share/fonts/truetype/liberation/"),
            "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/")}
    if font in fams:
        r_, b_, d = fams[font]
        pdfmetrics.registerFont(TTFont(font, d + r_)); pdfmetrics.registerFont(TTFont(font + "-Bold", d + b_))
        from reportlab.lib.fonts import addMapping
        addMapping(font, 0, 0, font); addMapping(font, 1, 0, font + "-Bold"); addMapping(font, 0, 1, font); addMapping(font, 1, 1, font + "-Bold")
        bold = font + "-Bold"
    else:
        bold = font + "-Bold"
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    def P(t, **kw):
        s = ParagraphStyle("x", parent=st, **kw)
        return Paragraph(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(t)).replace("\n", "<br/>"), s)
    W = A4[0] - 45 * mm
    def fl(b, width):
        k = b[0]
        if k == "h": return [P(b[1], fontName=bold, fontSize=b[2] if len(b) > 2 else 14, leading=(b[2] if len(b) > 2 else 14) * 1.25, spaceBefore=4)]
        if k == "p": return [P(b[1])]
        if k == "pc": return [P(b[1], alignment=1)]
        if k == "pr": return [P(b[1], alignment=2)]
        if k == "small": return [P(b[1], fontSize=7.5, leading=9)]
        if k == "sp": return [Spacer(1, b[1] * mm)]
        if k == "pb": return [PageBreak()]
        if k == "hr":
            t = Table([[""]], colWidths=[width]); t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)])); return [t]
        if k == "kv":
            opt = b[2] if len(b) > 2 else {}
            kw = opt.get("kw", 0.3); colon = opt.get("colon", ":")
            rows = [[P(("**%s%s**" % (kk, colon)) if opt.get("bold_keys") else kk + colon), P(vv)] for kk, vv in b[1]]
            t = Table(rows, colWidths=[width * kw, width * (1 - kw)])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]
            if opt.get("rule"): sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(sty)); return [t]
        if k == "tab":
            opt = b[2] if len(b) > 2 else {}
            n = len(b[1][0]); ws = opt.get("w") or [1 / n] * n
            rows = [[P(("**%s**" % c) if (opt.get("head", True) and i == 0) else c) for c in row] for i, row in enumerate(b[1])]
            t = Table(rows, colWidths=[width * x for x in ws], repeatRows=1 if opt.get("head", True) else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opt.get("rule", True): sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if opt.get("head", True) and opt.get("shade", True): sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            t.setStyle(TableStyle(sty)); return [t]
        if k == "cols":
            opt = b[2] if len(b) > 2 else {}
            w = opt.get("w", 0.6)
            L = [f for x in b[1][0] for f in fl(x, width * w - 8)]
            R = [f for x in b[1][1] for f in fl(x, width * (1 - w) - 8)]
            t = Table([[L, R]], colWidths=[width * w, width * (1 - w)])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opt.get("shade"): sty.append(("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#e9e9e9")))
            t.setStyle(TableStyle(sty)); return [t]
        if k == "box":
            inner = [f for x in b[1] for f in fl(x, width - 12)]
            t = Table([[inner]], colWidths=[width]); t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black)])); return [t]
        raise ValueError(k)
    story = [f for b in blocks for f in fl(b, W)]
    def deco(c, d):
        c.saveState(); c.setFont(font, 7.5)
        if head: c.drawString(25 * mm, A4[1] - 12 * mm, plain(head))
        if foot: c.drawString(25 * mm, 10 * mm, plain(foot).replace("{page}", str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
                            title=title or "", author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- python-docx (→ LibreOffice)
def docx(blocks, path, font="Liberation Sans", size=10.5, header=None, footer=None):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    s = d.styles["Normal"]; s.font.name = font; s.font.size = Pt(size)
    s.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = Mm(25); sec.right_margin = Mm(20); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    W = 165
    def runs(par, t, bold=False, sz=None):
        for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", t)):
            if not part: continue
            lines = part.split("\n")
            for j, ln in enumerate(lines):
                rn = par.add_run(ln); rn.bold = bold or (i % 2 == 1)
                if sz: rn.font.size = Pt(sz)
                if j < len(lines) - 1: rn.add_break()
    def borders(table):
        tbl = table._tbl; pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "000000"); b.append(x)
        pr.append(b)
    def widths(table, ws, W=W):
        for row in table.rows:
            for j, c in enumerate(row.cells):
                c.width = Mm(W * ws[j])
        grid = table._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(W * ws[j] * 56.7)))
    def add(container, b, W=W):
        k = b[0]
        if k == "h":
            p = container.add_paragraph(); runs(p, b[1], True, b[2] if len(b) > 2 else 14); return
        if k in ("p", "pc", "pr", "small"):
            p = container.add_paragraph(); runs(p, b[1], sz=8 if k == "small" else None)
            if k == "pc": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if k == "pr": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            return
        if k == "sp": container.add_paragraph(); return
        if k == "hr": container.add_paragraph("_" * 78); return
        if k == "pb":
            p = container.add_paragraph(); from docx.enum.text import WD_BREAK; p.add_run().add_break(WD_BREAK.PAGE); return
        if k == "kv":
            opt = b[2] if len(b) > 2 else {}
            kw = opt.get("kw", 0.3); colon = opt.get("colon", ":")
            t = container.add_table(rows=0, cols=2)
            for kk, vv in b[1]:
                cells = t.add_row().cells
                runs(cells[0].paragraphs[0], kk + colon, opt.get("bold_keys", False)); runs(cells[1].paragraphs[0], vv)
            if opt.get("rule"): borders(t)
            widths(t, [kw, 1 - kw], W); return
        if k == "tab":
            opt = b[2] if len(b) > 2 else {}
            n = len(b[1][0]); ws = opt.get("w") or [1 / n] * n
            t = container.add_table(rows=0, cols=n)
            for i, row in enumerate(b[1]):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    runs(cells[j].paragraphs[0], c, opt.get("head", True) and i == 0)
            if opt.get("rule", True): borders(t)
            widths(t, ws, W); return
        if k == "cols":
            opt = b[2] if len(b) > 2 else {}
            w = opt.get("w", 0.6)
            t = container.add_table(rows=1, cols=2)
            for j, side in enumerate(b[1]):
                cell = t.rows[0].cells[j]
                first = True
                for x in side:
                    add(cell, x, W * (w if j == 0 else 1 - w) - 4)
                cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element) if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text else None
            widths(t, [w, 1 - w], W); return
        if k == "box":
            t = container.add_table(rows=1, cols=1); cell = t.rows[0].cells[0]
            for x in b[1]: add(cell, x, W - 6)
            if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text:
                cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
            borders(t); widths(t, [1.0], W); return
        raise ValueError(k)
    for b in blocks: add(d, b)
    if header:
        p = sec.header.paragraphs[0]; runs(p, header, sz=8)
    if footer:
        p = sec.footer.paragraphs[0]; runs(p, footer, sz=7.5)
    d.save(path)

def soffice(paths, outdir):
    """LibreOffice Writer → PDF. HTML goes through Writer's own HTML import ("HTML (StarWriter)"):
    the default Writer/Web route drops the first paragraph and adds a blank first page."""
    html_in = [p for p in paths if p.endswith(".html")]; other = [p for p in paths if not p.endswith(".html")]
    if html_in:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", outdir] + html_in, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    if not other:
        return
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir] + other, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ---------------------------------------------------------------- PostScript (→ Ghostscript)
def postscript(blocks, ps_path, font="Times-Roman", bold="Times-Bold", size=10.5, head=None, foot=None):
    """Hand-written PostScript, ISO-Latin-1 re-encoded standard fonts; simple flowing layout."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # only metrics
    mm = 72 / 25.4
    L, R, T, B = 25 * mm, 210 * mm - 20 * mm, 297 * mm - 22 * mm, 22 * mm
    lines = []  # per page: list of (x, y, fontkey, size, text)
    pages = [[]]; y = [T]
    def fw(f): return {"R": font, "B": bold}[f]
    def newpage():
        pages.append([]); y[0] = T
    def need(h):
        if y[0] - h < B: newpage()
    def wrap(t, f, s, width):
        out = []
        for para in t.split("\n"):
            words = para.split(" "); cur = ""
            for w in words:
                tst = (cur + " " + w).strip()
                if stringWidth(tst, fw(f).replace("Times-Roman", "Times-Roman"), s) > width and cur:
                    out.append(cur); cur = w
                else:
                    cur = tst
            out.append(cur)
        return out
    def text(t, x0, width, s=size, f="R", align="l", lead=1.3):
        segs = re.split(r"\*\*(.+?)\*\*", t)
        if len(segs) > 1 and f == "R" and "\n" not in t and stringWidth(plain(t), font, s) <= width:
            need(s * lead); y[0] -= s * lead; x = x0
            for i, sg in enumerate(segs):
                ff = "B" if i % 2 else "R"
                pages[-1].append((x, y[0], ff, s, sg)); x += stringWidth(sg, fw(ff), s)
            return
        t = plain(t)
        for ln in wrap(t, f, s, width):
            need(s * lead); y[0] -= s * lead
            x = x0
            if align == "c": x = x0 + (width - stringWidth(ln, fw(f), s)) / 2
            if align == "r": x = x0 + width - stringWidth(ln, fw(f), s)
            pages[-1].append((x, y[0], f, s, ln))
    def blk(b, x0=L, width=R - L):
        k = b[0]
        if k == "h": y[0] -= 4; text(b[1], x0, width, b[2] if len(b) > 2 else 14, "B"); y[0] -= 3
        elif k == "p": text(b[1], x0, width); y[0] -= 4
        elif k == "pc": text(b[1], x0, width, align="c"); y[0] -= 4
        elif k == "pr": text(b[1], x0, width, align="r"); y[0] -= 4
        elif k == "small": text(b[1], x0, width, 7.5); y[0] -= 2
        elif k == "sp": y[0] -= b[1] * mm
        elif k == "pb": newpage()
        elif k == "hr": y[0] -= 4; pages[-1].append(("line", x0, y[0], x0 + width)); y[0] -= 4
        elif k == "kv":
            opt = b[2] if len(b) > 2 else {}
            kw = opt.get("kw", 0.3) * width; colon = opt.get("colon", ":")
            for kk, vv in b[1]:
                y0 = y[0]; text(kk + colon, x0, kw - 4, f="B" if opt.get("bold_keys") else "R")
                y1 = y[0]; y[0] = y0; text(vv, x0 + kw, width - kw); y[0] = min(y[0], y1) - 2
        elif k == "tab":
            opt = b[2] if len(b) > 2 else {}
            n = len(b[1][0]); ws = opt.get("w") or [1 / n] * n
            for i, row in enumerate(b[1]):
                need(size * 1.4); y0 = y[0]; lows = []; x = x0
                for j, c in enumerate(row):
                    y[0] = y0; text(c, x + 2, width * ws[j] - 6, f="B" if (opt.get("head", True) and i == 0) else "R"); lows.append(y[0]); x += width * ws[j]
                y[0] = min(lows) - 3
                if opt.get("rule", True): pages[-1].append(("line", x0, y[0] + 1, x0 + width))
        elif k == "cols":
            opt = b[2] if len(b) > 2 else {}
            w = opt.get("w", 0.6) * width
            y0 = y[0]; pg = len(pages)
            for x in b[1][0]: blk(x, x0, w - 8)
            y1 = y[0]; y[0] = y0
            for x in b[1][1]: blk(x, x0 + w, width - w)
            y[0] = min(y[0], y1)
        elif k == "box":
            y0 = y[0]; y[0] -= 3
            for x in b[1]: blk(x, x0 + 5, width - 10)
            y[0] -= 3
            pages[-1].append(("rect", x0, y[0], width, y0 - y[0]))
        else: raise ValueError(k)
    for b in blocks: blk(b)
    def esc(s):
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return "".join(c if ord(c) < 128 else "\\%03o" % ord(c) for c in s.replace("–", "-").replace("„", '"').replace("“", '"').replace("’", "'").replace("☒", "[x]").replace("☐", "[ ]").replace("€", "EUR"))
    out = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments",
           "/Lat ISOLatin1Encoding 256 array copy def Lat 45 /hyphen put",
           "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding Lat def currentdict end definefont pop } def",
           f"/FR /{font} reenc /FB /{bold} reenc"]
    for i, pg in enumerate(pages, 1):
        out.append(f"%%Page: {i} {i}")
        if head: out.append(f"/FR findfont 7.5 scalefont setfont {L:.1f} {297*mm-12*mm:.1f} moveto ({esc(plain(head))}) show")
        for it in pg:
            if it[0] == "line": out.append(f"0.5 setlinewidth {it[1]:.1f} {it[2]:.1f} moveto {it[3]:.1f} {it[2]:.1f} lineto stroke")
            elif it[0] == "rect": out.append(f"0.7 setlinewidth {it[1]:.1f} {it[2]:.1f} {it[3]:.1f} {it[4]:.1f} rectstroke")
            else:
                x, yy, f, s, t = it
                out.append(f"/F{f} findfont {s} scalefont setfont {x:.1f} {yy:.1f} moveto ({esc(t)}) show")
        if foot: out.append(f"/FR findfont 7.5 scalefont setfont {L:.1f} {12*mm:.1f} moveto ({esc(plain(foot).replace('{page}', str(i)))}) show")
        out.append("showpage")
    out.append("%%EOF")
    open(ps_path, "w", encoding="latin-1").write("\n".join(out) + "\n")

def ghostscript(ps_path, pdf):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                    f"-sOutputFile={pdf}", ps_path], check=True, timeout=120)
