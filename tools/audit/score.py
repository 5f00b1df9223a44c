#!/usr/bin/env python3
"""Score `ratsdex extract --json` on hand-checked real documents (tools/audit/expected.jsonl).

    score.py --bin target/release/ratsdex [--pdf-dir /work/shared/corpus-real] [--save DIR]
    score.py --json-dir DIR          # score outputs saved earlier (one FILE.json per PDF)

A field is checked only when expected.jsonl names it (null = "nothing to find"). Fields are
compared with the rules of the project's evaluate.py (folded number, token F1 for title >= 0.9
and department >= 0.8, F1 over consultation triples). Prints per-field `right/checked` and a
markdown table of every miss (file, field, expected, got).
"""
import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

FIELDS = ["drucksache", "doc_type", "date", "title", "public", "department", "consultations",
          "klimacheck"]


def load_eval(path):
    spec = importlib.util.spec_from_file_location("evaluate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def right(ev, field, got, want):
    if field == "drucksache":
        return ev.drucksache(got) == ev.drucksache(want)
    if field == "doc_type":
        return ev.doc_type(got) == ev.doc_type(want)
    if field == "title":
        return (got is None and want is None) or ev.token_f1(got, want) >= 0.9
    if field == "department":
        return (got is None and want is None) or (
            got is not None and want is not None and ev.token_f1(got, want) >= 0.8)
    if field == "consultations":
        return ev.set_f1(ev.consultation_set(got), ev.consultation_set(want)) == 1.0
    return got == want


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--expected", default=str(Path(__file__).with_name("expected.jsonl")))
    ap.add_argument("--bin")
    ap.add_argument("--pdf-dir", default="/work/shared/corpus-real")
    ap.add_argument("--json-dir")
    ap.add_argument("--save")
    ap.add_argument("--eval", default="/work/shared/eval/evaluate.py")
    a = ap.parse_args()
    if not a.bin and not a.json_dir:
        sys.exit("score.py: give --bin or --json-dir")
    ev = load_eval(a.eval)
    rows = [json.loads(l) for l in open(a.expected, encoding="utf-8") if l.strip()]
    counts = {f: [0, 0] for f in FIELDS}
    misses = []
    for row in rows:
        stem = Path(row["file"]).stem
        if a.json_dir:
            p = Path(a.json_dir) / f"{stem}.json"
            got = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
        else:
            out = subprocess.run([a.bin, "extract", "--json", str(Path(a.pdf_dir) / row["file"])],
                                 capture_output=True, text=True)
            got = json.loads(out.stdout) if out.returncode == 0 and out.stdout else {}
            if a.save:
                Path(a.save).mkdir(parents=True, exist_ok=True)
                (Path(a.save) / f"{stem}.json").write_text(out.stdout, encoding="utf-8")
        for f in FIELDS:
            if f not in row:
                continue
            counts[f][1] += 1
            if right(ev, f, got.get(f), row[f]):
                counts[f][0] += 1
            else:
                misses.append((row["file"], f, row[f], got.get(f)))
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    print(f"documents {len(rows)}  fields right {total[0]}/{total[1]}")
    for f in FIELDS:
        print(f"  {f:14} {counts[f][0]}/{counts[f][1]}")
    print("\n| file | field | expected | got |\n|---|---|---|---|")
    short = lambda v: json.dumps(v, ensure_ascii=False)[:160].replace("|", "\\|")
    for file, f, want, got in misses:
        print(f"| {file[:60]} | {f} | {short(want)} | {short(got)} |")


if __name__ == "__main__":
    main()
