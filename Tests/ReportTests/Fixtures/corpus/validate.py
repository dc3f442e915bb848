#!/usr/bin/env python3
"""Validate corpus CSV files: header, allowed values, consistency; print counts."""
import csv, sys, collections
HEADER=['text','sentiment','purchase_intent','adverse_reaction','themes','question','language','vertical']
ALLOWED={'sentiment':{'positive','negative','neutral'},'purchase_intent':{'yes','no'},
 'adverse_reaction':{'yes','no'},'question':{'yes','no'},'language':{'fr','en'},
 'vertical':{'beauty','food','fashion','tech','travel','fitness'}}
THEMES=['price','product_experience','adverse_reaction','availability','how_to']
def check(path):
    with open(path,encoding='utf-8',newline='') as f:
        head=f.readline().rstrip('\r\n')
        assert head==','.join(HEADER),f'bad header {head!r}'
        f.seek(0); rows=list(csv.DictReader(f))
    for i,r in enumerate(rows,2):
        assert len(r)==8 and None not in r, f'{path}:{i}: wrong field count'
        for k,v in ALLOWED.items(): assert r[k] in v, f'{path}:{i}: {k}={r[k]!r}'
        th=[t for t in r['themes'].split(';') if t]
        assert all(t in THEMES for t in th), f'{path}:{i}: theme {th}'
        assert len(set(th))==len(th)
        assert (r['adverse_reaction']=='yes')==('adverse_reaction' in th), f'{path}:{i}: adverse mismatch'
        if r['text'].rstrip().endswith('?'): assert r['question']=='yes', f'{path}:{i}: ? not question'
        assert r['text'].strip(), f'{path}:{i}: empty text'
    return rows
def counts(rows,name):
    n=len(rows); C=collections.Counter
    out=[f'### {name}: {n} comments','']
    def tab(title,c):
        out.append(f'| {title} | count | share |'); out.append('|---|---:|---:|')
        for k,v in sorted(c.items(),key=lambda x:(-x[1],x[0])): out.append(f'| {k} | {v} | {100*v/n:.1f} % |')
        out.append('')
    tab('sentiment',C(r['sentiment'] for r in rows))
    tab('purchase_intent',C(r['purchase_intent'] for r in rows))
    tab('adverse_reaction',C(r['adverse_reaction'] for r in rows))
    tab('question',C(r['question'] for r in rows))
    tab('theme',C(t for r in rows for t in r['themes'].split(';') if t)|C({'(no theme)':sum(1 for r in rows if not r['themes'])}))
    tab('language',C(r['language'] for r in rows))
    tab('vertical',C(r['vertical'] for r in rows))
    vl=C((r['vertical'],r['language']) for r in rows)
    out.append('| vertical | fr | en |'); out.append('|---|---:|---:|')
    for v in ['beauty','food','fashion','tech','travel','fitness']: out.append(f'| {v} | {vl[(v,"fr")]} | {vl[(v,"en")]} |')
    out.append('')
    sl=C((r['sentiment'],r['language']) for r in rows)
    out.append('| sentiment | fr | en |'); out.append('|---|---:|---:|')
    for s in ['positive','negative','neutral']: out.append(f'| {s} | {sl[(s,"fr")]} | {sl[(s,"en")]} |')
    out.append('')
    pq=sum(1 for r in rows if r['purchase_intent']=='yes' and r['question']=='yes')
    out.append(f'Purchase-intent questions (price, stock, sizes, where/how to buy, link, code): {pq}; '
               f'purchase intent in French: {sum(1 for r in rows if r["purchase_intent"]=="yes" and r["language"]=="fr")}, '
               f'in English: {sum(1 for r in rows if r["purchase_intent"]=="yes" and r["language"]=="en")}.')
    out.append('')
    return '\n'.join(out)
if __name__=='__main__':
    allrows=[]; texts=collections.Counter()
    for p in sys.argv[1:]:
        rows=check(p); allrows+=rows
        print(counts(rows,p.split('/')[-1]))
        for r in rows: texts[r['text'].strip().lower()]+=1
    dup=[t for t,c in texts.items() if c>1]
    assert not dup, f'duplicates: {dup[:5]}'
    if len(sys.argv)>2: print(counts(allrows,'all files'))
