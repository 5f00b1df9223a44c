import json,sys
def load(p): return {json.loads(l)['doc']: json.loads(l) for l in open(p)}
for s in sys.argv[1:]:
    on=load(f'c_{s}_on.jsonl'); off=load(f'c_{s}_off.jsonl')
    n=0; ok_on=ok_off=0; fix={0.3:0,0.2:0,0.1:0,0.0:0}; unscored=0
    for d,c in off.items():
        lab=c['labels']
        if not lab: continue
        n+=1
        ok_off+= bool(c['themes']) and c['themes'][0]==lab[0]
        ok_on+= bool(on[d]['themes']) and on[d]['themes'][0]==lab[0]
        if c['themes'] and c['themes'][0]!=lab[0]:
            sc={k:v['score'] for k,v in c['scores'].items()}
            top=sc.get(c['themes'][0],0)
            if lab[0] not in sc: unscored+=1; continue
            r=sc[lab[0]]/top if top else 0
            for t in fix:
                if r>=t: fix[t]+=1
    print(s,n,'rules %.3f on %.3f'%(ok_off/n,ok_on/n),'oracle@ratio',{t:'%.3f'%((ok_off+v)/n) for t,v in fix.items()},'unscored',unscored)
