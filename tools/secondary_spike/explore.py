#!/usr/bin/env python3
"""The model configurations tried, compared on 3 folds grouped by set of every repository set
(out-of-fold decision values, thresholds of the blend (c) chosen on the same values: optimistic,
for comparing configurations only; the leave-one-set-out figures are train.py's).

Usage: explore.py --data /tmp/secondary_spike/data.jsonl [--only 0,5]

Figures of the spike's run (pooled over 3,376 papers of 42 sets; the shipped pipeline 0.8266):
  #   C     lead body body_w chars   blend F1  model F1
  0   0.5    80   600  1.0    -      0.8504    0.7989
  1   0.25   80   600  1.0    -      0.8496    0.7972
  2   1.0    80   600  1.0    -      0.8512    0.7984
  3   0.5    80     0  -      -      0.8359    0.7478
  4   0.5    80   300  1.0    -      0.8509    0.8022
  5   0.5    80  2000  1.0    -      0.8524    0.8027
  6   0.5    80   600  0.5    -      0.8433    0.7713
  7   0.5    80   600  1.0    title  0.8487    0.7998
  8   0.5   150   600  1.0    -      0.8563    0.8090
  9   0.5   150  2000  1.0    -      0.8566    0.8106
  10  0.5   150  2000  1.5    -      0.8619    0.8191
  11  0.5   300  2000  1.0    -      0.8592    0.8136
  12  1.0   150  2000  1.5    -      0.8623    0.8185
  13  0.5   150  2000  2.0    -      0.8649    0.8275   <- used in train.py's run
  14  0.5   150  2000  3.0    -      0.8654    0.8294
"""
import argparse, json, time
import train as T

CONFIGS = [
    dict(C=0.5, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=0.25, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=1.0, lead=80, body=600, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=0, body_w=0.0, chars=False),
    dict(C=0.5, lead=80, body=300, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=2000, body_w=1.0, chars=False),
    dict(C=0.5, lead=80, body=600, body_w=0.5, chars=False),
    dict(C=0.5, lead=80, body=600, body_w=1.0, chars=True),
    dict(C=0.5, lead=150, body=600, body_w=1.0, chars=False),
    dict(C=0.5, lead=150, body=2000, body_w=1.0, chars=False),
    dict(C=0.5, lead=150, body=2000, body_w=1.5, chars=False),
    dict(C=0.5, lead=300, body=2000, body_w=1.0, chars=False),
    dict(C=1.0, lead=150, body=2000, body_w=1.5, chars=False),
    dict(C=0.5, lead=150, body=2000, body_w=2.0, chars=False),
    dict(C=0.5, lead=150, body=2000, body_w=3.0, chars=False),
]

ap = argparse.ArgumentParser()
ap.add_argument('--data', default='/tmp/secondary_spike/data.jsonl')
ap.add_argument('--only', default='')
a = ap.parse_args()
rows = [json.loads(l) for l in open(a.data)]
rows = [r for r in rows if r['set'] not in T.EVAL_ONLY and not T.HELD_OUT.match(r['set'])]
print('baseline pooled', T.score(T.counts(rows, [r['rules'] for r in rows])))
only = [int(x) for x in a.only.split(',')] if a.only else range(len(CONFIGS))
for k in only:
    cfg = T.argparse.Namespace(**CONFIGS[k])
    t0 = time.time()
    X = T.Features(rows, cfg)(rows)
    P = T.oof(rows, X, cfg)
    t, t2, ta = T.choose(rows, P)
    b = T.score(T.counts(rows, [T.blend(r, p, t, t2) for r, p in zip(rows, P)]))
    m = T.score(T.counts(rows, [T.alone(p, ta) for p in P]))
    print(k, json.dumps(CONFIGS[k]), 'blend F1 %.4f (keep %.1f add %.1f)  model F1 %.4f primary %.3f  %.0fs'
          % (b['F1'], t, t2, m['F1'], m['primary'], time.time() - t0), flush=True)
