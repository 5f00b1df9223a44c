#!/usr/bin/env python3
"""Rebuild the held-out set tests/fixtures/holdout9/ (papers of councils not elsewhere in the repo).

Copied from tools/holdout8/make.py (same producers, same truth check); adds the producer
"chromium-raw" (a paper given as its own HTML body and CSS, for layouts the block vocabulary
cannot draw: side columns, letterheads with absolutely placed address fields).

    python3 tools/holdout9/make.py            # writes the PDFs and truth.jsonl, then checks it
    python3 tools/holdout9/make.py t05 t14    # re-renders only these papers, rewrites truth.jsonl
    python3 tools/holdout9/make.py --truth    # truth.jsonl only (pages/producer read from the PDFs)

Producers: Chromium headless (--print-to-pdf) from HTML, LibreOffice headless from HTML (Writer
import), from .docx (python-docx) and from .odt (the .docx converted to .odt by LibreOffice first),
ReportLab, and Ghostscript (pdfwrite) re-distilling a paper made by one of the others. The block
vocabulary and back ends are tools/holdout6/render.py's (loaded by path); the pdfinfo reader is
tools/holdout4/make.py's. Labels are in docs_a.py / docs_b.py next to the content.
"""
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "fixtures" / "holdout9"

KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type",
        "doc_type_printed", "date", "title", "public", "department", "originator", "answers",
        "references", "consultations", "klimacheck", "klima_style", "pages", "themes",
        "themes_why", "notes"]


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


H4R = _load("holdout4_render", HERE.parent / "holdout4" / "render.py")
H4 = _load("holdout4_make", HERE.parent / "holdout4" / "make.py")
R6 = _load("holdout6_render", HERE.parent / "holdout6" / "render.py")
DOCS = (_load("holdout9_docs_a", HERE / "docs_a.py").DOCS
        + _load("holdout9_docs_b", HERE / "docs_b.py").DOCS)


def render(doc, outdir):
    """Render one paper; adds the producers libreoffice-odt and ghostscript to holdout6's."""
    target = Path(outdir) / doc["file"]
    producer = doc["producer"]
    if producer == "libreoffice-odt":
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            stem = Path(doc["file"]).stem
            src = tmp / f"{stem}.docx"
            R6._docx(doc, src)
            odt_dir = tmp / "odt"
            odt_dir.mkdir()
            profile = Path(tempfile.gettempdir()) / "holdout4-lo-profile"
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "odt", "--outdir", str(odt_dir), str(src)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            shutil.move(R6.h4.soffice(odt_dir / f"{stem}.odt", tmp), target)
        return target
    if producer == "chromium-raw":
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "paper.html"
            src.write_text("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><style>"
                           "@page { size: A4; margin: 1.8cm 1.8cm 1.8cm 2.4cm; } "
                           f"body {{ font-family: '{doc['font']}'; font-size: {doc['size']}pt; "
                           "line-height: 1.3; } p { margin: 0 0 6pt 0; } "
                           + doc.get("css", "") + "</style></head><body>" + doc["html"]
                           + "</body></html>")
            H4R.chromium(src, target)
        return target
    if producer == "ghostscript":
        with tempfile.TemporaryDirectory() as tmp:
            first = dict(doc, producer=doc["base"], file="first.pdf")
            R6.render(first, tmp)
            subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                            "-dCompatibilityLevel=1.5", f"-sOutputFile={target}",
                            str(Path(tmp) / "first.pdf")], check=True, timeout=180)
        return target
    return R6.render(doc, outdir)


THEMES = {"digitalisierung", "smart_city", "digitale_infrastruktur", "bildung", "klima_umwelt",
          "mobilitaet", "stadtentwicklung", "soziales", "finanzen", "verwaltung", "wirtschaft",
          "kultur_sport", "sicherheit_ordnung"}
TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort",
         "Stellungnahme", "Niederschrift", "Einladung", "Gesetzentwurf", "Schreiben"}


def check(path):
    """Validate truth.jsonl: parses, files exist, keys complete, types canonical, theme ids valid."""
    bad = []
    names = set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line)
        names.add(r["file"])
        missing = [k for k in KEYS if k not in r]
        if missing:
            bad.append(f"{n}: missing {missing}")
        if not (path.parent / r["file"]).is_file():
            bad.append(f"{n}: no file {r['file']}")
        if r["doc_type"] not in TYPES:
            bad.append(f"{n}: doc_type {r['doc_type']!r}")
        if not r["themes"] or set(r["themes"]) - THEMES:
            bad.append(f"{n}: themes {r['themes']}")
        if r["klimacheck"] not in (None, "neutral", "positive", "negative"):
            bad.append(f"{n}: klimacheck {r['klimacheck']!r}")
        if r["date"] is not None and not (len(r["date"]) == 10 and r["date"][4] == "-"):
            bad.append(f"{n}: date {r['date']!r}")
        if r["public"] not in (None, True, False):
            bad.append(f"{n}: public {r['public']!r}")
        if r["doc_type"] in ("Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antwort") \
                and r["originator"] is not None:
            bad.append(f"{n}: administration paper with originator")
        for c in r["consultations"]:
            if set(c) != {"committee", "date", "role"} or c["role"] not in (
                    None, "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"):
                bad.append(f"{n}: consultation {c}")
    pdfs = {p.name for p in path.parent.glob("*.pdf")}
    if pdfs != names:
        bad.append(f"PDFs without row / rows without PDF: {sorted(pdfs ^ names)}")
    return bad


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = []
    for d in DOCS:
        target = OUT / d["file"]
        if "--truth" not in sys.argv and (not only or any(o in d["file"] for o in only)):
            render(d, OUT)
            print("made", target.name, file=sys.stderr)
        pages, producer = H4.pdfinfo(target)
        if d.get("pages") and d["pages"] != pages:
            print(f"WARNING {target.name}: {pages} pages, meant {d['pages']}", file=sys.stderr)
        row = dict(d["truth"], file=d["file"], producer=d["producer"] if d["producer"] != "ghostscript"
                   else f"ghostscript({d['base']})", pdf_producer=producer, layout=d["layout"],
                   city=d["city"], pages=pages)
        rows.append({k: row[k] for k in KEYS})
    rows.sort(key=lambda r: r["file"])
    with open(OUT / "truth.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    bad = check(OUT / "truth.jsonl")
    for b in bad:
        print("BAD", b, file=sys.stderr)
    print(f"{len(rows)} rows, {len(bad)} problems", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
