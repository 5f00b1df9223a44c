"""Render a paper of holdout5: Chromium and LibreOffice via tools/holdout4/render.py, plus ReportLab.

The block vocabulary is the one of tools/holdout4/render.py; ReportLab understands the same blocks
(a "table" may carry column-width fractions as a 4th element, a "kv" the share of its left
column as a 3rd; the other producers ignore both) and
draws an optional running footer ("Seite x"), as office templates do.
"""
import importlib.util
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("holdout4_render", HERE.parent / "holdout4" / "render.py")
h4render = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h4render)

FONT_FILES = {
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "Liberation Sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "Liberation Serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
}


def _font_path(name):
    for root in ("/usr/share/fonts", "/usr/local/share/fonts"):
        hits = sorted(Path(root).rglob(name))
        if hits:
            return str(hits[0])
    raise FileNotFoundError(name)


def _register(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    base = font.replace(" ", "")
    if base not in pdfmetrics.getRegisteredFontNames():
        reg, bold, ital = FONT_FILES[font]
        pdfmetrics.registerFont(TTFont(base, _font_path(reg)))
        pdfmetrics.registerFont(TTFont(base + "-Bold", _font_path(bold)))
        pdfmetrics.registerFont(TTFont(base + "-Italic", _font_path(ital)))
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, base + "-Bold")
        addMapping(base, 0, 1, base + "-Italic")
        addMapping(base, 1, 1, base + "-Bold")
    return base


def _x(text):
    return escape(text).replace("\n", "<br/>")


def to_reportlab(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, ListFlowable, ListItem)

    font = _register(doc["font"])
    size = doc["size"]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    width = A4[0] - 4.5 * cm
    story = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(f"<b>{_x(b[1])}</b>", ParagraphStyle(
                "h", parent=body, fontSize=b[2], leading=b[2] * 1.25, spaceBefore=6, spaceAfter=6)))
        elif kind == "p":
            story.append(Paragraph(_x(b[1]), body))
        elif kind == "pb":
            story.append(Paragraph(f"<b>{_x(b[1])}</b>", body))
        elif kind == "pi":
            story.append(Paragraph(f"<i>{_x(b[1])}</i>", body))
        elif kind == "right":
            story.append(Paragraph(_x(b[1]), right))
        elif kind == "kv":
            rows = [[Paragraph(_x(k), cell), Paragraph(_x(v), cell)] for k, v in b[1]]
            left = b[2] if len(b) > 2 else 0.3  # optional 3rd element: share of the left column
            t = Table(rows, colWidths=[width * left, width * (1 - left)], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
        elif kind == "table":
            head = [[Paragraph(f"<b>{_x(c)}</b>", cell) for c in b[1]]] if b[1] else []
            rows = head + [[Paragraph(_x(c), cell) for c in r] for r in b[2]]
            # optional 4th element: column widths as fractions of the text width
            fractions = b[3] if len(b) > 3 else [1 / len(rows[0])] * len(rows[0])
            t = Table(rows, colWidths=[width * f for f in fractions], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif kind == "box":
            t = Table([[Paragraph("<br/>".join(_x(x) for x in b[1]), cell)]], colWidths=[width])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
            story.append(t)
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(_x(x), body)) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      bulletFontName=font, bulletFontSize=size))
        elif kind == "space":
            story.append(Spacer(1, size * 1.3))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    footer = doc.get("footer")

    def on_page(c, _doc):
        if footer:
            c.saveState()
            c.setFont(font, 8)
            c.drawString(2.5 * cm, 1.2 * cm, footer.format(page=c.getPageNumber()))
            c.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm, title=doc.get("pdf_title", ""),
                      author=doc.get("pdf_author", "")).build(
        story, onFirstPage=on_page, onLaterPages=on_page)


def render(doc, outdir):
    """Render one paper (dict with file, producer, font, size, blocks) to outdir/file."""
    if doc["producer"] == "reportlab":
        target = Path(outdir) / doc["file"]
        to_reportlab(doc, target)
        return target
    return h4render.render(doc, outdir)
