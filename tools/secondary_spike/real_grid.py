#!/usr/bin/env python3
"""Sensitivity, not a choice: the blend (c) on the scored-only sets over the whole threshold grid,
with the model fitted on every repository set. Reading it must not pick the thresholds (that would
tune on the real labels); it says whether any setting would have helped them.
Usage: real_grid.py --data /tmp/secondary_spike/data.jsonl"""
import argparse, json
import train as T

ap = argparse.ArgumentParser()
ap.add_argument('--data', default='/tmp/secondary_spike/data.jsonl')
a = ap.parse_args()
cfg = T.argparse.Namespace(C=0.5, lead=150, body=2000, body_w=2.0, chars=False)
rows = [json.loads(l) for l in open(a.data)]
tr = [r for r in rows if r['set'] not in T.EVAL_ONLY and not T.HELD_OUT.match(r['set'])]
ev = [r for r in rows if r['set'] == 'real']
F = T.Features(tr, cfg)
P = T.fit_predict(F(tr), T.targets(tr), F(ev), cfg)
print('shipped F1 %.3f' % T.score(T.counts(ev, [r['rules'] for r in ev]))['F1'])
print('keep \\ add ' + ' '.join('%6s' % ('never' if x > 5 else '%.1f' % x) for x in T.T_ADD))
for t in T.T_KEEP:
    print('%9s ' % ('all' if t < -5 else '%.1f' % t) + ' '.join(
        '%6.3f' % T.score(T.counts(ev, [T.blend(r, p, t, t2) for r, p in zip(ev, P)]))['F1'] for t2 in T.T_ADD))
