#!/usr/bin/env python3
"""Self time of a perf recording grouped by kind of work (docs/performance.md):
    perf record -F 499 -g -o perf.data .build/release/report build PROJECT --no-cache
    Benchmarks/profile-by-kind.py perf.data
"""
import sys,re,subprocess,collections
data=sys.argv[1]
out=subprocess.run(['perf','report','-i',data,'--no-children','--sort','dso,symbol','-g','none','--percent-limit','0'],capture_output=True,text=True).stdout
cat=collections.Counter()
for line in out.split('\n'):
    m=re.match(r'\s*([\d.]+)%\s+(\S+)\s+\[.\]\s+(.*)',line)
    if not m: continue
    p=float(m.group(1)); dso=m.group(2); sym=m.group(3).strip()
    if dso.startswith('[kernel'): c='kernel (file I/O, page faults)'
    elif 'libz' in dso: c='zlib (kpis.xlsx)'
    elif re.search(r'swift_(retain|release|allocObject|deallocObject|bridgeObject|isUniquely|arrayDestroy|arrayInit)|RefCounts|_swift_release|swift::|ContiguousArrayStorageCfD|StorageCfD',sym): c='ARC and object allocation'
    elif re.search(r'^(malloc|free|_int_|cfree|__memmove|__memcpy|__memset|unlink_chunk|__libc_malloc|realloc|_int_realloc|__memcmp|malloc_consolidate)',sym): c='malloc/free/memmove'
    elif re.search(r'Hasher|_RawDictionaryStorage|_NativeDictionary|_NativeSet|Dictionary|hashValue|4hash4into',sym): c='hashing and dictionaries'
    elif re.search(r'String|Substring|UTF8|UTF16|Unicode|Character|_allASCII|_SmallString|stringCompare|strtod|Repairing|^\$sSS|^\$sSs|getBinaryProperties|getScalar|BinaryIntegerToASCII|split|lowercased|uppercased|Grapheme',sym): c='String and UTF-8 work'
    elif 'ReportLoading' in sym or '13ReportLoading' in sym: c='ReportLoading code'
    elif '10ReportCore' in sym: c='ReportCore code'
    elif '10ReportSite' in sym: c='ReportSite code'
    elif '12ReportCharts' in sym: c='ReportCharts code'
    elif 'cmark' in dso: c='cmark'
    elif 'xlsx' in dso: c='libxlsxwriter'
    elif 'Yams' in sym or 'yaml' in sym.lower(): c='Yams'
    elif 'Mustache' in sym: c='Mustache'
    else: c='other (stdlib arrays, Foundation, libc)'
    cat[c]+=p
tot=sum(cat.values())
for c,v in cat.most_common(): print(f"| {v/tot*100:.1f} % | {c} |")
