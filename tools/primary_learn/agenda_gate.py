#!/usr/bin/env python3
"""The gate's agenda-head margin (primary3, issue 17): how much surer the model must be to displace
the rules' first theme in an agenda whose first item names it.

Two views, both per set, for each candidate margin:
  shipped  the model of data/primary_model.json on every paper (in-sample on the sets it trained on;
           out-of-sample on the sets added since and on corpusdev / real), its gate margin and
           rules_ratio;
  loso     a model retrained per left-out set on all the other training sets (the shipped model's
           parameters, one LinearSVC per set, no inner gate choice: the gate is fixed at --margin /
           --ratio), the honest estimate for papers of a writer never seen.
Reads prepare.py's output (needs its `reading` and `first_head`); corpusdev and real are scored,
never trained on.

Usage: agenda_gate.py --data /tmp/primary_learn/data.jsonl [--margin 0.5 --ratio 0.1]
"""
import argparse, json, os, sys
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, os.path.dirname(__file__))
import train as T  # noqa: E402

CANDIDATES = [None, 0.6, 0.8, 1.0, 1.2, 1.5, T.NEVER]


def shipped_decisions(path, rows):
    """Decision values of a model file for every row (the TfidfVectorizer of each block with the
    file's vocabulary and idf, its quantised weights)."""
    m = json.load(open(path, encoding='utf-8'))
    assert m['themes'] == T.THEMES
    mats, Ws = [], []
    for b, (name, field, an, ng) in zip(m['blocks'], T.BLOCKS):
        assert b['name'] == name
        v = TfidfVectorizer(lowercase=True, analyzer=an, ngram_range=tuple(ng), sublinear_tf=True,
                            vocabulary={t: i for i, t in enumerate(b['terms'])}, dtype=np.float64)
        v.fit(['x'])
        v.idf_ = np.array(b['idf'])
        mats.append(v.transform([T.fields(r, m['lead_words'])[field] for r in rows]))
        h = b['weights_hex']
        ints = [int(h[i:i + 4], 16) for i in range(0, len(h), 4)]
        ints = [x - 65536 if x >= 32768 else x for x in ints]
        Ws.append(np.array(ints, dtype=float).reshape(len(b['terms']), len(T.THEMES)) * m['scale'])
    X = sp.hstack(mats).tocsr()
    return X @ np.vstack(Ws) + np.array(m['intercept']), m['gate']


def loso_decisions(rows, cfg):
    train = [k for k, r in enumerate(rows) if r['set'] not in T.EVAL_ONLY]
    vecs = T.vectorizers([rows[k] for k in train], cfg)
    X = T.transform(vecs, rows, cfg)
    y = np.array([T.TI[r['labels'][0]] for r in rows])
    D = np.zeros((len(rows), len(T.THEMES)))
    for s in sorted({r['set'] for r in rows} - T.EVAL_ONLY):
        tr = [k for k in train if rows[k]['set'] != s]
        te = [k for k, r in enumerate(rows) if r['set'] == s]
        W, b = T.fit(X[tr], y[tr], cfg.C)
        D[te] = X[te] @ W.T + b
    W, b = T.fit(X[train], y[train], cfg.C)
    ev = [k for k, r in enumerate(rows) if r['set'] in T.EVAL_ONLY]
    D[ev] = X[ev] @ W.T + b
    return D


def table(name, rows, D, margin, ratio):
    sets = []
    for r in rows:
        if r['set'] not in sets:
            sets.append(r['set'])
    ok = {}
    for s in sets:
        idx = [k for k, r in enumerate(rows) if r['set'] == s]
        ok[s] = [sum(T.decide(rows[k], D[k], margin, ratio, ah if ah is not None else -1.0)[0] == rows[k]['labels'][0]
                     for k in idx) for ah in CANDIDATES] + [len(idx)]
    print('%s (margin %.1f, ratio %.1f); agenda-head margin: %s' % (
        name, margin, ratio, ' '.join('none' if a is None else 'never' if a == T.NEVER else str(a) for a in CANDIDATES)))
    for s in sets:
        v = ok[s]
        mark = '' if len(set(v[:-1])) == 1 else '  *'
        print('  %-10s %4d  %s%s' % (s, v[-1], ' '.join('%.4f' % (x / v[-1]) for x in v[:-1]), mark))
    tr = [s for s in sets if s not in T.EVAL_ONLY]
    n = sum(ok[s][-1] for s in tr)
    print('  pooled     %4d  %s' % (n, ' '.join('%.4f' % (sum(ok[s][i] for s in tr) / n) for i in range(len(CANDIDATES)))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/tmp/primary_learn/data.jsonl')
    ap.add_argument('--model', default=os.path.join(T.ROOT, 'data/primary_model.json'))
    ap.add_argument('--margin', type=float, default=0.5, help='the loso view\'s fixed gate margin')
    ap.add_argument('--ratio', type=float, default=0.1, help='the loso view\'s fixed gate rules_ratio')
    ap.add_argument('--C', type=float, default=0.5)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.data)]
    for r in rows:
        if T.HELD_OUT.match(r['set']):
            sys.exit('refusing held-out set %s' % r['set'])
        if 'reading' not in r:
            sys.exit('%s: no `reading` (run the current prepare.py)' % a.data)
    rows = [r for r in rows if r['labels'] and r['labels'][0] in T.TI]
    D, gate = shipped_decisions(a.model, rows)
    table('shipped model', rows, D, gate['margin'], gate['rules_ratio'])

    class Cfg:
        max_tw, max_tc, max_lw, max_lc, min_df, lead, C = 6000, 12000, 6000, 12000, 2, 80, a.C
    table('leave-one-set-out', rows, loso_decisions(rows, Cfg), a.margin, a.ratio)


if __name__ == '__main__':
    main()
