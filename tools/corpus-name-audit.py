#!/usr/bin/env python3
"""Finds names and strings copied from the corpus papers into the code.

Reads the corpus gold files (SHARED/corpus/gold/*.json and src/test/resources/gold/wild/*/*.json; the
other gold under src/test/resources/gold is invented) and takes from them what is particular to a paper:
  person    people's names and aliases ("Ann Westby", "Mr A Westby"), and the surname of such a name on
            its own where it is no ordinary word (never printed in lower case in the gold, the lexicon
            tables or the files scanned);
  phrase    names of posts, bodies, committees, councils, venues and titles of reports and items, where a
            word of them is particular (capitalised, in no lexicon table, never printed in lower case):
            "Director of Children's Services" is council vocabulary, "Westby Road Depot" is not;
  word      a particular word of those on its own (five letters or more);
  sentence  runs of 7 words of resolutions, declarations and report or item titles.
Then greps src/main (Java and lexicon tables) and the tests that read no corpus paper (those that
mention neither Corpus.corpus/Corpus.shared, COUNCILGRAPH_SHARED nor the wild gold) for them, and
prints one line per finding:  KIND <TAB> what <TAB> file:line <TAB> gold file.
Exit status 1 when src/main has a finding, else 0.

Usage: tools/corpus-name-audit.py [--shared DIR] [--all]   (--all: tests too, not only src/main)
"""
import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
CORPUS_READERS = re.compile(r"Corpus\.(?:corpus|shared)\(|COUNCILGRAPH_SHARED|gold/wild|/wild/")
HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|County Councillor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+)+")


def strings(node, path=""):
    """(key path, string) for every string of a JSON tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, path + "/" + k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, path)
    elif isinstance(node, str):
        yield path, node


def gold_files(shared):
    files = glob.glob(os.path.join(shared, "corpus", "gold", "*.json"))
    files += glob.glob(os.path.join(ROOT, "src/test/resources/gold/wild/*/*.json"))
    return sorted(files)


def ordinary_words(golds, scanned):
    """Words printed in lower case somewhere in the gold or the files scanned, or listed in a lexicon table."""
    out = set()
    for text in scanned:
        out.update(w for w in WORD.findall(text) if w.islower())
    for g in golds:
        for _, s in strings(json.load(open(g, encoding="utf-8"))):
            out.update(w for w in WORD.findall(s) if w.islower())
    for t in glob.glob(os.path.join(ROOT, "src/main/resources/org/councilgraph/lexicon/*.tsv")):
        for line in open(t, encoding="utf-8"):
            if not line.startswith("#"):
                out.update(w.lower() for w in WORD.findall(line))
    return out


def targets(g, ordinary):
    """(kind, text to find, as a regex) for the particular names and strings of one gold file."""
    data = json.load(open(g, encoding="utf-8"))
    found = {}
    for path, s in strings(data):
        s = " ".join(s.split())
        key = path.split("/")[-1]
        if path.startswith("/persons") and key in ("name", "aliases") or key in ("holder", "person", "author_person"):
            name = HONORIFIC.sub("", s).strip(" ,.")
            if len(name.split()) < 2:
                continue
            found[("person", name)] = r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b"
            surname = name.split()[-1]
            if len(surname) >= 4 and surname[0].isupper() and surname.lower() not in ordinary:
                found[("person", surname)] = r"\b" + re.escape(surname) + r"\b"
        elif key in ("label", "posts", "name", "committee", "council", "venue", "title", "organisation", "author_post"):
            particular = [w for w in WORD.findall(s) if w[0].isupper() and w.lower() not in ordinary]
            if particular and len(s.split()) >= 2:
                found[("phrase", s)] = r"\b" + r"\s+".join(map(re.escape, s.split())) + r"\b"
            for w in particular:
                if len(w) >= 5 and not w.isupper():
                    found[("word", w)] = r"\b" + re.escape(w) + r"\b"
        if key in ("text", "title") and len(s.split()) >= 7:
            words = s.split()
            for i in range(0, len(words) - 6, 3):
                run = words[i:i + 7]
                found[("sentence", " ".join(run))] = r"(?i)" + r"\s+".join(map(re.escape, run))
    # a literal every match holds, to skip the files without it cheaply
    return [(k, w, re.compile(rx), max(w.split(), key=len).lower() if k == "sentence" else max(w.split(), key=len))
            for (k, w), rx in found.items()]


def scanned_files(with_tests):
    files = glob.glob(os.path.join(ROOT, "src/main/**/*.java"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "src/main/resources/org/councilgraph/lexicon/*.tsv"))
    if with_tests:
        for f in glob.glob(os.path.join(ROOT, "src/test/java/**/*.java"), recursive=True):
            if not CORPUS_READERS.search(open(f, encoding="utf-8").read()):
                files.append(f)
    return sorted(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.environ.get("COUNCILGRAPH_SHARED", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--all", action="store_true", help="scan the tests that read no corpus paper too")
    args = ap.parse_args()
    golds = gold_files(args.shared)
    if not golds:
        sys.exit("no gold files under " + args.shared + "/corpus/gold or src/test/resources/gold")
    files = {f: open(f, encoding="utf-8").read() for f in scanned_files(args.all)}
    lowered = {f: t.lower() for f, t in files.items()}
    ordinary = ordinary_words(golds, files.values())
    in_main = 0
    seen = set()
    for g in golds:
        for kind, what, rx, literal in targets(g, ordinary):
            for f, text in files.items():
                if literal not in (lowered[f] if kind == "sentence" else text):
                    continue
                for m in rx.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    rel = os.path.relpath(f, ROOT)
                    if (kind, what, rel, line) in seen:
                        continue
                    seen.add((kind, what, rel, line))
                    in_main += rel.startswith("src/main")
                    print(f"{kind}\t{what}\t{rel}:{line}\t{os.path.basename(g)}")
    print(f"{len(seen)} findings ({in_main} in src/main) from {len(golds)} gold files over {len(files)} files",
          file=sys.stderr)
    return 1 if in_main else 0


if __name__ == "__main__":
    sys.exit(main())
