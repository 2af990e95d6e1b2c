#!/usr/bin/env python3
"""Rewrites N-Quads built before papers were named by their path below the PATH given (graph and document
keys were slugs of the file name, dcterms:source the absolute path) into the new naming, so a build of the
old code can be compared with one of the new. Usage: map-source-names.py OLD.nq NEW.nq OUT.nq [OLD_ROOT/]"""
import re, sys
base_nq, after_nq, out = sys.argv[1:4]
ROOT = sys.argv[4] if len(sys.argv) > 4 else "/work/shared/"
B = "http://localhost:3030/"
SRC = "<http://purl.org/dc/terms/source>"
DER = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
def docs(path):
    src = {}; der = {}
    for line in open(path, encoding='utf-8'):
        if SRC in line:
            m = re.match(r'<([^>]*)> ' + re.escape(SRC) + r' "(.*)" <[^>]*> \.$', line.strip())
            if m: src[m.group(1)] = m.group(2)
        if DER in line:
            m = re.match(r'<([^>]*)> ' + re.escape(DER) + r' <([^>]*)> <([^>]*)> \.$', line.strip())
            if m and m.group(1) == m.group(3): der[m.group(1)] = m.group(2)
    return {src[d]: (g, d) for g, d in der.items() if d in src}
old = docs(base_nq); new = docs(after_nq)
key = {}
for s, (g, d) in old.items():
    rel = s[len(ROOT):] if s.startswith(ROOT) else s
    if rel not in new: print("no new for", s); continue
    ng, nd = new[rel]
    key[g.rsplit('/', 1)[1]] = ng.rsplit('/', 1)[1]
    assert g.rsplit('/',1)[1] == d.rsplit('/',1)[1]
print(len(key), "papers mapped")
def iri(u):
    if u.startswith(B):
        parts = u[len(B):].split('/')
        return B + "/".join(key.get(p, p) if i > 0 else p for i, p in enumerate(parts))
    if u.startswith(B + "graph/") and u[len(B)+6:] in key: return B + "graph/" + key[u[len(B)+6:]]
    if u.startswith(B + "id/document/") and u[len(B)+12:] in key: return B + "id/document/" + key[u[len(B)+12:]]
    if u.startswith(B + "id/mention/"):
        rest = u[len(B)+11:].split('/')
        if rest[0] in key: rest[0] = key[rest[0]]; return B + "id/mention/" + "/".join(rest)
    if u.startswith(B + "id/resolution/"):
        parts = u.split('/')
        if len(parts) >= 2 and parts[-2] in key: parts[-2] = key[parts[-2]]; return "/".join(parts)
    return u
with open(out, 'w', encoding='utf-8') as f:
    for line in open(base_nq, encoding='utf-8'):
        line = re.sub(r'<([^>]*)>', lambda m: '<' + iri(m.group(1)) + '>', line)
        if SRC in line: line = line.replace('"/work/shared/', '"')
        f.write(line)
