#!/usr/bin/env python3
"""Per-family (or per-producer / per-kind) scores of a prediction against a layoutgen truth file,
using the scoring of ../shared/eval/evaluate.py (imported, not copied).

    python3 tools/layoutgen/by_family.py --truth DIR/truth.jsonl --pred pred.jsonl [--by family|producer|doc_type]
        [--evaluate ../shared/eval/evaluate.py] [--markdown] [--json]
"""
import argparse
import importlib.util
import json
import sys
from pathlib import Path

FIELDS = ["drucksache", "doc_type", "date", "title", "public", "department", "originator", "consultations",
          "klimacheck", "themes_f1", "metadata_mean"]
SHORT = {"drucksache": "drs", "doc_type": "type", "date": "date", "title": "title", "public": "publ",
         "department": "dept", "originator": "orig", "consultations": "cons", "klimacheck": "klima",
         "themes_f1": "thF1", "metadata_mean": "mean"}


def load_evaluate(path):
    spec = importlib.util.spec_from_file_location("evaluate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    here = Path(__file__).resolve()
    default_eval = here.parents[2] / ".." / "shared" / "eval" / "evaluate.py"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--by", default="family", choices=["family", "producer", "doc_type"])
    ap.add_argument("--evaluate", default=str(default_eval))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    ev = load_evaluate(a.evaluate)
    truth = ev.load_jsonl(a.truth)
    pred = ev.load_jsonl(a.pred)
    groups = {}
    for t in truth:
        groups.setdefault(t.get(a.by) or "?", []).append(t)
    table = {}
    for g in sorted(groups):
        res, _, _ = ev.score(groups[g], pred)
        table[g] = {"n": len(groups[g]), **{f: res.get(f) for f in FIELDS}}
    res, _, _ = ev.score(truth, pred)
    table["ALL"] = {"n": len(truth), **{f: res.get(f) for f in FIELDS}}
    if a.json:
        print(json.dumps(table, indent=1, ensure_ascii=False))
        return
    head = [a.by, "n"] + [SHORT[f] for f in FIELDS]
    if a.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print(f"{head[0]:18} {'n':>4} " + " ".join(f"{h:>5}" for h in head[2:]))
    for g, row in table.items():
        vals = ["–" if row[f] is None else f"{row[f]:.2f}" for f in FIELDS]
        if a.markdown:
            print(f"| {g} | {row['n']} | " + " | ".join(vals) + " |")
        else:
            print(f"{g:18} {row['n']:>4} " + " ".join(f"{v:>5}" for v in vals))


if __name__ == "__main__":
    sys.exit(main())
