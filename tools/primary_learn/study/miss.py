import json, os, sys
R=os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../..'))
def load(p): return {json.loads(l)['doc']: json.loads(l) for l in open(p)}
for s in sys.argv[1:]:
    on=load(f'c_{s}_on.jsonl'); off=load(f'c_{s}_off.jsonl')
    if s.startswith('heldout'):
        truth={}
        for i,l in enumerate(open(f'{R}/tests/fixtures/themes/{s}.jsonl')):
            r=json.loads(l); truth[r.get('id',str(i+1))]=r
    elif s=='real':
        truth={json.loads(l)['file']:json.loads(l) for l in open(f'{R}/tools/audit/real/truth.jsonl')}
        r2={json.loads(l)['file']:json.loads(l) for l in open(f'{R}/tools/audit/real/themes_reader2.jsonl')}
    else:
        truth={json.loads(l)['file']:json.loads(l) for l in open(f'{R}/tests/fixtures/{s}/truth.jsonl')}
    n=bad=0; cat={}
    for d,c in on.items():
        lab=c['labels']
        if not lab: continue
        n+=1
        f_on=c['themes'][0] if c['themes'] else None; f_off=off[d]['themes'][0] if off[d]['themes'] else None
        if f_on==lab[0]: continue
        bad+=1
        kind=('model-broke' if f_off==lab[0] else 'rules-wrong')
        inscored = lab[0] in c['scores']
        extra=''
        if s=='real': extra=' R2=%s'%(r2.get(d,{}).get('themes'))
        t=truth[d]
        sc={k:v['score'] for k,v in c['scores'].items()}
        top=sorted(sc.items(),key=lambda x:-x[1])[:4]
        print(f"{s} {d} [{kind}] lab={lab} rules={off[d]['themes']} final={c['themes']} rd={c['reading']} dt={t.get('doc_type')} scored={inscored}{extra}\n   title={t.get('title')!r}\n   scores={top} labscore={sc.get(lab[0])} parts={c['scores'].get(lab[0])}")
    print('##',s,n,bad)
