#!/usr/bin/env python3
"""Tables (markdown) from train.py's --json: per set before -> after, pooled and mean of sets,
gains/losses, per-theme P/R pooled over the left-out sets, the scored-only sets.
Usage: report.py /tmp/secondary_spike/loso.json > /tmp/secondary_spike/tables.md"""
import json, sys
from collections import defaultdict
import train as T

res = json.load(open(sys.argv[1]))
S = res['sets']
METHODS = ['base', 'blend', 'stack', 'model']
train_sets = [s for s in S if s not in T.EVAL_ONLY]
text = [s for s in train_sets if s == 'tuning' or s.startswith('heldout')]
pdf = [s for s in train_sets if s not in text]


def f(x):
    return '%.3f' % x


print('| set | n | labels/paper | shipped P / R / F1 (themes/paper) | (c) blend P / R / F1 (themes/paper) | (d) stack P / R / F1 (themes/paper) | (b) model alone F1 (primary) | keep / add / stack cut |')
print('|---|---|---|---|---|---|---|---|')
for s in train_sets + [s for s in S if s in T.EVAL_ONLY]:
    o = S[s]
    cells = []
    for m in ['base', 'blend', 'stack']:
        x = o[m]
        cells.append('%s / %s / **%s** (%.2f)' % (f(x['P']), f(x['R']), f(x['F1']), x['per_paper']))
    th = o['thresholds']
    name = s + (' (scored only)' if s in T.EVAL_ONLY else '')
    print('| %s | %d | %.2f | %s | %s / %s | %.1f / %s / %.2f |' % (
        name, o['base']['n'], o['base']['labels_per_paper'], ' | '.join(cells), f(o['model']['F1']),
        f(o['model']['primary']), th['keep'], 'never' if th['add'] > 5 else '%.1f' % th['add'], th['stack']))

print()
print('| group | sets | shipped F1 | (c) blend F1 | (d) stack F1 | (b) model F1 | (c) gains / losses | (d) gains / losses |')
print('|---|---|---|---|---|---|---|---|')
FIRST = ['heldout19', 'heldout20', 'holdout23', 'holdout24']
for gname, g in [('all repository sets', train_sets), ('text sets', text), ('PDF sets', pdf),
                 ('first-contact sets (%s)' % ', '.join(FIRST), [s for s in FIRST if s in S])]:
    if not g:
        continue
    pooled = {}
    for m in METHODS:
        c = defaultdict(int)
        for s in g:
            for k, v in S[s]['counts'][m].items():
                c[k] += v
        pooled[m] = T.score(c)
    mean = {m: sum(S[s][m]['F1'] for s in g) / len(g) for m in METHODS}
    gl = {}
    for m in ['blend', 'stack']:
        d = [S[s][m]['F1'] - S[s]['base']['F1'] for s in g]
        gl[m] = '%d / %d' % (sum(x > 0.0005 for x in d), sum(x < -0.0005 for x in d))
    print('| %s, pooled | %d | %s (P %s R %s) | %s (P %s R %s) | %s (P %s R %s) | %s | %s | %s |' % (
        gname, len(g), *[v for m in ['base', 'blend', 'stack'] for v in (f(pooled[m]['F1']), f(pooled[m]['P']), f(pooled[m]['R']))],
        f(pooled['model']['F1']), gl['blend'], gl['stack']))
    print('| %s, mean of sets | %d | %s | %s | %s | %s | | |' % (gname, len(g), *[f(mean[m]) for m in METHODS]))


def per_theme(title, sets):
  print()
  print(title)
  print()
  print('| theme | labels | shipped P / R | (c) blend P / R | (d) stack P / R |')
  print('|---|---|---|---|---|')
  for t in T.THEMES:
    row = []
    nl = 0
    for m in ['base', 'blend', 'stack']:
        tp = fp = fn = 0
        for s in sets:
            for p in S[s]['papers']:
                lab, pr = t in p['labels'], t in p[m]
                tp += lab and pr; fp += pr and not lab; fn += lab and not pr
        nl = tp + fn
        row.append('%s / %s' % (f(tp / max(1, tp + fp)), f(tp / max(1, tp + fn))))
    print('| %s | %d | %s |' % (t, nl, ' | '.join(row)))


per_theme('Per theme, pooled over the left-out repository sets (P / R, shipped -> (c) blend -> (d) stack):', train_sets)
if 'real' in S:
    per_theme('Per theme on the real labels (73 papers, scored only):', ['real'])
