#!/usr/bin/env python3
"""Themes figures of the built binary on every labelled set, the rules alone
(RATSDEX_PRIMARY_MODEL=off) and with the primary model: `ratsdex eval-themes --json`.

Usage: insample.py [--bin target/release/ratsdex] [--json out.json] [--sets a,b]
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
sys.path.insert(0, os.path.dirname(__file__))
from prepare import TEXT_SETS, PDF_SETS, pdf_dir, HELD_OUT  # noqa: E402

KEYS = ['themes_precision', 'themes_recall', 'themes_f1', 'themes_primary']


def score(bin_, name, off):
    env = dict(os.environ)
    if off:
        env['RATSDEX_PRIMARY_MODEL'] = 'off'
    if name in TEXT_SETS:
        cmd = [bin_, 'eval-themes', '--texts', '--truth', os.path.join(ROOT, 'tests/fixtures/themes', name + '.jsonl'), '--json']
    elif name == 'corpusdev':
        d = os.path.join(ROOT, '../shared/corpus-dev')
        cmd = [bin_, 'eval-themes', '--truth', os.path.join(d, 'truth.jsonl'), '--corpus', d, '--ocr', 'never', '--json']
    else:
        cmd = [bin_, 'eval-themes', '--truth', os.path.join(pdf_dir(name), 'truth.jsonl'), '--corpus', pdf_dir(name), '--ocr', 'never', '--json']
    out = subprocess.run(cmd, capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target/release/ratsdex'))
    ap.add_argument('--json', default='')
    ap.add_argument('--sets', default='')
    a = ap.parse_args()
    sets = a.sets.split(',') if a.sets else TEXT_SETS + [s for s in PDF_SETS if s not in ('templates',)] + ['corpusdev']
    res = {}
    for s in sets:
        assert not HELD_OUT.match(s), s
        before, after = score(a.bin, s, True), score(a.bin, s, False)
        res[s] = {'before': before, 'after': after}
        b = [before.get(k, float('nan')) for k in KEYS]; c = [after.get(k, float('nan')) for k in KEYS]
        print('%-10s F1 %.3f → %.3f  primary %.3f → %.3f  P %.3f → %.3f  R %.3f → %.3f' % (s, b[2], c[2], b[3], c[3], b[0], c[0], b[1], c[1]), flush=True)
    if a.json:
        json.dump(res, open(a.json, 'w'), indent=1)


if __name__ == '__main__':
    main()
