#!/usr/bin/env python3
# measure themes (primary, F1, P, R) on every labelled set with a binary; out JSON
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../..'))
bin_ = sys.argv[1]; out = sys.argv[2]; off = len(sys.argv) > 3 and sys.argv[3] == 'off'
TEXT = ['tuning'] + ['heldout%d' % n for n in (2,3,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24)]
PDF = ['holdout%d' % n for n in range(4, 29)] + ['lookalike', 'corpus', 'corpusdev', 'real']
def cmd(s):
    if s in TEXT:
        return [bin_, 'eval-themes', '--texts', '--truth', f'{ROOT}/tests/fixtures/themes/{s}.jsonl', '--json']
    if s == 'corpus': d = f'{ROOT}/corpus'; t = d + '/truth.jsonl'
    elif s == 'corpusdev': d = f'{ROOT}/../shared/corpus-dev'; t = d + '/truth.jsonl'
    elif s == 'real': d = f'{ROOT}/../shared/corpus-real'; t = f'{ROOT}/tools/audit/real/truth.jsonl'
    else: d = f'{ROOT}/tests/fixtures/{s}'; t = d + '/truth.jsonl'
    return [bin_, 'eval-themes', '--truth', t, '--corpus', d, '--ocr', 'never', '--json']
def run(s):
    env = dict(os.environ)
    if off: env['RATSDEX_PRIMARY_MODEL'] = 'off'
    r = subprocess.run(cmd(s), capture_output=True, text=True, env=env)
    try: return s, json.loads(r.stdout)
    except Exception: return s, {'error': r.stderr[-300:]}
with ThreadPoolExecutor(2) as ex:
    res = dict(ex.map(run, TEXT + PDF))
json.dump(res, open(out, 'w'), indent=1)
for s, v in res.items():
    print('%-10s primary %s F1 %s' % (s, v.get('themes_primary'), v.get('themes_f1')))
