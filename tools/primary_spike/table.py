#!/usr/bin/env python3
"""Markdown table of a spike.py --json result: table.py RESULT.json"""
import json, sys
ISSUERS = ['heldout16', 'corpusdev', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19']
d = json.load(open(sys.argv[1]))['sets']
keys = [k for k in ['rules', 'model', 'restrict', 'restrb', 'blend', 'stack', 'stackb'] if all(k in v for v in d.values())]
print('| set | n | ' + ' | '.join(keys) + ' | blend right→wrong / wrong→right |')
print('|---|---|' + '---|' * len(keys) + '---|')
for s, v in d.items():
    print('| %s%s | %d | ' % (s, ' *' if s in ISSUERS else '', v['n']) + ' | '.join('%.3f' % v[k] for k in keys) + ' | %d / %d |' % (v['blend_flips'][1], v['blend_flips'][0]))
for name, g in [('mean of sets', list(d)), ('mean, issuers\' convention *', [s for s in d if s in ISSUERS]),
                ('mean, text sets', [s for s in d if s.startswith('heldout') or s == 'tuning']),
                ('mean, PDF sets', [s for s in d if not (s.startswith('heldout') or s == 'tuning')])]:
    n = sum(d[s]['n'] for s in g)
    print('| **%s** | %d | ' % (name, n) + ' | '.join('%.3f' % (sum(d[s][k] for s in g) / len(g)) for k in keys)
          + ' | %d / %d |' % (sum(d[s]['blend_flips'][1] for s in g), sum(d[s]['blend_flips'][0] for s in g)))
print('| pooled (all papers) | %d | ' % sum(v['n'] for v in d.values()) + ' | '.join(
    '%.3f' % (sum(v[k] * v['n'] for v in d.values()) / sum(v['n'] for v in d.values())) for k in keys) + ' | |')
