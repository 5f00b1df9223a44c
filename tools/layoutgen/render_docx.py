"""Word renderer for the LibreOffice producer: a Doc becomes a .docx (python-docx) that LibreOffice
converts to PDF — Word fonts substituted the way a city's Word templates are, Wingdings check boxes
as w:sym, PAGE/NUMPAGES fields in header and footer."""

import os
import tempfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

import ir

WORD_FONTS = {
    "dejavu_sans": "DejaVu Sans", "dejavu_condensed": "DejaVu Sans Condensed", "dejavu_serif": "DejaVu Serif",
    "liberation_sans": "Arial", "liberation_serif": "Times New Roman", "liberation_narrow": "Arial Narrow",
    "helvetica": "Arial", "times": "Times New Roman", "nimbus_sans": "Liberation Sans", "p052": "DejaVu Serif",
    "c059": "Liberation Serif",
}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_LOGOS = {}


def _logo_png(lg):
    key = (lg.kind, lg.color)
    if key in _LOGOS and os.path.exists(_LOGOS[key]):
        return _LOGOS[key]
    from PIL import Image, ImageDraw
    w, h = 120, 138
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    col = lg.color
    if lg.kind == "shield":
        d.polygon([(2, 2), (w - 2, 2), (w - 2, h * 0.55), (w / 2, h - 2), (2, h * 0.55)], outline=col, width=3)
        d.rectangle([w * 0.15, h * 0.25, w * 0.85, h * 0.45], fill=col)
        d.ellipse([w * 0.38, h * 0.56, w * 0.62, h * 0.8], fill=col)
    elif lg.kind == "circle":
        d.ellipse([0, 9, w, w + 9], fill=col)
        d.ellipse([w / 4, 9 + w / 4, 3 * w / 4, 9 + 3 * w / 4], fill="white")
    elif lg.kind == "bars":
        for i in range(4):
            d.rectangle([i * w / 4, h - h * (0.4 + 0.15 * i), i * w / 4 + w / 5, h], fill=col)
    else:
        d.rectangle([0, 0, w, h], fill=col)
    path = os.path.join(tempfile.gettempdir(), f"lg-logo-{lg.kind}-{lg.color.strip('#')}.png")
    im.save(path)
    _LOGOS[key] = path
    return path


def _border(el_pr, tag, sides, val="single", sz=4, color="777777"):
    b = OxmlElement(tag)
    for side in sides:
        s = OxmlElement(f"w:{side}")
        s.set(qn("w:val"), val)
        s.set(qn("w:sz"), str(sz))
        s.set(qn("w:space"), "0")
        s.set(qn("w:color"), color)
        b.append(s)
    el_pr.append(b)


def _shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill.strip("#"))
    tc_pr.append(sh)


def _field(paragraph, instr, size):
    run = paragraph.add_run()
    run.font.size = Pt(size)
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)
        elif text == instr:
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = f" {instr} "
            run._r.append(t)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def _sym(paragraph, char, size):
    run = paragraph.add_run()
    run.font.size = Pt(size)
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), "Wingdings")
    s.set(qn("w:char"), char)
    run._r.append(s)


class Renderer:
    def __init__(self, d):
        self.d = d
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = WORD_FONTS[d.body_font]
        st.element.rPr.rFonts.set(qn("w:eastAsia"), WORD_FONTS[d.body_font])
        st.font.size = Pt(d.size)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = d.leading * 0.87
        for name in ("Heading 2", "Heading 3"):
            h = self.doc.styles[name]
            h.font.name = WORD_FONTS[d.head]
            h.font.size = Pt(d.size)
            h.font.color.rgb = RGBColor(0, 0, 0)
            h.font.bold = False
            h.font.italic = False
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Mm(297), Mm(210)
        top, right, bottom, left = d.margins
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(top), Mm(right), Mm(bottom), Mm(left)
        sec.header_distance = Mm(max(6, top - 10))
        sec.footer_distance = Mm(max(6, bottom - 12))
        self.width_mm = 210 - left - right
        cp = self.doc.core_properties
        cp.title = d.title
        cp.author = d.author or ""

    # ------------------------------------------------------------------ runs and paragraphs
    def add_runs(self, par, rs, size=None, font=None):
        for r in rs:
            run = par.add_run(r.text.replace("\n", "\v") if "\n" not in r.text else "")
            if "\n" in r.text:
                parts = r.text.split("\n")
                run.text = parts[0]
                for part in parts[1:]:
                    run.add_break()
                    run.add_text(part)
            run.bold = r.b or None
            run.italic = r.i or None
            run.underline = r.u or None
            if r.size or size:
                run.font.size = Pt(r.size or size)
            if r.color:
                run.font.color.rgb = RGBColor.from_string(r.color.strip("#").upper())
            f = WORD_FONTS.get(r.font) if r.font else font
            if f:
                run.font.name = f

    def para(self, container, b):
        par = container.add_paragraph()
        if b.heading:
            par.style = self.doc.styles["Heading 2"]
        pf = par.paragraph_format
        pf.space_before, pf.space_after = Pt(b.before), Pt(b.after)
        if b.indent:
            pf.left_indent = Pt(b.indent)
        pf.alignment = ALIGN[b.align]
        pf.keep_with_next = b.keep or None
        font = WORD_FONTS[self.d.head] if b.font == "head" and self.d.head != self.d.body_font else None
        self.add_runs(par, b.content, b.size, font)
        if b.color:
            for run in par.runs:
                run.font.color.rgb = RGBColor.from_string(b.color.strip("#").upper())
        return par

    # ------------------------------------------------------------------ blocks
    def blocks(self, container, bs):
        for b in bs:
            self.block(container, b)

    def block(self, c, b):
        if isinstance(b, ir.Para):
            self.para(c, b)
        elif isinstance(b, ir.Table):
            self.table(c, b)
        elif isinstance(b, ir.Checks):
            self.checks(c, b)
        elif isinstance(b, ir.ListBlock):
            self.listblock(c, b)
        elif isinstance(b, ir.Rule):
            par = c.add_paragraph()
            par.paragraph_format.space_after = Pt(b.after)
            _border(par._p.get_or_add_pPr(), "w:pBdr", ["bottom"], sz=max(2, int(b.width * 8)), color=b.color.strip("#"))
        elif isinstance(b, ir.Space):
            par = c.add_paragraph()
            par.paragraph_format.line_spacing = Pt(max(1, b.h))
        elif isinstance(b, ir.PageBreak):
            par = c.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, ir.Logo):
            par = c.add_paragraph()
            par.alignment = ALIGN[b.align]
            par.add_run().add_picture(_logo_png(b), width=Pt(b.w))
        elif isinstance(b, str):
            self.para(c, ir.P(b))
        else:
            raise TypeError(type(b))

    def cell_content(self, cell, c, size, bold=False):
        first = cell.paragraphs[0]
        if c is None:
            return
        if isinstance(c, (ir.Para, ir.Table, ir.ListBlock, ir.Logo, ir.Rule, ir.Space)):
            c = [c]
        if isinstance(c, (str, ir.Run)) or (isinstance(c, list) and c and all(isinstance(x, ir.Run) for x in c)):
            rs = ir.runs(c)
            if bold:
                rs = [ir.Run(r.text, b=True, i=r.i, u=r.u, size=r.size, color=r.color, font=r.font) for r in rs]
            self.add_runs(first, rs, size)
            return
        if isinstance(c, ir.Checks):
            c = [c]
        # blocks: fill the first paragraph by the first Para, append the rest
        start = 0
        if c and isinstance(c[0], ir.Para):
            b = c[0]
            pf = first.paragraph_format
            pf.alignment = ALIGN[b.align]
            pf.space_after = Pt(b.after)
            self.add_runs(first, b.content, b.size or size)
            start = 1
        for b in c[start:]:
            self.block(cell, b)

    def table(self, container, t):
        ncol = max(len(r) for r in t.rows)
        tbl = container.add_table(rows=len(t.rows), cols=ncol)
        tbl.alignment = WD_TABLE_ALIGNMENT.LEFT
        tbl.autofit = False
        fr = t.widths or [1 / ncol] * ncol
        tbl_pr = tbl._tbl.tblPr
        if t.border == "grid":
            _border(tbl_pr, "w:tblBorders", ["top", "left", "bottom", "right", "insideH", "insideV"])
        elif t.border in ("outer", "frame_rows"):
            _border(tbl_pr, "w:tblBorders", ["top", "left", "bottom", "right"] + (["insideH"] if t.border == "frame_rows" else []),
                    sz=6, color="000000")
        elif t.border == "hlines":
            _border(tbl_pr, "w:tblBorders", ["top", "bottom", "insideH"])
        size = t.size or self.d.size
        for ri, row in enumerate(t.rows):
            for ci in range(ncol):
                cell = tbl.cell(ri, ci)
                cell.width = Mm(self.width_mm * fr[ci])
                c = row[ci] if ci < len(row) else None
                bold = ri < t.header_rows or (t.bold_first_col and ci == 0)
                self.cell_content(cell, c, size, bold=bold and not isinstance(c, list))
                if ri < t.header_rows and t.shade:
                    _shade(cell, t.shade)
                if t.col_shade and ci == 0 and ri >= t.header_rows:
                    _shade(cell, t.col_shade)
                if t.border == "header_rule" and ri == t.header_rows - 1:
                    _border(cell._tc.get_or_add_tcPr(), "w:tcBorders", ["bottom"], sz=8, color="000000")
        for r, c0, c1 in t.spans:
            a, b = tbl.cell(r, c0), tbl.cell(r, c1)
            keep = [p for p in a.paragraphs]
            merged = a.merge(b)
            # merging concatenates paragraphs of empty cells: drop trailing empties
            for p in merged.paragraphs[len(keep):]:
                if not p.text.strip():
                    p._p.getparent().remove(p._p)
        after = container.add_paragraph() if hasattr(container, "add_paragraph") else None
        if after is not None:
            after.paragraph_format.line_spacing = Pt(max(1, t.after))
        return tbl

    def mark_into(self, par, style, on, size):
        if style == "wingdings":
            _sym(par, "F078" if on and False else ("F0FE" if on else "F0A8"), size)
            return
        txt = {"unicode": "☒" if on else "☐", "unicode2": "☑" if on else "☐", "brackets": "[X]" if on else "[  ]",
               "x": "X" if on else "  "}.get(style, "☒" if on else "☐")
        run = par.add_run(txt)
        run.font.size = Pt(size)
        if style in ("unicode", "unicode2", "drawn", "acroform") or style.startswith("zapf"):
            run.font.name = "DejaVu Sans"

    def checks(self, c, ch):
        size = ch.size or self.d.size
        if ch.label and not ch.horizontal:
            self.add_runs(c.add_paragraph(), [ir.Run(ch.label, b=ch.label_bold)], size)
        if ch.horizontal:
            par = c.add_paragraph()
            if ch.label:
                self.add_runs(par, [ir.Run(ch.label + " ", b=ch.label_bold)], size)
            for t, on in ch.items:
                self.mark_into(par, ch.style, on, size)
                self.add_runs(par, [ir.Run(" " + t + "    ")], size)
            par.paragraph_format.space_after = Pt(4)
            return
        for t, on in ch.items:
            par = c.add_paragraph()
            par.paragraph_format.space_after = Pt(1)
            self.mark_into(par, ch.style, on, size)
            self.add_runs(par, [ir.Run("  " + t)], size)
        c.add_paragraph().paragraph_format.line_spacing = Pt(4)

    def listblock(self, c, b):
        size = b.size or self.d.size
        for n, it in enumerate(b.items, 1):
            par = c.add_paragraph()
            pf = par.paragraph_format
            pf.left_indent = Pt(b.indent + 4)
            pf.first_line_indent = Pt(-(b.indent + 4))
            pf.space_after = Pt(b.after if n == len(b.items) else 2)
            bullet = {"bullet": "•", "dash": "–", "num": f"{n}.", "alpha": f"{chr(96 + n)})", "num_paren": f"{n})"}[b.style]
            self.add_runs(par, [ir.Run(bullet + "\t")] + ir.runs(it), size)
            pf.tab_stops.add_tab_stop(Pt(b.indent + 4))

    def running(self):
        d = self.d
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = (d.header and not d.header_first) or (d.footer and not d.footer_first)
        for text, first_ok, align, hf, first_hf in ((d.header, d.header_first, d.header_align, sec.header, sec.first_page_header),
                                                    (d.footer, d.footer_first, d.footer_align, sec.footer, sec.first_page_footer)):
            if not text:
                continue
            targets = [hf] + ([first_hf] if first_ok and sec.different_first_page_header_footer else [])
            for target in targets:
                par = target.paragraphs[0]
                par.alignment = ALIGN[align]
                rest = text
                while rest:
                    i = rest.find("{")
                    if i < 0:
                        self._text(par, rest)
                        break
                    if i:
                        self._text(par, rest[:i])
                    j = rest.index("}", i)
                    _field(par, "NUMPAGES" if rest[i + 1:j] == "pages" else "PAGE", d.running_size)
                    rest = rest[j + 1:]

    def _text(self, par, s):
        for k, line in enumerate(s.split("\n")):
            if k:
                par.add_run().add_break()
            r = par.add_run(line)
            r.font.size = Pt(self.d.running_size)

    def render(self, path):
        # python-docx starts with one empty paragraph: reuse it as a zero-height spacer
        body = self.doc
        first = body.paragraphs[0] if body.paragraphs else None
        self.blocks(body, self.d.blocks)
        if first is not None and not first.text:
            first._p.getparent().remove(first._p)
        self.running()
        self.doc.save(path)


def render(d, path):
    Renderer(d).render(path)
