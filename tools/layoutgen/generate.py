#!/usr/bin/env python3
"""Generate realistic German council papers as PDFs with real producers, with one truth row each.

    python3 tools/layoutgen/generate.py --out DIR --n N --seed S
        [--families a,b | --exclude-families a,b] [--producers reportlab,chromium,libreoffice,ghostscript]
        [--kinds Antrag,Anfrage] [--jobs 2] [--lean] [--resume] [--list-families]

Writes DIR/*.pdf and DIR/truth.jsonl (the keys of corpus/truth.jsonl plus originator, answers,
references, family, producer, seed). The same seed, families, producers and N give the same papers
and truth (PDF bytes of Chromium and LibreOffice carry creation timestamps).
See tools/layoutgen/README.md.
"""

import argparse
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import families as F  # noqa: E402
import paper as PA  # noqa: E402
import producers as PR  # noqa: E402


def plan(n, seed, fams, producers, kinds=None):
    """One job per paper: (index, family, producer, kind, paper seed). Families cycle so that every
    family gets the same share; within a family kind and producer are drawn."""
    rng = random.Random(f"{seed}:plan")
    if kinds:
        fams = [f for f in fams if set(kinds) & set(F.FAMILIES[f]["kinds"])]
        if not fams:
            raise SystemExit("generate.py: no selected family prints any of: " + ", ".join(kinds))
    jobs = []
    order = []
    for i in range(n):
        if not order:
            order = list(fams)
            rng.shuffle(order)
        fam = order.pop()
        spec = F.FAMILIES[fam]
        kinds_w = {k: v for k, v in spec["kinds"].items() if not kinds or k in kinds}
        kind = rng.choices(list(kinds_w), weights=list(kinds_w.values()))[0]
        prods = [p for p in producers if p in spec["producers"]] or producers
        prod = rng.choice(prods)
        jobs.append((i, fam, prod, kind, f"{seed}/{i}"))
    return jobs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output folder (created)")
    ap.add_argument("--n", type=int, default=20, help="number of papers (default 20)")
    ap.add_argument("--seed", default="1", help="seed (any string; default 1)")
    ap.add_argument("--families", help="comma-separated families to use (default all)")
    ap.add_argument("--exclude-families", help="comma-separated families to hold out")
    ap.add_argument("--producers", default="reportlab,chromium,libreoffice,ghostscript",
                    help="comma-separated producers (default all four)")
    ap.add_argument("--kinds", help="comma-separated paper kinds (only families that print one of them are used)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--lean", action="store_true",
                    help="no fully embedded Type 1 faces (files ~50 KB instead of up to 300 KB; for scale runs)")
    ap.add_argument("--resume", action="store_true",
                    help="keep PDFs an interrupted run of the same command wrote (their truth rows are recomputed)")
    ap.add_argument("--list-families", action="store_true", help="list the families and exit")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    if a.list_families:
        for name, spec in F.FAMILIES.items():
            kinds = ", ".join(spec["kinds"])
            print(f"{name:18} {spec['doc']}\n{'':18} kinds: {kinds}\n{'':18} number schemes: {', '.join(spec['schemes'])}")
        return 0
    if not a.out:
        ap.error("--out is required")
    fams = list(F.FAMILIES)
    if a.families:
        want = [x.strip() for x in a.families.split(",") if x.strip()]
        bad = [x for x in want if x not in F.FAMILIES]
        if bad:
            ap.error(f"unknown families: {', '.join(bad)} (see --list-families)")
        fams = want
    if a.exclude_families:
        drop = {x.strip() for x in a.exclude_families.split(",")}
        bad = [x for x in drop if x not in F.FAMILIES]
        if bad:
            ap.error(f"unknown families: {', '.join(bad)} (see --list-families)")
        fams = [f for f in fams if f not in drop]
    if not fams:
        ap.error("no family left")
    producers = [x.strip() for x in a.producers.split(",") if x.strip()]
    bad = [x for x in producers if x not in PR.PRODUCERS]
    if bad:
        ap.error(f"unknown producers: {', '.join(bad)} (known: {', '.join(PR.PRODUCERS)})")
    kinds = [x.strip() for x in a.kinds.split(",")] if a.kinds else None
    if kinds:
        bad = [k for k in kinds if k not in PA.KINDS]
        if bad:
            ap.error(f"unknown kinds: {', '.join(bad)} (known: {', '.join(PA.KINDS)})")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    if a.lean:
        import blocks
        blocks.LEAN = True
    jobs = plan(a.n, a.seed, fams, producers, kinds)
    t0 = time.time()
    rows, stats = PR.run_jobs(jobs, out, a.jobs, quiet=a.quiet, resume=a.resume)
    rows.sort(key=lambda r: r["file"])
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dt = time.time() - t0
    failed = len(jobs) - len(rows)
    summary = {"papers": len(rows), "failed": failed, "seconds": round(dt, 2),
               "docs_per_s": round(len(rows) / dt, 2) if dt else None, "per_producer": stats}
    print(json.dumps(summary, ensure_ascii=False), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
