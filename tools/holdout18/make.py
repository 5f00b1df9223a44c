#!/usr/bin/env python3
"""Build tests/fixtures/holdout18: `python3 tools/holdout18/make.py [rNN ...] [--truth]`."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import render  # noqa: E402
from papers import PAPERS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout18")
KEYS = ["file", "producer", "pdf_producer", "layout", "city", "drucksache", "doc_type", "doc_type_printed", "date",
        "title", "public", "department", "originator", "answers", "references", "consultations", "klimacheck",
        "klima_style", "pages", "themes", "themes_why", "notes"]
DEFAULTS = {"drucksache": None, "doc_type_printed": None, "public": None, "department": None, "originator": None,
            "answers": None, "references": [], "consultations": [], "klimacheck": None, "klima_style": None}
THEMES = {"finanzen", "digitalisierung", "klima_umwelt", "bildung", "mobilitaet", "verwaltung",
          "digitale_infrastruktur", "wirtschaft", "stadtentwicklung", "sicherheit_ordnung", "soziales", "smart_city",
          "kultur_sport"}
PRODUCER_LABEL = {"chromium": "chromium", "chromium-raw": "chromium-raw", "lo-docx": "libreoffice-docx",
                  "lo-html": "libreoffice-html", "reportlab": "reportlab", "ps": "ghostscript(postscript)",
                  "gs-chromium": "ghostscript(chromium)"}


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    info = {}
    for ln in out.splitlines():
        if ":" in ln:
            k, v = ln.split(":", 1)
            info[k.strip()] = v.strip()
    return info


def build(p, tmp):
    name = p["file"]
    pdf = os.path.join(OUT, name)
    stem = os.path.join(tmp, name[:-4])
    prod = p["producer"]
    opts = dict(p.get("opts", {}))
    opts.setdefault("title", p["title"] or p["doc_type"])
    if prod in ("chromium", "chromium-raw", "gs-chromium", "lo-html"):
        html = p["html"] if "html" in p else render.to_html(p["blocks"], opts)
        with open(stem + ".html", "w", encoding="utf-8") as f:
            f.write(html)
        if prod == "lo-html":
            render.soffice(stem + ".html", tmp, infilter="HTML (StarWriter)")
            shutil.move(stem + ".pdf", pdf)
        elif prod == "gs-chromium":
            render.chromium(stem + ".html", stem + ".c.pdf")
            render.gs_redistill(stem + ".c.pdf", pdf)
        else:
            render.chromium(stem + ".html", pdf)
    elif prod == "lo-docx":
        render.to_docx(p["blocks"], opts, stem + ".docx")
        render.soffice(stem + ".docx", tmp)
        shutil.move(stem + ".pdf", pdf)
    elif prod == "reportlab":
        render.to_reportlab(p["blocks"], opts, pdf)
    elif prod == "ps":
        render.to_ps(p["blocks"], opts, stem + ".ps")
        render.ps2pdf(stem + ".ps", pdf)
    else:
        raise ValueError(prod)


def truth_row(p):
    pdf = os.path.join(OUT, p["file"])
    info = pdfinfo(pdf)
    prod = info.get("Producer", "")
    if prod.startswith("Skia/PDF"):
        prod = "Skia/PDF m" + prod.split("m")[-1].split()[0] if "m" in prod else prod
    if prod.startswith("LibreOffice"):
        prod = "LibreOffice 7.4"
    if prod.startswith("GPL Ghostscript"):
        prod = "GPL Ghostscript 10.00.0"
    if "ReportLab" in prod:
        prod = "ReportLab PDF Library - www.reportlab.com"
    row = dict(DEFAULTS)
    row.update({k: v for k, v in p.items() if k in KEYS})
    row["producer"] = PRODUCER_LABEL[p["producer"]]
    row["pdf_producer"] = prod
    row["pages"] = int(info.get("Pages", "0"))
    return {k: row.get(k) for k in KEYS}


def check(row):
    probs = []
    for k in ("file", "layout", "city", "doc_type", "date", "themes", "themes_why", "notes"):
        if not row.get(k):
            probs.append("missing " + k)
    if not set(row["themes"]) <= THEMES:
        probs.append("bad theme %s" % row["themes"])
    for c in row["consultations"]:
        if set(c) != {"committee", "date", "role"}:
            probs.append("bad consultation")
    if row["klimacheck"] not in (None, "positive", "negative", "neutral"):
        probs.append("bad klimacheck")
    if (row["klimacheck"] is None) != (row["klima_style"] is None):
        probs.append("klima_style mismatch")
    return probs


def text_check(pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    probs = []
    for bad in ("\ufffd", "Ã", "ﬁ", "ﬂ", "ﬀ"):
        if bad in txt:
            probs.append("text layer contains %r" % bad)
    if not any(u in txt for u in "äöüÄÖÜß"):
        probs.append("no umlauts in text layer")
    return probs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_truth = "--truth" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h18_")
    rows, nprob = [], 0
    for p in PAPERS:
        rid = p["file"].split("_")[0]
        if not only_truth and (not args or rid in args):
            build(p, tmp)
            print("built", p["file"], flush=True)
    for p in PAPERS:
        row = truth_row(p)
        pr = check(row) + text_check(os.path.join(OUT, p["file"]))
        for x in pr:
            print("PROBLEM", p["file"], x)
        nprob += len(pr)
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows, {nprob} problems")


if __name__ == "__main__":
    main()
