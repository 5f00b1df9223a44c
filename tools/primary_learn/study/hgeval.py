import os, sys, json, numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import train as T
NEW = {'heldout19','heldout20','heldout21','heldout22','heldout23','heldout24','holdout23','holdout24','holdout25','holdout26','holdout27','holdout28'}
rows = [json.loads(l) for l in open('/tmp/primary4/data.jsonl')]
rows = [r for r in rows if r['labels'] and r['labels'][0] in T.TI]
D = np.load(sys.argv[1])
def decide(r, d, margin, ratio, agenda_head, any_head):
    rule = r['rules'][0] if r['rules'] else None
    cands = [t for t, s in r['scores'].items() if s > 0 and t in T.TI]
    if rule is None or rule not in T.TI or not cands: return rule
    pick = max(cands, key=lambda t: (d[T.TI[t]], -T.TI[t]))
    if pick == rule: return rule
    m = d[T.TI[pick]] - d[T.TI[rule]]
    top = r['scores'].get(rule, 0.0)
    if r.get('first_head'):
        if r.get('reading') == 'Tagesordnung': margin = max(margin, agenda_head)
        else: margin = max(margin, any_head)
    if m >= margin and top > 0 and r['scores'][pick] >= ratio * top: return pick
    return rule
groups = {'old38': lambda s: s not in NEW and s not in T.EVAL_ONLY, 'new12': lambda s: s in NEW, 'real': lambda s: s == 'real', 'cdev': lambda s: s == 'corpusdev'}
for h in [0.3, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 99]:
    out = []
    for g, f in groups.items():
        idx = [k for k, r in enumerate(rows) if f(r['set'])]
        ok = sum(decide(rows[k], D[k], 0.3, 0.3, 1.0, h) == rows[k]['labels'][0] for k in idx)
        out.append('%s %.4f (%d)' % (g, ok / len(idx), ok))
    per = []
    for s in ['heldout23', 'heldout24', 'holdout27', 'holdout28']:
        idx = [k for k, r in enumerate(rows) if r['set'] == s]
        per.append('%s %.3f' % (s, sum(decide(rows[k], D[k], 0.3, 0.3, 1.0, h) == rows[k]['labels'][0] for k in idx) / len(idx)))
    print('head margin %4.1f  ' % h + ' | '.join(out) + '  ' + ' '.join(per))
