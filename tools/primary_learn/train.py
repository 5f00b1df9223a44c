#!/usr/bin/env python3
"""Train the learned primary chooser, measure it leave-one-set-out, export it for ratsdex.

Model: tf-idf (sublinear tf, smooth idf, l2 per block) over four blocks —
  title_doctype  title + ' dt_' + doc_type, word 1–2-grams
  title          title, char_wb 4–6-grams
  lead_words     the first LEAD body words after the title, word unigrams
  lead_chars     the same, char_wb 4–6-grams
(`--inputs subject` or `lead_words,subject`: the same two blocks of the rules' subject zones,
`prepare.py`'s `subject`, in place of or beside the lead)
— and a linear SVM one-vs-rest over the 13 themes (LinearSVC, C).

Blend (what ratsdex does, src/classify/primary_model.rs): among the themes the rules scored
(candidates), the model's best; it goes first when it is not the rules' first, its decision
value beats the rules' first's by >= margin, and its rules' score is >= rules_ratio × the
rules' first's score (the rules are unsure). (margin, rules_ratio) are chosen on training
folds only: for each left-out set, on out-of-fold decision values of 3 folds (grouped by set)
of the other sets; for the shipped model, on the leave-one-set-out decision values.

Shortcut: the vocabularies and idf are fitted once on every training paper's text (no labels);
classifier weights and the gate only ever see the training folds' labels.

Only the repository's labelled sets train (prepare.py REPO sets); corpusdev and real (../shared)
are scored with the full model and never feed vocabulary or weights.

Usage: train.py --data /tmp/primary_learn/data.jsonl [--json /tmp/primary_learn/loso.json]
                [--export data/primary_model.json --fixture tests/fixtures/primary_model/parity.jsonl]
"""
import argparse, json, math, os, re, subprocess, sys, time
import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
THEMES = ['bildung', 'digitale_infrastruktur', 'digitalisierung', 'finanzen', 'klima_umwelt', 'kultur_sport',
          'mobilitaet', 'sicherheit_ordnung', 'smart_city', 'soziales', 'stadtentwicklung', 'verwaltung', 'wirtschaft']
TI = {t: i for i, t in enumerate(THEMES)}
HELD_OUT = re.compile(r'^(holdout(29|[3-9]\d|\d{3,})|heldout(2[5-9]|[3-9]\d|\d{3,}))$')
EVAL_ONLY = {'corpusdev', 'real'}
MARGINS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 99.0]
RATIOS = [0.0, 0.1, 0.2, 0.3, 0.5, 0.7]
NEVER = 99.0
AGENDA_HEAD = None  # --agenda-head-margin, set in main (None: the plain gate)


def lead(title, text, n):
    """The first n body words: after the title where the text repeats it (its first 4 words,
    at least 2), else from the top. Mirrored by primary_model.rs `lead`."""
    words = text.split()
    tw = title.split()[:4]
    if len(tw) >= 2:
        joined = ' '.join(words)
        i = joined.find(' '.join(tw))
        if i >= 0:
            words = joined[i:].split()[len(title.split()):]
    return ' '.join(words[:n])


def fields(r, n):
    title = r['title'] or ''
    return {'title_doctype': title + ' dt_' + (r['doc_type'] or 'none').lower(),
            'title': title, 'lead_words': lead(title, r['text'] or '', n), 'lead_chars': None,
            # the rules' subject zones (Betreff's lead, decision text, questions, agenda items)
            'subject': r.get('subject') or ''}


BLOCKS = [  # name, input field, analyzer, ngram range
    ('title_doctype', 'title_doctype', 'word', (1, 2)),
    ('title', 'title', 'char_wb', (4, 6)),
    ('lead_words', 'lead_words', 'word', (1, 1)),
    ('lead_chars', 'lead_words', 'char_wb', (4, 6)),
]


def set_blocks(inputs):
    """The blocks: the two title blocks, then words and char_wb 4–6-grams of each body input
    (`lead_words`: the first words after the title; `subject`: the rules' subject zones)."""
    global BLOCKS
    BLOCKS = BLOCKS[:2]
    for i in inputs:
        name = 'lead' if i == 'lead_words' else i
        BLOCKS += [(name + '_words', i, 'word', (1, 1)), (name + '_chars', i, 'char_wb', (4, 6))]


def vectorizers(train_rows, cfg):
    maxf = [cfg.max_tw, cfg.max_tc] + [cfg.max_lw, cfg.max_lc] * ((len(BLOCKS) - 2) // 2)
    maxf = maxf[:len(BLOCKS)]
    vecs = []
    for (name, field, an, ng), mf in zip(BLOCKS, maxf):
        v = TfidfVectorizer(lowercase=True, analyzer=an, ngram_range=ng, sublinear_tf=True, min_df=cfg.min_df,
                            max_features=mf or None, dtype=np.float64)
        v.fit([fields(r, cfg.lead)[field] for r in train_rows])
        vecs.append(v)
    return vecs


def transform(vecs, rows, cfg):
    f = [fields(r, cfg.lead) for r in rows]
    return sp.hstack([v.transform([x[field] for x in f]) for v, (_, field, _, _) in zip(vecs, BLOCKS)]).tocsr()


def fit(X, y, C):
    m = LinearSVC(C=C)
    m.fit(X, y)
    W = np.zeros((len(THEMES), X.shape[1])); b = np.zeros(len(THEMES)) - 9.0
    W[m.classes_] = m.coef_; b[m.classes_] = m.intercept_
    return W, b


def decide(r, d, margin, ratio, agenda_head=None):
    """The blend on one paper: (primary, model's pick or None). `agenda_head`: the margin the
    model needs in an agenda whose first item names the rules' first theme (the larger of the
    two counts; None: `margin` everywhere). Mirrored by primary_model.rs `Gate::needed`."""
    rule = r['rules'][0] if r['rules'] else None
    cands = [t for t, s in r['scores'].items() if s > 0 and t in TI]
    if rule is None or rule not in TI or not cands:
        return rule, None
    pick = max(cands, key=lambda t: (d[TI[t]], -TI[t]))
    if pick == rule:
        return rule, None
    m = d[TI[pick]] - d[TI[rule]]
    top = r['scores'].get(rule, 0.0)
    if agenda_head is None:
        agenda_head = AGENDA_HEAD
    if agenda_head is not None and r.get('reading') == 'Tagesordnung' and r.get('first_head'):
        margin = max(margin, agenda_head)
    if m >= margin and top > 0 and r['scores'][pick] >= ratio * top:
        return pick, m
    return rule, None


def themes_after(r, d, margin, ratio, grow, max_themes=3):
    """The paper's themes after the blend: the pick first; `grow` lets an unassigned pick add
    a theme (up to max_themes), else the number of themes stays (the last one drops)."""
    first, pick = decide(r, d, margin, ratio)
    out = list(r['rules'])
    at = 0
    if pick is None:
        # Short of an agenda's margin only: the pick comes in second when the rules left it out
        # (primary_model.rs `settle_with`).
        first, pick = decide(r, d, margin, ratio, -1.0)
        if pick is None or first in out:
            return out
        at = 1
    n = len(out)
    was = first in out
    out = [t for t in out if t != first]
    out.insert(min(at, len(out)), first)
    keep = min(max_themes, n + (0 if was or not grow else 1))
    return out[:max(1, keep)]


def micro_f1(rows, lists):
    tp = fp = fn = 0
    for r, l in zip(rows, lists):
        lab = set(r['labels']); got = set(l)
        tp += len(lab & got); fp += len(got - lab); fn += len(lab - got)
    p = tp / max(1, tp + fp); rc = tp / max(1, tp + fn)
    return 2 * p * rc / max(1e-9, p + rc)


def accuracy(rows, D, margin, ratio):
    ok = sum(1 for r, d in zip(rows, D) if decide(r, d, margin, ratio)[0] == r['labels'][0])
    return ok / max(1, len(rows))


def choose_gate(rows, D):
    best = None
    for m in MARGINS:
        for u in RATIOS:
            a = round(accuracy(rows, D, m, u), 6)
            key = (a, m, u)  # ties: the larger margin, then the larger ratio (fewer overrides)
            if best is None or key > best:
                best = key
    return best[1], best[2]


def oof(rows, X, idx, groups, C):
    """Out-of-fold decision values for rows[idx], folds = groups (lists of set names)."""
    D = np.zeros((len(idx), len(THEMES)))
    pos = {k: j for j, k in enumerate(idx)}
    for g in groups:
        te = [k for k in idx if rows[k]['set'] in g]
        tr = [k for k in idx if rows[k]['set'] not in g]
        if not te:
            continue
        W, b = fit(X[tr], np.array([TI[rows[k]['labels'][0]] for k in tr]), C)
        D[[pos[k] for k in te]] = X[te] @ W.T + b
    return D


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/tmp/primary_learn/data.jsonl')
    ap.add_argument('--C', type=float, default=0.5)
    ap.add_argument('--lead', type=int, default=80)
    ap.add_argument('--min-df', dest='min_df', type=int, default=2)
    ap.add_argument('--max-tw', dest='max_tw', type=int, default=6000)
    ap.add_argument('--max-tc', dest='max_tc', type=int, default=12000)
    ap.add_argument('--max-lw', dest='max_lw', type=int, default=6000)
    ap.add_argument('--max-lc', dest='max_lc', type=int, default=12000)
    ap.add_argument('--inner', type=int, default=3)
    ap.add_argument('--quant', type=float, default=1e-3, help='weights are stored as integers × quant')
    ap.add_argument('--agenda-head-margin', dest='agenda_head', type=float, default=1.0,
                    help="the margin the model needs in an agenda whose first item names the rules' first theme")
    ap.add_argument('--no-loso', action='store_true')
    ap.add_argument('--inputs', default='lead_words', help='body inputs, comma-separated: lead_words, subject')
    ap.add_argument('--gate', default='', help='a fixed gate "margin,ratio" for leave-one-set-out (no inner folds: fast)')
    ap.add_argument('--only', default='', help='leave out only these sets (comma-separated; to split the run)')
    ap.add_argument('--json', default='')
    ap.add_argument('--export', default='')
    ap.add_argument('--fixture', default='')
    cfg = ap.parse_args()
    global AGENDA_HEAD
    AGENDA_HEAD = cfg.agenda_head
    set_blocks(cfg.inputs.split(','))
    rows = [json.loads(l) for l in open(cfg.data)]
    for r in rows:
        if HELD_OUT.match(r['set']):
            sys.exit('refusing held-out set %s' % r['set'])
    rows = [r for r in rows if r['labels'] and r['labels'][0] in TI]
    train = [k for k, r in enumerate(rows) if r['set'] not in EVAL_ONLY]
    order = []
    for r in rows:
        if r['set'] not in order:
            order.append(r['set'])
    train_sets = [s for s in order if s not in EVAL_ONLY]
    t0 = time.time()
    vecs = vectorizers([rows[k] for k in train], cfg)
    X = transform(vecs, rows, cfg)
    y = np.array([TI[r['labels'][0]] for r in rows])
    print('features %d (%s), %.0fs' % (X.shape[1], ', '.join(str(len(v.vocabulary_)) for v in vecs), time.time() - t0), file=sys.stderr, flush=True)
    res = {}
    loso = np.zeros((len(rows), len(THEMES)))
    if not cfg.no_loso:
        for s in train_sets:
            if cfg.only and s not in cfg.only.split(','):
                continue
            t1 = time.time()
            tr = [k for k in train if rows[k]['set'] != s]
            te = [k for k, r in enumerate(rows) if r['set'] == s]
            W, b = fit(X[tr], y[tr], cfg.C)
            loso[te] = X[te] @ W.T + b
            if cfg.gate:
                m, u = (float(x) for x in cfg.gate.split(','))
            else:
                others = [x for x in train_sets if x != s]
                groups = [others[i::cfg.inner] for i in range(cfg.inner)]
                Din = oof(rows, X, tr, groups, cfg.C)
                m, u = choose_gate([rows[k] for k in tr], Din)
            te_rows = [rows[k] for k in te]
            e = {'n': len(te), 'rules': accuracy(te_rows, loso[te], NEVER, 0), 'blend': accuracy(te_rows, loso[te], m, u),
                 'model': sum(1 for k in te if THEMES[int(loso[k].argmax())] == rows[k]['labels'][0]) / len(te),
                 'margin': m, 'ratio': u}
            good = bad = 0
            for k in te:
                a = decide(rows[k], loso[k], NEVER, 0)[0]; c = decide(rows[k], loso[k], m, u)[0]
                good += a != rows[k]['labels'][0] and c == rows[k]['labels'][0]
                bad += a == rows[k]['labels'][0] and c != rows[k]['labels'][0]
            e['flips'] = [good, bad]
            e['f1_rules'] = micro_f1(te_rows, [r['rules'] for r in te_rows])
            e['f1_keep'] = micro_f1(te_rows, [themes_after(r, loso[k], m, u, False) for r, k in zip(te_rows, te)])
            e['f1_grow'] = micro_f1(te_rows, [themes_after(r, loso[k], m, u, True) for r, k in zip(te_rows, te)])
            res[s] = e
            print('%-10s %4d rules %.3f blend %.3f model %.3f  margin %.1f ratio %.1f  +%d -%d  F1 %.3f keep %.3f grow %.3f (%.0fs)' % (
                s, e['n'], e['rules'], e['blend'], e['model'], m, u, good, bad, e['f1_rules'], e['f1_keep'], e['f1_grow'], time.time() - t1), flush=True)
    if cfg.only:
        json.dump({'config': vars(cfg), 'sets': res}, open(cfg.json, 'w'), indent=1)
        return
    # The shipped model: all training sets; its gate on the leave-one-set-out decision values.
    W, b = fit(X[train], y[train], cfg.C)
    if cfg.no_loso:
        groups = [train_sets[i::5] for i in range(5)]
        loso[train] = oof(rows, X, train, groups, cfg.C)
    gm, gu = choose_gate([rows[k] for k in train], loso[train])
    print('shipped gate: margin %.1f ratio %.1f (pooled out-of-fold %.4f, rules %.4f)' % (
        gm, gu, accuracy([rows[k] for k in train], loso[train], gm, gu), accuracy([rows[k] for k in train], loso[train], NEVER, 0)), flush=True)
    # Quantise the weights as exported and score the eval-only sets with the shipped model.
    Wq = np.round(W / cfg.quant) * cfg.quant
    bq = np.round(b, 6)
    for s in [x for x in order if x in EVAL_ONLY]:
        te = [k for k, r in enumerate(rows) if r['set'] == s]
        D = X[te] @ Wq.T + bq
        te_rows = [rows[k] for k in te]
        res[s] = {'n': len(te), 'rules': accuracy(te_rows, D, NEVER, 0), 'blend': accuracy(te_rows, D, gm, gu),
                  'model': sum(1 for k, d in zip(te, D) if THEMES[int(d.argmax())] == rows[k]['labels'][0]) / len(te),
                  'margin': gm, 'ratio': gu, 'note': 'shipped model (never trained on this set)'}
        print('%-10s %4d rules %.3f blend %.3f (shipped model)' % (s, len(te), res[s]['rules'], res[s]['blend']), flush=True)
    if res:
        loso_sets = [s for s in res if s not in EVAL_ONLY]
        if loso_sets:
            print('mean of %d sets: rules %.4f blend %.4f; F1 rules %.4f keep %.4f grow %.4f' % (len(loso_sets), np.mean([res[s]['rules'] for s in loso_sets]), np.mean([res[s]['blend'] for s in loso_sets]),
                  np.mean([res[s]['f1_rules'] for s in loso_sets]), np.mean([res[s]['f1_keep'] for s in loso_sets]), np.mean([res[s]['f1_grow'] for s in loso_sets])))
    if cfg.json:
        json.dump({'config': vars(cfg), 'sets': res, 'gate': {'margin': gm, 'rules_ratio': gu}}, open(cfg.json, 'w'), indent=1)
    if cfg.export:
        export(cfg, vecs, Wq, bq, gm, gu, train_sets, rows, train)


def weights_hex(ints):
    if any(not -32768 <= w <= 32767 for w in ints):
        raise SystemExit('a quantised weight does not fit 16 bits: raise --quant')
    return ''.join('%04x' % (w & 0xffff) for w in ints)


def export(cfg, vecs, Wq, bq, gm, gu, train_sets, rows, train):
    commit = subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
    for v in vecs:  # idf as exported (rounded), so that the fixture is what Rust must reproduce
        v.idf_ = np.round(v.idf_, 6)
    blocks = []
    off = 0
    for v, (name, field, an, ng) in zip(vecs, BLOCKS):
        vocab = sorted(v.vocabulary_.items(), key=lambda kv: kv[1])
        n = len(vocab)
        Wb = Wq[:, off:off + n]
        blocks.append({'name': name, 'input': field, 'analyzer': an, 'ngram': list(ng),
                       'terms': [t for t, _ in vocab], 'idf': [float(x) for x in v.idf_],
                       # per term, its 13 weights as integers (× scale), each as four hex digits of a
                       # 16-bit two's complement (JSON numbers cost ratsdex ~20 ms to parse at start)
                       'weights_hex': weights_hex([int(round(x / cfg.quant)) for x in Wb.T.reshape(-1)])})
        off += n
    model = {
        'about': {
            'what': 'ratsdex learned primary-theme chooser (tools/primary_learn/train.py)',
            'trained_on': train_sets, 'papers': len(train),
            'commit': commit, 'sklearn': sklearn.__version__,
            'params': {'C': cfg.C, 'lead_words': cfg.lead, 'inputs': cfg.inputs, 'min_df': cfg.min_df,
                       'max_features': [cfg.max_tw, cfg.max_tc, cfg.max_lw, cfg.max_lc], 'sublinear_tf': True,
                       'smooth_idf': True, 'norm': 'l2 per block', 'classifier': 'LinearSVC one-vs-rest'},
            'gate_chosen_on': ('out-of-fold decision values of 5 folds of the training sets (grouped by set)' if cfg.no_loso
                               else 'leave-one-set-out decision values of the training sets'),
        },
        'themes': THEMES, 'lead_words': cfg.lead, 'scale': cfg.quant,
        'gate': {'margin': gm, 'rules_ratio': gu, 'agenda_head_margin': cfg.agenda_head},
        'intercept': [float(x) for x in bq], 'blocks': blocks,
    }
    with open(cfg.export, 'w') as f:
        json.dump(model, f, ensure_ascii=False, separators=(',', ':'))
    print('exported %s: %.2f MB' % (cfg.export, os.path.getsize(cfg.export) / 1e6), flush=True)
    if cfg.fixture:
        write_fixture(cfg, vecs, Wq, bq)


def write_fixture(cfg, vecs, Wq, bq):
    """Invented papers (no text of any labelled set) with sklearn's decision values."""
    papers = json.load(open(os.path.join(os.path.dirname(__file__), 'parity_papers.json')))
    for p in papers:  # the subject zones as the rules hand them over: lower case, words only
        p.setdefault('subject', ' '.join(re.findall(r'\w+', p['text'].lower())[:300]))
    X = transform(vecs, papers, cfg)
    D = X @ Wq.T + bq
    os.makedirs(os.path.dirname(cfg.fixture), exist_ok=True)
    with open(cfg.fixture, 'w') as f:
        for p, d in zip(papers, D):
            f.write(json.dumps({'title': p['title'], 'doc_type': p['doc_type'], 'text': p['text'],
                                'lead': lead(p['title'], p['text'], cfg.lead), 'subject': p['subject'],
                                'decision': {t: round(float(x), 8) for t, x in zip(THEMES, d)}}, ensure_ascii=False) + '\n')
    print('fixture %s: %d papers' % (cfg.fixture, len(papers)), flush=True)


if __name__ == '__main__':
    main()
