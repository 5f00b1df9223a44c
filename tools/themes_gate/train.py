#!/usr/bin/env python3
"""Train the secondary-theme gate (issue 17): a logistic regression over the features ratsdex
computes for every theme it ranks after the first (`src/classify/gate.rs`), cross-validated by
leaving one labelled SET out at a time, written as the `[gate]` table of
`data/themes_gate.toml`.

    tools/themes_gate/train.py --dump                     # candidates of every set (ratsdex)
    tools/themes_gate/train.py                            # cross-validation table only
    tools/themes_gate/train.py --write data/themes_gate.toml

`--dump` runs `ratsdex eval-themes --candidates` (a hidden flag) with the RULES ALONE (a
taxonomy without `[gate]`, made from data/themes.toml) on each set of SETS below and keeps the
JSON Lines in --cache. The sets are listed by name; nothing is globbed, so a held-out set that
is not listed here (heldout13) is never read. Needs numpy only.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# name -> arguments of `ratsdex eval-themes` (relative to the repository root)
SETS = {
    "tuning": ["--texts", "--truth", "tests/fixtures/themes/tuning.jsonl"],
    "heldout2": ["--texts", "--truth", "tests/fixtures/themes/heldout2.jsonl"],
    "heldout3": ["--texts", "--truth", "tests/fixtures/themes/heldout3.jsonl"],
    "heldout5": ["--texts", "--truth", "tests/fixtures/themes/heldout5.jsonl"],
    "heldout6": ["--texts", "--truth", "tests/fixtures/themes/heldout6.jsonl"],
    "heldout7": ["--texts", "--truth", "tests/fixtures/themes/heldout7.jsonl"],
    "heldout8": ["--texts", "--truth", "tests/fixtures/themes/heldout8.jsonl"],
    "heldout9": ["--texts", "--truth", "tests/fixtures/themes/heldout9.jsonl"],
    # heldout10: first contact F1 0.789 / primary 0.849 (issue 17's seventh step); a tuning set
    # since issue 17's eighth step, openly.
    "heldout10": ["--texts", "--truth", "tests/fixtures/themes/heldout10.jsonl"],
    # heldout11: first contact F1 0.836 / primary 0.832 (rules of 50fd846); a tuning set since
    # issue 17's ninth step (themes10), openly.
    "heldout11": ["--texts", "--truth", "tests/fixtures/themes/heldout11.jsonl"],
    # heldout12: first contact F1 0.843 / primary 0.833 (rules of a78e9e9); a tuning set since
    # issue 17's tenth step (themes11), openly.
    "heldout12": ["--texts", "--truth", "tests/fixtures/themes/heldout12.jsonl"],
    # heldout13: first contact F1 0.788 / primary 0.771 (rules of ebb3708); a tuning set since
    # issue 17's eleventh step (themes12), openly (listed, not yet trained on: see the README).
    "heldout13": ["--texts", "--truth", "tests/fixtures/themes/heldout13.jsonl"],
    # heldout14: first contact F1 0.748 / primary 0.723 (rules of 5bef5f7); a tuning set since
    # issue 17's twelfth step (themes13), openly.
    "heldout14": ["--texts", "--truth", "tests/fixtures/themes/heldout14.jsonl"],
    # heldout15: first contact F1 0.762 / primary 0.879; a tuning set since issue 17's
    # thirteenth step, openly.
    "heldout15": ["--texts", "--truth", "tests/fixtures/themes/heldout15.jsonl"],
    # heldout16: first contact F1 0.831 / primary 0.849 (the first set labelled by the issuers'
    # convention); a tuning set since issue 17's fourteenth step (themes15), openly.
    "heldout16": ["--texts", "--truth", "tests/fixtures/themes/heldout16.jsonl"],
    "corpus": ["--truth", "corpus/truth.jsonl", "--corpus", "corpus", "--ocr", "never"],
    # The issuers' reference set beside the checkout (`../shared/corpus-dev`);
    # RATSDEX_DEV_CORPUS names it from a worktree elsewhere.
    "dev": ["--truth", os.path.join(os.environ.get("RATSDEX_DEV_CORPUS", "../shared/corpus-dev"),
                                    "truth.jsonl"),
            "--corpus", os.environ.get("RATSDEX_DEV_CORPUS", "../shared/corpus-dev"),
            "--ocr", "never"],
    # The real papers live beside the checkout (`../shared/corpus-real` of the main checkout);
    # RATSDEX_REAL_CORPUS names them from a worktree elsewhere.
    "real": ["--truth", "tools/audit/real/truth.jsonl", "--corpus",
             os.environ.get("RATSDEX_REAL_CORPUS", "../shared/corpus-real"), "--ocr", "never"],
    # The metadata look-alike sets with theme labels (tuning sets of issue 13; holdout7, unscored,
    # is never listed).
    "holdout4": ["--truth", "tests/fixtures/holdout4/truth.jsonl", "--corpus",
                 "tests/fixtures/holdout4"],
    "holdout5": ["--truth", "tests/fixtures/holdout5/truth.jsonl", "--corpus",
                 "tests/fixtures/holdout5"],
    "holdout6": ["--truth", "tests/fixtures/holdout6/truth.jsonl", "--corpus",
                 "tests/fixtures/holdout6"],
    # holdout8: first contact themes F1 0.581 / primary 0.600; a tuning set since, openly.
    "holdout8": ["--truth", "tests/fixtures/holdout8/truth.jsonl", "--corpus",
                 "tests/fixtures/holdout8"],
    # holdout9–19: tuning sets of issue 13 with theme labels (first contacts on record; holdout17–19
    # handed over openly in the session of 2026-12-07). Any holdoutN of 20 and up stays out.
    **{f"holdout{n}": ["--truth", f"tests/fixtures/holdout{n}/truth.jsonl", "--corpus",
                       f"tests/fixtures/holdout{n}", "--ocr", "never"] for n in range(9, 20)},
}

# Must match gate::FEATURES (src/classify/gate.rs).
FEATURES = ["ratio", "ratio_prev", "log_score", "titled", "title_share", "subject_share",
            "hint_share", "running_share", "strongest", "terms", "sentences", "passing", "head",
            "third", "rule_kept", "log_words", "short", "agenda", "subject_words"]


def rules_only_taxonomy(tmp):
    """data/themes.toml alone (no [gate]): the rules' candidates, unaffected by a gate."""
    path = os.path.join(tmp, "rules.toml")
    with open(os.path.join(ROOT, "data", "themes.toml"), encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def dump(binary, cache, sets):
    os.makedirs(cache, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tax = rules_only_taxonomy(tmp)
        for name in sets:
            out = os.path.join(cache, name + ".jsonl")
            cmd = [binary, "eval-themes", *SETS[name], "--themes", tax, "--candidates", out]
            subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            print(f"dumped {name}", file=sys.stderr)


def load(cache, sets):
    docs = {}
    for name in sets:
        with open(os.path.join(cache, name + ".jsonl"), encoding="utf-8") as f:
            docs[name] = [json.loads(line) for line in f if line.strip()]
        check_inputs(name, docs[name])
    return docs


def check_inputs(name, rows):
    """Stop when a dump's input names are not this script's FEATURES / PRIMARY_FEATURES (the
    binary that wrote it computes other features than the ones trained here)."""
    for d in rows:
        for c in d["candidates"]:
            for key, known in (("inputs", FEATURES), ("primary_inputs", PRIMARY_FEATURES)):
                got = c.get(key)
                if got and sorted(got) != sorted(known):
                    sys.exit(f"{name}: the dump's {key} are {sorted(got)}, this script "
                             f"trains {sorted(known)}: dump again with the current binary")


def theme_ids(docs):
    ids = set()
    for rows in docs.values():
        for d in rows:
            ids.update(c["id"] for c in d["candidates"])
    return sorted(ids)


# Per-theme slopes (--slopes, --slope-themes): features whose weight may differ for the
# candidates of these themes ([gate.theme_weights.THEME]).
SLOPES = []
SLOPE_THEMES = []


def n_features():
    """Columns that are standardised and regularised with --l2 (before the theme biases)."""
    return len(FEATURES) + len(SLOPE_THEMES) * len(SLOPES)


def matrix(rows, mode, ids):
    """Candidate rows (pruning: only the rules' secondary themes) as X, y, document index."""
    xs, ys, doc = [], [], []
    for di, d in enumerate(rows):
        for c in d["candidates"]:
            if mode == "prune" and not c["assigned"]:
                continue
            x = ([c["inputs"][k] for k in FEATURES]
                 + [c["inputs"][k] if c["id"] == t else 0.0 for t in SLOPE_THEMES for k in SLOPES]
                 + [1.0 if c["id"] == t else 0.0 for t in ids])
            xs.append(x)
            ys.append(1.0 if c["id"] in d["labels"] else 0.0)
            doc.append(di)
    return np.array(xs, dtype=float).reshape(-1, n_features() + len(ids)), np.array(ys), doc


def fit(x, y, w, l2, l2_theme, n_feat):
    """L2-regularised logistic regression by Newton's method on standardised features;
    returns (bias, weights in the raw feature scale)."""
    mu = np.zeros(x.shape[1])
    sd = np.ones(x.shape[1])
    mu[:n_feat] = x[:, :n_feat].mean(axis=0)
    sd[:n_feat] = x[:, :n_feat].std(axis=0)
    sd[sd < 1e-9] = 1.0
    z = np.hstack([np.ones((x.shape[0], 1)), (x - mu) / sd])
    reg = np.array([0.0] + [l2] * n_feat + [l2_theme] * (x.shape[1] - n_feat))
    beta = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ beta))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z.T * (w * p * (1 - p))) @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = beta[1:] / sd
    bias = beta[0] - (beta[1:] * mu / sd).sum()
    return bias, weights


def predict(bias, weights, x):
    return 1.0 / (1.0 + np.exp(-(bias + x @ weights)))


def score(rows, keep):
    """Micro P/R/F1, primary and themes per paper of `rows` when secondary candidate j of
    document i is kept iff keep(i, candidate)."""
    tp = fp = fn = prim = assigned = labelled = 0
    for i, d in enumerate(rows):
        pred = [d["first"]] if d["first"] else []
        pred += [c["id"] for c in d["candidates"] if keep(i, c)]
        pred = pred[:3]
        labels = d["labels"]
        tp += sum(1 for p in pred if p in labels)
        fp += sum(1 for p in pred if p not in labels)
        fn += sum(1 for t in labels if t not in pred)
        prim += 1 if pred and labels and pred[0] == labels[0] else 0
        assigned += len(pred)
        labelled += len(labels)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    n = max(len(rows), 1)
    return p, r, f, prim / n, labelled / n, assigned / n


WEIGHTS = {}
POSITIVE = [1.0]


def train(docs, names, mode, ids, l2, l2_theme):
    xs, ys, ws = [], [], []
    for name in names:
        x, y, _ = matrix(docs[name], mode, ids)
        if len(y) == 0:
            continue
        xs.append(x)
        ys.append(y)
        # each set by its number of papers, times its --weight
        ws.append(np.full(len(y), 1.0 / len(y)) * len(docs[name]) * WEIGHTS.get(name, 1.0))
    x, y, w = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
    w = w * np.where(y > 0, POSITIVE[0], 1.0)
    w = w * len(y) / w.sum()
    return fit(x, y, w, l2, l2_theme, n_features())


def keeper(rows, mode, ids, bias, weights, cut):
    """keep(i, candidate): the rules' secondary theme whose probability reaches `cut` (and,
    mode `both`, a candidate the rules left out whose probability reaches ADD_CUT)."""
    x, _, doc = matrix(rows, mode, ids)
    probs = predict(bias, weights, x) if len(doc) else []
    decided = {}
    k = 0
    for di, d in enumerate(rows):
        for ci, c in enumerate(d["candidates"]):
            if mode == "prune" and not c["assigned"]:
                continue
            decided[(di, ci)] = probs[k]
            k += 1
    index = {}
    for di, d in enumerate(rows):
        for ci, c in enumerate(d["candidates"]):
            index[id(c)] = (di, ci)

    def keep(i, c):
        p = decided.get(index[id(c)])
        if p is None:
            return False
        if mode == "both" and not c["assigned"]:
            return p >= ADD_CUT[0]
        return p >= cut

    return keep


FLOORS = {}

# Mode `both`: the probability from which a candidate the rules left out is added.
ADD_CUT = [1.0]


def fast_scores(rows, mode, ids, bias, weights):
    """Per paper: (first, labels, [(assigned, p)] of its candidates, ids) for quick cuts."""
    x, _, doc = matrix(rows, mode, ids)
    probs = predict(bias, weights, x) if len(doc) else []
    out = []
    k = 0
    for d in rows:
        cands = []
        for c in d["candidates"]:
            if mode == "prune" and not c["assigned"]:
                continue
            cands.append((c["id"], c["assigned"], float(probs[k])))
            k += 1
        out.append((d["first"], d["labels"], cands))
    return out


def fast_score(pre, cut, add_cut):
    tp = fp = fn = 0
    for first, labels, cands in pre:
        pred = [first] if first else []
        pred += [i for i, a, p in cands if (p >= cut if a else p >= add_cut)]
        pred = pred[:3]
        tp += sum(1 for q in pred if q in labels)
        fp += len(pred) - sum(1 for q in pred if q in labels)
        fn += sum(1 for t in labels if t not in pred)
    pr = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return pr, r, 2 * pr * r / max(pr + r, 1e-9)


def best_cuts(docs, names, mode, ids, bias, weights):
    """Mode `both`: the (cut, add cut) pair with the best mean F1 over the training sets,
    every set of --floor kept at its floors."""
    pre = {n: fast_scores(docs[n], mode, ids, bias, weights) for n in names}
    best = (-1, 0.0, 1.0)
    for add_cut in [1.01] + list(np.arange(0.5, 0.991, 0.025)):
        for cut in np.arange(0.0, 0.71, 0.0125):
            scores = {n: fast_score(pre[n], cut, add_cut) for n in names}
            if any(scores[n][k] < FLOORS[n][k] - 1e-9 for n in FLOORS if n in scores
                   for k in (0, 1, 2)):
                continue
            m = float(np.mean([sc[2] for sc in scores.values()]))
            if m > best[0] + 1e-9:
                best = (m, float(cut), float(add_cut))
    return best[1], best[2]


def best_cut(docs, names, mode, ids, bias, weights):
    """The cut that maximises the mean F1 over the training sets, keeping every set of
    --floor at its floors (precision, recall, F1 of the rules alone there)."""
    best = (-1, 0.0)
    for cut in np.arange(0.0, 0.71, 0.0125):
        scores = {n: score(docs[n], keeper(docs[n], mode, ids, bias, weights, cut))
                  for n in names}
        if any(scores[n][k] < FLOORS[n][k] - 1e-9 for n in FLOORS if n in scores
               for k in (0, 1, 2)):
            continue
        m = float(np.mean([s[2] for s in scores.values()]))
        if m > best[0] + 1e-9:
            best = (m, float(cut))
    return best[1]


PRIMARY_FEATURES = ["ratio", "titled", "first_titled", "head", "first_head", "title_diff",
                    "subject_diff", "subject_part", "hint_diff", "running_diff",
                    "strongest_diff", "sentences_diff"]


# Theme ids whose candidates get an extra intercept in [gate.primary] (set in main).
PRIMARY_IDS = []


def pairs(rows):
    """(x, y, document index, candidate id) of every theme kept after the first (a grant
    paper has no primary inputs: the rules' grant order stands). x: the PRIMARY_FEATURES, then
    one indicator per theme of PRIMARY_IDS (the candidate's theme)."""
    xs, ys, doc, cid = [], [], [], []
    for di, d in enumerate(rows):
        for c in d["candidates"]:
            if not c.get("primary_inputs"):
                continue
            xs.append([c["primary_inputs"][k] for k in PRIMARY_FEATURES]
                      + [1.0 if c["id"] == t else 0.0 for t in PRIMARY_IDS])
            ys.append(1.0 if d["labels"] and c["id"] == d["labels"][0] else 0.0)
            doc.append(di)
            cid.append(c["id"])
    width = len(PRIMARY_FEATURES) + len(PRIMARY_IDS)
    return np.array(xs, dtype=float).reshape(-1, width), np.array(ys), doc, cid


def primary_rate(rows, model, cut):
    """Share of right primary themes when the most probable kept theme reaching `cut` goes
    first (model None: the rules' order)."""
    first = {i: d["first"] for i, d in enumerate(rows)}
    if model is not None:
        x, _, doc, cid = pairs(rows)
        if len(doc):
            probs = predict(model[0], model[1], x)
            best = {}
            for p, di, c in zip(probs, doc, cid):
                if p >= cut and (di not in best or p > best[di][0]):
                    best[di] = (p, c)
            for di, (_, c) in best.items():
                first[di] = c
    hits = sum(1 for i, d in enumerate(rows) if d["labels"] and first[i] == d["labels"][0])
    return hits / max(len(rows), 1)


def train_primary(docs, names, l2):
    xs, ys, ws = [], [], []
    for n in names:
        x, y, _, _ = pairs(docs[n])
        if len(y):
            xs.append(x)
            ys.append(y)
            ws.append(np.full(len(y), len(docs[n]) / len(y)) * WEIGHTS.get(n, 1.0))
    x, y, w = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
    w = w * len(y) / w.sum()
    return fit(x, y, w, l2, PRIMARY_L2_THEME[0], len(PRIMARY_FEATURES))


PRIMARY_L2_THEME = [5.0]

# --floor-at: a set's primary floor (otherwise the rules' own primary rate).
PRIMARY_FLOORS = {}


def primary_floor(docs, n):
    return PRIMARY_FLOORS.get(n, primary_rate(docs[n], None, 1.0))


def primary_cut(docs, names, model):
    """The cut with the best mean primary rate over `names`, no set of --floor below the
    rules' rate (1.0: never reorder)."""
    best = (np.mean([primary_rate(docs[n], None, 1.0) for n in names]), 1.0)
    for cut in np.arange(0.3, 0.96, 0.025):
        rates = {n: primary_rate(docs[n], model, cut) for n in names}
        if any(rates[n] < primary_floor(docs, n) - 1e-9 for n in FLOORS if n in rates):
            continue
        m = float(np.mean(list(rates.values())))
        if m > best[0] + 1e-9:
            best = (m, float(cut))
    return best[1]


def primary_cv(docs, names, l2):
    print(f"primary, leave-one-set-out (l2 {l2}): rules alone → reordered (cut)")
    deltas = []
    for left in names:
        others = [n for n in names if n != left]
        model = train_primary(docs, others, l2)
        cut = primary_cut(docs, others, model)
        r = primary_rate(docs[left], None, 1.0)
        g = primary_rate(docs[left], model, cut)
        deltas.append(g - r)
        print(f"  {left:10} {r:.3f} → {g:.3f} ({cut:.3f})")
    print(f"  mean primary change on the left-out sets: {np.mean(deltas):+.4f}")
    if np.mean(deltas) <= 0:
        print("  no help on the left-out sets on average: [gate.primary] is not written")
        return None
    model = train_primary(docs, names, l2)
    cut = primary_cut(docs, names, model)
    for n in names:
        print(f"  all sets, {n:10} {primary_rate(docs[n], None, 1.0):.3f} → "
              f"{primary_rate(docs[n], model, cut):.3f}")
    return model, cut


def choose_cut(docs, names, mode, ids, bias, weights):
    """The cut (mode `both`: also ADD_CUT) from the training sets."""
    if mode == "both":
        cut, ADD_CUT[0] = best_cuts(docs, names, mode, ids, bias, weights)
        return cut
    return best_cut(docs, names, mode, ids, bias, weights)


def rules_keep(i, c):
    return c["assigned"]


def fmt(s):
    return "P %.3f R %.3f F1 %.3f prim %.3f  %.2f/%.2f" % s


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "ratsdex"))
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "ratsdex_gate"))
    ap.add_argument("--dump", action="store_true", help="dump the candidates first")
    ap.add_argument("--mode", choices=["prune", "decide", "both"], default="prune",
                    help="prune: drop the rules' secondary themes below the cut; decide: keep "
                    "every candidate reaching it; both (cross-validation only): prune, and add "
                    "a candidate the rules left out from a second, learnt cut")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 on the standardised features")
    ap.add_argument("--l2-theme", type=float, default=5.0, help="L2 on the per-theme biases")
    ap.add_argument("--no-theme-bias", action="store_true")
    ap.add_argument("--cut", type=float, help="fixed cut (default: best mean F1 on the "
                    "training sets)")
    ap.add_argument("--write", metavar="TOML", help="train on all sets and write [gate]")
    ap.add_argument("--weight", action="append", default=[], metavar="SET=W",
                    help="weight a set's papers (default 1)")
    ap.add_argument("--positive", type=float, default=1.0,
                    help="weight of the labelled candidates against the others")
    ap.add_argument("--primary", action="store_true",
                    help="also train which kept theme goes first ([gate.primary])")
    ap.add_argument("--l2-primary", type=float, default=1.0)
    ap.add_argument("--floor", action="append", default=[], metavar="SET",
                    help="the cut must keep this set's precision, recall and F1 at the "
                    "rules' (when it is a training set)")
    ap.add_argument("--floor-at", action="append", default=[], metavar="SET=P,R,F1,PRIMARY",
                    help="like --floor, at these figures (a test's floors) instead of the "
                    "rules' own")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    ap.add_argument("--slopes", default="", help="comma-separated FEATURES that get a weight "
                    "of their own for the themes of --slope-themes")
    ap.add_argument("--slope-themes", default="", help="comma-separated theme ids")
    a = ap.parse_args()
    if a.write and a.mode == "both":
        sys.exit("mode both is an experiment of the cross-validation: ratsdex has no such mode")
    names = [n for n in a.sets.split(",") if n]
    SLOPES[:] = [k for k in a.slopes.split(",") if k]
    SLOPE_THEMES[:] = [t for t in a.slope_themes.split(",") if t]
    if any(k not in FEATURES for k in SLOPES):
        sys.exit(f"unknown feature in --slopes (known: {', '.join(FEATURES)})")
    POSITIVE[0] = a.positive
    for kv in a.weight:
        k, v = kv.split("=")
        WEIGHTS[k] = float(v)
    for n in names:
        if n not in SETS:
            sys.exit(f"unknown set {n}")
    if a.dump:
        dump(a.bin, a.cache, names)
    docs = load(a.cache, names)
    for n in a.floor:
        FLOORS[n] = score(docs[n], rules_keep)
    for kv in a.floor_at:
        n, v = kv.split("=")
        p_, r_, f_, prim = (float(x) for x in v.split(","))
        FLOORS[n] = (p_, r_, f_)
        PRIMARY_FLOORS[n] = prim
    ids = [] if a.no_theme_bias else theme_ids(docs)
    PRIMARY_IDS[:] = ids
    PRIMARY_L2_THEME[0] = a.l2_theme
    print(f"leave-one-set-out, mode {a.mode}, l2 {a.l2}, l2_theme {a.l2_theme}, "
          f"theme biases {'off' if a.no_theme_bias else 'on'}")
    print(f"{'left out':10} {'rules alone':42} {'gate (trained on the others)':42} cut")
    deltas = []
    left_out = []
    for left in names:
        others = [n for n in names if n != left]
        bias, weights = train(docs, others, a.mode, ids, a.l2, a.l2_theme)
        cut = a.cut if a.cut is not None else choose_cut(docs, others, a.mode, ids, bias,
                                                          weights)
        r = score(docs[left], rules_keep)
        g = score(docs[left], keeper(docs[left], a.mode, ids, bias, weights, cut))
        deltas.append(g[2] - r[2])
        left_out.append((r[2], g[2]))
        print(f"{left:10} {fmt(r):42} {fmt(g):42} {cut:.3f}"
              + (f" add {ADD_CUT[0]:.3f}" if a.mode == "both" else ""))
    print(f"mean F1 change on the left-out sets: {np.mean(deltas):+.4f} "
          f"(min {min(deltas):+.4f}, max {max(deltas):+.4f}); mean left-out F1 "
          f"{np.mean([x[0] for x in left_out]):.4f} → {np.mean([x[1] for x in left_out]):.4f}")
    primary = primary_cv(docs, names, a.l2_primary) if a.primary else None
    if a.write:
        bias, weights = train(docs, names, a.mode, ids, a.l2, a.l2_theme)
        cut = a.cut if a.cut is not None else choose_cut(docs, names, a.mode, ids, bias,
                                                          weights)
        for n in names:
            print(f"all sets, {n:10} {fmt(score(docs[n], keeper(docs[n], a.mode, ids, bias, weights, cut)))}")
        write(a.write, a, bias, weights, ids, cut, names, primary)


def write(path, a, bias, weights, ids, cut, names, primary):
    lines = [
        "# The secondary-theme gate (issue 17), written by tools/themes_gate/train.py — do not",
        "# edit by hand; retrain. A logistic regression over the features of src/classify/gate.rs",
        "# of every theme the rules rank after the first: p = 1 / (1 + e^-(bias + theme_bias +",
        "# sum weight × feature)); the theme is kept when p reaches `cut`.",
        f"# Trained on: {', '.join(names)} (each set weighted by its number of papers).",
        f"# mode {a.mode}, l2 {a.l2}, l2_theme {a.l2_theme}, set weights {WEIGHTS or 'none'}, "
        f"positives × {POSITIVE[0]}, floors kept on: {', '.join(FLOORS) or 'none'}.",
        f"# Per-theme weights of {', '.join(SLOPES) or 'no feature'} for "
        f"{', '.join(SLOPE_THEMES) or 'no theme'}.",
        "[gate]",
        f'mode = "{a.mode}"',
        f"cut = {cut:.3f}",
        f"bias = {bias:.4f}",
        "",
        "[gate.weights]",
    ]
    for k, w in zip(FEATURES, weights[: len(FEATURES)]):
        lines.append(f"{k} = {w:.4f}")
    k = len(FEATURES)
    for t in SLOPE_THEMES:
        lines += ["", f"[gate.theme_weights.{t}]"]
        for f_ in SLOPES:
            lines.append(f"{f_} = {weights[k]:.4f}")
            k += 1
    if ids:
        lines += ["", "[gate.theme_bias]"]
        for t, w in zip(ids, weights[n_features():]):
            lines.append(f"{t} = {w:.4f}")
    if primary is not None and primary[1] < 1.0:
        (pb, pw), pcut = primary
        lines += ["", "# Which kept theme goes first (l2 %s, l2_theme %s; a grant paper keeps the "
                  "rules' order)." % (a.l2_primary, a.l2_theme), "[gate.primary]",
                  f"cut = {pcut:.3f}", f"bias = {pb:.4f}", "", "[gate.primary.weights]"]
        for k, w in zip(PRIMARY_FEATURES, pw):
            lines.append(f"{k} = {w:.4f}")
        if PRIMARY_IDS:
            lines += ["", "[gate.primary.theme_bias]"]
            for t, w in zip(PRIMARY_IDS, pw[len(PRIMARY_FEATURES):]):
                lines.append(f"{t} = {w:.4f}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
