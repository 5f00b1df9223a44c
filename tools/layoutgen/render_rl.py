"""ReportLab producer: renders a Doc (ir.py) with platypus. Fast; the only producer that writes
AcroForm check boxes and ZapfDingbats glyphs."""

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

import ir

TTF = "/usr/share/fonts/truetype"
T1A = "/usr/share/fonts/type1/urw-base35"
T1B = "/usr/share/fonts/X11/Type1"
FACES = {
    # key: (regular, bold, italic, bolditalic) as TTF paths, Type1 (afm, pfb) stems, or std14 names
    "dejavu_sans": ("ttf", f"{TTF}/dejavu/DejaVuSans.ttf", f"{TTF}/dejavu/DejaVuSans-Bold.ttf",
                    f"{TTF}/dejavu/DejaVuSans-Oblique.ttf", f"{TTF}/dejavu/DejaVuSans-BoldOblique.ttf"),
    "dejavu_condensed": ("ttf", f"{TTF}/dejavu/DejaVuSansCondensed.ttf", f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf",
                         f"{TTF}/dejavu/DejaVuSansCondensed-Oblique.ttf", f"{TTF}/dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "dejavu_serif": ("ttf", f"{TTF}/dejavu/DejaVuSerif.ttf", f"{TTF}/dejavu/DejaVuSerif-Bold.ttf",
                     f"{TTF}/dejavu/DejaVuSerif-Italic.ttf", f"{TTF}/dejavu/DejaVuSerif-BoldItalic.ttf"),
    "liberation_sans": ("ttf", f"{TTF}/liberation/LiberationSans-Regular.ttf", f"{TTF}/liberation/LiberationSans-Bold.ttf",
                        f"{TTF}/liberation/LiberationSans-Italic.ttf", f"{TTF}/liberation/LiberationSans-BoldItalic.ttf"),
    "liberation_serif": ("ttf", f"{TTF}/liberation/LiberationSerif-Regular.ttf", f"{TTF}/liberation/LiberationSerif-Bold.ttf",
                         f"{TTF}/liberation/LiberationSerif-Italic.ttf", f"{TTF}/liberation/LiberationSerif-BoldItalic.ttf"),
    "liberation_narrow": ("ttf", f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf", f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf",
                          f"{TTF}/liberation/LiberationSansNarrow-Italic.ttf", f"{TTF}/liberation/LiberationSansNarrow-BoldItalic.ttf"),
    "helvetica": ("std", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("std", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "nimbus_sans": ("t1", "NimbusSans-Regular", "NimbusSans-Bold", "NimbusSans-Italic", "NimbusSans-BoldItalic"),
    "p052": ("t1", "P052-Roman", "P052-Bold", "P052-Italic", "P052-BoldItalic"),
    "c059": ("t1", "C059-Roman", "C059-Bold", "C059-Italic", "C059-BdIta"),
}
_registered = {}


def face(key):
    """Register a face family once per process; return its regular font name."""
    if key in _registered:
        return _registered[key]
    kind, *files = FACES[key]
    if kind == "std":
        names = files
        base = names[0]
    elif kind == "ttf":
        names = [f"{key}-{i}" for i in range(4)]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, f))
        base = names[0]
    else:
        names = []
        for stem in files:
            fc = pdfmetrics.EmbeddedType1Face(f"{T1A}/{stem}.afm", f"{T1B}/{stem}.pfb")
            pdfmetrics.registerTypeFace(fc)
            fname = f"{fc.name}-WinAnsi"
            pdfmetrics.registerFont(pdfmetrics.Font(fname, fc.name, "WinAnsiEncoding"))
            names.append(fname)
        base = names[0]
    from reportlab.lib.fonts import addMapping
    addMapping(base, 0, 0, names[0])
    addMapping(base, 1, 0, names[1])
    addMapping(base, 0, 1, names[2])
    addMapping(base, 1, 1, names[3])
    _registered[key] = base
    _registered[key + ":bold"] = names[1]
    return base


GLYPH_FACE = "dejavu_sans"
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class Renderer:
    def __init__(self, doc):
        self.doc = doc
        self.body = face(doc.body_font)
        self.head = face(doc.head)
        self.glyph = face(GLYPH_FACE)
        self.fields = 0

    # ------------------------------------------------------------------ text
    def markup(self, rs):
        out = []
        for r in rs:
            t = escape(r.text).replace("\n", "<br/>")
            if r.font:
                t = f'<font name="{face(r.font)}">{t}</font>'
            if r.size:
                t = f'<font size="{r.size}">{t}</font>'
            if r.color:
                t = f'<font color="{r.color}">{t}</font>'
            if r.u:
                t = f"<u>{t}</u>"
            if r.i:
                t = f"<i>{t}</i>"
            if r.b:
                t = f"<b>{t}</b>"
            out.append(t)
        return "".join(out)

    def style(self, size=None, align="left", font="body", before=0, after=0, indent=0, leading=None, color=None):
        size = size or self.doc.size
        return ParagraphStyle(
            "s", fontName=self.head if font == "head" else self.body, fontSize=size,
            leading=leading or size * self.doc.leading, alignment=ALIGN[align], spaceBefore=before,
            spaceAfter=after, leftIndent=indent, textColor=colors.HexColor(color) if color else colors.black)

    def para(self, b):
        st = self.style(b.size, b.align, b.font, b.before, b.after, b.indent, b.leading, b.color)
        p = Paragraph(self.markup(b.content) or "&nbsp;", st)
        p.keepWithNext = b.keep
        return p

    # ------------------------------------------------------------------ blocks
    def flow(self, blocks, width):
        out = []
        for b in blocks:
            out += self.block(b, width)
        return out

    def block(self, b, width):
        if isinstance(b, ir.Para):
            return [self.para(b)]
        if isinstance(b, ir.Table):
            return [self.table(b, width)]
        if isinstance(b, ir.Checks):
            return self.checks(b, width)
        if isinstance(b, ir.ListBlock):
            return self.listblock(b)
        if isinstance(b, ir.Rule):
            return [HRFlowable(width="100%", thickness=b.width, color=colors.HexColor(b.color),
                               spaceBefore=b.before, spaceAfter=b.after)]
        if isinstance(b, ir.Space):
            return [Spacer(1, b.h)]
        if isinstance(b, ir.PageBreak):
            return [PageBreak()]
        if isinstance(b, ir.Logo):
            return [LogoFlowable(b)]
        if isinstance(b, str):
            return [self.para(ir.P(b))]
        raise TypeError(type(b))

    def cell(self, c, width, size):
        if c is None:
            return ""
        if isinstance(c, (ir.Para, ir.Table, ir.ListBlock, ir.Logo, ir.Rule, ir.Space)):
            c = [c]
        if isinstance(c, str) or isinstance(c, ir.Run):
            return [self.para(ir.Para(ir.runs(c), size=size, after=0))]
        if isinstance(c, ir.Checks):
            return self.checks(c, width)
        if isinstance(c, list) and c and all(isinstance(x, ir.Run) for x in c):
            return [self.para(ir.Para(c, size=size, after=0))]
        return self.flow(c, width)

    def table(self, t, width):
        ncol = max(len(r) for r in t.rows)
        fr = t.widths or [1 / ncol] * ncol
        cw = [f * width for f in fr]
        size = t.size or self.doc.size
        data = []
        for ri, row in enumerate(t.rows):
            cells = []
            for ci in range(ncol):
                c = row[ci] if ci < len(row) else None
                if (ri < t.header_rows or (t.bold_first_col and ci == 0)) and isinstance(c, str):
                    c = [ir.Run(c, b=True)]
                cells.append(self.cell(c, cw[ci] - 2 * t.pad, size))
            data.append(cells)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP" if t.valign == "top" else "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), t.pad), ("RIGHTPADDING", (0, 0), (-1, -1), t.pad),
                ("TOPPADDING", (0, 0), (-1, -1), t.pad * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), t.pad * 0.8)]
        grey = colors.HexColor("#777777")
        if t.border == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, grey))
        elif t.border == "outer":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.7, colors.black))
        elif t.border == "hlines":
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, grey))
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, grey))
        elif t.border == "header_rule" and t.header_rows:
            cmds.append(("LINEBELOW", (0, t.header_rows - 1), (-1, t.header_rows - 1), 0.8, colors.black))
        elif t.border == "frame_rows":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.7, colors.black))
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, grey))
        if t.shade and t.header_rows:
            cmds.append(("BACKGROUND", (0, 0), (-1, t.header_rows - 1), colors.HexColor(t.shade)))
        if t.col_shade:
            cmds.append(("BACKGROUND", (0, t.header_rows), (0, -1), colors.HexColor(t.col_shade)))
        for r, c0, c1 in t.spans:
            cmds.append(("SPAN", (c0, r), (c1, r)))
        tb = Table(data, colWidths=cw, style=TableStyle(cmds), hAlign="LEFT", spaceBefore=t.before, spaceAfter=t.after,
                   repeatRows=t.header_rows if t.header_rows and len(t.rows) > 6 else 0)
        return tb

    def checks(self, c, width):
        size = c.size or self.doc.size
        box = size * 1.1
        cells = []
        for i, (text, on) in enumerate(c.items):
            cells.append((self.mark(c, on, box, size, i), [self.para(ir.Para(ir.runs(text), size=size, after=0))]))
        label = [self.para(ir.Para([ir.Run(c.label, b=c.label_bold)], size=size, after=0))] if c.label else None
        pad = 1.5
        if c.horizontal:
            row, widths = [], []
            if label:
                row.append(label)
                widths.append(width * 0.3)
            rest = width - sum(widths)
            for m, t in cells:
                row += [m, t]
                widths += [box + 2 * pad + 2, rest / len(cells) - box - 2 * pad - 2]
            data = [row]
        else:
            data, widths = [], [box + 2 * pad + 2, width - box - 2 * pad - 2]
            for m, t in cells:
                data.append([m, t])
        tb = Table(data, colWidths=widths, hAlign="LEFT", spaceBefore=2, spaceAfter=4,
                   style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        if label and not c.horizontal:
            return [label[0], tb]
        return [tb]

    def mark(self, c, on, box, size, i):
        st = c.style
        if st in ("unicode", "unicode2", "wingdings"):
            g = ("☒" if on else "☐") if st != "unicode2" else ("☑" if on else "☐")
            return [Paragraph(f'<font name="{self.glyph}">{g}</font>', self.style(size))]
        if st.startswith("zapf"):
            # ZapfDingbats glyphs by their Unicode dingbat code points (a73 ■, a75 ❑, a74 ❏, a20 ✔, a24 ✘)
            on_g = {"zapf": "\u25a0", "zapf_check": "\u2714", "zapf_cross": "\u2718"}[st]
            off_g = "\u2751" if st == "zapf" else "\u274f"
            return [Paragraph(f'<font name="ZapfDingbats">{on_g if on else off_g}</font>', self.style(size))]
        if st == "brackets":
            return [Paragraph("[X]" if on else "[ ]", self.style(size))]
        if st == "x":
            return [Paragraph("X" if on else "", self.style(size, align="center"))]
        if st == "acroform":
            self.fields += 1
            return [BoxFlowable(box * 0.9, on, acro=f"{c.name}_{self.fields}")]
        return [BoxFlowable(box * 0.85, on)]

    def listblock(self, b):
        out = []
        size = b.size or self.doc.size
        for n, it in enumerate(b.items, 1):
            bullet = {"bullet": "•", "dash": "–", "num": f"{n}.", "alpha": f"{chr(96 + n)})",
                      "num_paren": f"{n})"}[b.style]
            st = self.style(size, after=b.after if n == len(b.items) else 2, indent=b.indent)
            st.bulletIndent = 0
            st.bulletFontName = self.body if b.style not in ("bullet",) or FACES[self.doc.body_font][0] != "ttf" else self.glyph
            out.append(Paragraph(self.markup(ir.runs(it)), st, bulletText=bullet))
        return out


class BoxFlowable(Flowable):
    """A drawn check box: a square, crossed when ticked; or an AcroForm check box."""

    def __init__(self, s, on, acro=None):
        super().__init__()
        self.s, self.on, self.acro = s, on, acro
        self.width = self.height = s

    def draw(self):
        c = self.canv
        if self.acro:
            c.acroForm.checkbox(name=self.acro, checked=self.on, x=0, y=-1, size=self.s, relative=True,
                                buttonStyle="cross", borderWidth=0.6, forceBorder=True)
            return
        c.setLineWidth(0.6)
        c.rect(0, -1, self.s, self.s)
        if self.on:
            c.line(1.2, 0.2, self.s - 1.2, self.s - 2.2)
            c.line(1.2, self.s - 2.2, self.s - 1.2, 0.2)


class LogoFlowable(Flowable):
    """A coat-of-arms-like vector mark (no real city's arms)."""

    def __init__(self, lg):
        super().__init__()
        self.lg = lg
        self.width, self.height = lg.w, lg.w * 1.15

    def wrap(self, aw, ah):
        self.aw = aw
        return aw if self.lg.align != "left" else self.width, self.height

    def draw(self):
        c, lg = self.canv, self.lg
        x = 0 if lg.align == "left" else (self.aw - lg.w if lg.align == "right" else (self.aw - lg.w) / 2)
        draw_logo(c, lg, x, 0)


def draw_logo(c, lg, x, y):
    w, h = lg.w, lg.w * 1.15
    col = colors.HexColor(lg.color)
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if lg.kind == "shield":
        p = c.beginPath()
        p.moveTo(x, y + h)
        p.lineTo(x + w, y + h)
        p.lineTo(x + w, y + h * 0.45)
        p.curveTo(x + w, y + h * 0.15, x + w * 0.6, y + h * 0.05, x + w / 2, y)
        p.curveTo(x + w * 0.4, y + h * 0.05, x, y + h * 0.15, x, y + h * 0.45)
        p.close()
        c.drawPath(p, fill=0, stroke=1)
        c.rect(x + w * 0.15, y + h * 0.55, w * 0.7, h * 0.2, fill=1, stroke=0)
        c.circle(x + w / 2, y + h * 0.32, w * 0.12, fill=1, stroke=0)
    elif lg.kind == "circle":
        c.circle(x + w / 2, y + h / 2, w / 2, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(x + w / 2, y + h / 2, w / 4, fill=1, stroke=0)
    elif lg.kind == "bars":
        for i in range(4):
            c.rect(x + i * w / 4, y, w / 5, h * (0.4 + 0.15 * i), fill=1, stroke=0)
    elif lg.kind == "wave":
        c.setLineWidth(2)
        for i in range(3):
            p = c.beginPath()
            p.moveTo(x, y + h * (0.3 + 0.2 * i))
            p.curveTo(x + w * 0.3, y + h * (0.5 + 0.2 * i), x + w * 0.6, y + h * (0.1 + 0.2 * i), x + w, y + h * (0.3 + 0.2 * i))
            c.drawPath(p, stroke=1, fill=0)
    else:
        c.rect(x, y, w, h, fill=1, stroke=0)
    c.restoreState()


def _canvas_maker(doc, rend):
    body = rend.body

    class Numbered(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            kw["invariant"] = 1
            super().__init__(*a, **kw)
            self._states = []

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._states)
            for st in self._states:
                self.__dict__.update(st)
                self.running(total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def running(self, total):
            page = self._pageNumber
            W, H = A4
            top, right, bottom, left = [m * mm for m in doc.margins]
            self.setFont(body, doc.running_size)
            for text, first_ok, align, yy in ((doc.header, doc.header_first, doc.header_align, H - top + 14),
                                              (doc.footer, doc.footer_first, doc.footer_align, bottom - 22)):
                if not text or (page == 1 and not first_ok):
                    continue
                t = text.format(page=page, pages=total)
                for k, line in enumerate(t.split("\n")):
                    y = yy - k * doc.running_size * 1.2
                    if align == "left":
                        self.drawString(left, y, line)
                    elif align == "right":
                        self.drawRightString(W - right, y, line)
                    else:
                        self.drawCentredString((left + W - right) / 2, y, line)
                if doc.rule_under_header and text is doc.header:
                    self.setLineWidth(0.4)
                    self.line(left, yy - 4 - (t.count("\n")) * doc.running_size * 1.2, W - right, yy - 4 - (t.count("\n")) * doc.running_size * 1.2)
    return Numbered


def render(doc, path=None):
    """Render to `path` (or bytes); returns the page count."""
    rend = Renderer(doc)
    buf = io.BytesIO()
    top, right, bottom, left = [m * mm for m in doc.margins]
    W, H = A4
    t = BaseDocTemplate(buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
                        title=doc.title, author=doc.author, invariant=1, creator=doc.author or "")
    frame = Frame(left, bottom, W - left - right, H - top - bottom, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    t.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    story = rend.flow(doc.blocks, W - left - right)
    t.build(story, canvasmaker=_canvas_maker(doc, rend))
    data = buf.getvalue()
    if path:
        with open(path, "wb") as f:
            f.write(data)
    return t.page, data
