"""Consistency check of tests/fixtures/holdout25/truth.jsonl against pdftotext output (no ratsdex).
Every labelled string must occur in the PDF's text (whitespace collapsed), dates in DD.MM.YYYY form,
pages must equal pdfinfo's count, and no replacement/ligature glyphs may occur."""
import json, os, re, subprocess, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIR = os.path.join(ROOT, "tests", "fixtures", "holdout25")
CANON_TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort", "Stellungnahme",
               "Niederschrift", "Einladung", "Gesetzentwurf", "Schreiben"}
ROLES = {"Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung", None}
THEMES = {"finanzen", "klima_umwelt", "soziales", "stadtentwicklung", "wirtschaft", "mobilitaet", "kultur_sport",
          "sicherheit_ordnung", "bildung", "verwaltung", "digitalisierung", "digitale_infrastruktur", "smart_city"}

def text(path, *opts):
    return subprocess.run(["pdftotext", *opts, path, "-"], capture_output=True, text=True).stdout

def norm(s): return re.sub(r"\s+", " ", s).strip()

def dmy(iso):
    y, m, d = iso.split("-"); return f"{d}.{m}.{y}"

problems = 0
def bad(f, msg):
    global problems; problems += 1; print(f"{f}: {msg}")

rows = [json.loads(l) for l in open(os.path.join(DIR, "truth.jsonl"), encoding="utf-8")]
files = {r["file"] for r in rows}
for f in os.listdir(DIR):
    if f.endswith(".pdf") and f not in files: bad(f, "PDF without truth row")
for r in rows:
    f = r["file"]; p = os.path.join(DIR, f)
    if not os.path.exists(p): bad(f, "missing PDF"); continue
    raw = text(p); t = norm(raw); tl = norm(text(p, "-layout"))
    info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if pages != r["pages"]: bad(f, f"pages {r['pages']} != {pages}")
    if "\ufffd" in raw or re.search("[\ufb00-\ufb06]", raw): bad(f, "replacement or ligature glyph")
    def need(label, s):
        if s is None: return
        if norm(s) not in t and norm(s) not in tl: bad(f, f"{label} not in text: {s!r}")
    for k in ("drucksache", "title", "department", "originator", "answers", "doc_type_printed"):
        need(k, r[k])
    for ref in r["references"]: need("reference", ref)
    if r["drucksache"] and r["drucksache"] in r["references"]: bad(f, "own number among references")
    if r["date"]: need("date", dmy(r["date"]))
    for c in r["consultations"]:
        need("committee", c["committee"])
        if c["date"]: need("consultation date", dmy(c["date"]))
        if c["role"] not in ROLES: bad(f, f"role {c['role']}")
    if r["doc_type"] not in CANON_TYPES: bad(f, f"doc_type {r['doc_type']}")
    if r["klimacheck"] not in ("positive", "negative", "neutral", None): bad(f, "klimacheck value")
    if (r["klimacheck"] is None) != (r["klima_style"] is None): bad(f, "klimacheck/klima_style mismatch")
    if not r["themes"] or any(x not in THEMES for x in r["themes"]) or len(set(r["themes"])) != len(r["themes"]): bad(f, "themes")
    if r["originator"] and r["department"]: bad(f, "both originator and department")
    if r["public"] is True and not re.search(r"öffentlich|Öffentlich", t): bad(f, "public true without the word")
    if r["public"] is False and not re.search(r"nicht ?öffentlich|nichtöffentlich", t, re.I): bad(f, "public false without the word")
print(f"{len(rows)} rows, problems: {problems}")
sys.exit(1 if problems else 0)
