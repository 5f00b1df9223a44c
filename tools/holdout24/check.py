"""Check that every labelled string of truth.jsonl is in the PDF's pdftotext text."""
import json, os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
D = os.path.join(ROOT, "tests", "fixtures", "holdout24")
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def dates(iso):
    y, m, d = iso.split("-")
    return [f"{d}.{m}.{y}", f"{int(d)}. {MONTHS[int(m)-1]} {y}"]


problems = 0
for line in open(os.path.join(D, "truth.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    raw = subprocess.run(["pdftotext", os.path.join(D, r["file"]), "-"], capture_output=True, text=True).stdout
    t = norm(raw)
    lay = norm(subprocess.run(["pdftotext", "-layout", os.path.join(D, r["file"]), "-"], capture_output=True, text=True).stdout)
    t2 = re.sub(r"(\w)- (\w)", r"\1-\2", t)  # a compound broken after its hyphen at a line end
    def has(s):
        return norm(s) in t or norm(s) in lay or norm(s) in t2
    miss = []
    for k in ["drucksache", "title", "department", "originator", "answers", "doc_type_printed"]:
        if r[k] and not has(r[k]):
            miss.append((k, r[k]))
    for ref in r["references"]:
        if not has(ref):
            miss.append(("ref", ref))
    for cns in r["consultations"]:
        if not has(cns["committee"]):
            miss.append(("committee", cns["committee"]))
        if cns["date"] and not any(has(x) for x in dates(cns["date"])):
            miss.append(("cdate", cns["date"]))
    if not any(has(x) for x in dates(r["date"])):
        miss.append(("date", r["date"]))
    if "\ufffd" in raw or "ﬁ" in raw or "ﬂ" in raw:
        miss.append(("glyph", "replacement/ligature"))
    if miss:
        problems += len(miss)
        print(r["file"], miss)
print("problems:", problems)
