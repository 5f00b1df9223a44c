"""Consistency check for tests/fixtures/holdout28: every truth value's text must occur in the PDF's
pdftotext output (whitespace-normalised; default and -layout/-raw modes), page counts must match pdfinfo,
keys must equal holdout26's key set, roles must be canonical. Usage: python3 tools/holdout28/check.py"""
import json, os, re, subprocess, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
D = os.path.join(ROOT, "tests", "fixtures", "holdout28")
ROLES = {"Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung", None}
TYPES = {"Beschlussvorlage", "Mitteilungsvorlage", "Ergänzungsvorlage", "Antrag", "Anfrage", "Antwort", "Stellungnahme", "Niederschrift", "Einladung", "Gesetzentwurf", "Schreiben"}
THEMES = {"finanzen", "klima_umwelt", "soziales", "stadtentwicklung", "wirtschaft", "mobilitaet", "kultur_sport", "sicherheit_ordnung", "bildung", "verwaltung", "digitalisierung", "digitale_infrastruktur", "smart_city"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def texts(pdf):
    out = []
    for mode in ([], ["-raw"], ["-layout"]):
        t = subprocess.run(["pdftotext", *mode, pdf, "-"], capture_output=True, text=True).stdout
        out.append(norm(t))
        out.append(norm(re.sub(r"-\n(?=[a-zäöü])", "", t)))  # soft line-end hyphenation
    return out


def iso_to_de(d):
    y, m, dd = d.split("-")
    return [f"{dd}.{m}.{y}", f"{int(dd)}. ", f"{dd}.{m}."]


def main():
    ref_keys = list(json.loads(open(os.path.join(ROOT, "tests/fixtures/holdout26/truth.jsonl")).readline()).keys())
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(D, "truth.jsonl"), encoding="utf-8")]
    for r in rows:
        errs = []
        if list(r.keys()) != ref_keys:
            errs.append(f"keys differ: {set(r) ^ set(ref_keys)}")
        pdf = os.path.join(D, r["file"])
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s*(\d+)", info).group(1))
        if pages != r["pages"]:
            errs.append(f"pages {pages} != {r['pages']}")
        prod = re.search(r"^Producer:\s*(.*)$", info, re.M)
        if (prod.group(1).strip() if prod else None) != r["pdf_producer"]:
            errs.append("pdf_producer differs")
        T = texts(pdf)
        T += [t.replace(" ", "") for t in T]  # fallback: line breaks after dashes/hyphens split words

    def has(s):
        return any(norm(s) in t for t in T) or any(norm(s).replace(" ", "") in t for t in T)

    def has_ci(s):
        return any(norm(s).lower() in t.lower() for t in T)
        for k in ("city", "drucksache", "doc_type_printed", "title", "department", "originator", "answers"):
            v = r[k]
            if k == "city" and v:
                if not (has_ci(v) or has_ci(v.split(" ", 1)[1]) or has_ci(v.split()[-1].replace("-", ""))):
                    errs.append(f"city not in text: {v!r}")
                continue
            if v and not has(v):
                errs.append(f"{k} not in text: {v!r}")
        for ref in r["references"]:
            if not has(ref):
                errs.append(f"reference not in text: {ref}")
        if r["date"] and not any(has(x) for x in iso_to_de(r["date"])[:1]):
            # long form '12. Oktober 2026' / '3. November 2026'
            y, m, d = r["date"].split("-")
            mon = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][int(m) - 1]
            if not has(f"{int(d)}. {mon} {y}"):
                errs.append(f"date not in text: {r['date']}")
        for c in r["consultations"]:
            if not has(c["committee"]):
                errs.append(f"committee not in text: {c['committee']}")
            if c["date"] and not has(iso_to_de(c["date"])[0]):
                errs.append(f"consultation date not in text: {c['date']}")
            if c["role"] not in ROLES:
                errs.append(f"role not canonical: {c['role']}")
        if r["doc_type"] not in TYPES:
            errs.append("doc_type not canonical")
        if r["klimacheck"] not in ("positive", "negative", "neutral", None):
            errs.append("klimacheck value")
        if not r["themes"] or set(r["themes"]) - THEMES:
            errs.append(f"themes: {r['themes']}")
        if r["public"] is True and not (has("öffentlich") or has("(Ö)")):
            errs.append("public true but 'öffentlich' not printed")
        if r["public"] is False and not (has("nichtöffentlich") or has("nicht öffentlich")):
            errs.append("public false but 'nichtöffentlich' not printed")
        if errs:
            bad += 1
            print(r["file"])
            for e in errs:
                print("   ", e)
    print(f"{len(rows)} rows, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
