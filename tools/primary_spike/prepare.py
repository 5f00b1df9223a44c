#!/usr/bin/env python3
"""Collect every labelled paper with the rules' output into one cache (never committed).

For each set: the labels (first = primary), the rules' themes and per-theme scores (the hidden
`eval-themes --candidates` dump of the ratsdex binary), title, doc_type and text.
Text sets: title/doc_type/text from the row. PDF sets: title/doc_type as `ratsdex extract --json`
finds them (what the program would see), text from `pdftotext -layout`.

Usage: prepare.py --bin target/release/ratsdex --out /tmp/spike/data.jsonl [--real]
Held-out sets (holdout>=20, heldout>=17) are refused by name.
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
TEXT_SETS = ['tuning'] + ['heldout%d' % n for n in (2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)]
PDF_SETS = ['holdout%d' % n for n in range(4, 20)]
HELD_OUT = re.compile(r'^(holdout(2\d|[3-9]\d)|heldout(1[7-9]|[2-9]\d))$')


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target/release/ratsdex'))
    ap.add_argument('--out', default='/tmp/spike/data.jsonl')
    ap.add_argument('--real', action='store_true', help='also the real labels (tools/audit/real on ../shared/corpus-real)')
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='primary_spike_')
    sets = [(s, os.path.join(ROOT, 'tests/fixtures/themes', s + '.jsonl'), None) for s in TEXT_SETS]
    sets += [(s, os.path.join(ROOT, 'tests/fixtures', s, 'truth.jsonl'), os.path.join(ROOT, 'tests/fixtures', s)) for s in PDF_SETS]
    sets.append(('corpusdev', os.path.join(ROOT, '../shared/corpus-dev/truth.jsonl'), os.path.join(ROOT, '../shared/corpus-dev')))
    if a.real:
        sets.append(('real', os.path.join(ROOT, 'tools/audit/real/truth.jsonl'), os.path.join(ROOT, '../shared/corpus-real')))
    out = open(a.out, 'w')
    for name, truth, corpus in sets:
        assert not HELD_OUT.match(name), name
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
                   'scores': {t: v for t, v in c['scores'].items()}, 'words': c['words']}
            if corpus is None:
                rec.update(title=row.get('title') or '', doc_type=row.get('doc_type') or '', text=row['text'],
                           true_title=row.get('title') or '', true_doc_type=row.get('doc_type') or '')
            else:
                pdf = os.path.join(corpus, row['file'])
                ex = json.loads(run([a.bin, 'extract', '--json', '--ocr', 'never', pdf]))
                txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
                rec.update(title=ex.get('title') or '', doc_type=ex.get('doc_type') or '', text=txt,
                           true_title=row.get('title') or '', true_doc_type=row.get('doc_type') or '')
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
            n += 1
        print(name, n, file=sys.stderr)


if __name__ == '__main__':
    main()
