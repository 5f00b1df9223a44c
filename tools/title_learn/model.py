#!/usr/bin/env python3
"""Learned title choice, evaluated leave-one-set-out against ratsdex's own titles.

    python3 tools/title_learn/model.py --feat /tmp/tl/feat --recs /tmp/tl/ratsdex [--model hgb|lr] [--markdown]

For each labelled set S: train on every other set (layoutgen included), rank S's candidates per
paper, take the top one if its probability >= the cut (chosen on the other sets' out-of-set
predictions, never on S), else null. Compares with ratsdex (records of run_ratsdex.sh):
  oracle    a right candidate is among ours (null truth counts as reachable)
  model     the model alone
  fallback  ratsdex's title when it gives one, else the model's
  veto      ratsdex's title, nulled when the model gives its span probability < v
  veto+fb   veto, then the model where ratsdex is (now) null
and a layoutgen-only model tested on every real-ish set (does the generator transfer?).
"""
import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from extract import token_f1  # noqa: E402

SETS_ORDER = ["holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
              "holdout11", "holdout12", "holdout13", "families", "templates", "lookalike", "corpus", "real",
              "layoutgen"]


def load(feat_dir, recs_dir):
    papers = []
    for s in SETS_ORDER:
        p = Path(feat_dir) / f"{s}.jsonl"
        if not p.exists():
            print(f"missing {p}", file=sys.stderr)
            continue
        recs = {}
        rp = Path(recs_dir) / f"rec_{s}.jsonl"
        if rp.exists():
            for l in open(rp, encoding="utf-8"):
                if l.strip():
                    r = json.loads(l)
                    recs[Path(r.get("path") or r.get("file")).name] = r.get("title")
        for l in open(p, encoding="utf-8"):
            r = json.loads(l)
            r["ratsdex"] = recs.get(r["file"])
            r["has_rec"] = r["file"] in recs
            papers.append(r)
    add_context(papers)
    keys = None
    for r in papers:
        for c in r["cands"]:
            keys = sorted(c["f"])
            break
        if keys:
            break
    return papers, keys


def add_context(papers):
    """Paper-level context for each candidate (the same page's other candidates)."""
    for r in papers:
        cs = r["cands"]
        if not cs:
            continue
        lab = [c for c in cs if c["f"]["label_inline"] or c["f"]["label_left"] or c["f"]["label_above"]]
        first_lab = min((c["f"]["seg_rank"] for c in lab), default=None)
        sizes = sorted({round(c["f"]["rel_size"], 2) for c in cs}, reverse=True)
        bolds = [c for c in cs if c["f"]["bold"] > 0.8 and c["f"]["y_top"] < 0.6]
        first_bold = min((c["f"]["seg_rank"] for c in bolds), default=None)
        for c in cs:
            f = c["f"]
            f["ctx_paper_has_label"] = float(bool(lab))
            f["ctx_first_label_block"] = float(first_lab is not None and f["seg_rank"] == first_lab)
            f["ctx_size_rank"] = float(min(sizes.index(round(f["rel_size"], 2)), 5))
            f["ctx_first_bold_block"] = float(first_bold is not None and f["seg_rank"] == first_bold)
            f["ctx_n_cands"] = min(len(cs), 400) / 100


def correct(pred, truth):
    return token_f1(pred, truth) >= 0.9


def make_model(kind):
    if kind == "lr":
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
        return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000))
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=120, learning_rate=0.1, max_leaf_nodes=31,
                                          l2_regularization=1.0, random_state=0)


def matrix(papers, keys):
    X, y = [], []
    for r in papers:
        for c in r["cands"]:
            X.append([c["f"].get(k, 0.0) for k in keys])
            y.append(c["y"])
    return np.asarray(X, dtype=np.float32), np.asarray(y)


NEG_KEEP = 0.2  # training keeps every positive and this share of negatives (weighted back), for speed


def fit_predict(train, test, keys, kind):
    X, y = matrix(train, keys)
    rng = np.random.default_rng(0)
    keep = (y == 1) | (rng.random(len(y)) < NEG_KEEP)
    X, y = X[keep], y[keep]
    w = np.where(y == 1, 1.0, 1.0 / NEG_KEEP)
    m = make_model(kind)
    if kind == "lr":
        m.fit(X, y, logisticregression__sample_weight=w)
    else:
        m.fit(X, y, sample_weight=w)
    Xt, _ = matrix(test, keys)
    p = m.predict_proba(Xt)[:, 1] if len(Xt) else np.zeros(0)
    i = 0
    for r in test:
        n = len(r["cands"])
        r["probs"] = p[i:i + n].tolist()
        i += n
    return m


def top(r):
    if not r["cands"]:
        return None, 0.0
    j = int(np.argmax(r["probs"]))
    return r["cands"][j]["text"], r["probs"][j]


def span_prob(r, title):
    """The model's probability for the candidate that is ratsdex's title (token F1 >= 0.9), or None."""
    if title is not None and title == r.get("ratsdex") and "sp" in r and r.get("sp_of") is r.get("probs"):
        return r["sp"]
    best, bf = None, 0.0
    for c, p in zip(r["cands"], r["probs"]):
        f = token_f1(c["text"], title)
        if f > bf or (f == bf and best is not None and p > best):
            best, bf = p, f
    best = best if bf >= 0.9 else None
    if title is not None and title == r.get("ratsdex") and "probs" in r:
        r["sp"], r["sp_of"] = best, r["probs"]
    return best


CUTS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]


def model_title(r, cut):
    t, p = top(r)
    return t if p >= cut else None


def pick_cut(papers, penalty):
    """Cut maximising right - penalty * wrong over these papers' out-of-set predictions."""
    best = (-1e9, 0.0)
    for c in CUTS:
        right = wrong = 0
        for r in papers:
            t = model_title(r, c)
            if correct(t, r["truth"]):
                right += 1
            elif t is not None:
                wrong += 1
        s = right - penalty * wrong
        if s > best[0] + 1e-9:
            best = (s, c)
    return best[1]


def arbiter(r, cut, v, hi):
    """ratsdex's title unless the model doubts its span (p < v) and has a confident title of its own
    (p >= hi); where ratsdex gives none, the model's title at `cut`."""
    t, p = top(r)
    if not r["ratsdex"]:
        return t if p >= cut else None
    sp = span_prob(r, r["ratsdex"])
    if sp is not None and sp < v and p >= hi:
        return t
    if sp is None and p >= max(hi, 0.9):
        return t
    return r["ratsdex"]


ARB_GRID = [(v, hi) for v in (0.05, 0.1, 0.2, 0.3, 0.5) for hi in (0.5, 0.7, 0.8, 0.9, 0.95)]


def pick_arbiter(papers, cut, penalty):
    best = (-1e9, ARB_GRID[0])
    for v, hi in ARB_GRID:
        right = wrong = 0
        for r in papers:
            t = arbiter(r, cut, v, hi)
            if correct(t, r["truth"]):
                right += 1
            elif t is not None:
                wrong += 1
        sc = right - penalty * wrong
        if sc > best[0] + 1e-9:
            best = (sc, (v, hi))
    return best[1]


def stats(papers, fn):
    right = wrong = null = 0
    for r in papers:
        t = fn(r)
        if correct(t, r["truth"]):
            right += 1
        elif t is None:
            null += 1
        else:
            wrong += 1
    n = len(papers)
    return {"acc": right / n if n else 0.0, "right": right, "wrong": wrong, "null": null, "n": n}


def fmt(s):
    return f"{s['acc']:.3f} ({s['wrong']}w/{s['null']}n)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feat", default="/tmp/tl/feat")
    ap.add_argument("--recs", default="/tmp/tl/ratsdex")
    ap.add_argument("--model", default="hgb", choices=["hgb", "lr"])
    ap.add_argument("--penalty", type=float, nargs="+", default=[1.0, 3.0],
                    help="a wrong title costs this many right ones (cut choice); one table per value")
    ap.add_argument("--veto", type=float, default=0.1, help="veto cut for ratsdex's title span")
    ap.add_argument("--cache", default=None, help="LOSO probabilities: read if it exists, else write")
    ap.add_argument("--exclude-train", nargs="*", default=[], help="sets never trained on (e.g. layoutgen)")
    ap.add_argument("--no-transfer", action="store_true", help="skip the layoutgen-only model")
    ap.add_argument("--out", default=None, help="write per-paper predictions (JSONL) here")
    a = ap.parse_args()
    t0 = time.time()
    papers, keys = load(a.feat, a.recs)
    sets = [s for s in SETS_ORDER if any(r["set"] == s for r in papers)]
    print(f"{len(papers)} papers, {sum(len(r['cands']) for r in papers)} candidates, {len(keys)} features, model {a.model}",
          file=sys.stderr)

    # 1. leave-one-set-out out-of-set probabilities (cached: --cache FILE re-reports without refitting)
    if a.cache and Path(a.cache).exists():
        cached = json.load(open(a.cache))
        for r in papers:
            r["probs"] = cached[r["set"] + "/" + r["file"]]
    else:
        for s in sets:
            test = [r for r in papers if r["set"] == s]
            train = [r for r in papers if r["set"] != s and r["set"] not in a.exclude_train]
            fit_predict(train, test, keys, a.model)
            print(f"  LOSO {s} done {time.time() - t0:.0f}s", file=sys.stderr)
        if a.cache:
            json.dump({r["set"] + "/" + r["file"]: r["probs"] for r in papers}, open(a.cache, "w"))
    for r in papers:
        r["probs_loso"] = r["probs"]

    for pen in a.penalty:
        report(papers, sets, a, pen)
    if not a.no_transfer:
        transfer_report(papers, sets, keys, a)
    print(f"\n({time.time() - t0:.0f}s)", file=sys.stderr)


def report(papers, sets, a, penalty):
    rows = []
    tot = {k: [] for k in ("ratsdex", "oracle", "model0", "model", "fallback", "veto", "vetofb", "arb")}
    veto_counts = {}
    for s in sets:
        sp = [r for r in papers if r["set"] == s]
        others = [r for r in papers if r["set"] != s]
        cut = pick_cut(others, penalty)
        for r in sp:
            r["cut"] = cut
        res = {
            "set": s, "n": len(sp), "cut": cut,
            "ratsdex": stats(sp, lambda r: r["ratsdex"]),
            "oracle": stats(sp, lambda r: r["truth"] if (r["truth"] is None or any(c["y"] for c in r["cands"])) else "\x00"),
            "model0": stats(sp, lambda r: model_title(r, 0.0)),
            "model": stats(sp, lambda r: model_title(r, cut)),
            "fallback": stats(sp, lambda r: r["ratsdex"] if r["ratsdex"] else model_title(r, cut)),
        }

        def veto(r, v=a.veto):
            if not r["ratsdex"]:
                return None
            p = span_prob(r, r["ratsdex"])
            return r["ratsdex"] if (p is not None and p >= v) or p is None else None

        res["veto"] = stats(sp, veto)
        fb_cut = pick_cut([r for r in others if not r["ratsdex"]], penalty)
        av, ahi = pick_arbiter([r for r in others if r["set"] != "layoutgen"] if s != "layoutgen" else others, fb_cut, penalty)
        res["arb"] = stats(sp, lambda r: arbiter(r, fb_cut, av, ahi))
        res["arb_params"] = (fb_cut, av, ahi)
        res["vetofb"] = stats(sp, lambda r: veto(r) if veto(r) else (model_title(r, cut) if not r["ratsdex"] else None))
        # veto bookkeeping: wrong ratsdex titles nulled vs right ones lost, for several veto cuts
        for v in (0.02, 0.05, 0.1, 0.2, 0.3):
            gained = lost = 0
            for r in sp:
                if not r["ratsdex"]:
                    continue
                p = span_prob(r, r["ratsdex"])
                if p is not None and p < v:
                    if correct(r["ratsdex"], r["truth"]):
                        lost += 1
                    else:
                        gained += 1
            vc = veto_counts.setdefault(v, {})
            vc[s] = (gained, lost)
        rows.append(res)
        for k in tot:
            tot[k].append(res[k])

    print_tables(rows, tot, veto_counts, sets, papers, a, penalty)
    if a.out and penalty == a.penalty[0]:
        write_preds(papers, a.out)


def transfer_report(papers, sets, keys, a):
    # 2. layoutgen only -> every other set
    transfer = {}
    if "layoutgen" in sets:
        gen = [r for r in papers if r["set"] == "layoutgen"]
        rest = [r for r in papers if r["set"] != "layoutgen"]
        fit_predict(gen, rest, keys, a.model)
        # cut on layoutgen itself (in-sample would be optimistic): use a 2-fold split of layoutgen
        half = len(gen) // 2
        fit_predict(gen[:half], gen[half:], keys, a.model)
        fit_predict(gen[half:], gen[:half], keys, a.model)
        gcut = pick_cut(gen, a.penalty[0])
        for s in sets:
            if s == "layoutgen":
                continue
            sp = [r for r in papers if r["set"] == s]
            transfer[s] = {"model0": stats(sp, lambda r: model_title(r, 0.0)),
                           "model": stats(sp, lambda r: model_title(r, gcut)),
                           "fallback": stats(sp, lambda r: r["ratsdex"] if r["ratsdex"] else model_title(r, gcut)),
                           "cut": gcut}

    print_transfer(transfer, papers, sets)


def write_preds(papers, out):
    if out:
        with open(out, "w", encoding="utf-8") as f:
            for r in papers:
                t, p = (None, 0.0)
                if r["cands"]:
                    j = int(np.argmax(r["probs_loso"]))
                    t, p = r["cands"][j]["text"], r["probs_loso"][j]
                f.write(json.dumps({"set": r["set"], "file": r["file"], "truth": r["truth"], "ratsdex": r["ratsdex"],
                                    "model": t, "p": round(p, 4), "cut": r["cut"]}, ensure_ascii=False) + "\n")



def print_tables(rows, tot, veto_counts, sets, papers, a, penalty):
    print(f"\n### Leave-one-set-out, model {a.model}, cut chosen on the other sets (penalty {penalty}), veto < {a.veto}\n")
    print("accuracy (wrong / null) per set; title right = token F1 >= 0.9 (evaluate.py)\n")
    print("| set | n | ratsdex | oracle | model, no cut | model @cut | cut | fallback | veto | veto+fallback | arbiter (fb cut, v, hi) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for res in rows:
        print(f"| {res['set']} | {res['n']} | {fmt(res['ratsdex'])} | {res['oracle']['acc']:.3f} | {fmt(res['model0'])} | "
              f"{fmt(res['model'])} | {res['cut']} | {fmt(res['fallback'])} | {fmt(res['veto'])} | {fmt(res['vetofb'])} | "
              f"{fmt(res['arb'])} {res['arb_params']} |")

    def pooled(lst, exclude=("layoutgen",)):
        keep = [x for x, res in zip(lst, rows) if res["set"] not in exclude]
        n = sum(x["n"] for x in keep)
        return {"acc": sum(x["right"] for x in keep) / n, "wrong": sum(x["wrong"] for x in keep),
                "null": sum(x["null"] for x in keep), "n": n}
    p = {k: pooled(v) for k, v in tot.items()}
    print(f"| **all but layoutgen** | {p['ratsdex']['n']} | {fmt(p['ratsdex'])} | {p['oracle']['acc']:.3f} | {fmt(p['model0'])} | "
          f"{fmt(p['model'])} | | {fmt(p['fallback'])} | {fmt(p['veto'])} | {fmt(p['vetofb'])} | {fmt(p['arb'])} |")
    fc = ("holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
          "holdout13")
    p2 = {k: pooled(v, exclude=tuple(s for s in sets if s not in fc)) for k, v in tot.items()}
    print(f"| **holdout4–13** | {p2['ratsdex']['n']} | {fmt(p2['ratsdex'])} | {p2['oracle']['acc']:.3f} | {fmt(p2['model0'])} | "
          f"{fmt(p2['model'])} | | {fmt(p2['fallback'])} | {fmt(p2['veto'])} | {fmt(p2['vetofb'])} | {fmt(p2['arb'])} |")

    print("\n### Veto: ratsdex titles nulled because the model gives their span p < v (wrong ones nulled / right ones lost)\n")
    print("| set | " + " | ".join(f"v={v}" for v in veto_counts) + " |")
    print("|---|" + "---|" * len(veto_counts))
    for s in sets:
        print(f"| {s} | " + " | ".join(f"{veto_counts[v][s][0]} / {veto_counts[v][s][1]}" for v in veto_counts) + " |")
    print("| **all but layoutgen** | " + " | ".join(
        f"{sum(g for s2, (g, l) in veto_counts[v].items() if s2 != 'layoutgen')} / "
        f"{sum(l for s2, (g, l) in veto_counts[v].items() if s2 != 'layoutgen')}" for v in veto_counts) + " |")
    # ratsdex titles not among the candidates at all (veto cannot judge them)
    nomatch = sum(1 for r in papers if r["ratsdex"] and r["set"] != "layoutgen" and span_prob(
        {"cands": r["cands"], "probs": r["probs_loso"]}, r["ratsdex"]) is None)
    print(f"\nratsdex titles (all but layoutgen) that match no candidate (never vetoed): {nomatch}")



def print_transfer(transfer, papers, sets):
    rows = {}
    for s in sets:
        sp = [r for r in papers if r["set"] == s]
        rows[s] = stats(sp, lambda r: r["ratsdex"])
    if transfer:
        print(f"\n### Trained on layoutgen only (600 papers), cut {transfer[next(iter(transfer))]['cut']} chosen on layoutgen (2-fold)\n")
        print("| set | ratsdex | layoutgen-only, no cut | layoutgen-only @cut | fallback |")
        print("|---|---|---|---|---|")
        for s, rat in rows.items():
            if s in transfer:
                t = transfer[s]
                print(f"| {s} | {fmt(rat)} | {fmt(t['model0'])} | {fmt(t['model'])} | {fmt(t['fallback'])} |")
        keep = [s for s in transfer]
        n = sum(transfer[s]["model"]["n"] for s in keep)
        r0 = sum(transfer[s]["model0"]["right"] for s in keep)
        r1 = sum(transfer[s]["model"]["right"] for s in keep)
        w1 = sum(transfer[s]["model"]["wrong"] for s in keep)
        rr = sum(rows[s]["right"] for s in keep)
        print(f"| **all but layoutgen** | {rr / n:.3f} | {r0 / n:.3f} | {r1 / n:.3f} ({w1}w) | |")


if __name__ == "__main__":
    main()
