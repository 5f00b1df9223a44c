"""Block renderer for the holdout24 first-contact papers.

A paper is a dict with `blocks` (list of tuples) and render options. The same block vocabulary is
rendered for Chromium (HTML), LibreOffice (HTML through Writer's import, or .docx via python-docx),
ReportLab, and Ghostscript (pdfwrite re-distilling a ReportLab or Chromium PDF).

Blocks:
  ("head", left_lines, right_lines)      two-column head, no rules
  ("kv", [(k, v), ...], {"ruled":bool, "boldkeys":bool, "colon":bool})
  ("h", text, size)                      bold heading
  ("p", text)                            paragraph; **x** marks bold
  ("small", text)                        small paragraph
  ("table", rows, {"header":bool, "widths":[..]})
  ("box", [lines])                       ruled single-cell box
  ("side", main_blocks, side_blocks)     main column and a grey side column
  ("sp",)                                vertical space
  ("br",)                                page break
  ("rule",)                              horizontal rule
Text strings may contain "\n" for line breaks.
"""
import html
import os
import re
import subprocess
import tempfile

FONT_FAMILIES = {
    "sans": ("Liberation Sans", "LiberationSans"),
    "serif": ("Liberation Serif", "LiberationSerif"),
    "dejavu": ("DejaVu Sans", "DejaVuSans"),
}


def md(text):
    """Mini markup to HTML: escape, **bold**, newlines."""
    text = text.replace(" · Seite {page}", "").replace(" – Seite {page}", "").replace("{page}", "")
    t = html.escape(text, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br/>")


# ---------------------------------------------------------------- HTML

def _html_block(b, lo):
    kind = b[0]
    if kind == "head":
        left = "<br/>".join(md(x) for x in b[1])
        right = "<br/>".join(md(x) for x in b[2])
        return (f'<table class="head"><tr><td class="hl">{left}</td>'
                f'<td class="hr">{right}</td></tr></table>')
    if kind == "kv":
        opts = b[2] if len(b) > 2 else {}
        cls = "kv ruled" if opts.get("ruled") else "kv"
        colon = ":" if opts.get("colon", True) else ""
        rows = []
        for k, v in b[1]:
            kk = md(k) + (colon if k else "")
            if opts.get("boldkeys", True):
                kk = f"<b>{kk}</b>" if k else ""
            rows.append(f'<tr><td class="k">{kk}</td><td>{md(v)}</td></tr>')
        return f'<table class="{cls}">{"".join(rows)}</table>'
    if kind == "h":
        size = b[2] if len(b) > 2 else 13
        return f'<p style="font-size:{size}pt;font-weight:bold;margin:8pt 0 4pt 0">{md(b[1])}</p>'
    if kind == "p":
        return f"<p>{md(b[1])}</p>"
    if kind == "small":
        return f'<p style="font-size:8pt">{md(b[1])}</p>'
    if kind == "table":
        opts = b[2] if len(b) > 2 else {}
        out = []
        for i, row in enumerate(b[1]):
            tag = "th" if (i == 0 and opts.get("header", True)) else "td"
            out.append("<tr>" + "".join(f"<{tag}>{md(c)}</{tag}>" for c in row) + "</tr>")
        return f'<table class="grid">{"".join(out)}</table>'
    if kind == "box":
        inner = "<br/>".join(md(x) for x in b[1])
        return f'<table class="grid box"><tr><td>{inner}</td></tr></table>'
    if kind == "side":
        main = "".join(_html_block(x, lo) for x in b[1])
        side = "".join(_html_block(x, lo) for x in b[2])
        return (f'<table class="side"><tr><td class="main">{main}</td>'
                f'<td class="sidecol">{side}</td></tr></table>')
    if kind == "sp":
        return "<p>&#160;</p>"
    if kind == "br":
        return '<p style="page-break-before:always"></p>' if lo else '<div style="break-after:page"></div>'
    if kind == "rule":
        return "<hr/>"
    raise ValueError(kind)


def to_html(paper, lo=False):
    fam = FONT_FAMILIES[paper.get("font", "sans")][0]
    size = paper.get("size", 10.5)
    body = "".join(_html_block(b, lo) for b in paper["blocks"])
    footer = ""
    if paper.get("footer"):
        if lo:
            footer = f'<p style="font-size:7.5pt">{md(paper["footer"])}</p>'
        else:
            footer = f'<div class="foot">{md(paper["footer"])}</div>'
    css = f"""
    @page {{ size: A4; margin: 20mm 18mm 22mm 22mm; }}
    body {{ font-family: '{fam}'; font-size: {size}pt; line-height: 1.3; }}
    p {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 0 0 8pt 0; }}
    td, th {{ vertical-align: top; text-align: left; padding: 2pt 4pt; font-size: {size}pt; }}
    table.grid td, table.grid th {{ border: 0.6pt solid #444; }}
    table.grid th {{ background: #e6e6e6; }}
    table.kv.ruled td {{ border: 0.6pt solid #444; }}
    td.k {{ width: 32%; }}
    td.hr {{ text-align: right; width: 45%; }}
    td.sidecol {{ width: 30%; background: #ececec; font-size: 8.5pt; }}
    td.sidecol p {{ font-size: 8.5pt; }}
    hr {{ border: 0; border-top: 0.8pt solid #000; }}
    div.foot {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #333; }}
    """
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"/>'
            f"<title>{html.escape(paper.get('doctitle', 'Vorlage'))}</title>"
            f"<style>{css}</style></head><body>{body}{footer}</body></html>")


def render_chromium(paper, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(paper))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", src],
                       check=True, capture_output=True)


def _soffice(src, outdir, filt=None):
    target = "pdf" if not filt else f"pdf:{filt}"
    cmd = ["soffice", "--headless", "--convert-to", target, "--outdir", outdir, src]
    if src.endswith(".html"):
        cmd = ["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
               "pdf:writer_pdf_Export", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, capture_output=True)


def render_lo_html(paper, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "p.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(to_html(paper, lo=True))
        _soffice(src, d)
        os.replace(os.path.join(d, "p.pdf"), out)


# ---------------------------------------------------------------- DOCX

def _docx_runs(par, text, size=None, bold_all=False):
    from docx.shared import Pt
    lines = text.split("\n")
    for li, line in enumerate(lines):
        parts = re.split(r"(\*\*.+?\*\*)", line)
        for part in parts:
            if not part:
                continue
            bold = part.startswith("**") and part.endswith("**")
            r = par.add_run(part[2:-2] if bold else part)
            r.bold = bold or bold_all
            if size:
                r.font.size = Pt(size)
        if li < len(lines) - 1:
            par.add_run().add_break()


def _docx_cell_text(cell, text, bold=False, size=None, align=None):
    par = cell.paragraphs[0]
    _docx_runs(par, text, size=size, bold_all=bold)
    if align == "right":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _docx_blocks(container, blocks, size, in_cell=False):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK
    for b in blocks:
        kind = b[0]
        if kind in ("p", "small", "h"):
            par = container.add_paragraph()
            if kind == "p":
                _docx_runs(par, b[1], size=size)
            elif kind == "small":
                _docx_runs(par, b[1], size=8)
            else:
                _docx_runs(par, b[1], size=b[2] if len(b) > 2 else 13, bold_all=True)
        elif kind == "head":
            t = container.add_table(rows=1, cols=2)
            _docx_cell_text(t.cell(0, 0), "\n".join(b[1]), size=size)
            _docx_cell_text(t.cell(0, 1), "\n".join(b[2]), size=size, align="right")
        elif kind == "kv":
            opts = b[2] if len(b) > 2 else {}
            t = container.add_table(rows=len(b[1]), cols=2)
            if opts.get("ruled"):
                t.style = "Table Grid"
            colon = ":" if opts.get("colon", True) else ""
            for i, (k, v) in enumerate(b[1]):
                _docx_cell_text(t.cell(i, 0), k + (colon if k else ""),
                                bold=opts.get("boldkeys", True), size=size)
                _docx_cell_text(t.cell(i, 1), v, size=size)
            for row in t.rows:
                row.cells[0].width = Cm(4.6)
                row.cells[1].width = Cm(11.4)
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = container.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    _docx_cell_text(t.cell(i, j), c, bold=(i == 0 and opts.get("header", True)),
                                    size=size - 1)
        elif kind == "box":
            t = container.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            _docx_cell_text(t.cell(0, 0), "\n".join(b[1]), size=size)
        elif kind == "side":
            t = container.add_table(rows=1, cols=2)
            main, side = t.cell(0, 0), t.cell(0, 1)
            main.width, side.width = Cm(11.5), Cm(4.5)
            _docx_blocks(main, b[1], size, True)
            _docx_blocks(side, b[2], 8, True)
        elif kind == "sp":
            container.add_paragraph()
        elif kind == "br":
            container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        elif kind == "rule":
            par = container.add_paragraph()
            _docx_runs(par, "_" * 78, size=8)
        else:
            raise ValueError(kind)
        if kind in ("kv", "table", "box", "head") and not in_cell:
            container.add_paragraph().paragraph_format.space_after = Pt(2)


def render_lo_docx(paper, out):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = FONT_FAMILIES[paper.get("font", "sans")][0]
    st.font.size = Pt(paper.get("size", 10.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.4), Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    if paper.get("docx_header"):
        hp = sec.header.paragraphs[0]
        _docx_runs(hp, paper["docx_header"], size=8.5)
    if paper.get("footer"):
        fp = sec.footer.paragraphs[0]
        _docx_runs(fp, paper["footer"].replace(" · Seite {page}", ""), size=7.5)
    _docx_blocks(d, paper["blocks"], paper.get("size", 10.5))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "p.docx")
        d.save(src)
        _soffice(src, tmp)
        os.replace(os.path.join(tmp, "p.pdf"), out)


# ---------------------------------------------------------------- ReportLab

_RL_FONTS = {}


def _rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if key in _RL_FONTS:
        return _RL_FONTS[key]
    base = FONT_FAMILIES[key][1]
    d = "/usr/share/fonts/truetype/" + ("dejavu" if key == "dejavu" else "liberation")
    reg = f"{base}-Regular" if key != "dejavu" else "DejaVuSans"
    bold = f"{base}-Bold"
    pdfmetrics.registerFont(TTFont(reg, f"{d}/{reg if key != 'dejavu' else 'DejaVuSans'}.ttf"))
    pdfmetrics.registerFont(TTFont(bold, f"{d}/{bold}.ttf"))
    addMapping(reg, 0, 0, reg)
    addMapping(reg, 1, 0, bold)
    addMapping(reg, 0, 1, reg)
    addMapping(reg, 1, 1, bold)
    _RL_FONTS[key] = (reg, bold)
    return reg, bold


def _rl_flow(blocks, styles, width, W):
    from reportlab.platypus import Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors
    from reportlab.platypus.flowables import HRFlowable
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(Paragraph(md(b[1]), styles["p"]))
        elif kind == "small":
            out.append(Paragraph(md(b[1]), styles["small"]))
        elif kind == "h":
            st = styles["h"].clone("hx", fontSize=b[2] if len(b) > 2 else 13,
                                   leading=(b[2] if len(b) > 2 else 13) * 1.25)
            out.append(Paragraph(f"<b>{md(b[1])}</b>", st))
        elif kind == "head":
            t = Table([[Paragraph("<br/>".join(md(x) for x in b[1]), styles["p"]),
                        Paragraph("<br/>".join(md(x) for x in b[2]), styles["pr"])]],
                      colWidths=[width * 0.55, width * 0.45])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "kv":
            opts = b[2] if len(b) > 2 else {}
            colon = ":" if opts.get("colon", True) else ""
            rows = []
            for k, v in b[1]:
                kk = md(k) + (colon if k else "")
                if opts.get("boldkeys", True) and k:
                    kk = f"<b>{kk}</b>"
                rows.append([Paragraph(kk, styles["p"]), Paragraph(md(v), styles["p"])])
            t = Table(rows, colWidths=[width * 0.3, width * 0.7])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("ruled"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            rows = []
            for i, row in enumerate(b[1]):
                hd = i == 0 and opts.get("header", True)
                rows.append([Paragraph(f"<b>{md(c)}</b>" if hd else md(c), styles["t"]) for c in row])
            n = len(b[1][0])
            widths = opts.get("widths")
            cw = [width * w for w in widths] if widths else [width / n] * n
            t = Table(rows, colWidths=cw, repeatRows=1 if opts.get("header", True) else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "box":
            t = Table([[Paragraph("<br/>".join(md(x) for x in b[1]), styles["p"])]], colWidths=[width])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "side":
            mw, sw = width * 0.68, width * 0.30
            main = _rl_flow(b[1], styles, mw - 6, W)
            side = _rl_flow(b[2], {**styles, "p": styles["small"], "t": styles["small"]}, sw - 6, W)
            t = Table([[main, side]], colWidths=[mw, sw + width * 0.02])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#ececec"))]))
            out.append(t)
        elif kind == "sp":
            out.append(Spacer(1, 12))
        elif kind == "br":
            out.append(PageBreak())
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.8, color=colors.black))
            out.append(Spacer(1, 4))
        else:
            raise ValueError(kind)
    return out


def render_reportlab(paper, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.enums import TA_RIGHT
    reg, bold = _rl_font(paper.get("font", "sans"))
    size = paper.get("size", 10.5)
    styles = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=5),
        "pr": ParagraphStyle("pr", fontName=reg, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
        "h": ParagraphStyle("h", fontName=reg, fontSize=13, leading=16, spaceBefore=6, spaceAfter=5),
        "t": ParagraphStyle("t", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "small": ParagraphStyle("s", fontName=reg, fontSize=8, leading=10, spaceAfter=3),
    }
    W, H = A4
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm,
                            title=paper.get("doctitle", ""), author=paper.get("author", ""))
    width = W - 40 * mm
    foot = paper.get("footer")

    def on_page(c, d):
        if foot:
            c.saveState()
            c.setFont(reg, 7.5)
            c.drawString(22 * mm, 12 * mm, foot.replace("{page}", str(d.page)))
            c.restoreState()

    doc.build(_rl_flow(paper["blocks"], styles, width, W), onFirstPage=on_page, onLaterPages=on_page)


def render_gs(paper, out):
    """Ghostscript pdfwrite re-distilling a ReportLab (default) or Chromium PDF."""
    with tempfile.TemporaryDirectory() as d:
        mid = os.path.join(d, "in.pdf")
        if paper.get("gs_from") == "chromium":
            render_chromium(paper, mid)
        elif paper.get("gs_from") == "lo":
            render_lo_html(paper, mid)
        else:
            render_reportlab(paper, mid)
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.6", f"-sOutputFile={out}", mid],
                       check=True, capture_output=True)


RENDERERS = {
    "chromium": render_chromium,
    "libreoffice-html": render_lo_html,
    "libreoffice-docx": render_lo_docx,
    "reportlab": render_reportlab,
    "ghostscript": render_gs,
}
