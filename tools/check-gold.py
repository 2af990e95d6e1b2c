#!/usr/bin/env python3
"""Check hand-made gold files (../shared/corpus/GOLD-FORMAT.md) against the papers they describe.

Usage: tools/check-gold.py [--corpus DIR] [--window 4] GOLD.json|DIR ...

For every gold file:
  - structure: valid JSON; "document", "council" and every list of the format present; every entry has
    the keys of its category, a positive "line", and a "page" when the paper is a PDF;
  - evidence: the paper exists (path relative to --corpus); its text is read as the format says
    (`pdftotext -layout` for a PDF, raw lines for HTML and text) and each entry's quoted strings
    (names and aliases, titles, labels, resolution texts) are looked for within --window lines of the
    given line, section numbers anywhere in the paper ("section 19(3)", "s191", "sections 9 and 10", "Regulation 34"),
    and the page of a PDF entry is checked against the form feeds.

A string counts as found when it occurs whole (case, spacing, quotes and line-end hyphens folded), or,
for names and titles, when all its words occur in the window in any order (SOPNs print SURNAME before
the given names, on separate lines; table columns interleave), or, for texts over eight words
(resolutions, long agenda titles), when at least 90% of its words do. Word-by-word matches are listed
as notes, to be looked at by hand. Prints one line per problem and a summary per file; exits 1 when any
structural error or unfound string remains.
"""
import argparse, html, json, os, re, shutil, subprocess, sys, unicodedata

KEYS = {
    "meetings": ["committee", "date", "start_time", "end_time", "venue", "role_in_doc"],
    "persons": ["name", "aliases", "kind", "honorific", "posts", "email", "phone"],
    "posts": ["label", "holder", "organisation"],
    "committee_roles": ["person", "committee", "role"],
    "attendance": ["meeting_date", "person", "status"],
    "agenda_items": ["meeting_date", "number", "title"],
    "reports": ["title", "author_post", "author_person", "contact_officers", "meeting_date", "agenda_item"],
    "legislation": ["title", "year", "sections"],
    "services": ["name", "council"],
    "organisations": ["name", "kind"],
    "resolutions": ["meeting_date", "agenda_item", "text"],
    "declarations_of_interest": ["meeting_date", "person", "text"],
}
ENUMS = {
    ("meetings", "role_in_doc"): {"main", "referenced"},
    ("persons", "kind"): {"councillor", "officer", "co-opted", "other"},
    ("attendance", "status"): {"present", "apologies", "in attendance", "absent"},
    ("organisations", "kind"): {"regulator", "government department", "partnership", "charity", "school", "company", "other"},
}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def fold(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                                   "\u2014": "-", "\f": " ", "\u00a0": " "}))
    s = "".join(c for c in s if unicodedata.category(c) != "Co")  # private-use bullet glyphs
    return " ".join(s.split())


def words(s):
    return re.findall(r"[\w']+", fold(s))


def read_lines(path):
    """The paper's lines as GOLD-FORMAT.md numbers them, and the page of each line (1 for non-PDFs)."""
    if path.lower().endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True)
        text = out.stdout.decode("utf-8", "replace")
    else:
        text = open(path, encoding="utf-8", errors="replace").read()
    lines, pages, page = text.split("\n"), [], 1
    for ln in lines:
        page += ln.count("\f")
        pages.append(page)
    if path.lower().endswith((".html", ".htm")):
        # a tag reads as the alt/title text it shows (logos, image maps), else as a space
        def shown(m):
            return " " + " ".join(v for _, v in re.findall(r'\b(alt|title)="([^"]*)"', m.group(0))) + " "
        lines = [html.unescape(re.sub(r"<[^>]*>", shown, ln)) for ln in lines]
    return lines, pages


def window_text(lines, line, before, after):
    lo, hi = max(0, line - 1 - before), min(len(lines), line + after)
    joined = "\n".join(lines[lo:hi])
    joined = re.sub(r"-\s*\n\s*", "-", joined)  # a word hyphenated across a line end
    return fold(joined), fold(re.sub(r"-\n", "", "\n".join(lines[lo:hi])))


def found(needle, lines, line, win, how):
    extra = win + len(words(needle)) // 8  # long texts run on over several lines
    hay, dehyph = window_text(lines, line, win, extra)
    n = fold(needle)
    if not n or n in hay or n in dehyph or n.replace("-", "") in dehyph.replace("-", ""):
        return "exact"
    ws, hw = words(needle), set(re.findall(r"[\w']+", hay)) | set(re.findall(r"[\w']+", dehyph))
    if not ws:
        return "exact"
    if how == "name" and all(w in hw for w in ws):
        return "words"
    if how == "text" and (all(w in hw for w in ws) or len(ws) > 8 and sum(w in hw for w in ws) / len(ws) >= 0.9):
        return "words"
    return None


def date_found(date, lines, line, win):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if not m:
        return False
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    hay, _ = window_text(lines, line, win, win)
    day = rf"(?<!\d)0?{d}(?:\s?(?:st|nd|rd|th))?(?!\d)"
    if re.search(day + r"\s*(?:of\s+)?" + MONTHS[mo - 1][:3], hay) or re.search(MONTHS[mo - 1][:3] + r"\w*\s+" + day, hay):
        return True
    return bool(re.search(rf"(?<!\d)0?{d}[/.]0?{mo}[/.](?:{y}|{y % 100:02d})(?!\d)", hay))


def check_file(path, corpus, win):
    errors, misses, weak, n = [], [], [], 0
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except Exception as ex:
        return [f"not valid JSON: {ex}"], [], [], 0
    for k in ["document", "council", *KEYS]:
        if k not in gold:
            errors.append(f"missing key {k!r}")
    doc = os.path.join(corpus, gold.get("document", ""))
    pdf = doc.lower().endswith(".pdf")
    lines = pages = None
    if not os.path.isfile(doc):
        errors.append(f"paper not found: {doc}")
    elif pdf and not shutil.which("pdftotext"):
        errors.append("pdftotext (poppler-utils) not installed: evidence not checked")
    else:
        lines, pages = read_lines(doc)
    persons = {p.get("name"): [p.get("name"), *p.get("aliases", [])] for p in gold.get("persons", [])}
    for cat, keys in KEYS.items():
        for i, e in enumerate(gold.get(cat, [])):
            n += 1
            where = f"{cat}[{i}]"
            for k in keys:
                if k not in e:
                    errors.append(f"{where}: missing {k!r}")
            for (c, k), allowed in ENUMS.items():
                if c == cat and e.get(k) not in allowed:
                    errors.append(f"{where}: {k}={e.get(k)!r} not one of {sorted(allowed)}")
            line = e.get("line")
            if not isinstance(line, int) or line < 1:
                errors.append(f"{where}: no positive integer line")
                continue
            if pdf and not isinstance(e.get("page"), int):
                errors.append(f"{where}: PDF entry without page")
            if lines is None:
                continue
            if line > len(lines):
                errors.append(f"{where}: line {line} beyond the paper's {len(lines)} lines")
                continue
            if pdf and e.get("page") != pages[line - 1]:
                errors.append(f"{where}: line {line} is on page {pages[line - 1]}, not {e.get('page')}")
            # what must be seen near the line: (label, candidates, how); any candidate will do
            wants = []
            if cat == "persons":
                wants.append(("name", [e["name"], *e.get("aliases", [])], "name"))
            elif cat in ("attendance", "committee_roles", "declarations_of_interest"):
                wants.append(("person", persons.get(e["person"], [e["person"]]), "name"))
            elif cat == "posts":
                wants.append(("label", [e["label"]], "text"))
            elif cat in ("agenda_items", "reports"):
                wants.append(("title", [e["title"]], "text"))
            elif cat == "legislation":
                wants.append(("title", [e["title"]], "text"))
                for s in e.get("sections", []):
                    # a section may be cited anywhere in the paper, not only where the Act is first named
                    if not re.search(r"(?:\bsections?|\bregulations?|\breg\.|\bss?\.?)\s*(?:[\w()]+\s*(?:,|and|&)\s*)*" + re.escape(fold(s)) + r"(?![\d(])",
                                     fold("\n".join(lines))):
                        misses.append(f"{where}: section {s!r} of {e['title']!r} not cited in the paper")
            elif cat in ("services", "organisations"):
                wants.append(("name", [e["name"]], "text"))
            elif cat == "resolutions":
                wants.append(("text", [e["text"]], "text"))
            for label, cands, how in wants:
                res = [found(c, lines, line, win, how) for c in cands]
                if "exact" in res:
                    continue
                if "words" in res:
                    weak.append(f"{where}: {label} {cands[0]!r} found word by word near line {line}")
                else:
                    misses.append(f"{where}: {label} {cands[0]!r} not found near line {line}: {fold(lines[line - 1])[:70]!r}")
            if cat == "meetings" and not date_found(e.get("date"), lines, line, win):
                weak.append(f"{where}: date {e.get('date')} not written near line {line} (inferred?)")
    return errors, misses, weak, n


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = os.environ.get("COUNCILGRAPH_SHARED") or os.path.join(here, "..", "..", "shared")
    ap.add_argument("--corpus", default=os.path.join(shared, "corpus"),
                    help="the corpus folder (default $COUNCILGRAPH_SHARED/corpus, else ../shared/corpus)")
    ap.add_argument("--window", type=int, default=4, help="lines either side of the given line (default 4)")
    ap.add_argument("--quiet", action="store_true", help="do not list word-by-word matches")
    ap.add_argument("gold", nargs="+")
    a = ap.parse_args()
    files = []
    for g in a.gold:
        if os.path.isdir(g):
            files += sorted(os.path.join(d, f) for d, _, fs in os.walk(g) for f in fs if f.endswith(".json"))
        else:
            files.append(g)
    bad = 0
    tot = [0, 0, 0, 0]
    for f in files:
        errors, misses, weak, n = check_file(f, a.corpus, a.window)
        for m in errors:
            print(f"{f}: ERROR {m}")
        for m in misses:
            print(f"{f}: MISS {m}")
        if not a.quiet:
            for m in weak:
                print(f"{f}: note {m}")
        print(f"{f}: {n} entries, {len(errors)} errors, {len(misses)} not found, {len(weak)} notes")
        bad += bool(errors or misses)
        for i, v in enumerate((n, len(errors), len(misses), len(weak))):
            tot[i] += v
    print(f"checked {len(files)} files, {tot[0]} entries: {tot[1]} errors, {tot[2]} not found, {tot[3]} notes;"
          f" {len(files) - bad} files clean")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
