#!/usr/bin/env python3
"""A few model configurations compared on 3 folds grouped by set of every repository set
(out-of-fold decision values, thresholds chosen on the same values: optimistic, for comparing
configurations only). Usage: explore.py --data /tmp/secondary_spike/data.jsonl"""
import argparse, json, sys, time
import train as T

CONFIGS = [
    dict(C=0.5, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=0.25, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=1.0, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=0, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=300, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=2000, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=600, body_w=0.5, chars=False),
    dict(C=0.5, lead=80, body=600, body_w=1.0, chars=True),
    dict(C=0.5, lead=150, body=600, body_w=1.0, chars=False),
]

ap = argparse.ArgumentParser()
ap.add_argument('--data', default='/tmp/secondary_spike/data.jsonl')
a = ap.parse_args()
rows = [json.loads(l) for l in open(a.data)]
rows = [r for r in rows if r['set'] not in T.EVAL_ONLY and not T.HELD_OUT.match(r['set'])]
print('baseline pooled', T.score(T.counts(rows, [r['rules'] for r in rows])))
CONFIGS = [
    dict(C=0.5, lead=150, body=2000, body_w=2.0, chars=False),
    dict(C=0.5, lead=150, body=2000, body_w=3.0, chars=False),
]
for c in CONFIGS:
    cfg = argparse.Namespace(**c)
    if cfg.body == 0:
        cfg.body_w = 0.0
    t0 = time.time()
    X = T.Features(rows, cfg)(rows)
    P = T.oof(rows, X, cfg)
    t, t2, ta = T.choose(rows, P)
    b = T.score(T.counts(rows, [T.blend(r, p, t, t2) for r, p in zip(rows, P)]))
    m = T.score(T.counts(rows, [T.alone(p, ta) for p in P]))
    print(json.dumps(c), 'blend F1 %.4f (keep %.1f add %.1f)  model F1 %.4f primary %.3f  %.0fs' % (b['F1'], t, t2, m['F1'], m['primary'], time.time() - t0), flush=True)
