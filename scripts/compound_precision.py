#!/usr/bin/env python3
"""Compound precision of short queries: does `Rad` return documents about bikes, or Radio?

For each probe word, every hit (up to --limit) is checked against the document's stored text
(`ratsdex show --json`): a hit is genuine when the text has a word containing the probe (without
a final -e: Schul-) that is not a known look-alike (Radio, Radius, Grad, Transport, ...).
Stemmer conflations such as Schüler for Schule count as not genuine. Prints precision per
probe and overall.

    scripts/compound_precision.py --index /tmp/idx-real [--bin target/debug/ratsdex]
"""
import argparse, json, re, subprocess, sys

PROBES = {
    "Rad": ["radio", "radius", "radikal", "grad", "gerade", "konrad", "radar", "biegeradius"],
    "Bad": ["baden", "badenwuerttemberg"],
    "Amt": ["gesamt", "insgesamt", "samtgemeinde", "amtlich"],
    "Sport": ["transport", "abtransport"],
    "Netz": [],
    "Bau": ["bauer", "bauch"],
    "Schule": [],
    "Klima": [],
}

def fold(w):
    return (w.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))

def genuine(text, probe, lookalikes):
    p = fold(probe)
    if p.endswith("e"):
        p = p[:-1]
    for w in set(re.findall(r"\w+", text)):
        f = fold(w)
        if any(l in f for l in lookalikes):
            continue
        if p in f:
            return True
    return False

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--bin", default="target/debug/ratsdex")
    ap.add_argument("--limit", type=int, default=50)
    a = ap.parse_args()
    good_all = n_all = 0
    for probe, lookalikes in PROBES.items():
        out = subprocess.run([a.bin, "search", "--index", a.index, "--json", "--limit",
                              str(a.limit), probe], capture_output=True, text=True, check=True)
        hits = json.loads(out.stdout)["hits"]
        bad = []
        for h in hits:
            doc = json.loads(subprocess.run([a.bin, "show", "--index", a.index, "--json", h["path"]],
                                            capture_output=True, text=True, check=True).stdout)
            text = doc["text"] + " " + (doc["record"].get("title") or "")
            if not genuine(text, probe, lookalikes):
                bad.append(h["path"].split("/")[-1])
        good = len(hits) - len(bad)
        good_all += good
        n_all += len(hits)
        prec = good / len(hits) if hits else 1.0
        print(f"{probe:<8} hits {len(hits):3}  precision {prec:.2f}  {('not genuine: ' + ', '.join(bad[:5])) if bad else ''}")
    print(f"overall precision {good_all / max(n_all, 1):.3f} over {n_all} hits")

if __name__ == "__main__":
    sys.exit(main())
