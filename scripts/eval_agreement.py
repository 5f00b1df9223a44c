#!/usr/bin/env python3
"""Check that `ratsdex eval` scores exactly as the reference evaluator `evaluate.py` does.

    scripts/eval_agreement.py [--bin target/release/ratsdex] [--evaluate ../shared/eval/evaluate.py]
                              [--tolerance 0.002] [--perturbed N]

For each labelled set — corpus/, tests/fixtures/templates/, tests/fixtures/lookalike/, and the
hand labels of ../shared/corpus-real (tools/audit/real/truth.jsonl) when it is there — ingests the PDFs into a
temporary index, exports the records, and scores them with both evaluators (`--json`). Then it
scores N perturbed copies of each prediction set (seeded: rows dropped, titles, departments,
types, numbers, dates, consultations and themes changed, case and white space varied, ß/ss,
originators added to the truth) so that the rules are compared where they matter, not only on
perfect predictions. Every key evaluate.py prints must agree within the tolerance (`documents`
and `missing` exactly), and both must agree on the exit status of `--min`.

Exit status 0 when everything agrees, 1 otherwise. Not a test: it needs evaluate.py beside the
repository, which the test suite must not call.
"""
import argparse
import copy
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# (name, truth file, folder of its PDFs)
SETS = [(name, folder / "truth.jsonl", folder) for name, folder in [
    ("corpus", ROOT / "corpus"), ("templates", ROOT / "tests/fixtures/templates"),
    ("lookalike", ROOT / "tests/fixtures/lookalike")]]
# the hand labels of real documents (with originator and the newer paper types), when the real
# documents are beside the repository
REAL = (ROOT / "tools/audit/real/truth.jsonl", ROOT.parent / "shared/corpus-real")


def run(cmd, check=True):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if check and p.returncode not in (0, 1):
        sys.exit(f"{' '.join(map(str, cmd))}: exit {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def export(bin_, folder, tmp):
    index = Path(tmp) / f"index-{folder.name}"
    print(f"ingesting {folder} …", file=sys.stderr)
    run([bin_, "ingest", folder, "--index", index], check=False)
    out = run([bin_, "export", "--index", index, "--format", "jsonl"]).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def vary_case(s, rng):
    if not isinstance(s, str):
        return s
    choice = rng.randrange(5)
    if choice == 0:
        return s.upper()
    if choice == 1:
        return "  " + s.replace(" ", "  \t") + " "
    if choice == 2:
        return s.replace("ß", "ss").replace("ss", "ß")
    if choice == 3:
        return s.replace("/", " / ").replace("-", " - ")
    return s


def drop_words(s, rng, n):
    if not isinstance(s, str):
        return s
    words = s.split()
    for _ in range(min(n, max(len(words) - 1, 0))):
        words.pop(rng.randrange(len(words)))
    return " ".join(words)


SYNONYMS = {"Beschlussvorlage": ["Verwaltungsvorlage", "Vorlage zur Beschlussfassung"],
            "Mitteilungsvorlage": ["Informationsvorlage", "Mitteilung der Verwaltung", "Bericht"],
            "Antrag": ["Fraktionsantrag", "Dringlichkeitsantrag"],
            "Anfrage": ["Große Anfrage", "Kleine Anfrage"],
            "Ergänzungsvorlage": ["Tischvorlage", "Neufassung"]}


def perturb(truth, preds, seed):
    """A perturbed copy of (truth, predictions)."""
    rng = random.Random(seed)
    truth = copy.deepcopy(truth)
    out = []
    themes = sorted({t for row in truth for t in row.get("themes") or []}) or ["x"]
    for row in truth:
        if rng.random() < 0.3:
            row["originator"] = rng.choice([None, "Fraktion Bündnis 90/Die Grünen", "Bezirksausschuss 3",
                                            "SPD-Fraktion im Rat"])
    for p in copy.deepcopy(preds):
        r = rng.random()
        if r < 0.07:
            continue  # no prediction
        if r < 0.1:
            out.append(dict(p))  # a duplicate row: the later one wins
        for field in ("drucksache", "title", "department", "doc_type"):
            x = rng.random()
            if x < 0.15:
                p[field] = vary_case(p.get(field), rng)
            elif x < 0.25:
                p[field] = drop_words(p.get(field), rng, rng.randrange(1, 3))
            elif x < 0.3:
                p[field] = rng.choice([None, "", "Amt 61"])
        if p.get("doc_type") in SYNONYMS and rng.random() < 0.3:
            p["doc_type"] = rng.choice(SYNONYMS[p["doc_type"]])
        if rng.random() < 0.1:
            p["date"] = rng.choice([None, "2020-01-01"])
        if rng.random() < 0.1:
            p["public"] = rng.choice([None, True, False])
        if rng.random() < 0.1:
            p["pages"] = (p.get("pages") or 0) + 1
        if rng.random() < 0.1:
            p["klimacheck"] = rng.choice([None, "neutral", "positive"])
        cons = p.get("consultations") or []
        if cons and rng.random() < 0.3:
            cons = cons[: rng.randrange(len(cons))] + [
                {**c, "committee": vary_case(c.get("committee"), rng), "role": vary_case(c.get("role"), rng)}
                for c in cons[len(cons) // 2:]]
            p["consultations"] = cons
        if rng.random() < 0.3:
            t = list(p.get("themes") or [])
            rng.shuffle(t)
            if rng.random() < 0.5:
                t = t[1:]
            if rng.random() < 0.5:
                t.append(rng.choice(themes))
            p["themes"] = t
        if rng.random() < 0.2:
            p["originator"] = rng.choice([None, "", "Fraktion Bündnis 90 / Die Grünen", "Bezirksausschuss"])
        out.append(p)
    rng.shuffle(out)
    return truth, out


def compare(name, bin_, evaluate, truth_rows, preds, tmp, tol, mins):
    t, p = Path(tmp) / "truth.jsonl", Path(tmp) / "pred.jsonl"
    write_jsonl(t, truth_rows)
    write_jsonl(p, preds)
    min_args = [a for m in mins for a in ("--min", m)]
    ref = run([sys.executable, evaluate, "--truth", t, "--pred", p, "--json", *min_args])
    ours = run([bin_, "eval", "--truth", t, "--records", p, "--json", *min_args])
    a = json.loads(ref.stdout[: ref.stdout.rindex("}") + 1])
    b = json.loads(ours.stdout[: ours.stdout.rindex("}") + 1])
    problems = []
    worst = 0.0
    for key, value in a.items():
        if key not in b:
            problems.append(f"{key} missing in ratsdex eval")
        elif isinstance(value, float):
            worst = max(worst, abs(value - b[key]))
            if abs(value - b[key]) > tol:
                problems.append(f"{key}: evaluate.py {value:.4f}, ratsdex {b[key]:.4f}")
        elif value != b[key]:
            problems.append(f"{key}: evaluate.py {value!r}, ratsdex {b[key]!r}")
    if ref.returncode != ours.returncode:
        problems.append(f"--min exit: evaluate.py {ref.returncode}, ratsdex {ours.returncode}")
    return problems, worst, a


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(ROOT / "target/release/ratsdex"))
    ap.add_argument("--evaluate", default=str(ROOT.parent / "shared/eval/evaluate.py"))
    ap.add_argument("--tolerance", type=float, default=0.002)
    ap.add_argument("--perturbed", type=int, default=20, help="perturbed copies per set")
    args = ap.parse_args()
    if not Path(args.evaluate).is_file():
        sys.exit(f"eval_agreement: {args.evaluate} not found")
    failed = False
    sets = list(SETS)
    if REAL[1].is_dir() and REAL[0].is_file():
        sets.append(("corpus-real labels", *REAL))
    with tempfile.TemporaryDirectory() as tmp:
        for name, truth_file, folder in sets:
            truth = [json.loads(l) for l in open(truth_file, encoding="utf-8") if l.strip()]
            preds = export(args.bin, folder, tmp)
            worst_all = 0.0
            keys = []
            means = []
            cases = [(f"{name}", truth, preds)] + [
                (f"{name} perturbed #{i}", *perturb(truth, preds, i)) for i in range(args.perturbed)]
            for label, t, p in cases:
                mins = ["title=0.95", "themes_f1=0.8", "metadata_mean=0.9"]
                problems, worst, ref = compare(label, args.bin, args.evaluate, t, p, tmp, args.tolerance, mins)
                worst_all = max(worst_all, worst)
                keys += [k for k in ref if k not in keys]
                means.append(ref["metadata_mean"])
                if label == name:
                    print(f"{label}: " + ", ".join(f"{k} {v:.3f}" for k, v in ref.items()
                                                   if isinstance(v, float)))
                if problems:
                    failed = True
                    print(f"DISAGREE {label}: " + "; ".join(problems))
            print(f"{name}: {len(cases)} prediction sets (metadata_mean {min(means):.3f}..{max(means):.3f}), "
                  f"keys {', '.join(keys)}; largest difference {worst_all:.2e} (tolerance {args.tolerance})")
    print("eval agreement: " + ("FAILED" if failed else "ok"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
