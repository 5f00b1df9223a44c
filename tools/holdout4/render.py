"""Render a paper given as a list of blocks with a real producer (Chromium, LibreOffice).

Blocks (tuples):
  ("h", text, size_pt)              heading, bold
  ("p", text)                       paragraph; ("pb", text) bold paragraph; ("pi", text) italic
  ("right", text)                   right-aligned paragraph (letterhead, date line)
  ("kv", [(label, value), ...])     two-column header table without lines
  ("table", header, rows)           ruled table; header may be None
  ("box", [lines])                  framed box (Klimacheck, Eingangsvermerk)
  ("ul", [items]) / ("ol", [items]) lists
  ("space",)                        an empty line
  ("pagebreak",)
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path


def _e(text):
    return html.escape(text).replace("\n", "<br>")


def to_html(blocks, font, size=11, extra_css=""):
    out = [
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>",
        f"@page {{ size: A4; margin: 2cm 2cm 2cm 2.5cm; }}",
        f"body {{ font-family: '{font}'; font-size: {size}pt; line-height: 1.3; }}",
        "table { border-collapse: collapse; margin: 6pt 0; }",
        "table.grid td, table.grid th { border: 0.6pt solid #000; padding: 3pt 5pt; "
        "text-align: left; vertical-align: top; }",
        "table.kv td { padding: 1pt 12pt 1pt 0; vertical-align: top; }",
        "div.box { border: 0.8pt solid #000; padding: 4pt 8pt; margin: 8pt 0; }",
        "p { margin: 0 0 6pt 0; } p.right { text-align: right; }",
        extra_css,
        "</style></head><body>",
    ]
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<p style='font-size:{b[2]}pt;font-weight:bold;margin-top:8pt'>{_e(b[1])}</p>")
        elif kind == "p":
            out.append(f"<p>{_e(b[1])}</p>")
        elif kind == "pb":
            out.append(f"<p><b>{_e(b[1])}</b></p>")
        elif kind == "pi":
            out.append(f"<p><i>{_e(b[1])}</i></p>")
        elif kind == "right":
            out.append(f"<p class='right' style='text-align:right'>{_e(b[1])}</p>")
        elif kind == "kv":
            rows = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in b[1])
            out.append(f"<table class='kv'>{rows}</table>")
        elif kind == "table":
            head = ""
            if b[1]:
                head = "<tr>" + "".join(f"<th>{_e(c)}</th>" for c in b[1]) + "</tr>"
            rows = "".join(
                "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in b[2]
            )
            out.append(f"<table class='grid' border='1' cellpadding='4' width='100%'>{head}{rows}</table>")
        elif kind == "box":
            inner = "<br>".join(_e(x) for x in b[1])
            out.append(f"<table class='grid' border='1' cellpadding='6' width='100%'><tr><td>{inner}</td></tr></table>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{_e(x)}</li>" for x in b[1])
            out.append(f"<{kind}>{items}</{kind}>")
        elif kind == "space":
            out.append("<p>&nbsp;</p>")
        elif kind == "pagebreak":
            out.append("<p style='page-break-before: always'></p>")
        else:
            raise ValueError(kind)
    out.append("</body></html>")
    return "\n".join(out)


def to_docx(blocks, font, size, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)

    def para(text, bold=False, italic=False, pt=None, align=None):
        p = doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            r = p.add_run(line)
            r.bold, r.italic = bold, italic
            r.font.name = font
            if pt:
                r.font.size = Pt(pt)
            if i < len(text.split("\n")) - 1:
                r.add_break()
        if align:
            p.alignment = align
        return p

    for b in blocks:
        kind = b[0]
        if kind == "h":
            para(b[1], bold=True, pt=b[2])
        elif kind == "p":
            para(b[1])
        elif kind == "pb":
            para(b[1], bold=True)
        elif kind == "pi":
            para(b[1], italic=True)
        elif kind == "right":
            para(b[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = k, v
        elif kind == "table":
            ncol = len(b[1] or b[2][0])
            t = doc.add_table(rows=0, cols=ncol, style="Table Grid")
            if b[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, b[1]):
                    c.text = ""
                    c.paragraphs[0].add_run(v).bold = True
            for r in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1, style="Table Grid")
            t.rows[0].cells[0].text = "\n".join(b[1])
        elif kind in ("ul", "ol"):
            st = "List Bullet" if kind == "ul" else "List Number"
            for x in b[1]:
                doc.add_paragraph(x, style=st)
        elif kind == "space":
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)


def soffice(src, outdir):
    profile = Path(tempfile.gettempdir()) / "holdout4-lo-profile"
    args = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if src.suffix == ".html":
        args += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        args += ["--convert-to", "pdf"]
    subprocess.run(args + ["--outdir", str(outdir), str(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return outdir / (src.stem + ".pdf")


def chromium(src, out):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def render(doc, outdir):
    """Render one paper (a dict with file, producer, font, size, blocks) to outdir/file."""
    target = Path(outdir) / doc["file"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stem = Path(doc["file"]).stem
        producer = doc["producer"]
        if producer == "chromium":
            src = tmp / f"{stem}.html"
            src.write_text(to_html(doc["blocks"], doc["font"], doc["size"], doc.get("css", "")))
            chromium(src, target)
        elif producer == "libreoffice-html":
            src = tmp / f"{stem}.html"
            src.write_text(to_html(doc["blocks"], doc["font"], doc["size"], doc.get("css", "")))
            shutil.move(soffice(src, tmp), target)
        elif producer == "libreoffice-docx":
            src = tmp / f"{stem}.docx"
            to_docx(doc["blocks"], doc["font"], doc["size"], src)
            shutil.move(soffice(src, tmp), target)
        else:
            raise ValueError(producer)
    return target
