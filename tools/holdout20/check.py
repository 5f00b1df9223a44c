"""Text-layer check: every labelled string must be readable in pdftotext of its PDF (whitespace-normalised)."""
import json, os, re, subprocess, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "holdout20")
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for ln in open(os.path.join(OUT, "truth.jsonl"), encoding="utf-8"):
    r = json.loads(ln)
    raw = subprocess.run(["pdftotext", os.path.join(OUT, r["file"]), "-"], capture_output=True, text=True).stdout
    txt = norm(raw); txt_nohy = norm(raw.replace("-\n", "-"))
    def has(s):
        s = norm(s)
        return s in txt or s in txt_nohy
    items = [("drucksache", r["drucksache"]), ("title", r["title"]), ("department", r["department"]), ("originator", r["originator"]),
             ("answers", r["answers"])] + [("ref", x) for x in r["references"]] + [("committee", c["committee"]) for c in r["consultations"]] \
            + [("role", c["role"]) for c in r["consultations"] if c["role"] not in (None, "Entscheidung", "Kenntnisnahme")]
    for c in r["consultations"]:
        if c["date"]:
            y, m, d = c["date"].split("-"); items.append(("cdate", f"{d}.{m}.{y}"))
    if r["date"]:
        y, m, d = r["date"].split("-"); ds = [f"{d}.{m}.{y}", f"{int(d)}. Oktober {y}"]
        if not any(x in txt for x in ds): print(r["file"][:3], "date?", r["date"]); bad += 1
    for k, v in items:
        if v and not has(v):
            if k == "originator" and "," in v and all(has(p) for p in v.split(", ")): continue
            print(r["file"][:3], k, "not found:", v); bad += 1
    for g in ["ﬁ", "ﬂ", "\ufffd"]:
        if g in raw: print(r["file"][:3], "glyph", repr(g)); bad += 1
print("problems:", bad)
