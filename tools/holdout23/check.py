"""Check that labelled strings are printed: python3 tools/holdout23/check.py"""
import json, os, re, subprocess, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "holdout23")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


problems = 0
for line in open(os.path.join(OUT, "truth.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    pdf = os.path.join(OUT, r["file"])
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    plain = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    txt = norm(plain) + " || " + norm(raw)
    want = []
    for k in ("drucksache", "doc_type_printed", "title", "department", "originator", "answers"):
        if r.get(k):
            want.append((k, r[k]))
    want.append(("date", dmy(r["date"])))
    for ref in r["references"]:
        want.append(("ref", ref))
    for c in r["consultations"]:
        want.append(("committee", c["committee"]))
        if c["date"]:
            want.append(("cdate", dmy(c["date"])))
    bad = []
    for k, v in want:
        if norm(v) not in txt:
            bad.append(f"{k}={v!r}")
    for junk in ("<br", "&lt;", "&amp;", "\ufffd", "ﬁ", "ﬂ", "<b>"):
        if junk in raw:
            bad.append(f"junk {junk!r}")
    if bad:
        problems += len(bad)
        print(r["file"], "; ".join(bad))
print("problems:", problems)
