#!/usr/bin/env python3
"""Would a learned primary chooser beat the rules' primary? Leave-one-set-out.

Reads the cache written by prepare.py. For each labelled set S: train on all other sets,
predict S. Reports per set the primary accuracy of
  rules      the rules' first theme (ratsdex as built)
  model      the text model alone (argmax over 13 themes)
  restrict   the model's argmax among the themes the rules assigned
  blend      the model's choice where it differs from the rules and its decision value beats the
             rules' primary's by a margin >= t;
             t chosen on the training sets only (5-fold grouped by set inside the training sets)
  restrb     restrict, blended with the rules like `blend` (nested t, margin over the rules' first)
  stack      the model with the rules' per-theme scores as extra features (argmax)
  stackb     stack, blended with the rules like `blend` (nested t)
Usage: spike.py [--data /tmp/spike/data.jsonl] [--sets a,b] [--C 4] [--no-real]
"""
import argparse, json, math, re, sys, time
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

THEMES = ['bildung', 'digitale_infrastruktur', 'digitalisierung', 'finanzen', 'klima_umwelt', 'kultur_sport',
          'mobilitaet', 'sicherheit_ordnung', 'smart_city', 'soziales', 'stadtentwicklung', 'verwaltung', 'wirtschaft']
TI = {t: i for i, t in enumerate(THEMES)}
ISSUERS = ['heldout16', 'corpusdev', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19']
GRID = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 99.0]  # margin of the model's choice over the rules' primary


def lead(r, n):
    """First n words of the body: after the title where the text repeats it, else from the top."""
    text, title = r['text'], r['title']
    words = text.split()
    if title:
        tw = title.split()[:4]
        if len(tw) >= 2:
            key = ' '.join(tw)
            i = ' '.join(words).find(key)
            if i >= 0:
                words = ' '.join(words)[i:].split()[len(title.split()):]
    return ' '.join(words[:n])


def featurize(tr, te, cfg):
    blocks_tr, blocks_te = [], []
    def add(vec, f, w=1.0):
        a = vec.fit_transform([f(r) for r in tr]); b = vec.transform([f(r) for r in te])
        blocks_tr.append(a * w); blocks_te.append(b * w)
    tl = lambda r: (r['title'] + ' dt_' + (r['doc_type'] or 'none').lower())
    ld = lambda r: lead(r, cfg.lead)
    add(TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=2), tl, cfg.wt)
    add(TfidfVectorizer(lowercase=True, analyzer='char_wb', ngram_range=(4, 6), sublinear_tf=True, min_df=2), lambda r: r['title'], cfg.wt)
    add(TfidfVectorizer(lowercase=True, ngram_range=(1, 1), sublinear_tf=True, min_df=2), ld, cfg.wl)
    add(TfidfVectorizer(lowercase=True, analyzer='char_wb', ngram_range=(4, 6), sublinear_tf=True, min_df=2, max_features=cfg.maxchar), ld, cfg.wl)
    if cfg.wb > 0:
        add(TfidfVectorizer(lowercase=True, ngram_range=(1, 1), sublinear_tf=True, min_df=2, max_features=30000), lambda r: r['text'][:cfg.bodychars], cfg.wb)
    return sp.hstack(blocks_tr).tocsr(), sp.hstack(blocks_te).tocsr()


def rule_feats(rows):
    """Per theme: score share of the best, log score, title points>0, head, is rules' first, assigned."""
    X = np.zeros((len(rows), len(THEMES) * 6))
    for k, r in enumerate(rows):
        sc = r['scores']; best = max([v['score'] for v in sc.values()] + [1e-9])
        for t, v in sc.items():
            if t not in TI: continue
            i = TI[t] * 6
            X[k, i] = v['score'] / best; X[k, i + 1] = math.log1p(max(v['score'], 0)) / 4
            X[k, i + 2] = 1.0 if v.get('title', 0) > 0 else 0.0; X[k, i + 3] = 1.0 if v.get('head') else 0.0
        for j, t in enumerate(r['rules']):
            if t in TI:
                X[k, TI[t] * 6 + 5] = 1.0
                if j == 0: X[k, TI[t] * 6 + 4] = 1.0
    return sp.csr_matrix(X)


FEATS = {}


def fit_predict(tr, te, cfg, stack):
    """Linear SVM (one-vs-rest) on the precomputed features; returns the decision values.
    The tf-idf vocabularies and idf are fitted once on every paper's text (no labels): a
    transductive shortcut for speed, see README."""
    X = FEATS['stack' if stack else 'text']
    a = [r['_k'] for r in tr]; b = [r['_k'] for r in te]
    y = np.array([TI[r['labels'][0]] for r in tr])
    m = LinearSVC(C=cfg.C)
    m.fit(X[a], y)
    P = np.full((len(te), len(THEMES)), -9.0)
    P[:, m.classes_] = m.decision_function(X[b])
    return P


def choices(rows, P, t, among_rules=False):
    out = []
    for r, p in zip(rows, P):
        rule = r['rules'][0] if r['rules'] else None
        cand = [x for x in r['rules'] if x in TI]
        m = max(cand, key=lambda x: p[TI[x]]) if (among_rules and cand) else THEMES[int(p.argmax())]
        margin = p[TI[m]] - p[TI[rule]] if rule in TI else 9.0
        out.append(m if (rule is None or (m != rule and margin >= t)) else rule)
    return out


def restrict(rows, P):
    out = []
    for r, p in zip(rows, P):
        cand = [t for t in r['rules'] if t in TI]
        out.append(max(cand, key=lambda t: p[TI[t]]) if cand else THEMES[int(p.argmax())])
    return out


def acc(rows, ch):
    return sum(1 for r, c in zip(rows, ch) if c == r['labels'][0]) / max(1, len(rows))


def choose_t(tr, cfg, stack):
    """Out-of-fold probabilities inside the training sets (5 groups of sets), best pooled accuracy."""
    sets = sorted({r['set'] for r in tr})
    groups = {s: i % cfg.inner for i, s in enumerate(sets)}
    P = np.zeros((len(tr), len(THEMES)))
    for g in range(cfg.inner):
        a = [r for r in tr if groups[r['set']] != g]; idx = [i for i, r in enumerate(tr) if groups[r['set']] == g]
        P[idx] = fit_predict(a, [tr[i] for i in idx], cfg, stack)
    best = max(GRID, key=lambda t: (round(acc(tr, choices(tr, P, t)), 6), t))
    best_r = max(GRID, key=lambda t: (round(acc(tr, choices(tr, P, t, True)), 6), t))
    return best, best_r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/tmp/spike/data.jsonl')
    ap.add_argument('--sets', default='')
    ap.add_argument('--C', type=float, default=0.5)
    ap.add_argument('--lead', type=int, default=80)
    ap.add_argument('--wt', type=float, default=1.0)
    ap.add_argument('--wl', type=float, default=1.0)
    ap.add_argument('--wb', type=float, default=0.0)
    ap.add_argument('--wr', type=float, default=1.0)
    ap.add_argument('--bodychars', type=int, default=20000)
    ap.add_argument('--maxchar', type=int, default=50000)
    ap.add_argument('--inner', type=int, default=3)
    ap.add_argument('--no-real', action='store_true')
    ap.add_argument('--no-nested', action='store_true', help='skip the blends (model, restrict, stack only)')
    ap.add_argument('--json', default='')
    cfg = ap.parse_args()
    rows = [json.loads(l) for l in open(cfg.data)]
    if cfg.no_real: rows = [r for r in rows if r['set'] != 'real']
    for k, r in enumerate(rows): r['_k'] = k
    FEATS['text'], _ = featurize(rows, rows[:1], cfg)
    FEATS['stack'] = sp.hstack([FEATS['text'], rule_feats(rows) * cfg.wr]).tocsr()
    order = []
    for r in rows:
        if r['set'] not in order: order.append(r['set'])
    test_sets = cfg.sets.split(',') if cfg.sets else order
    res = {}
    print('%-10s %4s %6s %6s %6s %6s %6s %6s %6s  %5s %5s %5s  %s' % ('set', 'n', 'rules', 'model', 'restr', 'restrb', 'blend', 'stack', 'stackb', 't', 'ts', 'tr', 'blend +/- | stackb +/- | restrb +/-'))
    for s in test_sets:
        t0 = time.time()
        tr = [r for r in rows if r['set'] != s]; te = [r for r in rows if r['set'] == s]
        P = fit_predict(tr, te, cfg, False); Ps = fit_predict(tr, te, cfg, True)
        rule = [r['rules'][0] if r['rules'] else None for r in te]
        model = [THEMES[int(p.argmax())] for p in P]
        stack = [THEMES[int(p.argmax())] for p in Ps]
        e = {'n': len(te), 'rules': acc(te, rule), 'model': acc(te, model), 'restrict': acc(te, restrict(te, P)), 'stack': acc(te, stack)}
        if not cfg.no_nested:
            t, tr_ = choose_t(tr, cfg, False); ts, _ = choose_t(tr, cfg, True)
            bl = choices(te, P, t); sb = choices(te, Ps, ts); rb = choices(te, P, tr_, True)
            def flips(ch):
                good = sum(1 for r, a, b in zip(te, rule, ch) if a != r['labels'][0] and b == r['labels'][0])
                bad = sum(1 for r, a, b in zip(te, rule, ch) if a == r['labels'][0] and b != r['labels'][0])
                return good, bad
            e.update(blend=acc(te, bl), stackb=acc(te, sb), restrb=acc(te, rb), t=t, ts=ts, tr=tr_, blend_flips=flips(bl), stackb_flips=flips(sb), restrb_flips=flips(rb))
        res[s] = e
        nan = float('nan')
        print('%-10s %4d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f  %5.2f %5.2f %5.2f  %s | %s | %s  (%.0fs)' % (
            s, e['n'], e['rules'], e['model'], e['restrict'], e.get('restrb', nan), e.get('blend', nan), e['stack'], e.get('stackb', nan),
            e.get('t', nan), e.get('ts', nan), e.get('tr', nan), e.get('blend_flips', ''), e.get('stackb_flips', ''), e.get('restrb_flips', ''), time.time() - t0), flush=True)
    keys = ['rules', 'model', 'restrict', 'restrb', 'blend', 'stack', 'stackb']
    for name, group in [('mean', list(res)), ('issuers', [s for s in res if s in ISSUERS]),
                        ('text sets', [s for s in res if s.startswith('heldout') or s == 'tuning']),
                        ('pdf sets', [s for s in res if not (s.startswith('heldout') or s == 'tuning')])]:
        if not group: continue
        line = ['%-10s %4d' % (name, sum(res[s]['n'] for s in group))]
        for k in keys:
            v = [res[s][k] for s in group if k in res[s]]
            line.append('%6.3f' % (sum(v) / len(v)) if v else '   nan')
        fl = [sum(res[s].get(k, (0, 0))[i] for s in group) for k in ('blend_flips', 'stackb_flips', 'restrb_flips') for i in (0, 1)]
        print(' '.join(line), '  blend +%d -%d | stackb +%d -%d | restrb +%d -%d' % tuple(fl))
    if cfg.json:
        json.dump({'config': vars(cfg), 'sets': res}, open(cfg.json, 'w'), indent=1)


if __name__ == '__main__':
    main()
