# fit the full model on the training sets with a config; score eval-only sets (and optionally
# a left-out list) over a grid of gates
import os, sys, json, argparse, numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import train as T
ap = argparse.ArgumentParser()
ap.add_argument('--data', default='/tmp/primary4/data.jsonl')
ap.add_argument('--inputs', default='lead_words')
ap.add_argument('--C', type=float, default=0.5)
ap.add_argument('--exclude', default='', help='training sets to leave out (comma)')
ap.add_argument('--weight', default='', help='per-set weight: "equal" gives each set the same total weight')
a = ap.parse_args()
class Cfg: pass
cfg = Cfg(); cfg.lead = 80; cfg.min_df = 2; cfg.max_tw = 6000; cfg.max_tc = 12000; cfg.max_lw = 6000; cfg.max_lc = 12000; cfg.C = a.C
T.AGENDA_HEAD = 1.0
T.set_blocks(a.inputs.split(','))
rows = [json.loads(l) for l in open(a.data)]
rows = [r for r in rows if r['labels'] and r['labels'][0] in T.TI]
excl = set(a.exclude.split(',')) if a.exclude else set()
train = [k for k, r in enumerate(rows) if r['set'] not in T.EVAL_ONLY and r['set'] not in excl]
vecs = T.vectorizers([rows[k] for k in train], cfg)
X = T.transform(vecs, rows, cfg)
y = np.array([T.TI[r['labels'][0]] for r in rows])
if a.weight == 'equal':
    from collections import Counter
    from sklearn.svm import LinearSVC
    cnt = Counter(rows[k]['set'] for k in train)
    sw = np.array([len(train) / len(cnt) / cnt[rows[k]['set']] for k in train])
    mdl = LinearSVC(C=cfg.C); mdl.fit(X[train], y[train], sample_weight=sw)
    W = np.zeros((len(T.THEMES), X.shape[1])); b = np.zeros(len(T.THEMES)) - 9.0
    W[mdl.classes_] = mdl.coef_; b[mdl.classes_] = mdl.intercept_
else:
    W, b = T.fit(X[train], y[train], cfg.C)
Wq = np.round(W / 1e-3) * 1e-3
for s in ['real', 'corpusdev'] + sorted(excl):
    te = [k for k, r in enumerate(rows) if r['set'] == s]
    D = X[te] @ Wq.T + b
    tr = [rows[k] for k in te]
    out = []
    for m, u in [(0.3, 0.3), (0.5, 0.3), (0.3, 0.5), (0.6, 0.3), (0.8,0.3), (99, 0)]:
        out.append('%.1f/%.1f %.3f' % (m, u, T.accuracy(tr, D, m, u)))
    print(a.inputs, 'excl' if s in excl else '', s, len(te), ' | '.join(out), flush=True)
te = [k for k, r in enumerate(rows) if r['set'] == 'real']
D = X[te] @ Wq.T + b
r2 = {json.loads(l)['file']: json.loads(l)['themes'] for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../audit/real/themes_reader2.jsonl'))}
for k, d in zip(te, D):
    r = rows[k]
    first, pick = T.decide(r, d, 0.3, 0.3)
    if pick is not None:
        print('  flip %s %s: rules %s -> %s (m %.2f) label %s R2 %s %s' % ('OK ' if first == r['labels'][0] else ('BAD' if r['rules'][0] == r['labels'][0] else 'xx '), r['id'][:50], r['rules'][0], first, pick, r['labels'], r2.get(r['id']), r['reading']))
