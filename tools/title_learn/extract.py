#!/usr/bin/env python3
"""Title candidates and their features from page 1 of council PDFs (issue 13 item 4 spike).

For every paper of a labelled set: page-1 text segments (a line, split where a wide gap
separates table columns) with font size, weight and position; candidates are runs of 1-4
segments of one column in the top 60 % of page 1, or after a subject label anywhere on page 1;
each candidate gets ~50 features and a label (token F1 with the truth title >= 0.9, the rule of
../shared/eval/evaluate.py).

    python3 tools/title_learn/extract.py --set NAME --truth T.jsonl --dir PDF_DIR --out F.jsonl

Output: one JSON object per paper: {set, file, truth, cands: [{text, f: {...}, y, f1}]}.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber

# ---- the scoring rule of evaluate.py (NFC, casefold, \w+ tokens, multiset F1) ----


def fold(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text)).casefold()
    return re.sub(r"\s+", " ", text).strip()


def tokens(text):
    return re.findall(r"\w+", fold(text) or "")


def token_f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    pool = Counter(tb)
    common = 0
    for t in ta:
        if pool[t] > 0:
            pool[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


# ---- label families (regexes over the start of a segment; not a list of files' spellings) ----

# subject labels: Betreff / Betrifft / Betr. / Gegenstand / Thema / Titel / Bezeichnung /
# Kurztitel, optionally "… der Vorlage / des Antrags", Beratungsgegenstand, Tagesordnungspunkt, hier:
TITLE_LABEL = re.compile(
    r"^\s*((Beratungs|Verhandlungs)?gegenstand|Betreff|Betrifft|Betr\.|Thema|(Kurz|Vorlagen|Antrags)?titel|"
    r"(Kurz|Vorlagen)?bezeichnung|Tagesordnungspunkt|Bezug|hier)"
    r"(\s+(der|des|zur)\s+(Vorlage|Antrags?|Anfrage|Drucksache|Mitteilung|Beschlussvorlage))?"
    r"\s*(:|\s*[-–]\s|(?=\s)|$)\s*",
    re.I,
)
# any "Label:" at the start of a segment (a header field: Datum:, Amt:, Vorlage-Nr.: …)
ANY_LABEL = re.compile(r"^\s*[A-ZÄÖÜ][\wäöüß./\- ]{1,40}:(\s|$)")
HEADING = re.compile(
    r"^\s*(Sachverhalt|Sachdarstellung|Begründung|Beschlussvorschlag|Beschlussantrag|Beschluss|"
    r"Antragstext|Antrag|Mitteilung|Anlass|Problemstellung|Vortrag|Fragen|Petitum|Erläuterungen?|"
    r"Ausgangslage|Anlagen?|Zusammenfassung|Hintergrund|Inhalt|Finanzielle Auswirkungen|"
    r"Beratungsfolge|Beschlussempfehlung|Tenor|Kurzfassung|Lösung|Vorschlag der Verwaltung|"
    r"Stellungnahme|Bericht|Tagesordnung)\b\s*:?\s*$",
    re.I,
)
SALUTATION = re.compile(r"^\s*(Sehr geehrte|Liebe[rs]?\b|Guten Tag|Hallo)", re.I)
ADDRESS_OPENER = re.compile(r"^\s*(An\s+(den|die|das)\b|An\s*$|Herrn?\b|Frau\b)")
DOCTYPE = re.compile(
    r"\b(Beschlussvorlage|Mitteilungsvorlage|Informationsvorlage|Sitzungsvorlage|Vorlage|Antrag|Anfrage|"
    r"Beantwortung|Antwort|Stellungnahme|Empfehlung|Niederschrift|Protokoll|Einladung|Tagesordnung|"
    r"Ergänzungsvorlage|Tischvorlage|Drucksache)\b",
    re.I,
)
COMMITTEE = re.compile(r"(ausschuss|ausschuß|stadtrat|gemeinderat|kreistag|rat der|beirat|bezirksvertretung|sitzung)", re.I)
DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{4}|\d{2})\b|\b\d{1,2}\.\s+(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b", re.I)
POSTCODE = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ][a-zäöüß]")
PHONE = re.compile(r"(Tel|Telefon|Fax|Durchwahl|Zimmer|E-Mail|Mail)\b|\b0\d{2,5}\s?[/ -]\s?\d{2,}[\d -]{2,}|@|www\.|https?:", re.I)
ADDRESS = re.compile(r"(straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s+\d+", re.I)
DRS_SHAPE = re.compile(r"\b[A-Z]{0,4}\s?[/-]?\d{2,5}\s?[/-]\s?\d{2,5}\b")
VERB = re.compile(
    r"\b(wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|soll|sollen|kann|können|muss|müssen|"
    r"bitte[tn]?|beantragt|beantragen|beschließt|beschließen|stimmt|nimmt|fragen|frage|gibt|möchte[n]?|"
    r"wir|ich|Ihnen|Sie)\b"
)
BOLD = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b\b|bd\b", re.I)
ITALIC = re.compile(r"italic|oblique|-it\b|ita\b", re.I)
JOINERS = {"und", "oder", "bzw", "sowie", "bis"}


def page_segments(page):
    """Page words -> visual lines -> segments (split at gaps wider than 1.5 x the font size)."""
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, x_tolerance=1.5)
    words = [w for w in words if w["text"].strip()]
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    lines = []
    for w in words:
        for ln in lines[-3:]:
            if abs(ln["top"] - w["top"]) <= max(2.0, 0.3 * w["size"]) or (
                w["top"] < ln["bottom"] - 0.5 * w["size"] and w["bottom"] > ln["top"] + 0.5 * w["size"]):
                ln["words"].append(w)
                ln["bottom"] = max(ln["bottom"], w["bottom"])
                break
        else:
            lines.append({"top": w["top"], "bottom": w["bottom"], "words": [w]})
    segs = []
    for li, ln in enumerate(lines):
        ws = sorted(ln["words"], key=lambda w: w["x0"])
        cur = [ws[0]]
        groups = [cur]
        for a, b in zip(ws, ws[1:]):
            if b["x0"] - a["x1"] > 1.5 * max(a["size"], b["size"]):
                cur = [b]
                groups.append(cur)
            else:
                cur.append(b)
        for gi, g in enumerate(groups):
            nchar = sum(len(w["text"]) for w in g)
            segs.append({
                "text": " ".join(w["text"] for w in g),
                "x0": g[0]["x0"], "x1": g[-1]["x1"],
                "top": min(w["top"] for w in g), "bottom": max(w["bottom"] for w in g),
                "size": sum(w["size"] * len(w["text"]) for w in g) / max(1, nchar),
                "bold": sum(len(w["text"]) for w in g if BOLD.search(w["fontname"] or "")) / max(1, nchar),
                "italic": sum(len(w["text"]) for w in g if ITALIC.search(w["fontname"] or "")) / max(1, nchar),
                "nchar": nchar, "line": li, "col": gi, "ncols": len(groups),
            })
    return segs


def join_lines(texts):
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif out.endswith("-") and t[:1].islower() and t.split()[0].strip(",.") not in JOINERS:
            out = out[:-1] + t
        else:
            out = out + " " + t
    return out


def below(segs, i):
    """Index of the next segment of the same column below segment i (x ranges overlap), or None."""
    s = segs[i]
    best = None
    for j, t in enumerate(segs):
        if t["line"] <= s["line"]:
            continue
        if t["x0"] < s["x1"] - 2 and t["x1"] > s["x0"] + 2 and (abs(t["x0"] - s["x0"]) < 40 or s["ncols"] == 1 and t["ncols"] == 1):
            if best is None or t["top"] < segs[best]["top"]:
                best = j
    if best is not None and segs[best]["top"] - s["bottom"] > 4 * s["size"]:
        return None
    return best


def above(segs, i):
    s = segs[i]
    best = None
    for j, t in enumerate(segs):
        if t["line"] >= s["line"]:
            continue
        if t["x0"] < s["x1"] - 2 and t["x1"] > s["x0"] + 2:
            if best is None or t["bottom"] > segs[best]["bottom"]:
                best = j
    return best


def left_of(segs, i):
    s = segs[i]
    c = [t for t in segs if t["line"] == s["line"] and t["col"] == s["col"] - 1]
    return c[0] if c else None


def is_title_label_only(text):
    m = TITLE_LABEL.match(text)
    return bool(m) and not text[m.end():].strip()


def features(segs, idx, page_w, page_h, body, maxsize, text, inline_label):
    ss = [segs[i] for i in idx]
    first, last = ss[0], ss[-1]
    nchar = sum(s["nchar"] for s in ss)
    size = sum(s["size"] * s["nchar"] for s in ss) / max(1, nchar)
    bold = sum(s["bold"] * s["nchar"] for s in ss) / max(1, nchar)
    ital = sum(s["italic"] * s["nchar"] for s in ss) / max(1, nchar)
    up = above(segs, idx[0])
    dn = below(segs, idx[-1])
    up_s = segs[up] if up is not None else None
    dn_s = segs[dn] if dn is not None else None
    lf = left_of(segs, idx[0])
    words = text.split()
    alpha = [w for w in words if re.match(r"[^\W\d_]", w)]
    f = {
        "rel_size": size / body,
        "size_vs_max": size / maxsize,
        "is_max_size": float(size >= maxsize - 0.5),
        "larger_than_body": float(size > body + 0.5),
        "bold": bold,
        "italic": ital,
        "y_top": first["top"] / page_h,
        "y_bottom": last["bottom"] / page_h,
        "x0": min(s["x0"] for s in ss) / page_w,
        "x1": max(s["x1"] for s in ss) / page_w,
        "width": (max(s["x1"] for s in ss) - min(s["x0"] for s in ss)) / page_w,
        "centered": abs((min(s["x0"] for s in ss) + max(s["x1"] for s in ss)) / 2 - page_w / 2) / page_w,
        "n_lines": len(ss),
        "n_chars": min(nchar, 400) / 100,
        "n_words": min(len(words), 60) / 10,
        "in_table_row": float(first["ncols"] > 1),
        "col": min(first["col"], 3),
        "label_inline": float(inline_label),
        "label_left": float(lf is not None and bool(TITLE_LABEL.match(lf["text"])) and len(lf["text"]) < 40),
        "label_above": float(up_s is not None and is_title_label_only(up_s["text"])),
        "other_label_left": float(lf is not None and not TITLE_LABEL.match(lf["text"]) and lf["text"].rstrip().endswith(":")),
        "starts_any_label": float(bool(ANY_LABEL.match(text)) and not inline_label),
        "gap_before": min(((first["top"] - up_s["bottom"]) / first["size"]) if up_s else 5.0, 5.0),
        "gap_after": min(((dn_s["top"] - last["bottom"]) / last["size"]) if dn_s else 5.0, 5.0),
        "next_same_style": float(dn_s is not None and abs(dn_s["size"] - last["size"]) < 0.6 and abs(dn_s["bold"] - last["bold"]) < 0.5
                                 and (dn_s["top"] - last["bottom"]) < 0.8 * last["size"] and not HEADING.match(dn_s["text"])
                                 and not ANY_LABEL.match(dn_s["text"])),
        "prev_same_style": float(up_s is not None and abs(up_s["size"] - first["size"]) < 0.6 and abs(up_s["bold"] - first["bold"]) < 0.5
                                 and (first["top"] - up_s["bottom"]) < 0.8 * first["size"] and not ANY_LABEL.match(up_s["text"])
                                 and not TITLE_LABEL.match(up_s["text"])),
        "next_heading": float(dn_s is not None and bool(HEADING.match(dn_s["text"]))),
        "next_label": float(dn_s is not None and (bool(ANY_LABEL.match(dn_s["text"])) or bool(TITLE_LABEL.match(dn_s["text"])))),
        "prev_heading": float(up_s is not None and bool(HEADING.match(up_s["text"]))),
        "prev_doctype": float(up_s is not None and bool(DOCTYPE.search(up_s["text"])) and len(up_s["text"]) < 60),
        "ends_period": float(text.rstrip().endswith(".")),
        "ends_colon": float(text.rstrip().endswith(":")),
        "ends_qmark": float(text.rstrip().endswith("?")),
        "verb": min(len(VERB.findall(text)), 3),
        "sentence": float(bool(VERB.search(text)) and text.rstrip().endswith(".") and len(words) >= 6),
        "has_date": float(bool(DATE.search(text))),
        "digit_frac": sum(c.isdigit() for c in text) / max(1, len(text)),
        "postcode": float(bool(POSTCODE.search(text))),
        "phone_mail": float(bool(PHONE.search(text))),
        "address": float(bool(ADDRESS.search(text))),
        "drs_shape": float(bool(DRS_SHAPE.search(text))),
        "doctype_word": float(bool(DOCTYPE.search(text))),
        "doctype_only": float(bool(DOCTYPE.fullmatch(text.strip().rstrip(":")))),
        "committee_word": float(bool(COMMITTEE.search(text))),
        "heading_itself": float(bool(HEADING.match(text))),
        "salutation": float(bool(SALUTATION.match(text))),
        "address_opener": float(bool(ADDRESS_OPENER.match(text))),
        "starts_lower": float(text[:1].islower()),
        "cap_frac": sum(w[:1].isupper() for w in alpha) / max(1, len(alpha)),
        "allcaps_frac": sum(w.isupper() and len(w) > 1 for w in alpha) / max(1, len(alpha)),
        "avg_wordlen": min(sum(len(w) for w in words) / max(1, len(words)), 20) / 10,
        "seg_rank": 0.0,  # filled later: rank of the first segment among page segments
        "n_label_seen": 0.0,
    }
    return f


# sub-span variants of a candidate: a printed title is often one part of a line
# ("Niederschrift über die Sitzung … am Montag, 01.12.2025", "Stellungnahme zur Vorlage 12/3 – Neufassung …")
LEAD_DOCTYPE = re.compile(
    r"^(Niederschrift|Protokoll|Ergebnisprotokoll|Einladung|Tagesordnung|Stellungnahme|Empfehlung|Antrag|Anfrage|"
    r"Beantwortung|Antwort|Mitteilung|Bericht|Beschlussvorlage|Vorlage)\b[^\w]*((über|zur|zum|zu|für|auf|an|betreffend|betr\.)\s+)?"
    r"((die|der|den|das|dem|des)\s+)?", re.I)
LEAD_PREP = re.compile(r"^((über|zur|zum|zu|für|betreffend|der|des|die|den|dem)\s+)+(?=\S)")
TRAIL_DATE = re.compile(r"\s+(am|vom|den|,)\s+((Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s*(dem|den)?\s*)?\d.*$|"
                        r"\s+(am|vom)\s+(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b.*$", re.I)
LEAD_INVITE = re.compile(r"^(Hiermit\s+)?(lade|laden)\s+(ich|wir)\s+Sie\s+(\w+\s+)?(zu[rm]?|ein\s+zu[rm]?)\s+", re.I)
TRAIL_MISC = re.compile(r"\s+(in der Wahlperiode\b.*|statt\.?|ein\.?)$", re.I)
TRAIL_PAREN = re.compile(r"\s*\((Drucksache|Vorlage|Drs\.|DS|Nr\.)[^)]*\)\s*$", re.I)
DASH = re.compile(r"\s+[–—-]\s+")


def variants(text):
    """(variant text, kind) for the sub-spans of a candidate text."""
    out = {}
    def add(t, kind):
        t = t.strip(" ,;:–—-")
        if t and t != text and len(tokens(t)) >= 2 and t not in out:
            out[t] = kind
    base = [text]
    m = LEAD_INVITE.match(text)
    if m and m.end() < len(text):
        add(text[m.end():], "v_lead_prep")
        base.append(text[m.end():])
    m = LEAD_DOCTYPE.match(text)
    if m and m.end() < len(text):
        add(text[m.end():], "v_lead_doctype")
        base.append(text[m.end():])
    m = LEAD_PREP.match(text)
    if m and m.end() < len(text):
        add(text[m.end():], "v_lead_prep")
        base.append(text[m.end():])
    for b in list(base):
        c = TRAIL_DATE.sub("", b)
        c = TRAIL_PAREN.sub("", c)
        c = TRAIL_MISC.sub("", c)
        if c != b:
            add(c, "v_trail")
            base.append(c)
    parts = DASH.split(text, maxsplit=1)
    if len(parts) == 2:
        add(parts[1], "v_dash_right")
        add(parts[0], "v_dash_left")
    m = re.search(r"[„“\"»«]([^„“”\"»«]{8,})[“”\"«»]", text)
    if m:
        add(m.group(1), "v_quoted")
    parts = re.split(r":\s+", text, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) < 60:
        add(parts[1], "v_colon_right")
    # a session named in the dative/genitive ("der öffentlichen Sitzung") in its nominative form
    for t in list(out) + [text]:
        n = re.sub(r"^(öffentlichen|nichtöffentlichen|nicht öffentlichen)\b", lambda m: m.group(1)[:-1], t)
        if n != t:
            add(n, "v_nominative")
    return list(out.items())


VARIANT_KINDS = ["v_lead_doctype", "v_lead_prep", "v_trail", "v_dash_right", "v_dash_left", "v_colon_right", "v_nominative", "v_quoted"]


def candidates(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        if not pdf.pages:
            return []
        page = pdf.pages[0]
        W, H = float(page.width), float(page.height)
        segs = page_segments(page)
    if not segs:
        return []
    sizes = Counter()
    for s in segs:
        sizes[round(s["size"] * 2) / 2] += s["nchar"]
    body = sizes.most_common(1)[0][0] or 10.0
    maxsize = max(s["size"] for s in segs if s["top"] < 0.6 * H) if any(s["top"] < 0.6 * H for s in segs) else body
    order = sorted(range(len(segs)), key=lambda i: (segs[i]["line"], segs[i]["col"]))
    rank = {i: r for r, i in enumerate(order)}
    # segments right after a subject label (label left in the row, label alone above, or inline)
    after_label = set()
    for i, s in enumerate(segs):
        lf = left_of(segs, i)
        if lf is not None and TITLE_LABEL.match(lf["text"]) and len(lf["text"]) < 40:
            after_label.add(i)
        if TITLE_LABEL.match(s["text"]):
            after_label.add(i)
            if is_title_label_only(s["text"]):
                d = below(segs, i)
                if d is not None:
                    after_label.add(d)
                # value right of a bare label in the same row
                for j, t in enumerate(segs):
                    if t["line"] == s["line"] and t["col"] == s["col"] + 1:
                        after_label.add(j)
    out = []
    seen = set()
    for i in order:
        if not (segs[i]["top"] < 0.6 * H or i in after_label):
            continue
        chain = [i]
        while True:
            idx = list(chain)
            texts = [segs[k]["text"] for k in idx]
            inline = False
            m = TITLE_LABEL.match(texts[0])
            if m and texts[0][m.end():].strip():
                # "Betreff: Neubau …" -> strip the label (only for label families with a colon or
                # a wide word gap; "Thema Radverkehr" without colon also counts)
                texts = [texts[0][m.end():]] + texts[1:]
                inline = True
            elif is_title_label_only(texts[0]):
                break  # a bare label starts no candidate; the segment below it does
            text = join_lines(texts).strip()
            if text:
                key = (tuple(idx), text)
                if key not in seen:
                    seen.add(key)
                    for t, kind in [(text, None)] + variants(text):
                        f = features(segs, idx, W, H, body, maxsize, t, inline)
                        f["seg_rank"] = min(rank[i], 60) / 10
                        f["after_label_set"] = float(i in after_label)
                        for k in VARIANT_KINDS:
                            f[k] = float(k == kind)
                        f["variant"] = float(kind is not None)
                        out.append({"text": t, "f": f})
            if len(chain) >= 4:
                break
            nxt = below(segs, chain[-1])
            if nxt is None:
                break
            chain.append(nxt)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.truth, encoding="utf-8") if l.strip()]
    n = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for r in rows:
            p = Path(a.dir) / r["file"]
            if not p.exists():
                continue
            try:
                cands = candidates(p)
            except Exception as e:  # noqa: BLE001 - a broken PDF gives no candidates
                print(f"{r['file']}: {e!r}", file=sys.stderr)
                cands = []
            truth = r.get("title")
            for c in cands:
                c["f1"] = token_f1(c["text"], truth) if truth else 0.0
                c["y"] = int(truth is not None and c["f1"] >= 0.9)
            extra = {k: r.get(k) for k in ("family", "layout", "producer", "doc_type")}
            out.write(json.dumps({"set": a.set, "file": r["file"], "truth": truth, "cands": cands, **extra},
                                 ensure_ascii=False) + "\n")
            n += 1
    print(f"{a.set}: {n} papers", file=sys.stderr)


if __name__ == "__main__":
    main()
