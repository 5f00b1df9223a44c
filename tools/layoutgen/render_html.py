"""HTML renderer for the Chromium producer: a Doc becomes one HTML page with CSS paged media
(@page margin boxes carry the running header/footer and page counters)."""

import html

import ir

CSS_FONTS = {
    "dejavu_sans": "'DejaVu Sans'", "dejavu_condensed": "'DejaVu Sans Condensed', 'DejaVu Sans'",
    "dejavu_serif": "'DejaVu Serif'", "liberation_sans": "'Liberation Sans', Arial",
    "liberation_serif": "'Liberation Serif', 'Times New Roman'", "liberation_narrow": "'Liberation Sans Narrow'",
    "helvetica": "'Nimbus Sans', Helvetica", "times": "'Nimbus Roman', Times", "nimbus_sans": "'Nimbus Sans'",
    "p052": "'P052', Palatino", "c059": "'C059', 'Century Schoolbook'",
}


def e(s):
    return html.escape(s, quote=True)


def _css_text(template):
    """'Seite {page} von {pages}' -> CSS content value."""
    out, rest = [], template
    while rest:
        i = rest.find("{")
        if i < 0:
            out.append('"' + rest.replace('"', '\\"').replace("\n", "\\A ") + '"')
            break
        if i:
            out.append('"' + rest[:i].replace('"', '\\"').replace("\n", "\\A ") + '"')
        j = rest.index("}", i)
        key = rest[i + 1:j]
        out.append(f"counter({'pages' if key == 'pages' else 'page'})")
        rest = rest[j + 1:]
    return " ".join(out) or '""'


class Renderer:
    def __init__(self, doc):
        self.d = doc

    def runs(self, rs):
        out = []
        for r in rs:
            t = e(r.text).replace("\n", "<br>")
            st = []
            if r.size:
                st.append(f"font-size:{r.size}pt")
            if r.color:
                st.append(f"color:{r.color}")
            if r.font:
                st.append(f"font-family:{CSS_FONTS[r.font]}")
            if st:
                t = f'<span style="{";".join(st)}">{t}</span>'
            if r.u:
                t = f"<u>{t}</u>"
            if r.i:
                t = f"<i>{t}</i>"
            if r.b:
                t = f"<b>{t}</b>"
            out.append(t)
        return "".join(out)

    def para(self, b):
        st = [f"margin:{b.before}pt 0 {b.after}pt {b.indent}pt", f"text-align:{b.align}"]
        if b.size:
            st.append(f"font-size:{b.size}pt")
        if b.leading:
            st.append(f"line-height:{b.leading}pt")
        if b.font == "head" and self.d.head != self.d.body_font:
            st.append(f"font-family:{CSS_FONTS[self.d.head]}")
        if b.color:
            st.append(f"color:{b.color}")
        if b.keep:
            st.append("break-after:avoid")
        tag = f"h{b.heading + 1}" if b.heading else "p"
        if b.heading:
            st.append("font-weight:normal")
        return f'<{tag} style="{";".join(st)}">{self.runs(b.content) or "&nbsp;"}</{tag}>'

    def blocks(self, bs):
        return "".join(self.block(b) for b in bs)

    def block(self, b):
        if isinstance(b, ir.Para):
            return self.para(b)
        if isinstance(b, ir.Table):
            return self.table(b)
        if isinstance(b, ir.Checks):
            return self.checks(b)
        if isinstance(b, ir.ListBlock):
            return self.listblock(b)
        if isinstance(b, ir.Rule):
            return f'<hr style="border:0;border-top:{b.width}pt solid {b.color};margin:{b.before}pt 0 {b.after}pt 0">'
        if isinstance(b, ir.Space):
            return f'<div style="height:{b.h}pt"></div>'
        if isinstance(b, ir.PageBreak):
            return '<div style="break-after:page"></div>'
        if isinstance(b, ir.Logo):
            return self.logo(b)
        if isinstance(b, str):
            return self.para(ir.P(b))
        raise TypeError(type(b))

    def cell(self, c):
        if c is None:
            return ""
        if isinstance(c, (ir.Para, ir.Table, ir.ListBlock, ir.Logo, ir.Rule, ir.Space)):
            c = [c]
        if isinstance(c, (str, ir.Run)):
            return self.runs(ir.runs(c))
        if isinstance(c, ir.Checks):
            return self.checks(c)
        if isinstance(c, list) and c and all(isinstance(x, ir.Run) for x in c):
            return self.runs(c)
        return self.blocks(c)

    def table(self, t):
        ncol = max(len(r) for r in t.rows)
        fr = t.widths or [1 / ncol] * ncol
        span = {(r, c0): c1 - c0 + 1 for r, c0, c1 in t.spans}
        skip = {(r, c) for r, c0, c1 in t.spans for c in range(c0 + 1, c1 + 1)}
        border = {"grid": "0.5pt solid #777", "outer": "none", "hlines": "none", "header_rule": "none",
                  "frame_rows": "none", "none": "none"}[t.border]
        tstyle = ["border-collapse:collapse", "width:100%", f"margin:{t.before}pt 0 {t.after}pt 0"]
        if t.size:
            tstyle.append(f"font-size:{t.size}pt")
        if t.border in ("outer", "frame_rows"):
            tstyle.append("border:0.7pt solid #000")
        out = [f'<table style="{";".join(tstyle)}"><colgroup>' + "".join(f'<col style="width:{f * 100:.1f}%">' for f in fr) + "</colgroup>"]
        for ri, row in enumerate(t.rows):
            out.append("<tr>")
            for ci in range(ncol):
                if (ri, ci) in skip:
                    continue
                c = row[ci] if ci < len(row) else None
                st = [f"border:{border}", f"padding:{t.pad * 0.6}pt {t.pad}pt", f"vertical-align:{t.valign if t.valign == 'top' else 'middle'}",
                      "text-align:left"]
                if t.border in ("hlines", "frame_rows"):
                    st.append("border-bottom:0.4pt solid #777")
                    if ri == 0 and t.border == "hlines":
                        st.append("border-top:0.4pt solid #777")
                if t.border == "header_rule" and ri == t.header_rows - 1:
                    st.append("border-bottom:0.8pt solid #000")
                if ri < t.header_rows and t.shade:
                    st.append(f"background:{t.shade}")
                if t.col_shade and ci == 0 and ri >= t.header_rows:
                    st.append(f"background:{t.col_shade}")
                bold = ri < t.header_rows or (t.bold_first_col and ci == 0)
                inner = self.cell(c)
                if bold and isinstance(c, str):
                    inner = f"<b>{inner}</b>"
                sp = f' colspan="{span[(ri, ci)]}"' if (ri, ci) in span else ""
                out.append(f'<td{sp} style="{";".join(st)}">{inner}</td>')
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def mark(self, style, on, size):
        s = size * 1.05
        if style in ("unicode", "wingdings", "acroform") or style.startswith("zapf"):
            return "☒" if on else "☐"
        if style == "unicode2":
            return "☑" if on else "☐"
        if style == "brackets":
            return "[X]" if on else "[&nbsp;&nbsp;]"
        if style == "x":
            return "X" if on else ""
        cross = (f'<line x1="1.5" y1="1.5" x2="{s - 1.5}" y2="{s - 1.5}" stroke="#000" stroke-width="0.8"/>'
                 f'<line x1="1.5" y1="{s - 1.5}" x2="{s - 1.5}" y2="1.5" stroke="#000" stroke-width="0.8"/>') if on else ""
        return (f'<svg width="{s}pt" height="{s}pt" viewBox="0 0 {s} {s}" style="vertical-align:-1pt">'
                f'<rect x="0.3" y="0.3" width="{s - 0.6}" height="{s - 0.6}" fill="none" stroke="#000" stroke-width="0.6"/>{cross}</svg>')

    def checks(self, c):
        size = c.size or self.d.size
        items = [f'<span style="white-space:nowrap;margin-right:14pt">{self.mark(c.style, on, size)}&nbsp;{e(t)}</span>'
                 for t, on in c.items]
        label = f"<b>{e(c.label)}</b> " if c.label and c.label_bold else (e(c.label) + " " if c.label else "")
        if c.horizontal:
            return f'<p style="margin:2pt 0 4pt 0;font-size:{size}pt">{label}{"".join(items)}</p>'
        out = f'<p style="margin:2pt 0 1pt 0;font-size:{size}pt">{label}</p>' if label else ""
        return out + "".join(f'<p style="margin:0 0 1pt 0;font-size:{size}pt">{i}</p>' for i in items) + '<div style="height:4pt"></div>'

    def listblock(self, b):
        size = f"font-size:{b.size}pt;" if b.size else ""
        if b.style in ("num", "alpha", "bullet", "dash"):
            tag = "ol" if b.style in ("num", "alpha") else "ul"
            lst = {"num": "decimal", "alpha": "lower-alpha", "bullet": "disc", "dash": '"– "'}[b.style]
            items = "".join(f'<li style="margin-bottom:2pt">{self.runs(ir.runs(x))}</li>' for x in b.items)
            return f'<{tag} style="{size}list-style-type:{lst};margin:0 0 {b.after}pt 0;padding-left:{b.indent + 4}pt">{items}</{tag}>'
        items = "".join(f'<p style="margin:0 0 2pt {b.indent}pt;text-indent:-{b.indent}pt">{n})&nbsp;&nbsp;{self.runs(ir.runs(x))}</p>'
                        for n, x in enumerate(b.items, 1))
        return f'<div style="{size}margin-bottom:{b.after}pt">{items}</div>'

    def logo(self, lg):
        w, h = lg.w, lg.w * 1.15
        c = lg.color
        if lg.kind == "shield":
            body = (f'<path d="M0,0 H{w} V{h * 0.55} C{w},{h * 0.85} {w * 0.6},{h * 0.95} {w / 2},{h} '
                    f'C{w * 0.4},{h * 0.95} 0,{h * 0.85} 0,{h * 0.55} Z" fill="none" stroke="{c}"/>'
                    f'<rect x="{w * 0.15}" y="{h * 0.25}" width="{w * 0.7}" height="{h * 0.2}" fill="{c}"/>'
                    f'<circle cx="{w / 2}" cy="{h * 0.68}" r="{w * 0.12}" fill="{c}"/>')
        elif lg.kind == "circle":
            body = f'<circle cx="{w / 2}" cy="{h / 2}" r="{w / 2}" fill="{c}"/><circle cx="{w / 2}" cy="{h / 2}" r="{w / 4}" fill="#fff"/>'
        elif lg.kind == "bars":
            body = "".join(f'<rect x="{i * w / 4}" y="{h - h * (0.4 + 0.15 * i)}" width="{w / 5}" height="{h * (0.4 + 0.15 * i)}" fill="{c}"/>'
                           for i in range(4))
        elif lg.kind == "wave":
            body = "".join(f'<path d="M0,{h * (0.7 - 0.2 * i)} C{w * 0.3},{h * (0.5 - 0.2 * i)} {w * 0.6},{h * (0.9 - 0.2 * i)} {w},{h * (0.7 - 0.2 * i)}" '
                           f'fill="none" stroke="{c}" stroke-width="2"/>' for i in range(3))
        else:
            body = f'<rect width="{w}" height="{h}" fill="{c}"/>'
        align = {"left": "left", "right": "right", "center": "center"}[lg.align]
        return (f'<div style="text-align:{align}"><svg width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}">{body}</svg></div>')

    def page_css(self):
        d = self.d
        top, right, bottom, left = d.margins
        boxes = []
        first = []
        for text, first_ok, align, pos in ((d.header, d.header_first, d.header_align, "top"),
                                           (d.footer, d.footer_first, d.footer_align, "bottom")):
            if not text:
                continue
            box = f"@{pos}-{ {'left': 'left', 'right': 'right', 'center': 'center'}[align] }"
            box = box.replace(" ", "")
            style = (f"content:{_css_text(text)};font-family:{CSS_FONTS[d.body_font]};font-size:{d.running_size}pt;"
                     f"white-space:pre;vertical-align:{'bottom' if pos == 'top' else 'top'}")
            if d.rule_under_header and pos == "top":
                style += ";border-bottom:0.4pt solid #000"
            boxes.append(f"{box}{{{style}}}")
            if not first_ok:
                first.append(f"{box}{{content:none}}")
        css = f"@page{{size:A4;margin:{top}mm {right}mm {bottom}mm {left}mm;{''.join(boxes)}}}"
        if first:
            css += f"@page:first{{{''.join(first)}}}"
        return css

    def render(self):
        d = self.d
        css = (self.page_css() + f"html{{font-family:{CSS_FONTS[d.body_font]};font-size:{d.size}pt;line-height:{d.leading}}}"
               "body{margin:0;font-variant-ligatures:none;font-feature-settings:'liga' 0,'dlig' 0,'clig' 0}table{page-break-inside:auto}tr{page-break-inside:avoid}"
               "h2,h3,h4{font-size:inherit;margin:0}p{orphans:2;widows:2}")
        return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{e(d.title)}</title>'
                f'<meta name="author" content="{e(d.author)}"><style>{css}</style></head><body>{self.blocks(d.blocks)}</body></html>')


def render(doc):
    return Renderer(doc).render()
