import os, sys, json, numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import train as T
T.AGENDA_HEAD = 1.0
NEW = {'heldout19','heldout20','heldout21','heldout22','heldout23','heldout24','holdout23','holdout24','holdout25','holdout26','holdout27','holdout28'}
rows = [json.loads(l) for l in open('/tmp/primary4/data.jsonl')]
rows = [r for r in rows if r['labels'] and r['labels'][0] in T.TI]
D = np.load(sys.argv[1])
G = {'old38': [k for k, r in enumerate(rows) if r['set'] not in NEW and r['set'] not in T.EVAL_ONLY],
     'new12': [k for k, r in enumerate(rows) if r['set'] in NEW], 'real': [k for k, r in enumerate(rows) if r['set'] == 'real']}
res = []
for m in [0.2, 0.3, 0.4, 0.5, 0.6, 0.8]:
    for u in [0.1, 0.2, 0.3, 0.4, 0.5]:
        acc = {g: sum(T.decide(rows[k], D[k], m, u)[0] == rows[k]['labels'][0] for k in idx) for g, idx in G.items()}
        res.append((acc['old38'], m, u, acc['new12'], acc['real']))
for x in sorted(res, reverse=True)[:12]:
    print('old38 %d  margin %.1f ratio %.1f  new12 %d  real %d' % x)
print([x for x in res if x[1] == 0.3 and x[2] == 0.3])
