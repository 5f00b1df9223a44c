#!/usr/bin/env python3
"""Which papers the blend changes: leave-one-set-out text model, t fixed at the modal nested t (0.5).
Prints the changes (right→wrong, wrong→right) by doc_type and by theme pair. No text is printed."""
import collections, json, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
import spike
import scipy.sparse as sp

class Cfg: lead = 80; wt = 1.0; wl = 1.0; wb = 0.0; bodychars = 20000; maxchar = 50000; C = 0.5
rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/spike/data.jsonl')]
for k, r in enumerate(rows): r['_k'] = k
spike.FEATS['text'], _ = spike.featurize(rows, rows[:1], Cfg)
t = 0.5
good, bad = collections.Counter(), collections.Counter()
gdt, bdt = collections.Counter(), collections.Counter()
for s in sorted({r['set'] for r in rows}):
    tr = [r for r in rows if r['set'] != s]; te = [r for r in rows if r['set'] == s]
    P = spike.fit_predict(tr, te, Cfg, False)
    for r, c in zip(te, spike.choices(te, P, t)):
        rule, lab = (r['rules'][0] if r['rules'] else None), r['labels'][0]
        if c == rule: continue
        key = '%s → %s (label %s)' % (rule, c, lab)
        if rule == lab: bad[(rule, c, 'label ' + lab)] += 1; bdt[r['doc_type'] or '?'] += 1
        elif c == lab: good[(rule, c)] += 1; gdt[r['doc_type'] or '?'] += 1
        else: bad[(rule, c, 'both wrong, label ' + lab)] += 1
print('wrong→right by doc_type', dict(gdt.most_common()))
print('right→wrong by doc_type', dict(bdt.most_common()))
print('wrong→right rules → model:', good.most_common(15))
print('changed but not right:', bad.most_common(20))
