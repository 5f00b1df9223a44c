#!/usr/bin/env python3
"""holdout22 — first-contact metadata set, renderer.

Each paper in papers.py is a list of blocks (or raw HTML) plus its truth row.
Producers: Chromium --print-to-pdf (HTML), LibreOffice (HTML import, .docx from
python-docx), ReportLab, Ghostscript pdfwrite re-distilling a Chromium or
LibreOffice PDF.

usage: python3 tools/holdout22/make.py [ids...] [--truth]
"""
import html, json, os, re, subprocess, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout22")
sys.path.insert(0, HERE)
import papers  # noqa: E402

# ---------------------------------------------------------------- inline markup
def inl_html(t):
    t = html.escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<u>\1</u>", t)
    return t.replace("\n", "<br>")

def inl_rl(t):
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<u>\1</u>", t)
    return t.replace("\n", "<br/>")

# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: %(m)s; }
body { font-family: %(font)s; font-size: %(fs)s; line-height: 1.3; color: #000; }
table { border-collapse: collapse; }
td, th { vertical-align: top; padding: 2px 5px; text-align: left; }
table.ruled td, table.ruled th { border: 1px solid #444; }
table.ruled th { background: #e6e6e6; }
table.kv td.k { font-weight: %(kw)s; }
.box { border: 1.2px solid #000; padding: 6px 8px; margin: 6px 0; }
.small { font-size: 8pt; }
.center { text-align: center; }
.right { text-align: right; }
h1 { font-size: 15pt; margin: 10px 0 6px 0; }
h2 { font-size: 12pt; margin: 10px 0 4px 0; }
h3 { font-size: 10.5pt; margin: 8px 0 3px 0; }
p { margin: 0 0 6px 0; }
.pb { page-break-before: always; }
.fixhead { position: fixed; top: 0; transform: translateY(-12mm); left: 0; right: 0; font-size: 8pt; color:#333; }
.fixfoot { position: fixed; bottom: 0; transform: translateY(12mm); left: 0; right: 0; font-size: 8pt; color:#333; }
hr { border: 0; border-top: 1px solid #000; }
"""

def block_html(b):
    k = b[0]
    if k == "p":
        return "<p>%s</p>" % inl_html(b[1])
    if k == "h":
        lvl = b[2] if len(b) > 2 else 2
        return "<h%d>%s</h%d>" % (lvl, inl_html(b[1]), lvl)
    if k == "center":
        return '<p class="center">%s</p>' % inl_html(b[1])
    if k == "right":
        return '<p class="right">%s</p>' % inl_html(b[1])
    if k == "small":
        return '<p class="small">%s</p>' % inl_html(b[1])
    if k == "hr":
        return "<hr>"
    if k == "pb":
        return '<div class="pb"></div>'
    if k == "box":
        return '<div class="box">%s</div>' % "".join("<p>%s</p>" % inl_html(x) for x in b[1])
    if k == "cols":  # borderless multi-column row: list of cell texts, widths in %
        cells, widths = b[1], b[2]
        return '<table style="width:100%%">' + "<tr>" + "".join(
            '<td style="width:%d%%">%s</td>' % (w, inl_html(c)) for c, w in zip(cells, widths)) + "</tr></table>"
    if k == "kv":  # key/value table: rows, key share %, ruled
        rows, share = b[1], b[2] if len(b) > 2 else 30
        ruled = b[3] if len(b) > 3 else False
        cls = "kv ruled" if ruled else "kv"
        return '<table class="%s" style="width:100%%">' % cls + "".join(
            '<tr><td class="k" style="width:%d%%">%s</td><td>%s</td></tr>' % (share, inl_html(a), inl_html(v))
            for a, v in rows) + "</table>"
    if k == "table":  # ruled table with header
        head, rows = b[1], b[2]
        widths = b[3] if len(b) > 3 else None
        out = '<table class="ruled" style="width:100%; margin:4px 0 8px 0">'
        if head:
            out += "<tr>" + "".join('<th%s>%s</th>' % (
                (' style="width:%d%%"' % widths[i]) if widths else "", inl_html(h)) for i, h in enumerate(head)) + "</tr>"
        for r in rows:
            out += "<tr>" + "".join("<td>%s</td>" % inl_html(c) for c in r) + "</tr>"
        return out + "</table>"
    if k == "raw":
        return b[1]
    raise ValueError(k)

def to_html(p):
    st = p.get("style", {})
    css = CSS % dict(m=st.get("margin", "20mm 18mm 20mm 22mm"), font=st.get("font", "'Liberation Sans', Arial, sans-serif"),
                     fs=st.get("fs", "10.5pt"), kw=st.get("kw", "normal"))
    body = ""
    if p.get("fixhead"):
        body += '<div class="fixhead">%s</div>' % inl_html(p["fixhead"])
    if p.get("fixfoot"):
        body += '<div class="fixfoot">%s</div>' % inl_html(p["fixfoot"])
    body += "\n".join(block_html(b) for b in p["blocks"])
    return '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>%s</title><style>%s%s</style></head><body>%s</body></html>' % (
        html.escape(p.get("html_title", "")), css, p.get("css", ""), body)

# ---------------------------------------------------------------- ReportLab
def render_rl(p, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether)
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fdir = "/usr/share/fonts/truetype/"
    fam = p.get("style", {}).get("rlfont", "DejaVuSans")
    files = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
        "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    }[fam]
    pdfmetrics.registerFont(TTFont(fam, fdir + files[0]))
    pdfmetrics.registerFont(TTFont(fam + "-B", fdir + files[1]))
    from reportlab.lib.fonts import addMapping
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B"); addMapping(fam, 0, 1, fam); addMapping(fam, 1, 1, fam + "-B")
    fs = p.get("style", {}).get("rlfs", 10)
    S = lambda **kw: ParagraphStyle("x", fontName=fam, fontSize=kw.pop("fs", fs), leading=kw.pop("ld", fs * 1.3), **kw)
    body, small, ctr, rgt = S(spaceAfter=5), S(fs=7.5, ld=9.5), S(alignment=1, spaceAfter=5), S(alignment=2, spaceAfter=5)
    hs = {1: S(fs=15, ld=18, spaceBefore=6, spaceAfter=6), 2: S(fs=12, ld=15, spaceBefore=6, spaceAfter=4), 3: S(fs=10.5, ld=13, spaceBefore=4, spaceAfter=3)}
    W = A4[0] - 45 * mm
    story = []
    for b in p["blocks"]:
        k = b[0]
        if k == "p": story.append(Paragraph(inl_rl(b[1]), body))
        elif k == "h": story.append(Paragraph("<b>%s</b>" % inl_rl(b[1]), hs[b[2] if len(b) > 2 else 2]))
        elif k == "center": story.append(Paragraph(inl_rl(b[1]), ctr))
        elif k == "right": story.append(Paragraph(inl_rl(b[1]), rgt))
        elif k == "small": story.append(Paragraph(inl_rl(b[1]), small))
        elif k == "hr":
            t = Table([[""]], colWidths=[W], rowHeights=[2]); t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, colors.black)])); story.append(t)
        elif k == "pb": story.append(PageBreak())
        elif k == "box":
            t = Table([[[Paragraph(inl_rl(x), body) for x in b[1]]]], colWidths=[W])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5)])); story.append(t); story.append(Spacer(1, 5))
        elif k == "cols":
            t = Table([[Paragraph(inl_rl(c), body) for c in b[1]]], colWidths=[W * w / 100 for w in b[2]])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])); story.append(t)
        elif k == "kv":
            share = b[2] if len(b) > 2 else 30
            kst = S(fontName=fam + "-B") if p.get("style", {}).get("kw") == "bold" else body
            t = Table([[Paragraph(inl_rl(a), kst), Paragraph(inl_rl(v), body)] for a, v in b[1]], colWidths=[W * share / 100, W * (100 - share) / 100])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if len(b) > 3 and b[3]: sty.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            t.setStyle(TableStyle(sty)); story.append(t); story.append(Spacer(1, 5))
        elif k == "table":
            head, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else [100 / len(rows[0])] * len(rows[0])
            data = ([[Paragraph("<b>%s</b>" % inl_rl(h), body) for h in head]] if head else []) + [[Paragraph(inl_rl(c), body) for c in r] for r in rows]
            t = Table(data, colWidths=[W * w / 100 for w in widths], repeatRows=1 if head else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if head: sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(sty)); story.append(t); story.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    head, foot = p.get("rlhead"), p.get("rlfoot")
    def deco(c, d):
        c.saveState(); c.setFont(fam, 7.5)
        n = c.getPageNumber()
        if head and (n > 1 or p.get("rlhead_first")):
            c.drawString(22 * mm, A4[1] - 12 * mm, head.replace("{n}", str(n)))
        if foot:
            c.drawString(22 * mm, 10 * mm, foot.replace("{n}", str(n)))
        if p.get("rlpagenum"):
            c.drawRightString(A4[0] - 18 * mm, 10 * mm, p["rlpagenum"].replace("{n}", str(n)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=23 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=p.get("html_title", ""), author=p.get("author", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- docx
def render_docx(p, path):
    import docx
    from docx.shared import Pt, Mm, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = p.get("style", {}).get("docxfont", "Liberation Sans"); st.font.size = Pt(p.get("style", {}).get("docxfs", 10.5))
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(24), Mm(18), Mm(22), Mm(20)
    W = 168
    def runs(par, t, size=None, bold=False):
        for i, part in enumerate(re.split(r"\*\*", t)):
            if not part: continue
            for j, line in enumerate(part.split("\n")):
                if j: par.add_run().add_break()
                r = par.add_run(line); r.bold = bold or (i % 2 == 1)
                if size: r.font.size = Pt(size)
        return par
    def field(par, instr):
        r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)
    def hf(container, text):
        par = container.paragraphs[0]
        parts = text.split("{n}")
        for i, part in enumerate(parts):
            if i: field(par, "PAGE")
            runs(par, part, size=8)
    if p.get("docxhead"): hf(sec.header, p["docxhead"])
    if p.get("docxfoot"): hf(sec.footer, p["docxfoot"])
    def table(rows, widths, ruled, bold_first_row=False, keybold=False):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        if ruled: t.style = "Table Grid"
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(W * widths[i] / 100 * 56.7)))
        for ri, r in enumerate(rows):
            for ci, c in enumerate(r):
                cell = t.cell(ri, ci); cell.width = Mm(W * widths[ci] / 100)
                runs(cell.paragraphs[0], c, bold=(bold_first_row and ri == 0) or (keybold and ci == 0))
        d.add_paragraph()
    for b in p["blocks"]:
        k = b[0]
        if k == "p": runs(d.add_paragraph(), b[1])
        elif k == "h": runs(d.add_paragraph(), b[1], size={1: 15, 2: 12, 3: 10.5}[b[2] if len(b) > 2 else 2], bold=True)
        elif k in ("center", "right"):
            par = runs(d.add_paragraph(), b[1]); par.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == "center" else WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "small": runs(d.add_paragraph(), b[1], size=8)
        elif k == "hr": runs(d.add_paragraph(), "_" * 86, size=8)
        elif k == "pb": d.add_page_break()
        elif k == "box": table([["\n".join(b[1])]], [100], True)
        elif k == "cols": table([b[1]], b[2], False)
        elif k == "kv":
            share = b[2] if len(b) > 2 else 30
            table([list(r) for r in b[1]], [share, 100 - share], len(b) > 3 and b[3], keybold=p.get("style", {}).get("kw") == "bold")
        elif k == "table":
            widths = b[3] if len(b) > 3 else [100 / len(b[2][0])] * len(b[2][0])
            table(([b[1]] if b[1] else []) + [list(r) for r in b[2]], widths, True, bold_first_row=bool(b[1]))
        else: raise ValueError(k)
    d.save(path)

# ---------------------------------------------------------------- drivers
def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s\n%s" % (cmd, r.stderr[-800:]))

def soffice(src, tmp, infilter=None):
    cmd = ["soffice", "-env:UserInstallation=file://%s/lo" % tmp, "--headless"]
    if infilter: cmd += ["--infilter=" + infilter]
    run(cmd + ["--convert-to", "pdf", "--outdir", tmp, src])
    return os.path.splitext(src)[0] + ".pdf"

def chromium(src, dst, browser_hf=False):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=" + dst]
    if not browser_hf: cmd.append("--no-pdf-header-footer")
    run(cmd + ["file://" + src])

def gs(src, dst):
    run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", "-sOutputFile=" + dst, src])

def render(p):
    dst = os.path.join(OUT, p["truth"]["file"])
    tmp = tempfile.mkdtemp(prefix="h22_")
    try:
        prod = p["producer"]
        base = prod.replace("+gs", "")
        mid = os.path.join(tmp, "mid.pdf")
        target = mid if prod.endswith("+gs") else dst
        if base == "chromium":
            src = os.path.join(tmp, p["id"] + ".html")
            open(src, "w").write(p.get("html") or to_html(p))
            chromium(src, target, p.get("browser_hf", False))
        elif base == "libreoffice-html":
            src = os.path.join(tmp, p["id"] + ".html")
            open(src, "w").write(p.get("html") or to_html(p))
            shutil.move(soffice(src, tmp, "HTML (StarWriter)"), target)
        elif base == "libreoffice-docx":
            src = os.path.join(tmp, p["id"] + ".docx")
            render_docx(p, src)
            shutil.move(soffice(src, tmp), target)
        elif base == "reportlab":
            render_rl(p, target)
        else:
            raise ValueError(prod)
        if prod.endswith("+gs"):
            gs(mid, dst)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    info = dict(l.split(":", 1) for l in out.splitlines() if ":" in l)
    return info.get("Producer", "").strip(), int(info.get("Pages", "0"))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def check(p):
    t = p["truth"]; path = os.path.join(OUT, t["file"])
    txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout)
    raw = norm(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
    probs = []
    def find(s, what):
        if s and norm(s) not in txt and norm(s) not in raw:
            probs.append("%s not found: %r" % (what, s))
    find(t["drucksache"], "drucksache"); find(t["doc_type_printed"], "doc_type_printed")
    find(t["department"], "department"); find(t["originator"], "originator")
    if t["title"]:
        # titles may wrap; check word sequence against the raw text
        words = norm(t["title"])
        if words not in raw and words not in txt:
            probs.append("title not found verbatim (check wrap): %r" % t["title"][:80])
    for r in t["references"]: find(r, "reference")
    find(t["answers"], "answers")
    for c in t["consultations"]: find(c["committee"], "committee")
    def dm(iso):
        y, m, d = iso.split("-"); return "%s.%s.%s" % (d, m, y)
    if t["date"]: find(dm(t["date"]), "date")
    for c in t["consultations"]:
        if c["date"]: find(dm(c["date"]), "consultation date")
    return probs

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_truth = "--truth" in sys.argv
    ps = papers.PAPERS
    if args: ps = [p for p in ps if p["id"] in args]
    os.makedirs(OUT, exist_ok=True)
    if not only_truth:
        for p in ps:
            render(p); print("rendered", p["truth"]["file"], flush=True)
    rows = []
    nprob = 0
    for p in papers.PAPERS:
        t = p["truth"]; path = os.path.join(OUT, t["file"])
        if os.path.exists(path):
            t["pdf_producer"], t["pages"] = pdfinfo(path)
            for pr in check(p):
                nprob += 1; print(p["id"], pr)
        rows.append(t)
    keys = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date", "title", "public",
            "department", "originator", "answers", "references", "consultations", "klimacheck", "klima_style", "pages", "themes", "themes_why", "notes"]
    with open(os.path.join(OUT, "truth.jsonl"), "w") as f:
        for t in rows:
            f.write(json.dumps({k: t[k] for k in keys}, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", nprob, "problems")

if __name__ == "__main__":
    main()
