#!/usr/bin/env python3
"""Prints the files over N lines and the methods over M lines under a Java source tree (brace counting, approximate: a record's header counts as one long method). Usage: method-lengths.py SRC [N=600] [M=60]"""
import os, re, sys
root = sys.argv[1]; fmax = int(sys.argv[2]) if len(sys.argv) > 2 else 600; mmax = int(sys.argv[3]) if len(sys.argv) > 3 else 60
SIG = re.compile(r'^\s*(?:(?:public|private|protected|static|final|synchronized|abstract|default)\s+)*(?:<[^>]+>\s+)?[\w<>\[\],.? ]+\s+(\w+)\s*\([^;]*$')
files = []; methods = []
for d, _, fs in os.walk(root):
    for f in fs:
        if not f.endswith('.java'): continue
        p = os.path.join(d, f); lines = open(p, encoding='utf-8').read().split('\n')
        files.append((len(lines), p))
        i = 0
        while i < len(lines):
            m = SIG.match(lines[i])
            if m and m.group(1) not in ('if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'else'):
                # find opening brace
                j = i; depth = 0; started = False
                while j < len(lines):
                    s = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[j]); s = re.sub(r"'(?:\\.|[^'\\])'", "''", s); s = s.split('//')[0]
                    if not started and ';' in s and '{' not in s: break
                    for ch in s:
                        if ch == '{': depth += 1; started = True
                        elif ch == '}': depth -= 1
                    if started and depth == 0: break
                    j += 1
                if started:
                    methods.append((j - i + 1, p, m.group(1), i + 1)); i = j
            i += 1
files.sort(reverse=True); methods.sort(reverse=True)
print(f"files over {fmax} lines:"); [print(f"  {n:5d} {p}") for n, p in files if n > fmax]
print(f"methods over {mmax} lines:"); [print(f"  {n:5d} {p.split('councilgraph/',1)[-1]}:{l} {name}") for n, p, name, l in methods if n > mmax]
