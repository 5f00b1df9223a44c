#!/usr/bin/env python3
"""Collect every labelled paper with the rules' output and the primary model's inputs (a cache in
/tmp, never committed).

Per paper: the labels (first = primary), the rules' themes and per-theme scores (the hidden
`eval-themes --candidates` dump of the ratsdex binary), and the model's inputs as the program
sees them: text sets — title, doc_type and text of the row; PDF sets — title and doc_type of
`ratsdex extract --json`, text of `ratsdex extract --text` (the classifier's text layer).

Training sets are the repository's own labelled sets (`REPO_SETS`); `corpusdev` and `real`
(../shared, not ours to redistribute) are collected only with --shared, for evaluation: they
never feed the model's vocabulary or weights (see train.py).

Usage: prepare.py --bin target/release/ratsdex --out /tmp/primary_learn/data.jsonl [--shared]
Held-out sets (holdoutN >= 29, heldoutN >= 25) are refused by pattern.
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
TEXT_SETS = ['tuning'] + ['heldout%d' % n for n in (2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24)]
PDF_SETS = ['holdout%d' % n for n in range(4, 29)] + ['templates', 'lookalike', 'corpus']
# Sets written after this model: never read, never trained on.
HELD_OUT = re.compile(r'^(holdout(29|[3-9]\d|\d{3,})|heldout(2[5-9]|[3-9]\d|\d{3,}))$')


def run(cmd):
    # The rules alone: the learned primary chooser is what this data trains.
    env = dict(os.environ, RATSDEX_PRIMARY_MODEL='off')
    return subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout


def pdf_dir(name):
    return os.path.join(ROOT, 'corpus') if name == 'corpus' else os.path.join(ROOT, 'tests/fixtures', name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target/release/ratsdex'))
    ap.add_argument('--out', default='/tmp/primary_learn/data.jsonl')
    ap.add_argument('--shared', action='store_true', help='also corpus-dev and the real labels (evaluation only)')
    ap.add_argument('--sets', default='', help='only these sets (comma-separated)')
    a = ap.parse_args()
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='primary_learn_')
    sets = [(s, os.path.join(ROOT, 'tests/fixtures/themes', s + '.jsonl'), None) for s in TEXT_SETS]
    sets += [(s, os.path.join(pdf_dir(s), 'truth.jsonl'), pdf_dir(s)) for s in PDF_SETS]
    if a.shared:
        sets.append(('corpusdev', os.path.join(ROOT, '../shared/corpus-dev/truth.jsonl'), os.path.join(ROOT, '../shared/corpus-dev')))
        sets.append(('real', os.path.join(ROOT, 'tools/audit/real/truth.jsonl'), os.path.join(ROOT, '../shared/corpus-real')))
    if a.sets:
        keep = set(a.sets.split(','))
        sets = [s for s in sets if s[0] in keep]
    out = open(a.out, 'w')
    for name, truth, corpus in sets:
        if HELD_OUT.match(name):
            sys.exit('refusing held-out set %s' % name)
        cand = os.path.join(tmp, name + '.jsonl')
        cmd = [a.bin, 'eval-themes', '--truth', truth, '--candidates', cand, '--json']
        cmd += ['--texts'] if corpus is None else ['--corpus', corpus, '--ocr', 'never']
        run(cmd)
        cands = {}
        for line in open(cand):
            r = json.loads(line)
            cands[r['doc']] = r
        n = 0
        for i, line in enumerate(open(truth)):
            row = json.loads(line)
            if not row.get('themes'):
                continue
            key = row.get('id', str(i + 1)) if corpus is None else row['file']
            c = cands[key]
            rec = {'set': name, 'id': key, 'labels': row['themes'], 'rules': c['themes'],
                   'scores': {t: v['score'] for t, v in c['scores'].items()},
                   # how the rules read the paper, and whether their first theme is the title's
                   # head (an agenda's: its first item's), for the gate's agenda_head_margin
                   'reading': c.get('reading'),
                   'first_head': bool(c['themes']) and bool(c['scores'].get(c['themes'][0], {}).get('head')),
                   # the words of the rules' subject zones, as the program hands them to the model
                   'subject': c.get('subject_text') or ''}
            if corpus is None:
                rec.update(title=row.get('title') or '', doc_type=row.get('doc_type') or '', text=row.get('text') or '')
            else:
                pdf = os.path.join(corpus, row['file'])
                ex = json.loads(run([a.bin, 'extract', '--json', '--ocr', 'never', pdf]))
                meta = ex.get('meta', ex)
                txt = run([a.bin, 'extract', '--text', '--ocr', 'never', pdf])
                rec.update(title=meta.get('title') or '', doc_type=meta.get('doc_type') or '', text=txt)
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
            n += 1
        print(name, n, file=sys.stderr, flush=True)


if __name__ == '__main__':
    main()
