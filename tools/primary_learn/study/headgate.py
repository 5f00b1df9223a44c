# LOSO decision values over the shipped model's 38 training sets (a model per left-out set), and
# the shipped-like model's values on the 12 sets it never trained on + real + corpusdev; saved.
import os, sys, json, numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import train as T
class Cfg: pass
cfg = Cfg(); cfg.lead = 80; cfg.min_df = 2; cfg.max_tw = 6000; cfg.max_tc = 12000; cfg.max_lw = 6000; cfg.max_lc = 12000; cfg.C = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
inputs = sys.argv[1] if len(sys.argv) > 1 else 'lead_words'
T.set_blocks(inputs.split(','))
NEW = {'heldout19','heldout20','heldout21','heldout22','heldout23','heldout24','holdout23','holdout24','holdout25','holdout26','holdout27','holdout28'}
rows = [json.loads(l) for l in open('/tmp/primary4/data.jsonl')]
rows = [r for r in rows if r['labels'] and r['labels'][0] in T.TI]
train = [k for k, r in enumerate(rows) if r['set'] not in T.EVAL_ONLY and r['set'] not in NEW]
vecs = T.vectorizers([rows[k] for k in train], cfg)
X = T.transform(vecs, rows, cfg)
y = np.array([T.TI[r['labels'][0]] for r in rows])
D = np.zeros((len(rows), len(T.THEMES)))
W, b = T.fit(X[train], y[train], cfg.C)
Wq = np.round(W / 1e-3) * 1e-3
other = [k for k, r in enumerate(rows) if r['set'] in NEW or r['set'] in T.EVAL_ONLY]
D[other] = X[other] @ Wq.T + b
sets = []
for k in train:
    if rows[k]['set'] not in sets: sets.append(rows[k]['set'])
for s in sets:
    tr = [k for k in train if rows[k]['set'] != s]; te = [k for k in train if rows[k]['set'] == s]
    W, b = T.fit(X[tr], y[tr], cfg.C)
    D[te] = X[te] @ W.T + b
    print(s, flush=True)
np.save('/tmp/primary4/D_%s_C%s.npy' % (inputs.replace(',', '_'), cfg.C), D)
