#!/usr/bin/env python3
"""Spike: can a learned multi-label text model fix the secondary themes?

(a) baseline  the shipped pipeline's themes (rules + gate + learned primary chooser), from prepare.py
(b) model     one-vs-rest LinearSVC over tf-idf blocks (p = decision value); primary = the model's
              best theme, secondaries = other themes with p >= t_alone (at most MAX themes)
(d) stack     as (c), but the keep/add decision is a logistic regression over the model's decision
              value, rules-assigned or not, the rules gate's logit p and the rules score ratio to the
              first (fitted, with its cut, on the training folds' out-of-fold values);
(c) blend     the shipped primary stays; a rules-assigned secondary is kept only if p >= t; a theme
              the rules scored but did not assign is added if p >= t2; ordered by p, at most MAX.

Leave-one-set-out: for each labelled set S, the vectorizers and the classifier are fitted on the
other sets only; thresholds are chosen on out-of-fold probabilities of 3 folds (grouped by set) of
those other sets. S never trains anything nor picks a threshold. 'corpusdev' and 'real' (../shared)
are scored only, with the model fitted on every repository set (thresholds from 3 grouped folds).

Usage: train.py --data /tmp/secondary_spike/data.jsonl --json /tmp/secondary_spike/loso.json
"""
import argparse, json, math, re, sys, time
from collections import defaultdict
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.linear_model import LogisticRegression

THEMES = ['bildung', 'digitale_infrastruktur', 'digitalisierung', 'finanzen', 'klima_umwelt', 'kultur_sport',
          'mobilitaet', 'sicherheit_ordnung', 'smart_city', 'soziales', 'stadtentwicklung', 'verwaltung', 'wirtschaft']
TI = {t: i for i, t in enumerate(THEMES)}
HELD_OUT = re.compile(r'^(holdout(2[5-9]|[3-9]\d|\d{3,})|heldout(2[1-9]|[3-9]\d|\d{3,}))$')
EVAL_ONLY = {'corpusdev', 'real'}
MAX = 3
# Thresholds on the SVM's decision value (-inf = keep every rules secondary, 9 = never add).
T_KEEP = [-9.0, -1.2, -1.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0]
T_ADD = [-0.4, -0.2, 0.0, 0.2, 0.4, 0.6, 0.8, 9.0]
T_STACK = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
T_ALONE = [-0.8, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.2]


def lead(title, text, n):
    words = text.split()
    tw = title.split()[:4]
    if len(tw) >= 2:
        joined = ' '.join(words)
        i = joined.find(' '.join(tw))
        if i >= 0:
            words = joined[i:].split()[len(title.split()):]
    return ' '.join(words[:n])


def fields(r, cfg):
    title = r['title'] or ''
    text = r['text'] or ''
    return {'title_doctype': title + ' dt_' + (r['doc_type'] or 'none').lower(),
            'title': title, 'lead': lead(title, text, cfg.lead),
            'body': ' '.join(text.split()[:cfg.body])}


def blocks(cfg):
    b = [('title_doctype', 'word', (1, 2), 6000, 1.0),
         ('lead', 'word', (1, 2), 12000, 1.0),
         ('body', 'word', (1, 1), 20000, cfg.body_w)][:3 if cfg.body > 0 else 2]
    if cfg.chars:
        b.append(('title', 'char_wb', (4, 6), 12000, 1.0))
    return b


class Features:
    def __init__(self, rows, cfg):
        self.cfg = cfg
        self.vecs = []
        f = [fields(r, cfg) for r in rows]
        for field, an, ng, mf, w in blocks(cfg):
            v = TfidfVectorizer(lowercase=True, analyzer=an, ngram_range=ng, sublinear_tf=True, min_df=2,
                                max_features=mf, dtype=np.float64)
            v.fit([x[field] for x in f])
            self.vecs.append((field, v, w))

    def __call__(self, rows):
        f = [fields(r, self.cfg) for r in rows]
        return sp.hstack([v.transform([x[field] for x in f]) * w for field, v, w in self.vecs]).tocsr()


def targets(rows):
    Y = np.zeros((len(rows), len(THEMES)), dtype=int)
    for i, r in enumerate(rows):
        for t in r['labels']:
            if t in TI:
                Y[i, TI[t]] = 1
    return Y


def fit_predict(Xtr, Ytr, Xte, cfg):
    """One-vs-rest LinearSVC; the decision values of Xte (n x 13)."""
    P = np.full((Xte.shape[0], len(THEMES)), -9.0)
    for j in range(len(THEMES)):
        if Ytr[:, j].sum() == 0:
            continue
        m = LinearSVC(C=cfg.C, random_state=0)
        m.fit(Xtr, Ytr[:, j])
        P[:, j] = m.decision_function(Xte)
    return P


def oof(rows, X, cfg, k=3):
    """Out-of-fold decision values of 3 folds grouped by set (sets dealt by size)."""
    sets = sorted({r['set'] for r in rows}, key=lambda s: -sum(1 for r in rows if r['set'] == s))
    fold = np.array([{s: i % k for i, s in enumerate(sets)}[r['set']] for r in rows])
    Y = targets(rows)
    P = np.zeros((len(rows), len(THEMES)))
    for f in range(k):
        tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
        P[te] = fit_predict(X[tr], Y[tr], X[te], cfg)
    return P


def blend(r, p, t, t2):
    rules = [x for x in r['rules'] if x in TI]
    if not rules:
        return []
    first = rules[0]
    keep = [(p[TI[x]], x) for x in rules[1:] if p[TI[x]] >= t]
    add = [(p[TI[x]], x) for x in r['scores'] if x in TI and x not in rules and p[TI[x]] >= t2]
    rest = [x for _, x in sorted(keep + add, reverse=True)]
    return ([first] + rest)[:MAX]


def stack_rows(r, p):
    """(d) the stacker's inputs for each secondary candidate (a scored theme other than the
    rules' first): the model's decision value, whether the rules assigned it (and the product),
    the rules gate's logit p (0 where the gate made no call), the log of its rules score over
    the first's."""
    rules = [x for x in r['rules'] if x in TI]
    if not rules:
        return [], []
    first = rules[0]
    s0 = max(r['scores'].get(first, 0.0), 1e-6)
    names, feats = [], []
    for x, sc in r['scores'].items():
        if x not in TI or x == first:
            continue
        gp = (r.get('gate_p') or {}).get(x)
        lg = 0.0 if gp is None else math.log(max(gp, 1e-4) / max(1 - gp, 1e-4))
        ir = float(x in rules)
        dv = p[TI[x]]
        names.append(x)
        feats.append([dv, ir, dv * ir, lg, float(gp is not None), math.log(max(sc, 1e-3) / s0)])
    return names, feats


def fit_stacker(rows, P):
    X, y = [], []
    for r, p in zip(rows, P):
        names, feats = stack_rows(r, p)
        X += feats
        y += [int(x in r['labels']) for x in names]
    m = LogisticRegression(C=1.0, max_iter=1000).fit(np.array(X), np.array(y))
    best = None
    for ts in T_STACK:
        v = f1(rows, [stacked(m, r, p, ts) for r, p in zip(rows, P)])
        if best is None or v > best[0] + 1e-12:
            best = (v, ts)
    return m, best[1]


def stacked(m, r, p, ts):
    rules = [x for x in r['rules'] if x in TI]
    if not rules:
        return []
    names, feats = stack_rows(r, p)
    if not names:
        return rules[:1]
    q = m.predict_proba(np.array(feats))[:, 1]
    rest = [x for v, x in sorted(zip(q, names), reverse=True) if v >= ts]
    return (rules[:1] + rest)[:MAX]


def alone(p, t):
    order = np.argsort(-p)
    out = [THEMES[order[0]]]
    out += [THEMES[j] for j in order[1:MAX] if p[j] >= t]
    return out


def counts(rows, preds):
    tp = fp = fn = prim = npred = nlab = 0
    for r, pr in zip(rows, preds):
        lab = set(r['labels'])
        s = set(pr)
        tp += len(s & lab); fp += len(s - lab); fn += len(lab - s)
        prim += int(bool(pr) and pr[0] == r['labels'][0])
        npred += len(pr); nlab += len(r['labels'])
    return dict(tp=tp, fp=fp, fn=fn, prim=prim, n=len(rows), npred=npred, nlab=nlab)


def score(c):
    p = c['tp'] / max(1, c['tp'] + c['fp'])
    rc = c['tp'] / max(1, c['tp'] + c['fn'])
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    return dict(P=p, R=rc, F1=f, primary=c['prim'] / max(1, c['n']), per_paper=c['npred'] / max(1, c['n']),
                labels_per_paper=c['nlab'] / max(1, c['n']), n=c['n'])


def f1(rows, preds):
    return score(counts(rows, preds))['F1']


def choose(rows, P):
    """Thresholds maximising pooled F1 on out-of-fold decision values (first best in grid order)."""
    # Per paper: the fixed part (the rules' first) and the secondary candidates by value.
    base_tp = base_fp = fn_all = 0
    cands = []
    for r, p in zip(rows, P):
        lab = set(r['labels'])
        rules = [x for x in r['rules'] if x in TI]
        fn_all += len(lab)
        if not rules:
            continue
        base_tp += rules[0] in lab
        base_fp += rules[0] not in lab
        c = [(p[TI[x]], True, x in lab) for x in rules[1:]]
        c += [(p[TI[x]], False, x in lab) for x in r['scores'] if x in TI and x not in rules]
        if c:
            cands.append(sorted(c, reverse=True))
    best = None
    for t in T_KEEP:
        for t2 in T_ADD:
            tp, fp = base_tp, base_fp
            for c in cands:
                k = 0
                for v, is_rule, ok in c:
                    if v >= (t if is_rule else t2):
                        tp += ok; fp += not ok; k += 1
                        if k == MAX - 1:
                            break
            pr, rc = tp / max(1, tp + fp), tp / max(1, fn_all)
            v = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            if best is None or v > best[0] + 1e-12:
                best = (v, t, t2)
    ba = None
    for t in T_ALONE:
        v = f1(rows, [alone(p, t) for p in P])
        if ba is None or v > ba[0] + 1e-12:
            ba = (v, t)
    return best[1], best[2], ba[1]


def evaluate(te, P, t, t2, ta, stk, ts, ids=True):
    preds = {'base': [r['rules'] for r in te],
             'model': [alone(p, ta) for p in P],
             'blend': [blend(r, p, t, t2) for r, p in zip(te, P)],
             'stack': [stacked(stk, r, p, ts) for r, p in zip(te, P)]}
    out = {'thresholds': {'keep': t, 'add': t2, 'alone': ta, 'stack': ts}}
    for k, v in preds.items():
        out[k] = score(counts(te, v))
    out['counts'] = {k: counts(te, v) for k, v in preds.items()}
    # per paper (labels and each method's themes) for per-theme tables; no ids for ../shared sets
    out['papers'] = [{'id': r['id'] if ids else None, 'labels': r['labels'], **{k: v[i] for k, v in preds.items()}}
                     for i, r in enumerate(te)]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/tmp/secondary_spike/data.jsonl')
    ap.add_argument('--json', default='')
    ap.add_argument('--C', type=float, default=0.5)
    ap.add_argument('--lead', type=int, default=80)
    ap.add_argument('--body', type=int, default=600)
    ap.add_argument('--body-w', dest='body_w', type=float, default=1.0)
    ap.add_argument('--chars', action='store_true')
    ap.add_argument('--sets', default='', help='only leave out these sets (comma-separated)')
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.data)]
    for r in rows:
        if HELD_OUT.match(r['set']):
            sys.exit('refusing held-out set %s' % r['set'])
    train_all = [r for r in rows if r['set'] not in EVAL_ONLY]
    sets = list(dict.fromkeys(r['set'] for r in train_all))
    if a.sets:
        sets = [s for s in sets if s in a.sets.split(',')]
    res = {'cfg': vars(a), 'sets': {}}
    t0 = time.time()
    for s in sets:
        tr = [r for r in train_all if r['set'] != s]
        te = [r for r in train_all if r['set'] == s]
        feats = Features(tr, a)  # vocabulary and idf of the training sets only
        Xtr, Xte = feats(tr), feats(te)
        Po = oof(tr, Xtr, a)
        t, t2, ta = choose(tr, Po)
        stk, ts = fit_stacker(tr, Po)
        P = fit_predict(Xtr, targets(tr), Xte, a)
        out = evaluate(te, P, t, t2, ta, stk, ts)
        res['sets'][s] = out
        print('%-10s n=%3d keep=%.1f add=%.1f alone=%.1f  F1 %.3f -> blend %.3f stack %.3f model %.3f  (P %.3f->%.3f R %.3f->%.3f)  %.0fs'
              % (s, len(te), t, t2, ta, out['base']['F1'], out['blend']['F1'], out['stack']['F1'], out['model']['F1'],
                 out['base']['P'], out['blend']['P'], out['base']['R'], out['blend']['R'], time.time() - t0),
              file=sys.stderr, flush=True)
        if a.json:
            json.dump(res, open(a.json, 'w'), indent=1)
    ev = [r for r in rows if r['set'] in EVAL_ONLY]
    if ev and not a.sets:
        feats = Features(train_all, a)
        Xtr = feats(train_all)
        Po = oof(train_all, Xtr, a)
        t, t2, ta = choose(train_all, Po)
        stk, ts = fit_stacker(train_all, Po)
        P = fit_predict(Xtr, targets(train_all), feats(ev), a)
        res['full_thresholds'] = {'keep': t, 'add': t2, 'alone': ta, 'stack': ts,
                                  'stacker': [list(stk.coef_[0]), float(stk.intercept_[0])]}
        for s in sorted({r['set'] for r in ev}):
            idx = [i for i, r in enumerate(ev) if r['set'] == s]
            te = [ev[i] for i in idx]
            Ps = P[idx]
            res['sets'][s] = evaluate(te, Ps, t, t2, ta, stk, ts, ids=False)
            o = res['sets'][s]
            print('%-10s (scored only) F1 %.3f -> blend %.3f stack %.3f model %.3f' % (s, o['base']['F1'], o['blend']['F1'], o['stack']['F1'], o['model']['F1']),
                  file=sys.stderr, flush=True)
    if a.json:
        json.dump(res, open(a.json, 'w'), indent=1)


if __name__ == '__main__':
    main()
