"""Render a paper of holdout6 with a real producer.

The block vocabulary and the Chromium / LibreOffice / ReportLab back ends are those of
tools/holdout4/render.py and tools/holdout5/render.py (loaded by path). holdout6 adds, per paper:

  "running": text of a running line printed on every page — a fixed <div> at the page foot for
             Chromium (Chromium repeats fixed elements on each printed page), a Word footer for
             .docx (LibreOffice prints it), a canvas line for ReportLab ("{page}" is filled in);
  "head":    text of a running header (Word header / fixed div at the page top), same producers;
  "css":     extra CSS for the HTML producers (fonts of table cells, narrow side columns).
"""
import importlib.util
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


h4 = _load("holdout4_render", HERE.parent / "holdout4" / "render.py")
h5 = _load("holdout5_render", HERE.parent / "holdout5" / "render.py")


def _html(doc):
    text = h4.to_html(doc["blocks"], doc["font"], doc["size"], doc.get("css", ""))
    extra = ""
    if doc.get("head"):
        extra += ("<div style='position:fixed;top:0;left:0;right:0;font-size:8pt;background:#fff;"
                  f"border-bottom:0.5pt solid #000'>{h4._e(doc['head'])}</div><div style='height:1.4em'></div>")
    if doc.get("running"):
        extra += ("<div style='position:fixed;bottom:0;left:0;right:0;font-size:8pt;background:#fff;"
                  f"text-align:center'>{h4._e(doc['running'].replace('{page}', ''))}</div>")
    return text.replace("</style></head><body>", "</style></head><body>" + extra, 1)


def _docx(doc, path):
    from docx import Document
    from docx.shared import Pt

    h4.to_docx(doc["blocks"], doc["font"], doc["size"], path)
    if not (doc.get("head") or doc.get("running")):
        return
    d = Document(path)
    sec = d.sections[0]
    for part, key in ((sec.header, "head"), (sec.footer, "running")):
        if doc.get(key):
            p = part.paragraphs[0]
            r = p.add_run(doc[key].replace("{page}", "").strip())
            r.font.size = Pt(8)
            r.font.name = doc["font"]
    d.save(path)


def render(doc, outdir):
    """Render one paper (dict with file, producer, font, size, blocks) to outdir/file."""
    target = Path(outdir) / doc["file"]
    producer = doc["producer"]
    if producer == "reportlab":
        d = dict(doc)
        if d.get("running"):
            d["footer"] = d["running"]
        h5.to_reportlab(d, target)
        return target
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stem = Path(doc["file"]).stem
        if producer == "chromium":
            src = tmp / f"{stem}.html"
            src.write_text(_html(doc))
            h4.chromium(src, target)
        elif producer == "libreoffice-html":
            src = tmp / f"{stem}.html"
            src.write_text(h4.to_html(doc["blocks"], doc["font"], doc["size"], doc.get("css", "")))
            shutil.move(h4.soffice(src, tmp), target)
        elif producer == "libreoffice-docx":
            src = tmp / f"{stem}.docx"
            _docx(doc, src)
            shutil.move(h4.soffice(src, tmp), target)
        else:
            raise ValueError(producer)
    return target
